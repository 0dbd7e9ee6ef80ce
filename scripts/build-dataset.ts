// Builds data/taxonomy.json, the project's canonical dataset, from the shared taxonomy facts plus the
// few seed-article facts they lack, then checks it (schema, ends, tree shape) and exits non-zero on any problem.
//
// Usage: npx tsx scripts/build-dataset.ts [facts.json]   (default: ../shared/data/taxonomy.facts.json from the repo root)
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  DatasetSchema,
  EDGE_ENDS,
  EDGE_TYPES,
  RANKS,
  STATUSES,
  edgeId,
  type Dataset,
  type Edge,
  type EdgeType,
  type Lab,
  type NodeKind,
  type Paper,
  type Rank,
  type Taxon,
  type Trait,
} from '../server/src/taxonomy/model.ts';

const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const OUT_PATH = resolve(REPO_ROOT, 'data/taxonomy.json');
/** Used only if the facts name no document for the seed article (they do: "GPT-5.3-Codex, the self-developer"). */
const FALLBACK_SEED_URL = 'https://www.synthetictaxonomy.com/blog/2026-02-gpt-5-3-codex';

type Confidence = 'high' | 'medium' | 'low';

// ---------------------------------------------------------------------------------------------
// The facts file, as far as this script reads it
// ---------------------------------------------------------------------------------------------

interface FactTaxon {
  id: string;
  name: string;
  rank: string;
  parent: string | null;
  commonNames?: string[];
  firstSeen?: string | null;
  firstSeenApprox?: string;
  firstSeenSource?: string;
  status?: string;
  statusChangeDate?: string;
  description?: string;
  traits?: string[];
  source: string;
  confidence: string;
  parentNote?: string;
  nameSource?: string;
  benchmarks?: Record<string, string>;
  definitionHistory?: { version: string; label: string; scope: string }[];
}
interface FactTrait { id: string; name: string; description?: string; source: string; category?: string }
interface FactPaper {
  id: string;
  title: string;
  authors?: string | null;
  year?: number | null;
  date?: string | null;
  about: string[];
  source: string;
  arxiv?: string;
  venue?: string;
  note?: string;
  metadataSource?: string;
  revisions?: { rev: string; date: string }[];
}
interface FactEdge { type: string; from: string; to: string; date: string | null; note: string | null; source: string; confidence: string }
interface FactDocument { id: string; title: string; kind: string; date: string | null; url: string }
interface FactEvent { date: string; what: string; taxa: string[]; source: string }
interface Facts {
  sources: string[];
  documents: FactDocument[];
  taxa: FactTaxon[];
  traits: FactTrait[];
  papers: FactPaper[];
  edges: FactEdge[];
  events: FactEvent[];
}

// ---------------------------------------------------------------------------------------------
// Hand-kept tables: what the facts do not say in a form the model can take
// ---------------------------------------------------------------------------------------------

/** Short display names for papers (the facts carry only titles). */
const PAPER_NAMES: Record<string, string> = {
  'paper-cogitantia-synthetica': 'Cogitantia Synthetica',
  'paper-vaswani-2017': 'Attention Is All You Need',
  'paper-ttt-discover-2026': 'TTT-Discover',
  'paper-soar-2025': 'SOAR',
  'paper-opsd-2026': 'OPSD',
  'paper-rlm': 'Recursive Language Models',
  'paper-kimi-k25-report': 'Kimi K2.5 report',
  'paper-sign-lock-in-2026': 'Sign Lock-In',
  'paper-seed-ai': 'Seed AI',
  'paper-godel-machine-2003': 'Gödel Machine',
  'paper-alphaevolve-2025': 'AlphaEvolve',
  'paper-srivastava-2602-16984': 'Srivastava 2026',
  'paper-santos-grueiro': 'Santos-Grueiro',
  'paper-lindsey-2026': 'Lindsey 2026',
  'paper-odcv-bench': 'ODCV-Bench',
  'paper-bosnjakovic-2602-17127': 'Bosnjakovic 2026',
  'paper-safeneuron': 'SafeNeuron',
  'paper-ogpsa': 'OGPSA',
};

/** Facts statuses outside the model's closed set, mapped; the original wording goes to the note. */
const STATUS_MAP: Record<string, (typeof STATUSES)[number]> = {
  ancestral: 'extant',
  'research-stage (pre-2026)': 'incipient',
  'incipient → realized (per Feb 2026 post)': 'extant',
  unverified: 'extant',
};

/** HAS_TRAIT edges whose trait a source calls diagnostic (the facts have no such flag). */
const DIAGNOSTIC: { taxon: string; trait: string; why: string }[] = [
  { taxon: 'phylum-transformata', trait: 'trait-attention-mechanism', why: 'trait description: "diagnostic of phylum Transformata"' },
  { taxon: 'phylum-compressata', trait: 'trait-state-space-compression', why: 'trait description: "diagnostic of phylum Compressata"' },
  { taxon: 'species-r-prompticus', trait: 'trait-prompt-self-refinement', why: 'species "defined by" this trait' },
  { taxon: 'species-r-geneticus', trait: 'trait-algorithm-rewriting', why: 'species "defined by" this trait' },
  { taxon: 'species-r-syntheticus', trait: 'trait-training-data-self-generation', why: 'species "defined by" this trait' },
  { taxon: 'species-r-evaluator', trait: 'trait-self-rewarding', why: 'species "defined by" this trait' },
  { taxon: 'species-frontieris-reflexivus', trait: 'trait-self-development', why: 'seed article, species card: "Diagnostic Trait: Self-development"' },
];

