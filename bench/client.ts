// Browser benchmark in headless Chromium: for generated taxonomies of about 1k, 5k and 20k
// nodes, time to the first drawn graph, layout time and frames per second while panning and
// zooming, for the explorer and for plain Cytoscape with default options on the same graph
// (the baseline, measured in the same run).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Page } from 'playwright-core';
import { startServer } from '../server/src/main.ts';
import { generateTaxonomy } from '../scripts/generate-taxonomy.ts';
import { launchBrowser, settled } from '../test/e2e/browser.ts';
import { median } from './stats.ts';

const CYTOSCAPE = fileURLToPath(new URL('../node_modules/cytoscape/dist/cytoscape.min.js', import.meta.url));
// tsx compiles the functions passed to page.evaluate with esbuild's keepNames, which calls a
// __name helper that the page does not have.
const KEEP_NAMES = 'window.__name = (f) => f';
const RUNS = Number(process.env.BENCH_CLIENT_RUNS ?? 3);

interface Sample {
  firstDrawMs: number;
  layoutMs: number;
  fps: number;
  drawn: number;
}

/** Pans and zooms for two seconds, one step a frame, and counts the frames drawn. */
const panAndZoom = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const cy = (window as unknown as { __bench: import('cytoscape').Core }).__bench;
        let frames = 0;
        const start = performance.now();
        const step = (now: number) => {
          frames++;
          const t = (now - start) / 1000;
          cy.panBy({ x: Math.sin(t * 3) * 12, y: Math.cos(t * 2) * 8 });
          cy.zoom({ level: cy.zoom() * (1 + Math.sin(t * 4) * 0.02), renderedPosition: { x: 400, y: 300 } });
          if (now - start < 2000) requestAnimationFrame(step);
          else resolve(frames / ((now - start) / 1000));
        };
        requestAnimationFrame(step);
      }),
  );

/** Times the same built-in hierarchical layout (breadthfirst) on whatever each instance draws. */
const timeLayout = (page: Page, name: string) =>
  page.evaluate(
    (layoutName) =>
      new Promise<number>((resolve) => {
        const cy = (window as unknown as { __bench: import('cytoscape').Core }).__bench;
        const start = performance.now();
        const layout = cy.layout({ name: layoutName, animate: false } as never);
        layout.one('layoutstop', () => resolve(performance.now() - start));
        layout.run();
      }),
    name,
  );

async function explorer(page: Page, url: string): Promise<Sample> {
  const start = Date.now();
  await page.goto(url);
  await settled(page);
  const firstDrawMs = Date.now() - start;
  const drawn = await page.evaluate(() => {
    const w = window as unknown as { __cy: import('cytoscape').Core; __bench: import('cytoscape').Core };
    w.__bench = w.__cy;
    return w.__cy.elements().length;
  });
  return { firstDrawMs, layoutMs: await timeLayout(page, 'breadthfirst'), fps: await panAndZoom(page), drawn };
}

async function plainCytoscape(page: Page, url: string): Promise<Sample> {
  await page.goto(`${url}/healthz`);
  await page.setContent('<div id="cy" style="position:absolute;inset:0"></div>');
  await page.addScriptTag({ path: CYTOSCAPE });
  await page.addScriptTag({ content: KEEP_NAMES });
  const start = Date.now();
  const drawn = await page.evaluate(async () => {
    const { elements } = await (await fetch('/api/graph')).json();
    const w = window as unknown as { cytoscape: typeof import('cytoscape'); __bench: import('cytoscape').Core };
    const cy = w.cytoscape({ container: document.getElementById('cy'), elements, style: [{ selector: 'node', style: { label: 'data(label)' } }] });
    w.__bench = cy;
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    return cy.elements().length;
  });
  const firstDrawMs = Date.now() - start;
  return { firstDrawMs, layoutMs: await timeLayout(page, 'breadthfirst'), fps: await panAndZoom(page), drawn };
}

function summarise(samples: Sample[]): Sample {
  return {
    firstDrawMs: median(samples.map((s) => s.firstDrawMs)),
    layoutMs: median(samples.map((s) => s.layoutMs)),
    fps: median(samples.map((s) => s.fps)),
    drawn: median(samples.map((s) => s.drawn)),
  };
}

export async function benchClient(targets = [1_000, 5_000, 20_000]): Promise<void> {
  const browser = await launchBrowser();
  console.log(`\nExplorer vs plain Cytoscape (default options, labels on), headless Chromium, median of ${RUNS}`);
  console.log(`${'graph'.padEnd(16)}${'who'.padEnd(22)}${'elements drawn'.padStart(16)}${'first draw ms'.padStart(15)}${'layout ms'.padStart(11)}${'fps'.padStart(7)}${'  fps × plain'.padStart(14)}`);
  try {
    for (const target of targets) {
      const dataset = generateTaxonomy({ species: Math.round(target * 0.93), seed: 7 });
      const nodes = Object.values(dataset.nodes).reduce((sum, list) => sum + list.length, 0);
      const dir = mkdtempSync(join(tmpdir(), 'cladescope-bench-client-'));
      writeFileSync(join(dir, 'taxonomy.json'), JSON.stringify(dataset));
      const server = await startServer({ PORT: 0, HOST: '127.0.0.1', DATA_DIR: join(dir, 'store'), SEED_FILE: join(dir, 'taxonomy.json'), NEO4J_URI: undefined });
      try {
        const results: Record<string, Sample> = {};
        // The explorer as it opens (clades folded to a readable depth), and opened to every rank
        // (`?depth=all`: level of detail and its cap on drawn nodes do the work).
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
            try {
              samples.push(await run(page, server.url));
            } finally {
              await page.close();
            }
          }
          results[who] = summarise(samples);
        }
        for (const [who] of contenders) {
          const r = results[who] as Sample;
          const ratio = r.fps / (results.plain as Sample).fps;
          console.log(`${`${nodes.toLocaleString('en')} nodes`.padEnd(16)}${who.padEnd(22)}${String(r.drawn).padStart(16)}${r.firstDrawMs.toFixed(0).padStart(15)}${r.layoutMs.toFixed(0).padStart(11)}${r.fps.toFixed(1).padStart(7)}${ratio.toFixed(1).padStart(14)}`);
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
