/** Takes the README's screenshots of the local preview, the same way the browser test drives it. */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import type { Browser, Page } from "playwright-core";
import { SAMPLE_TARGETS, sampleExportZip, sampleZipName } from "../dev/exportSample";
import { launch } from "../test/support/browser";
import { contentName, creatorXlsx } from "../test/support/creatorFiles";

const root = join(import.meta.dirname, "..");
/** The day the screenshots are taken on, so they come out the same on any day they are redrawn. */
const TODAY = ["--today", "2026-11-23T10:00", "--tz", "Europe/Warsaw"];

/**
 * Runs the preview on a free port; resolves with the URL it prints. By default the server alone, on
 * the `dist` the caller built (`npm test` and `npm run screenshots` build first); `npmStart` runs
 * `npm start` itself, build included, as the README's first command does.
 */
export function startPreview(
  extra: string[],
  statePath: string,
  { npmStart = false }: { npmStart?: boolean } = {},
): Promise<{ url: string; server: ChildProcess }> {
  const args = ["--state", statePath, ...extra];
  const [command, argv] = npmStart
    ? ["npm", ["start", "--silent", "--", ...args]]
    : [process.execPath, serverArgv(args)];
  const server = spawn(command, argv, {
    cwd: root,
    env: { ...process.env, PORT: "0" },
    stdio: ["ignore", "pipe", "pipe"],
    detached: true,
  });
  return new Promise((resolve, reject) => {
    server.stdout?.on("data", (chunk: Buffer) => {
      const url = /http:\/\/localhost:\d+\//.exec(chunk.toString())?.[0];
      if (url) resolve({ url, server });
    });
    server.on("exit", (code) => reject(new Error(`preview server exited with ${code}`)));
  });
}

/**
 * The preview server's sources in one file, for a test run's many starts: each then loads it directly
 * instead of compiling its TypeScript again (about 0.7 s of a start). It is written beside the
 * packages it imports, which Node finds from the file's folder.
 */
export async function bundlePreviewServer(): Promise<string> {
  // One per run: two runs on one checkout never start each other's.
  const outfile = join(root, `node_modules/.cache/ssi-preview/server-${process.pid}.mjs`);
  await build({
    entryPoints: [join(root, "dev/preview/server.ts")],
    bundle: true,
    platform: "node",
    format: "esm",
    packages: "external",
    outfile,
    // The server finds the project (dist/, the page's sources) from its own folder.
    define: { "import.meta.dirname": JSON.stringify(join(root, "dev/preview")) },
    logLevel: "warning",
  });
  return outfile;
}

/** Node's arguments that run the preview's server: the run's bundle when there is one, else its sources. */
export function serverArgv(args: string[]): string[] {
  const bundled = process.env.PREVIEW_SERVER_BUNDLE;
  return [
    // The demo makes many short-lived objects: a larger young generation lets them die young.
    "--max-semi-space-size=64",
    ...(bundled ? [bundled] : ["--import", "tsx", "dev/preview/server.ts"]),
    ...args,
  ];
}

/** Stops the preview and the npm process around it. */
export function stopPreview(server: ChildProcess): void {
  if (server.pid) process.kill(-server.pid, "SIGTERM");
}

/** Opens a tab with charts and takes the page once they have drawn (Chart.js animates for a moment). */
async function chartsShot(page: Page, tab: string, path: string): Promise<void> {
  await page.click(tab);
  await page.locator("#charts canvas").first().waitFor();
  await page.waitForTimeout(300);
  await page.screenshot({ path });
}

/** The export import: its preview in the sidebar, then the Network sheet it writes. */
async function importScreenshots(url: string, page: Page): Promise<void> {
  const end = new Date(Date.UTC(2026, 10, 20));
  await fetch(`${url}api/call`, {
    method: "POST",
    body: JSON.stringify({
      fn: "saveSettings",
      args: [{ language: "en", targetCompanies: SAMPLE_TARGETS.join("\n") }],
    }),
  });
  await page.goto(url);
  await page.click("#extensions");
  await page.click('[data-fn="openImport"]');
  const sidebar = page.frameLocator("#sidebar-frame");
  await sidebar.locator("#import-files").setInputFiles({
    name: sampleZipName(end),
    mimeType: "application/zip",
    buffer: Buffer.from(sampleExportZip(1_800, end, 30)),
  });
  await sidebar.locator("#import-preview").waitFor();
  // The demo's months are all typed in: the export's earlier year is what there is to fill.
  await sidebar.locator("#import-build-2025").check();
  await page.screenshot({ path: join(root, "docs/preview-import.png") });
  await sidebar.locator("#import-apply").click();
  await sidebar.locator("#import-done").waitFor();
  await page.locator("#sidebar-close").click();
  await chartsShot(
    page,
    'nav#tabs button:text-is("Network")',
    join(root, "docs/preview-network.png"),
  );
}

