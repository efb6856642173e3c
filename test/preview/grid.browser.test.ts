/**
 * The preview's grid behaves as Sheets does: an empty sheet is a grid, frozen lines stay in view, an
 * error says why on hover, a protected cell warns before it is typed over, Enter and Tab write without a
 * page error, and the tab bar scrolls.
 */

import type { ChildProcess } from "node:child_process";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startPreview, stopPreview } from "../../scripts/screenshots";
import { api, DAYS, type PinnedDay, pin, previewDir, sharedBrowser } from "../support/preview";

const dir = previewDir();
const browser = sharedBrowser();
const first = DAYS[0] as PinnedDay;
const KPI = `KPI ${first.local.year}`;

interface SheetState {
  name: string;
  display: string[][];
  formulas: string[][];
  hiddenRows: number[];
  hiddenColumns: number[];
}

let url = "";
let server: ChildProcess | undefined;

beforeAll(async () => {
  ({ url, server } = await startPreview(
    ["--reset", "--empty", ...pin(first)],
    join(dir, "grid.json"),
  ));
  expect((await api(url, "buildDashboard")).error).toBeNull();
}, 60_000);

afterAll(() => {
  if (server) stopPreview(server);
});

async function sheetState(name: string): Promise<SheetState> {
  const state = (await (await fetch(`${url}api/state`)).json()) as { sheets: SheetState[] };
  const sheet = state.sheets.find((s) => s.name === name);
  if (!sheet) throw new Error(`No sheet ${name}`);
  return sheet;
}

/** A page on the preview that records every page error; a test ends by finding none. */
async function openPage(width = 1000): Promise<{ page: Page; errors: string[] }> {
  const page = await browser().newPage({ viewport: { width, height: 700 } });
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(err.message));
  await page.goto(url);
  await page.locator("#grid td").first().waitFor();
  return { page, errors };
}

const cell = (page: Page, a1: string) => page.locator(`#grid td[data-cell="${a1}"]`);

/** The cell under a point of the page: what a person sees there, whatever lies beneath it. */
function cellAt(page: Page, x: number, y: number): Promise<string | null> {
  return page.evaluate(
    ([px, py]) =>
      (
        document
          .elementFromPoint(px as number, py as number)
          ?.closest("td, th") as HTMLElement | null
      )?.dataset.cell ?? null,
    [x, y],
  );
}

/** The dashboard's A1 of a metric's January, found by its label (rows move as the layout grows). */
async function januaryOf(label: string): Promise<string> {
  const kpi = await sheetState(KPI);
  const r = kpi.display.findIndex((row) => row[1] === label);
  return `E${r + 1}`;
}

