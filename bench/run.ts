// `npm run bench`: every benchmark, each printing medians beside a baseline measured in the
// same run. `npm run bench -- api` (or import-export, client, load) runs one part; `-- engines`
// runs the lineage probes on the embedded engine and on a real Neo4j side by side; `-- scale`
// imports 1,000,000 species into both in chunks, probing after each (bench/scale.ts).
import { benchApi } from './api.ts';
import { benchClient } from './client.ts';
import { benchEngines } from './engines.ts';
import { benchImportExport } from './import-export.ts';
import { benchLoad } from './load.ts';
import { benchScale } from './scale.ts';

const parts: Record<string, () => Promise<void>> = {
  api: () => benchApi({ species: Number(process.env.BENCH_SPECIES ?? 100_000) }),
  'import-export': async () => {
    await benchImportExport();
  },
  client: () => benchClient(),
  load: () => benchLoad(),
  // Not in the default run (it starts a real Neo4j): `npm run bench -- engines`.
  engines: () => benchEngines({ species: Number(process.env.BENCH_SPECIES ?? 100_000) }),
  // Not in the default run either (an hour or more): `npm run bench -- scale`.
  scale: () =>
    benchScale({
      species: Number(process.env.BENCH_SCALE_SPECIES ?? 1_000_000),
      chunks: Number(process.env.BENCH_SCALE_CHUNKS ?? 10),
      chunkBudgetS: Number(process.env.BENCH_SCALE_CHUNK_BUDGET_S ?? 900),
    }),
};
const optIn = new Set(['engines', 'scale']);

const wanted = process.argv.slice(2);
for (const [name, run] of Object.entries(parts)) {
  if (wanted.length ? !wanted.includes(name) : optIn.has(name)) continue;
  console.log(`\n=== ${name} ===`);
  await run();
}