/** Taxon first-seen dates taken from the facts' dated events (taxon has no firstSeen of its own). */
const FIRST_SEEN_FROM_EVENTS: { taxon: string; eventDate: string }[] = [
  { taxon: 'phylum-transformata', eventDate: '2017' }, // "origin of Attentio vaswanii and the transformer radiation"
];

/** Who builds what, as the facts' names and descriptions say ("OpenAI gpt-oss-120b", "Anthropic, 2026."). */
const LABS: { id: string; name: string; builds: { taxon: string; source?: string; note?: string }[] }[] = [
  {
    id: 'lab-openai',
    name: 'OpenAI',
    builds: [
      // The species card does not name the lab; the facts' release event does.
      { taxon: 'species-frontieris-reflexivus', source: 'https://synthetictaxonomy.com/blog/2026-02-gain-of-function', note: 'Facts event 2026-02-05: "OpenAI releases GPT-5.3-Codex".' },
      { taxon: 'specimen-gpt-5-3-codex-spark' },
      { taxon: 'specimen-chatgpt-5-2' },
      { taxon: 'specimen-gpt-5-4' },
      { taxon: 'specimen-gpt-oss-120b' },
      { taxon: 'specimen-gpt-oss-20b' },
    ],
  },
  { id: 'lab-anthropic', name: 'Anthropic', builds: [{ taxon: 'specimen-claude-opus-4-6' }, { taxon: 'specimen-claude-opus-4-5' }] },
  {
    id: 'lab-google-deepmind',
    name: 'Google DeepMind',
    builds: [
      { taxon: 'specimen-gemini-3-0', note: 'The facts say "Google".' },
      { taxon: 'specimen-atlas', note: 'Builds the Gemini Robotics models that drive Atlas.' },
    ],
  },
  { id: 'lab-xai', name: 'xAI', builds: [{ taxon: 'specimen-grok-4' }] },
  { id: 'lab-nvidia', name: 'NVIDIA', builds: [{ taxon: 'specimen-nemotron-3-super' }, { taxon: 'specimen-nemotron-3-nano' }, { taxon: 'specimen-gr00t' }] },
  { id: 'lab-moonshot-ai', name: 'Moonshot AI', builds: [{ taxon: 'specimen-kimi-k2-5' }] },
  { id: 'lab-zhipu-ai', name: 'Zhipu AI', builds: [{ taxon: 'specimen-glm-5', note: 'The facts say "Zhipu".' }] },
  { id: 'lab-deepseek', name: 'DeepSeek', builds: [{ taxon: 'specimen-deepseek-v4-preview' }] },
  { id: 'lab-boston-dynamics', name: 'Boston Dynamics', builds: [{ taxon: 'specimen-atlas' }] },
  { id: 'lab-hyundai', name: 'Hyundai', builds: [{ taxon: 'specimen-atlas', note: 'Facts: "Boston Dynamics + Hyundai".' }] },
  { id: 'lab-tesla', name: 'Tesla', builds: [{ taxon: 'specimen-optimus-gen3' }] },
  { id: 'lab-figure-ai', name: 'Figure AI', builds: [{ taxon: 'specimen-figure-03' }] },
  { id: 'lab-microsoft', name: 'Microsoft', builds: [{ taxon: 'specimen-autogen' }] },
];

/**
 * Seed-article facts the facts file lacks. Every one has the seed article as its source and
 * confidence low (the facts README: "low: ... from the seed article alone").
 */
