// The import formats read into records that remember where they came from: file, line, field.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../../server/src/taxonomy/import/formats.ts';
import { parseCsv } from '../../../../server/src/taxonomy/import/parse-csv.ts';
import { parseDataset } from '../../../../server/src/taxonomy/import/parse-dataset.ts';
import { parseMarkdown, splitList } from '../../../../server/src/taxonomy/import/parse-markdown.ts';
import { parseNewick } from '../../../../server/src/taxonomy/import/parse-newick.ts';
import { Problems } from '../../../../server/src/taxonomy/import/records.ts';
import { matchTrait } from '../../../../server/src/taxonomy/import/resolve.ts';

const SEED_ARTICLE = '/work/shared/seed/000_26fc925bc33a063b.txt';

describe('the dataset format in JSON', () => {
  const text = JSON.stringify({ nodes: { taxon: [{ id: 'a', rank: 'genus', name: 'A' }, { id: 'b', rank: 'species', name: 'A b', firstSeen: '2020-02-30' }] }, edges: { MEMBER_OF: [{ from: 'b', to: 'a' }] } }, null, 2);

  it('gives each record the line of its item and of each field', () => {
    const parsed = parseDataset('d.json', text, 'json', new Problems());
    const b = parsed.nodes[1];
    expect(b?.origin).toMatchObject({ file: 'd.json', path: 'nodes.taxon[1]', line: 9 });
    expect(b?.origin.fieldLine?.('firstSeen')).toBe(13);
    expect(parsed.edges[0]?.origin).toMatchObject({ path: 'edges.MEMBER_OF[0]', line: 19 });
  });

  it('reports an unknown kind, an unknown type and an unknown top-level field at their lines', () => {
    const problems = new Problems();
    parseDataset('d.json', '{\n  "nodes": {\n    "robot": []\n  },\n  "edges": {\n    "LIKES": []\n  },\n  "extra": 1\n}', 'json', problems);
    expect(problems.sorted()).toEqual([
      { file: 'd.json', line: 3, path: 'nodes.robot', message: expect.stringContaining('unknown node kind robot') },
      { file: 'd.json', line: 6, path: 'edges.LIKES', message: expect.stringContaining('unknown edge type LIKES') },
      { file: 'd.json', line: 8, path: 'extra', message: expect.stringContaining('unknown field') },
    ]);
  });

  it('reports a syntax error at its line', () => {
    const problems = new Problems();
    parseDataset('d.json', '{\n  "nodes": {\n    "taxon": [,]\n  }\n}', 'json', problems);
    expect(problems.list[0]).toMatchObject({ line: 3, path: '(syntax)' });
  });

  it('finds the line of an error the engine gives no position for', () => {
    const problems = new Problems();
    parseDataset('d.json', '{\n  "nodes": {\n    "taxon": []\n  },\n  "edges": {} }\n}', 'json', problems);
    expect(problems.list[0]).toMatchObject({ line: 6, path: '(syntax)' });
  });
});

describe('the dataset format in YAML', () => {
  const text = ['version: 1', 'nodes:', '  taxon:', '    - id: a', '      rank: genus', '      name: A', '      firstSeen: 2021', '  wizard: []', 'edges:', '  MEMBER_OF:', '    - from: b', '      to: a'].join('\n');

  it('keeps lines of items and fields, and reads a bare year as a date string', () => {
    const problems = new Problems();
    const parsed = parseDataset('d.yaml', text, 'yaml', problems);
    expect(parsed.nodes[0]?.origin.line).toBe(4);
    expect(parsed.nodes[0]?.origin.fieldLine?.('firstSeen')).toBe(7);
    expect((parsed.nodes[0]?.raw as { firstSeen: unknown }).firstSeen).toBe('2021');
    expect(parsed.edges[0]?.origin.line).toBe(11);
    expect(problems.list).toEqual([{ file: 'd.yaml', line: 8, path: 'nodes.wizard', message: expect.stringContaining('unknown node kind') }]);
  });

  it('reports a YAML syntax error at its line', () => {
    const problems = new Problems();
    parseDataset('d.yaml', 'nodes:\n  taxon:\n    - id: a\n   bad: [', 'yaml', problems);
    expect(problems.list[0]).toMatchObject({ file: 'd.yaml', path: '(syntax)' });
    expect(problems.list[0]?.line).toBeGreaterThanOrEqual(3);
  });
});

describe('CSV', () => {
  it('reads a nodes file: lists split on ;, numbers for year, the line of each record past a multi-line cell', () => {
    const text = 'id,kind,rank,name,commonNames,description,year\ngenus-a,taxon,genus,A,"One; Two","first\nsecond",\npaper-p,paper,,P,,,2024\n';
    const parsed = parseCsv('n.csv', text, new Problems());
    expect(parsed.nodes.map((n) => [n.kind, n.origin.line])).toEqual([
      ['taxon', 2],
      ['paper', 4],
    ]);
    expect(parsed.nodes[0]?.raw).toEqual({ id: 'genus-a', rank: 'genus', name: 'A', commonNames: ['One', 'Two'], description: 'first\nsecond' });
    expect(parsed.nodes[1]?.raw).toEqual({ id: 'paper-p', name: 'P', year: 2024 });
  });

  it('reads an edges file, diagnostic as a boolean', () => {
    const parsed = parseCsv('e.csv', 'type,from,to,trait,diagnostic\nHAS_TRAIT,s,t,,TRUE\n', new Problems());
    expect(parsed.edges).toEqual([{ type: 'HAS_TRAIT', raw: { from: 's', to: 't', diagnostic: true }, origin: { file: 'e.csv', line: 2, path: '' } }]);
  });

  it('names an unknown column and a header that is neither nodes nor edges', () => {
    const problems = new Problems();
    parseCsv('n.csv', 'id,kind,colour\n', problems);
    parseCsv('x.csv', 'a,b\n1,2\n', problems);
    expect(problems.list.map((p) => [p.file, p.line, p.path])).toEqual([
      ['n.csv', 1, 'colour'],
      ['x.csv', 1, '(header)'],
    ]);
  });
});

