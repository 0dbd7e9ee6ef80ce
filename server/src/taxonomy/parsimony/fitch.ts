// Fitch parsimony for one present/absent character on a rooted forest: the fewest changes the
// tree needs, how many of them must be gains (origins) and losses, which ancestors carried the
// trait in every most parsimonious reconstruction, and where they differ ("ambiguous").
//
// A post-order pass gives each node the cost of its subtree for either state; a pre-order
// pass gives the cost of the rest of the tree. For two states with unit costs this is Fitch's
// algorithm (and Hartigan's for polytomies) written as costs instead of sets: a node's state
// set holds a state exactly when some most parsimonious reconstruction gives it that state.
// Weighting a gain a hair above a loss (or below) picks, among the equally short
// reconstructions, the one with the fewest origins (ACCTRAN's choice: reversals before
// parallel gains) or the most (DELTRAN's). Linear in the number of nodes.

/**
 * States: at a leaf absent, present, or unknown (coded "?": fits either, costs nothing). At an
 * internal node PRESENT is an observation that holds it present; anything else leaves it free.
 */
export const ABSENT = 0;
export const PRESENT = 1;
export const UNKNOWN = 2;
/** A node's reconstructed state: present or absent in every shortest history, or it depends. */
export const AMBIGUOUS = 2;

export interface Forest {
  /** Every node counted, parents before children (any topological order). */
  order: Int32Array;
  /** Each node's parent, -1 for a root; the roots hang under a virtual root that lacks the trait. */
  parent: Int32Array;
  /**
   * How many identical sibling leaves a node stands for (default 1): a compacted tree keeps one
   * absent leaf for all the children of a taxon that lack the trait, with their count here.
   */
  multiplicity?: Int32Array;
}

export interface FitchResult {
  /** The fewest changes (gains + losses) any reconstruction needs: the character's length. */
  changes: number;
  /** The fewest gains among the shortest reconstructions: the trait arose at least this often. */
  origins: number;
  /** Losses in that reconstruction (changes - origins). */
  losses: number;
  /** The most gains among the shortest reconstructions (the one with the fewest losses). */
  maxOrigins: number;
  /** 1 / changes (the minimum a present/absent character can need is one change); null without any change. */
  consistencyIndex: number | null;
  /** Per node: ABSENT, PRESENT or AMBIGUOUS over all shortest reconstructions. */
  states: Uint8Array;
  /** Per node: 0 or 1 in the reconstruction with the fewest origins, the one drawn. */
  shown: Uint8Array;
  /** Nodes on whose branch (from the parent, or from the virtual root) the trait is gained / lost, in the shown reconstruction. */
  gains: number[];
  lossesAt: number[];
}

interface Pass {
  down0: Float64Array;
  down1: Float64Array;
  total: number;
}

/** Leaves are the nodes with no child in this forest. */
export function isLeafArray(forest: Forest, size: number): Uint8Array {
  const hasChild = new Uint8Array(size);
  for (let i = 0; i < forest.order.length; i++) {
    const p = forest.parent[forest.order[i]!]!;
    if (p >= 0) hasChild[p] = 1;
  }
  return hasChild.map((h) => (h ? 0 : 1));
}

/**
 * Post-order: down_s(v) is the cheapest cost of v's subtree with v in state s. gain and loss
 * are the costs of a 0→1 and a 1→0 change on one branch.
 */
function postOrder(forest: Forest, leaf: Uint8Array, state: Uint8Array, gain: number, loss: number, size: number): Pass {
  const down0 = new Float64Array(size);
  const down1 = new Float64Array(size);
  let total = 0;
  for (let i = forest.order.length - 1; i >= 0; i--) {
    const v = forest.order[i]!;
    if (leaf[v]) {
      const s = state[v];
      down0[v] = s === PRESENT ? Infinity : 0;
      down1[v] = s === ABSENT ? Infinity : 0;
    } else if (state[v] === PRESENT) {
      down0[v] = Infinity;
    }
    const from0 = Math.min(down0[v]!, down1[v]! + gain);
    const from1 = Math.min(down1[v]!, down0[v]! + loss);
    const p = forest.parent[v]!;
    const m = forest.multiplicity ? forest.multiplicity[v]! : 1;
    if (p >= 0) {
      down0[p] = down0[p]! + m * from0;
      down1[p] = down1[p]! + m * from1;
    } else {
      total += m * from0;
    }
  }
  return { down0, down1, total };
}

