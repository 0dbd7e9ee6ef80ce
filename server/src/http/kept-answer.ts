// The answers that are large and the same for every reader until a write changes the graph (the
// whole graph, the explorer's first answer; the convergence analysis): each is serialised and
// compressed once per version of the graph (brotli and gzip), answered from those bytes, and a
// browser that already holds this version is told 304 Not Modified. A client that takes no
// compression (curl, a script) gets the kept gzip inflated as it is sent: reading the whole
// graph afresh for each cost ~6 ms of CPU at the seed (170 req/s at 200 connections, against
// 3,200 compressed) and, at 100,000 species, seconds and hundreds of MB. Only where this server
// is the graph's one writer (the embedded engine, whose file it holds locked): a Neo4j is
// written by others too (cypher-shell, other servers), so there every answer is read afresh.
import { randomUUID } from 'node:crypto';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { promisify } from 'node:util';
import { brotliCompress, constants, createGunzip, gzip } from 'node:zlib';
import type { Request, Response } from 'express';
import { detached } from '../request-context.ts';

const ENCODINGS = ['br', 'gzip'] as const;
type Encoding = (typeof ENCODINGS)[number];

interface Bodies extends Record<Encoding, Buffer> {
  /** The JSON's length, for a client that takes it as it is. */
  length: number;
}

interface Version {
  etag: string;
  bodies: Promise<Bodies>;
}

// Compressed once per version, so a little more effort than the per-answer middleware's.
const compressors: Record<Encoding, (json: Buffer) => Promise<Buffer>> = {
  br: (json) => promisify(brotliCompress)(json, { params: { [constants.BROTLI_PARAM_QUALITY]: 4, [constants.BROTLI_PARAM_SIZE_HINT]: json.length } }),
  gzip: (json) => promisify(gzip)(json, { level: 6 }),
};

/** Versions count from each start, so an ETag from before a restart never matches. */
const boot = randomUUID().slice(0, 8);

export interface KeptAnswerOptions {
  /** Names the answer in its ETag. */
  name: string;
  /** The answer's JSON, in pieces. */
  json: () => Promise<Iterable<string>>;
  /** Sends the answer read afresh (Neo4j, whose graph others write too). */
  sendFresh: (res: Response) => Promise<void>;
  /** This server is the graph's only writer, so a version lasts until its own next write. */
  soleWriter: boolean;
}

export class KeptAnswer {
  private version = 0;
  private current?: Version;

  constructor(private readonly options: KeptAnswerOptions) {}

  /** A write changed the graph. */
  invalidate(): void {
    this.version++;
    this.current = undefined;
  }

  async send(req: Request, res: Response): Promise<void> {
    if (!this.options.soleWriter) return this.options.sendFresh(res);
    const encoding = req.acceptsEncodings(...ENCODINGS, 'identity') as Encoding | 'identity' | false;
    const version = this.currentVersion();
    res.vary('Accept-Encoding').set({ ETag: version.etag, 'Cache-Control': 'no-cache' });
    if (req.fresh) {
      res.status(304).end();
      return;
    }
    const bodies = await version.bodies;
    res.type('application/json');
    if (encoding === 'br' || encoding === 'gzip') {
      res.set('Content-Encoding', encoding).send(bodies[encoding]);
      return;
    }
    res.set('Content-Length', String(bodies.length));
    try {
      await pipeline(Readable.from([bodies.gzip]), createGunzip(), res);
    } catch (error) {
      if (!res.destroyed) throw error; // a client that hung up mid-answer is not an error of ours
    }
  }

  private currentVersion(): Version {
    if (this.current) return this.current;
    // Shared by every request that asks: one client leaving must not cancel it for the others.
    const version: Version = { etag: `W/"${this.options.name}-${boot}-${this.version}"`, bodies: detached(() => this.compressed()) };
    // A failed read is not kept: the next request tries again.
    version.bodies.catch(() => this.current === version && (this.current = undefined));
    this.current = version;
    return version;
  }

  private async compressed(): Promise<Bodies> {
    const json = Buffer.from([...(await this.options.json())].join(''));
    const [br, gz] = await Promise.all(ENCODINGS.map((e) => compressors[e](json)));
    return { br: br as Buffer, gzip: gz as Buffer, length: json.length };
  }
}
