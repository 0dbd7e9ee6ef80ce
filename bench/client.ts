// Browser benchmark in headless Chromium: for generated taxonomies of 1,000, 5,000 and 20,000
// species, the explorer's first draw, "Draw all", opening Convergence, and frames per second while
// the reader drags and wheels the canvas; beside plain Cytoscape with default options on the
// same graph (the baseline, measured in the same run) and the issue's targets. Main-thread
// freezes are read with a PerformanceObserver('longtask') in the page: the longest task of each
// step is printed beside its time.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startServer } from '../server/src/main.ts';
import { generateTaxonomy } from '../scripts/generate-taxonomy.ts';
import { ARTIFACTS, launchBrowser, settled } from '../test/e2e/browser.ts';
import { median } from './stats.ts';

const CYTOSCAPE = fileURLToPath(new URL('../node_modules/cytoscape/dist/cytoscape.min.js', import.meta.url));
// tsx compiles the functions passed to page.evaluate with esbuild's keepNames, which calls a
// __name helper that the page does not have.
const KEEP_NAMES = 'window.__name = (f) => f';
// Every task over 50 ms the page ran, from its first script on.
const LONG_TASKS = `window.__longTasks = [];
try { new PerformanceObserver((list) => { for (const e of list.getEntries()) window.__longTasks.push([e.startTime, e.duration]); }).observe({ type: 'longtask', buffered: true }); } catch {}`;
const RUNS = Number(process.env.BENCH_CLIENT_RUNS ?? 3);
const GESTURE_MS = 2000;

/** The issue's targets at 20,000 species (issue 11). */
const TARGETS = { firstDrawMs: 3000, drawAllMs: 5000, convergenceMs: 1000, longestTaskMs: 200, fps: 30 } as const;

interface Step {
  /** Time from the action to the page being ready, ms. */
  ms: number;
  /** Longest main-thread task during it, ms (0: none over 50 ms). */
  longestTaskMs: number;
  drawn: number;
}

interface Sample {
  first: Step;
  drawAll?: Step;
  /** Convergence: its summary matrix shown (its "drawn" counts the rows). */
  summary?: Step;
  convergence?: Step;
  /** Frames per second while dragging and wheeling the canvas, after the biggest drawing. */
  fps: number;
}

/** The longest task that started at or after `since` (performance.now() in the page). */
const longestSince = (page: Page, since: number) =>
  page.evaluate((t0) => Math.max(0, ...((window as unknown as { __longTasks: [number, number][] }).__longTasks ?? []).filter(([start]) => start >= t0).map(([, d]) => d)), since);

const now = (page: Page) => page.evaluate(() => performance.now());

const drawnCount = (page: Page) => page.evaluate(() => (window as unknown as { __bench?: import('cytoscape').Core }).__bench?.elements().length ?? 0);

/**
 * Drags the canvas's background for two seconds, then wheels it for two, with the real mouse
 * (Cytoscape's viewport shortcuts start on a gesture, not on a programmatic pan), and counts
 * the frames the page drew meanwhile.
 */
