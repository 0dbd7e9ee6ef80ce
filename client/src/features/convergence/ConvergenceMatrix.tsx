// The trait-by-family matrix beside the convergence graph: who carries what, and how; the
// traits ranked by how many times they arose (origins by parsimony), the most first. Many
// families are grouped under their clade (summary.ts), a group opened to its families on demand;
// a filter finds a trait by name, and the rest of the rows are a scroll away.
import { useMemo, useState } from 'react';
import type { ConvergenceAnswer } from '../../api/types.ts';
import { parentMap } from '../../graph/tree.ts';
import type { Catalog } from '../../state/catalog.ts';
import { cellStates, groupCells, groupFamilies, rankTraits, type FamilyGroup } from './summary.ts';

interface ConvergenceMatrixProps {
  convergence: ConvergenceAnswer;
  catalog: Catalog;
  selected?: string;
  onSelect(id: string): void;
  /** The trait whose history is drawn, and choosing another. */
  chosen?: string;
  onChoose(traitId: string): void;
}

const fmt = (n: number) => n.toLocaleString('en');

export function ConvergenceMatrix({ convergence, catalog, selected, onSelect, chosen, onChoose }: ConvergenceMatrixProps) {
  const { matrix } = convergence;
  const [filter, setFilter] = useState('');
  const [opened, setOpened] = useState<ReadonlySet<string>>(new Set());
  const parents = useMemo(() => parentMap(catalog.elements), [catalog]);
  const groups = useMemo(() => groupFamilies(matrix.families, parents, catalog.names), [matrix, parents, catalog]);
  const grouped = groups.some((g) => g.clade !== undefined);
  const cells = useMemo(() => cellStates(matrix), [matrix]);
  const counts = useMemo(() => groupCells(matrix, groups, cells), [matrix, groups, cells]);
  const rows = useMemo(() => rankTraits(matrix.traits, filter), [matrix, filter]);
  const across = new Set(rows.filter((t) => t.origins >= 2).map((t) => t.id));
  const isOpen = (g: FamilyGroup) => !g.clade || opened.has(g.clade.id);
  const toggle = (id: string) => setOpened((o) => (o.has(id) ? new Set([...o].filter((x) => x !== id)) : new Set([...o, id])));

  return (
    <section className="matrix" aria-label="Trait by family matrix">
      <h2>Traits × families</h2>
      <p className="hint">
        <span className="matrix__key matrix__key--recorded" /> recorded convergence <span className="matrix__key matrix__key--carried" /> carried. Rows
        marked ◆ arose at least twice (origins by parsimony); CI is the consistency index.
        {grouped && ` ${fmt(matrix.families.length)} families in ${groups.length} clades: a clade's cell counts its families carrying the trait; open a clade for its families.`}
      </p>
      <div className="matrix__filter">
        <input type="search" aria-label="Filter traits" placeholder="Filter traits by name" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <span className="small muted" role="status">
          {rows.length === matrix.traits.length ? `${fmt(rows.length)} traits, most origins first` : `${fmt(rows.length)} of ${fmt(matrix.traits.length)} traits`}
        </span>
      </div>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Trait</th>
              <th scope="col" title="Independent origins by parsimony on the classification">Origins</th>
              <th scope="col" title="Consistency index: 1 / the changes the tree needs">CI</th>
              {groups.map((g) =>
                isOpen(g) ? (
                  g.families.map((f, i) => (
                    <th key={f.id} scope="col" className={`matrix__family ${g.clade && i === 0 ? 'matrix__family--first' : ''}`}>
                      {g.clade && i === 0 && (
                        <button type="button" className="link matrix__clade-close" aria-expanded="true" title={`Fold ${g.clade.name} back into one column`} onClick={() => toggle((g.clade as { id: string }).id)}>
                          {g.clade.name} ▾
                        </button>
                      )}
                      <button type="button" className="link" style={{ color: catalog.colors.get(f.id) }} onClick={() => onSelect(f.id)}>
                        {f.name}
                      </button>
                    </th>
                  ))
                ) : (
                  <th key={g.clade?.id} scope="col" className="matrix__family matrix__clade">
                    <button type="button" className="link" aria-expanded="false" title={`Open ${g.clade?.name} to its ${g.families.length} families`} onClick={() => toggle((g.clade as { id: string }).id)}>
                      {g.clade?.name} ({g.families.length}) ▸
                    </button>
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>
            {rows.map((t) => (
              <tr key={t.id} className={`${across.has(t.id) ? 'matrix__row--across' : ''} ${selected === t.id || chosen === t.id ? 'matrix__row--selected' : ''}`}>
                <th scope="row">
                  <button type="button" className="link" aria-pressed={chosen === t.id} title={`Draw the history of ${t.name}`} onClick={() => onChoose(t.id)}>
                    {across.has(t.id) && '◆ '}
                    {t.name}
                  </button>
                </th>
                <td className="matrix__count">{t.origins}</td>
                <td className="matrix__count">{t.consistencyIndex === null ? '–' : t.consistencyIndex.toFixed(2)}</td>
                {groups.map((g, gi) => {
                  if (isOpen(g)) {
                    return g.families.map((f) => {
                      const state = cells.get(`${t.id}|${f.id}`) ?? 'none';
                      return (
                        <td key={f.id} className={`matrix__cell matrix__cell--${state}`} title={`${t.name} in ${f.name}: ${state === 'none' ? 'not carried' : state}`}>
                          {state === 'none' ? '' : state === 'recorded' ? '◆' : '●'}
                        </td>
                      );
                    });
                  }
                  const c = counts.get(`${t.id}|${gi}`) ?? { carried: 0, recorded: 0, of: g.families.length };
                  const state = c.recorded ? 'recorded' : c.carried ? 'carried' : 'none';
                  return (
                    <td
                      key={g.clade?.id}
                      className={`matrix__cell matrix__cell--group matrix__cell--${state}`}
                      title={`${t.name} in ${g.clade?.name}: carried by ${c.carried} of its ${c.of} families${c.recorded ? `, recorded converging in ${c.recorded}` : ''}`}
                    >
                      {c.carried ? `${c.carried}/${c.of}` : ''}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
        {rows.length === 0 && <p className="muted small">No trait's name has “{filter}”.</p>}
      </div>
    </section>
  );
}
