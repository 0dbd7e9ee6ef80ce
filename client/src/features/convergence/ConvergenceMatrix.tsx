// The trait-by-family matrix beside the convergence graph: who carries what, and how.
import type { ConvergenceAnswer } from '../../api/types.ts';
import type { Catalog } from '../../state/catalog.ts';

interface ConvergenceMatrixProps {
  convergence: ConvergenceAnswer;
  catalog: Catalog;
  selected?: string;
  onSelect(id: string): void;
}

export function ConvergenceMatrix({ convergence, catalog, selected, onSelect }: ConvergenceMatrixProps) {
  const { matrix, traits } = convergence;
  const cells = new Map(matrix.cells.map((c) => [`${c.trait}|${c.family}`, c]));
  const across = new Set(traits.filter((t) => t.families.length >= 2).map((t) => t.trait.id));
  const count = (traitId: string) => matrix.families.filter((f) => cells.get(`${traitId}|${f.id}`)?.carried).length;
  const rows = [...matrix.traits].sort((a, b) => count(b.id) - count(a.id) || a.name.localeCompare(b.name));
  return (
    <section className="matrix" aria-label="Trait by family matrix">
      <h2>Traits × families</h2>
      <p className="hint">
        <span className="matrix__key matrix__key--recorded" /> recorded convergence <span className="matrix__key matrix__key--carried" /> carried. Rows
        marked ◆ converge across families.
      </p>
      <div className="table-wrap">
        <table>
          <thead>
            <tr>
              <th scope="col">Trait</th>
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
              <tr key={t.id} className={`${across.has(t.id) ? 'matrix__row--across' : ''} ${selected === t.id ? 'matrix__row--selected' : ''}`}>
                <th scope="row">
                  <button type="button" className="link" onClick={() => onSelect(t.id)}>
                    {across.has(t.id) && '◆ '}
                    {t.name}
                  </button>
                </th>
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
