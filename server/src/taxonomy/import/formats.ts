// Which import format a file is: by its extension, else by its content type, else by a look at
// its first characters.
import type { ImportFormat } from './records.ts';

const BY_EXTENSION: Record<string, ImportFormat> = {
  json: 'json',
  yaml: 'yaml',
  yml: 'yaml',
  csv: 'csv',
  md: 'markdown',
  markdown: 'markdown',
  txt: 'markdown',
  nwk: 'newick',
  newick: 'newick',
  tree: 'newick',
  tre: 'newick',
};

const BY_CONTENT_TYPE: [RegExp, ImportFormat][] = [
  [/json/, 'json'],
  [/yaml/, 'yaml'],
  [/csv/, 'csv'],
  [/markdown/, 'markdown'],
  [/newick/, 'newick'],
];

export function detectFormat(name: string, text: string, contentType?: string): ImportFormat {
  const extension = /\.([a-z]+)$/i.exec(name)?.[1]?.toLowerCase();
  const known = extension ? BY_EXTENSION[extension] : undefined;
  if (known) return known;
  for (const [pattern, format] of BY_CONTENT_TYPE) if (contentType && pattern.test(contentType)) return format;
  const head = text.trimStart().slice(0, 2000);
  if (head.startsWith('{') || head.startsWith('[')) return 'json';
  if (head.startsWith('(')) return 'newick';
  if (/^#|new species:/im.test(head)) return 'markdown';
  const firstLine = head.split(/\r?\n/)[0] ?? '';
  if (/(^|,)\s*(kind|type)\s*(,|$)/.test(firstLine)) return 'csv';
  return 'yaml';
}
