// Every export format on the real embedded engine (in memory), seeded with data/taxonomy.json:
// the formats that import back do so to the same graph; the others are read back by parsers this
// project did not write (newick-js, networkx, cytoscape.js, csv-parse).
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { parse as parseCsvText } from 'csv-parse/sync';
import cytoscape from 'cytoscape';
import { parse as parseNewickText } from 'newick-js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cypherString, splitCypherScript, toCypherScript } from '../../../../server/src/taxonomy/export/cypher-script.ts';
import { newickLabel } from '../../../../server/src/taxonomy/export/newick.ts';
import { parseNewick } from '../../../../server/src/taxonomy/import/parse-newick.ts';
import { Problems } from '../../../../server/src/taxonomy/import/records.ts';
import { EDGE_TYPES, KIND_LABELS, RANK_LABELS, type Dataset } from '../../../../server/src/taxonomy/model.ts';
import { dataset, embeddedStatements, harness, library, taxonomy, type Harness } from '../import/support.ts';

let seeded: Harness;
let original: Dataset;
beforeAll(async () => {
  original = taxonomy();
  seeded = await harness(original);
});
afterAll(async () => {
  await seeded?.close();
});

/** Imports files into a fresh empty store and answers the graph it then holds. */
async function importIntoEmpty(files: { name: string; text: string }[]): Promise<Dataset> {
  const empty = await harness();
  try {
    await empty.importer.run(files);
    return await empty.snapshot();
  } finally {
    await empty.close();
  }
}

const count = (d: Dataset) => ({ nodes: Object.values(d.nodes).flat().length, edges: EDGE_TYPES.reduce((n, t) => n + (d.edges[t]?.length ?? 0), 0) });

describe('formats that import back give the same graph, node for node and edge for edge', () => {
  it('reads the whole graph as the dataset it was loaded from', async () => {
    const graph = await seeded.snapshot();
    expect(count(graph)).toEqual(count(original));
    for (const kind of ['taxon', 'trait', 'paper', 'lab'] as const) expect(graph.nodes[kind]).toEqual(expect.arrayContaining(original.nodes[kind]));
    for (const type of EDGE_TYPES) expect(graph.edges[type]).toEqual(expect.arrayContaining(original.edges[type] ?? []));
  });

  it('json', async () => {
    const file = await seeded.exporter.export('json');
    expect(file.filename).toBe('cladescope-taxonomy.json');
    expect(await importIntoEmpty([{ name: file.filename, text: file.body }])).toEqual(await seeded.snapshot());
  });

  it('yaml', async () => {
    const file = await seeded.exporter.export('yaml');
    expect(await importIntoEmpty([{ name: file.filename, text: file.body }])).toEqual(await seeded.snapshot());
  });

  it('csv, as a nodes file and an edges file', async () => {
    const nodes = await seeded.exporter.export('csv', {}, { part: 'nodes' });
    const edges = await seeded.exporter.export('csv', {}, { part: 'edges' });
    expect([nodes.filename, edges.filename]).toEqual(['cladescope-taxonomy-nodes.csv', 'cladescope-taxonomy-edges.csv']);
    expect(await importIntoEmpty([nodes, edges].map((f) => ({ name: f.filename, text: f.body })))).toEqual(await seeded.snapshot());
  });

  it('cypher, run statement by statement on an empty embedded store', async () => {
    const script = (await seeded.exporter.export('cypher')).body;
    const empty = await harness();
    try {
      const statements = embeddedStatements(splitCypherScript(script));
      await empty.store.write(statements.map((text) => ({ text })));
      expect(await empty.snapshot()).toEqual(await seeded.snapshot());
      await empty.store.write(statements.map((text) => ({ text })));
      expect(count(await empty.snapshot())).toEqual(count(original));
    } finally {
      await empty.close();
    }
  });

  it('cypher keeps quotes, backslashes, line breaks, control characters and other scripts intact', async () => {
    const nasty = "It's a \\ back\\slash, \"quoted\";\nnew line\ttab \u0001 \u2028 é 漢字 🧬 */ // -- ;";
    const small = dataset({ nodes: { taxon: [{ id: 'genus-n', rank: 'genus', name: nasty, commonNames: [nasty, ''], description: "';\nMATCH (n) DETACH DELETE n;//" }], paper: [{ id: 'paper-p', name: 'P', title: 'T', year: 2026 }] } });
    const empty = await harness();
    try {
      await empty.store.write(splitCypherScript(toCypherScript(small)).map((text) => ({ text })));
      expect(await empty.snapshot()).toEqual(small);
    } finally {
      await empty.close();
    }
  });

  it('newick (classification and phylogeny), back onto a graph that has the taxa but not those edges', async () => {
    const withoutTrees = structuredClone(original);
    delete withoutTrees.edges.MEMBER_OF;
    delete withoutTrees.edges.DESCENDS_FROM;
    for (const label of ['name', 'id'] as const) {
      const target = await harness(withoutTrees);
      try {
        const classification = await seeded.exporter.export('newick', {}, { label });
        const phylogeny = await seeded.exporter.export('newick', {}, { label, tree: 'phylogeny' });
        await target.importer.run([{ name: 'c.nwk', text: classification.body }]);
        await target.importer.run([{ name: 'p.nwk', text: phylogeny.body }], { tree: 'phylogeny' });
        const graph = await target.snapshot();
        const ends = (edges: { from: string; to: string }[] = []) => edges.map((e) => `${e.from}>${e.to}`).sort();
        expect(ends(graph.edges.MEMBER_OF)).toEqual(ends(oneParentEach(original.edges.MEMBER_OF)));
        expect(ends(graph.edges.DESCENDS_FROM)).toEqual(ends(original.edges.DESCENDS_FROM));
      } finally {
        await target.close();
      }
    }
  });
});

