// npm run revisions as a curator runs it: the list newest first, a diff as one line a change
// (and as JSON), a revert as a new revision, and `npm run import -m` keeping its message.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const dir = mkdtempSync(join(tmpdir(), 'cladescope-revisions-cli-'));
const env = { ...process.env, DATA_DIR: join(dir, 'store'), NEO4J_URI: '' };
const cli = async (script: string, ...args: string[]) => {
  try {
    const { stdout, stderr } = await run('npx', ['tsx', `server/src/cli/${script}.ts`, ...args], { env });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
};
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const card = join(dir, 'card.md');
writeFileSync(card, ['## Frontieris testus', '', '| Attribute | Value |', '|---|---|', '| Common name | Test-1 |', '| Family | Frontieriidae |', '| Diagnostic trait | Self-development |', ''].join('\n'));
const reword = join(dir, 'reword.json');
writeFileSync(reword, JSON.stringify({ version: 1, nodes: { taxon: [{ id: 'family-recursidae', rank: 'family', name: 'Recursidae', commonNames: ['Recursers'] }] } }));

beforeAll(async () => {
  expect((await cli('import', '--quiet', card, '-m', 'Add Frontieris testus')).code).toBe(0);
  expect((await cli('import', '--quiet', reword)).code).toBe(0);
}, 120_000);

describe('npm run revisions', () => {
  it('lists the revisions newest first, one line each with what wrote it, its counts and message', async () => {
    const { code, stdout } = await cli('revisions');
    expect(code).toBe(0);
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toMatch(/^\s+3\s.*import reword\.json\s+\+0 ~1 -0$/);
    expect(lines[1]).toMatch(/^\s+2\s.*import card\.md\s+\+3 ~0 -0\s+Add Frontieris testus$/);
    expect(lines[2]).toMatch(/^\s+1\s.*seed taxonomy\.json\s+\+\d+ ~0 -0\s+Seed$/);
  });

  it('prints a diff as text, one line an added, removed or changed node or edge', async () => {
    const { code, stdout } = await cli('revisions', 'diff', '1', '3');
    expect(code).toBe(0);
    expect(stdout).toContain('+ node species-frontieris-testus\n');
    expect(stdout).toMatch(/\+ edge species-frontieris-testus~MEMBER_OF~genus-frontieris\n/);
    expect(stdout).toMatch(/~ node family-recursidae: commonNames \[.*\] → \["Recursers"\]\n/);
  });

  it('prints a diff as JSON with --format json', async () => {
    const { stdout } = await cli('revisions', 'diff', '2', '3', '--format', 'json');
    const diff = JSON.parse(stdout);
    expect(diff).toMatchObject({ from: 2, to: 3, added: { nodes: [], edges: [] }, changed: { nodes: [{ id: 'family-recursidae', fields: { commonNames: [expect.any(Array), ['Recursers']] } }] } });
    expect(diff.elements).toBeUndefined();
  });

  it('reverts to a revision as a new one, with the message given', async () => {
    const { code, stdout } = await cli('revisions', 'revert', '1', '-m', 'Back to the seed');
    expect(code).toBe(0);
    expect(stdout).toMatch(/^Reverted to revision 1: 4 .*revert to 1\s+\+0 ~1 -3\s+Back to the seed\n$/);
    expect((await cli('revisions', 'diff', '1', '4')).stdout).toContain('no changes');
  });

  it('an unknown revision exits 1 saying so; a bad command exits 2 with the usage', async () => {
    const unknown = await cli('revisions', 'diff', '1', '99');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('Revision 99 was not found');
    const bad = await cli('revisions', 'undo');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('usage: npm run revisions');
  });
});
