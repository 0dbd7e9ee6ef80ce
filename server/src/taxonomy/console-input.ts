// What reaches the console's parser at all, checked on the main thread by a plain scan that
// costs microseconds: the parser itself (console-guard) runs on a worker (console-parser).

export type Verdict = { ok: true } | { ok: false; refused: string };

/**
 * What reaches the parser at all. Neo4j's parser and linter cost grows steeply with nesting
 * (measured on this machine, noisy: CASE nested 20 deep 1.5 s, 30 deep 3.3 s, 80 deep 32 s;
 * 100 nested parentheses 2 s, 200 7 s), so nesting is bounded here by a plain scan, and what
 * passes still runs on a thread with a time budget (console-parser.ts).
 */
export const INPUT_LIMITS = { nesting: 20 } as const;

/** The deepest nesting of brackets and CASE … END in a query, outside strings and comments. */
export function nestingDepth(query: string): number {
  let depth = 0;
  let deepest = 0;
  const word = /[A-Za-z_][A-Za-z0-9_]*/y;
  for (let i = 0; i < query.length; i++) {
    const c = query[i] as string;
    if (c === "'" || c === '"' || c === '`') {
      for (i++; i < query.length && query[i] !== c; i++) if (query[i] === '\\') i++;
    } else if (c === '/' && query[i + 1] === '/') {
      while (i < query.length && query[i] !== '\n') i++;
    } else if (c === '/' && query[i + 1] === '*') {
      const end = query.indexOf('*/', i + 2);
      i = end < 0 ? query.length : end + 1;
    } else if (c === '(' || c === '[' || c === '{') {
      deepest = Math.max(deepest, ++depth);
    } else if (c === ')' || c === ']' || c === '}') {
      depth = Math.max(0, depth - 1);
    } else if (/[A-Za-z_]/.test(c) && !/[A-Za-z0-9_$]/.test(query[i - 1] ?? ' ')) {
      word.lastIndex = i;
      const w = (word.exec(query)?.[0] ?? c).toUpperCase();
      if (w === 'CASE') deepest = Math.max(deepest, ++depth);
      else if (w === 'END') depth = Math.max(0, depth - 1);
      i += w.length - 1;
    }
  }
  return deepest;
}

/** Refuses, before any parsing, a query nested deeper than the parser can check in time. */
export function inputVerdict(query: string): Verdict {
  const depth = nestingDepth(query);
  if (depth > INPUT_LIMITS.nesting) {
    return { ok: false, refused: `The query is too complex to run: it nests ${depth} deep (brackets and CASE … END), and the console allows ${INPUT_LIMITS.nesting}. Write it with less nesting` };
  }
  return { ok: true };
}

