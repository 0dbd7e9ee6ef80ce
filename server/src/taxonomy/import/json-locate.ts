// Finds where values sit in a JSON text, so problems found after JSON.parse can name a line.
// JSON.parse keeps no positions; this scanner walks the text once more, only as deep as asked,
// skipping everything else, and never builds values.

const WS = new Set([0x20, 0x09, 0x0a, 0x0d]);

export class JsonScanner {
  constructor(private readonly text: string) {}

  private ws(i: number): number {
    while (i < this.text.length && WS.has(this.text.charCodeAt(i))) i++;
    return i;
  }

  /** From an opening quote to just past the closing one. */
  private skipString(i: number): number {
    for (i++; i < this.text.length; i++) {
      const c = this.text.charCodeAt(i);
      if (c === 0x5c) i++;
      else if (c === 0x22) return i + 1;
    }
    return i;
  }

  /** From the first character of a value to just past it. */
  skipValue(i: number): number {
    const c = this.text[i];
    if (c === '"') return this.skipString(i);
    if (c !== '{' && c !== '[') {
      while (i < this.text.length && !',}] \t\r\n'.includes(this.text[i] as string)) i++;
      return i;
    }
    let depth = 0;
    for (; i < this.text.length; i++) {
      const ch = this.text[i];
      if (ch === '"') i = this.skipString(i) - 1;
      else if (ch === '{' || ch === '[') depth++;
      else if (ch === '}' || ch === ']') {
        depth--;
        if (depth === 0) return i + 1;
      }
    }
    return i;
  }

  /** The members of the object whose `{` is at i: key, where the key is, where its value starts. */
  *members(i: number): Generator<{ key: string; keyOffset: number; valueOffset: number }> {
    if (this.text[i] !== '{') return;
    i = this.ws(i + 1);
    while (i < this.text.length && this.text[i] === '"') {
      const end = this.skipString(i);
      const key = JSON.parse(this.text.slice(i, end)) as string;
      const valueOffset = this.ws(this.ws(end) + 1);
      yield { key, keyOffset: i, valueOffset };
      i = this.ws(this.skipValue(valueOffset));
      if (this.text[i] !== ',') return;
      i = this.ws(i + 1);
    }
  }

  /** Where each item of the array whose `[` is at i starts. */
  items(i: number): number[] {
    const out: number[] = [];
    if (this.text[i] !== '[') return out;
    i = this.ws(i + 1);
    if (this.text[i] === ']') return out;
    while (i < this.text.length) {
      out.push(i);
      i = this.ws(this.skipValue(i));
      if (this.text[i] !== ',') break;
      i = this.ws(i + 1);
    }
    return out;
  }

  /** Where the value at a path starts (for a member, where its key starts), from offset i. */
  offsetOf(path: readonly (string | number)[], i = this.ws(0)): number | undefined {
    let at = i;
    let keyAt = i;
    for (const step of path) {
      if (typeof step === 'number') {
        const item = this.items(at)[step];
        if (item === undefined) return undefined;
        at = keyAt = item;
      } else {
        const member = [...this.members(at)].find((m) => m.key === step);
        if (!member) return undefined;
        at = member.valueOffset;
        keyAt = member.keyOffset;
      }
    }
    return keyAt;
  }

  /** Where each key of the object at i starts. */
  keyOffsets(i: number): Map<string, number> {
    return new Map([...this.members(i)].map((m) => [m.key, m.keyOffset]));
  }

  /** The value offset of a member, for walking into it. */
  valueOffset(i: number, key: string): number | undefined {
    for (const m of this.members(i)) if (m.key === key) return m.valueOffset;
    return undefined;
  }
}

/** A JSON syntax error's position, from V8's message (`at position 123` or `line 4 column 2`). */
export function jsonErrorOffset(message: string): number | undefined {
  const position = /at position (\d+)/.exec(message);
  return position ? Number(position[1]) : undefined;
}

/**
 * Where JSON text first goes wrong, for when the engine's message gives no position (Node 20
 * often does not). A strict recogniser: it builds nothing, it only walks the grammar.
 */
export function jsonSyntaxErrorOffset(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw i;
  };
  const ws = () => {
    while (i < text.length && WS.has(text.charCodeAt(i))) i++;
  };
  const literal = (word: string) => (text.startsWith(word, i) ? (i += word.length) : fail());
  const string = () => {
    i++;
    while (i < text.length && text[i] !== '"') {
      const c = text.charCodeAt(i);
      if (c < 0x20) fail();
      if (text[i] === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) fail();
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) fail();
      }
      i++;
    }
    if (i >= text.length) fail();
    i++;
  };
  const number = () => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][-+]?\d+)?/.exec(text.slice(i, i + 400));
    if (!m) fail();
    i += (m as RegExpExecArray)[0].length;
  };
  const value = (): void => {
    ws();
    const c = text[i];
    if (c === '{') {
      i++;
      ws();
      if (text[i] === '}') return void i++;
      for (;;) {
        ws();
        if (text[i] !== '"') fail();
        string();
        ws();
        if (text[i] !== ':') fail();
        i++;
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === '}') return void i++;
        else fail();
      }
    }
    if (c === '[') {
      i++;
      ws();
      if (text[i] === ']') return void i++;
      for (;;) {
        value();
        ws();
        if (text[i] === ',') i++;
        else if (text[i] === ']') return void i++;
        else fail();
      }
    }
    if (c === '"') return string();
    if (c === 't') return void literal('true');
    if (c === 'f') return void literal('false');
    if (c === 'n') return void literal('null');
    return number();
  };
  try {
    value();
    ws();
    if (i < text.length) fail();
  } catch (at) {
    if (typeof at === 'number') return at;
    throw at;
  }
  return text.length;
}
