// Turns species cards and Newick trees into records. Both name taxa and traits in words, so
// each name is looked up in the files being imported first, then in the graph; a trait that is
// found nowhere is created, a taxon the card's Family row names must exist.
import { RANKS, type EdgeType, type NodeKind } from '../model.ts';
import type { NamedTaxon } from './graph-lookup.ts';
import type { NewickNode } from './parse-newick.ts';
import { nameAndDetail, plain, splitList, type SpeciesCard } from './parse-markdown.ts';
import { kebab, type EdgeRecord, type Origin, type ParsedSource, type Problems } from './records.ts';

/** The names and ids a card or a tree may refer to: the import's own nodes, then the graph's. */
export interface NameContext {
  taxaNamed(name: string): NamedTaxon[];
  kindOf(id: string): NodeKind | undefined;
  traits: { id: string; name: string }[];
}

/** Card rows → the dataset fields they fill. */
const CARD_FIELDS: Record<string, string> = {
  commonNames: 'Common Name',
  etymology: 'Etymology',
  description: 'Distinguishing Feature',
  firstSeen: 'First Seen',
  status: 'Status',
  source: 'Source',
  confidence: 'Confidence',
  quote: 'Quote',
  reason: 'Reason',
  note: 'Note',
};

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A trait named in words: its exact name (any case), else the id its name would have, else the
 * one trait whose name contains those words ("tool use" → "Tool use as extended phenotype").
 */
export function matchTrait(phrase: string, traits: { id: string; name: string }[]): { id: string } | { ambiguous: string[] } | undefined {
  const wanted = plain(phrase).toLowerCase();
  const exact = traits.filter((t) => t.name.toLowerCase() === wanted);
  if (exact.length === 1) return { id: (exact[0] as { id: string }).id };
  const byId = traits.find((t) => t.id === `trait-${kebab(phrase)}`);
  if (byId) return { id: byId.id };
  const words = new RegExp(`(^|[^a-z0-9-])${escapeRegExp(wanted)}($|[^a-z0-9-])`);
  const containing = traits.filter((t) => words.test(t.name.toLowerCase()));
  if (containing.length === 1) return { id: (containing[0] as { id: string }).id };
  if (containing.length > 1) return { ambiguous: containing.map((t) => t.name) };
  return undefined;
}

/** The names a card refers to, for one batched look-up in the graph. */
export function cardNames(card: SpeciesCard): string[] {
  const names = [card.binomial.split(' ')[0] as string];
  for (const row of ['Family', 'Genus']) {
    const value = card.rows.get(row)?.value;
    if (value) names.push(nameAndDetail(value).name);
  }
  for (const item of splitList(card.rows.get('Heritage')?.value ?? '')) names.push(nameAndDetail(item).name);
  return names;
}

