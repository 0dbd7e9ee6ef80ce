// The CSV formats (docs/FORMATS.md): one file of nodes, one of edges, the same columns the
// importer reads, so an export imports back as it was.
import { EDGE_COLUMNS, NODE_COLUMNS } from '../import/parse-csv.ts';
import { EDGE_TYPES, NODE_KINDS, type Dataset } from '../model.ts';

export function csvCell(value: unknown): string {
  if (value === undefined || value === null) return '';
  // Readings are objects: written as JSON, which the importer reads back.
  const text = Array.isArray(value) ? (value.some((v) => typeof v === 'object') ? JSON.stringify(value) : value.map(String).join('; ')) : String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const line = (cells: unknown[]) => cells.map(csvCell).join(',');

export function nodesCsv(dataset: Dataset): string {
  const out = [NODE_COLUMNS.join(',')];
  for (const kind of NODE_KINDS) {
    for (const node of dataset.nodes[kind] as Record<string, unknown>[]) out.push(line(NODE_COLUMNS.map((c) => (c === 'kind' ? kind : node[c]))));
  }
  return `${out.join('\n')}\n`;
}

export function edgesCsv(dataset: Dataset): string {
  const out = [EDGE_COLUMNS.join(',')];
  for (const type of EDGE_TYPES) {
    for (const edge of (dataset.edges[type] ?? []) as Record<string, unknown>[]) out.push(line(EDGE_COLUMNS.map((c) => (c === 'type' ? type : edge[c]))));
  }
  return `${out.join('\n')}\n`;
}
