// Upload a dataset file to the API: what was created, updated or unchanged, or every problem found.
import { useState } from 'react';
import { api } from '../../api/taxonomy.ts';
import type { ImportAnswer } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';

interface ImportPageProps {
  /** The taxonomy changed: views should load it again. */
  onImported(): void;
}

export function ImportPage({ onImported }: ImportPageProps) {
  const [file, setFile] = useState<File | null>(null);
  const [message, setMessage] = useState('');
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ answer?: ImportAnswer; error?: unknown }>({});

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!file) return;
    setBusy(true);
    setResult({});
    try {
      setResult({ answer: await api.importFile(file, message) });
      onImported();
    } catch (error) {
      setResult({ error });
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className="import-page" aria-labelledby="import-title">
      <h1 id="import-title">Import a dataset</h1>
      <p>
        Upload a dataset file in the format of <code>data/taxonomy.json</code>. Nodes and relationships are merged by id: new ones are created, changed
        ones updated, the rest left as they are. Nothing is written if any problem is found.
      </p>
      <form onSubmit={(e) => void submit(e)} className="import-form">
        <label className="field">
          <span className="field__label">Dataset file</span>
          <input type="file" name="file" accept=".json,application/json" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
        </label>
        <label className="field">
          <span className="field__label">Why (kept with the revision this import makes)</span>
          <input type="text" name="message" maxLength={500} placeholder="e.g. Add Simulacridae" value={message} onChange={(e) => setMessage(e.target.value)} />
        </label>
        <button type="submit" className="primary" disabled={!file || busy}>
          {busy ? 'Importing…' : 'Import'}
        </button>
      </form>
      {result.answer && (
        <div className="import-result" role="status">
          <strong>Imported.</strong>
          <dl className="counts">
            {(['created', 'updated', 'unchanged'] as const).map((key) => (
              <div key={key}>
                <dt>{key}</dt>
                <dd>
                  {result.answer?.[key].nodes ?? 0} <small>nodes</small>
                </dd>
                <dd className="counts__edges">{result.answer?.[key].edges ?? 0} relationships</dd>
              </div>
            ))}
          </dl>
        </div>
      )}
      {result.error !== undefined && <ErrorMessage error={result.error} />}
    </section>
  );
}