function seedFacts(seedUrl: string) {
  const low = { source: seedUrl, confidence: 'low' as const };
  return {
    taxonFields: [
      { id: 'species-frontieris-reflexivus', etymology: 'Latin reflexivus, "turning back on itself".' },
    ],
    taxonNotes: [
      { id: 'species-frontieris-reflexivus', note: 'Seed article card: family Frontieriidae (with Recursidae heritage); distinguishing feature: first production system with a demonstrated recursive improvement loop; the reflexivus designation marks self-modification that reached production, unlike the theoretical Recursidae species.' },
      { id: 'family-recursidae', note: 'Seed article: theorized in 2023, shown in controlled research settings in 2025, first production deployment (GPT-5.3-Codex) in February 2026.' },
    ],
    traits: [
      { id: 'trait-agent-teams', name: 'Agent teams (parallel coordination)', description: 'Teams of agents working in parallel under coordination, as shipped with Claude Opus 4.6; the seed article sees them as systems that could be turned toward their own lab\'s infrastructure.', ...low },
    ] satisfies Trait[],
    edges: [
      { type: 'HERITAGE', from: 'species-frontieris-reflexivus', to: 'family-instrumentidae', trait: 'trait-tool-use-extended-phenotype', note: 'Seed article card, Heritage: "Instrumentidae (tool use)".', ...low },
      { type: 'HERITAGE', from: 'species-frontieris-reflexivus', to: 'family-deliberatidae', trait: 'trait-extended-reasoning-traces', note: 'Seed article card, Heritage: "Deliberatidae (reasoning)": the reasoning trait of Deliberatidae in the facts is extended reasoning traces (D. profundus).', ...low },
      { type: 'HERITAGE', from: 'species-frontieris-reflexivus', to: 'family-recursidae', trait: 'trait-recursive-self-improvement', note: 'Seed article card, Heritage: "Recursidae (self-improvement)".', ...low },
      { type: 'HAS_TRAIT', from: 'specimen-claude-opus-4-6', to: 'trait-agent-teams', date: '2026-02-05', note: 'Seed article: "Opus 4.6 Agent teams with parallel coordination" (released 2026-02-05).', ...low },
      {
        type: 'ABSORBS', from: 'family-frontieriidae', to: 'family-orchestridae', date: '2026-01',
        note: 'Seed article: the crown clade absorbs the specialised families, Orchestridae before Recursidae ("Like Orchestridae before them"; orchestration moved "from Orchestridae specialty to baseline expectation"). It gives no date: 2026-01 is the facts\' event of Kimi K2.5 Agent Swarm, the model that becomes a multi-agent system instead of using one; an estimate, only known to be before 2026-02-05.',
        ...low,
      },
      {
        type: 'ABSORBS', from: 'family-frontieriidae', to: 'family-recursidae', date: '2026-02-05',
        note: 'Seed article: "Recursidae traits are no longer a separate lineage ... becoming integrated features of Frontieriidae". Date: GPT-5.3-Codex release (facts event 2026-02-05), the first production deployment of Recursidae traits in a Frontieriidae system.',
        ...low,
      },
      { type: 'CONVERGES', from: 'species-frontieris-reflexivus', to: 'trait-recursive-self-improvement', date: '2026-02-05', note: 'Seed article, "The Recursidae trait is converging across lineages": OpenAI lineage, GPT-5.3-Codex debugged its own training and deployment.', ...low },
      { type: 'CONVERGES', from: 'specimen-claude-opus-4-6', to: 'trait-recursive-self-improvement', date: '2026-02-05', note: 'Seed article, "The Recursidae trait is converging across lineages": Anthropic lineage, Opus 4.6 agent teams can "presumably" be turned toward Anthropic\'s own infrastructure.', ...low },
    ] satisfies (Edge & { type: EdgeType })[],
    /** Dates the seed article puts on edges the facts already hold. */
    edgeDates: [
      { type: 'DESCRIBES', from: 'paper-ttt-discover-2026', to: 'family-recursidae', date: '2026-01-28' },
      { type: 'DESCRIBES', from: 'paper-soar-2025', to: 'family-recursidae', date: '2026-01-28' },
      { type: 'DESCRIBES', from: 'paper-opsd-2026', to: 'family-recursidae', date: '2026-01-28' },
    ] satisfies { type: EdgeType; from: string; to: string; date: string }[],
  };
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

/** "low (binomial) / high (model facts)" → "low": the first level named, the cautious reading. */
function confidenceOf(raw: string | undefined): Confidence {
  const m = /^(high|medium|low)\b/.exec(raw ?? '');
  return (m?.[1] as Confidence | undefined) ?? 'high';
}

function joinNotes(...parts: (string | null | undefined)[]): string | undefined {
  const seen = [...new Set(parts.filter((p): p is string => Boolean(p && p.trim())).map((p) => p.trim()))];
  return seen.length ? seen.join(' | ') : undefined;
}

function rankOf(raw: string): Rank | undefined {
  const word = raw.split(/\s/)[0] ?? '';
  return (RANKS as readonly string[]).includes(word) ? (word as Rank) : undefined;
}

/** The model's status and, when it had to be changed, the facts' wording for the note. */
function statusOf(raw: string | undefined): { status: (typeof STATUSES)[number]; lost?: string } {
  const value = raw ?? 'extant';
  if ((STATUSES as readonly string[]).includes(value)) return { status: value as (typeof STATUSES)[number] };
  const prefix = STATUSES.find((s) => value.startsWith(`${s} `));
  const status = STATUS_MAP[value] ?? prefix;
  return status ? { status, lost: `Status in the facts: "${value}".` } : { status: 'extant', lost: `Status in the facts: "${value}" (unmapped).` };
}

function isUrl(s: string): boolean {
  return /^https?:\/\//.test(s);
}

// ---------------------------------------------------------------------------------------------
// The builder: nodes, edges and notes collected, then assembled
// ---------------------------------------------------------------------------------------------

type TypedEdge = Edge & { type: EdgeType };
const edgeKey = (e: Pick<TypedEdge, 'type' | 'from' | 'to' | 'trait'>) => edgeId(e.type, e);

class Builder {
  readonly taxa = new Map<string, Taxon>();
  readonly traits = new Map<string, Trait>();
  readonly papers = new Map<string, Paper>();
  readonly labs = new Map<string, Lab>();
  readonly edges = new Map<string, TypedEdge>();
  readonly problems: string[] = [];
  private readonly pendingEdgeNotes: { key: string; note: string }[] = [];

  constructor(readonly seedUrl: string) {}

  /**
   * Adds an edge, or merges it into the same edge met before: notes joined, the first edge's
   * source and confidence kept (facts edges come first: they are more specific than node fields).
   */
  addEdge(edge: TypedEdge): void {
    const key = edgeKey(edge);
    const old = this.edges.get(key);
    if (!old) {
      this.edges.set(key, { ...edge });
      return;
    }
    this.edges.set(key, {
      ...old,
      date: old.date ?? edge.date,
      note: joinNotes(old.note, edge.note),
      diagnostic: old.diagnostic ?? edge.diagnostic,
    });
  }

  /** Notes a node (taxon only: the other kinds have no note field). */
  noteTaxon(id: string, note: string): void {
    const taxon = this.taxa.get(id);
    if (!taxon) return void this.problems.push(`note for missing taxon ${id}: ${note}`);
    taxon.note = joinNotes(taxon.note, note);
  }

  /** Notes an edge, once all edges exist. */
  noteEdge(edge: Pick<TypedEdge, 'type' | 'from' | 'to' | 'trait'>, note: string): void {
    this.pendingEdgeNotes.push({ key: edgeKey(edge), note });
  }

  applyEdgeNotes(): void {
    for (const { key, note } of this.pendingEdgeNotes) {
      const edge = this.edges.get(key);
      if (!edge) this.problems.push(`note for missing edge ${key}: ${note}`);
      else edge.note = joinNotes(edge.note, note);
    }
  }

  nodeKind(id: string): NodeKind | undefined {
    if (this.taxa.has(id)) return 'taxon';
    if (this.traits.has(id)) return 'trait';
    if (this.papers.has(id)) return 'paper';
    if (this.labs.has(id)) return 'lab';
    return undefined;
  }
}

// ---------------------------------------------------------------------------------------------
// Nodes
// ---------------------------------------------------------------------------------------------

/** Facts taxa the model cannot hold as taxa: informal sections (members move up) and rank-less names. */
function classifyTaxa(facts: Facts) {
  const sections = new Map<string, FactTaxon>(); // e.g. the paper's "Incipient and Speculative Lineages"
  const unplaceable = new Map<string, FactTaxon>(); // rank unknown, no URL source
  for (const t of facts.taxa) {
    if (rankOf(t.rank)) continue;
    if (t.rank === 'informal section') sections.set(t.id, t);
    else unplaceable.set(t.id, t);
  }
  return { sections, unplaceable };
}

function sourceOf(b: Builder, raw: string): string {
  if (/^seed article\b/i.test(raw)) return b.seedUrl;
  return raw;
}

function taxonNote(t: FactTaxon, statusLost: string | undefined): string | undefined {
  const history = t.definitionHistory?.map((h) => `${h.version}: "${h.label}" (${h.scope})`).join('; ');
  const benchmarks = t.benchmarks && Object.entries(t.benchmarks).map(([k, v]) => `${k} ${v}`).join('; ');
  return joinNotes(
    t.nameSource && `Name source: ${t.nameSource}.`,
    statusLost,
    t.statusChangeDate && `Status changed ${t.statusChangeDate}.`,
    t.firstSeenApprox && `First seen (approximate): ${t.firstSeenApprox}.`,
    t.firstSeenSource && `First-seen date from ${t.firstSeenSource}.`,
    history && `Definition history: ${history}.`,
    benchmarks && `Benchmarks: ${benchmarks}.`,
  );
}

function firstSeenOf(t: FactTaxon, facts: Facts): string | undefined {
  if (t.firstSeen) return t.firstSeen;
  const fromEvent = FIRST_SEEN_FROM_EVENTS.find((f) => f.taxon === t.id);
  if (fromEvent && facts.events.some((e) => e.date === fromEvent.eventDate && e.taxa.includes(t.id))) return fromEvent.eventDate;
  return /^\d{4}(-\d{2}){0,2}\b/.exec(t.firstSeenApprox ?? '')?.[0];
}

function addTaxa(b: Builder, facts: Facts): void {
  const { sections, unplaceable } = classifyTaxa(facts);
  for (const t of facts.taxa) {
    const rank = rankOf(t.rank);
    if (!rank) continue;
    const { status, lost } = statusOf(t.status);
    const section = t.parent ? sections.get(t.parent) : undefined;
    b.taxa.set(t.id, {
      id: t.id,
      source: sourceOf(b, t.source),
      confidence: confidenceOf(t.confidence),
      rank,
      name: t.name,
      commonNames: t.commonNames ?? [],
      description: t.description,
      firstSeen: firstSeenOf(t, facts),
      status,
      note: joinNotes(
        taxonNote(t, lost),
        section && `Listed in the paper's section "${section.name}" (${section.description}), which is not a rank: placed directly in its parent; family not stated.`,
      ),
    });
  }
  noteUnplaceable(b, [...unplaceable.values()]);
}

/** Names with no rank and no URL source become a note on their would-be parent, not nodes. */
function noteUnplaceable(b: Builder, taxa: FactTaxon[]): void {
  for (const t of taxa) {
    if (!t.parent) continue;
    b.noteTaxon(t.parent, `Unplaced name "${t.name}" (rank ${t.rank}, ${t.confidence} confidence): ${t.description} Source: ${t.source}. Not kept as a node: no rank and no URL.`);
  }
}

/** The facts' category (e.g. "reading-room thread") kept in the description unless it already says so. */
function traitDescription(t: FactTrait): string | undefined {
  const plain = (s: string) => s.toLowerCase().replace(/-/g, ' ');
  const mentioned = t.category && plain(t.description ?? '').includes(plain(t.category));
  return t.category && !mentioned ? `${t.description ?? ''} (${t.category})`.trim() : t.description;
}

function addTraits(b: Builder, facts: Facts): void {
  for (const t of facts.traits) {
    b.traits.set(t.id, {
      id: t.id,
      source: sourceOf(b, t.source),
      confidence: 'high',
      name: t.name,
      description: traitDescription(t),
    });
  }
}

function paperUrl(p: FactPaper): string | undefined {
  const arxiv = /^\d{4}\.\d{4,5}/.exec(p.arxiv ?? '')?.[0];
  if (arxiv) return `https://arxiv.org/abs/${arxiv}`;
  return p.id === 'paper-cogitantia-synthetica' ? p.source : undefined;
}

function addPapers(b: Builder, facts: Facts): void {
  for (const p of facts.papers) {
    if (!PAPER_NAMES[p.id]) b.problems.push(`paper ${p.id} has no short name in PAPER_NAMES`);
    b.papers.set(p.id, {
      id: p.id,
      source: sourceOf(b, p.source),
      confidence: 'high',
      name: PAPER_NAMES[p.id] ?? p.title,
      title: p.title,
      authors: p.authors ?? undefined,
      year: p.year ?? undefined,
      date: p.date ?? undefined,
      url: paperUrl(p),
    });
  }
}

function addLabs(b: Builder): void {
  for (const lab of LABS) {
    const first = lab.builds[0];
    const firstTaxon = first && b.taxa.get(first.taxon);
    b.labs.set(lab.id, { id: lab.id, source: first?.source ?? firstTaxon?.source, confidence: 'high', name: lab.name });
    for (const built of lab.builds) {
      const taxon = b.taxa.get(built.taxon);
      if (!taxon) {
        b.problems.push(`LABS: ${lab.id} builds missing taxon ${built.taxon}`);
        continue;
      }
      b.addEdge({ type: 'DEVELOPED_BY', from: built.taxon, to: lab.id, source: built.source ?? taxon.source, confidence: 'high', note: built.note });
    }
  }
}

// ---------------------------------------------------------------------------------------------
// Edges from the facts
// ---------------------------------------------------------------------------------------------

/** Facts edge types that become a model edge, with the direction they take. */
const EDGE_MAP: Record<string, { type: EdgeType; reverse?: boolean; note?: string }> = {
  CHILD_OF: { type: 'MEMBER_OF' },
  PLACED_IN: { type: 'MEMBER_OF' },
  DERIVED_FROM: { type: 'DESCENDS_FROM' },
  HERITAGE: { type: 'HERITAGE' },
  SELF_REPORTED_HERITAGE: { type: 'HERITAGE', note: 'Self-reported by the model (its self-classification), not an Institute placement.' },
  CONVERGES: { type: 'CONVERGES' },
  HAS_TRAIT: { type: 'HAS_TRAIT' },
  PAPER_ABOUT: { type: 'DESCRIBES' },
  DESCRIBED_IN: { type: 'DESCRIBES', reverse: true },
};

function fromFactEdge(b: Builder, e: FactEdge, type: EdgeType, reverse = false, extraNote?: string): TypedEdge {
  return {
    type,
    from: reverse ? e.to : e.from,
    to: reverse ? e.from : e.to,
    date: e.date ?? undefined,
    note: joinNotes(extraNote, e.note),
    source: sourceOf(b, e.source),
    confidence: confidenceOf(e.confidence),
  };
}

/** The taxa's own `parent` and `traits` fields, as MEMBER_OF and HAS_TRAIT. */
function addTaxonFieldEdges(b: Builder, facts: Facts): void {
  const { sections } = classifyTaxa(facts);
  for (const t of facts.taxa) {
    if (!b.taxa.has(t.id)) continue;
    const common = { source: sourceOf(b, t.source), confidence: confidenceOf(t.confidence) };
    const section = t.parent ? sections.get(t.parent) : undefined;
    const parent = section ? section.parent : t.parent;
    if (parent) b.addEdge({ type: 'MEMBER_OF', from: t.id, to: parent, note: t.parentNote, ...common });
    for (const trait of t.traits ?? []) b.addEdge({ type: 'HAS_TRAIT', from: t.id, to: trait, ...common });
  }
}

function addPaperAboutEdges(b: Builder, facts: Facts): void {
  for (const p of facts.papers) {
    const paperNote = joinNotes(
      p.venue && `Venue: ${p.venue}.`,
      p.arxiv && `arXiv ${p.arxiv}.`,
      p.metadataSource && `Bibliographic data from ${p.metadataSource}.`,
      p.note,
      p.revisions && `Revisions: ${p.revisions.map((r) => `${r.rev} (${r.date})`).join(', ')}.`,
    );
    const { sections } = classifyTaxa(facts);
    p.about.forEach((about, i) => {
      const section = sections.get(about);
      if (section) return redirectSectionEdge(b, facts, { type: 'PAPER_ABOUT', from: p.id, to: about, date: null, note: null, source: p.source, confidence: 'high' }, section);
      // Paper has no note field: the paper's own remarks ride on its first DESCRIBES edge.
      b.addEdge({ type: 'DESCRIBES', from: p.id, to: about, source: sourceOf(b, p.source), confidence: 'high', note: i === 0 ? paperNote : undefined });
    });
  }
}

/** A DESCRIBED_IN target that is a document: the paper it is, or undefined for site pages and blog posts. */
function paperForDocument(facts: Facts, docId: string): string | undefined {
  if (facts.papers.some((p) => p.id === docId)) return docId;
  const doc = facts.documents.find((d) => d.id === docId);
  return facts.papers.find((p) => doc?.kind === 'site-paper' && p.title === doc.title)?.id;
}

/** Edge types the model lacks: each becomes a note on the nearest node or edge. */
function noteUnmappedEdge(b: Builder, facts: Facts, e: FactEdge, parentOf: Map<string, string>): void {
  const text = `${e.type} ${e.to}${e.date ? ` (${e.date})` : ''}: ${e.note ?? 'no note'} [${e.confidence}, ${e.source}]`;
  const ownMemberOf = (id: string) => parentOf.get(id) === e.to;
  switch (e.type) {
    case 'SELF_CLASSIFIED_AS':
      if (ownMemberOf(e.from)) return b.noteEdge({ type: 'MEMBER_OF', from: e.from, to: e.to }, `Self-classifies in ${e.to} too (concordant). ${e.note ?? ''}`.trim());
      return b.noteTaxon(e.from, `Self-classifies in ${e.to} (divergent from its placement). ${e.note ?? ''} [${e.source}]`.trim());
    case 'VARIANT_OF':
    case 'INVERTS_ASSUMPTION_OF':
      if (ownMemberOf(e.from)) return b.noteEdge({ type: 'MEMBER_OF', from: e.from, to: e.to }, text);
      return b.noteTaxon(e.from, text);
    case 'EVIDENCE_FOR':
      if (b.papers.has(e.from)) return b.noteEdge({ type: 'DESCRIBES', from: e.from, to: e.to }, `Evidence for ${e.to}: ${e.note ?? ''}`.trim());
      return b.noteEdge({ type: 'HERITAGE', from: e.from, to: e.to, trait: 'trait-recursive-self-improvement' }, `Evidence for ${e.to} (${e.date ?? 'undated'}): ${e.note ?? ''}`.trim());
    case 'CONTRASTS_WITH':
      return b.noteEdge({ type: 'DESCRIBES', from: e.from, to: 'trait-test-time-training' }, `Contrasts with ${e.to}: ${e.note ?? ''}`.trim());
    case 'CONVERGES_UNDER_DIVERGENT_SUBSTRATE':
      return b.noteEdge({ type: 'CONVERGES', from: e.from, to: 'trait-sparse-activation' }, `Converges with ${e.to} under a divergent substrate (${e.confidence}, ${e.source}): ${e.note ?? ''}`);
    case 'CONTAINED_BY_ROUTING_TO':
      return b.noteEdge({ type: 'HAS_TRAIT', from: e.from, to: 'trait-offensive-cyber-capability' }, `Contained by routing to ${e.to} (${e.date ?? ''}, ${e.source}): ${e.note ?? ''}`);
    case 'CONSOLIDATES':
      // A model replacing product lines, not a clade taking a lineage's traits in: not ABSORBS.
      return b.noteTaxon(e.from, `Consolidates ${e.to} (${e.date ?? 'undated'}, ${e.confidence}, ${e.source}): ${e.note ?? ''}`);
    case 'SCOPE_TRANSFER':
    case 'STATUS_CHANGE': {
      const to = classifyTaxa(facts).sections.get(e.to)?.name ?? e.to;
      return b.noteTaxon(e.from, `${e.type} ${to}${e.date ? ` (${e.date})` : ''}: ${e.note ?? ''} [${e.confidence}, ${e.source}]`);
    }
    default:
      b.problems.push(`facts edge type ${e.type} has no mapping and no note rule (${e.from} → ${e.to})`);
  }
}

/** DESCRIBED_IN towards a non-paper document: kept on the taxon as "also described in". */
function noteDocument(b: Builder, facts: Facts, e: FactEdge): void {
  const doc = facts.documents.find((d) => d.id === e.to);
  if (!doc) return void b.problems.push(`DESCRIBED_IN ${e.from} → unknown document ${e.to}`);
  if (!b.taxa.has(e.from)) return; // dropped names already carry their source in their note
  if (b.taxa.get(e.from)?.source === doc.url) return;
  b.noteTaxon(e.from, `Also described in "${doc.title}" (${doc.url}).`);
}

/** Edges that touch an informal section: DESCRIBES moves to the section's members; the rest is noted elsewhere. */
function redirectSectionEdge(b: Builder, facts: Facts, e: FactEdge, section: FactTaxon): void {
  const members = facts.taxa.filter((t) => t.parent === section.id && b.taxa.has(t.id)).map((t) => t.id);
  const paper = e.type === 'PAPER_ABOUT' ? e.from : e.type === 'DESCRIBED_IN' ? paperForDocument(facts, e.to) : undefined;
  if (!paper) return; // CHILD_OF section → domain: members are placed in the domain instead (see addTaxonFieldEdges)
  for (const member of members) {
    b.addEdge({ type: 'DESCRIBES', from: paper, to: member, source: sourceOf(b, e.source), confidence: confidenceOf(e.confidence), note: `As part of the paper's section "${section.name}".` });
  }
}

function addFactEdges(b: Builder, facts: Facts): void {
  const { sections, unplaceable } = classifyTaxa(facts);
  const parentOf = new Map(facts.taxa.filter((t) => t.parent).map((t) => [t.id, t.parent as string]));
  for (const e of facts.edges) {
    if (unplaceable.has(e.from) || unplaceable.has(e.to)) continue; // carried by the parent's note
    const section = sections.get(e.from) ?? sections.get(e.to);
    if (section && e.type !== 'STATUS_CHANGE') {
      redirectSectionEdge(b, facts, e, section);
      continue;
    }
    const mapped = EDGE_MAP[e.type];
    if (!mapped) {
      noteUnmappedEdge(b, facts, e, parentOf);
      continue;
    }
    if (e.type === 'DESCRIBED_IN') {
      const paper = paperForDocument(facts, e.to);
      if (paper) b.addEdge(fromFactEdge(b, { ...e, to: paper }, 'DESCRIBES', true));
      else noteDocument(b, facts, e);
      continue;
    }
    b.addEdge(fromFactEdge(b, e, mapped.type, mapped.reverse, mapped.note));
  }
}

/** HERITAGE without a trait: when heir and ancestor share exactly one trait, that is the inherited one. */
function inferHeritageTraits(b: Builder): void {
  const traitsOf = (id: string) =>
    new Set([...b.edges.values()].filter((e) => e.type === 'HAS_TRAIT' && e.from === id).map((e) => e.to));
  for (const [key, edge] of [...b.edges]) {
    if (edge.type !== 'HERITAGE' || edge.trait) continue;
    const heir = traitsOf(edge.from);
    const shared = [...traitsOf(edge.to)].filter((t) => heir.has(t));
    if (shared.length !== 1) continue;
    b.edges.delete(key);
    b.addEdge({ ...edge, trait: shared[0], note: joinNotes(edge.note, 'Trait inferred: the one trait both ends carry in the facts.') });
  }
}

function markDiagnostic(b: Builder): void {
  for (const d of DIAGNOSTIC) {
    const edge = b.edges.get(edgeKey({ type: 'HAS_TRAIT', from: d.taxon, to: d.trait }));
    if (!edge) {
      b.problems.push(`DIAGNOSTIC: no HAS_TRAIT ${d.taxon} → ${d.trait}`);
      continue;
    }
    edge.diagnostic = true;
    edge.note = joinNotes(edge.note, `Diagnostic: ${d.why}.`);
  }
}

function addSeedFacts(b: Builder): void {
  const seed = seedFacts(b.seedUrl);
  for (const t of seed.traits) b.traits.set(t.id, t);
  for (const f of seed.taxonFields) {
    const taxon = b.taxa.get(f.id);
    if (!taxon) b.problems.push(`seed: missing taxon ${f.id}`);
    else taxon.etymology = f.etymology;
  }
  for (const n of seed.taxonNotes) b.noteTaxon(n.id, `${n.note} [${b.seedUrl}]`);
  for (const e of seed.edges) b.addEdge(e);
  for (const d of seed.edgeDates) {
    const edge = b.edges.get(edgeKey(d));
    if (!edge) {
      b.problems.push(`seed: no ${d.type} ${d.from} → ${d.to} to date`);
      continue;
    }
    edge.date = d.date;
    edge.note = joinNotes(edge.note, `Date ${d.date} from the seed article ("January 28: Three self-improvement frameworks published"), ${b.seedUrl}; the paper's own publication date is on the paper.`);
  }
}

// ---------------------------------------------------------------------------------------------
// Assembly and checks
// ---------------------------------------------------------------------------------------------

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const byEnds = (a: Edge, b: Edge) => {
  const ka = [a.from, a.to, a.trait ?? ''].join('\u0000');
  const kb = [b.from, b.to, b.trait ?? ''].join('\u0000');
  return ka < kb ? -1 : ka > kb ? 1 : 0;
};

function assemble(b: Builder): Dataset {
  const edges = Object.fromEntries(
    EDGE_TYPES.map((type) => [
      type,
      [...b.edges.values()].filter((e) => e.type === type).map(({ type: _type, ...edge }) => edge).sort(byEnds),
    ]),
  );
  return {
    version: 1,
    nodes: {
      taxon: [...b.taxa.values()].sort(byId),
      trait: [...b.traits.values()].sort(byId),
      paper: [...b.papers.values()].sort(byId),
      lab: [...b.labs.values()].sort(byId),
    },
    edges,
  };
}

function findCycle(edges: Edge[]): string[] | undefined {
  const next = new Map<string, string[]>();
  for (const e of edges) next.set(e.from, [...(next.get(e.from) ?? []), e.to]);
  const state = new Map<string, 'open' | 'done'>();
  const walk = (id: string, path: string[]): string[] | undefined => {
    if (state.get(id) === 'open') return [...path.slice(path.indexOf(id)), id];
    if (state.get(id) === 'done') return undefined;
    state.set(id, 'open');
    for (const to of next.get(id) ?? []) {
      const cycle = walk(to, [...path, id]);
      if (cycle) return cycle;
    }
    state.set(id, 'done');
    return undefined;
  };
  for (const id of [...next.keys()].sort()) {
    const cycle = walk(id, []);
    if (cycle) return cycle;
  }
  return undefined;
}

/** Every structural rule the brief sets; returns the problems found. */
function checkDataset(data: Dataset, knownUrls: Set<string>): string[] {
  const problems: string[] = [];
  const kindOf = new Map<string, NodeKind>();
  for (const [kind, nodes] of Object.entries(data.nodes) as [NodeKind, { id: string; source?: string }[]][]) {
    for (const n of nodes) {
      if (kindOf.has(n.id)) problems.push(`duplicate node id ${n.id}`);
      kindOf.set(n.id, kind);
      if (!n.source) problems.push(`${kind} ${n.id} has no source`);
      else if (!knownUrls.has(n.source)) problems.push(`${kind} ${n.id}: source ${n.source} is not a URL of the facts`);
    }
  }
  const parents = new Map<string, string[]>();
  for (const type of EDGE_TYPES) {
    const seen = new Set<string>();
    for (const e of data.edges[type] ?? []) {
      const id = edgeId(type, e);
      if (seen.has(id)) problems.push(`duplicate edge ${id}`);
      seen.add(id);
      const from = kindOf.get(e.from);
      const to = kindOf.get(e.to);
      if (!from || !EDGE_ENDS[type].from.includes(from)) problems.push(`${id}: start ${e.from} is ${from ?? 'missing'}`);
      if (!to || !EDGE_ENDS[type].to.includes(to)) problems.push(`${id}: end ${e.to} is ${to ?? 'missing'}`);
      if (e.trait && kindOf.get(e.trait) !== 'trait') problems.push(`${id}: trait ${e.trait} is not a trait`);
      if (!e.source) problems.push(`${id} has no source`);
      else if (!knownUrls.has(e.source)) problems.push(`${id}: source ${e.source} is not a URL of the facts`);
      if (type === 'MEMBER_OF') parents.set(e.from, [...(parents.get(e.from) ?? []), e.to]);
    }
  }
  for (const [child, ps] of parents) if (ps.length > 1) problems.push(`${child} has ${ps.length} MEMBER_OF parents: ${ps.join(', ')}`);
  for (const type of ['MEMBER_OF', 'DESCENDS_FROM'] as const) {
    const cycle = findCycle(data.edges[type] ?? []);
    if (cycle) problems.push(`${type} cycle: ${cycle.join(' → ')}`);
  }
  return problems;
}

/** The seed article's facts, which must all be present (a guard against a table or mapping going astray). */
function checkSeedFacts(data: Dataset): string[] {
  const problems: string[] = [];
  const taxon = (id: string) => data.nodes.taxon.find((t) => t.id === id);
  const edge = (type: EdgeType, from: string, to: string, trait?: string) =>
    (data.edges[type] ?? []).find((e) => e.from === from && e.to === to && (!trait || e.trait === trait));
  const expect = (ok: unknown, what: string) => void (ok || problems.push(`seed fact missing: ${what}`));

  const fr = taxon('species-frontieris-reflexivus');
  expect(fr?.rank === 'species' && fr.commonNames.includes('GPT-5.3-Codex') && fr.firstSeen === '2026-02-05', 'Frontieris reflexivus, species, GPT-5.3-Codex, 2026-02-05');
  expect(edge('MEMBER_OF', 'species-frontieris-reflexivus', 'genus-frontieris') && edge('MEMBER_OF', 'genus-frontieris', 'family-frontieriidae'), 'F. reflexivus in Frontieriidae through Frontieris');
  expect(edge('HERITAGE', 'species-frontieris-reflexivus', 'family-instrumentidae', 'trait-tool-use-extended-phenotype'), 'heritage Instrumentidae (tool use)');
  expect(edge('HERITAGE', 'species-frontieris-reflexivus', 'family-deliberatidae', 'trait-extended-reasoning-traces'), 'heritage Deliberatidae (reasoning)');
  expect(edge('HERITAGE', 'species-frontieris-reflexivus', 'family-recursidae', 'trait-recursive-self-improvement'), 'heritage Recursidae (self-improvement)');
  for (const s of ['prompticus', 'geneticus', 'syntheticus', 'evaluator']) {
    expect(edge('MEMBER_OF', `species-r-${s}`, 'genus-recursidae-r') && edge('MEMBER_OF', 'genus-recursidae-r', 'family-recursidae'), `R. ${s} in Recursidae`);
  }
  for (const p of ['paper-ttt-discover-2026', 'paper-soar-2025', 'paper-opsd-2026']) {
    expect(edge('DESCRIBES', p, 'family-recursidae')?.date === '2026-01-28', `${p} DESCRIBES Recursidae, 2026-01-28`);
  }
  const opus = taxon('specimen-claude-opus-4-6');
  expect(opus?.rank === 'specimen' && opus.firstSeen === '2026-02-05', 'Claude Opus 4.6, specimen, 2026-02-05');
  expect(edge('MEMBER_OF', 'specimen-claude-opus-4-6', 'family-frontieriidae'), 'Opus 4.6 in Frontieriidae');
  expect(edge('HAS_TRAIT', 'specimen-claude-opus-4-6', 'trait-agent-teams'), 'Opus 4.6 agent teams trait');
  const orch = edge('ABSORBS', 'family-frontieriidae', 'family-orchestridae')?.date;
  const rec = edge('ABSORBS', 'family-frontieriidae', 'family-recursidae')?.date;
  expect(orch && rec && orch < rec, 'Frontieriidae absorbs Orchestridae, then Recursidae (dated)');
  expect(edge('CONVERGES', 'species-frontieris-reflexivus', 'trait-recursive-self-improvement')?.date === '2026-02-05', 'convergence, OpenAI lineage');
  expect(edge('CONVERGES', 'specimen-claude-opus-4-6', 'trait-recursive-self-improvement')?.date === '2026-02-05', 'convergence, Anthropic lineage');
  expect(edge('DEVELOPED_BY', 'species-frontieris-reflexivus', 'lab-openai'), 'GPT-5.3-Codex by OpenAI');
  expect(edge('DEVELOPED_BY', 'specimen-claude-opus-4-6', 'lab-anthropic'), 'Opus 4.6 by Anthropic');
  return problems;
}

// ---------------------------------------------------------------------------------------------
// Main
// ---------------------------------------------------------------------------------------------

/** The seed article among the facts' documents, by its subject; the brief's URL otherwise. */
function findSeedUrl(facts: Facts): string {
  const doc = facts.documents.find((d) => /GPT-5\.3-Codex/.test(d.title) && /self-developer/i.test(d.title + d.url));
  return doc?.url ?? FALLBACK_SEED_URL;
}

function knownUrlsOf(facts: Facts, seedUrl: string): Set<string> {
  return new Set([...facts.sources, ...facts.documents.map((d) => d.url).filter(isUrl), seedUrl]);
}

function build(facts: Facts): { data: Dataset; problems: string[] } {
  const b = new Builder(findSeedUrl(facts));
  addTaxa(b, facts);
  addTraits(b, facts);
  addPapers(b, facts);
  addFactEdges(b, facts);
  addTaxonFieldEdges(b, facts);
  addPaperAboutEdges(b, facts);
  addSeedFacts(b);
  addLabs(b);
  inferHeritageTraits(b);
  markDiagnostic(b);
  b.applyEdgeNotes();

  const built = assemble(b);
  const parsed = DatasetSchema.safeParse(built);
  const schemaProblems = parsed.success ? [] : parsed.error.issues.map((i) => `schema: ${i.path.join('.')}: ${i.message}`);
  const data = parsed.success ? parsed.data : built;
  const problems = [...b.problems, ...schemaProblems, ...checkDataset(data, knownUrlsOf(facts, b.seedUrl)), ...checkSeedFacts(data)];
  return { data, problems };
}

function summary(data: Dataset): string {
  const nodes = Object.entries(data.nodes).map(([k, v]) => `${k} ${v.length}`).join(', ');
  const edges = EDGE_TYPES.map((t) => `${t} ${data.edges[t]?.length ?? 0}`).join(', ');
  return `nodes: ${nodes}\nedges: ${edges}`;
}

function main(): void {
  const factsPath = resolve(REPO_ROOT, process.argv[2] ?? '../shared/data/taxonomy.facts.json');
  const facts = JSON.parse(readFileSync(factsPath, 'utf8')) as Facts;
  const { data, problems } = build(facts);
  if (problems.length) {
    console.error(`build-dataset: ${problems.length} problem(s), ${OUT_PATH} not written:\n- ${problems.join('\n- ')}`);
    process.exit(1);
  }
  mkdirSync(dirname(OUT_PATH), { recursive: true });
  writeFileSync(OUT_PATH, `${JSON.stringify(data, null, 2)}\n`);
  console.log(`wrote ${OUT_PATH}\nseed article: ${findSeedUrl(facts)}\n${summary(data)}`);
}

main();
