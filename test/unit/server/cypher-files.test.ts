// Every cypher/**/*.cypher file is valid Neo4j 5 Cypher by Neo4j's own parser and semantic
// analyser, with the parameters its header declares; and the header parser reads those headers.
import { lintCypherQuery } from '@neo4j-cypher/language-support';
import { afterAll, describe, expect, it } from 'vitest';
import { CypherLibrary, parseHeader, type ParamSpec, type ParamType } from '../../../server/src/cypher/library.ts';
import { EDGE_TYPES, KIND_LABELS, RANK_LABELS } from '../../../server/src/taxonomy/model.ts';

const library = new CypherLibrary();
const statements = ['schema', 'import', 'queries', 'search', 'revisions'].flatMap((folder) => library.list(folder));

// A value of each declared type, so the analyser sees every parameter as declared.
const SAMPLE: Record<ParamType, unknown> = { string: 'x', integer: 1, float: 1.5, boolean: true, date: '2026-01-31', 'string[]': ['x'], 'map[]': [{}] };
// The data model's closed set: a label or type outside it is a warning (a likely misspelling).
const schema = {
  labels: ['Entity', ...Object.values(KIND_LABELS), ...Object.values(RANK_LABELS), 'Revision', 'Change'],
  relationshipTypes: [...EDGE_TYPES],
};

const warnings: string[] = [];
afterAll(() => {
  if (warnings.length) console.info(`Neo4j's linter warned about the Cypher files:\n  ${warnings.join('\n  ')}`);
});

describe('every .cypher file is valid Neo4j 5 Cypher', () => {
  it('finds the files', () => {
    expect(statements.length).toBeGreaterThan(20);
  });

  it.each(statements.map((s) => [s.name, s] as const))('%s', (_, statement) => {
    const parameters = Object.fromEntries(statement.params.map((p) => [p.name, p.default ?? SAMPLE[p.type]]));
    const { diagnostics } = lintCypherQuery(statement.text, { ...schema, parameters }, { consoleCommandsEnabled: false });
    const describe = (d: (typeof diagnostics)[number]) => `${statement.name}.cypher:${d.range.start.line + 1}:${d.range.start.character + 1} ${String(d.message)}`;
    warnings.push(...diagnostics.filter((d) => d.severity !== 1).map(describe));
    expect(diagnostics.filter((d) => d.severity === 1).map(describe)).toEqual([]);
  });

  it.each(statements.map((s) => [s.name, s] as const))('%s declares only the parameters it uses', (_, statement) => {
    const unused = statement.params.filter((p) => !new RegExp(`\\$${p.name}\\b`).test(statement.text)).map((p) => p.name);
    expect(unused).toEqual([]);
  });

  it.each(library.list('queries').map((s) => [s.name, s] as const))('%s gives an example (e.g. …) for each parameter without a default', (_, statement) => {
    const missing = statement.params.filter((p: ParamSpec) => p.default === undefined && !/\be\.g\.\s+\S/.test(p.description)).map((p) => p.name);
    expect(missing).toEqual([]);
  });
});

describe('parseHeader', () => {
  it('joins the comment lines into the description and reads each @param', () => {
    const text = [
      '// What a clade absorbed,',
      '// oldest first.',
      '// @param id string The clade, e.g. family-x',
      '// @param depth integer=12 How many levels',
      '// @param exact boolean=false Whole words only',
      'MATCH (n {id: $id}) RETURN n',
      '// a comment below the statement is not header',
    ].join('\n');
    expect(parseHeader(text, 'a.cypher')).toEqual({
      description: 'What a clade absorbed, oldest first.',
      params: [
        { name: 'id', type: 'string', description: 'The clade, e.g. family-x' },
        { name: 'depth', type: 'integer', description: 'How many levels', default: 12 },
        { name: 'exact', type: 'boolean', description: 'Whole words only', default: false },
      ],
    });
  });

  it('reads list types and a header with no parameters', () => {
    expect(parseHeader('// @param rows map[] Each row\n// @param ids string[] Ids\nRETURN 1', 'b.cypher').params.map((p) => p.type)).toEqual(['map[]', 'string[]']);
    expect(parseHeader('// Just a description.\nRETURN 1', 'c.cypher')).toEqual({ description: 'Just a description.', params: [] });
  });

  it('keeps notes for engineers out of the description: lines after the @params, or after a bare //', () => {
    const afterParams = ['// What a clade absorbed.', '// @param id string The clade, e.g. family-x', '// Sequential WITH: Grafeo runs CALL slowly.', 'RETURN 1'].join('\n');
    expect(parseHeader(afterParams, 'd.cypher')).toMatchObject({ description: 'What a clade absorbed.', params: [{ name: 'id' }] });
    const afterBlank = ['// Every trait.', '//', '// Grafeo scans here; Neo4j uses the index.', 'RETURN 1'].join('\n');
    expect(parseHeader(afterBlank, 'e.cypher').description).toBe('Every trait.');
  });

  it.each(library.list('queries').map((s) => [s.name, s] as const))('%s shows readers no notes on engines or query planning', (_, statement) => {
    expect(statement.description).not.toMatch(/Grafeo|Neo4j|subquer|\bWITH\b|OPTIONAL MATCH|pattern comprehension|scans?\b/);
  });

  it('refuses an unknown parameter type, naming the file', () => {
    expect(() => parseHeader('// @param n number A number\nRETURN $n', 'bad.cypher')).toThrow('bad.cypher: @param n has unknown type number');
  });
});
