// Text the server is sent must be well-formed Unicode: a byte sequence that is not UTF-8, or a
// lone surrogate escaped in JSON (`"\ud800"`), is refused with its position rather than turned
// silently into U+FFFD by the decoder or the engine.
import { invalidInput } from '../errors.ts';

const strict = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8, or refuses naming the first byte that is not part of a valid sequence. */
export function decodeUtf8(bytes: Buffer, name: string): string {
  try {
    return strict.decode(bytes);
  } catch {
    const offset = firstInvalidByte(bytes);
    const line = bytes.subarray(0, offset).toString('latin1').split('\n').length;
    throw invalidInput(`${name} is not valid UTF-8: byte ${offset} (line ${line}) does not start or continue a character`, [{ path: name, message: `invalid UTF-8 at byte ${offset}`, file: name, line }]);
  }
}

function firstInvalidByte(bytes: Buffer): number {
  // Halve the prefix until the decoder accepts it; then step to the exact byte.
  let low = 0;
  let high = bytes.length;
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    if (decodes(bytes.subarray(0, mid))) low = mid;
    else high = mid;
  }
  // The first `low` bytes decode, perhaps ending inside a character; byte `low` breaks it. If
  // they end inside one, that character (from its lead byte) is what is broken.
  if (decodes(bytes.subarray(0, low), false)) return low;
  let lead = low - 1;
  while (lead > 0 && ((bytes[lead] as number) & 0xc0) === 0x80) lead--;
  return lead;
}

function decodes(bytes: Uint8Array, stream = true): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream });
    return true;
  } catch {
    return false;
  }
}

const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** Refuses a parsed JSON value holding a string with a lone surrogate, naming the field and the character. */
export function refuseLoneSurrogates(value: unknown, where: string): void {
  const stack: [unknown, string][] = [[value, where]];
  while (stack.length) {
    const [v, path] = stack.pop() as [unknown, string];
    if (typeof v === 'string') {
      const match = LONE_SURROGATE.exec(v);
      if (match) {
        const message = `a lone surrogate (U+${match[0].charCodeAt(0).toString(16).toUpperCase()}) at character ${match.index + 1}: not a Unicode character`;
        throw invalidInput(`${path} holds ${message}`, [{ path, message }]);
      }
    } else if (Array.isArray(v)) {
      v.forEach((item, i) => stack.push([item, `${path}[${i}]`]));
    } else if (v !== null && typeof v === 'object') {
      for (const [k, item] of Object.entries(v)) stack.push([item, `${path}.${k}`]);
    }
  }
}
