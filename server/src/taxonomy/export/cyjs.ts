// Cytoscape desktop's JSON (.cyjs): format_version, generated_by, the network's data, and
// elements with node positions from a simple deterministic layout (a tidy tree of the
// classification; traits, papers and labs in rows below), so the file opens laid out.
// Cytoscape reserves `source` on edges for the start node, so the URL is `sourceUrl`.
import { EDGE_TYPES, edgeId, NODE_KINDS, type Dataset } from '../model.ts';

const X_GAP = 60;
const Y_GAP = 250;

/** Leaves side by side in classification order, each parent over the middle of its children. */
export function layout(dataset: Dataset): Map<string, { x: number; y: number }> {
  const taxa = dataset.nodes.taxon.map((t) => t.id);
  const known = new Set(taxa);
  const parent = new Map<string, string>();
  for (const e of dataset.edges.MEMBER_OF ?? []) if (known.has(e.from) && known.has(e.to) && !parent.has(e.from)) parent.set(e.from, e.to);
  const children = new Map<string, string[]>();
  for (const id of taxa) {
    const p = parent.get(id);
    if (!p) continue;
    const list = children.get(p);
    if (list) list.push(id);
    else children.set(p, [id]);
  }
  const positions = new Map<string, { x: number; y: number }>();
  const visited = new Set<string>();
  let nextX = 0;
  let deepest = 0;
  const place = (root: string) => {
    // Iterative post-order: children are placed before their parent.
    const stack: { id: string; depth: number; open: boolean }[] = [{ id: root, depth: 0, open: false }];
    visited.add(root);
    while (stack.length) {
      const top = stack.pop() as { id: string; depth: number; open: boolean };
      const kids = children.get(top.id) ?? [];
      if (!top.open) {
        stack.push({ ...top, open: true });
        for (let i = kids.length - 1; i >= 0; i--) {
          const c = kids[i] as string;
          if (visited.has(c)) continue;
          visited.add(c);
          stack.push({ id: c, depth: top.depth + 1, open: false });
        }
        continue;
      }
      const placed = kids.flatMap((c) => positions.get(c) ?? []);
      const x = placed.length ? placed.reduce((sum, p) => sum + p.x, 0) / placed.length : nextX++ * X_GAP;
      deepest = Math.max(deepest, top.depth);
      positions.set(top.id, { x, y: top.depth * Y_GAP });
    }
  };
  for (const id of taxa) if (!parent.has(id)) place(id);
  // Taxa on a MEMBER_OF cycle have no root; place them anyway.
  for (const id of taxa) if (!visited.has(id)) place(id);
  let row = deepest + 1;
  for (const kind of NODE_KINDS) {
    if (kind === 'taxon' || !dataset.nodes[kind].length) continue;
    dataset.nodes[kind].forEach((n, i) => positions.set(n.id, { x: i * X_GAP * 2, y: row * Y_GAP }));
    row++;
  }
  return positions;
}

export function toCyjs(dataset: Dataset, name = 'cladescope taxonomy'): object {
  const positions = layout(dataset);
  const nodes = NODE_KINDS.flatMap((kind) =>
    (dataset.nodes[kind] as Record<string, unknown>[]).map(({ id, source, ...props }) => ({
      data: { id, name: props.name, shared_name: props.name, kind, ...props, ...(source !== undefined && { sourceUrl: source }) },
      position: positions.get(String(id)) ?? { x: 0, y: 0 },
    })),
  );
  const edges = EDGE_TYPES.flatMap((type) =>
    (dataset.edges[type] ?? []).map(({ from, to, source, ...props }) => {
      const label = `${from} (${type}) ${to}`;
      return { data: { id: edgeId(type, { from, to, trait: props.trait }), source: from, target: to, interaction: type, type, name: label, shared_name: label, ...props, ...(source !== undefined && { sourceUrl: source }) } };
    }),
  );
  return {
    format_version: '1.0',
    generated_by: 'cladescope',
    target_cytoscapejs_version: '~2.1',
    data: { name, shared_name: name },
    elements: { nodes, edges },
  };
}
