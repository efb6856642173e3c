/**
 * Post impressions imported into the own metric that takes them, through the built bundle's sidebar
 * endpoints on the stand-in: read and written below the fixed rows, around a person's lines.
 */
import { describe, expect, it } from "vitest";
import type { Addon } from "../../dev/loader";
import type { Day } from "../../src/domain/day";
import type { ExportSummary } from "../../src/domain/exportSummary";
import { readPicked } from "../../src/export/picked";
import type { ImportPreview } from "../../src/plan/import/preview";
import { freshAddon, rowOfKey, typeAt, valueAt } from "../support/addon";
import { contentName, creatorXlsx, daysFrom, figuresOf } from "../support/creatorFiles";
import { insertColumnAfter, insertRowAfter } from "../support/person";

const KPI = "KPI 2026";
const OWN = "own:own1";

/** The summary the browser sends for creator files over these windows (as JSON, as it crosses). */
function summaryOf(...windows: { first: Day; last: Day }[]): ExportSummary {
  const picked = windows.map((w) => ({
    name: contentName(w.first, w.last),
    bytes: creatorXlsx(w),
  }));
  const read = readPicked(picked, [], "en", "2026-11-23");
  if (!read.ok) throw new Error(read.message);
  return JSON.parse(JSON.stringify(read.summary)) as ExportSummary;
}

/** A month's impressions from the figures the files were made of, each day once. */
function impressions(month: string, ...windows: { first: Day; last: Day }[]): number {
  const days = new Set(windows.flatMap((w) => daysFrom(w.first, w.last)));
  return [...days]
    .filter((d) => d.startsWith(month))
    .reduce((a, d) => a + figuresOf(d).impressions, 0);
}

function answer(addon: Addon, fn: string, ...args: unknown[]): Record<string, unknown> {
  const called = addon.callFromClient(fn, args);
  expect(called.error).toBeUndefined();
  return called.result as Record<string, unknown>;
}

/** Adds the own metric for impressions as the import view does, and carries its work to the end. */
function addImpressionsMetric(addon: Addon): void {
  const added = answer(addon, "saveOwnMetric", {
    language: "en",
    name: "Post impressions",
    block: "engagement",
    aggregation: "sum",
    whole: true,
    feeds: "impressions",
  });
  expect(added.ok, JSON.stringify(added)).toBe(true);
  for (let i = 0; i < 10 && answer(addon, "continueWork").finished !== true; i++);
}

function apply(addon: Addon, summary: ExportSummary, options: { build?: number[] } = {}): string {
  const result = answer(addon, "applyImport", {
    summary,
    overwrite: false,
    partial: false,
    build: options.build ?? [],
  });
  expect(result.ok, String(result.message)).toBe(true);
  return String(result.message);
}

describe("impressions into the own metric that takes them", () => {
  it("previews and writes them on its row, around a person's row and column, a typed figure kept", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    addImpressionsMetric(addon);
    // A person's row above the own metric's, and a column after February's.
    insertRowAfter(addon, KPI, "metric:followers_gained", { B: "My note row", E: 7 });
    insertColumnAfter(addon, KPI, "F", "Comment", 4);
    addon.call("buildDashboard");
    const row = rowOfKey(addon, KPI, OWN);
    // March sits in H now, one column further right.
    typeAt(addon, KPI, OWN, "H", 55);
    const window = { first: "2026-01-01", last: "2026-04-15" } as const;
    const summary = summaryOf(window);

    const preview = answer(addon, "previewImport", summary) as unknown as ImportPreview;
    expect(preview.offer).toBeNull();
    expect(preview.noRow).toBeNull();
    expect(preview.impressions).toEqual([]);
    const rows = preview.rows.filter((r) => r.metric === "impressions");
    expect(rows.map((r) => [r.monthLabel, r.metricLabel, r.current, r.state, r.partial])).toEqual([
      ["Jan 2026", "Post impressions", "", "fill", false],
      ["Feb 2026", "Post impressions", "", "fill", false],
      ["Mar 2026", "Post impressions", "55", "differs", false],
      ["Apr 2026", "Post impressions", "", "fill", true],
    ]);

    apply(addon, summary);
    expect(valueAt(addon, KPI, OWN, "E")).toBe(impressions("2026-01", window));
    expect(valueAt(addon, KPI, OWN, "F")).toBe(impressions("2026-02", window));
    expect(valueAt(addon, KPI, OWN, "H")).toBe(55);
    // April is partial: left unwritten.
    expect(valueAt(addon, KPI, OWN, "I")).toBe("");
    expect(valueAt(addon, KPI, "metric:followers_gained", "E")).toBe(
      daysFrom("2026-01-01", "2026-01-31").reduce((a, d) => a + figuresOf(d).newFollowers, 0),
    );
    // The person's row and column are as they were.
    const sheet = addon.standIn.sheet(KPI);
    const mine = rowOfKey(addon, KPI, "metric:followers_gained") + 1;
    expect(sheet.getRange(mine, 2).getValue()).toBe("My note row");
    expect(sheet.getRange(mine, 5).getValue()).toBe(7);
    expect(sheet.getRange(row, 7).getValue()).toBe("");
    expect(sheet.getRange("G4").getValue()).toBe("Comment");
    // The log names the own metric and its cell as the layout places it.
    const log = addon.standIn.sheet("Import log").getDataRange().getValues();
    expect(log.map((r) => String(r[4])).filter((s) => s.startsWith("Post impressions"))).toEqual([
      "Post impressions · Jan 2026",
      "Post impressions · Feb 2026",
    ]);
  });

  it("reads the dashboard in as many calls with the own row as without", () => {
    const calls = (withMetric: boolean) => {
      const addon = freshAddon();
      addon.call("buildDashboard");
      if (withMetric) addImpressionsMetric(addon);
      const summary = summaryOf({ first: "2026-01-01", last: "2026-03-31" });
      addon.standIn.counter.reset();
      answer(addon, "previewImport", summary);
      return addon.standIn.counter.total;
    };
    expect(calls(true)).toBe(calls(false));
  });

  it("without the metric, offers it; a dashboard built before it is named, its months unwritten", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    const window = { first: "2025-12-01", last: "2026-01-31" } as const;
    const summary = summaryOf(window);
    // KPI 2025 is built by an import before the metric exists.
    apply(addon, summary, { build: [2025] });
    const before = answer(addon, "previewImport", summary) as unknown as ImportPreview;
    expect(before.offer).toEqual({
      name: "Post impressions",
      months: [{ year: 2026, month: 1, partial: false, build: false }],
    });
    expect(before.noRow).toEqual({ years: [2025], name: "Post impressions" });

    addImpressionsMetric(addon);
    const after = answer(addon, "previewImport", summary) as unknown as ImportPreview;
    expect(after.offer).toBeNull();
    expect(after.noRow).toEqual({ years: [2025], name: "Post impressions" });
    expect(after.impressions.map((r) => r.monthLabel)).toEqual(["Dec 2025"]);
    expect(after.rows.map((r) => [r.monthLabel, r.metric])).toEqual([["Jan 2026", "impressions"]]);
    apply(addon, summary);
    expect(valueAt(addon, KPI, OWN, "E")).toBe(impressions("2026-01", window));
    expect(() => rowOfKey(addon, "KPI 2025", OWN)).toThrow();
  });
});
