// npm run import -- FILE... [--tree phylogeny] [--dry-run] [-m MESSAGE]
// Imports files into the store the server would open (embedded under DATA_DIR, or Neo4j with
// NEO4J_URI): checks everything first, then writes in one transaction, with a progress bar on
// stderr. Stop a server using the same embedded DATA_DIR first: the engine's file is its own.
import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { CypherLibrary } from '../cypher/library.ts';
import { openStore } from '../store/open-store.ts';
import { reportProblems, runCli } from './run-cli.ts';
import { ImportService, type ImportProgress } from '../taxonomy/import/import.service.ts';
import { prepareStore } from '../taxonomy/seed.ts';

const USAGE = 'usage: npm run import -- FILE... [--tree classification|phylogeny] [--dry-run] [--quiet] [-m MESSAGE]';

/** A one-line bar redrawn in place on a terminal; on a pipe, one line per phase when it ends. */
export function progressBar(stream: NodeJS.WriteStream = process.stderr): (p: ImportProgress) => void {
  const LABELS = { parse: 'reading ', check: 'checking', write: 'writing ' };
  let last = '';
  let lastPhase = '';
  return ({ phase, done, total }) => {
    const ratio = total ? Math.min(1, done / total) : 1;
    const width = 30;
    const bar = `${LABELS[phase]} [${'#'.repeat(Math.round(ratio * width)).padEnd(width, '.')}] ${String(Math.round(ratio * 100)).padStart(3)}% ${done}/${total}`;
    if (stream.isTTY) {
      if (bar !== last) stream.write(`\r${bar}`);
      if (done >= total) stream.write('\n');
    } else if (done >= total && phase !== lastPhase) {
      stream.write(`${bar}\n`);
      lastPhase = phase;
    }
    last = bar;
  };
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { tree: { type: 'string', default: 'classification' }, 'dry-run': { type: 'boolean', default: false }, quiet: { type: 'boolean', default: false }, message: { type: 'string', short: 'm' }, help: { type: 'boolean', default: false } } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = args;
  if (values.help || !positionals.length || !['classification', 'phylogeny'].includes(values.tree)) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const config = loadConfig();
  for (const file of positionals) {
    if (!existsSync(file)) {
      process.stderr.write(`${file}: no such file\n`);
      return 1;
    }
    if (statSync(file).size > config.IMPORT_LIMIT_BYTES) {
      process.stderr.write(`${file} is larger than IMPORT_LIMIT_BYTES (${config.IMPORT_LIMIT_BYTES} bytes); raise it to import this file\n`);
      return 1;
    }
  }
  const sources = positionals.map((file) => ({ name: basename(file), text: readFileSync(file, 'utf8') }));
  const library = new CypherLibrary();
  const store = openStore(config);
  try {
    // The same first start as the server's: an empty store gets the taxonomy before the import.
    const { seeded } = await prepareStore(store, library, config.SEED_FILE);
    if (seeded) process.stderr.write(`The store was empty: loaded ${config.SEED_FILE} first\n`);
    const importer = new ImportService(store, library, { limitBytes: config.IMPORT_LIMIT_BYTES });
    const started = performance.now();
    const summary = await importer.run(sources, { tree: values.tree as 'classification' | 'phylogeny', dryRun: values['dry-run'], message: values.message, onProgress: values.quiet ? undefined : progressBar() });
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    const line = (what: string, c: { nodes: number; edges: number }) => `${what.padEnd(10)}${String(c.nodes).padStart(8)} nodes ${String(c.edges).padStart(8)} edges`;
    process.stdout.write(
      [`${summary.dryRun ? 'Checked (dry run, nothing written)' : 'Imported'} ${positionals.join(', ')} on the ${store.engine} engine in ${seconds} s`, line('created', summary.created), line('updated', summary.updated), line('unchanged', summary.unchanged), ''].join('\n'),
    );
    return 0;
  } catch (error) {
    return reportProblems(error);
  } finally {
    await store.close();
  }
}

runCli('import', main);
