// The import use case on the real embedded engine (in memory): every format in, counts of
// created/updated/unchanged, and each kind of bad input refused with its file, line and field
// while the graph stays exactly as it was.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import { AppError, type ProblemDetail } from '../../../../server/src/errors.ts';
import type { ImportSource } from '../../../../server/src/taxonomy/import/records.ts';
import { harness, smallTaxonomy, type Harness } from './support.ts';

const SEED_ARTICLE = '/work/shared/seed/000_26fc925bc33a063b.txt';
const json = (name: string, value: unknown): ImportSource => ({ name, text: JSON.stringify(value, null, 2) });

let h: Harness;
afterEach(async () => {
  await h?.close();
});

/** Runs an import that must fail; answers its problems after checking the graph did not change. */
async function problemsOf(sources: ImportSource[], options = {}): Promise<ProblemDetail[]> {
  const before = await h.snapshot();
  const error = await h.importer.run(sources, options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  expect((error as AppError).code).toBe('invalid_dataset');
  expect(await h.snapshot()).toEqual(before);
  return (error as AppError).details;
}

describe('importing the dataset format', () => {
  it('creates everything in an empty store, then leaves it all alone on the same file', async () => {
    h = await harness();
    const file = json('small.json', smallTaxonomy());
    expect(await h.importer.run([file])).toEqual({ created: { nodes: 11, edges: 8 }, updated: { nodes: 0, edges: 0 }, unchanged: { nodes: 0, edges: 0 }, dryRun: false });
    const after = await h.snapshot();
    expect(await h.importer.run([file])).toEqual({ created: { nodes: 0, edges: 0 }, updated: { nodes: 0, edges: 0 }, unchanged: { nodes: 11, edges: 8 }, dryRun: false });
    expect(await h.snapshot()).toEqual(after);
  });

  it('updates a changed node in place and counts the rest unchanged', async () => {
    h = await harness(smallTaxonomy());
    const changed = smallTaxonomy();
    (changed.nodes.taxon[7] as { description?: string }).description = 'Now described.';
    expect(await h.importer.run([json('small.json', changed)])).toMatchObject({ created: { nodes: 0, edges: 0 }, updated: { nodes: 1, edges: 0 }, unchanged: { nodes: 10, edges: 8 } });
    expect((await h.snapshot()).nodes.taxon.find((t) => t.id === 'species-g-one')?.description).toBe('Now described.');
  });

  it('counts but writes nothing on a dry run', async () => {
    h = await harness();
    const before = await h.snapshot();
    expect(await h.importer.run([json('small.json', smallTaxonomy())], { dryRun: true })).toMatchObject({ created: { nodes: 11, edges: 8 }, dryRun: true });
    expect(await h.snapshot()).toEqual(before);
  });

  it('refuses an import over the size limit before reading it', async () => {
    h = await harness(undefined, 100);
    await expect(h.importer.run([json('big.json', smallTaxonomy())])).rejects.toMatchObject({ code: 'too_large' });
  });
});

describe('bad input is refused with every problem, and changes nothing', () => {
  it('names an unknown kind and an unknown edge type with their lines', async () => {
    h = await harness(smallTaxonomy());
    const problems = await problemsOf([{ name: 'bad.json', text: '{\n  "nodes": {\n    "robot": []\n  },\n  "edges": {\n    "LIKES": []\n  }\n}' }]);
    expect(problems.map((p) => [p.file, p.line, p.path])).toEqual([
      ['bad.json', 3, 'nodes.robot'],
      ['bad.json', 6, 'edges.LIKES'],
    ]);
  });

  it('names a missing id and a duplicate id at their fields', async () => {
    h = await harness(smallTaxonomy());
    const problems = await problemsOf([json('bad.json', { nodes: { taxon: [{ rank: 'genus', name: 'No id' }, { id: 'genus-x', rank: 'genus', name: 'X' }, { id: 'genus-x', rank: 'genus', name: 'X again' }] } })]);
    expect(problems).toEqual([
      { file: 'bad.json', line: 4, path: 'nodes.taxon[0].id', message: 'required for a taxon' },
      { file: 'bad.json', line: 14, path: 'nodes.taxon[2].id', message: 'duplicate id genus-x: first at bad.json:8' },
    ]);
  });

  it('names edges whose ends exist neither in the file nor in the graph', async () => {
    h = await harness(smallTaxonomy());
    const problems = await problemsOf([json('bad.json', { edges: { MEMBER_OF: [{ from: 'genus-ghost', to: 'family-recursidae' }], HERITAGE: [{ from: 'species-g-one', to: 'family-nowhere', trait: 'trait-nothing' }] } })]);
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['edges.MEMBER_OF[0].from', 'no node genus-ghost in the files or the graph'],
      ['edges.HERITAGE[0].to', 'no node family-nowhere in the files or the graph'],
      ['edges.HERITAGE[0].trait', 'no trait trait-nothing in the files or the graph'],
    ]);
    expect(problems.every((p) => p.line !== undefined && p.line > 1)).toBe(true);
  });

  it('names an edge between kinds the model does not join', async () => {
    h = await harness(smallTaxonomy());
    const problems = await problemsOf([json('bad.json', { edges: { HAS_TRAIT: [{ from: 'species-g-one', to: 'genus-g' }] } })]);
    expect(problems).toEqual([expect.objectContaining({ path: 'edges.HAS_TRAIT[0].to', message: expect.stringContaining('ends at a trait; genus-g is a taxon') })]);
  });

  it('finds a MEMBER_OF cycle within the file', async () => {
    h = await harness();
    const problems = await problemsOf([
      json('cycle.json', {
        nodes: { taxon: [{ id: 'genus-a', rank: 'genus', name: 'A' }, { id: 'family-b', rank: 'family', name: 'B' }, { id: 'order-c', rank: 'order', name: 'C' }] },
        edges: { MEMBER_OF: [{ from: 'genus-a', to: 'family-b' }, { from: 'family-b', to: 'order-c' }, { from: 'order-c', to: 'genus-a' }] },
      }),
    ]);
    expect(problems).toEqual([expect.objectContaining({ file: 'cycle.json', path: expect.stringMatching(/^edges\.MEMBER_OF\[\d\]\.to$/), message: expect.stringContaining('MEMBER_OF cycle') })]);
  });

  it('finds a MEMBER_OF cycle that runs through the graph', async () => {
    h = await harness(smallTaxonomy());
    const problems = await problemsOf([json('cycle.json', { edges: { MEMBER_OF: [{ from: 'domain-d', to: 'genus-g' }] } })]);
    expect(problems).toEqual([
      expect.objectContaining({ line: 6, path: 'edges.MEMBER_OF[0].to', message: 'MEMBER_OF cycle: domain-d → genus-g → family-recursidae → phylum-p → domain-d (genus-g → family-recursidae, family-recursidae → phylum-p, phylum-p → domain-d already in the graph)' }),
    ]);
  });

  it('finds a DESCENDS_FROM cycle that runs through the graph', async () => {
    h = await harness(smallTaxonomy());
    const problems = await problemsOf([json('cycle.json', { edges: { DESCENDS_FROM: [{ from: 'family-instrumentidae', to: 'family-frontieriidae' }] } })]);
    expect(problems).toEqual([expect.objectContaining({ path: 'edges.DESCENDS_FROM[0].to', message: expect.stringContaining('DESCENDS_FROM cycle: family-instrumentidae → family-frontieriidae → family-instrumentidae') })]);
  });

  it('refuses a taxon with two classification parents, in the file and against the graph', async () => {
    h = await harness(smallTaxonomy());
    const problems = await problemsOf([
      json('parents.json', {
        nodes: { taxon: [{ id: 'genus-new', rank: 'genus', name: 'Newus' }] },
        edges: { MEMBER_OF: [{ from: 'genus-new', to: 'family-recursidae' }, { from: 'genus-new', to: 'family-instrumentidae' }, { from: 'genus-g', to: 'family-deliberatidae' }] },
      }),
    ]);
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['edges.MEMBER_OF[1].to', expect.stringContaining('genus-new would have two classification parents: family-recursidae (parents.json:13) and family-instrumentidae')],
      ['edges.MEMBER_OF[2].to', expect.stringContaining('genus-g is already a member of family-recursidae in the graph')],
    ]);
  });

  it('names bad dates, and a node that changes kind or rank', async () => {
    h = await harness(smallTaxonomy());
    const problems = await problemsOf([
      json('dates.json', {
        nodes: { taxon: [{ id: 'genus-g', rank: 'family', name: 'Generus' }, { id: 'species-x', rank: 'species', name: 'X x', firstSeen: '2026-02-30' }], trait: [{ id: 'family-recursidae', name: 'Not a family' }] },
        edges: { ABSORBS: [{ from: 'family-frontieriidae', to: 'family-recursidae', date: '5 Feb 2026' }] },
      }),
    ]);
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['nodes.taxon[0].rank', expect.stringContaining('genus-g is a genus in the graph')],
      ['nodes.taxon[1].firstSeen', 'not a real date'],
      ['nodes.trait[0].id', 'family-recursidae is a taxon in the graph; the file makes it a trait'],
      ['edges.ABSORBS[0].date', 'expected an ISO date: YYYY, YYYY-MM or YYYY-MM-DD'],
    ]);
  });

  it('lists every problem of every file, not just the first', async () => {
    h = await harness(smallTaxonomy());
    const problems = await problemsOf([
      json('a.json', { nodes: { taxon: [{ id: 'Bad Id', rank: 'genus', name: 'A' }, { id: 'genus-b', rank: 'rank-less', name: 'B' }] } }),
      { name: 'b.csv', text: 'type,from,to\nMEMBER_OF,genus-g,family-nope\nFRIEND_OF,genus-g,family-recursidae\n' },
      { name: 'c.yaml', text: 'nodes:\n  trait:\n    - id: trait-x\n      name: X\n      colour: blue\n' },
    ]);
    expect(problems.map((p) => `${p.file}:${p.line} ${p.path}`)).toEqual(['a.json:5 nodes.taxon[0].id', 'a.json:11 nodes.taxon[1].rank', 'b.csv:2 to', 'b.csv:2 to', 'b.csv:3 type', 'c.yaml:5 nodes.trait[0].colour']);
  });
});

