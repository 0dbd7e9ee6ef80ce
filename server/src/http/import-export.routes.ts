// Routes for import and export. POST /api/import takes a dataset as a JSON body, a file as
// text (YAML, CSV, Markdown, Newick by content type), or multipart uploads (`file`, or `nodes`
// and `edges` for the two CSV files); GET /api/export answers a file with its name.
import express, { Router, type RequestHandler } from 'express';
import multer from 'multer';
import { z } from 'zod';
import { AppError, invalidInput } from '../errors.ts';
import { EXPORT_FORMATS, type ExportService } from '../taxonomy/export/export.service.ts';
import { IMPORT_FORMATS, type ImportSource } from '../taxonomy/import/records.ts';
import type { ImportService } from '../taxonomy/import/import.service.ts';
import { parse } from './validate.ts';

export interface ImportExportDeps {
  importer: ImportService;
  exporter: ExportService;
  importLimitBytes: number;
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

/** Multer's errors as the problems the rest of the API answers. */
function uploads(limitBytes: number): RequestHandler {
  const upload = multer({ storage: multer.memoryStorage(), limits: { fileSize: limitBytes, files: 10, fields: 10 }, defParamCharset: 'utf8' }).fields(UPLOAD_FIELDS);
  return (req, res, next) => {
    if (!req.is('multipart/form-data')) return next();
    upload(req, res, (error: unknown) => {
      if (!(error instanceof multer.MulterError)) return next(error);
      if (error.code === 'LIMIT_FILE_SIZE') return next(new AppError('too_large', `An uploaded file is larger than the limit of ${limitBytes} bytes (IMPORT_LIMIT_BYTES)`));
      const message = error.code === 'LIMIT_UNEXPECTED_FILE' ? `unexpected upload field ${error.field ?? ''}: use file, or nodes and edges` : error.message;
      next(invalidInput(`Invalid upload: ${message}`, [{ path: `body.${error.field ?? 'file'}`, message }]));
    });
  };
}

function sourcesOf(req: express.Request, format: ImportSource['format']): ImportSource[] {
  const files = (req.files ?? {}) as Record<string, Express.Multer.File[]>;
  const uploaded = UPLOAD_FIELDS.flatMap(({ name }) => files[name] ?? []);
  if (uploaded.length) return uploaded.map((f) => ({ name: f.originalname || `${f.fieldname}.csv`, text: f.buffer.toString('utf8'), format }));
  if (typeof req.body === 'string' && req.body.trim()) {
    const type = req.get('content-type') ?? '';
    const extension = EXTENSION_BY_TYPE.find(([pattern]) => pattern.test(type))?.[1] ?? 'txt';
    return [{ name: `body.${extension}`, text: req.body, format }];
  }
  if (req.body && typeof req.body === 'object' && !Buffer.isBuffer(req.body) && Object.keys(req.body as object).length) {
    // express.json has parsed the body already; lines refer to it written with two-space indents.
    return [{ name: 'body.json', text: JSON.stringify(req.body, null, 2), format: 'json' }];
  }
  throw invalidInput('Nothing to import: send a dataset as JSON, a file as text, or a multipart upload (file, or nodes and edges)', [{ path: 'body', message: 'empty' }]);
}

export function importExportRoutes({ importer, exporter, importLimitBytes }: ImportExportDeps): Router {
  const router = Router();

  router.post('/import', uploads(importLimitBytes), express.text({ type: TEXT_TYPES, limit: importLimitBytes }), async (req, res) => {
    const { tree, dryRun, format, message } = parse(ImportQuery, req.query, 'query');
    res.json(await importer.run(sourcesOf(req, format), { tree, dryRun, message }));
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
    }
    const file = await exporter.export(format, { ids, query, params: parsedParams }, { part, tree, label });
    // attachment() would set the type from the extension; ours is set after it.
    res.attachment(file.filename).type(file.contentType).send(file.body);
  });

  return router;
}
