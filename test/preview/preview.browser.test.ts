/** npm start: the built add-on in a browser page, driven as a person would in headless Chromium. */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { startPreview, stopPreview } from "../../scripts/screenshots";
import { exportZip, TARGETS, ZIP_NAME } from "../support/exportFiles";
import { onPinnedDay } from "../support/pinnedDay";
import {
  api,
  DAYS,
  type PinnedDay,
  pin,
  previewDir,
  settled,
  sharedBrowser,
  startDemo,
} from "../support/preview";

const dir = previewDir();
const browser = sharedBrowser();
const first = DAYS[0] as PinnedDay;

// The demo's four executives run on New Year's first minutes (calendar.browser.test.ts), and the
// manager's team of linked sellers in team.browser.test.ts: not again on an ordinary day.
describe(`the local preview on ${first.today} (${first.zone})`, () => {
  onPinnedDay(first, browser, dir, { team: false });
});

describe("the local preview", () => {
  it("imports LinkedIn's export: picks the ZIP, previews, confirms, and finds the months and the Network sheet", async () => {
    // Through `npm start` itself, the README's command (the other tests start the server alone).
    const { url, server } = await startPreview(
      ["--reset", "--empty", ...pin(first)],
      join(dir, "import.json"),
      { npmStart: true },
    );
    try {
      expect((await api(url, "buildDashboard")).error).toBeNull();
      const page = await browser().newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(url);
      await page.click("#extensions");
      await page.click('[data-fn="openSettings"]');
      const sidebar = page.frameLocator("#sidebar-frame");
      await sidebar.locator("#f-targetCompanies").fill(TARGETS.join("\n"));
      await sidebar.locator("#save-settings").click();
      await expect.poll(() => sidebar.locator("#status").textContent()).toBe("Settings saved.");

      await page.click("#extensions");
      await page.click('[data-fn="openImport"]');
      await sidebar.locator("#import-files").setInputFiles({
        name: ZIP_NAME,
        mimeType: "application/zip",
        buffer: Buffer.from(exportZip()),
      });
      await sidebar.locator("#import-preview").waitFor();
      expect(await sidebar.locator("#import-result").textContent()).toBe(
        "Read 4 files, exported on 2026-06-27.",
      );
      expect(await sidebar.locator("#import-notes").textContent()).toContain(
        "Not needed, not read: Profile.csv, messages.csv.",
      );
      expect(await sidebar.locator("#import-preview tr.month").allTextContents()).toEqual([
        "Jan 2026",
        "Feb 2026",
        "Mar 2026",
        "Apr 2026",
        "May 2026",
        "Jun 2026",
      ]);
      expect(await sidebar.locator("#import-counts").textContent()).toBe(
        "22 empty cells to fill · 0 already the same · 0 different",
      );
      await sidebar.locator("#import-apply").click();
      await expect
        .poll(() => sidebar.locator("#status").textContent())
        .toContain("22 figures written.");

      const cell = (a1: string) => page.locator(`td[data-cell="${a1}"]`).textContent();
      await settled(page, url);
      await page.click('nav#tabs button:text-is("KPI 2026")');
      // June is column J; 1st-degree connections sit in row 13.
      await expect.poll(() => cell("J13")).toBe("6");
      await page.click('nav#tabs button:text-is("Network")');
      await expect.poll(() => cell("A1")).toBe("LinkedIn network: data export of 2026-06-27");
      await page.locator("#charts canvas").first().waitFor();
      await page.click('nav#tabs button:text-is("Import log")');
      await expect
        .poll(() => cell("H2"))
        .toContain("Connections.csv: 6 rows, 2026-04-02 – 2026-06-12");
      await page.close();
    } finally {
      stopPreview(server);
    }
  }, 90_000);

  it("shows no cut-off text on any sheet in any of the four languages, and no leftover Sheet1", async () => {
    const { url, server } = await startDemo(first, join(dir, "looks.json"));
    try {
      const page = await browser().newPage({ viewport: { width: 1400, height: 900 } });
      for (const language of ["en", "es", "de", "pl"]) {
        expect((await api(url, "saveSettings", [{ language }])).error).toBeNull();
        await page.goto(url);
        await page.evaluate(() => document.fonts.ready);
        // The tabs are drawn once the page has fetched the state: read before, there would be none to check.
        await page.locator("nav#tabs button").first().waitFor();
        const tabs = await page.locator("nav#tabs button").allTextContents();
        expect(tabs.length).toBeGreaterThan(5);
        expect(tabs).not.toContain("Sheet1");
        // Each tab drawn in turn inside the page (a click draws its sheet at once), its cells measured there:
        // one round trip per language instead of three per tab.
        const clipped = await page.evaluate((names) => {
          const found: string[] = [];
          for (const name of names) {
            const buttons = Array.from(document.querySelectorAll<HTMLElement>("nav#tabs button"));
            buttons.find((b) => b.textContent === name)?.click();
            const cells = Array.from(
              document.querySelectorAll<HTMLElement>("#grid td:not(.spill)"),
            );
            if (cells.length === 0) found.push(`${name}: nothing drawn`);
            for (const td of cells)
              if (td.scrollWidth > td.clientWidth + 1)
                found.push(`${name} ${td.dataset.cell}: ${td.textContent}`);
          }
          return found;
        }, tabs);
        expect(clipped, language).toEqual([]);
      }
      await page.close();
    } finally {
      stopPreview(server);
    }
  }, 120_000);

  it("answers the JSON API, keeps the data across a restart, and sets a corrupt state file aside", async () => {
    const statePath = join(dir, "api.json");
    let { url, server } = await startPreview(
      ["--reset", "--empty", "--tz", "Pacific/Auckland", "--today", "2026-11-23T10:00"],
      statePath,
    );
    try {
      await api(url, "saveSettings", [{ profileName: "=2*3" }]);
      expect((await api(url, "buildDashboard")).error).toBeNull();
      const saved = await api(url, "saveEntry", [
        {
          language: "en",
          year: 2026,
          month: 11,
          values: {},
          reading: {
            date: "2026-11-20",
            brand: "12.5",
            findPeople: "21",
            engage: "16.95",
            relationships: "25",
            note: "=1+2",
          },
        },
      ]);
      expect(saved.error).toBeNull();
      const view = (await (await fetch(`${url}api/state`)).json()) as {
        timeZone: string;
        sheets: {
          name: string;
          values: unknown[][];
          display: string[][];
          protections: { range: string; description: string }[];
        }[];
      };
      expect(view.timeZone).toBe("Pacific/Auckland");
      const log = view.sheets.find((s) => s.name === "SSI log");
      const row = log?.values.find((r) => r[0] === "2026-11-20");
      // The note, the log's last column (the today cell sits right of the header only).
      expect(row?.[10]).toBe("=1+2");
      const kpi = view.sheets.find((s) => s.name === "KPI 2026");
      expect(kpi?.display.flat().some((d) => d.startsWith("=2*3 ·"))).toBe(true);
      expect(kpi?.display.flat().filter((d) => d.startsWith("#ERROR"))).toEqual([]);
      expect(kpi?.protections).toEqual([
        { range: "sheet", description: "Calculated by the Social Selling KPIs add-on" },
      ]);

      expect(await api(url, "SSI_GAP", [21.16])).toEqual({
        result: 3.84,
        error: null,
        ui: [],
        writes: [],
      });
      // A rebuild answers with the cells it changed, as the stand-in logged them.
      const rebuilt = await api(url, "buildDashboard");
      expect(rebuilt.writes?.some((w) => w.sheet === "KPI 2026" && w.what === "values")).toBe(true);
      expect((await api(url, "SSI_GAP", [30])).error).toBe(
        "SSI_GAP: a pillar score must be 0–25, got 30.",
      );
      expect((await api(url, "noSuchFunction")).error).toBe(
        "Script function not found: noSuchFunction",
      );
      for (const [body, problem] of [
        ["{ not json", "The request body is not JSON."],
        ["null", "The request body must be a JSON object."],
        ['{"fn": "SSI_GAP", "args": 21.16}', '"args" must be an array.'],
        ['{"args": []}', '"fn" must name a function.'],
      ] as const) {
        const res = await fetch(`${url}api/call`, { method: "POST", body });
        expect(res.status).toBe(400);
        expect(((await res.json()) as { error: string }).error).toContain(problem);
      }
      const state = (await (await fetch(`${url}api/state`)).json()) as {
        sheets: { name: string; values: unknown[][] }[];
        calls: number;
      };
      expect(state.sheets.map((s) => s.name)).toContain("KPI 2026");
      expect(state.calls).toBeGreaterThan(0);
      expect(state.sheets[0]).toHaveProperty("formulas");
      expect(state.sheets[0]).toHaveProperty("charts");
    } finally {
      stopPreview(server);
    }
    ({ url, server } = await startPreview(["--today", "2026-11-23T10:00"], statePath));
    try {
      const state = (await (await fetch(`${url}api/state`)).json()) as {
        sheets: { name: string }[];
      };
      expect(state.sheets.map((s) => s.name)).toContain("SSI log");
    } finally {
      stopPreview(server);
    }
    writeFileSync(statePath, "{ not json");
    ({ url, server } = await startPreview(["--empty", "--today", "2026-11-23T10:00"], statePath));
    stopPreview(server);
    const aside = readdirSync(dir).filter((f) => f.startsWith("api.json.corrupt-"));
    expect(aside).toHaveLength(1);
    expect(readFileSync(join(dir, aside[0] ?? ""), "utf8")).toBe("{ not json");
  }, 90_000);

  it("lets a person type into the grid, and edit rows and sheets through the API, with targets met following", async () => {
    const { url, server } = await startPreview(
      ["--reset", "--empty", ...pin(first)],
      join(dir, "edit.json"),
    );
    try {
      expect((await api(url, "buildDashboard")).error).toBeNull();
      const page = await browser().newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(url);
      const cell = (a1: string) => page.locator(`#grid td[data-cell="${a1}"]`);
      // A target for visits (meetings), then January's figure: Pre-sale's targets met below it.
      await cell("D31").click();
      await page.keyboard.type("5");
      await page.keyboard.press("Enter");
      await expect.poll(() => cell("D31").textContent()).toBe("5");
      await cell("E31").click();
      await page.keyboard.type("7");
      await page.keyboard.press("Enter");
      await expect.poll(() => cell("E31").textContent()).toBe("7");
      await expect.poll(() => cell("E32").textContent()).toBe("100%");
      // A value the validation refuses shows its help, and the cell keeps what it had.
      await cell("E31").click();
      await page.keyboard.type("-3");
      await page.keyboard.press("Enter");
      await expect.poll(() => page.locator("#alert").isVisible()).toBe(true);
      expect(await page.locator("#alert-text").textContent()).toMatch(
        /0 or more|whole number|≥ 0/i,
      );
      await page.locator("#alert button").click();
      expect(await cell("E31").textContent()).toBe("7");
      // Right-click a row header: a row of the person's own above Pre-sale's total.
      await page.locator('#grid th[data-row="32"]').click({ button: "right" });
      await page.locator("#line-menu .line-item", { hasText: "Insert 1 row above" }).click();
      await expect.poll(() => cell("E33").textContent()).toBe("100%");
      await page.close();

      const edit = async (request: Record<string, unknown>) => {
        const res = await fetch(`${url}api/edit`, {
          method: "POST",
          body: JSON.stringify(request),
        });
        return { status: res.status, body: (await res.json()) as Record<string, unknown> };
      };
      expect(await edit({ sheet: "KPI 2026", a1: "B32", value: "Spring campaign" })).toEqual({
        status: 200,
        body: { rejected: null },
      });
      expect((await edit({ sheet: "KPI 2026", insertColumnsBefore: 7, count: 1 })).status).toBe(
        200,
      );
      expect((await edit({ sheet: "KPI 2026", renameTo: "My KPI 2026" })).status).toBe(200);
      expect((await api(url, "buildDashboard")).error).toBeNull();
      const view = (await (await fetch(`${url}api/state`)).json()) as {
        sheets: { name: string; display: string[][] }[];
      };
      const kpi = view.sheets.find((s) => s.name === "My KPI 2026");
      expect(view.sheets.some((s) => s.name === "KPI 2026")).toBe(false);
      expect(kpi?.display[31]?.[1]).toBe("Spring campaign");
      expect(kpi?.display[32]?.[4]).toBe("100%");
      expect((await edit({ sheet: "My KPI 2026", deleteRows: 0 })).status).toBe(400);
      expect((await edit({ sheet: "Nope", deleteRows: 2 })).body.error).toMatch(
        /"sheet" must name/,
      );
      expect(
        (await edit({ sheet: "SSI log", sort: { a1: "A2:K40", column: 6, ascending: false } }))
          .status,
      ).toBe(200);
    } finally {
      stopPreview(server);
    }
    // As long as the preview's other tests: a loaded machine waits longer, the verdict is the same.
  }, 90_000);
});