async function gestureFps(page: Page): Promise<number> {
  const start = await page.evaluate(() => {
    const w = window as unknown as { __bench: import('cytoscape').Core; __frames: number; __framing: boolean };
    const cy = w.__bench;
    // A point of the background, away from every node, to start the drag from.
    const boxes = cy.nodes().map((n) => n.renderedBoundingBox({}));
    const rect = cy.container()?.getBoundingClientRect() ?? { left: 0, top: 0, width: cy.width(), height: cy.height() };
    let spot = { x: cy.width() / 2, y: cy.height() / 2 };
    search: for (let gy = 0.1; gy < 1; gy += 0.05)
      for (let gx = 0.1; gx < 1; gx += 0.05) {
        const x = cy.width() * gx;
        const y = cy.height() * gy;
        if (!boxes.some((b) => x > b.x1 - 12 && x < b.x2 + 12 && y > b.y1 - 12 && y < b.y2 + 12)) {
          spot = { x, y };
          break search;
        }
      }
    w.__frames = 0;
    w.__framing = true;
    const tick = () => {
      w.__frames++;
      if (w.__framing) requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
    return { x: rect.left + spot.x, y: rect.top + spot.y, t0: performance.now() };
  });
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  const dragEnd = Date.now() + GESTURE_MS;
  for (let i = 0; Date.now() < dragEnd; i++) await page.mouse.move(start.x + Math.sin(i / 6) * 220, start.y + Math.cos(i / 9) * 140);
  await page.mouse.up();
  await page.mouse.move(start.x, start.y);
  const wheelEnd = Date.now() + GESTURE_MS;
  for (let i = 0; Date.now() < wheelEnd; i++) await page.mouse.wheel(0, Math.sin(i / 5) * 60);
  return page.evaluate((t0) => {
    const w = window as unknown as { __frames: number; __framing: boolean };
    w.__framing = false;
    return w.__frames / ((performance.now() - t0) / 1000);
  }, start.t0);
}

/** Waits until `ready` holds in the page, and answers how long after `t0` it first did. */
async function readyAfter(page: Page, t0: number, ready: string): Promise<number> {
  const handle = await page.waitForFunction(`(${ready}) ? performance.now() : false`, undefined, { timeout: 180_000 });
  return ((await handle.jsonValue()) as number) - t0;
}

const CANVAS_READY = `(window.__cy?.nodes().length ?? 0) > 0 && document.querySelector('.graph-canvas__cy[aria-busy="false"]') && !document.querySelector('.stage[aria-busy="true"]')`;

/** `shots`: a name to save screenshots of Draw all and Convergence under (test/e2e/artifacts). */
async function explorer(page: Page, url: string, shots?: string): Promise<Sample> {
  await page.goto(url);
  const firstMs = await readyAfter(page, 0, CANVAS_READY);
  await page.evaluate(() => {
    const w = window as unknown as { __cy: import('cytoscape').Core; __bench: import('cytoscape').Core };
    w.__bench = w.__cy;
  });
  const first = { ms: firstMs, longestTaskMs: await longestSince(page, 0), drawn: await drawnCount(page) };

  // Draw all: from the capped drawing, the notice's button, until every node is drawn and laid out.
  let drawAll: Step | undefined;
  const all = page.getByRole('button', { name: 'Draw all' });
  if (await all.count()) {
    const t0 = await now(page);
    await all.click();
    const ms = await readyAfter(page, t0, `${CANVAS_READY} && !document.querySelector('.notice button')`);
    drawAll = { ms, longestTaskMs: await longestSince(page, t0), drawn: await drawnCount(page) };
  }
  await settled(page);
  if (shots) await page.screenshot({ path: `${ARTIFACTS}${shots}-draw-all.png` });
  const fps = await gestureFps(page);

  // Convergence, chosen in the rail, until its summary and its graph are both shown.
  const t0 = await now(page);
  await page.getByRole('navigation', { name: 'Views and filters' }).getByRole('button', { name: 'Convergence', exact: true }).click();
  // The summary (its matrix answering clicks) and the graph beside it (laid out) are timed apart.
  const [summaryMs, ms] = await Promise.all([
    readyAfter(page, t0, `document.querySelector('.stage--convergence .matrix tbody tr')`),
    readyAfter(page, t0, `${CANVAS_READY} && document.querySelector('.stage--convergence .matrix')`),
  ]);
  const longest = await longestSince(page, t0);
  const summary = { ms: summaryMs, longestTaskMs: longest, drawn: await page.locator('.matrix tbody tr').count() };
  const convergence = { ms, longestTaskMs: longest, drawn: await drawnCount(page) };
  if (shots) {
    await page.screenshot({ path: `${ARTIFACTS}${shots}-convergence.png` });
  }
  return { first, drawAll, summary, convergence, fps };
}

async function plainCytoscape(page: Page, url: string): Promise<Sample> {
  await page.goto(`${url}/healthz`);
  await page.setContent('<div id="cy" style="position:absolute;inset:0"></div>');
  await page.addScriptTag({ content: LONG_TASKS });
  await page.addScriptTag({ path: CYTOSCAPE });
  await page.addScriptTag({ content: KEEP_NAMES });
  const drawWith = (route: string) =>
    page.evaluate(async (path) => {
      const t0 = performance.now();
      const { elements } = await (await fetch(path)).json();
      const w = window as unknown as { cytoscape: typeof import('cytoscape'); __bench?: import('cytoscape').Core };
      w.__bench?.destroy();
      const cy = w.cytoscape({ container: document.getElementById('cy'), elements, style: [{ selector: 'node', style: { label: 'data(label)' } }] });
      w.__bench = cy;
      await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
      return { t0, ms: performance.now() - t0 };
    }, route);
  const graph = await drawWith('/api/graph');
  const first = { ms: graph.ms, longestTaskMs: await longestSince(page, graph.t0), drawn: await drawnCount(page) };
  const fps = await gestureFps(page);
  const conv = await drawWith('/api/convergence');
  const convergence = { ms: conv.ms, longestTaskMs: await longestSince(page, conv.t0), drawn: await drawnCount(page) };
  // Plain Cytoscape draws everything at once: its first draw is its "draw all".
  return { first, drawAll: first, convergence, fps };
}

const summariseSteps = (steps: (Step | undefined)[]): Step | undefined => {
  const known = steps.filter((s): s is Step => s !== undefined);
  if (!known.length) return undefined;
  return { ms: median(known.map((s) => s.ms)), longestTaskMs: median(known.map((s) => s.longestTaskMs)), drawn: median(known.map((s) => s.drawn)) };
};

function summarise(samples: Sample[]): Sample {
  return {
    first: summariseSteps(samples.map((s) => s.first)) as Step,
    drawAll: summariseSteps(samples.map((s) => s.drawAll)),
    summary: summariseSteps(samples.map((s) => s.summary)),
    convergence: summariseSteps(samples.map((s) => s.convergence)),
    fps: median(samples.map((s) => s.fps)),
  };
}

const col = (text: string, width: number) => text.padStart(width);
const ms = (n: number | undefined) => (n === undefined ? '–' : n.toFixed(0));
const ratio = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? '–' : `${(a / b).toFixed(2)}×`);
const mark = (ok: boolean | undefined) => (ok === undefined ? '' : ok ? ' ok' : ' MISSED');

