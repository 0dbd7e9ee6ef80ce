// The export use case, for the CLI and GET /api/export alike: read the graph (all of it, some
// ids, or a named query's answer) as a dataset, then write it in the format asked for.
import { stringify as toYaml } from 'yaml';
import type { CypherLibrary } from '../../cypher/library.ts';
import { invalidInput } from '../../errors.ts';
import type { GraphStore } from '../../store/graph-store.ts';
import { schemaStatements } from '../dataset-writer.ts';
import type { Dataset } from '../model.ts';
import type { QueryService } from '../query.service.ts';
import { listRevisions } from '../revisions/revision-log.ts';
import { edgesCsv, nodesCsv } from './csv.ts';
import { toCyjs } from './cyjs.ts';
import { toCypherScript } from './cypher-script.ts';
import { GraphReader } from './graph-reader.ts';
import { toGraphml } from './graphml.ts';
import { toNewick } from './newick.ts';

export const EXPORT_FORMATS = ['json', 'yaml', 'csv', 'cyjs', 'graphml', 'newick', 'cypher'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

export interface ExportOptions {
  /** CSV comes as two files: which one. */
  part?: 'nodes' | 'edges';
  /** Newick: the classification (MEMBER_OF, default) or the phylogeny (DESCENDS_FROM). */
  tree?: 'classification' | 'phylogeny';
  /** Newick: label with names (default) or ids. */
  label?: 'name' | 'id';
}

/** What to export: the whole graph, some nodes by id, or the answer of a named query. */
export interface ExportSelection {
  ids?: string[];
  query?: string;
  params?: unknown;
}

export interface ExportFile {
  body: string;
  contentType: string;
  filename: string;
}

const EXTENSION: Record<ExportFormat, string> = { json: 'json', yaml: 'yaml', csv: 'csv', cyjs: 'cyjs', graphml: 'graphml', newick: 'nwk', cypher: 'cypher' };
const CONTENT_TYPE: Record<ExportFormat, string> = {
  json: 'application/json; charset=utf-8',
  yaml: 'application/yaml; charset=utf-8',
  csv: 'text/csv; charset=utf-8',
  cyjs: 'application/json; charset=utf-8',
  graphml: 'application/graphml+xml; charset=utf-8',
  newick: 'text/plain; charset=utf-8',
  cypher: 'text/plain; charset=utf-8',
};

export class ExportService {
  private readonly reader: GraphReader;

  constructor(
    private readonly store: GraphStore,
    private readonly library: CypherLibrary,
    queries: QueryService,
  ) {
    this.reader = new GraphReader(store, library, queries);
  }

  dataset(selection: ExportSelection = {}): Promise<Dataset> {
    if (selection.ids && selection.query) throw invalidInput('Choose ids or a query, not both', [{ path: 'query.ids', message: 'not with query' }]);
    if (selection.ids) return this.reader.byIds(selection.ids);
    if (selection.query) return this.reader.byQuery(selection.query, selection.params ?? {});
    return this.reader.all();
  }

  render(format: ExportFormat, dataset: Dataset, options: ExportOptions = {}, scope = 'taxonomy'): ExportFile {
    const file = (body: string, suffix = '') => ({ body, contentType: CONTENT_TYPE[format], filename: `cladescope-${scope}${suffix}.${EXTENSION[format]}` });
    switch (format) {
      case 'json':
        return file(`${JSON.stringify(dataset, null, 2)}\n`);
      case 'yaml':
        return file(toYaml(dataset, { lineWidth: 0 }));
      case 'csv':
        if (!options.part) throw invalidInput('format=csv needs part=nodes or part=edges: nodes and edges are two files', [{ path: 'query.part', message: 'required for csv: nodes or edges' }]);
        return file(options.part === 'nodes' ? nodesCsv(dataset) : edgesCsv(dataset), `-${options.part}`);
      case 'cyjs':
        return file(`${JSON.stringify(toCyjs(dataset, `cladescope ${scope}`), null, 1)}\n`);
      case 'graphml':
        return file(toGraphml(dataset));
      case 'newick':
        return file(toNewick(dataset, options), options.tree === 'phylogeny' ? '-phylogeny' : '');
      case 'cypher':
        return file(
          toCypherScript(dataset, {
            header: [
              `cladescope ${scope}: a Cypher script that recreates the graph in an empty database (cypher-shell -f ${`cladescope-${scope}.cypher`}).`,
              'The schema below is Neo4j\'s; on the embedded engine the server applies its own (cypher/schema/embedded) at start.',
            ],
            schema: schemaStatements(this.library, 'neo4j').map((s) => s.text),
            after: [this.library.get('import/search-text').text],
          }),
        );
    }
  }

  /** A dataset with the revision it was read at; read again if a write landed meanwhile. */
  private async atRevision(read: () => Promise<Dataset>): Promise<Dataset> {
    const newest = async () => (await listRevisions(this.store, this.library, 1))[0]?.id;
    for (let attempt = 0; ; attempt++) {
      const before = await newest();
      const dataset = await read();
      if (before === (await newest()) || attempt === 2) if (before === undefined) return dataset;
      // version first, then revision, then the rest as read: the file reads top-down.
      const { version, ...rest } = dataset;
      return { version, revision: before, ...rest };
    }
  }

  async export(format: ExportFormat, selection: ExportSelection = {}, options: ExportOptions = {}): Promise<ExportFile> {
    const scope = selection.ids ? 'selection' : selection.query ? selection.query.replace(/[^a-z0-9]+/gi, '-') : 'taxonomy';
    if (format === 'csv' && !options.part) this.render(format, { version: 1, nodes: { taxon: [], trait: [], paper: [], lab: [] }, edges: {} }, options);
    return this.render(format, await this.atRevision(() => this.dataset(selection)), options, scope);
  }
}
