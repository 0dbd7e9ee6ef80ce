// Newick: the classification (MEMBER_OF) or the phylogeny (DESCENDS_FROM) as trees, one per
// root and one per line. Labels follow the grammar: bare when they can be, else in single
// quotes with embedded quotes doubled. Newick draws trees, not networks: a taxon with two
// parents appears once, under the first parent by id.
import type { Dataset } from '../model.ts';

export interface NewickOptions {
  tree?: 'classification' | 'phylogeny';
  /** Label nodes with the taxon's name (default) or its id. */
  label?: 'name' | 'id';
}

/** A label as Newick writes it: unquoted only when nothing in it means something else. */
export function newickLabel(label: string): string {
  return /^[^\s()[\]':;,_]+$/.test(label) ? label : `'${label.replace(/'/g, "''")}'`;
}

export function toNewick(dataset: Dataset, options: NewickOptions = {}): string {
  const type = options.tree === 'phylogeny' ? 'DESCENDS_FROM' : 'MEMBER_OF';
  const taxa = new Map(dataset.nodes.taxon.map((t) => [t.id, t]));
  const edges = (dataset.edges[type] ?? []).filter((e) => taxa.has(e.from) && taxa.has(e.to));
  const parent = new Map<string, string>();
  for (const e of [...edges].sort((a, b) => (a.to < b.to ? -1 : a.to > b.to ? 1 : 0))) if (!parent.has(e.from)) parent.set(e.from, e.to);
  const children = new Map<string, string[]>();
  for (const [child, p] of parent) children.set(p, [...(children.get(p) ?? []), child]);

  // The phylogeny shows only the taxa it links; the classification shows every taxon.
  const members = type === 'MEMBER_OF' ? [...taxa.keys()] : [...new Set(edges.flatMap((e) => [e.from, e.to]))];
  const labelOf = (id: string) => newickLabel(options.label === 'id' ? id : (taxa.get(id)?.name ?? id));
  const order = (ids: string[]) => [...ids].sort((a, b) => labelOf(a).localeCompare(labelOf(b)) || (a < b ? -1 : 1));
  const written = new Set<string>();

  const write = (root: string): string => {
    // Iterative post-order, so a deep tree cannot overflow the stack; a node is taken once.
    const out = new Map<string, string>();
    const stack: { id: string; open: boolean }[] = [{ id: root, open: false }];
    written.add(root);
    while (stack.length) {
      const top = stack.pop() as { id: string; open: boolean };
      const kids = order(children.get(top.id) ?? []);
      if (!top.open) {
        stack.push({ id: top.id, open: true });
        for (const c of [...kids].reverse()) {
          if (written.has(c)) continue;
          written.add(c);
          stack.push({ id: c, open: false });
        }
        continue;
      }
      const inner = kids.filter((c) => out.has(c)).map((c) => out.get(c) as string);
      kids.forEach((c) => out.delete(c));
      out.set(top.id, `${inner.length ? `(${inner.join(',')})` : ''}${labelOf(top.id)}`);
    }
    return `${out.get(root) as string};`;
  };

  const roots = order(members.filter((id) => !parent.has(id)));
  const trees = roots.map(write);
  // Whatever is left sits on a cycle (the importer refuses those, but a graph may hold one).
  for (const id of order(members)) if (!written.has(id)) trees.push(write(id));
  return trees.length ? `${trees.join('\n')}\n` : '';
}