describe('CSV', () => {
  it('imports a nodes file and an edges file together', async () => {
    h = await harness(smallTaxonomy());
    const summary = await h.importer.run([
      { name: 'nodes.csv', text: 'id,kind,rank,name,commonNames,firstSeen\ngenus-n,taxon,genus,Novus,,2025\nspecies-n-a,taxon,species,Novus a,"Nova-1; Nova-1.5",2025-06-01\n' },
      { name: 'edges.csv', text: 'type,from,to,trait,diagnostic\nMEMBER_OF,genus-n,family-recursidae,,\nMEMBER_OF,species-n-a,genus-n,,\nHAS_TRAIT,species-n-a,trait-tool-use,,true\n' },
    ]);
    expect(summary).toMatchObject({ created: { nodes: 2, edges: 3 } });
    const species = (await h.snapshot()).nodes.taxon.find((t) => t.id === 'species-n-a');
    expect(species?.commonNames).toEqual(['Nova-1', 'Nova-1.5']);
  });
});

describe('species cards', () => {
  it('turns the seed article card into a species in its family, its diagnostic trait and three HERITAGE edges', async () => {
    h = await harness(smallTaxonomy());
    const summary = await h.importer.run([{ name: 'seed.txt', text: readFileSync(SEED_ARTICLE, 'utf8'), format: 'markdown' }]);
    expect(summary).toMatchObject({ created: { nodes: 2, edges: 5 } });
    const graph = await h.snapshot();
    expect(graph.nodes.taxon.find((t) => t.id === 'species-frontieris-reflexivus')).toMatchObject({ rank: 'species', name: 'Frontieris reflexivus', commonNames: ['GPT-5.3-Codex'], etymology: 'Latin reflexivus (turning back on itself)' });
    expect(graph.nodes.trait.find((t) => t.id === 'trait-self-development')).toMatchObject({ name: 'Self-development', description: 'materially contributed to own training' });
    expect(graph.edges.MEMBER_OF).toContainEqual(expect.objectContaining({ from: 'species-frontieris-reflexivus', to: 'family-frontieriidae' }));
    expect(graph.edges.HAS_TRAIT).toEqual([expect.objectContaining({ from: 'species-frontieris-reflexivus', to: 'trait-self-development', diagnostic: true })]);
    expect(graph.edges.HERITAGE?.map((e) => [e.to, e.trait])).toEqual([
      ['family-deliberatidae', 'trait-reasoning'],
      ['family-instrumentidae', 'trait-tool-use'],
      ['family-recursidae', 'trait-recursive-self-improvement'],
    ]);
    expect(await h.importer.run([{ name: 'seed.txt', text: readFileSync(SEED_ARTICLE, 'utf8'), format: 'markdown' }])).toMatchObject({ created: { nodes: 0, edges: 0 }, unchanged: { nodes: 1, edges: 5 } });
  });

  it('refuses a card whose family exists neither in the files nor in the graph, at the Family row', async () => {
    h = await harness(smallTaxonomy());
    const problems = await problemsOf([{ name: 'card.md', text: '# Novus primus\n\n| Attribute | Description |\n|---|---|\n| Family | Imaginidae |\n| Heritage | Nowheridae (magic) |\n' }]);
    expect(problems).toEqual([
      { file: 'card.md', line: 5, path: 'Novus primus.Family', message: 'no family or genus named Imaginidae in the files or the graph' },
      { file: 'card.md', line: 6, path: 'Novus primus.Heritage', message: 'no taxon named Nowheridae in the files or the graph' },
    ]);
  });
});

