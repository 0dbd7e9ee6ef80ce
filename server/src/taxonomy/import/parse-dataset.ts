// Reads the dataset format (model.ts DatasetSchema) from JSON or YAML into records that keep
// their lines: JSON through a second, position-only scan of the text, YAML through its own
// document nodes and a LineCounter.
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { EDGE_TYPES, NODE_KINDS } from '../model.ts';
import { jsonErrorOffset, JsonScanner, jsonSyntaxErrorOffset } from './json-locate.ts';
import { LineIndex, type EdgeRecord, type NodeRecord, type Origin, type ParsedSource, type Problems } from './records.ts';

/** A parsed document and the lines of what is in it, whatever the syntax. */
interface LocatedDocument {
  value: unknown;
  /** Line of the value at path (of its key, for an object member). */
  lineOf(path: (string | number)[]): number | undefined;
  /** The lines of the items of the array at path, and of their fields. */
  items(path: (string | number)[]): ItemLines;
}

interface ItemLines {
  line(index: number): number | undefined;
  fieldLine(index: number, field: string): number | undefined;
}

/**
 * A record's origin whose lines are looked up only when a problem asks: scanning a 100,000-species
 * file for every item's line took about 0.8 s, and a closure a record held 200 MB more.
 */
class ItemOrigin implements Origin {
  constructor(
    readonly file: string,
    readonly path: string,
    private readonly lines: ItemLines,
    private readonly index: number,
  ) {}

  get line(): number {
    return this.lines.line(this.index) ?? 1;
  }

  fieldLine(field: string): number | undefined {
    return this.lines.fieldLine(this.index, field);
  }
}

const TOP_LEVEL = ['$schema', 'version', 'revision', 'nodes', 'edges'];
// YAML writes a year as a bare number; the format keeps dates as strings.
const DATE_FIELDS = ['firstSeen', 'date'];

function jsonDocument(file: string, text: string, problems: Problems): LocatedDocument | undefined {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const offset = jsonErrorOffset(message) ?? jsonSyntaxErrorOffset(text);
    problems.add({ file, line: new LineIndex(text).lineOf(offset), path: '(syntax)', message: `not valid JSON: ${message.split('\n')[0]}` });
    return undefined;
  }
  const scanner = new JsonScanner(text);
  let lineIndex: LineIndex | undefined;
  const lines = { lineOf: (offset: number) => (lineIndex ??= new LineIndex(text)).lineOf(offset) };
  const valueAt = (path: (string | number)[]) => {
    let at: number | undefined = text.search(/\S/);
    for (const step of path) {
      if (at === undefined) return undefined;
      at = typeof step === 'number' ? scanner.items(at)[step] : scanner.valueOffset(at, step);
    }
    return at;
  };
  return {
    value,
    lineOf: (path) => {
      const at = scanner.offsetOf(path);
      return at === undefined ? undefined : lines.lineOf(at);
    },
    items: (path) => {
      let offsets: number[] | undefined;
      const offsetOf = (index: number) => {
        if (!offsets) {
          const at = valueAt(path);
          offsets = at === undefined ? [] : scanner.items(at);
        }
        return offsets[index];
      };
      return {
        line: (index) => {
          const offset = offsetOf(index);
          return offset === undefined ? undefined : lines.lineOf(offset);
        },
        fieldLine: (index, field) => {
          const offset = offsetOf(index);
          const key = offset === undefined ? undefined : scanner.keyOffsets(offset).get(field);
          return key === undefined ? undefined : lines.lineOf(key);
        },
      };
    },
  };
}

