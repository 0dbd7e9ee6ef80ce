// The pure half of revisions: what a change did, the net change of several revisions, and a
// graph state at an earlier revision from the state now.
import { describe, expect, it } from 'vitest';
import { compose, emptyState, fieldChanges, opOf, stateBefore, summarise, type Change, type NodeState } from '../../../../server/src/taxonomy/revisions/changes.ts';

const taxon = (props: Record<string, unknown>): NodeState => ({ kind: 'taxon', props: { rank: 'species', ...props } });
const node = (entity: string, before: NodeState | null, after: NodeState | null): Change => ({ kind: 'node', entity, before, after });

describe('fieldChanges', () => {
  it('names each property whose value differs as [old, new], null where absent', () => {
    expect(fieldChanges({ name: 'A', commonNames: ['x'], status: 'extant' }, { name: 'B', commonNames: ['x'], note: 'n' })).toEqual({ name: ['A', 'B'], note: [null, 'n'], status: ['extant', null] });
  });
});

describe('opOf', () => {
  it('tells added, removed and changed apart, and nothing when before and after are alike', () => {
    expect(opOf(node('a', null, taxon({ name: 'A' })))).toBe('added');
    expect(opOf(node('a', taxon({ name: 'A' }), null))).toBe('removed');
    expect(opOf(node('a', taxon({ name: 'A' }), taxon({ name: 'B' })))).toBe('changed');
    expect(opOf(node('a', taxon({ name: 'A' }), taxon({ name: 'A' })))).toBeUndefined();
  });

  it('counts a moved edge (new ends, same id) as changed', () => {
    expect(opOf({ kind: 'edge', entity: 'e', before: { type: 'MEMBER_OF', from: 'a', to: 'b', props: {} }, after: { type: 'MEMBER_OF', from: 'a', to: 'c', props: {} } })).toBe('changed');
  });
});

describe('compose', () => {
  it('keeps, for each entity, the state before the first revision and after the last', () => {
    const net = compose([node('a', null, taxon({ name: 'A' })), node('b', taxon({ name: 'B' }), taxon({ name: 'B2' })), node('b', taxon({ name: 'B2' }), taxon({ name: 'B3' }))]);
    expect(net).toEqual([node('a', null, taxon({ name: 'A' })), node('b', taxon({ name: 'B' }), taxon({ name: 'B3' }))]);
  });

  it('leaves out an entity added and removed again, and one changed back', () => {
    const net = compose([node('a', null, taxon({ name: 'A' })), node('a', taxon({ name: 'A' }), null), node('b', taxon({ name: 'B' }), taxon({ name: 'X' })), node('b', taxon({ name: 'X' }), taxon({ name: 'B' }))]);
    expect(net).toEqual([]);
    expect(summarise(net)).toEqual({ added: 0, changed: 0, removed: 0 });
  });
});

describe('stateBefore', () => {
  it('undoes later revisions on the state now: added go, removed come back, changed take their old value', () => {
    const now = emptyState();
    now.nodes.set('added', taxon({ name: 'New' }));
    now.nodes.set('changed', taxon({ name: 'After' }));
    now.nodes.set('kept', taxon({ name: 'Kept' }));
    const earlier = stateBefore(now, [node('added', null, taxon({ name: 'New' })), node('removed', taxon({ name: 'Old' }), null), node('changed', taxon({ name: 'Before' }), taxon({ name: 'After' }))]);
    expect(Object.fromEntries([...earlier.nodes].map(([id, n]) => [id, n.props.name]))).toEqual({ changed: 'Before', kept: 'Kept', removed: 'Old' });
    expect(now.nodes.has('added')).toBe(true);
  });
});
