// Decides what the Cypher console may run, from Neo4j's own parser (@neo4j-cypher/language-support)
// rather than keyword regexes: one read-only statement passes; writes, schema and admin commands,
// procedures outside a small allow-list, and (on the embedded engine) reads shaped to run away
// are refused with a sentence that says what and why.
import { getDebugTree, lintCypherQuery, parseStatementsStrs, type SimpleTree } from '@neo4j-cypher/language-support';

import type { Verdict } from './console-input.ts';

export type { Verdict } from './console-input.ts';

export interface ClassifyOptions {
  /**
   * Apply the cost rules below. On for the embedded engine: Grafeo has no cancel and no
   * timeout, so a read must be known to be small before it starts. Neo4j stops a read at its
   * transaction timeout, so there the console lets longer traversals through.
   */
  bounded: boolean;
}

// The cost rules, measured on the seeded taxonomy (113 nodes, 183 edges, highest degree 21) on
// the embedded engine. Directed paths follow the classification and phylogeny, which have no
// cycles, so they saturate: every directed path of up to 8 hops is 2,277 paths, read in 4 ms;
// 8 covers the whole rank ladder, domain to specimen. Undirected paths grow about 5.6 times a
// hop: up to 3 hops is 14k paths (1.7 s returned), 4 is 82k (16 s and 3 GB returned), 6 is
// 2.6M; two chained undirected *1..3 are 3.1M. So hops are summed over the whole statement.
// A shortest path is a breadth-first search, linear in the graph: all pairs within 15 hops
// took 0.25 s. Two unconnected patterns are 12.7k rows (0.3 s); three are 1.4M rows (22 s and
// 12 GB), so a third is refused.
// These rules stop the runaway reads people write by accident, not every expensive read one
// could contrive (UNWIND of a collected list three times is a cartesian product too): where
// the console faces people you do not trust, run on Neo4j, which enforces a timeout.
export const LIMITS = { directedHops: 8, undirectedHops: 3, shortestPathHops: 15, unconnectedPatterns: 2 } as const;

/** Procedures that only read the schema, and that both engines have. */
export const ALLOWED_PROCEDURES = ['db.labels', 'db.relationshipTypes', 'db.propertyKeys'] as const;

const WRITES: Record<string, string> = {
  createClause: 'CREATE writes to the graph',
  mergeClause: 'MERGE writes to the graph',
  setClause: 'SET writes to the graph',
  deleteClause: 'DELETE writes to the graph',
  removeClause: 'REMOVE writes to the graph',
  insertClause: 'INSERT writes to the graph',
  foreachClause: 'FOREACH exists to write to the graph',
  loadCSVClause: 'LOAD CSV reads files on the database server',
};

const readOnly = (why: string): Verdict => ({ ok: false, refused: `The console is read-only: ${why}` });
const refuse = (why: string): Verdict => ({ ok: false, refused: why });

const isRule = (node: SimpleTree): boolean => Boolean(node.children?.length);
const children = (node: SimpleTree): SimpleTree[] => node.children ?? [];

/** Rule nodes named `name` at or below node, outermost first. */
function findAll(node: SimpleTree, name: string, out: SimpleTree[] = []): SimpleTree[] {
  if (isRule(node) && node.name === name) out.push(node);
  for (const child of children(node)) findAll(child, name, out);
  return out;
}

/** The source tokens under a node, in order. */
function tokens(node: SimpleTree): string[] {
  return isRule(node) ? children(node).flatMap(tokens) : [node.name];
}

const child = (node: SimpleTree, name: string) => children(node).find((c) => isRule(c) && c.name === name);

export function classify(query: string, { bounded }: ClassifyOptions): Verdict {
  const statements = parseStatementsStrs(query);
  if (statements.length > 1) return refuse(`The console runs one statement at a time; this holds ${statements.length}`);
  const tree = getDebugTree(query);
  return readOnlyVerdict(tree) ?? (bounded ? costVerdict(tree) : undefined) ?? { ok: true };
}

function readOnlyVerdict(tree: SimpleTree): Verdict | undefined {
  for (const [rule, why] of Object.entries(WRITES)) if (findAll(tree, rule).length) return readOnly(why);
  const command = findAll(tree, 'command')[0] ?? findAll(tree, 'composableCommandClauses')[0];
  if (command) return refuse(`The console runs queries, not commands: ${tokens(command).slice(0, 2).join(' ').toUpperCase()} is a schema or administration command`);
  if (findAll(tree, 'consoleCommand').length) return refuse('The console runs Cypher; commands that start with a colon belong to Neo4j Browser');
  if (findAll(tree, 'useClause').length) return refuse('USE switches to another database; the console reads the configured one only');
  if (findAll(tree, 'subqueryInTransactionsParameters').length) return readOnly('CALL { … } IN TRANSACTIONS commits in batches, which only a write needs');
  for (const call of findAll(tree, 'callClause')) {
    const name = tokens(child(call, 'procedureName') ?? call).join('');
    if (!(ALLOWED_PROCEDURES as readonly string[]).includes(name)) {
      return refuse(`The console calls only the procedures ${ALLOWED_PROCEDURES.join(', ')}; ${name} is not one of them, and a procedure may write`);
    }
  }
  const plan = findAll(tree, 'preparserOption').flatMap(tokens).find((t) => /^(EXPLAIN|PROFILE)$/i.test(t));
  if (plan) return refuse(`${plan.toUpperCase()} answers a query plan, which the two engines describe differently; run the query itself`);
  return undefined;
}

