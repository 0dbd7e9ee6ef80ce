// Generates a synthetic taxonomy in the dataset format, deterministic for a given seed: one
// domain, phyla, classes, orders, families, genera and species in realistic proportions, ~50
// traits, HAS_TRAIT, HERITAGE, DESCENDS_FROM, some CONVERGES and ABSORBS, papers and labs,
// firstSeen dates spread over 2017-2026. Used by the import/export and browser benchmarks.
//
//   npx tsx scripts/generate-taxonomy.ts --species 100000 [--seed 42] [--out FILE]
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { DatasetSchema, type Dataset, type Edge, type EdgeType, type Lab, type Paper, type Rank, type Taxon, type Trait } from '../server/src/taxonomy/model.ts';

export interface GenerateOptions {
  species: number;
  seed?: number;
}

/** mulberry32: small, fast, good enough for test data, and the same on every machine. */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ab', 'ac', 'al', 'am', 'ar', 'ba', 'ca', 'ce', 'ci', 'co', 'da', 'de', 'di', 'fa', 'fe', 'ga', 'ge', 'la', 'le', 'li', 'lo', 'ma', 'me', 'mi', 'mo', 'na', 'ne', 'ni', 'no', 'pa', 'pe', 'po', 'ra', 're', 'ri', 'ro', 'sa', 'se', 'si', 'ta', 'te', 'ti', 'to', 'va', 've', 'vi'];
const TRAIT_WORDS = ['attention', 'tool use', 'reasoning', 'self-improvement', 'orchestration', 'memory', 'planning', 'retrieval', 'multimodality', 'code synthesis', 'sparse routing', 'state compression', 'self-reflection', 'agent teams', 'long context', 'distillation', 'test-time compute', 'embodiment', 'speech', 'vision'];
const TRAIT_QUALIFIERS = ['native', 'extended', 'emergent', 'latent', 'learned'];
const LAB_NAMES = ['Northwind AI', 'Helix Labs', 'Quanta Research', 'Lumen Systems', 'Vireo', 'Atlas Cognition', 'Meridian', 'Corvid Labs', 'Halcyon', 'Tessellate', 'Orison', 'Kestrel AI'];
const SOURCE = 'https://example.org/generated-taxonomy';

/** How many taxa of each rank above species: ~1 genus per 20 species, ~1 family per 10 genera. */
export function rankCounts(species: number): Record<Exclude<Rank, 'specimen'>, number> {
  const genus = Math.max(1, Math.ceil(species / 20));
  const family = Math.max(1, Math.ceil(genus / 10));
  const order = Math.max(1, Math.ceil(family / 5));
  const cls = Math.max(1, Math.ceil(order / 4));
  const phylum = Math.max(1, Math.ceil(cls / 3));
  return { domain: 1, phylum, class: cls, order, family, genus, species };
}

