/** The export import's benchmarks: reading a 30,000-row Connections.csv in Node and in Chromium, and its write. */
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { setFlagsFromString } from "node:v8";
import { createContext, runInContext, runInNewContext } from "node:vm";
import { build } from "esbuild";
import {
  SAMPLE_TARGETS,
  sampleConnections,
  sampleExportZip,
  sampleZipName,
} from "../dev/exportSample";
import { loadAddon } from "../dev/loader";
import type { readCreator } from "../src/export/creator";
import { readExport } from "../src/export/read";
import { launch } from "../test/support/browser";
import { contentName, creatorXlsx } from "../test/support/creatorFiles";
import { BROWSER_BUNDLE } from "./browserBundle";

const root = join(import.meta.dirname, "..");
const END = new Date(Date.UTC(2026, 10, 20));
export const ROWS = 30_000;

/** Code as the sidebar ships it: `contents` bundled and minified for the browser, its globals set. */
async function sidebarBundle(contents: string): Promise<string> {
  const bundle = await build({
    ...BROWSER_BUNDLE,
    stdin: { contents, resolveDir: root, loader: "ts" },
  });
  return bundle.outputFiles[0]?.text ?? "";
}

/** The reader as the sidebar ships it, with papaparse beside it. */
function readerBundle(): Promise<string> {
  return sidebarBundle(
    'import Papa from "papaparse"; import { readExport } from "./src/export/read"; Object.assign(globalThis, { Papa, readExport });',
  );
}

/** Times both, turn about, each after a garbage collection, best of 15: as text, so it runs as written. */
function measureScript(csv: string): string {
  return `(() => {
    const bytes = new TextEncoder().encode(${JSON.stringify(csv)});
    const targets = ${JSON.stringify(SAMPLE_TARGETS)};
    const min = { ours: Infinity, bare: Infinity };
    for (let i = 0; i < 15; i++) {
      gc();
      let start = performance.now();
      const read = readExport([{ name: "Connections.csv", bytes }], targets, "en");
      if (!read.ok) throw new Error(read.message);
      min.ours = Math.min(min.ours, performance.now() - start);
      gc();
      start = performance.now();
      Papa.parse(new TextDecoder().decode(bytes), { skipEmptyLines: true });
      min.bare = Math.min(min.bare, performance.now() - start);
    }
    return min;
  })()`;
}

type Timing = { ours: number; bare: number };

/**
 * Ours (decode, find the table, parse, date, count) against papaparse's bare parse of the same
 * bytes, in Node and in headless Chromium, both running the bundle the sidebar ships.
 */
export async function readTimings(): Promise<{ node: Timing; chromium: Timing }> {
  const code = await readerBundle();
  const csv = sampleConnections(ROWS, END, 120);
  setFlagsFromString("--expose-gc");
  const context = createContext({
    gc: runInNewContext("gc"),
    performance,
    TextEncoder,
    TextDecoder,
  });
  runInContext(code, context);
  const node = runInContext(measureScript(csv), context) as Timing;
  const browser = await launch(["--js-flags=--expose-gc"]);
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: code });
    return { node, chromium: (await page.evaluate(measureScript(csv))) as Timing };
  } finally {
    await browser.close();
  }
}

/** The creator analytics reader as the sidebar ships it. */
function creatorBundle(): Promise<string> {
  return sidebarBundle(
    'import { readCreator } from "./src/export/creator"; Object.assign(globalThis, { readCreator });',
  );
}

/** A year's creator analytics file (365 days, counts as text) read in headless Chromium: best of 15, in ms. */
export async function creatorChromium(): Promise<number> {
  const [first, last] = ["2025-11-23", "2026-11-22"];
  const bytes = Array.from(creatorXlsx({ first, last, numbers: "text" }));
  const browser = await launch();
  try {
    const page = await browser.newPage();
    await page.addScriptTag({ content: await creatorBundle() });
    return (await page.evaluate(
      ({ bytes, name }) => {
        const picked = [{ name, bytes: new Uint8Array(bytes) }];
        let best = Number.POSITIVE_INFINITY;
        for (let i = 0; i < 15; i++) {
          const start = performance.now();
          const read = (globalThis as unknown as { readCreator: typeof readCreator }).readCreator(
            picked,
            "2026-11-23",
          );
          if (!read.ok) throw new Error(read.problem);
          best = Math.min(best, performance.now() - start);
        }
        return best;
      },
      { bytes, name: contentName(first, last) },
    )) as number;
  } finally {
    await browser.close();
  }
}

/** Service calls of a confirmed import: one year, two years (the second year's cost), and the first import. */
export function importCalls(today: Date): { year: number; perYear: number; first: number } {
  const read = readExport(
    [{ name: sampleZipName(END), bytes: sampleExportZip(3_000, END, 30) }],
    SAMPLE_TARGETS,
    "en",
  );
  if (!read.ok) throw new Error(read.message);
  const summary = read.summary;
  const onlyYears = (years: number[]) => ({
    ...summary,
    network: null,
    months: Object.fromEntries(
      Object.entries(summary.months).filter(([m]) => years.includes(Number(m.slice(0, 4)))),
    ),
  });
  const measure = (years: number[], prepare: boolean) => {
    const addon = loadAddon({ now: () => today });
    addon.call("buildDashboard");
    addon.callFromClient("saveSettings", [{ targetCompanies: SAMPLE_TARGETS.join("\n") }]);
    if (prepare)
      addon.callFromClient("applyImport", [
        {
          summary: { ...summary, months: { "2025-01": { network_growth: 0 } } },
          overwrite: false,
          build: [2025],
        },
      ]);
    addon.standIn.counter.reset();
    const answer = addon.callFromClient("applyImport", [
      { summary: prepare ? onlyYears(years) : summary, overwrite: true, build: [] },
    ]);
    if (answer.error) throw new Error(answer.error);
    return addon.standIn.counter.total;
  };
  const year = measure([2026], true);
  return { year, perYear: measure([2025, 2026], true) - year, first: measure([], false) };
}