function printStep(label: string, explorerStep: Step | undefined, plainStep: Step | undefined, target: number | undefined, atTarget: boolean): void {
  const met = explorerStep && atTarget && target !== undefined ? explorerStep.ms <= target : undefined;
  const taskMet = explorerStep && atTarget ? explorerStep.longestTaskMs <= TARGETS.longestTaskMs : undefined;
  console.log(
    `  ${label.padEnd(42)}${col(ms(explorerStep?.ms), 10)}${col(target === undefined ? '' : `≤ ${target}`, 9)}${col(mark(met), 8)}${col(ms(plainStep?.ms), 10)}${col(ratio(explorerStep?.ms, plainStep?.ms), 9)}` +
      `${col(ms(explorerStep?.longestTaskMs), 12)}${col(`≤ ${TARGETS.longestTaskMs}`, 7)}${col(mark(taskMet), 8)}${col(ms(plainStep?.longestTaskMs), 12)}${col(String(explorerStep?.drawn ?? '–'), 10)}${col(String(plainStep?.drawn ?? '–'), 10)}`,
  );
}

export async function benchClient(targets = [1_000, 5_000, 20_000]): Promise<void> {
  const browser = await launchBrowser();
  console.log(`\nExplorer vs plain Cytoscape (default options, labels on), headless Chromium, median of ${RUNS}; targets are the issue's, at 20,000 species`);
  console.log(`  times in ms; "task" is the longest main-thread task (PerformanceObserver 'longtask'); the machine is shared, so read the ratios`);
  console.log(`  Convergence is chosen in the rail after the step above it; "summary" is its matrix shown (drawn: its rows), "graph" the graph beside it laid out`);
  try {
    for (const target of targets) {
      const species = target;
      const dataset = generateTaxonomy({ species, seed: 7 });
      const nodes = Object.values(dataset.nodes).reduce((sum, list) => sum + list.length, 0);
      const atTarget = target >= 20_000;
      const dir = mkdtempSync(join(tmpdir(), 'cladescope-bench-client-'));
      writeFileSync(join(dir, 'taxonomy.json'), JSON.stringify(dataset));
      const server = await startServer({ PORT: 0, HOST: '127.0.0.1', DATA_DIR: join(dir, 'store'), SEED_FILE: join(dir, 'taxonomy.json'), NEO4J_URI: undefined });
      try {
        // The server computes convergence once after an import: not the client's time.
        await fetch(`${server.url}/api/convergence`).then((r) => r.arrayBuffer());
        const results: Record<string, Sample> = {};
        // The explorer as it opens (clades folded to a readable depth), then opened to every rank
        // (`?depth=all`: level of detail and its cap on drawn nodes, then "Draw all").
        const contenders = [
          ['plain', plainCytoscape],
          ['explorer', explorer],
          ['explorer, all ranks', (page: Page, url: string) => explorer(page, `${url}/?depth=all`)],
        ] as const;
        for (const [who, run] of contenders) {
          const samples: Sample[] = [];
          for (let i = 0; i < RUNS; i++) {
            const page = await browser.newPage({ viewport: { width: 1600, height: 1000 }, bypassCSP: true });
            await page.addInitScript(KEEP_NAMES);
            await page.addInitScript(LONG_TASKS);
            try {
              samples.push(await run(page, server.url));
            } finally {
              await page.close();
            }
          }
          results[who] = summarise(samples);
        }
        const plain = results.plain as Sample;
        console.log(`\n${nodes.toLocaleString('en')} nodes (${species.toLocaleString('en')} species)`);
        console.log(
          `  ${'step'.padEnd(42)}${col('ms', 10)}${col('target', 9)}${col('', 8)}${col('plain ms', 10)}${col('× plain', 9)}${col('task ms', 12)}${col('target', 7)}${col('', 8)}${col('plain task', 12)}${col('drawn', 10)}${col('plain', 10)}`,
        );
        for (const who of ['explorer', 'explorer, all ranks'] as const) {
          const r = results[who] as Sample;
          printStep(`${who}: first draw`, r.first, plain.first, TARGETS.firstDrawMs, atTarget);
          if (r.drawAll) printStep(`${who}: Draw all`, r.drawAll, plain.drawAll, TARGETS.drawAllMs, atTarget);
          printStep(`${who}: Convergence summary`, r.summary, undefined, TARGETS.convergenceMs, atTarget);
          printStep(`${who}: Convergence graph`, r.convergence, plain.convergence, undefined, atTarget);
        }
        console.log(`  ${'frames per second while dragging and wheeling (after the biggest drawing)'}`);
        // What the reader sees at this size, at 1440 × 900: Draw all, then Convergence.
        if (atTarget) {
          const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, bypassCSP: true });
          await page.addInitScript(KEEP_NAMES);
          await page.addInitScript(LONG_TASKS);
          try {
            await explorer(page, `${server.url}/?depth=all`, `scale-${species / 1000}k`);
          } finally {
            await page.close();
          }
        }
        for (const who of ['explorer', 'explorer, all ranks'] as const) {
          const r = results[who] as Sample;
          const met = atTarget ? r.fps >= TARGETS.fps : undefined;
          console.log(`  ${who.padEnd(42)}${col(r.fps.toFixed(1), 10)}${col(`≥ ${TARGETS.fps}`, 9)}${col(mark(met), 8)}${col(plain.fps.toFixed(1), 10)}${col(ratio(r.fps, plain.fps), 9)}`);
        }
      } finally {
        await server.close();
        rmSync(dir, { recursive: true, force: true });
      }
    }
  } finally {
    await browser.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await benchClient(process.argv.slice(2).map(Number).filter(Boolean).length ? process.argv.slice(2).map(Number) : undefined);
