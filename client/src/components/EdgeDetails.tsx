// The details of a selected relationship: its type, ends, trait, date, note, confidence, source
// and the papers behind it (those describing either end or the trait).
import type { EdgeData, NodeData } from '../api/types.ts';
import { edgeTypeInfo } from '../graph/model.ts';
import type { Catalog } from '../state/catalog.ts';
import { DetailSection } from './DetailSection.tsx';
import { NodeLink } from './NodeLink.tsx';
import { Provenance } from './Provenance.tsx';

interface EdgeDetailsProps {
  edge: EdgeData & { count?: number };
  catalog: Catalog;
  onSelect(id: string): void;
}

export function EdgeDetails({ edge, catalog, onSelect }: EdgeDetailsProps) {
  const info = edgeTypeInfo(edge.type);
  const name = (id: string) => catalog.names.get(id) ?? id;
  const papers = new Map<string, NodeData>();
  for (const id of [edge.source, edge.target, edge.trait]) for (const p of (id && catalog.papersOf.get(id)) || []) papers.set(p.id, p);
  const folded = (edge.count ?? 1) > 1;
  return (
    <>
      <header className="details__head">
        <p className="details__kicker">
          <span className="chip" style={{ borderColor: info.color, color: info.color }}>
            {info.label}
          </span>
        </p>
        <h2>
          <NodeLink id={edge.source} label={name(edge.source)} onSelect={onSelect} /> <span className="muted">→</span>{' '}
          <NodeLink id={edge.target} label={name(edge.target)} onSelect={onSelect} />
        </h2>
        {folded && <p className="muted">Stands for {edge.count} relationships inside folded clades; open them to see each one.</p>}
      </header>
      <dl className="facts">
        {edge.trait && (
          <>
            <dt>Trait</dt>
            <dd>
              <NodeLink id={edge.trait} label={name(edge.trait)} onSelect={onSelect} />
            </dd>
          </>
        )}
        {edge.date && (
          <>
            <dt>Date</dt>
            <dd>{edge.date}</dd>
          </>
        )}
      </dl>
      {edge.note && <p className="details__text">{edge.note}</p>}
      <DetailSection title="Papers behind it" items={[...papers.values()]}>
        {(p) => (p.url ? <a href={p.url} target="_blank" rel="noreferrer">{p.title ?? p.label}</a> : <span>{p.title ?? p.label}</span>)}
      </DetailSection>
      <Provenance of={edge} />
    </>
  );
}