describe('Newick', () => {
  it('adds a classification tree: labels resolve to existing taxa by name, new ones take their rank from the name or a comment', async () => {
    h = await harness(smallTaxonomy());
    const summary = await h.importer.run([{ name: 'tree.nwk', text: "(('Novus alpha','Novus beta')Novus[&rank=genus],Generus)Recursidae;\n" }]);
    expect(summary).toMatchObject({ created: { nodes: 3, edges: 3 }, unchanged: { nodes: 0, edges: 1 } });
    const graph = await h.snapshot();
    expect(graph.edges.MEMBER_OF).toEqual(expect.arrayContaining([expect.objectContaining({ from: 'genus-novus', to: 'family-recursidae' }), expect.objectContaining({ from: 'species-novus-alpha', to: 'genus-novus' })]));
  });

  it('reads a phylogeny as DESCENDS_FROM when asked', async () => {
    h = await harness(smallTaxonomy());
    await h.importer.run([{ name: 'tree.nwk', text: '(Recursidae)Deliberatidae;' }], { tree: 'phylogeny' });
    expect((await h.snapshot()).edges.DESCENDS_FROM).toContainEqual(expect.objectContaining({ from: 'family-recursidae', to: 'family-deliberatidae' }));
  });

  it('names a label it cannot resolve and whose rank it cannot tell, at its line', async () => {
    h = await harness(smallTaxonomy());
    const problems = await problemsOf([{ name: 'tree.nwk', text: '(Recursidae,\nMysterion)Phylata;' }]);
    expect(problems).toEqual([{ file: 'tree.nwk', line: 2, path: 'tree[0].label', message: expect.stringContaining('no taxon Mysterion') }]);
  });
});