/** The creator analytics import's preview: last autumn's weeks, October only partly covered. */
async function creatorScreenshot(url: string, page: Page): Promise<void> {
  const [first, last] = ["2025-10-10", "2025-12-31"] as const;
  await page.goto(url);
  await page.click("#extensions");
  await page.click('[data-fn="openImport"]');
  const sidebar = page.frameLocator("#sidebar-frame");
  await sidebar.locator("#import-files").setInputFiles({
    name: contentName(first, last),
    mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    buffer: Buffer.from(creatorXlsx({ first, last })),
  });
  await sidebar.locator("#import-preview").waitFor();
  await page.screenshot({ path: join(root, "docs/preview-creator.png") });
  await page.locator("#sidebar-close").click();
}

/** The company KPI: its section under the SSI on the dashboard, and its three parts in Settings. */
async function kpiScreenshots(page: Page): Promise<void> {
  await page.click('nav#tabs button:text-is("KPI 2026")');
  await page.locator("#grid td").first().waitFor();
  await page
    .locator('#grid td:has(span:text-is("SSI and business results"))')
    .scrollIntoViewIfNeeded();
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(root, "docs/preview-kpi.png") });
  await page.click("#extensions");
  await page.click('[data-fn="openSettings"]');
  const sidebar = page.frameLocator("#sidebar-frame");
  await sidebar.locator("#company-kpi").evaluate((node) => node.scrollIntoView({ block: "start" }));
  await page.waitForTimeout(200);
  await page.screenshot({ path: join(root, "docs/preview-kpi-settings.png") });
  await page.locator("#sidebar-close").click();
}

/** The Marketplace listing's screenshots, at the 1280 × 800 the listing asks for, in English. */
async function storeScreenshots(url: string, browser: Browser): Promise<void> {
  const dir = join(root, "store/screenshots");
  mkdirSync(dir, { recursive: true });
  const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
  await page.goto(url);
  await page.click('nav#tabs button:text-is("KPI 2026")');
  await page.locator("#grid td").first().waitFor();
  await page.screenshot({ path: join(dir, "1-dashboard.png") });
  await page.click("#extensions");
  await page.click('[data-fn="openSidebar"]');
  const sidebar = page.frameLocator("#sidebar-frame");
  await sidebar.locator("summary").first().click();
  await sidebar
    .locator("#paste")
    .fill(readFileSync(join(root, "test/fixtures/ssi-page-en.txt"), "utf8"));
  await sidebar.locator("#paste-fill").click();
  await sidebar.locator("#paste-result").waitFor();
  await sidebar.locator("#f-reading-brand").scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(dir, "2-sidebar-reading.png") });
  await page.locator("#sidebar-close").click();
  await chartsShot(page, 'nav#tabs button:has-text("Charts")', join(dir, "3-charts.png"));
  await chartsShot(page, 'nav#tabs button:text-is("Team 2026")', join(dir, "4-team.png"));
  await page.close();
}

async function main(): Promise<void> {
  const { url, server } = await startPreview(
    ["--reset", ...TODAY],
    join(root, ".preview-state.screenshots.json"),
  );
  const browser = await launch();
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    await page.goto(url);
    await page.locator("#grid td").first().waitFor();
    // The demo ends on the team sheet: the first picture is the first profile's dashboard.
    await page.click('nav#tabs button:text-is("KPI 2026")');
    await page.locator('#grid td[data-cell="B2"]').waitFor();
    await page.click("#extensions");
    await page.click('[data-fn="openSidebar"]');
    await page.frameLocator("#sidebar-frame").locator("#f-profile_views").waitFor();
    await page.click("#extensions");
    await page.screenshot({ path: join(root, "docs/preview-dashboard.png") });
    await page.click("#extensions");
    await page.click('nav#tabs button:has-text("Charts")');
    await page.locator("#charts canvas").first().waitFor();
    await page.locator("#sidebar-close").click();
    await page.waitForTimeout(300);
    await page.screenshot({ path: join(root, "docs/preview-charts.png"), fullPage: false });
    await chartsShot(
      page,
      'nav#tabs button:text-is("Team 2026")',
      join(root, "docs/preview-team.png"),
    );
    // The manager's team sheet at its linked sellers: the waiting one's cell, and Sheets' Allow access.
    const waiting = page.locator("#grid td", { hasText: /^#REF!$/ }).first();
    await waiting.scrollIntoViewIfNeeded();
    await waiting.click();
    await page.locator("#connect").waitFor();
    await page.screenshot({ path: join(root, "docs/preview-team-link.png") });
    await page.click('#connect button[value="cancel"]');
    await kpiScreenshots(page);
    await storeScreenshots(url, browser);
    // The dashboard in the other languages: longer labels wrap in their column, nothing is cut off.
    for (const language of ["es", "de", "pl"]) {
      await fetch(`${url}api/call`, {
        method: "POST",
        body: JSON.stringify({ fn: "saveSettings", args: [{ language }] }),
      });
      await page.goto(url);
      await page.locator("#grid td").first().waitFor();
      await page.screenshot({ path: join(root, `docs/preview-dashboard-${language}.png`) });
    }
    await importScreenshots(url, page);
    await creatorScreenshot(url, page);
  } finally {
    await browser.close();
    stopPreview(server);
  }
}

if (process.argv[1] === import.meta.filename) await main();
