// Loads every cypher/**/*.cypher file once at start: its text, and the header that names and
// types its parameters. The file path (without .cypher) is the statement's name.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const CYPHER_DIR = fileURLToPath(new URL('../../../cypher', import.meta.url));

export const PARAM_TYPES = ['string', 'integer', 'float', 'boolean', 'date', 'string[]', 'map[]'] as const;
export type ParamType = (typeof PARAM_TYPES)[number];

export interface ParamSpec {
  name: string;
  type: ParamType;
  description: string;
  default?: string | number | boolean;
}

export interface CypherStatement {
  /** e.g. `queries/lineage/ancestors` */
  name: string;
  description: string;
  params: ParamSpec[];
  text: string;
  file: string;
}

// `// @param depth integer=10 How many levels up`
const PARAM_LINE = /^\/\/\s*@param\s+(\w+)\s+([\w[\]]+)(?:=(\S+))?\s*(.*)$/;

/**
 * The header is the file's opening comment lines. Its first paragraph, up to a bare `//` line or
 * the first `@param`, is the description shown to readers; `@param` lines type the parameters;
 * any other comment lines are notes for engineers, never shown.
 */
export function parseHeader(text: string, file: string): Pick<CypherStatement, 'description' | 'params'> {
  const description: string[] = [];
  const params: ParamSpec[] = [];
  let reading = true;
  for (const line of text.split('\n')) {
    if (!line.startsWith('//')) break;
    const param = PARAM_LINE.exec(line);
    if (param) {
      reading = false;
      const [, name = '', type = '', fallback, desc = ''] = param;
      if (!(PARAM_TYPES as readonly string[]).includes(type)) throw new Error(`${file}: @param ${name} has unknown type ${type}`);
      params.push({ name, type: type as ParamType, description: desc.trim(), ...(fallback !== undefined && { default: parseDefault(fallback, type as ParamType) }) });
    } else if (/^\/\/\s*$/.test(line)) {
      reading = false;
    } else if (reading) {
      description.push(line.replace(/^\/\/\s?/, ''));
    }
  }
  return { description: description.join(' ').trim(), params };
}

function parseDefault(raw: string, type: ParamType): string | number | boolean {
  if (type === 'integer' || type === 'float') return Number(raw);
  if (type === 'boolean') return raw === 'true';
  return raw;
}

function* cypherFiles(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* cypherFiles(path);
    else if (entry.name.endsWith('.cypher')) yield path;
  }
}

export class CypherLibrary {
  private readonly statements = new Map<string, CypherStatement>();

  constructor(dir: string = CYPHER_DIR) {
    for (const file of cypherFiles(dir)) {
      const name = relative(dir, file).split(sep).join('/').replace(/\.cypher$/, '');
      const text = readFileSync(file, 'utf8');
      this.statements.set(name, { name, file, text, ...parseHeader(text, file) });
    }
  }

  get(name: string): CypherStatement {
    const statement = this.statements.get(name);
    if (!statement) throw new Error(`No Cypher statement named ${name} in cypher/`);
    return statement;
  }

  has(name: string): boolean {
    return this.statements.has(name);
  }

  /** Statements under a folder, e.g. `queries` or `schema`, in file order. */
  list(prefix: string): CypherStatement[] {
    return [...this.statements.values()].filter((s) => s.name.startsWith(`${prefix}/`));
  }
}