/**
 * Newick is a tree: a hybrid (two classification parents) is written once, under its first parent
 * by id, so a Newick round trip keeps one parent of each taxon.
 */
function oneParentEach<T extends { from: string; to: string }>(edges: T[] = []): T[] {
  const first = new Map<string, T>();
  for (const e of [...edges].sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0))) if (!first.has(e.from)) first.set(e.from, e);
  return [...first.values()];
}

describe('exports read back by parsers this project did not write', () => {
  it('newick-js reads the classification: every taxon once, under its parent, labels unquoted back', async () => {
    const text = (await seeded.exporter.export('newick')).body;
    const trees = text.trim().split('\n').map((line) => parseNewickText(line));
    const labels = trees.flatMap((t) => [...t.graph[0]].map((v) => v.label));
    expect(labels.sort()).toEqual(original.nodes.taxon.map((t) => t.name).sort());
    const arcs = trees.flatMap((t) => [...t.graph[1]].map(([parent, child]) => `${child.label}>${parent.label}`));
    const name = new Map(original.nodes.taxon.map((t) => [t.id, t.name]));
    expect(arcs.sort()).toEqual(oneParentEach(original.edges.MEMBER_OF).map((e) => `${name.get(e.from)}>${name.get(e.to)}`).sort());
  });

  it('newick-js reads labels with quotes, spaces and punctuation as written', () => {
    for (const label of ["It's (odd)", 'Claude Opus 4.6', 'a,b;c:d', 'plain', 'under_score', "O'Neil's [x]"]) {
      expect(parseNewickText(`(${newickLabel(label)})root;`).graph[0]).toEqual(new Set([{ label: 'root' }, { label }]));
    }
  });

  it('quotes a label that starts with a quote by the grammar (newick-js misreads those; our reader does not)', () => {
    for (const label of ["''", "'a'"]) {
      const problems = new Problems();
      expect(parseNewick('t.nwk', `(${newickLabel(label)})root;`, problems)[0]?.children[0]?.label).toBe(label);
    }
  });

  it('csv-parse reads the CSV with the documented columns, one record per node and edge', async () => {
    const nodes = parseCsvText((await seeded.exporter.export('csv', {}, { part: 'nodes' })).body, { columns: true }) as Record<string, string>[];
    const edges = parseCsvText((await seeded.exporter.export('csv', {}, { part: 'edges' })).body, { columns: true }) as Record<string, string>[];
    expect(Object.keys(nodes[0] ?? {})).toEqual(['id', 'kind', 'rank', 'name', 'commonNames', 'description', 'firstSeen', 'status', 'source', 'confidence', 'title', 'authors', 'year', 'date', 'url', 'etymology', 'note', 'quote', 'reason', 'hybrid', 'readings']);
    expect(Object.keys(edges[0] ?? {})).toEqual(['type', 'from', 'to', 'trait', 'diagnostic', 'date', 'note', 'source', 'confidence', 'quote', 'reason', 'readings']);
    expect(nodes).toHaveLength(count(original).nodes);
    expect(edges).toHaveLength(count(original).edges);
    expect(nodes.find((n) => n.id === 'species-frontieris-reflexivus')).toMatchObject({ kind: 'taxon', rank: 'species', commonNames: 'GPT-5.3-Codex' });
  });

  it('cytoscape.js loads the cyjs elements with their positions, and the file has the desktop fields', async () => {
    const cyjs = JSON.parse((await seeded.exporter.export('cyjs')).body);
    expect(cyjs).toMatchObject({ format_version: '1.0', generated_by: 'cladescope', data: { name: 'cladescope taxonomy' } });
    const cy = cytoscape({ headless: true, elements: cyjs.elements, layout: { name: 'preset' } });
    expect(cy.nodes().length).toBe(count(original).nodes);
    expect(cy.edges().length).toBe(count(original).edges);
    const species = cy.getElementById('species-frontieris-reflexivus');
    const genus = cy.getElementById('genus-frontieris');
    expect(species.data()).toMatchObject({ name: 'Frontieris reflexivus', kind: 'taxon', sourceUrl: expect.stringMatching(/^https:/) });
    expect(species.position().y).toBeGreaterThan(genus.position().y);
    expect(cy.getElementById('species-frontieris-reflexivus~MEMBER_OF~genus-frontieris').data()).toMatchObject({ source: 'species-frontieris-reflexivus', target: 'genus-frontieris', interaction: 'MEMBER_OF' });
  });

  const networkx = spawnSync('python3', ['-c', 'import networkx'], { encoding: 'utf8' }).status === 0;
  it.skipIf(!networkx)('networkx reads the GraphML: every node and edge, typed attributes, lists as JSON strings (skipped when python3-networkx is missing)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cladescope-graphml-'));
    try {
      const file = join(dir, 'g.graphml');
      writeFileSync(file, (await seeded.exporter.export('graphml')).body);
      const script = [
        'import json, sys, networkx as nx',
        'g = nx.read_graphml(sys.argv[1])',
        's = g.nodes["species-frontieris-reflexivus"]',
        'p = next(d for n, d in g.nodes(data=True) if d.get("kind") == "paper" and "year" in d)',
        'e = [d for a, b, d in g.edges(data=True) if d.get("type") == "HAS_TRAIT" and d.get("diagnostic") is not None][0]',
        'print(json.dumps({"directed": g.is_directed(), "nodes": g.number_of_nodes(), "edges": g.number_of_edges(), "name": s["name"], "common": json.loads(s["commonNames"]), "labels": json.loads(s["labels"]), "year": type(p["year"]).__name__, "diagnostic": type(e["diagnostic"]).__name__}))',
      ].join('\n');
      const out = JSON.parse(execFileSync('python3', ['-c', script, file], { encoding: 'utf8' }));
      expect(out).toEqual({ directed: true, nodes: count(original).nodes, edges: count(original).edges, name: 'Frontieris reflexivus', common: ['GPT-5.3-Codex'], labels: ['Entity', 'Taxon', 'Species'], year: 'int', diagnostic: 'bool' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('subgraphs', () => {
  it('exports the nodes with the ids given and the edges between them', async () => {
    const part = await seeded.exporter.dataset({ ids: ['species-frontieris-reflexivus', 'genus-frontieris', 'family-frontieriidae', 'no-such-node'] });
    expect(Object.values(part.nodes).flat().map((n) => n.id).sort()).toEqual(['family-frontieriidae', 'genus-frontieris', 'species-frontieris-reflexivus']);
    expect(Object.keys(part.edges)).toEqual(['MEMBER_OF']);
    expect(part.edges.MEMBER_OF?.map((e) => `${e.from}>${e.to}`)).toEqual(['genus-frontieris>family-frontieriidae', 'species-frontieris-reflexivus>genus-frontieris']);
  });

  it("exports a named query's answer", async () => {
    const part = await seeded.exporter.dataset({ query: 'lineage/ancestors', params: { id: 'species-frontieris-reflexivus' } });
    const ids = Object.values(part.nodes).flat().map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['species-frontieris-reflexivus', 'genus-frontieris', 'family-frontieriidae', 'domain-cogitantia-synthetica']));
    expect(ids).not.toContain('family-recursidae');
  });
});

describe('the Cypher the exporter writes is valid Neo4j 5 Cypher', () => {
  const schema = { labels: ['Entity', ...Object.values(KIND_LABELS), ...Object.values(RANK_LABELS)], relationshipTypes: [...EDGE_TYPES] };
  const errors = (text: string) => lintCypherQuery(text, schema, { consoleCommandsEnabled: false }).diagnostics.filter((d) => d.severity === 1).map((d) => String(d.message));

  it.each(library.list('export').map((s) => [s.name, s] as const))('%s', (_, statement) => {
    const parameters = Object.fromEntries(statement.params.map((p) => [p.name, ['x']]));
    const diagnostics = lintCypherQuery(statement.text, { ...schema, parameters }, { consoleCommandsEnabled: false }).diagnostics;
    expect(diagnostics.filter((d) => d.severity === 1).map((d) => String(d.message))).toEqual([]);
  });

  it('every statement of a generated script, strings with quotes and backslashes included', () => {
    const script = toCypherScript(dataset({ nodes: { taxon: [{ id: 'genus-n', rank: 'genus', name: "It's \\ odd\n" }], trait: [{ id: 'trait-t', name: 'T' }] }, edges: { HAS_TRAIT: [{ from: 'genus-n', to: 'trait-t', diagnostic: true }] } }));
    for (const statement of splitCypherScript(script)) expect(errors(statement)).toEqual([]);
    expect(cypherString("a'b\\c\nd")).toBe("'a\\'b\\\\c\\nd'");
  });
});
