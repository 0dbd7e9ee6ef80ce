// Splits one generated dataset into successive imports of about the same number of species, so a
// taxonomy too large for one request (or one transaction) goes in as several: the first chunk
// holds every node above species (and the traits, papers and labs), each later one a slice of
// the species, and every edge goes with the later of its two endpoints' chunks, so an edge
// only ever names nodes imported in its chunk or before it.
import type { Dataset, Edge, EdgeType } from '../server/src/taxonomy/model.ts';

export function splitDataset(dataset: Dataset, chunks: number): Dataset[] {
  const species = dataset.nodes.taxon.filter((t) => t.rank === 'species');
  const above = dataset.nodes.taxon.filter((t) => t.rank !== 'species');
  const per = Math.ceil(species.length / chunks);
  const parts: Dataset[] = Array.from({ length: chunks }, (_, i) => ({
    version: 1,
    nodes: { taxon: species.slice(i * per, (i + 1) * per), trait: [], paper: [], lab: [] },
    edges: {},
  }));
  const first = parts[0] as Dataset;
  first.nodes = { ...dataset.nodes, taxon: [...above, ...first.nodes.taxon] };

  const chunkOf = new Map<string, number>();
  parts.forEach((part, i) => {
    for (const nodes of Object.values(part.nodes)) for (const node of nodes) chunkOf.set(node.id, i);
  });
  for (const [type, edges] of Object.entries(dataset.edges) as [EdgeType, Edge[]][]) {
    for (const edge of edges) {
      // An endpoint the dataset does not hold is left for the import to report, in the first chunk.
      const part = parts[Math.max(chunkOf.get(edge.from) ?? 0, chunkOf.get(edge.to) ?? 0)] as Dataset;
      (part.edges[type] ??= []).push(edge);
    }
  }
  return parts;
}