function yamlDocument(file: string, text: string, problems: Problems): LocatedDocument | undefined {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, uniqueKeys: true });
  if (doc.errors.length) {
    for (const e of doc.errors) problems.add({ file, line: lineCounter.linePos(e.pos[0]).line, path: '(syntax)', message: `not valid YAML: ${e.message.split('\n')[0]}` });
    return undefined;
  }
  const lineOfNode = (node: unknown) => {
    const range = (node as YamlNode | undefined)?.range;
    return range ? lineCounter.linePos(range[0]).line : undefined;
  };
  const keyLine = (map: unknown, key: string | number) => {
    if (!isMap(map)) return undefined;
    const pair = map.items.find((p) => (isScalar(p.key) ? p.key.value : p.key) === key);
    return pair ? lineOfNode(pair.key) : undefined;
  };
  return {
    value: doc.toJS({ maxAliasCount: 1000 }),
    lineOf: (path) => {
      if (!path.length) return 1;
      const parent = path.length > 1 ? doc.getIn(path.slice(0, -1), true) : doc.contents;
      const last = path[path.length - 1] as string | number;
      if (isSeq(parent)) return lineOfNode(parent.items[last as number]);
      return keyLine(parent, last);
    },
    items: (path) => {
      const seq = doc.getIn(path, true);
      const items = isSeq(seq) ? seq.items : [];
      return { line: (index) => (items[index] === undefined ? undefined : (lineOfNode(items[index]) ?? 1)), fieldLine: (index, field) => keyLine(items[index], field) };
    },
  };
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads a dataset document into records; structural problems (unknown kinds, types, fields) go to problems. */
export function parseDataset(file: string, text: string, syntax: 'json' | 'yaml', problems: Problems): ParsedSource {
  const out: ParsedSource = { nodes: [], edges: [] };
  const doc = syntax === 'json' ? jsonDocument(file, text, problems) : yamlDocument(file, text, problems);
  if (!doc) return out;
  const at = (path: (string | number)[], message: string, field = path.join('.')) => problems.add({ file, line: doc.lineOf(path) ?? 1, path: field, message });
  const root = doc.value;
  if (!isObject(root)) {
    problems.add({ file, line: 1, path: '(root)', message: 'expected an object with nodes and edges' });
    return out;
  }
  for (const key of Object.keys(root)) if (!TOP_LEVEL.includes(key)) at([key], `unknown field; the dataset has ${TOP_LEVEL.join(', ')}`);
  if (root.version !== undefined && root.version !== 1) at(['version'], 'unsupported version: expected 1');
  if (root.revision !== undefined) {
    if (typeof root.revision === 'number' && Number.isInteger(root.revision) && root.revision >= 1) out.revision = { id: root.revision, file, line: doc.lineOf(['revision']) ?? 1 };
    else at(['revision'], 'expected the number of the revision the file was exported at, e.g. 3');
  }

  const sections: { section: 'nodes' | 'edges'; known: readonly string[]; what: string }[] = [
    { section: 'nodes', known: NODE_KINDS, what: 'node kind' },
    { section: 'edges', known: EDGE_TYPES, what: 'edge type' },
  ];
  for (const { section, known, what } of sections) {
    const group = root[section];
    if (group === undefined) continue;
    if (!isObject(group)) {
      at([section], `expected an object of ${what}s, each a list`);
      continue;
    }
    for (const [name, list] of Object.entries(group)) {
      if (!known.includes(name)) {
        at([section, name], `unknown ${what} ${name}: expected one of ${known.join(', ')}`);
        continue;
      }
      if (!Array.isArray(list)) {
        at([section, name], `expected a list of ${section === 'nodes' ? 'nodes' : 'edges'}`);
        continue;
      }
      const lines = doc.items([section, name]);
      list.forEach((raw: unknown, i) => {
        const origin = new ItemOrigin(file, `${section}.${name}[${i}]`, lines, i);
        if (syntax === 'yaml' && isObject(raw)) for (const f of DATE_FIELDS) if (typeof raw[f] === 'number') raw[f] = String(raw[f]);
        if (section === 'nodes') out.nodes.push({ kind: name, raw, origin } satisfies NodeRecord);
        else out.edges.push({ type: name, raw, origin } satisfies EdgeRecord);
      });
    }
  }
  return out;
}