describe('species cards', () => {
  it('reads the seed article card: the binomial and every attribute row with its line', () => {
    const [card] = parseMarkdown('seed.txt', readFileSync(SEED_ARTICLE, 'utf8'), new Problems());
    expect(card?.binomial).toBe('Frontieris reflexivus');
    expect(Object.fromEntries([...(card?.rows ?? [])].map(([k, v]) => [k, v.value]))).toEqual({
      'Common Name': 'GPT-5.3-Codex',
      Etymology: 'Latin reflexivus (turning back on itself)',
      Family: 'Frontieriidae (with Recursidae heritage)',
      'Diagnostic Trait': 'Self-development: materially contributed to own training',
      Heritage: 'Instrumentidae (tool use), Deliberatidae (reasoning), Recursidae (self-improvement)',
      'Distinguishing Feature': 'First production system with demonstrated recursive improvement loop',
    });
    expect(card?.rows.get('Heritage')?.line).toBeGreaterThan(card?.line ?? Infinity);
  });

  it('reads a Markdown table under a heading, and names an unknown attribute', () => {
    const problems = new Problems();
    const cards = parseMarkdown('c.md', '## New Species: *Recursor novus*\n\n| Attribute | Description |\n|---|---|\n| Common Name | Novus-1 |\n| Family | Recursidae |\n| Colour | blue |\n', problems);
    expect(cards[0]?.binomial).toBe('Recursor novus');
    expect(cards[0]?.rows.get('Family')).toEqual({ value: 'Recursidae', line: 6 });
    expect(problems.list).toEqual([{ file: 'c.md', line: 7, path: 'Colour', message: expect.stringContaining('unknown attribute') }]);
  });

  it('splits the heritage row on commas outside parentheses', () => {
    expect(splitList('Instrumentidae (tool use), Deliberatidae (reasoning, deep), Recursidae')).toEqual(['Instrumentidae (tool use)', 'Deliberatidae (reasoning, deep)', 'Recursidae']);
  });

  it('matches traits by exact name, by id, then by the one name containing the words', () => {
    const traits = [
      { id: 'trait-tool-use-extended-phenotype', name: 'Tool use as extended phenotype' },
      { id: 'trait-self-development', name: 'Self-development in production' },
      { id: 'trait-a', name: 'Deep reasoning' },
      { id: 'trait-b', name: 'Shallow reasoning' },
    ];
    expect(matchTrait('tool use', traits)).toEqual({ id: 'trait-tool-use-extended-phenotype' });
    expect(matchTrait('Self-development', traits)).toEqual({ id: 'trait-self-development' });
    expect(matchTrait('reasoning', traits)).toEqual({ ambiguous: ['Deep reasoning', 'Shallow reasoning'] });
    expect(matchTrait('telepathy', traits)).toBeUndefined();
  });
});

describe('Newick', () => {
  it('reads nested trees, quoted labels with doubled quotes, underscores, lengths, comments and a forest', () => {
    const problems = new Problems();
    const trees = parseNewick('t.nwk', "(('It''s (odd)':1.5,Plain_name[&rank=genus])Inner:0.2,Leaf)Root;\n(A,B)C;\n", problems);
    expect(problems.list).toEqual([]);
    expect(trees).toHaveLength(2);
    const inner = trees[0]?.children[0];
    expect(inner?.label).toBe('Inner');
    expect(inner?.children.map((c) => c.label)).toEqual(["It's (odd)", 'Plain name']);
    expect(inner?.children[1]?.attributes).toEqual({ rank: 'genus' });
    expect(trees[1]?.line).toBe(2);
  });

  it('reports a syntax error with its line', () => {
    const problems = new Problems();
    parseNewick('t.nwk', '(A,B)C;\n(D,E\n', problems);
    expect(problems.list).toEqual([{ file: 't.nwk', line: 3, path: '(syntax)', message: expect.stringContaining('not valid Newick') }]);
  });
});

describe('detectFormat', () => {
  it('goes by the extension, then the content', () => {
    expect(['a.json', 'a.yml', 'a.csv', 'a.md', 'a.nwk', 'a.tree', 'a.newick'].map((n) => detectFormat(n, ''))).toEqual(['json', 'yaml', 'csv', 'markdown', 'newick', 'newick', 'newick']);
    expect(detectFormat('body', '{"nodes":{}}')).toBe('json');
    expect(detectFormat('body', '(A,B)C;')).toBe('newick');
    expect(detectFormat('body', 'type,from,to\n')).toBe('csv');
    expect(detectFormat('body', 'nodes:\n  taxon: []\n')).toBe('yaml');
  });
});
