// "Who says so" for a node or an edge: the source's own words beside the link to the page, how
// sure the source is and why (the reasoning of an inference), and, where sources disagree, each
// reading with its own source, side by side rather than one chosen silently.
import type { Provenance as ProvenanceData, Reading } from '../api/types.ts';
import { CONFIDENCE_INFO } from '../graph/model.ts';

const hostOf = (url: string): string => {
  try {
    const u = new URL(url);
    return `${u.hostname.replace(/^www\./, '')}${u.pathname.replace(/\/$/, '')}`;
  } catch {
    return url;
  }
};

function SourceLink({ url }: { url?: string }) {
  if (!url) return <span className="muted">no page recovered</span>;
  return (
    <a href={url} target="_blank" rel="noreferrer" title={url}>
      {hostOf(url)} ↗
    </a>
  );
}

/** Readings by topic, in the order the data gives them. */
function byTopic(readings: readonly Reading[]): [string, Reading[]][] {
  const topics = new Map<string, Reading[]>();
  for (const r of readings) topics.set(r.topic, [...(topics.get(r.topic) ?? []), r]);
  return [...topics];
}

interface ProvenanceProps {
  of: ProvenanceData;
  /** A heading for the block; none inside a list item. */
  title?: string;
  /** A link used when the item has no source of its own (a paper's own URL). */
  fallbackUrl?: string;
}

export function Provenance({ of, title = 'Who says so', fallbackUrl }: ProvenanceProps) {
  const level = of.confidence ?? 'high';
  const url = of.sourceUrl ?? fallbackUrl;
  const readings = Array.isArray(of.readings) ? of.readings : [];
  return (
    <section className="provenance" aria-label={title}>
      {title && <h3>{title}</h3>}
      {of.quote && <blockquote className="provenance__quote">“{of.quote}”</blockquote>}
      <p className="provenance__source">
        <SourceLink url={url} />
      </p>
      <p className={`provenance__confidence provenance__confidence--${level}`}>
        <strong>{CONFIDENCE_INFO[level].label}</strong>
        {of.reason && <span className="provenance__reason">{of.reason}</span>}
      </p>
      {byTopic(readings).map(([topic, list]) => (
        <div key={topic} className="provenance__readings">
          <h4>
            {list.length > 1 ? 'Sources disagree' : 'Reading'}: {topic}
          </h4>
          <ul>
            {list.map((r, i) => (
              <li key={i}>
                <strong>{r.value}</strong> {r.date && <span className="muted">{r.date}</span>} <SourceLink url={r.source} />
                {r.quote && <q className="provenance__reading-quote">{r.quote}</q>}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
