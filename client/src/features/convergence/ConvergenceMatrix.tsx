// The trait-by-family matrix beside the convergence graph: who carries what, and how; the
// traits ordered by how many times they arose (origins by parsimony), the most first.
import type { ConvergenceAnswer } from '../../api/types.ts';
import type { Catalog } from '../../state/catalog.ts';

interface ConvergenceMatrixProps {
  convergence: ConvergenceAnswer;
  catalog: Catalog;
  selected?: string;
  onSelect(id: string): void;
  /** The trait whose history is drawn, and choosing another. */
  chosen?: string;
  onChoose(traitId: string): void;
}

export function ConvergenceMatrix({ convergence, catalog, selected, onSelect, chosen, onChoose }: ConvergenceMatrixProps) {
  const { matrix } = convergence;
  const cells = new Map(matrix.cells.map((c) => [`${c.trait}|${c.family}`, c]));
  const rows = [...matrix.traits].sort((a, b) => b.origins - a.origins || a.name.localeCompare(b.name));
  const across = new Set(rows.filter((t) => t.origins >= 2).map((t) => t.id));
  return (
    <section className="matrix" aria-label="Trait by family matrix">
      <h2>Traits × families</h2>
      <p className="hint">
        <span className="matrix__key matrix__key--recorded" /> recorded convergence <span className="matrix__key matrix__key--carried" /> carried. Rows
        marked ◆ arose at least twice (origins by parsimony); CI is the consistency index.
      </p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Trait</th>
              <th scope="col" title="Independent origins by parsimony on the classification">Origins</th>
              <th scope="col" title="Consistency index: 1 / the changes the tree needs">CI</th>
              {matrix.families.map((f) => (
                <th key={f.id} scope="col" className="matrix__family">
                  <button type="button" className="link" style={{ color: catalog.colors.get(f.id) }} onClick={() => onSelect(f.id)}>
                    {f.name}
                  </button>
                </th>
              ))}
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
                {matrix.families.map((f) => {
                  const cell = cells.get(`${t.id}|${f.id}`);
                  const state = cell?.recorded ? 'recorded' : cell?.carried ? 'carried' : 'none';
                  return (
                    <td key={f.id} className={`matrix__cell matrix__cell--${state}`} title={`${t.name} in ${f.name}: ${state === 'none' ? 'not carried' : state}`}>
                      {state === 'none' ? '' : state === 'recorded' ? '◆' : '●'}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
