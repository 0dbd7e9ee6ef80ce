// A small Newick parser (the PHYLIP grammar): nested parentheses, labels quoted or not, branch
// lengths, [comments], several trees one after another (a forest). Unquoted underscores are
// blanks; in quoted labels '' is a quote. A comment right after a label such as [&rank=genus]
// or [&&NHX:rank=genus] carries the rank of a taxon the graph does not hold yet.
import type { Problems } from './records.ts';

export interface NewickNode {
  label?: string;
  /** Attributes from an [&key=value,...] or [&&NHX:key=value:...] comment. */
  attributes: Record<string, string>;
  line: number;
  children: NewickNode[];
}

class NewickSyntaxError extends Error {
  constructor(
    message: string,
    readonly line: number,
  ) {
    super(message);
  }
}

const MAX_DEPTH = 2_000;
const UNQUOTED_STOP = new Set([...'()[]\':;,'].concat([' ', '\t', '\r', '\n']));

export function parseNewick(file: string, text: string, problems: Problems): NewickNode[] {
  let i = 0;
  let line = 1;
  const trees: NewickNode[] = [];

  const advance = () => {
    if (text[i] === '\n') line++;
    i++;
  };
  const comment = (): string => {
    const start = line;
    advance();
    let body = '';
    while (i < text.length && text[i] !== ']') {
      body += text[i];
      advance();
    }
    if (i >= text.length) throw new NewickSyntaxError('a [comment] is not closed', start);
    advance();
    return body;
  };
  /** Skips blanks and comments; answers the attributes of any [&...] comment met. */
  const skip = (): Record<string, string> => {
    const attributes: Record<string, string> = {};
    for (;;) {
      while (i < text.length && /\s/.test(text[i] as string)) advance();
      if (text[i] !== '[') return attributes;
      const body = comment();
      if (body.startsWith('&')) {
        for (const pair of body.replace(/^&&NHX:|^&/, '').split(/[,:]/)) {
          const [k, ...v] = pair.split('=');
          if (k && v.length) attributes[k.trim()] = v.join('=').trim();
        }
      }
    }
  };
  const label = (): string | undefined => {
    if (text[i] === "'") {
      const start = line;
      advance();
      let out = '';
      for (;;) {
        if (i >= text.length) throw new NewickSyntaxError('a quoted label is not closed', start);
        if (text[i] === "'") {
          if (text[i + 1] === "'") {
            out += "'";
            advance();
            advance();
            continue;
          }
          advance();
          return out;
        }
        out += text[i];
        advance();
      }
    }
    let out = '';
    while (i < text.length && !UNQUOTED_STOP.has(text[i] as string)) {
      out += text[i];
      advance();
    }
    return out ? out.replace(/_/g, ' ') : undefined;
  };
  const length = () => {
    if (text[i] !== ':') return;
    advance();
    skip();
    const m = /^[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?/.exec(text.slice(i, i + 64));
    if (!m) throw new NewickSyntaxError('a branch length after ":" is not a number', line);
    for (let k = 0; k < m[0].length; k++) advance();
  };
  const subtree = (depth: number): NewickNode => {
    // Recursion follows the nesting; a tree deeper than this is not a taxonomy.
    if (depth > MAX_DEPTH) throw new NewickSyntaxError(`the tree is nested more than ${MAX_DEPTH} levels deep`, line);
    const node: NewickNode = { attributes: {}, line, children: [] };
    skip();
    if (text[i] === '(') {
      advance();
      for (;;) {
        node.children.push(subtree(depth + 1));
        skip();
        if (text[i] === ',') {
          advance();
          continue;
        }
        if (text[i] === ')') {
          advance();
          break;
        }
        throw new NewickSyntaxError(i >= text.length ? 'the tree ends before its ")"' : `expected "," or ")" but found "${text[i]}"`, line);
      }
    }
    Object.assign(node.attributes, skip());
    node.line = line;
    node.label = label();
    Object.assign(node.attributes, skip());
    length();
    Object.assign(node.attributes, skip());
    return node;
  };

  try {
    skip();
    while (i < text.length) {
      const tree = subtree(0);
      skip();
      if (text[i] !== ';') throw new NewickSyntaxError(i >= text.length ? 'a tree must end with ";"' : `expected ";" but found "${text[i]}"`, line);
      advance();
      trees.push(tree);
      skip();
    }
  } catch (error) {
    if (!(error instanceof NewickSyntaxError)) throw error;
    problems.add({ file, line: error.line, path: '(syntax)', message: `not valid Newick: ${error.message}` });
    return [];
  }
  if (!trees.length) problems.add({ file, line: 1, path: '(syntax)', message: 'not valid Newick: no tree (a tree ends with ";")' });
  return trees;
}