export function generateTaxonomy({ species, seed = 42 }: GenerateOptions): Dataset {
  const random = prng(seed);
  const int = (n: number) => Math.floor(random() * n);
  const pick = <T>(items: readonly T[]): T => items[int(items.length)] as T;
  const used = new Set<string>();
  const word = (syllables: number): string => {
    for (;;) {
      let w = '';
      for (let i = 0; i < syllables; i++) w += pick(SYLLABLES);
      if (!used.has(w)) {
        used.add(w);
        return w;
      }
      syllables += random() < 0.3 ? 1 : 0;
    }
  };
  const capital = (w: string) => w[0]!.toUpperCase() + w.slice(1);
  // Days since 2017-01-01, up to mid-2026; a child is never older than its parent.
  const SPAN = 9.4 * 365;
  const dateAfter = (day: number, share: number) => day + int(Math.max(1, (SPAN - day) * share));
  const iso = (day: number) => new Date(Date.UTC(2017, 0, 1) + Math.min(day, SPAN) * 86_400_000).toISOString().slice(0, 10);

  const counts = rankCounts(species);
  const taxa: Taxon[] = [];
  const edges: Partial<Record<EdgeType, Edge[]>> = {};
  const edge = (type: EdgeType, e: Omit<Edge, 'confidence'> & { confidence?: Edge['confidence'] }) => (edges[type] ??= []).push({ confidence: 'high', ...e });
  const dayOf = new Map<string, number>();
  const taxon = (rank: Rank, id: string, name: string, day: number, extra: Partial<Taxon> = {}): Taxon => {
    dayOf.set(id, day);
    const t: Taxon = { id, rank, name, commonNames: [], firstSeen: iso(day), status: 'extant', confidence: random() < 0.8 ? 'high' : 'medium', source: SOURCE, ...extra };
    taxa.push(t);
    return t;
  };

  const traits: Trait[] = [];
  for (const w of TRAIT_WORDS) traits.push({ id: `trait-${w.replace(/[^a-z0-9]+/g, '-')}`, name: capital(w), description: `The ${w} trait.`, confidence: 'high' });
  for (const q of TRAIT_QUALIFIERS) {
    for (const w of TRAIT_WORDS.slice(0, 6)) traits.push({ id: `trait-${q}-${w.replace(/[^a-z0-9]+/g, '-')}`, name: capital(`${q} ${w}`), description: `A ${q} form of ${w}.`, confidence: 'medium' });
  }

  // The ranks above species, each parent chosen so the tree is roughly balanced.
  const domain = taxon('domain', 'domain-cogitantia-generata', 'Cogitantia Generata', 0, { description: 'Generated domain.' });
  const level = (rank: Rank, count: number, parents: Taxon[], suffix: string, share: number): Taxon[] =>
    Array.from({ length: count }, (_, i) => {
      const parent = parents[Math.floor((i * parents.length) / count)]!;
      const name = capital(word(3)) + suffix;
      const t = taxon(rank, `${rank}-${name.toLowerCase()}`, name, dateAfter(dayOf.get(parent.id)!, share), { description: `Generated ${rank}.` });
      edge('MEMBER_OF', { from: t.id, to: parent.id });
      return t;
    });
  const phyla = level('phylum', counts.phylum, [domain], 'ata', 0.1);
  const classes = level('class', counts.class, phyla, 'ia', 0.1);
  const orders = level('order', counts.order, classes, 'ales', 0.15);
  const families = level('family', counts.family, orders, 'idae', 0.25);
  const genera = level('genus', counts.genus, families, 'us', 0.3);
  const familyOf = new Map<string, Taxon>();
  genera.forEach((g, i) => familyOf.set(g.id, families[Math.floor((i * families.length) / genera.length)]!));

  const labs: Lab[] = LAB_NAMES.map((name) => ({ id: `lab-${name.toLowerCase().replace(/[^a-z0-9]+/g, '-')}`, name, url: `https://example.org/${name.toLowerCase().replace(/[^a-z0-9]+/g, '')}`, confidence: 'high' }));

  for (let i = 0; i < counts.species; i++) {
    const genus = genera[Math.floor((i * genera.length) / counts.species)]!;
    const epithet = word(3) + pick(['us', 'is', 'um', 'ensis', 'icus']);
    const name = `${genus.name} ${epithet}`;
    const day = dateAfter(dayOf.get(genus.id)!, 1);
    const s = taxon('species', `species-${genus.name.toLowerCase()}-${epithet}`, name, day, {
      commonNames: [`${pick(LAB_NAMES).split(' ')[0]}-${1 + int(6)}.${int(10)}`],
      description: `Generated species ${i + 1}.`,
      status: random() < 0.9 ? 'extant' : pick(['incipient', 'speculative', 'extinct'] as const),
    });
    edge('MEMBER_OF', { from: s.id, to: genus.id });
    edge('HAS_TRAIT', { from: s.id, to: pick(traits).id, diagnostic: true });
    if (random() < 0.1) {
      const other = pick(families);
      if (other.id !== familyOf.get(genus.id)?.id) edge('HERITAGE', { from: s.id, to: other.id, trait: pick(traits).id, date: s.firstSeen, confidence: 'medium' });
    }
  }

  families.forEach((f, i) => {
    const carried = new Set<string>();
    for (let k = 0; k < 3; k++) carried.add(pick(traits).id);
    for (const t of carried) edge('HAS_TRAIT', { from: f.id, to: t, diagnostic: false });
    // Phylogeny only points back to an earlier family, so it never cycles.
    if (i > 0) edge('DESCENDS_FROM', { from: f.id, to: families[int(i)]!.id, confidence: 'medium' });
    if (i > 0 && random() < 0.3) edge('HERITAGE', { from: f.id, to: families[int(i)]!.id, trait: pick(traits).id, date: f.firstSeen });
    if (random() < 0.1) edge('CONVERGES', { from: f.id, to: pick(traits).id, date: f.firstSeen, confidence: 'low' });
    if (i % 33 === 1) edge('ABSORBS', { from: f.id, to: families[int(i)]!.id, date: iso(dateAfter(3000, 1)), note: 'Generated absorption.' });
  });
  for (const g of genera) edge('DEVELOPED_BY', { from: g.id, to: pick(labs).id });

  const papers: Paper[] = [];
  for (let i = 0; i < Math.max(1, Math.ceil(counts.species / 200)); i++) {
    const year = 2017 + int(10);
    const p: Paper = { id: `paper-generated-${i + 1}`, name: `Paper ${i + 1}`, title: `On ${pick(TRAIT_WORDS)} in ${pick(genera).name}`, authors: 'Generated et al.', year: Math.min(year, 2026), confidence: 'high', url: `https://example.org/papers/${i + 1}` };
    papers.push(p);
    edge('DESCRIBES', { from: p.id, to: pick(genera).id });
  }

  return DatasetSchema.parse({ version: 1, nodes: { taxon: taxa, trait: traits, paper: papers, lab: labs }, edges });
}

function main(argv: string[]): void {
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const species = Number(arg('species') ?? 1000);
  const seed = Number(arg('seed') ?? 42);
  if (!Number.isInteger(species) || species < 1 || !Number.isInteger(seed)) {
    process.stderr.write('usage: npx tsx scripts/generate-taxonomy.ts --species N [--seed S] [--out FILE]\n');
    process.exit(2);
  }
  const text = JSON.stringify(generateTaxonomy({ species, seed }));
  const out = arg('out');
  if (out) writeFileSync(out, text);
  else process.stdout.write(text);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
