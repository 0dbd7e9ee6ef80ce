// Reads Vitest JSON reports and prints two lines: how many tests ran on each engine under each
// Node version, then `N passed, N failed[, N skipped]` alone on the last line. Arguments are
// `LABEL=FILE` (LABEL the Node version the report ran on, e.g. "Node 20") or a bare FILE.
// A test belongs to an engine when its top-level describe is titled `engine: embedded` or
// `engine: neo4j`; the rest are engine-free. A missing report (a run that crashed before
// reporting) or a file that failed to load counts as one failure, so a broken suite can never
// read as green; with CI set, every skipped Neo4j test and a report whose Neo4j half did not
// run at all count as failures too.
import { existsSync, readFileSync } from 'node:fs';

const ENGINES = ['embedded', 'neo4j'];
const onCi = process.env.CI === 'true';

let passed = 0;
let failed = 0;
let skipped = 0;
/** label → { embedded, neo4j, 'engine-free' }: tests that ran (passed or failed). */
const ran = new Map();

const fail = (why) => {
  console.error(why);
  failed += 1;
};

for (const arg of process.argv.slice(2)) {
  const [label, file] = arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : ['', arg];
  if (!existsSync(file)) {
    fail(`${file} is missing: its test run did not finish`);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const counts = ran.get(label) ?? { embedded: 0, neo4j: 0, 'engine-free': 0 };
  ran.set(label, counts);
  const here = { embedded: 0, neo4j: 0, neo4jSkipped: 0 };
  for (const suite of report.testResults ?? []) {
    if (suite.status === 'failed' && !suite.assertionResults?.some((t) => t.status === 'failed')) {
      fail(`${suite.name} failed outside its tests: ${String(suite.message ?? '').split('\n')[0]}`);
    }
    for (const test of suite.assertionResults ?? []) {
      const top = /^engine: (\w+)$/.exec(test.ancestorTitles?.[0] ?? '')?.[1];
      const engine = ENGINES.includes(top) ? top : 'engine-free';
      if (test.status === 'passed' || test.status === 'failed') {
        counts[engine] += 1;
        if (engine !== 'engine-free') here[engine] += 1;
        if (test.status === 'passed') passed += 1;
        else failed += 1;
      } else if (onCi && engine === 'neo4j') {
        here.neo4jSkipped += 1;
        fail(`skipped on CI, where the Neo4j half must run: ${test.fullName}`);
      } else {
        skipped += 1;
      }
    }
  }
  if (onCi && here.embedded > 0 && here.neo4j === 0 && here.neo4jSkipped === 0) fail(`${file}: no test ran on Neo4j, on CI where the Neo4j half must run`);
  if (report.numRuntimeErrors) failed += report.numRuntimeErrors;
  if (report.success === false && !report.numFailedTests && !report.numRuntimeErrors && !(report.testResults ?? []).some((s) => s.status === 'failed')) {
    fail(`${file}: the run did not succeed`);
  }
}

const perLabel = [...ran].map(([label, c]) => `${label ? `${label}: ` : ''}${c.embedded} on embedded, ${c.neo4j} on neo4j, ${c['engine-free']} engine-free`);
console.log(`ran ${perLabel.join(' · ') || 'nothing'}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed ? 1 : 0;
