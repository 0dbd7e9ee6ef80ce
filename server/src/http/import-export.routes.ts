// Routes for import and export. POST /api/import takes a dataset as a JSON body, a file as
// text (YAML, CSV, Markdown, Newick by content type), or multipart uploads (`file`, or `nodes`
// and `edges` for the two CSV files); GET /api/export answers a file with its name.
import express, { Router, type RequestHandler } from 'express';
import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pipeline, Transform } from 'node:stream';
import multer from 'multer';
import { z } from 'zod';
import { AppError, invalidInput } from '../errors.ts';
import { EXPORT_FORMATS, type ExportService } from '../taxonomy/export/export.service.ts';
import { IMPORT_FORMATS, type ImportSource } from '../taxonomy/import/records.ts';
import type { ImportService } from '../taxonomy/import/import.service.ts';
import { checkParams, requireWriteToken } from './guards.ts';
import { decodeUtf8, refuseLoneSurrogates } from './unicode.ts';
import { parse } from './validate.ts';

export interface ImportExportDeps {
  importer: ImportService;
  exporter: ExportService;
  importLimitBytes: number;
  /** Listening on loopback only: imports need no token. */
  boundToLoopback: boolean;
  /** WRITE_TOKEN: what imports must send as a bearer token when bound beyond loopback. */
  writeToken?: string;
}

const UPLOAD_FIELDS = [
  { name: 'file', maxCount: 8 },
  { name: 'nodes', maxCount: 1 },
  { name: 'edges', maxCount: 1 },
];

// Raw bodies other than JSON: the format comes from the content type (or ?format=).
const TEXT_TYPES = ['text/*', 'application/yaml', 'application/x-yaml', 'application/x-newick', 'application/octet-stream'];
const EXTENSION_BY_TYPE: [RegExp, string][] = [
  [/yaml/, 'yaml'],
  [/csv/, 'csv'],
  [/markdown/, 'md'],
  [/newick/, 'nwk'],
];

const ImportQuery = z.object({
  tree: z.enum(['classification', 'phylogeny']).default('classification'),
  dryRun: z.enum(['true', 'false']).default('false').transform((v) => v === 'true'),
  format: z.enum(IMPORT_FORMATS).optional(),
  message: z.string().trim().max(500, 'at most 500 characters').optional(),
});

const ExportQuery = z.object({
  format: z.enum(EXPORT_FORMATS),
  part: z.enum(['nodes', 'edges']).optional(),
  tree: z.enum(['classification', 'phylogeny']).optional(),
  label: z.enum(['name', 'id']).optional(),
  ids: z
    .string()
    .transform((s) => s.split(',').map((id) => id.trim()).filter(Boolean))
    .pipe(z.array(z.string().min(1).max(200)).min(1, 'name at least one id').max(10_000, 'at most 10,000 ids'))
    .optional(),
  query: z.string().min(1).max(200).optional(),
  params: z.string().max(20_000).optional(),
});

/** Multipart framing around the files (boundaries, part headers): allowed beyond the limit on the declared length. */
const MULTIPART_SLACK_BYTES = 64 * 1024;

const tooLarge = (limitBytes: number) => new AppError('too_large', `The upload is larger than the limit of ${limitBytes} bytes (IMPORT_LIMIT_BYTES)`);

/**
 * Uploads stream to a temporary folder, counted as they arrive across all parts: a request
 * that declares more than the limit is refused before its body is read, and one that sends
 * more is refused as soon as the running total passes it. The folder goes when the answer does.
 */
