// Every format the API writes (GET /api/export), for the whole taxonomy or some nodes by id.

export interface ExportChoice {
  label: string;
  format: 'json' | 'yaml' | 'csv' | 'cyjs' | 'graphml' | 'newick' | 'cypher';
  part?: 'nodes' | 'edges';
  note: string;
}

export const EXPORT_CHOICES: readonly ExportChoice[] = [
  { label: 'Dataset JSON', format: 'json', note: 'the format of data/taxonomy.json; imports back' },
  { label: 'Dataset YAML', format: 'yaml', note: 'the same, as YAML' },
  { label: 'CSV nodes', format: 'csv', part: 'nodes', note: 'one row a node' },
  { label: 'CSV edges', format: 'csv', part: 'edges', note: 'one row a relationship' },
  { label: 'GraphML', format: 'graphml', note: 'for Gephi, yEd, NetworkX' },
  { label: 'Cytoscape JSON', format: 'cyjs', note: 'for Cytoscape desktop' },
  { label: 'Newick', format: 'newick', note: 'the classification as a tree' },
  { label: 'Cypher script', format: 'cypher', note: 'loads into Neo4j with cypher-shell' },
];

/** The export's address; with ids, only those nodes and the relationships between them. */
export function exportUrl(choice: ExportChoice, ids?: readonly string[]): string {
  const query = new URLSearchParams({ format: choice.format });
  if (choice.part) query.set('part', choice.part);
  if (ids?.length) query.set('ids', ids.join(','));
  return `/api/export?${query.toString()}`;
}
