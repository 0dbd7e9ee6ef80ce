// The chosen trait's history in words and numbers beside the cladogram: origins, losses,
// consistency index, the key to the drawing, and the recorded convergence against the computed.
import type { TraitHistoryAnswer } from '../../api/types.ts';

const KEY = [
  ['carrier', 'carries it (recorded on it or above it)'],
  ['ancestor', 'ancestor that carried it (reconstructed)'],
  ['ambiguous', 'ambiguous: equally short histories differ'],
  ['heritage', 'inherited from another lineage (HERITAGE)'],
  ['absent', 'lacks it'],
] as const;

interface Props {
  history: TraitHistoryAnswer;
  onSelect(id: string): void;
  onBack(): void;
}

export function TraitHistoryPanel({ history: h, onSelect, onBack }: Props) {
  const ci = h.consistencyIndex === null ? '–' : h.consistencyIndex.toFixed(2);
  return (
    <section className="trait-history" aria-label={`History of ${h.trait.name}`}>
      <button type="button" className="link small" onClick={onBack}>
        ← all traits
      </button>
      <h3 className="trait-history__name">{h.trait.name}</h3>
      <dl className="trait-history__counts">
        <div>
          <dt>origins</dt>
          <dd>{h.maxOrigins > h.origins ? `${h.origins}–${h.maxOrigins}` : h.origins}</dd>
        </div>
        <div>
          <dt>losses</dt>
          <dd>{h.losses}</dd>
        </div>
        <div>
          <dt title="Consistency index: the fewest changes a present/absent trait can need (1) over the changes this tree needs">CI</dt>
          <dd>{ci}</dd>
        </div>
      </dl>
      <p className="small">{h.why}</p>
      {h.truncated && <p className="small muted">A large tree: the drawing keeps the taxa that tell the story.</p>}
      <ul className="history-key" aria-label="Key to the history">
        {KEY.map(([mark, words]) => (
          <li key={mark}>
            <span className={`history-key__swatch history-key__swatch--${mark}`} /> {words}
          </li>
        ))}
        <li>
          <span className="history-key__swatch history-key__swatch--origin" /> branch where it arose
        </li>
      </ul>
      {h.recordedIn.length > 0 && (
        <>
          <h4 className="trait-history__sub">Recorded convergence against computed</h4>
          <ul className="agreement" aria-label="Recorded convergence against computed">
            {h.recordedIn.map((r) => (
              <li key={r.taxon.id} className={r.agrees ? 'agreement--agrees' : 'agreement--disagrees'}>
                <span aria-hidden="true">{r.agrees ? '✓' : '✗'}</span>{' '}
                <button type="button" className="link" onClick={() => onSelect(r.taxon.id)}>
                  {r.taxon.name}
                </button>{' '}
                <span className="small muted">{verdictWords(r)}</span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}

function verdictWords(r: TraitHistoryAnswer['recordedIn'][number]): string {
  switch (r.verdict) {
    case 'independent':
      return 'agrees: an independent origin';
    case 'inherited':
      return `disagrees: inherited from ${r.from?.map((f) => f.name).join(', ') || 'another lineage'}`;
    case 'single-origin':
      return `disagrees: one origin${r.origin ? ` in ${r.origin.name}` : ''} explains it`;
    case 'ambiguous':
      return 'undecided: one origin or several are as short';
  }
}
