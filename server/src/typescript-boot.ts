// Code that starts a TypeScript module in a fresh worker thread or process: tsx's loader
// compiles it, whether or not the server itself runs under tsx (tests run it under Vitest).
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

// tsx's ES module API; its CommonJS twin cannot be imported from a data-less eval context.
const TSX_API = pathToFileURL(createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs')).href;

/** An ES module snippet (for `new Worker(code, { eval: true })` or `node --input-type=module -e code`) that loads moduleUrl. */
export const bootTypeScript = (moduleUrl: string): string =>
  `import(${JSON.stringify(TSX_API)}).then((tsx) => tsx.tsImport(${JSON.stringify(moduleUrl)}, ${JSON.stringify(moduleUrl)}))`;
