// Writes a large answer as it goes rather than as one string: `{"elements":{"nodes":[…],"edges":[…]}}`
// a few hundred elements a write, waiting whenever the socket (or the compressor) is full.
import { once } from 'node:events';
import type { Response } from 'express';
import type { Elements } from '../taxonomy/elements.ts';

const PER_WRITE = 500;

async function write(res: Response, chunk: string): Promise<void> {
  if (!res.write(chunk)) await once(res, 'drain');
}

/** Sends `{elements, ...rest}` with the elements streamed; `rest` is small and goes first. */
export async function sendElements(res: Response, elements: Elements, rest: Record<string, unknown> = {}): Promise<void> {
  res.type('application/json');
  const head = JSON.stringify(rest).slice(1, -1);
  await write(res, `{${head ? `${head},` : ''}"elements":{`);
  for (const [i, key] of (['nodes', 'edges'] as const).entries()) {
    const list = elements[key];
    await write(res, `${i ? ',' : ''}"${key}":[`);
    for (let at = 0; at < list.length; at += PER_WRITE) {
      await write(res, `${at ? ',' : ''}${list.slice(at, at + PER_WRITE).map((e) => JSON.stringify(e)).join(',')}`);
    }
    await write(res, ']');
  }
  res.end('}}');
}
