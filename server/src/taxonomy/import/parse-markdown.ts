// Reads species cards, the form the taxonomy's articles use: a heading with the Latin binomial
// ("New Species: Frontieris reflexivus") and a table of attributes (Common Name, Etymology,
// Family, Diagnostic Trait, Heritage, Distinguishing Feature). Both a Markdown table and the
// article's plain "Attribute Description" rows are read. Names are resolved later, against the
// other files and the graph (import.service.ts).
import type { Problems } from './records.ts';

export interface CardRow {
  value: string;
  line: number;
}

export interface SpeciesCard {
  file: string;
  line: number;
  binomial: string;
  /** Rows by their canonical attribute name (see ATTRIBUTES). */
  rows: Map<string, CardRow>;
}

/** Attribute names as written → the canonical name. */
const ATTRIBUTES: Record<string, string> = {
  'common name': 'Common Name',
  'common names': 'Common Name',
  etymology: 'Etymology',
  family: 'Family',
  genus: 'Genus',
  'diagnostic trait': 'Diagnostic Trait',
  heritage: 'Heritage',
  'distinguishing feature': 'Distinguishing Feature',
  description: 'Description',
  'first seen': 'First Seen',
  status: 'Status',
  source: 'Source',
  confidence: 'Confidence',
  quote: 'Quote',
  reason: 'Reason',
  note: 'Note',
};
const PLAIN_ROW = new RegExp(`^(${Object.values(ATTRIBUTES).map((a) => a.replace(/ /g, '\\s+')).join('|')}|Common\\s+Names)\\s+(.+)$`, 'i');
const BINOMIAL = /^([A-Z][a-z]+)\s+([a-z][a-z-]+)$/;

/** Emphasis and code marks off: `*Frontieris reflexivus*` → `Frontieris reflexivus`. */
export function plain(text: string): string {
  return text.replace(/[*_`]/g, '').replace(/\s+/g, ' ').trim();
}

function headingBinomial(line: string): string | undefined {
  const heading = /^#{1,6}\s+(.*)$/.exec(line)?.[1] ?? /^(?:new\s+)?species:\s*(.+)$/i.exec(line)?.[0];
  if (heading === undefined) return undefined;
  const text = plain(heading).replace(/^(new\s+)?species:\s*/i, '');
  return BINOMIAL.test(text) ? text : undefined;
}

function tableCells(line: string): string[] | undefined {
  if (!line.trim().startsWith('|')) return undefined;
  const cells = line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((c) => c.replace(/\\\|/g, '|').trim());
  return cells;
}

export function parseMarkdown(file: string, text: string, problems: Problems): SpeciesCard[] {
  const cards: SpeciesCard[] = [];
  let card: SpeciesCard | undefined;
  let plainTable = false;
  const addRow = (key: string, value: string, line: number) => {
    if (!card) return;
    const canonical = ATTRIBUTES[plain(key).toLowerCase()];
    if (!canonical) {
      if (!/^attribute$/i.test(plain(key))) problems.add({ file, line, path: plain(key), message: `unknown attribute: a species card has ${[...new Set(Object.values(ATTRIBUTES))].join(', ')}` });
      return;
    }
    if (card.rows.has(canonical)) problems.add({ file, line, path: canonical, message: `${canonical} given twice (first on line ${card.rows.get(canonical)?.line})` });
    else card.rows.set(canonical, { value: value.trim(), line });
  };

  text.split(/\r?\n/).forEach((raw, i) => {
    const line = i + 1;
    const binomial = headingBinomial(raw.trim());
    if (binomial) {
      card = { file, line, binomial, rows: new Map() };
      cards.push(card);
      plainTable = false;
      return;
    }
    if (!card) return;
    const cells = tableCells(raw);
    if (cells) {
      if (cells.every((c) => /^:?-{3,}:?$/.test(c))) return;
      if (cells.length >= 2) addRow(cells[0] as string, cells.slice(1).join(' | '), line);
      return;
    }
    const trimmed = raw.trim();
    if (/^attribute\s+description$/i.test(trimmed)) {
      plainTable = true;
      return;
    }
    if (plainTable) {
      const row = PLAIN_ROW.exec(trimmed);
      if (row) addRow(row[1] as string, row[2] as string, line);
      else if (trimmed === '' && card.rows.size > 0) plainTable = false;
    }
  });
  if (!cards.length) problems.add({ file, line: 1, path: '(heading)', message: 'no species card found: expected a heading with a Latin binomial, e.g. "## New Species: Frontieris reflexivus", and a table of attributes' });
  return cards;
}

/** Splits "Instrumentidae (tool use), Deliberatidae (reasoning)" on the commas outside parentheses. */
export function splitList(value: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of value) {
    if (ch === '(') depth++;
    if (ch === ')') depth = Math.max(0, depth - 1);
    if ((ch === ',' || ch === ';') && depth === 0) {
      out.push(current);
      current = '';
    } else current += ch;
  }
  out.push(current);
  return out.map((s) => s.trim()).filter(Boolean);
}

/** "Recursidae (self-improvement)" → { name: "Recursidae", detail: "self-improvement" }. */
export function nameAndDetail(item: string): { name: string; detail?: string } {
  const m = /^(.*?)\s*\((.*)\)\s*$/.exec(plain(item));
  return m ? { name: (m[1] as string).trim(), detail: (m[2] as string).trim() } : { name: plain(item) };
}
