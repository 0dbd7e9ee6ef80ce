// Hybrids: a taxon the source places in two lineages at once (Falcon H1R-7B in both phyla) has
// two classification parents, but only when it is marked hybrid, so an accidental second parent
// is still refused. On the real embedded engine (in memory).
import { afterEach, describe, expect, it } from 'vitest';
import { AppError, type ProblemDetail } from '../../../../server/src/errors.ts';
import type { ImportSource } from '../../../../server/src/taxonomy/import/records.ts';
import { dataset, harness, type Harness } from './support.ts';

const json = (name: string, value: unknown): ImportSource => ({ name, text: JSON.stringify(value, null, 2) });

/** A domain with two phyla. */
const twoPhyla = () =>
  dataset({
    nodes: {
      taxon: [
        { id: 'domain-d', rank: 'domain', name: 'Domainia' },
        { id: 'phylum-a', rank: 'phylum', name: 'Attenta' },
        { id: 'phylum-b', rank: 'phylum', name: 'Compressa' },
        { id: 'phylum-c', rank: 'phylum', name: 'Tertia' },
      ],
    },
    edges: { MEMBER_OF: [{ from: 'phylum-a', to: 'domain-d' }, { from: 'phylum-b', to: 'domain-d' }, { from: 'phylum-c', to: 'domain-d' }] },
  });

const model = (extra: Record<string, unknown> = {}) => ({ id: 'specimen-falcon', rank: 'specimen', name: 'Falcon', ...extra });
const parents = (...to: string[]) => to.map((t) => ({ from: 'specimen-falcon', to: t }));

let h: Harness;
afterEach(async () => {
  await h?.close();
});

async function problemsOf(sources: ImportSource[]): Promise<ProblemDetail[]> {
  const error = await h.importer.run(sources).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(AppError);
  return (error as AppError).details;
}

describe('a hybrid on import', () => {
  it('is refused two classification parents when it is not marked hybrid, and told how to mark it', async () => {
    h = await harness(twoPhyla());
    const problems = await problemsOf([json('falcon.json', { nodes: { taxon: [model()] }, edges: { MEMBER_OF: parents('phylum-a', 'phylum-b') } })]);
    expect(problems).toEqual([expect.objectContaining({ path: 'edges.MEMBER_OF[1].to', message: expect.stringMatching(/two classification parents: phylum-a .* and phylum-b; only a taxon marked hybrid: true has two/) })]);
  });

  it('keeps both parents when it is marked hybrid', async () => {
    h = await harness(twoPhyla());
    await h.importer.run([json('falcon.json', { nodes: { taxon: [model({ hybrid: true })] }, edges: { MEMBER_OF: parents('phylum-a', 'phylum-b') } })]);
    const graph = await h.snapshot();
    expect(graph.edges.MEMBER_OF?.filter((e) => e.from === 'specimen-falcon').map((e) => e.to)).toEqual(['phylum-a', 'phylum-b']);
    expect(graph.nodes.taxon.find((t) => t.id === 'specimen-falcon')?.hybrid).toBe(true);
  });

  it('takes its second parent in a later import, the graph knowing it is a hybrid', async () => {
    h = await harness(twoPhyla());
    await h.importer.run([json('one.json', { nodes: { taxon: [model({ hybrid: true })] }, edges: { MEMBER_OF: parents('phylum-a') } })]);
    const summary = await h.importer.run([json('two.json', { edges: { MEMBER_OF: parents('phylum-b') } })]);
    expect(summary.created.edges).toBe(1);
  });

  it('is refused a third parent', async () => {
    h = await harness(twoPhyla());
    const problems = await problemsOf([json('falcon.json', { nodes: { taxon: [model({ hybrid: true })] }, edges: { MEMBER_OF: parents('phylum-a', 'phylum-b', 'phylum-c') } })]);
    expect(problems).toEqual([expect.objectContaining({ path: 'edges.MEMBER_OF[2].to', message: expect.stringContaining('would have 3 classification parents; a hybrid has two') })]);
  });

  it('is refused a second parent against the graph when the graph has it unmarked', async () => {
    h = await harness(twoPhyla());
    await h.importer.run([json('one.json', { nodes: { taxon: [model()] }, edges: { MEMBER_OF: parents('phylum-a') } })]);
    const problems = await problemsOf([json('two.json', { edges: { MEMBER_OF: parents('phylum-b') } })]);
    expect(problems).toEqual([expect.objectContaining({ message: expect.stringContaining('specimen-falcon is already a member of phylum-a in the graph') })]);
  });
});
