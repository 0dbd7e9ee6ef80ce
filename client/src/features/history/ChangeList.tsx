// What changed between two revisions as a list beside the drawing: one line a node or edge,
// added, removed or changed (with each field's old and new value); a node's line selects it.
import type { Fields, RevisionDiff } from './history-api.ts';

const value = (v: unknown) => (v === null || v === undefined ? '∅' : Array.isArray(v) ? v.join(', ') || '∅' : String(v));
const TYPE_WORDS: Record<string, string> = { MEMBER_OF: 'in', DESCENDS_FROM: 'descends from', HERITAGE: 'inherits from', ABSORBS: 'absorbs', CONVERGES: 'converges on', HAS_TRAIT: 'has trait', DESCRIBES: 'describes', DEVELOPED_BY: 'developed by' };

interface ChangeListProps {
  diff: RevisionDiff;
  onSelect(id: string): void;
}

export function ChangeList({ diff, onSelect }: ChangeListProps) {
  const nameOf = new Map(diff.elements.nodes.map((n) => [n.data.id, n.data.label]));
  // Edge ids read from~TYPE~to[~trait]: said as "Frontieris novissimus inherits from Recursidae (Self-improvement)".
  const edgeWords = (id: string) => {
    const [from = id, type = '', to = '', trait] = id.split('~');
    const name = (x: string) => nameOf.get(x) ?? x;
    return `${name(from)} ${TYPE_WORDS[type] ?? type} ${name(to)}${trait ? ` (${name(trait)})` : ''}`;
  };
  const node = (id: string) => (
    <button type="button" className="link" onClick={() => onSelect(id)}>
      {nameOf.get(id) ?? id}
    </button>
  );
  const fields = (f: Fields) => (
    <ul className="history__fields">
      {Object.entries(f).map(([k, [a, b]]) => (
        <li key={k}>
          {k}: <del>{value(a)}</del> → <ins>{value(b)}</ins>
        </li>
      ))}
    </ul>
  );
  const lines = [
    ...diff.added.nodes.map((id) => <li key={`+n${id}`} className="diff-added">+ {node(id)}</li>),
    ...diff.removed.nodes.map((id) => <li key={`-n${id}`} className="diff-removed">− {node(id)}</li>),
    ...diff.changed.nodes.map((c) => (
      <li key={`~n${c.id}`} className="diff-changed">
        ~ {node(c.id)}
        {fields(c.fields)}
      </li>
    )),
    ...diff.added.edges.map((id) => <li key={`+e${id}`} className="diff-added">+ {edgeWords(id)}</li>),
    ...diff.removed.edges.map((id) => <li key={`-e${id}`} className="diff-removed">− {edgeWords(id)}</li>),
    ...diff.changed.edges.map((c) => (
      <li key={`~e${c.id}`} className="diff-changed">
        ~ {edgeWords(c.id)}
        {fields(c.fields)}
      </li>
    )),
  ];
  return (
    <section aria-label="Changes">
      <h3 className="field__label">
        From revision {diff.from} to {diff.to}: {lines.length ? `${lines.length} change${lines.length === 1 ? '' : 's'}` : 'no changes'}
      </h3>
      {lines.length > 0 && <ul className="history__changes">{lines}</ul>}
    </section>
  );
}
