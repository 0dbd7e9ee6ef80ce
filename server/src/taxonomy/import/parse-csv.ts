// Reads the CSV formats: a nodes file and an edges file, each with a header row (docs/FORMATS.md).
// Which one a file is comes from its header: `kind` makes a nodes file, `type,from,to` an edges file.
// An empty cell is an absent field; lists are `;`-separated; each record keeps its line.
import { parse } from 'csv-parse/sync';
import type { ParsedSource, Problems } from './records.ts';

export const NODE_COLUMNS = ['id', 'kind', 'rank', 'name', 'commonNames', 'description', 'firstSeen', 'status', 'source', 'confidence', 'title', 'authors', 'year', 'date', 'url', 'etymology', 'note', 'quote', 'reason', 'hybrid', 'readings'] as const;
export const EDGE_COLUMNS = ['type', 'from', 'to', 'trait', 'diagnostic', 'date', 'note', 'source', 'confidence', 'quote', 'reason', 'readings'] as const;

export type CsvPart = 'nodes' | 'edges';

/** Which part a CSV header describes, or undefined when it is neither. */
export function csvPart(header: string[]): CsvPart | undefined {
  if (header.includes('kind')) return 'nodes';
  if (header.includes('type') && header.includes('from') && header.includes('to')) return 'edges';
  return undefined;
}

function cellValue(column: string, cell: string): unknown {
  if (column === 'commonNames') return cell.split(';').map((s) => s.trim()).filter(Boolean);
  if (column === 'year' && /^-?\d+$/.test(cell)) return Number(cell);
  if ((column === 'diagnostic' || column === 'hybrid') && /^(true|false)$/i.test(cell)) return cell.toLowerCase() === 'true';
  return cell;
}

interface CsvRow {
  record: Record<string, string>;
  raw: string;
  info: { lines: number };
}

export function parseCsv(file: string, text: string, problems: Problems): ParsedSource {
  const out: ParsedSource = { nodes: [], edges: [] };
  let rows: CsvRow[];
  try {
    rows = parse(text, { columns: (h: string[]) => h.map((c) => c.trim()), info: true, raw: true, skip_empty_lines: true, bom: true, relax_column_count: false }) as CsvRow[];
  } catch (error) {
    const e = error as Error & { lines?: number };
    problems.add({ file, line: e.lines ?? 1, path: '(syntax)', message: `not valid CSV: ${e.message}` });
    return out;
  }
  const headerLine = text.replace(/^\uFEFF/, '').split(/\r?\n/)[0] ?? '';
  const header = (parse(headerLine, { bom: true }) as string[][])[0]?.map((c) => c.trim()) ?? [];
  const part = csvPart(header);
  if (!part) {
    problems.add({ file, line: 1, path: '(header)', message: `not a nodes or edges CSV: a nodes file has the columns ${NODE_COLUMNS.join(',')}; an edges file ${EDGE_COLUMNS.join(',')}` });
    return out;
  }
  const known: readonly string[] = part === 'nodes' ? NODE_COLUMNS : EDGE_COLUMNS;
  for (const column of header) if (!known.includes(column)) problems.add({ file, line: 1, path: column, message: `unknown column in a ${part} CSV: expected ${known.join(',')}` });

  for (const { record, raw, info } of rows) {
    // info.lines is where the record ends; count back over its own line breaks.
    const body = raw.replace(/^(\r?\n)+/, '');
    const line = info.lines - (body.match(/\n/g)?.length ?? 0) + (body.endsWith('\n') ? 1 : 0);
    const fields: Record<string, unknown> = {};
    for (const [column, cell] of Object.entries(record)) {
      if (!known.includes(column) || cell.trim() === '') continue;
      if (column === 'kind' || column === 'type') continue;
      fields[column] = cellValue(column, cell.trim());
    }
    const origin = { file, line, path: '' };
    if (part === 'nodes') out.nodes.push({ kind: record.kind?.trim() ?? '', raw: fields, origin });
    else out.edges.push({ type: record.type?.trim() ?? '', raw: fields, origin });
  }
  return out;
}
