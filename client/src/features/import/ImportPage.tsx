// Import into the taxonomy: every format the API reads, several files at once, by drop or
// picker; a dry run first (what would be created, changed, left unchanged), then the write.
// And export in every format the API writes, for the whole taxonomy.
import { useRef, useState } from 'react';
import { api } from '../../api/taxonomy.ts';
import type { ImportAnswer } from '../../api/types.ts';
import { ErrorMessage } from '../../components/ErrorMessage.tsx';
import { EXPORT_CHOICES, exportUrl } from '../../components/export-formats.ts';

interface ImportPageProps {
  /** The taxonomy changed: views should load it again. */
  onImported(): void;
}

/** The formats the API reads, by file extension (docs/FORMATS.md). */
const FORMAT_BY_EXTENSION: Record<string, string> = {
  json: 'Dataset JSON',
  yaml: 'Dataset YAML',
  yml: 'Dataset YAML',
  csv: 'CSV',
  md: 'Species cards (Markdown)',
  markdown: 'Species cards (Markdown)',
  txt: 'Species cards (Markdown)',
  nwk: 'Newick tree',
  newick: 'Newick tree',
  tre: 'Newick tree',
  tree: 'Newick tree',
};
const ACCEPT = Object.keys(FORMAT_BY_EXTENSION)
  .map((e) => `.${e}`)
  .join(',');

const extensionOf = (name: string) => /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase() ?? '';
export const formatOf = (name: string) => FORMAT_BY_EXTENSION[extensionOf(name)] ?? 'Unknown: read by its content';

type Tree = 'classification' | 'phylogeny';
type Stage = { kind: 'idle' } | { kind: 'checking' } | { kind: 'checked'; answer: ImportAnswer } | { kind: 'writing' } | { kind: 'written'; answer: ImportAnswer } | { kind: 'failed'; error: unknown; dryRun: boolean };

const sizeOf = (bytes: number) => (bytes < 1024 ? `${bytes} B` : bytes < 1024 * 1024 ? `${(bytes / 1024).toFixed(1)} kB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`);

