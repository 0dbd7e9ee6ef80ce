// A query's rows as a table; a node in a cell names itself and selects itself on the canvas.
import type { TableAnswer } from '../api/types.ts';

interface ResultTableProps {
  table: TableAnswer;
  onSelect(id: string): void;
  /** Why there are no rows, when the view can tell. */
  empty?: string;
}

export function ResultTable({ table, onSelect, empty }: ResultTableProps) {
  if (!table.rows.length) return <p className="muted table-empty" role="status">{empty ?? 'The query answered no rows.'}</p>;
  return (
    <div className="table-wrap">
      <table className="result-table">
        <caption className="visually-hidden">Query result</caption>
        <thead>
          <tr>
            {table.columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              {table.columns.map((c) => (
                <td key={c}>{cell(row[c], onSelect)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {table.truncated && <p className="muted small">The answer was cut at the console's row limit.</p>}
    </div>
  );
}

function cell(value: unknown, onSelect: (id: string) => void): React.ReactNode {
  if (value === null || value === undefined) return <span className="muted">null</span>;
  if (Array.isArray(value)) return value.map((v, i) => <span key={i} className="cell-item">{cell(v, onSelect)}</span>);
  if (typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.id === 'string') {
      const name = o.name ?? o.title ?? o.label ?? o.type ?? o.id;
      return (
        <button type="button" className="link" onClick={() => onSelect(o.id as string)}>
          {String(name)}
        </button>
      );
    }
    return <code>{JSON.stringify(value)}</code>;
  }
  return String(value);
}