function costVerdict(tree: SimpleTree): Verdict | undefined {
  const hops = { directed: 0, undirected: 0 };
  for (const span of variableLengths(tree)) {
    if (span.shortest) {
      if (span.max > LIMITS.shortestPathHops) return refuse(`On the embedded engine a shortest path needs an upper bound of at most ${LIMITS.shortestPathHops} hops, e.g. [*..${LIMITS.shortestPathHops}]; ${span.text} has ${bound(span.max)}. The engine cannot stop a query once it runs`);
      continue;
    }
    if (span.max === Infinity) return refuse(`On the embedded engine a variable-length relationship needs an upper bound, e.g. [:MEMBER_OF*1..${LIMITS.directedHops}]; ${span.text} has none. The engine cannot stop a query once it runs`);
    hops[span.directed ? 'directed' : 'undirected'] += span.max;
  }
  if (hops.undirected > LIMITS.undirectedHops) return refuse(`On the embedded engine undirected variable-length relationships may span at most ${LIMITS.undirectedHops} hops in one query (paths grow about sixfold a hop); this one asks for up to ${hops.undirected}. Give them a direction or fewer hops`);
  if (hops.directed > LIMITS.directedHops) return refuse(`On the embedded engine variable-length relationships may span at most ${LIMITS.directedHops} hops in one query; this one asks for up to ${hops.directed}`);
  for (const query of findAll(tree, 'singleQuery')) {
    const parts = unconnectedPatterns(query);
    if (parts > LIMITS.unconnectedPatterns) return refuse(`On the embedded engine a query may join at most ${LIMITS.unconnectedPatterns} unconnected patterns (each more multiplies the rows: a cartesian product); this one joins ${parts}. Connect them through a shared variable`);
  }
  return undefined;
}

interface Span {
  text: string;
  max: number;
  directed: boolean;
  /** Inside shortestPath(), allShortestPaths() or a SHORTEST path selector. */
  shortest: boolean;
}

const relationshipsIn = (node: SimpleTree) => (node.name === 'relationshipPattern' ? [node] : findAll(node, 'relationshipPattern'));
const isDirected = (rel: SimpleTree) => !child(rel, 'leftArrow') !== !child(rel, 'rightArrow');

/** Every variable-length relationship (`-[*1..3]->`) and quantified path (`(…){1,3}`, `-->{1,3}`), with the most hops it can take. */
function variableLengths(node: SimpleTree, shortest = false, out: Span[] = []): Span[] {
  if (!isRule(node)) return out;
  const prefix = node.name === 'pattern' ? child(node, 'pathPatternPrefix') : undefined;
  const inShortest = shortest || node.name === 'shortestPathPattern' || Boolean(prefix && tokens(prefix).some((t) => /^SHORTEST$/i.test(t)));
  children(node).forEach((c, i, siblings) => {
    if (c.name === 'pathLength' && isRule(c)) {
      out.push({ text: tokens(node).join(''), max: upperBound(tokens(c)), directed: isDirected(node), shortest: inShortest });
    }
    if (c.name === 'quantifier' && isRule(c)) {
      // `(…){1,3}` quantifies the parenthesised path; `-->{1,3}` the relationship just before.
      const quantified = node.name === 'parenthesizedPath' ? node : siblings[i - 1];
      const rels = quantified ? relationshipsIn(quantified) : [];
      out.push({ text: tokens(quantified ?? c).join(''), max: upperBound(tokens(c)) * Math.max(rels.length, 1), directed: rels.every(isDirected), shortest: inShortest });
    }
    variableLengths(c, inShortest, out);
  });
  return out;
}

/** Upper bound of `*`, `*3`, `*1..5`, `*..5`, `*2..`, `{3}`, `{1,5}`, `{1,}`, `+`. */
function upperBound(t: string[]): number {
  const numbers = t.filter((x) => /^\d+$/.test(x)).map(Number);
  if (!numbers.length) return Infinity; // `*`, `+`, `{,}`
  if (!t.includes('..') && !t.includes(',')) return numbers[0] as number;
  const last = t[t.length - 1] === '}' ? t[t.length - 2] : t[t.length - 1];
  return last && /^\d+$/.test(last) ? Number(last) : Infinity;
}

const bound = (max: number) => (max === Infinity ? 'none' : `${max}`);

/** How many groups of MATCH patterns in one query part share no variable with each other. */
function unconnectedPatterns(singleQuery: SimpleTree): number {
  const patterns = children(singleQuery)
    .map((c) => child(c, 'matchClause'))
    .flatMap((match) => (match ? children(child(match, 'patternList') ?? match).filter((p) => p.name === 'pattern') : []));
  const groups: Set<string>[] = [];
  for (const pattern of patterns) {
    const names = new Set(
      [...findAll(pattern, 'nodePattern'), ...findAll(pattern, 'relationshipPattern')].flatMap((p) => {
        const variable = child(p, 'variable');
        return variable ? [tokens(variable).join('')] : [];
      }),
    );
    const joined = groups.filter((g) => [...names].some((n) => g.has(n)));
    const merged = new Set([...names, ...joined.flatMap((g) => [...g])]);
    for (const g of joined) groups.splice(groups.indexOf(g), 1);
    groups.push(merged);
  }
  return groups.length;
}

export interface CypherSyntaxError {
  message: string;
  line: number;
  column: number;
}

/**
 * The errors Neo4j's parser and semantic analyser find, with 1-based line and column. The
 * request's parameters are declared, so `$x` is an error only when the request lacks it.
 */
export function syntaxErrors(query: string, params: Record<string, unknown>): CypherSyntaxError[] {
  const { diagnostics } = lintCypherQuery(query, { parameters: params }, { consoleCommandsEnabled: false });
  return diagnostics
    .filter((d) => d.severity === 1)
    .map((d) => ({ message: typeof d.message === 'string' ? d.message : d.message.value, line: d.range.start.line + 1, column: d.range.start.character + 1 }));
}