export function ImportPage({ onImported }: ImportPageProps) {
  const [files, setFiles] = useState<File[]>([]);
  const [tree, setTree] = useState<Tree>('classification');
  const [message, setMessage] = useState('');
  const [stage, setStage] = useState<Stage>({ kind: 'idle' });
  const [dragging, setDragging] = useState(false);
  const picker = useRef<HTMLInputElement>(null);

  const add = (chosen: FileList | File[] | null) => {
    // A FileList is live: the picker empties it when cleared, so copy it now.
    const more = [...(chosen ?? [])];
    if (!more.length) return;
    setFiles((current) => [...current.filter((f) => !more.some((m) => m.name === f.name)), ...more]);
    setStage({ kind: 'idle' });
  };
  const remove = (name: string) => {
    setFiles((current) => current.filter((f) => f.name !== name));
    setStage({ kind: 'idle' });
  };

  const send = async (dryRun: boolean) => {
    setStage({ kind: dryRun ? 'checking' : 'writing' });
    try {
      const answer = await api.importFiles(files, { dryRun, tree, message });
      if (dryRun) setStage({ kind: 'checked', answer });
      else {
        setStage({ kind: 'written', answer });
        onImported();
      }
    } catch (error) {
      setStage({ kind: 'failed', error, dryRun });
    }
  };

  const hasNewick = files.some((f) => formatOf(f.name) === 'Newick tree');
  const busy = stage.kind === 'checking' || stage.kind === 'writing';
  return (
    <section className="import-page" aria-labelledby="import-title">
      <h1 id="import-title">Import and export</h1>
      <p>
        Import datasets (JSON or YAML in the format of <code>data/taxonomy.json</code>), CSV nodes and edges, Markdown species cards and Newick trees, several
        files at once. Nodes and relationships are merged by id. A check comes first: it says what would be created, changed or left unchanged, and lists
        every problem; nothing is written until you import.
      </p>

      <form
        className="import-form"
        onSubmit={(e) => {
          e.preventDefault();
          void send(true);
        }}
      >
        <div
          className={`dropzone ${dragging ? 'dropzone--over' : ''}`}
          onDragOver={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(e) => {
            e.preventDefault();
            setDragging(false);
            add(e.dataTransfer.files);
          }}
        >
          <p>
            Drop files here, or{' '}
            <button type="button" className="link" onClick={() => picker.current?.click()}>
              choose files
            </button>
          </p>
          <label className="visually-hidden" htmlFor="import-files">
            Files to import
          </label>
          <input
            id="import-files"
            ref={picker}
            type="file"
            multiple
            accept={ACCEPT}
            className="visually-hidden"
            onChange={(e) => {
              add(e.target.files);
              e.target.value = '';
            }}
          />
          <p className="hint">{[...new Set(Object.values(FORMAT_BY_EXTENSION))].join(' · ')}</p>
        </div>

        {files.length > 0 && (
          <ul className="import-files" aria-label="Chosen files">
            {files.map((f) => (
              <li key={f.name}>
                <span className="import-files__name">{f.name}</span> <span className="chip chip--quiet">{formatOf(f.name)}</span> <span className="muted">{sizeOf(f.size)}</span>
                <button type="button" className="quiet" onClick={() => remove(f.name)} aria-label={`Remove ${f.name}`}>
                  Remove
                </button>
              </li>
            ))}
          </ul>
        )}

        {hasNewick && (
          <label className="field">
            <span className="field__label">A Newick tree is</span>
            <select value={tree} onChange={(e) => setTree(e.target.value as Tree)}>
              <option value="classification">the classification (MEMBER_OF)</option>
              <option value="phylogeny">a phylogeny (DESCENDS_FROM)</option>
            </select>
          </label>
        )}

        <label className="field">
          <span className="field__label">Why (kept with the revision this import makes)</span>
          <input type="text" name="message" maxLength={500} placeholder="e.g. Add Simulacridae" value={message} onChange={(e) => setMessage(e.target.value)} />
        </label>

        <div className="import-actions">
          <button type="submit" className={stage.kind === 'checked' ? undefined : 'primary'} disabled={!files.length || busy}>
            {stage.kind === 'checking' ? 'Checking…' : 'Check (dry run)'}
          </button>
          <button type="button" className={stage.kind === 'checked' ? 'primary' : undefined} disabled={stage.kind !== 'checked'} onClick={() => void send(false)}>
            {stage.kind === 'writing' ? 'Importing…' : 'Import'}
          </button>
        </div>
      </form>

      {stage.kind === 'checked' && <Counts answer={stage.answer} title="Checked: nothing written yet. Importing would" verbs={['create', 'change', 'leave unchanged']} />}
      {stage.kind === 'written' && <Counts answer={stage.answer} title="Imported." verbs={['created', 'updated', 'unchanged']} />}
      {stage.kind === 'failed' && (
        <>
          <ErrorMessage error={stage.error} />
          <p className="hint">{stage.dryRun ? 'The check found these problems; nothing was written.' : 'Nothing was written.'}</p>
        </>
      )}

      <section className="export-page" aria-labelledby="export-title">
        <h2 id="export-title">Export the whole taxonomy</h2>
        <p className="hint">Each view exports what it draws from the Export menu above its canvas, beside PNG and SVG.</p>
        <ul className="export-list">
          {EXPORT_CHOICES.map((c) => (
            <li key={c.label}>
              <a href={exportUrl(c)} download>
                {c.label}
              </a>{' '}
              <span className="muted">{c.note}</span>
            </li>
          ))}
        </ul>
      </section>
    </section>
  );
}

function Counts({ answer, title, verbs }: { answer: ImportAnswer; title: string; verbs: [string, string, string] }) {
  return (
    <div className="import-result" role="status">
      <strong>{title}</strong>
      <dl className="counts">
        {(['created', 'updated', 'unchanged'] as const).map((key, i) => (
          <div key={key}>
            <dt>{verbs[i]}</dt>
            <dd>
              {answer[key].nodes} <small>nodes</small>
            </dd>
            <dd className="counts__edges">{answer[key].edges} relationships</dd>
          </div>
        ))}
      </dl>
      {!!answer.warnings?.length && (
        <ul className="import-warnings" aria-label="Warnings">
          {answer.warnings.map((w, i) => (
            <li key={i}>
              <span className="muted">
                {w.file}
                {w.line !== undefined && `:${w.line}`}{' '}
              </span>
              {w.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
