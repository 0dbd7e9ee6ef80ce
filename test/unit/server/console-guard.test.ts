// The console's guard on Neo4j's own parser: which statements pass, which are refused, and
// that each refusal says what it refused and why.
import { describe, expect, it } from 'vitest';
import { classify, LIMITS, syntaxErrors } from '../../../server/src/taxonomy/console-guard.ts';

const embedded = { bounded: true };
const neo4j = { bounded: false };
const refusal = (query: string, options = embedded) => {
  const verdict = classify(query, options);
  return verdict.ok ? undefined : verdict.refused;
};

describe('classify lets reads through', () => {
  it.each([
    ['MATCH ... RETURN', 'MATCH (t:Taxon {id: $id}) RETURN t'],
    ['OPTIONAL MATCH', 'MATCH (t:Taxon) OPTIONAL MATCH (t)-[:HAS_TRAIT]->(x:Trait) RETURN t, collect(x)'],
    ['UNWIND', 'UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n'],
    ['WITH and ORDER BY', 'MATCH (f:Family)<-[:MEMBER_OF]-(s) WITH f, count(s) AS n WHERE n > 1 RETURN f.name, n ORDER BY n DESC LIMIT 5'],
    ['UNION', 'MATCH (t:Taxon) RETURN t.id AS id UNION MATCH (x:Trait) RETURN x.id AS id'],
    ['CALL db.labels()', 'CALL db.labels() YIELD label RETURN label'],
    ['CALL db.relationshipTypes()', 'CALL db.relationshipTypes()'],
    ['a read subquery', 'MATCH (n:Family) CALL (n) { MATCH (s)-[:MEMBER_OF]->(n) RETURN count(s) AS size } RETURN n.name, size'],
    ['EXISTS and COUNT subqueries', 'MATCH (n:Taxon) WHERE EXISTS { (n)-[:HERITAGE]->() } RETURN n, COUNT { (n)-->() } AS degree'],
    ['a bounded directed variable-length path', 'MATCH p = (s:Species)-[:MEMBER_OF*1..8]->(d:Domain) RETURN p'],
    ['a bounded undirected variable-length path', 'MATCH p = (s {id: $id})-[*1..3]-(x) RETURN p'],
    ['a bounded shortest path', 'MATCH p = shortestPath((a {id: $a})-[*..15]-(b {id: $b})) RETURN p'],
    ['two unconnected patterns', 'MATCH (a {id: $a}), (b {id: $b}) RETURN a, b'],
    ['three patterns joined through shared variables', 'MATCH (a)-[:MEMBER_OF]->(f), (b)-[:MEMBER_OF]->(f) MATCH (f)-[:MEMBER_OF]->(o) RETURN a, b, o'],
    ['write keywords inside strings and names', "MATCH (n) WHERE n.note CONTAINS 'CREATE (x)' RETURN n.delete AS `SET`"],
  ])('%s', (_, query) => {
    expect(classify(query, embedded)).toEqual({ ok: true });
  });
});

describe('classify refuses writes', () => {
  it.each([
    ['CREATE', 'CREATE (n:Taxon {id: "x"})', 'CREATE writes to the graph'],
    ['CREATE after a read', 'MATCH (a:Taxon) CREATE (a)-[:ABSORBS]->(a)', 'CREATE writes'],
    ['MERGE', 'MERGE (n:Taxon {id: "x"}) RETURN n', 'MERGE writes'],
    ['SET', 'MATCH (n) SET n.name = "x"', 'SET writes'],
    ['ON MATCH SET inside MERGE', 'MERGE (n {id: "x"}) ON MATCH SET n.x = 1', 'MERGE writes'],
    ['DELETE', 'MATCH (n) DETACH DELETE n', 'DELETE writes'],
    ['REMOVE', 'MATCH (n) REMOVE n:Taxon', 'REMOVE writes'],
    ['FOREACH', 'MATCH (n) FOREACH (x IN [1] | SET n.x = x)', 'SET writes'],
    ['a write inside a subquery', 'MATCH (n) CALL (n) { CREATE (m) } RETURN n', 'CREATE writes'],
    ['LOAD CSV', "LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line", 'LOAD CSV reads files'],
    ['CALL { } IN TRANSACTIONS', 'CALL { MATCH (n) RETURN n } IN TRANSACTIONS RETURN n', 'IN TRANSACTIONS'],
  ])('%s', (_, query, why) => {
    expect(refusal(query)).toMatch(/^The console is read-only: /);
    expect(refusal(query)).toContain(why);
  });

  it('refuses writes on Neo4j too, where the cost rules are off', () => {
    expect(refusal('CREATE (n)', neo4j)).toBe('The console is read-only: CREATE writes to the graph');
  });
});