export function cardRecords(cards: SpeciesCard[], context: NameContext, problems: Problems): ParsedSource {
  const out: ParsedSource = { nodes: [], edges: [] };
  const newTraits = new Map<string, { id: string; name: string }>();
  const traits = () => [...context.traits, ...newTraits.values()];

  for (const card of cards) {
    const id = `species-${kebab(card.binomial)}`;
    const rowLine = (row: string) => card.rows.get(row)?.line;
    const species: Origin = {
      file: card.file,
      line: card.line,
      path: card.binomial,
      fieldLine: (field) => rowLine(CARD_FIELDS[field] ?? ''),
      fieldName: (field) => CARD_FIELDS[field] ?? field,
    };
    const rowOrigin = (row: string): Origin => ({ file: card.file, line: rowLine(row) ?? card.line, path: `${card.binomial}.${row}`, fieldName: () => '' });
    const fail = (row: string, message: string) => problems.add({ file: card.file, line: rowLine(row) ?? card.line, path: `${card.binomial}.${row}`, message });
    const value = (row: string) => (card.rows.has(row) ? plain(card.rows.get(row)?.value ?? '') : undefined);
    // An edge a card row makes says who says so as the card does: the card's Source and
    // Confidence, and the row itself as the quote (a card is written in the source's words).
    const provenance = (row: string, words = value(row)) => ({
      ...(value('Source') !== undefined && { source: value('Source') }),
      ...(value('Confidence') !== undefined && { confidence: value('Confidence') }),
      ...(words !== undefined && { quote: `${row}: ${words}` }),
    });

    const raw: Record<string, unknown> = { id, rank: 'species', name: card.binomial };
    const common = card.rows.get('Common Name')?.value;
    if (common) raw.commonNames = splitList(common).map(plain);
    for (const [field, row] of Object.entries(CARD_FIELDS)) if (field !== 'commonNames' && value(row) !== undefined) raw[field] = value(row);
    if (raw.description === undefined && value('Description') !== undefined) raw.description = value('Description');
    // With no source, nothing states the card: its confidence is not high unless a row says so.
    if (!card.rows.has('Source') && !card.rows.has('Confidence')) {
      raw.confidence = 'low';
      problems.warn({ file: card.file, line: card.line, path: `${card.binomial}.Source`, message: 'no Source row: imported with confidence low (no source states it); add a Source row, or a Confidence row to say otherwise' });
    }
    out.nodes.push({ kind: 'taxon', raw, origin: species, partial: true });

    const taxon = (name: string, ranks: string[]) => context.taxaNamed(name).filter((t) => ranks.includes(t.rank));
    // The binomial's first word is the genus: the species sits there when the genus exists;
    // the Family row then only has to name a taxon that exists.
    const genusName = card.binomial.split(' ')[0] as string;
    const genus = taxon(genusName, ['genus']);
    const parentRow = card.rows.has('Genus') ? 'Genus' : 'Family';
    const named = value(parentRow);
    let parent: string | undefined;
    if (named === undefined) fail('Family', 'required: the family or genus the species belongs to');
    else {
      const found = taxon(nameAndDetail(named).name, ['family', 'genus']);
      if (found.length === 0) fail(parentRow, `no family or genus named ${nameAndDetail(named).name} in the files or the graph`);
      else if (found.length > 1) fail(parentRow, `${nameAndDetail(named).name} names several taxa: ${found.map((t) => t.id).join(', ')}`);
      else parent = genus.length === 1 ? (genus[0] as NamedTaxon).id : (found[0] as NamedTaxon).id;
    }
    if (parent) out.edges.push({ type: 'MEMBER_OF', raw: { from: id, to: parent, ...provenance(parentRow) }, origin: rowOrigin(parentRow), partial: true });

    const traitFor = (row: string, phrase: string, description?: string): string | undefined => {
      const match = matchTrait(phrase, traits());
      if (match && 'ambiguous' in match) {
        fail(row, `the trait "${phrase}" matches several: ${match.ambiguous.join('; ')}; write the full name`);
        return undefined;
      }
      if (match) return match.id;
      const created = { id: `trait-${kebab(phrase)}`, name: phrase.charAt(0).toUpperCase() + phrase.slice(1) };
      newTraits.set(created.id, created);
      out.nodes.push({ kind: 'trait', raw: { ...created, ...(description && { description }) }, origin: rowOrigin(row), partial: true });
      return created.id;
    };

    const diagnostic = value('Diagnostic Trait');
    if (diagnostic) {
      const [name, ...rest] = diagnostic.split(':');
      const trait = traitFor('Diagnostic Trait', (name as string).trim(), rest.join(':').trim() || undefined);
      if (trait) out.edges.push({ type: 'HAS_TRAIT', raw: { from: id, to: trait, diagnostic: true, ...provenance('Diagnostic Trait') }, origin: rowOrigin('Diagnostic Trait'), partial: true });
    }

    for (const item of splitList(card.rows.get('Heritage')?.value ?? '')) {
      const { name, detail } = nameAndDetail(item);
      const from = context.taxaNamed(name).filter((t) => t.rank !== 'species' && t.rank !== 'specimen');
      if (from.length !== 1) {
        fail('Heritage', from.length ? `${name} names several taxa: ${from.map((t) => t.id).join(', ')}` : `no taxon named ${name} in the files or the graph`);
        continue;
      }
      const trait = detail ? traitFor('Heritage', detail) : undefined;
      if (detail && !trait) continue;
      out.edges.push({ type: 'HERITAGE', raw: { from: id, to: (from[0] as NamedTaxon).id, ...(trait && { trait }), ...provenance('Heritage', plain(item)) }, origin: rowOrigin('Heritage'), partial: true });
    }
  }
  return out;
}

