// Writes a large answer as it goes rather than as one string: `{"elements":{"nodes":[…],"edges":[…]}}`
// a few hundred elements a chunk, through pipeline(), which waits whenever the socket (or the
// compressor) is full and stops when the client goes away.
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { Response } from 'express';
import type { Elements } from '../taxonomy/elements.ts';

const PER_CHUNK = 500;

export function* chunks(elements: Elements, rest: Record<string, unknown>): Generator<string> {
  const head = JSON.stringify(rest).slice(1, -1);
  yield `{${head ? `${head},` : ''}"elements":{`;
  for (const [i, key] of (['nodes', 'edges'] as const).entries()) {
    const list = elements[key];
    yield `${i ? ',' : ''}"${key}":[`;
    for (let at = 0; at < list.length; at += PER_CHUNK) {
      yield `${at ? ',' : ''}${list.slice(at, at + PER_CHUNK).map((e) => JSON.stringify(e)).join(',')}`;
    }
    yield ']';
  }
  yield '}}';
}

/** Sends `{elements, ...rest}` with the elements streamed; `rest` is small and goes first. */
export async function sendElements(res: Response, elements: Elements, rest: Record<string, unknown> = {}): Promise<void> {
  res.type('application/json');
  try {
    await pipeline(Readable.from(chunks(elements, rest)), res);
  } catch (error) {
    if (!res.destroyed) throw error; // a client that hung up mid-answer is not an error of ours
  }
}