/** Pre-order: out_s(v) is the cheapest cost of everything outside v's subtree with v in state s. */
function stateSets(forest: Forest, pass: Pass, size: number): Uint8Array {
  const { down0, down1, total } = pass;
  const out0 = new Float64Array(size);
  const out1 = new Float64Array(size);
  const states = new Uint8Array(size);
  const best0 = (v: number) => Math.min(down0[v]!, down1[v]! + 1);
  const best1 = (v: number) => Math.min(down1[v]!, down0[v]! + 1);
  for (let i = 0; i < forest.order.length; i++) {
    const v = forest.order[i]!;
    const p = forest.parent[v]!;
    if (p < 0) {
      const rest = total - best0(v);
      out0[v] = rest;
      out1[v] = rest + 1;
    } else {
      const viaParent0 = out0[p]! + down0[p]! - best0(v);
      const viaParent1 = out1[p]! + down1[p]! - best1(v);
      out0[v] = Math.min(viaParent0, viaParent1 + 1);
      out1[v] = Math.min(viaParent1, viaParent0 + 1);
    }
    const in0 = down0[v]! + out0[v]! === total;
    const in1 = down1[v]! + out1[v]! === total;
    states[v] = in0 && in1 ? AMBIGUOUS : in1 ? PRESENT : ABSENT;
  }
  return states;
}

/** One optimal reconstruction under the pass's weights; a tie keeps the parent's state (no change). */
function reconstruct(forest: Forest, pass: Pass, gain: number, loss: number, size: number) {
  const shown = new Uint8Array(size);
  const gains: number[] = [];
  const lossesAt: number[] = [];
  for (let i = 0; i < forest.order.length; i++) {
    const v = forest.order[i]!;
    const p = forest.parent[v]!;
    const above = p < 0 ? ABSENT : shown[p]!;
    const cost0 = pass.down0[v]! + (above === PRESENT ? loss : 0);
    const cost1 = pass.down1[v]! + (above === ABSENT ? gain : 0);
    const s = cost0 === cost1 ? above : cost1 < cost0 ? PRESENT : ABSENT;
    shown[v] = s;
    if (s !== above) (s === PRESENT ? gains : lossesAt).push(v);
  }
  return { shown, gains, lossesAt };
}

export function fitch(forest: Forest, state: Uint8Array, size: number): FitchResult {
  const leaf = isLeafArray(forest, size);
  const unit = postOrder(forest, leaf, state, 1, 1, size);
  const changes = unit.total;
  const states = stateSets(forest, unit, size);
  // Changes dominate, the small difference (a gain or a loss) breaks ties.
  // big exceeds any count of changes (every branch, counting a leaf's multiplicity, changes at most once).
  let branches = forest.order.length;
  if (forest.multiplicity) for (let i = 0; i < forest.order.length; i++) branches += forest.multiplicity[forest.order[i]!]! - 1;
  const big = branches + 2;
  const fewestGains = postOrder(forest, leaf, state, big + 1, big, size);
  const fewestLosses = postOrder(forest, leaf, state, big, big + 1, size);
  const origins = fewestGains.total - changes * big;
  const minLosses = fewestLosses.total - changes * big;
  const { shown, gains, lossesAt } = reconstruct(forest, fewestGains, big + 1, big, size);
  return {
    changes,
    origins,
    losses: changes - origins,
    maxOrigins: changes - minLosses,
    consistencyIndex: changes > 0 ? 1 / changes : null,
    states,
    shown,
    gains,
    lossesAt,
  };
}

/**
 * What a single origin would cost: one gain in the most recent common ancestor of the taxa
 * observed present (-1: the virtual root, when they sit in separate trees) and a loss in every largest
 * clade under it with an absent leaf and no present one. Explains why more origins are shorter.
 */
export function singleOrigin(forest: Forest, state: Uint8Array, size: number): { at: number; losses: number } | null {
  const leaf = isLeafArray(forest, size);
  const present = new Int32Array(size);
  const absent = new Int32Array(size);
  let allPresent = 0;
  for (let i = forest.order.length - 1; i >= 0; i--) {
    const v = forest.order[i]!;
    const m = forest.multiplicity ? forest.multiplicity[v]! : 1;
    // A taxon observed carrying it counts, a leaf or not: an origin must sit at or above it.
    if (state[v] === PRESENT) present[v]! += m;
    if (leaf[v] && state[v] === ABSENT) absent[v]! += m;
    const p = forest.parent[v]!;
    if (p >= 0) {
      present[p]! += present[v]!;
      absent[p]! += absent[v]!;
    } else allPresent += present[v]!;
  }
  if (allPresent === 0) return null;
  // The deepest node holding every present leaf: walk down from the roots.
  let at = -1;
  for (let i = 0; i < forest.order.length; i++) {
    const v = forest.order[i]!;
    const p = forest.parent[v]!;
    if (present[v] === allPresent && p === at) at = v;
  }
  let losses = 0;
  const inside = new Uint8Array(size);
  for (let i = 0; i < forest.order.length; i++) {
    const v = forest.order[i]!;
    const p = forest.parent[v]!;
    inside[v] = v === at ? 1 : p >= 0 ? inside[p]! : at === -1 ? 1 : 0;
    const parentPresent = p >= 0 ? present[p]! : allPresent;
    if (v !== at && inside[v] && present[v] === 0 && absent[v]! > 0 && parentPresent > 0) losses += forest.multiplicity ? forest.multiplicity[v]! : 1;
  }
  return { at, losses };
}
