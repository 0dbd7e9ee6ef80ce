// npm run revisions [-- list | diff A B | revert ID [-m MESSAGE]] [--format text|json]
// The revisions of the store the server would open (embedded under DATA_DIR, or Neo4j with
// NEO4J_URI): the list newest first, a diff of two as one line a change, a revert as a new
// revision. Stop a server using the same embedded DATA_DIR first: the engine's file is its own.
import { parseArgs } from 'node:util';
import { loadConfig } from '../config.ts';
import { CypherLibrary } from '../cypher/library.ts';
import { openStore } from '../store/open-store.ts';
import { ImportService } from '../taxonomy/import/import.service.ts';
import type { Revision } from '../taxonomy/revisions/revision-log.ts';
import { RevisionService, type RevisionDiff } from '../taxonomy/revisions/revision.service.ts';
import { prepareStore } from '../taxonomy/seed.ts';
import { reportProblems, runCli } from './run-cli.ts';

const USAGE = 'usage: npm run revisions [-- list | diff A B | revert ID [-m MESSAGE]] [--format text|json]';

const show = (v: unknown) => (v === null || v === undefined ? '∅' : JSON.stringify(v));

/** A revision as one line: number, when, what wrote it, its counts, its message. */
export function revisionLine(r: Revision): string {
  const what = r.source.kind === 'revert' ? `revert to ${r.source.revertedTo}` : r.source.files?.length ? `${r.source.kind} ${r.source.files.join(', ')}` : r.source.kind;
  const counts = `+${r.summary.added} ~${r.summary.changed} -${r.summary.removed}`;
  return `${String(r.id).padStart(4)}  ${r.at.slice(0, 19).replace('T', ' ')}  ${what.padEnd(28)} ${counts.padEnd(16)} ${r.message ?? ''}`.trimEnd();
}

/** A diff as text: one line a node or edge added, removed or changed (with each field's old → new). */
export function diffLines(diff: Omit<RevisionDiff, 'elements'>): string[] {
  const lines = [`Revision ${diff.from} → ${diff.to}`];
  for (const kind of ['nodes', 'edges'] as const) {
    const noun = kind === 'nodes' ? 'node' : 'edge';
    lines.push(...diff.added[kind].map((id) => `+ ${noun} ${id}`));
    lines.push(...diff.removed[kind].map((id) => `- ${noun} ${id}`));
    lines.push(...diff.changed[kind].map(({ id, fields }) => `~ ${noun} ${id}: ${Object.entries(fields).map(([k, [a, b]]) => `${k} ${show(a)} → ${show(b)}`).join('; ')}`));
  }
  if (lines.length === 1) lines.push('no changes');
  return lines;
}

async function main(): Promise<number> {
  let args;
  try {
    args = parseArgs({ allowPositionals: true, options: { format: { type: 'string', default: 'text' }, message: { type: 'string', short: 'm' }, help: { type: 'boolean', default: false } } });
  } catch (error) {
    process.stderr.write(`${(error as Error).message}\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = args;
  const [command = 'list', ...rest] = positionals;
  const numbers = rest.map(Number);
  const wanted = { list: 0, diff: 2, revert: 1 }[command];
  if (values.help || wanted === undefined || numbers.length !== wanted || numbers.some((n) => !Number.isInteger(n) || n < 1) || !['text', 'json'].includes(values.format)) {
    process.stderr.write(`${USAGE}\n`);
    return values.help ? 0 : 2;
  }
  const config = loadConfig();
  const library = new CypherLibrary();
  const store = openStore(config);
  const json = values.format === 'json';
  const out = (text: string) => process.stdout.write(`${text}\n`);
  try {
    await prepareStore(store, library, config.SEED_FILE);
    const importer = new ImportService(store, library, { limitBytes: config.IMPORT_LIMIT_BYTES });
    const revisions = new RevisionService(store, library, { exclusive: (task) => importer.exclusive(task) });
    if (command === 'list') {
      const list = await revisions.list();
      out(json ? JSON.stringify({ revisions: list }, null, 2) : list.map(revisionLine).join('\n'));
    } else if (command === 'diff') {
      const { elements: _drawing, ...diff } = await revisions.diff(numbers[0] as number, numbers[1] as number);
      out(json ? JSON.stringify(diff, null, 2) : diffLines(diff).join('\n'));
    } else {
      const result = await revisions.revert(numbers[0] as number, values.message);
      out(json ? JSON.stringify(result, null, 2) : result.revision ? `Reverted to revision ${numbers[0]}: ${revisionLine(result.revision).trim()}` : `The graph already stands as it did after revision ${numbers[0]}; nothing written`);
    }
    return 0;
  } catch (error) {
    return reportProblems(error);
  } finally {
    await store.close();
  }
}

runCli('revisions', main);
