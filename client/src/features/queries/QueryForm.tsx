// The named-query library as a menu, with a form for the chosen query's parameters.
import { useEffect, useState } from 'react';
import { api } from '../../api/taxonomy.ts';
import type { QueryParam } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { SearchBox } from '../../components/SearchBox.tsx';
import { useAsync } from '../../state/useAsync.ts';
import type { ControlsProps } from '../controls.ts';

/** A parameter that names a node by id ("The taxon's id, e.g. …"): picked by name, never typed raw. */
export const isNodeParam = (p: QueryParam) => p.type === 'string' && /'s id\b/.test(p.description);

/** The example id a parameter's description gives ("…, e.g. species-frontieris-reflexivus"). */
const exampleId = (p: QueryParam) => /e\.g\. (\S+)/.exec(p.description)?.[1];

export function QueryForm({ state, update, catalog }: ControlsProps) {
  const library = useAsync('queries', (signal) => api.queries(signal));
  const [chosen, setChosen] = useState(state.query ?? '');
  const [params, setParams] = useState<Record<string, string>>(state.params);
  useEffect(() => {
    setChosen(state.query ?? '');
    setParams(state.params);
  }, [state.query, state.params]);

  if (library.error !== undefined) return <ErrorMessage error={library.error} onRetry={library.retry} />;
  const queries = library.data?.queries ?? [];
  const query = queries.find((q) => q.name === chosen);
  const areas = [...new Set(queries.map((q) => q.name.split('/')[0] ?? ''))];
  const missing = (query?.params ?? []).filter((p) => isNodeParam(p) && !params[p.name]);

  const run = (e: React.FormEvent) => {
    e.preventDefault();
    if (!query) return;
    const values = Object.fromEntries(query.params.map((p) => [p.name, params[p.name] ?? (p.default === undefined ? '' : String(p.default))]).filter(([, v]) => v !== ''));
    update({ query: query.name, params: values, select: undefined, pos: {} });
  };

  return (
    <form className="view-controls" onSubmit={run}>
      <label className="field">
        <span className="field__label">Query</span>
        <select value={chosen} onChange={(e) => setChosen(e.target.value)} disabled={!queries.length}>
          <option value="">{library.loading ? 'Loading the library…' : 'Choose a query'}</option>
          {areas.map((area) => (
            <optgroup key={area} label={area}>
              {queries
                .filter((q) => q.name.startsWith(`${area}/`))
                .map((q) => (
                  <option key={q.name} value={q.name}>
                    {q.name.slice(area.length + 1).replace(/-/g, ' ')}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </label>
      {query && <p className="hint">{query.description}</p>}
      {query?.params.map((p) =>
        isNodeParam(p) ? (
          <div key={p.name} className="field">
            <span className="field__label">
              {p.name} <span className="muted">{p.description.replace(/'s id\b.*$/, '').replace(/^(The|One) /, '').toLowerCase() || 'node'}</span>
            </span>
            <SearchBox
              label={`${p.name}: ${p.description.replace(/,? e\.g\. .*$/, '')}`}
              placeholder={`Search by name, e.g. ${catalog.names.get(exampleId(p) ?? '') ?? 'GPT-5.3'}`}
              chosen={params[p.name] ? (catalog.names.get(params[p.name] as string) ?? params[p.name]) : undefined}
              onChoose={(r) => setParams({ ...params, [p.name]: r.id })}
            />
          </div>
        ) : (
        <label key={p.name} className="field">
          <span className="field__label">
            {p.name} <span className="muted">{p.type}</span>
          </span>
          <input
            type={p.type === 'integer' ? 'number' : p.type === 'date' ? 'date' : 'text'}
            value={params[p.name] ?? ''}
            placeholder={p.default === undefined ? p.description : String(p.default)}
            required={p.default === undefined}
            onChange={(e) => setParams({ ...params, [p.name]: e.target.value })}
          />
          <span className="hint">{p.description}</span>
        </label>
        ),
      )}
      {missing.length > 0 && <p className="hint">Pick {missing.map((p) => p.name).join(' and ')} by name to run this query.</p>}
      <button type="submit" className="primary" disabled={!query || missing.length > 0}>
        Run query
      </button>
    </form>
  );
}
