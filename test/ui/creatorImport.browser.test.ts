/**
 * Creator analytics workbooks imported through the real sidebar in headless Chromium, beside the
 * data export, onto the built bundle on the stand-in: the dashboard's figures are worked out here,
 * day by day, from the figures the test files were made of.
 */
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Day } from "../../src/domain/day";
import { freshAddon, typeAt, valueAt } from "../support/addon";
import { launch, openSidebar } from "../support/browser";
import {
  aggregateName,
  CSV_AS_XLSX,
  contentName,
  creatorXlsx,
  daysFrom,
  figuresOf,
  truncated,
} from "../support/creatorFiles";
import { exportZip, ZIP_NAME } from "../support/exportFiles";

const KPI = "KPI 2026";
const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** Two windows that overlap in April and May: 10 February – 31 May, and 1 April – 30 June 2026. */
const FIRST = { first: "2026-02-10", last: "2026-05-31" } as const;
const SECOND = { first: "2026-04-01", last: "2026-06-30" } as const;

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

/** A month's column letter on the dashboard: E is January … P is December. */
const column = (month: number) => String.fromCharCode("D".charCodeAt(0) + month);

/** A month's engagements and new followers, each day of the windows counted once. */
function expected(month: string): { actions: number; followers: number; impressions: number } {
  const days = new Set<Day>([
    ...daysFrom(FIRST.first, FIRST.last),
    ...daysFrom(SECOND.first, SECOND.last),
  ]);
  const figures = [...days].filter((d) => d.startsWith(month)).map(figuresOf);
  return {
    actions: figures.reduce((a, f) => a + f.engagements, 0),
    followers: figures.reduce((a, f) => a + f.newFollowers, 0),
    impressions: figures.reduce((a, f) => a + f.impressions, 0),
  };
}

const files = () => [
  {
    name: contentName(FIRST.first, FIRST.last),
    mimeType: XLSX,
    buffer: Buffer.from(creatorXlsx(FIRST)),
  },
  {
    // The 2026 name, with its numbers stored as text.
    name: aggregateName(SECOND.first, SECOND.last),
    mimeType: XLSX,
    buffer: Buffer.from(creatorXlsx({ ...SECOND, numbers: "text" })),
  },
  { name: ZIP_NAME, mimeType: "application/zip", buffer: Buffer.from(exportZip()) },
];

function builtAddon(locale?: string) {
  const addon = freshAddon(locale ? { locale } : {});
  addon.call("buildDashboard");
  return addon;
}

async function importPage(
  addon: ReturnType<typeof builtAddon>,
): Promise<Page & { errors: string[] }> {
  const page = await openSidebar(browser, addon, "openImport");
  await page.locator("#import-files").waitFor();
  return page;
}

const figure = (addon: ReturnType<typeof builtAddon>, metric: string, month: number) =>
  valueAt(addon, KPI, `metric:${metric}`, column(month));

/** A month's figure on the row of the own metric “Post impressions”, the first one added. */
const impressionsIn = (addon: ReturnType<typeof builtAddon>, month: number) =>
  valueAt(addon, KPI, "own:own1", column(month));

