// The graph as a Cypher script of MERGE statements that recreates it in an empty Neo4j
// (cypher-shell -f FILE) and in the embedded engine (splitCypherScript, then one write).
//
// This is the one place the project writes Cypher text. A script file cannot carry parameters,
// so the values are written as literals here: every string through cypherString (quotes,
// backslashes and control characters escaped), map keys through cypherKey. Labels and
// relationship types come only from the data model's closed sets (KIND_LABELS, RANK_LABELS,
// EDGE_TYPES), never from the data. Each statement ends with `;` at the end of a line, and no
// literal holds a raw line break, so the script splits on those line ends.
import { EDGE_TYPES, edgeId, KIND_LABELS, NODE_KINDS, RANK_LABELS, storedProps, type Dataset, type Rank } from '../model.ts';

/** Rows per UNWIND statement: big enough to be quick, small enough for any Cypher parser. */
const ROWS_PER_STATEMENT = 500;

export function cypherString(value: string): string {
  let out = "'";
  for (const ch of value) {
    const code = ch.codePointAt(0) as number;
    if (ch === '\\') out += '\\\\';
    else if (ch === "'") out += "\\'";
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code === 0x7f || code === 0x2028 || code === 0x2029) out += `\\u${code.toString(16).padStart(4, '0')}`;
    else out += ch;
  }
  return `${out}'`;
}

/** A map key: bare when it is a plain identifier, else in backquotes (a backquote doubled). */
export function cypherKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : `\`${key.replace(/`/g, '``')}\``;
}

export function cypherLiteral(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'string') return cypherString(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return 'null';
    return Number.isInteger(value) ? String(value) : String(value).replace('e+', 'e');
  }
  if (Array.isArray(value)) return `[${value.map(cypherLiteral).join(', ')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>).filter(([, v]) => v !== undefined);
    return `{${entries.map(([k, v]) => `${cypherKey(k)}: ${cypherLiteral(v)}`).join(', ')}}`;
  }
  throw new Error(`cannot write ${typeof value} as a Cypher literal`);
}

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += ROWS_PER_STATEMENT) out.push(rows.slice(i, i + ROWS_PER_STATEMENT));
  return out;
}

export interface CypherScriptOptions {
  /** Schema statements to run first (cypher/schema, without their comments). */
  schema?: string[];
  /** Comment lines for the top of the file. */
  header?: string[];
  /** Statements to run last (import/search-text, which makes the nodes searchable). */
  after?: string[];
}

export function toCypherScript(dataset: Dataset, options: CypherScriptOptions = {}): string {
  const nodeCount = NODE_KINDS.reduce((n, k) => n + dataset.nodes[k].length, 0);
  const edgeCount = EDGE_TYPES.reduce((n, t) => n + (dataset.edges[t]?.length ?? 0), 0);
  const out: string[] = [
    ...(options.header ?? []).map((line) => `// ${line}`),
    `// ${nodeCount} nodes and ${edgeCount} relationships. Every statement MERGEs on id, so running it again changes nothing.`,
    '',
  ];
  for (const statement of options.schema ?? []) out.push(`${statement.replace(/^\s*\/\/.*\n/gm, '').trim().replace(/;$/, '')};`);
  if (options.schema?.length) out.push('');

  for (const kind of NODE_KINDS) {
    const nodes = dataset.nodes[kind] as ({ id: string; rank?: Rank } & Record<string, unknown>)[];
    // One statement shape per label set, so labels are written, not computed.
    const groups = new Map<string, typeof nodes>();
    for (const node of nodes) {
      const labels = [KIND_LABELS[kind], ...(kind === 'taxon' && node.rank ? [RANK_LABELS[node.rank]] : [])].join(':');
      const group = groups.get(labels);
      if (group) group.push(node);
      else groups.set(labels, [node]);
    }
    for (const [labels, group] of groups) {
      for (const rows of chunks(group)) {
        const literal = rows.map(({ id, ...props }) => `  {id: ${cypherString(id)}, props: ${cypherLiteral(storedProps(props))}}`).join(',\n');
        out.push(`UNWIND [\n${literal}\n] AS row\nMERGE (n:Entity {id: row.id})\nSET n += row.props, n:${labels}\nREMOVE n.searchText;`);
      }
    }
  }
  for (const type of EDGE_TYPES) {
    for (const rows of chunks(dataset.edges[type] ?? [])) {
      const literal = rows.map(({ from, to, ...props }) => `  {id: ${cypherString(edgeId(type, { from, to, trait: props.trait }))}, from: ${cypherString(from)}, to: ${cypherString(to)}, props: ${cypherLiteral(storedProps(props))}}`).join(',\n');
      out.push(`UNWIND [\n${literal}\n] AS row\nMATCH (a:Entity {id: row.from})\nMATCH (b:Entity {id: row.to})\nMERGE (a)-[r:${type} {id: row.id}]->(b)\nSET r += row.props;`);
    }
  }
  for (const statement of options.after ?? []) out.push(`${statement.replace(/^\s*\/\/.*\n/gm, '').trim().replace(/;$/, '')};`);
  return `${out.join('\n')}\n`;
}

/** The statements of a script this module wrote: split at each `;` that ends a line, comments dropped. */
export function splitCypherScript(script: string): string[] {
  const statements: string[] = [];
  let current: string[] = [];
  for (const line of script.split('\n')) {
    if (!current.length && (line.trim() === '' || line.trimStart().startsWith('//'))) continue;
    current.push(line);
    if (line.trimEnd().endsWith(';')) {
      statements.push(current.join('\n').trimEnd().replace(/;$/, ''));
      current = [];
    }
  }
  if (current.join('').trim()) statements.push(current.join('\n').trim());
  return statements;
}
