// The details of the selected taxon, trait, paper or lab: names, rank, dates, traits, heritage,
// absorptions, papers and source, with the actions that change the view around it.
import { api } from '../api/taxonomy.ts';
import { CONFIDENCE_INFO } from '../graph/model.ts';
import { displayName, GENUS_NOT_NAMED, readerDescription } from '../graph/reader-text.ts';
import { useAsync } from '../state/useAsync.ts';
import { ConfidenceChip } from './ConfidenceChip.tsx';
import { DetailSection } from './DetailSection.tsx';
import { ErrorMessage } from './ErrorMessage.tsx';
import { NodeLink } from './NodeLink.tsx';
import { Provenance } from './Provenance.tsx';

export interface NodeActions {
  select(id: string): void;
  expanded: boolean;
  toggleExpand(): void;
  hide(): void;
  /** Present when the node is a clade that can be opened in place or folded again. */
  clade?: { open: boolean; toggle(): void };
  showLineage(): void;
  showHeritage(): void;
  pathFrom(): void;
}

interface DetailsPanelProps {
  id: string;
  actions: NodeActions;
}

const dedupe = <T extends { id: string }>(items: T[]): T[] => [...new Map(items.map((i) => [i.id, i])).values()];

export function DetailsPanel({ id, actions }: DetailsPanelProps) {
  const details = useAsync(id, (signal) => api.details(id, signal));
  const d = details.data?.node.id === id ? details.data : undefined;
  if (!d) {
    return details.error !== undefined ? <ErrorMessage error={details.error} onRetry={details.retry} /> : <p className="muted">Loading…</p>;
  }
  const n = d.node;
  const { select } = actions;
  const latin = n.rank === 'species' || n.rank === 'genus';
  const dated = (item: { id: string; label?: string; name?: string; date?: string }) => (
    <>
      <NodeLink id={item.id} label={item.label ?? item.name} onSelect={select} /> {item.date && <span className="muted">{item.date}</span>}
    </>
  );
  const link = (item: { id: string; label?: string; name?: string; rank?: string }) => (
    <NodeLink id={item.id} label={displayName({ label: item.label ?? item.name ?? item.id, rank: item.rank })} onSelect={select} />
  );
  const description = readerDescription(n.description);
  const notes = [...description.notes, ...(n.note ? [n.note] : [])];
  // A species or model with no genus of its own: say so, rather than leave a gap or a placeholder.
  const genus = d.parent?.rank === 'genus' && !displayName(d.parent).includes(GENUS_NOT_NAMED) ? d.parent : undefined;
  return (
    <>
      <header className="details__head">
        <p className="details__kicker">
          <span className="chip">{n.rank ?? n.kind}</span>
          {n.familyName && n.rank !== 'family' && n.family && (
            <button type="button" className="chip chip--family" onClick={() => select(n.family as string)}>
              {n.familyName}
            </button>
          )}
        </p>
        <h2 className={latin ? 'latin' : undefined}>{displayName(n)}</h2>
        {!!n.commonNames?.length && <p className="details__common">{n.commonNames.join(' · ')}</p>}
      </header>

      <div className="details__actions">
        <button type="button" onClick={actions.toggleExpand} aria-pressed={actions.expanded}>
          {actions.expanded ? 'Collapse neighbours' : 'Expand neighbours'}
        </button>
        {actions.clade && (
          <button type="button" onClick={actions.clade.toggle}>
            {actions.clade.open ? 'Fold clade' : 'Open clade'}
          </button>
        )}
        <button type="button" onClick={actions.hide}>
          Hide
        </button>
        {n.kind === 'taxon' && (
          <>
            <button type="button" onClick={actions.showLineage}>
              Lineage
            </button>
            <button type="button" onClick={actions.showHeritage}>
              Heritage
            </button>
            <button type="button" onClick={actions.pathFrom}>
              Path from here
            </button>
          </>
        )}
      </div>

      <dl className="facts">
        {n.firstSeen && (
          <>
            <dt>First seen</dt>
            <dd>{n.firstSeen}</dd>
          </>
        )}
        {n.status && (
          <>
            <dt>Status</dt>
            <dd>{n.status}</dd>
          </>
        )}
        {n.confidence && (
          <>
            <dt>Confidence</dt>
            <dd>{CONFIDENCE_INFO[n.confidence].label}</dd>
          </>
        )}
        {(n.rank === 'species' || n.rank === 'specimen') && (
          <>
            <dt>Genus</dt>
            <dd>{genus ? link(genus) : <span className="muted">{GENUS_NOT_NAMED}</span>}</dd>
          </>
        )}
        {d.parent && (
          <>
            <dt>Classified in</dt>
            <dd>{n.hybrid && d.parents && d.parents.length > 1 ? <>{d.parents.map((p, i) => <span key={p.id}>{i > 0 && ' × '}{link(p)}</span>)} <span className="chip">hybrid</span></> : link(d.parent)}</dd>
          </>
        )}
        {n.authors && (
          <>
            <dt>Authors</dt>
            <dd>{n.authors}</dd>
          </>
        )}
        {(n.date ?? n.year) && (
          <>
            <dt>Date</dt>
            <dd>{n.date ?? n.year}</dd>
          </>
        )}
      </dl>

      {description.text && <p className="details__text">{description.text}</p>}
      {n.etymology && <p className="details__text muted">{n.etymology}</p>}

      <DetailSection title="Traits" items={d.traits}>
        {(t) => (
          <>
            {link(t)}
            {t.diagnostic && (
              <span className="chip chip--accent" title="Diagnostic: this trait defines the taxon">
                diagnostic
              </span>
            )}
          </>
        )}
      </DetailSection>
      <DetailSection title="Heritage" items={d.heritage}>
        {(h) => (
          <>
            {link(h.from)}
            {h.trait?.id && <> for {link({ id: h.trait.id, name: h.trait.name ?? undefined })}</>} <ConfidenceChip level={h.confidence} />
            {h.note && <p className="muted small">{h.note}</p>}
            {h.reason && <p className="muted small">Inferred: {h.reason}</p>}
          </>
        )}
      </DetailSection>
      <DetailSection title="Heirs" items={d.heirs}>
        {(h) => (
          <>
            {link(h.heir)}
            {h.trait?.id && <> for {link({ id: h.trait.id, name: h.trait.name })}</>}
          </>
        )}
      </DetailSection>
      <DetailSection title="Absorbed lineages" items={d.absorbed}>{dated}</DetailSection>
      <DetailSection title="Absorbed by" items={d.absorbedBy}>{dated}</DetailSection>
      <DetailSection title="Converges on" items={d.converges}>{dated}</DetailSection>
      <DetailSection title="Carried by" items={dedupe(d.carriers)}>{link}</DetailSection>
      <DetailSection title="Describes" items={d.describes}>{link}</DetailSection>
      <DetailSection title="Papers" items={d.papers}>
        {(p) => (p.url ? <a href={p.url} target="_blank" rel="noreferrer">{p.title}</a> : <span>{p.title}</span>)}
      </DetailSection>
      <DetailSection title="Built by" items={d.labs}>
        {(l) => (l.url ? <a href={l.url} target="_blank" rel="noreferrer">{l.name}</a> : <span>{l.name}</span>)}
      </DetailSection>
      <DetailSection title="Members" items={d.children}>{link}</DetailSection>

      {notes.length > 0 && (
        <details className="details__note">
          <summary>Notes on the sources</summary>
          {notes.map((note) => (
            <p key={note} className="small">
              {note}
            </p>
          ))}
        </details>
      )}
      <Provenance of={n} fallbackUrl={n.url} />
    </>
  );
}
