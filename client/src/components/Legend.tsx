// The key to the drawing, in a strip under the canvas: edge types, confidence line styles, rank
// shapes and family colours.
import type { EdgeType } from '../api/types.ts';
import { CONFIDENCE_INFO, EDGE_TYPES } from '../graph/model.ts';
import type { Catalog } from '../state/catalog.ts';

interface LegendProps {
  catalog: Catalog;
  edgeTypes: readonly EdgeType[];
  /** Families on the canvas: only their colours are keyed. */
  drawnFamilies: ReadonlySet<string>;
}

const MAX_FAMILIES = 14;

const NODE_KEYS = [
  { className: 'domain', label: 'Domain, phylum' },
  { className: 'family', label: 'Family' },
  { className: 'genus', label: 'Genus' },
  { className: 'species', label: 'Species' },
  { className: 'specimen', label: 'Model' },
  { className: 'trait', label: 'Trait' },
  { className: 'folded', label: 'Folded clade' },
];

const CONFIDENCE_NAMES = { high: 'Documented', medium: 'Inferred', low: 'Third-party' } as const;

export function Legend({ catalog, edgeTypes, drawnFamilies }: LegendProps) {
  const families = catalog.families.filter((f) => drawnFamilies.has(f.id));
  return (
    <footer className="legend" aria-label="Legend">
      <ul className="legend__group" aria-label="Relationships">
        {EDGE_TYPES.filter((t) => edgeTypes.includes(t.type)).map((t) => (
          <li key={t.type}>
            <svg width="30" height="10" aria-hidden="true">
              <line x1="1" y1="5" x2="23" y2="5" stroke={t.color} strokeWidth="2.5" />
              {t.arrow !== 'none' && <path d="M22 1 L29 5 L22 9 Z" fill={t.color} />}
            </svg>
            {t.label}
          </li>
        ))}
      </ul>
      <ul className="legend__group" aria-label="Confidence">
        {Object.entries(CONFIDENCE_INFO).map(([level, info]) => (
          <li key={level} title={info.label}>
            <svg width="30" height="10" aria-hidden="true">
              <line x1="1" y1="5" x2="29" y2="5" stroke="#475569" strokeWidth="2" strokeDasharray={info.lineStyle === 'dashed' ? '6 3' : info.lineStyle === 'dotted' ? '1.5 3' : undefined} strokeLinecap="round" opacity={info.opacity} />
            </svg>
            {CONFIDENCE_NAMES[level as keyof typeof CONFIDENCE_NAMES]}
          </li>
        ))}
      </ul>
      <ul className="legend__group" aria-label="Ranks">
        {NODE_KEYS.map((k) => (
          <li key={k.className}>
            <span className={`legend__node legend__node--${k.className}`} aria-hidden="true" />
            {k.label}
          </li>
        ))}
      </ul>
      <ul className="legend__group" aria-label="Families">
        {families.slice(0, MAX_FAMILIES).map((f) => (
          <li key={f.id}>
            <span className="legend__dot" style={{ background: catalog.colors.get(f.id) }} aria-hidden="true" />
            {f.label}
          </li>
        ))}
        {families.length > MAX_FAMILIES && <li className="muted">and {families.length - MAX_FAMILIES} more families</li>}
      </ul>
    </footer>
  );
}