describe("the preview's grid, as in Sheets", () => {
  it("draws an empty sheet as a grid of 26 columns and 50 rows, each cell one to type in", async () => {
    const { page, errors } = await openPage();
    await page.click('nav#tabs button:text-is("Sheet1")');
    await expect.poll(() => page.locator("#grid th.col-head").count()).toBe(26);
    expect(await page.locator("#grid th.row-head").count()).toBe(50);
    expect(await page.locator("#grid td").count()).toBe(26 * 50);
    // An empty column is as wide as Sheets draws one, not a sliver.
    const box = await page.locator('#grid th[data-col="26"]').boundingBox();
    expect(box?.width).toBeGreaterThanOrEqual(100);
    await cell(page, "Z50").click();
    await page.keyboard.type("far corner");
    await page.keyboard.press("Enter");
    await expect.poll(() => cell(page, "Z50").textContent()).toBe("far corner");
    expect(errors).toEqual([]);
    await page.close();
  });

  it("writes with Enter and with Tab, and no key throws a page error", async () => {
    const { page, errors } = await openPage();
    await page.click('nav#tabs button:text-is("Sheet1")');
    await cell(page, "A1").click();
    await page.keyboard.type("12");
    await page.keyboard.press("Enter");
    await expect.poll(() => cell(page, "A1").textContent()).toBe("12");
    await cell(page, "B1").click();
    await page.keyboard.type("=A1*2");
    await page.keyboard.press("Tab");
    await expect.poll(() => cell(page, "B1").textContent()).toBe("24");
    // Escape leaves the cell as it was.
    await cell(page, "A1").click();
    await page.keyboard.type("99");
    await page.keyboard.press("Escape");
    expect(await cell(page, "A1").textContent()).toBe("12");
    expect((await sheetState("Sheet1")).display[0]?.slice(0, 2)).toEqual(["12", "24"]);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("shows an error's message on hover", async () => {
    const { page, errors } = await openPage();
    await page.click('nav#tabs button:text-is("Sheet1")');
    await cell(page, "A3").click();
    await page.keyboard.type("=SSI_GAP(30)");
    await page.keyboard.press("Enter");
    await expect.poll(() => cell(page, "A3").textContent()).toBe("#ERROR!");
    await cell(page, "A3").hover();
    expect(await cell(page, "A3").getAttribute("title")).toContain(
      "SSI_GAP: a pillar score must be 0–25, got 30.",
    );
    await cell(page, "A4").click();
    await page.keyboard.type("=1/0");
    await page.keyboard.press("Enter");
    await expect.poll(() => cell(page, "A4").textContent()).toBe("#DIV/0!");
    expect(await cell(page, "A4").getAttribute("title")).toBe("Division by zero.");
    // Text that only reads like an error is no error: nothing to explain.
    await cell(page, "A5").click();
    await page.keyboard.type("'#REF!");
    await page.keyboard.press("Enter");
    await expect.poll(() => cell(page, "A5").textContent()).toBe("#REF!");
    expect(await cell(page, "A5").getAttribute("title")).toBeNull();
    expect(errors).toEqual([]);
    await page.close();
  });

  it("asks before a protected formula is typed over: Cancel keeps it, OK writes", async () => {
    const { page, errors } = await openPage();
    const kpi = await sheetState(KPI);
    // The first formula in a row and column the grid shows.
    const r = kpi.formulas.findIndex(
      (row, i) => !kpi.hiddenRows.includes(i + 1) && row.some((f, c) => f && c >= 4),
    );
    const c = (kpi.formulas[r] ?? []).findIndex((f, i) => f && i >= 4);
    const a1 = `${String.fromCharCode(65 + c)}${r + 1}`;
    const shown = kpi.display[r]?.[c] ?? "";
    await cell(page, a1).click();
    await page.keyboard.type("99");
    await page.keyboard.press("Enter");
    const warning = page.locator("#protected");
    await expect.poll(() => warning.isVisible()).toBe(true);
    expect(await page.locator("#protected-title").textContent()).toBe("Heads up!");
    expect(await page.locator("#protected-text").textContent()).toContain("Edit anyway?");
    await page.click('#protected button[value="cancel"]');
    await expect.poll(() => warning.isVisible()).toBe(false);
    expect(await cell(page, a1).textContent()).toBe(shown);
    expect((await sheetState(KPI)).formulas[r]?.[c]).toBe(kpi.formulas[r]?.[c]);

    await cell(page, a1).click();
    await page.keyboard.type("99");
    await page.keyboard.press("Enter");
    await page.click("#protected-ok");
    await expect.poll(async () => (await sheetState(KPI)).formulas[r]?.[c]).toBe("");
    await expect.poll(() => cell(page, a1).textContent()).toMatch(/^99\b/);

    // An input cell is the person's: no question.
    const input = await januaryOf("Visits (meetings)");
    await cell(page, input).click();
    await page.keyboard.type("4");
    await page.keyboard.press("Tab");
    await expect.poll(() => cell(page, input).textContent()).toBe("4");
    expect(await warning.isVisible()).toBe(false);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("keeps frozen rows and columns in view as the grid scrolls", async () => {
    const { page, errors } = await openPage();
    await page.click(`nav#tabs button:text-is("${KPI}")`);
    await cell(page, "B4").waitFor();
    const sheet = page.locator("#sheet");
    await sheet.evaluate((el) => {
      el.scrollTop = 300;
      el.scrollLeft = 500;
    });
    await expect.poll(() => sheet.evaluate((el) => el.scrollTop)).toBeGreaterThan(0);
    expect(await sheet.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
    const b4 = await cell(page, "B4").boundingBox();
    const area = await sheet.boundingBox();
    if (!b4 || !area) throw new Error("The grid is not drawn");
    // The header row's metric column, and a metric name further down, are where they were: on top.
    expect(await cellAt(page, b4.x + 10, b4.y + b4.height / 2)).toBe("B4");
    const low = await cellAt(page, b4.x + 10, area.y + area.height * 0.6);
    expect(low).toMatch(/^B\d+$/);
    expect(Number(low?.slice(1))).toBeGreaterThan(10);
    // Right of the frozen columns, row 4 still heads the months scrolled into view.
    const month = await cellAt(page, b4.x + b4.width + 20, b4.y + b4.height / 2);
    expect(month).toMatch(/^[C-Z]4$/);
    expect(month).not.toBe("C4");
    // The column letters and row numbers stay too.
    const corner = await page.locator("#grid th.corner").boundingBox();
    expect(corner?.y).toBeCloseTo(area.y, 0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("scrolls the tab bar: a long name stays on one line and the sidebar stays on the page", async () => {
    const long = `${KPI} · a sheet name as long as a person may make it, to see the tabs scroll`;
    const res = await fetch(`${url}api/edit`, {
      method: "POST",
      body: JSON.stringify({ sheet: KPI, renameTo: long }),
    });
    expect(res.status).toBe(200);
    const { page, errors } = await openPage(700);
    await page.click("#extensions");
    await page.click('[data-fn="openSidebar"]');
    await page.locator("#sidebar").waitFor();
    const tabs = page.locator("nav#tabs button");
    const heights = await tabs.evaluateAll((buttons) =>
      buttons.map((b) => (b as HTMLElement).offsetHeight),
    );
    expect(new Set(heights).size).toBe(1);
    const nav = page.locator("nav#tabs");
    expect(await nav.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    const side = await page.locator("#sidebar").boundingBox();
    expect(side?.width).toBe(320);
    expect((side?.x ?? 0) + (side?.width ?? 0)).toBeLessThanOrEqual(700);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      700,
    );
    // The last tab is reached by scrolling the bar.
    await tabs.last().click();
    await expect.poll(() => tabs.last().getAttribute("aria-selected")).toBe("true");
    // Drawn again, the bar keeps the chosen tab in view.
    const bar = await nav.boundingBox();
    const chosen = await tabs.last().boundingBox();
    expect((chosen?.x ?? 0) + (chosen?.width ?? 0)).toBeLessThanOrEqual(
      (bar?.x ?? 0) + (bar?.width ?? 0) + 1,
    );
    await fetch(`${url}api/edit`, {
      method: "POST",
      body: JSON.stringify({ sheet: long, renameTo: KPI }),
    });
    expect(errors).toEqual([]);
    await page.close();
  });
});
