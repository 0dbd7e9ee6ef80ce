import { describe, expect, it } from 'vitest';
import { displayName, readerDescription } from '../../../client/src/graph/reader-text.ts';

describe('what the reader is shown of a name', () => {
  it('a genus written only as a placeholder says the source does not name it', () => {
    expect(displayName({ label: 'R. (abbreviated genus of Recursidae)', rank: 'genus' })).toBe('R. (genus not named by the source)');
    expect(displayName({ label: 'R.', rank: 'genus' })).toBe('R. (genus not named by the source)');
  });

  it('a named genus and a model name with a plain parenthesis stay as they are', () => {
    expect(displayName({ label: 'Frontieris', rank: 'genus' })).toBe('Frontieris');
    expect(displayName({ label: 'Kimi K2.5 (Agent Swarm)', rank: 'specimen' })).toBe('Kimi K2.5 (Agent Swarm)');
  });
});

describe('what the reader is shown of a description', () => {
  it('never shows a file name', () => {
    const { text, notes } = readerDescription("Genus implied by the binomial 'Frontieris reflexivus' named in the seed article (000_26fc925bc33a063b.txt); not found on the public pages.");
    expect(text).not.toMatch(/\.txt|000_/);
    expect(text).toBe("Genus implied by the binomial 'Frontieris reflexivus' named in the seed article.");
    expect(notes.join(' ')).toMatch(/not found on the public pages/);
  });

  it('moves a note on how the source was read out of the description, keeping the facts', () => {
    const { text, notes } = readerDescription('Name given in the seed article for GPT-5.3-Codex. First model that materially helped create itself. The binomial itself was not visible in the public pages read.');
    expect(text).toBe('Name given in the seed article for GPT-5.3-Codex. First model that materially helped create itself.');
    expect(notes).toEqual(['The binomial itself was not visible in the public pages read']);
  });

  it('leaves a description with nothing of the kind unchanged', () => {
    const plain = 'Systems that extend cognition with external tools (code execution, browsing, API calls) — tools treated as an extended phenotype.';
    expect(readerDescription(plain)).toEqual({ text: plain, notes: [] });
  });
});
