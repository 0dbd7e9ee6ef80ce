// The console's parser thread gives its memory back when unused (Neo4j's analyser holds about
// 200 MB in it) and the next query is checked as before, by a fresh thread.
import { afterAll, expect, it } from 'vitest';
import { ConsoleParser } from '../../../server/src/taxonomy/console-parser.ts';

const parser = new ConsoleParser({ budgetMs: 30_000, memoryMb: 512, idleMs: 300 });
afterAll(() => parser.close());

it('stops its thread once unused for idleMs, and checks the next query as before in a fresh one', async () => {
  const write = 'CREATE (n:Entity {id: "x"}) RETURN n';
  const first = await parser.check(write, {}, true);
  expect(first.verdict.ok).toBe(false);
  expect(parser.running).toBe(true);

  await expect.poll(() => parser.running, { timeout: 5_000, interval: 100 }).toBe(false);

  expect(await parser.check(write, {}, true)).toEqual(first);
  expect(parser.running).toBe(true);
  expect((await parser.check('MATCH (n:Taxon) RETURN n.name AS name LIMIT 3', {}, true)).verdict.ok).toBe(true);
});

it('never stops the thread under a query: queries sent together are all checked', async () => {
  const eager = new ConsoleParser({ budgetMs: 30_000, memoryMb: 512, idleMs: 1 });
  try {
    const answers = await Promise.all(['RETURN 1 AS one', 'MATCH (n) RETURN count(n) AS c', 'DELETE n', 'RETURN 2 AS two'].map((q) => eager.check(q, {}, true)));
    expect(answers.map((a) => a.verdict.ok)).toEqual([true, true, false, true]);
  } finally {
    await eager.close();
  }
});
