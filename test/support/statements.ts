// Splits a Cypher script into statements the way cypher-shell does: at each `;` that is not
// inside a string, a backquoted name or a comment. Comments and blank statements are dropped.

export function splitStatements(script: string): string[] {
  const statements: string[] = [];
  let current = '';
  let i = 0;
  while (i < script.length) {
    const c = script[i] as string;
    const next = script[i + 1];
    if (c === '/' && next === '/') {
      const end = script.indexOf('\n', i);
      i = end < 0 ? script.length : end;
      continue;
    }
    if (c === '/' && next === '*') {
      const end = script.indexOf('*/', i + 2);
      i = end < 0 ? script.length : end + 2;
      continue;
    }
    if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < script.length && script[j] !== c) j += script[j] === '\\' && c !== '`' ? 2 : 1;
      current += script.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    if (c === ';') {
      statements.push(current);
      current = '';
    } else {
      current += c;
    }
    i += 1;
  }
  statements.push(current);
  return statements.map((s) => s.trim()).filter(Boolean);
}
