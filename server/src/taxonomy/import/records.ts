// What every import format reads into: node and edge records still in their raw form, each
// with where it came from (file, line, field path), so one validator can name every problem.
import type { ProblemDetail } from '../../errors.ts';

export const IMPORT_FORMATS = ['json', 'yaml', 'csv', 'markdown', 'newick'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** One file (or request body) to import. */
export interface ImportSource {
  name: string;
  text: string;
  /** Detected from the name or the content when absent. */
  format?: ImportFormat;
}

/** Where a record sits: the field path prefix (`nodes.taxon[3]`, or empty for CSV) and lines. */
export interface Origin {
  file: string;
  line: number;
  /** Path of the record itself, e.g. `nodes.taxon[3]`; fields are appended with a dot. */
  path: string;
  /** The line of one field, where the format knows it (JSON, YAML); the record's line otherwise. */
  fieldLine?: (field: string) => number | undefined;
  /** How a field is named in this format, e.g. the CSV column or the Markdown row. */
  fieldName?: (field: string) => string;
}

export interface NodeRecord {
  kind: string;
  raw: unknown;
  origin: Origin;
  /**
   * Formats that state only some fields (species cards, Newick) leave the rest of an existing
   * node or edge alone: defaults fill in new ones only.
   */
  partial?: boolean;
}

export interface EdgeRecord {
  type: string;
  raw: unknown;
  origin: Origin;
  partial?: boolean;
}

export interface ParsedSource {
  nodes: NodeRecord[];
  edges: EdgeRecord[];
  /** The revision an exported dataset was taken at, to check the import against what changed since. */
  revision?: { id: number; file: string; line: number };
}

/** Collects problems as they are found; the import fails at the end with all of them. */
export class Problems {
  readonly list: ProblemDetail[] = [];
  /** What the import did on the reader's behalf and says in its answer, without failing. */
  readonly warnings: ProblemDetail[] = [];

  warn(warning: ProblemDetail): void {
    this.warnings.push(warning);
  }

  add(problem: ProblemDetail): void {
    this.list.push(problem);
  }

  /** A problem on one field of a record: the path and the line say which. */
  at(origin: Origin, field: string | undefined, message: string): void {
    const name = field === undefined ? undefined : (origin.fieldName?.(field) ?? field);
    const path = !name ? origin.path : origin.path ? `${origin.path}.${name}` : name;
    const line = (field !== undefined && origin.fieldLine?.(field)) || origin.line;
    this.list.push({ file: origin.file, line, path: path || '(record)', message });
  }

  get size(): number {
    return this.list.length;
  }

  /** In file order, so a reader can walk the file from the top. */
  sorted(): ProblemDetail[] {
    return [...this.list].sort((a, b) => (a.file ?? '').localeCompare(b.file ?? '') || (a.line ?? 0) - (b.line ?? 0));
  }
}

/** Line numbers from offsets in a text, by binary search over the newline positions. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(text: string) {
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) this.starts.push(i + 1);
  }

  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.starts[mid] as number) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }
}

/** kebab-case from any name: `Frontieris reflexivus` → `frontieris-reflexivus`. */
export function kebab(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
