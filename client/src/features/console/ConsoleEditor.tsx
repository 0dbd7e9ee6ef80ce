// The Cypher console's editor: Neo4j's CodeMirror editor with highlighting and completion from the
// data model; Ctrl+Enter or the button runs the query.
import { CypherEditor } from '@neo4j-cypher/react-codemirror';
import { useEffect, useState } from 'react';
import type { EditorSupportSchema } from '@neo4j-cypher/editor-support';
import { EDGE_TYPES } from '../../graph/model.ts';

interface ConsoleEditorProps {
  /** The query last run (from the URL). */
  query?: string;
  running: boolean;
  onRun(query: string): void;
}

const SCHEMA: EditorSupportSchema = {
  labels: ['Taxon', 'Domain', 'Phylum', 'Class', 'Order', 'Family', 'Genus', 'Species', 'Specimen', 'Trait', 'Paper', 'Lab'],
  relationshipTypes: EDGE_TYPES.map((t) => t.type),
  propertyKeys: ['id', 'name', 'rank', 'commonNames', 'description', 'etymology', 'firstSeen', 'status', 'source', 'confidence', 'note', 'title', 'authors', 'year', 'date', 'url', 'trait', 'diagnostic'],
};

const EXAMPLES = [
  { label: 'Families', query: 'MATCH (f:Family) RETURN f.name AS family, f.commonNames AS known_as ORDER BY family' },
  { label: 'Heritage of GPT-5.3-Codex', query: "MATCH (s:Species {id: 'species-frontieris-reflexivus'})-[h:HERITAGE]->(f)\nRETURN s, h, f" },
  { label: 'What the crown clade absorbed', query: "MATCH (c:Family {id: 'family-frontieriidae'})-[a:ABSORBS]->(x)\nRETURN c, a, x" },
  { label: 'Convergence', query: 'MATCH (t:Taxon)-[c:CONVERGES]->(tr:Trait)\nRETURN t, c, tr LIMIT 50' },
];

export function ConsoleEditor({ query, running, onRun }: ConsoleEditorProps) {
  const [text, setText] = useState(query ?? EXAMPLES[0]!.query);
  // A query arriving from outside (Back, a link) replaces what is in the editor.
  useEffect(() => {
    if (query !== undefined) setText(query);
  }, [query]);

  return (
    <section className="console" aria-label="Cypher console">
      <div
        className="console__editor"
        onKeyDown={(e) => {
          if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
            e.preventDefault();
            onRun(text);
          }
        }}
      >
        <CypherEditor value={text} schema={SCHEMA} onValueChanged={(value: string) => setText(value)} lineNumbers theme="light" placeholder="MATCH (n:Family) RETURN n" />
      </div>
      <div className="console__bar">
        <button type="button" className="primary" onClick={() => onRun(text)} disabled={running || !text.trim()}>
          {running ? 'Running…' : 'Run'} <kbd>Ctrl</kbd>+<kbd>Enter</kbd>
        </button>
        <span className="muted small">Read-only: writes are refused.</span>
        <span className="console__examples">
          {EXAMPLES.map((e) => (
            <button key={e.label} type="button" className="chip chip--button" onClick={() => setText(e.query)}>
              {e.label}
            </button>
          ))}
        </span>
      </div>
    </section>
  );
}