describe('classify refuses commands and what is not a plain query', () => {
  it.each([
    ['CREATE INDEX', 'CREATE INDEX x IF NOT EXISTS FOR (n:Taxon) ON (n.rank)', 'CREATE INDEX is a schema or administration command'],
    ['DROP CONSTRAINT', 'DROP CONSTRAINT entity_id_unique', 'DROP CONSTRAINT'],
    ['SHOW INDEXES', 'SHOW INDEXES', 'SHOW INDEXES'],
    ['CREATE USER', "CREATE USER bob SET PASSWORD 'secret-secret'", 'CREATE USER'],
    ['GRANT', 'GRANT ROLE admin TO bob', 'GRANT ROLE'],
    ['TERMINATE TRANSACTIONS', "TERMINATE TRANSACTIONS 'neo4j-transaction-1'", 'TERMINATE TRANSACTIONS'],
    ['USE', 'USE system MATCH (n) RETURN n', 'USE switches to another database'],
    ['a procedure outside the allow-list', 'CALL dbms.killQueries(["q-1"])', 'dbms.killQueries is not one of them'],
    ['a procedure called from a subquery', 'MATCH (n) CALL (n) { CALL apoc.create.setProperty(n, "x", 1) YIELD node RETURN node } RETURN n', 'apoc.create.setProperty'],
    ['EXPLAIN', 'EXPLAIN MATCH (n) RETURN n', 'EXPLAIN answers a query plan'],
    ['PROFILE', 'PROFILE MATCH (n) RETURN n', 'PROFILE'],
    ['several statements', 'MATCH (n) RETURN n; MATCH (m) RETURN m', 'one statement at a time; this holds 2'],
  ])('%s', (_, query, why) => {
    expect(refusal(query)).toContain(why);
  });
});

describe('classify refuses runaway reads on the embedded engine', () => {
  it.each([
    ['a variable-length relationship without an upper bound', 'MATCH p = (a)-[*]->(b) RETURN p', 'needs an upper bound'],
    ['a lower bound only', 'MATCH p = (a)-[:MEMBER_OF*2..]->(b) RETURN p', 'needs an upper bound'],
    ['a quantified path without an upper bound', 'MATCH p = ((a)-[:MEMBER_OF]->(b))+ RETURN p', 'needs an upper bound'],
    ['more directed hops than the limit', `MATCH p = (a)-[:MEMBER_OF*1..${LIMITS.directedHops + 1}]->(b) RETURN p`, `at most ${LIMITS.directedHops} hops`],
    ['more undirected hops than the limit', 'MATCH p = (a)-[*1..4]-(b) RETURN p', `at most ${LIMITS.undirectedHops} hops`],
    ['undirected hops summed across patterns', 'MATCH (a)-[*1..2]-(b)-[*..2]-(c) RETURN c', 'asks for up to 4'],
    ['a quantified path counted by its relationships', 'MATCH p = ((a)-->(b)-->(c)){1,5} RETURN p', 'asks for up to 10'],
    ['a shortest path without an upper bound', 'MATCH p = shortestPath((a {id: $a})-[*]-(b {id: $b})) RETURN p', 'shortest path needs an upper bound'],
    ['a shortest path above its limit', 'MATCH p = allShortestPaths((a)-[*..40]-(b)) RETURN p', 'has 40'],
    ['three unconnected patterns', 'MATCH (a), (b) MATCH (c:Trait) RETURN a, b, c', 'joins 3'],
    ['anonymous nodes, each its own pattern', 'MATCH (), (), () RETURN count(*)', 'joins 3'],
  ])('%s', (_, query, why) => {
    expect(refusal(query)).toMatch(/^On the embedded engine /);
    expect(refusal(query)).toContain(why);
  });

  it('lets the same reads through on Neo4j, which stops them at its timeout', () => {
    expect(classify('MATCH p = (a)-[*]-(b) MATCH (c), (d) RETURN p, c, d', neo4j)).toEqual({ ok: true });
  });
});

describe('syntaxErrors', () => {
  it('answers the parser message with a 1-based line and column', () => {
    expect(syntaxErrors('MATCH (n)\nRETURN m', {})).toEqual([{ message: 'Variable `m` not defined', line: 2, column: 8 }]);
  });

  it('reports an undeclared parameter and accepts a declared one', () => {
    expect(syntaxErrors('MATCH (n {id: $id}) RETURN n', {})[0]?.message).toBe('Parameter $id is not defined.');
    expect(syntaxErrors('MATCH (n {id: $id}) RETURN n', { id: 'x' })).toEqual([]);
  });

  it('finds nothing wrong in a valid read', () => {
    expect(syntaxErrors('MATCH (t:Taxon)-[:MEMBER_OF*1..3]->(f:Family) RETURN f.name, count(t)', {})).toEqual([]);
  });
});
