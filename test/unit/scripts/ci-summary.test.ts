// The CI summary read from Vitest JSON reports: the counts per engine and Node version, and the
// last line a reader (or a CI dashboard) takes as the verdict.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach((d) => rmSync(d, { recursive: true, force: true })));

type Status = 'passed' | 'failed' | 'skipped' | 'pending';
const test = (top: string, status: Status, title = 'it works') => ({ ancestorTitles: top ? [top, 'a behaviour'] : [], title, fullName: `${top} ${title}`, status });

function report(tests: ReturnType<typeof test>[], extra: object = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'ci-summary-'));
  dirs.push(dir);
  const file = join(dir, 'report.json');
  const failed = tests.filter((t) => t.status === 'failed').length;
  writeFileSync(file, JSON.stringify({ numFailedTests: failed, success: failed === 0, testResults: [{ name: 'a.test.ts', status: failed ? 'failed' : 'passed', assertionResults: tests }], ...extra }));
  return file;
}

function summary(args: string[], env: Record<string, string> = {}) {
  const run = spawnSync(process.execPath, ['scripts/ci-summary.mjs', ...args], { encoding: 'utf8', env: { ...process.env, CI: '', ...env } });
  return { lines: run.stdout.trimEnd().split('\n'), stderr: run.stderr, status: run.status };
}

describe('ci-summary', () => {
  it('counts the tests that ran on each engine under each Node version, and ends with the verdict alone', () => {
    const node20 = report([test('engine: embedded', 'passed'), test('engine: neo4j', 'passed'), test('engine: neo4j', 'failed'), test('', 'passed'), test('', 'skipped')]);
    const node24 = report([test('engine: embedded', 'passed'), test('engine: neo4j', 'passed')]);
    const e2e = report([test('explorer', 'passed')]);

    const { lines, status } = summary([`Node 20=${node20}`, `Node 24=${node24}`, `Node 20=${e2e}`]);

    expect(lines.slice(-2)).toEqual([
      'ran Node 20: 1 on embedded, 2 on neo4j, 2 engine-free · Node 24: 1 on embedded, 1 on neo4j, 0 engine-free',
      '6 passed, 1 failed, 1 skipped',
    ]);
    expect(status).toBe(1);
  });

  it('leaves out the skipped count when nothing skipped, and exits 0 when all passed', () => {
    const { lines, status } = summary([report([test('engine: embedded', 'passed')])]);

    expect(lines.at(-1)).toBe('1 passed, 0 failed');
    expect(status).toBe(0);
  });

  it('counts a missing report as a failure, so a crashed run never reads as green', () => {
    const { lines } = summary([report([test('', 'passed')]), '/nonexistent/report.json']);

    expect(lines.at(-1)).toBe('1 passed, 1 failed');
  });

  it('on CI counts every skipped Neo4j test as a failure, and a run where no Neo4j test ran at all', () => {
    const skippedHalf = report([test('engine: embedded', 'passed'), test('engine: neo4j', 'skipped'), test('engine: neo4j', 'pending')]);
    const noHalf = report([test('engine: embedded', 'passed')]);

    const { lines, stderr } = summary([skippedHalf, noHalf], { CI: 'true' });

    expect(lines.at(-1)).toBe('2 passed, 3 failed');
    expect(stderr).toMatch(/skipped on CI, where the Neo4j half must run/);
    expect(stderr).toMatch(/no test ran on Neo4j/);
  });
});