describe("Import of creator analytics", () => {
  it("two overlapping files and the data export: each month's figures and impressions (kept as an own metric), partial February marked and left unwritten, a typed figure kept", async () => {
    const addon = builtAddon();
    typeAt(addon, KPI, "metric:actions_on_updates", column(4), 999);
    const page = await importPage(addon);
    await page.locator("#import-files").setInputFiles(files());
    await page.locator("#import-preview").waitFor();
    expect(await page.locator("#import-result").textContent()).toBe(
      "Read 4 files, exported on 2026-06-27. Read 2 creator analytics files, 2026-02-10 – 2026-06-30.",
    );

    // February is covered from the 10th: its two creator figures are marked, and only they.
    const partial = await page.locator("#import-preview tr.partial").allTextContents();
    expect(partial).toHaveLength(2);
    for (const row of partial) expect(row).toContain("(partial: 19 of 28 days)");
    const feb = expected("2026-02");
    expect(partial[0]).toContain(`Actions on updates (comments, shares, likes)`);
    expect(partial[0]?.endsWith(`–${feb.actions}`)).toBe(true);
    expect(partial[1]?.endsWith(`–${feb.followers}`)).toBe(true);
    // April's engagements were typed by the user: shown as differing, not replaced unless asked.
    const apr = expected("2026-04");
    expect(await page.locator("#import-preview tr.differs").allTextContents()).toEqual([
      `Actions on updates (comments, shares, likes)999${apr.actions}`,
    ]);
    // Impressions: shown per month, with no row to take them yet.
    const impressions = await page.locator("#import-impressions tbody tr").allTextContents();
    expect(impressions).toEqual(
      ["Feb", "Mar", "Apr", "May", "Jun"].map((label, i) => {
        const month = `2026-0${i + 2}`;
        const mark = i === 0 ? " (partial: 19 of 28 days)" : "";
        return `${label} 2026${mark}${expected(month).impressions.toLocaleString("en-US")}`;
      }),
    );
    expect(await page.locator("#import-partial").isChecked()).toBe(false);
    expect(await page.locator("#import-overwrite").isChecked()).toBe(false);
    // No own metric takes impressions yet: one is offered, ticked, and its four whole months counted.
    expect(await page.locator("#import-keep-impressions").isChecked()).toBe(true);
    expect(await page.locator("label[for=import-keep-impressions]").textContent()).toBe(
      "Keep post impressions as your own metric “Post impressions” (Engagement block)",
    );
    const count = async () =>
      Number((await page.locator("#import-apply").textContent())?.replace(/\D/g, ""));
    const withImpressions = await count();
    await page.uncheck("#import-keep-impressions");
    expect(await count()).toBe(withImpressions - 4);
    await page.check("#import-keep-impressions");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      300,
    );

    await page.click("#import-apply");
    await expect.poll(() => page.locator("#import-done").count()).toBe(1);
    expect(await page.locator("#import-done").textContent()).toMatch(
      /^“Post impressions” added to Engagement\. \d+ figures written\./,
    );
    for (const month of [3, 5, 6]) {
      const want = expected(`2026-0${month}`);
      expect(figure(addon, "actions_on_updates", month), `actions ${month}`).toBe(want.actions);
      expect(figure(addon, "followers_gained", month), `followers ${month}`).toBe(want.followers);
    }
    // Impressions in the new own metric's row: each whole month, each day of the windows once.
    for (const month of [3, 4, 5, 6])
      expect(impressionsIn(addon, month), `impressions ${month}`).toBe(
        expected(`2026-0${month}`).impressions,
      );
    // February is partial, and the box for partial months was left unticked.
    expect(impressionsIn(addon, 2)).toBe("");
    expect(figure(addon, "actions_on_updates", 4)).toBe(999);
    expect(figure(addon, "followers_gained", 4)).toBe(apr.followers);
    expect(figure(addon, "actions_on_updates", 2)).toBe("");
    expect(figure(addon, "followers_gained", 2)).toBe("");
    // The data export's figures are written in the same import.
    expect(figure(addon, "first_degree", 6)).toBe(6);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it("writes the partial month when the box is ticked", async () => {
    const addon = builtAddon();
    const page = await importPage(addon);
    await page.locator("#import-files").setInputFiles(files().slice(0, 2));
    await page.locator("#import-preview").waitFor();
    // Impressions not kept: no own metric is added, and only the catalog's figures are counted.
    await page.uncheck("#import-keep-impressions");
    const before = await page.locator("#import-apply").textContent();
    await page.check("#import-partial");
    const after = await page.locator("#import-apply").textContent();
    expect([before, after]).toEqual(["Write 8 figures", "Write 10 figures"]);
    await page.click("#import-apply");
    await expect.poll(() => page.locator("#import-done").count()).toBe(1);
    const feb = expected("2026-02");
    expect(figure(addon, "actions_on_updates", 2)).toBe(feb.actions);
    expect(figure(addon, "followers_gained", 2)).toBe(feb.followers);
    expect(figure(addon, "followers_gained", 6)).toBe(expected("2026-06").followers);
    expect(() => impressionsIn(addon, 6)).toThrow(/No row own:own1/);
    await page.close();
  });

  it("with the own metric there already, lists impressions as figures of its row and writes them", async () => {
    const addon = builtAddon();
    const added = addon.callFromClient("saveOwnMetric", [
      {
        language: "en",
        name: "Post impressions",
        block: "engagement",
        aggregation: "sum",
        whole: true,
        feeds: "impressions",
      },
    ]);
    expect(added.error).toBeUndefined();
    typeAt(addon, KPI, "own:own1", column(5), 7);
    const page = await importPage(addon);
    await page.locator("#import-files").setInputFiles(files().slice(0, 2));
    await page.locator("#import-preview").waitFor();
    expect(await page.locator("#import-keep-impressions").count()).toBe(0);
    expect(await page.locator("#import-impressions").count()).toBe(0);
    const rows = page.locator("#import-preview tr[data-metric=impressions]");
    expect(await rows.count()).toBe(5);
    // May was typed: shown as differing, grouped as impressions are.
    const may = expected("2026-05").impressions.toLocaleString("en-US");
    expect(await page.locator("#import-preview tr.differs").allTextContents()).toEqual([
      `Post impressions7${may}`,
    ]);
    await page.click("#import-apply");
    await expect.poll(() => page.locator("#import-done").count()).toBe(1);
    for (const month of [3, 4, 6])
      expect(impressionsIn(addon, month), `impressions ${month}`).toBe(
        expected(`2026-0${month}`).impressions,
      );
    expect(impressionsIn(addon, 5)).toBe(7);
    expect(impressionsIn(addon, 2)).toBe("");
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it("refuses each broken file by name, in the user's language, and writes nothing", async () => {
    const addon = builtAddon("es_ES");
    const page = await importPage(addon);
    const good = creatorXlsx(FIRST);
    const broken = [
      ["Content_csv_renamed.xlsx", CSV_AS_XLSX, "no es un libro de Excel (.xlsx)"],
      ["Content_truncated.xlsx", truncated(good), "está dañado y no se puede abrir"],
      [
        "Content_no_followers.xlsx",
        creatorXlsx({ ...FIRST, without: ["followers"] }),
        "no tiene la hoja de SEGUIDORES",
      ],
    ] as const;
    const state = JSON.stringify(addon.standIn.workbook.state);
    addon.standIn.counter.reset();
    for (const [name, bytes, says] of broken) {
      await page
        .locator("#import-files")
        .setInputFiles([...files(), { name, mimeType: XLSX, buffer: Buffer.from(bytes) }]);
      await expect
        .poll(() => page.locator("#import-result").textContent())
        .toContain(`${name} ${says}`);
      expect(await page.locator("#import-result").getAttribute("class")).toBe("error-text");
      expect(await page.locator("#import-preview").count()).toBe(0);
      expect(await page.locator("#import-apply").count()).toBe(0);
    }
    expect(addon.standIn.counter.byMethod.has("Range.setValues")).toBe(false);
    expect(JSON.stringify(addon.standIn.workbook.state)).toBe(state);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});