function uploads(limitBytes: number): RequestHandler {
  return (req, res, next) => {
    if (!req.is('multipart/form-data')) return next();
    // Over the limit, answer at once (multer would read the rest of the body first); the rest
    // is read and dropped, never kept, so the client hears the answer rather than a reset.
    // Multer's own callback is then moot.
    let answered = false;
    const refuse = (error: unknown) => {
      if (answered) return;
      answered = true;
      next(error);
    };
    if (Number(req.get('content-length')) > limitBytes + MULTIPART_SLACK_BYTES) {
      // Declared too large: nothing of it is read; the connection closes after the answer.
      res.set('connection', 'close');
      return refuse(tooLarge(limitBytes));
    }
    const dir = mkdtempSync(join(tmpdir(), 'cladescope-upload-'));
    res.once('close', () => rmSync(dir, { recursive: true, force: true }));
    let total = 0;
    let files = 0;
    const storage: multer.StorageEngine = {
      _handleFile(_req, file, done) {
        const path = join(dir, String(files++));
        const counter = new Transform({
          transform(chunk: Buffer, _encoding, pass) {
            total += chunk.length;
            if (total <= limitBytes) return pass(null, chunk);
            refuse(tooLarge(limitBytes));
            pass(tooLarge(limitBytes));
          },
        });
        let size = 0;
        counter.on('data', (chunk: Buffer) => (size += chunk.length));
        pipeline(file.stream, counter, createWriteStream(path), (error) => (error ? done(error) : done(null, { path, size })));
      },
      _removeFile(_req, file, done) {
        rmSync(file.path, { force: true });
        done(null);
      },
    };
    const upload = multer({ storage, limits: { fileSize: limitBytes, files: 10, fields: 10 }, defParamCharset: 'utf8' }).fields(UPLOAD_FIELDS);
    upload(req, res, (error: unknown) => {
      if (!(error instanceof multer.MulterError)) return refuse(error);
      if (error.code === 'LIMIT_FILE_SIZE') return refuse(tooLarge(limitBytes));
      const message = error.code === 'LIMIT_UNEXPECTED_FILE' ? `unexpected upload field ${error.field ?? ''}: use file, or nodes and edges` : error.message;
      refuse(invalidInput(`Invalid upload: ${message}`, [{ path: `body.${error.field ?? 'file'}`, message }]));
    });
  };
}

/**
 * Hostile files that break a parser rather than fail its checks are the sender's problem, not
 * ours: a YAML alias bomb, or nesting deep enough to overflow the stack (4,000 parentheses).
 */
function asInputProblem(error: unknown): never {
  if (error instanceof Error && /Excessive alias count/i.test(error.message)) {
    throw new AppError('invalid_dataset', 'The YAML expands too many aliases (an alias bomb); write the values out', [{ path: 'body', message: error.message }]);
  }
  if (error instanceof RangeError && /call stack/i.test(error.message)) {
    throw new AppError('too_complex', 'The file is nested too deeply to read; flatten it', [{ path: 'body', message: 'nested too deeply' }]);
  }
  throw error;
}

function sourcesOf(req: express.Request, format: ImportSource['format']): ImportSource[] {
  const files = (req.files ?? {}) as Record<string, Express.Multer.File[]>;
  const uploaded = UPLOAD_FIELDS.flatMap(({ name }) => files[name] ?? []);
  if (uploaded.length) {
    return uploaded.map((f) => {
      const name = f.originalname || `${f.fieldname}.csv`;
      return { name, text: decodeUtf8(readFileSync(f.path), name), format };
    });
  }
  if (Buffer.isBuffer(req.body) && req.body.length) {
    const type = req.get('content-type') ?? '';
    const extension = EXTENSION_BY_TYPE.find(([pattern]) => pattern.test(type))?.[1] ?? 'txt';
    const name = `body.${extension}`;
    const text = decodeUtf8(req.body, name);
    if (text.trim()) return [{ name, text, format }];
  }
  if (req.body && typeof req.body === 'object' && !Buffer.isBuffer(req.body) && Object.keys(req.body as object).length) {
    refuseLoneSurrogates(req.body, 'body');
    // express.json has parsed the body already; lines refer to it written with two-space indents.
    return [{ name: 'body.json', text: JSON.stringify(req.body, null, 2), format: 'json' }];
  }
  throw invalidInput('Nothing to import: send a dataset as JSON, a file as text, or a multipart upload (file, or nodes and edges)', [{ path: 'body', message: 'empty' }]);
}

export function importExportRoutes({ importer, exporter, importLimitBytes, boundToLoopback, writeToken }: ImportExportDeps): Router {
  const router = Router();

  router.post('/import', requireWriteToken(boundToLoopback, writeToken), uploads(importLimitBytes), express.raw({ type: TEXT_TYPES, limit: importLimitBytes }), async (req, res) => {
    const { tree, dryRun, format, message } = parse(ImportQuery, req.query, 'query');
    res.json(await importer.run(sourcesOf(req, format), { tree, dryRun, message }).catch(asInputProblem));
  });

  router.get('/export', async (req, res) => {
    const { format, part, tree, label, ids, query, params } = parse(ExportQuery, req.query, 'query');
    let parsedParams: unknown = {};
    if (params !== undefined) {
      try {
        parsedParams = JSON.parse(params);
      } catch {
        throw invalidInput('query.params is not valid JSON', [{ path: 'query.params', message: 'expected a JSON object, e.g. {"id":"family-recursidae"}' }]);
      }
      checkParams(parsedParams, 'query.params');
    }
    const file = await exporter.export(format, { ids, query, params: parsedParams }, { part, tree, label });
    // attachment() would set the type from the extension; ours is set after it.
    res.attachment(file.filename).type(file.contentType).send(file.body);
  });

  return router;
}
