// Timing helpers for the benchmarks: run a task several times, report the median, and the
// ratio against a baseline measured in the same run.
export async function medianMs(task: () => Promise<unknown>, runs: number, warmup = 2): Promise<number> {
  for (let i = 0; i < warmup; i++) await task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    await task();
    times.push(performance.now() - start);
  }
  return median(times);
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

export interface BenchRow {
  name: string;
  medianMs: number;
  baselineMs: number;
  /** What the median should be at most, where there is a target. */
  targetMs?: number;
}

export function printTable(title: string, rows: BenchRow[], baselineName: string): void {
  console.log(`\n${title}`);
  console.log(`${'measure'.padEnd(48)}${'median ms'.padStart(12)}${`× ${baselineName}`.padStart(20)}${'target ms'.padStart(12)}${'met'.padStart(6)}`);
  for (const row of rows) {
    const target = row.targetMs === undefined ? ['', ''] : [`<= ${row.targetMs}`, row.medianMs <= row.targetMs ? 'yes' : 'no'];
    console.log(`${row.name.padEnd(48)}${row.medianMs.toFixed(2).padStart(12)}${(row.medianMs / row.baselineMs).toFixed(1).padStart(20)}${(target[0] as string).padStart(12)}${(target[1] as string).padStart(6)}`);
  }
}
