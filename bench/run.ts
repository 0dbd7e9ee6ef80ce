// `npm run bench`: every benchmark, each printing medians beside a baseline measured in the
// same run. `npm run bench -- api` (or import-export, client, load) runs one part.
import { benchApi } from './api.ts';
import { benchClient } from './client.ts';
import { benchImportExport } from './import-export.ts';
import { benchLoad } from './load.ts';

const parts: Record<string, () => Promise<void>> = {
  api: () => benchApi({ species: Number(process.env.BENCH_SPECIES ?? 100_000) }),
  'import-export': async () => {
    await benchImportExport();
  },
  client: () => benchClient(),
  load: () => benchLoad(),
};

const wanted = process.argv.slice(2);
for (const [name, run] of Object.entries(parts)) {
  if (wanted.length && !wanted.includes(name)) continue;
  console.log(`\n=== ${name} ===`);
  await run();
}
