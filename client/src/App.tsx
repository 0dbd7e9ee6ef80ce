// The page's root: loads the taxonomy once, then hands over to the explorer; says so plainly when
// the API is down or answers an error.
import { useState } from 'react';
import { Brand } from './components/Brand.tsx';
import { ErrorMessage } from './components/ErrorMessage.tsx';
import { Explorer } from './Explorer.tsx';
import { forgetCatalog, loadCatalog } from './state/catalog.ts';
import { useAsync } from './state/useAsync.ts';
import { useViewState } from './state/useViewState.ts';

export function App() {
  const [state, update] = useViewState();
  const [version, setVersion] = useState(0);
  const catalog = useAsync(`catalog:${version}`, () => loadCatalog());
  const reload = () => {
    forgetCatalog();
    setVersion((v) => v + 1);
  };

  if (catalog.data) return <Explorer state={state} update={update} catalog={catalog.data} onImported={reload} />;
  return (
    <div className="app">
      <header className="app-header">
        <Brand />
      </header>
      <main className="stage stage--message" aria-busy={catalog.loading}>
        {catalog.error !== undefined ? <ErrorMessage error={catalog.error} onRetry={catalog.retry} /> : <p className="loading-text">Loading the taxonomy…</p>}
      </main>
    </div>
  );
}