/** Every label of a forest, for one batched look-up in the graph. */
export function treeLabels(trees: NewickNode[]): string[] {
  const out: string[] = [];
  const stack = [...trees];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (node.label) out.push(node.label);
    stack.push(...node.children);
  }
  return out;
}

const ID = /^[a-z0-9]+(?:[-.][a-z0-9]+)*$/;

/** The rank a new taxon's name shows: a binomial is a species, -idae a family. */
function rankFromName(name: string): string | undefined {
  if (/^[A-Z][a-z]+ [a-z][a-z-]+$/.test(name)) return 'species';
  if (/^[A-Z][a-z]+idae$/.test(name)) return 'family';
  return undefined;
}

/**
 * A Newick forest as edges from each labelled node to its nearest labelled ancestor (an
 * unlabelled inner node is skipped over: membership and descent both pass through it).
 */
export function treeRecords(file: string, trees: NewickNode[], type: Extract<EdgeType, 'MEMBER_OF' | 'DESCENDS_FROM'>, context: NameContext, problems: Problems): ParsedSource {
  const out: ParsedSource = { nodes: [], edges: [] };
  const created = new Map<string, string>();
  const resolve = (node: NewickNode, origin: Origin): string | undefined => {
    const label = node.label?.trim();
    if (!label) return undefined;
    if (ID.test(label) && context.kindOf(label) === 'taxon') return label;
    const known = context.taxaNamed(label);
    if (known.length === 1) return (known[0] as NamedTaxon).id;
    if (known.length > 1) {
      problems.at(origin, 'label', `${label} names several taxa: ${known.map((t) => t.id).join(', ')}; use the id as the label`);
      return undefined;
    }
    const rank = node.attributes.rank ?? rankFromName(label);
    if (!rank || !(RANKS as readonly string[]).includes(rank)) {
      problems.at(origin, 'label', rank ? `unknown rank ${rank} for ${label}` : `no taxon ${label} in the files or the graph, and its rank cannot be told from the name: write ${label}[&rank=genus] (or the rank it has)`);
      return undefined;
    }
    const id = node.attributes.id ?? `${rank}-${kebab(label)}`;
    if (!created.has(id)) {
      created.set(id, label);
      out.nodes.push({ kind: 'taxon', raw: { id, rank, name: label }, origin, partial: true });
    }
    return id;
  };
  trees.forEach((tree, k) => {
    const stack: { node: NewickNode; parent?: string }[] = [{ node: tree }];
    for (let item = stack.pop(); item; item = stack.pop()) {
      const { node, parent } = item;
      const origin: Origin = { file, line: node.line, path: `tree[${k}]` };
      if (!node.label && !node.children.length) problems.at(origin, 'label', 'a leaf without a label: every leaf names a taxon');
      const id = resolve(node, origin);
      if (id && parent) out.edges.push({ type, raw: { from: id, to: parent }, origin: { ...origin, fieldName: (f) => (f === 'from' ? 'label' : f === 'to' ? 'parent' : f) }, partial: true } satisfies EdgeRecord);
      // A label that could not be resolved stops its subtree's edges to it, not the subtree.
      const next = id ?? (node.label ? undefined : parent);
      for (let c = node.children.length - 1; c >= 0; c--) stack.push({ node: node.children[c] as NewickNode, parent: next });
    }
  });
  return out;
}
