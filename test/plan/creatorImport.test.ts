/** What creator analytics figures change: partial months marked, and written only when asked. */
import { describe, expect, it } from "vitest";
import type { ExportSummary } from "../../src/domain/exportSummary";
import {
  cellAddress,
  cellsToWrite,
  importedRow,
  type YearColumns,
  yearImports,
} from "../../src/plan/import/changes";
import { filesRead, importLogRows } from "../../src/plan/import/importLog";
import { importPreview, yearPlans } from "../../src/plan/import/preview";
import { COLUMN_ROWS } from "../../src/plan/monthEntry";

/** An export of June 2026's posts, and creator files covering 20 May – 30 June, 2026. */
const summary = (): ExportSummary => ({
  exportDay: "2026-06-27",
  files: [{ name: "Shares.csv", kind: "shares", rows: 2, first: "2026-05-02", last: "2026-06-20" }],
  ignored: [],
  months: {
    "2026-05": { updates_per_week: 0.25, actions_on_updates: 30, followers_gained: 4 },
    "2026-06": { updates_per_week: 0.5, actions_on_updates: 75, followers_gained: 0 },
  },
  network: null,
  creator: {
    windows: [{ first: "2026-05-20", last: "2026-06-30" }],
    months: {
      "2026-05": { daysCovered: 12, daysInMonth: 31, partial: true, impressions: 2100 },
      "2026-06": { daysCovered: 30, daysInMonth: 30, partial: false, impressions: 12345 },
    },
  },
});

function columns(): YearColumns {
  const grid = <T>(v: T) => Array.from({ length: COLUMN_ROWS }, () => Array<T>(12).fill(v));
  return { values: grid<unknown>(""), formulas: grid(""), notes: grid("") };
}

const ACTIONS = importedRow("actions_on_updates") - 1;

describe("creator figures on the dashboard", () => {
  it("go to the fixed rows of their catalog metrics, inside the columns an import reads", () => {
    expect(importedRow("actions_on_updates")).toBeLessThanOrEqual(COLUMN_ROWS);
    expect(importedRow("followers_gained")).toBe(importedRow("actions_on_updates") + 1);
    expect(cellAddress("followers_gained", 1)).toMatch(/^E\d+$/);
  });

  it("marks a partial month's creator figures, not the export's own of the same month", () => {
    const sheet = columns();
    sheet.values[ACTIONS]![5] = 60; // June: typed by the user, different
    const imports = yearImports(summary(), 2026, sheet);
    expect(imports.map((c) => [c.month, c.metric, c.state, c.partial])).toEqual([
      [5, "updates_per_week", "fill", false],
      [5, "actions_on_updates", "fill", true],
      [5, "followers_gained", "fill", true],
      [6, "updates_per_week", "fill", false],
      [6, "actions_on_updates", "differs", false],
      [6, "followers_gained", "fill", false],
    ]);
    const written = (overwrite: boolean, partial: boolean) =>
      cellsToWrite(imports, overwrite, partial).map((c) => `${c.month}:${c.metric}`);
    expect(written(false, false)).toEqual([
      "5:updates_per_week",
      "6:updates_per_week",
      "6:followers_gained",
    ]);
    expect(written(false, true)).toEqual([
      "5:updates_per_week",
      "5:actions_on_updates",
      "5:followers_gained",
      "6:updates_per_week",
      "6:followers_gained",
    ]);
    // A figure the user typed is replaced only when asked, partial month or not.
    expect(written(true, false)).toContain("6:actions_on_updates");
    expect(cellsToWrite(imports, false)).toEqual(cellsToWrite(imports, false, false));
  });
});

describe("the preview of creator figures", () => {
  it("marks partial months in the user's language and lists impressions for information", () => {
    const plans = yearPlans(summary(), new Map([[2026, columns()]]), 2026);
    const preview = importPreview(summary(), plans, 2026, "en", () => "");
    expect(
      preview.rows
        .filter((r) => r.partial || r.mark)
        .map((r) => [r.monthLabel, r.metric, r.imported, r.mark]),
    ).toEqual([
      ["May 2026", "actions_on_updates", "30", "partial: 12 of 31 days"],
      ["May 2026", "followers_gained", "4", "partial: 12 of 31 days"],
    ]);
    expect(preview.rows.filter((r) => r.month === 6).every((r) => !r.partial && !r.mark)).toBe(
      true,
    );
    expect(preview.impressions).toEqual([
      { monthLabel: "May 2026", impressions: "2,100", mark: "partial: 12 of 31 days" },
      { monthLabel: "Jun 2026", impressions: "12,345", mark: "" },
    ]);
    const es = importPreview(summary(), plans, 2026, "es", () => "");
    expect(es.rows.find((r) => r.partial)?.mark).toBe("parcial: 12 de 31 días");
    const de = importPreview(summary(), plans, 2026, "de", () => "");
    expect(de.impressions[1]?.impressions).toBe("12.345");
    const pl = importPreview(summary(), plans, 2026, "pl", () => "");
    expect(pl.rows.find((r) => r.partial)?.mark).toBe("niepełny: 12 z 31 dni");
  });

  it("has no impressions without creator files", () => {
    const { creator: _, ...plain } = summary();
    const preview = importPreview(plain, yearPlans(plain, new Map(), 2026), 2026, "en", () => "");
    expect(preview.impressions).toEqual([]);
    expect(preview.rows.some((r) => r.partial)).toBe(false);
  });
});

describe("the import log of creator files", () => {
  it("names their windows, never the files (LinkedIn puts the member's name in them)", () => {
    expect(filesRead(summary(), "en")).toBe(
      "Shares.csv: 2 rows, 2026-05-02 – 2026-06-20; Creator analytics: 2026-05-20 – 2026-06-30",
    );
    const rows = importLogRows(summary(), [], new Date(2026, 6, 1), "de", {
      id: "main",
      name: "",
    });
    expect(String(rows[0]?.[7])).toContain("Creator-Analysen: 2026-05-20 – 2026-06-30");
  });
});
