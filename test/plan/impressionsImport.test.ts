/** Post impressions written into the own metric that takes them: its row, the preview, the log. */
import { describe, expect, it } from "vitest";
import type { ExportSummary } from "../../src/domain/exportSummary";
import {
  cellAddressOf,
  cellsToWrite,
  columnsToWrite,
  importedRow,
  type OwnTarget,
  type YearColumns,
  yearImports,
} from "../../src/plan/import/changes";
import { importLogRows } from "../../src/plan/import/importLog";
import { importPreview, yearPlans } from "../../src/plan/import/preview";
import { COLUMN_ROWS } from "../../src/plan/monthEntry";

/** Creator files over 20 November 2025 – 28 February 2026: November and February partial. */
const summary = (): ExportSummary => ({
  exportDay: "2026-02-28",
  files: [],
  ignored: [],
  months: {
    "2025-11": { actions_on_updates: 3, followers_gained: 1 },
    "2025-12": { actions_on_updates: 10, followers_gained: 2 },
    "2026-01": { actions_on_updates: 20, followers_gained: 3 },
    "2026-02": { actions_on_updates: 30, followers_gained: 4 },
  },
  network: null,
  creator: {
    windows: [{ first: "2025-11-20", last: "2026-02-27" }],
    months: {
      "2025-11": { daysCovered: 11, daysInMonth: 30, partial: true, impressions: 900 },
      "2025-12": { daysCovered: 31, daysInMonth: 31, partial: false, impressions: 4321 },
      "2026-01": { daysCovered: 31, daysInMonth: 31, partial: false, impressions: 12345 },
      "2026-02": { daysCovered: 27, daysInMonth: 28, partial: true, impressions: 800 },
    },
  },
});

/** The own metric's row: below the fixed rows, past the own-metrics header. */
const OWN: OwnTarget = { id: "own3", name: "Reach of my posts", row: COLUMN_ROWS + 2 };

/** A year's columns read down to the own row (with it) or to the fixed rows' end (without). */
function columns(own: OwnTarget | null): YearColumns {
  const rows = own ? own.row : COLUMN_ROWS;
  const grid = <T>(v: T) => Array.from({ length: rows }, () => Array<T>(12).fill(v));
  return {
    values: grid<unknown>(""),
    formulas: grid(""),
    notes: grid(""),
    ...(own ? { impressions: own } : {}),
  };
}

describe("impressions set against the own metric's row", () => {
  it("fill, are the same, or differ like any figure, partial months as the other creator figures", () => {
    const sheet = columns(OWN);
    const r = OWN.row - 1;
    sheet.values[r]![0] = 12345; // January: already the same
    sheet.formulas[r]![1] = "=400*2"; // February: a formula the user typed
    const imports = yearImports(summary(), 2026, sheet).filter((c) => c.metric === "impressions");
    expect(imports.map((c) => [c.month, c.state, c.previous, c.imported, c.partial])).toEqual([
      [1, "same", 12345, 12345, false],
      [2, "differs", "=400*2", 800, true],
    ]);
    const november = yearImports(summary(), 2025, columns(OWN)).filter(
      (c) => c.metric === "impressions",
    );
    expect(november.map((c) => [c.month, c.state, c.partial])).toEqual([
      [11, "fill", true],
      [12, "fill", false],
    ]);
    // A partial month is written only when asked; a typed figure only when replacing is asked.
    const written = (overwrite: boolean, partial: boolean) =>
      cellsToWrite([...november, ...imports], overwrite, partial).map((c) => c.month);
    expect(written(false, false)).toEqual([12]);
    expect(written(false, true)).toEqual([11, 12]);
    expect(written(true, true)).toEqual([11, 12, 2]);
  });

  it("come after the Engagement block's catalog figures of their month", () => {
    const imports = yearImports(summary(), 2025, columns(OWN));
    expect(imports.filter((c) => c.month === 12).map((c) => c.metric)).toEqual([
      "actions_on_updates",
      "followers_gained",
      "impressions",
    ]);
  });

  it("are left out where the dashboard has no row for them", () => {
    const imports = yearImports(summary(), 2026, columns(null));
    expect(imports.some((c) => c.metric === "impressions")).toBe(false);
    expect(imports).toHaveLength(4);
  });

  it("are written into the own row, the rows between kept as read", () => {
    const sheet = columns(OWN);
    sheet.formulas[COLUMN_ROWS]![4] = "=1"; // a formula on the own-metrics header row
    const imports = yearImports(summary(), 2025, sheet);
    const { values, notesChanged } = columnsToWrite(sheet, cellsToWrite(imports, false), "note");
    expect(values).toHaveLength(OWN.row);
    expect(values[OWN.row - 1]?.slice(10)).toEqual([null, 4321]);
    expect(values[COLUMN_ROWS]?.[4]).toBe("=1");
    expect(values[importedRow("followers_gained") - 1]?.[11]).toBe(2);
    expect(notesChanged).toBe(false);
    const december = imports.find((c) => c.metric === "impressions" && c.month === 12);
    expect(december && cellAddressOf(december)).toBe(`P${OWN.row}`);
  });
});

describe("the preview of impressions", () => {
  const showDay = () => "";

  it("lists them as rows of the own metric, grouped, with nothing left for information", () => {
    const sheets = new Map([
      [2025, columns(OWN)],
      [2026, columns(OWN)],
    ]);
    const plans = yearPlans(summary(), sheets, 2026, OWN);
    const preview = importPreview(summary(), plans, 2026, "en", showDay, OWN.name);
    const rows = preview.rows.filter((r) => r.metric === "impressions");
    expect(rows.map((r) => [r.monthLabel, r.metricLabel, r.imported, r.partial, r.mark])).toEqual([
      ["Nov 2025", OWN.name, "900", true, "partial: 11 of 30 days"],
      ["Dec 2025", OWN.name, "4,321", false, ""],
      ["Jan 2026", OWN.name, "12,345", false, ""],
      ["Feb 2026", OWN.name, "800", true, "partial: 27 of 28 days"],
    ]);
    expect(preview.impressions).toEqual([]);
    expect(preview.offer).toBeNull();
    expect(preview.noRow).toBeNull();
    const de = importPreview(summary(), plans, 2026, "de", showDay, OWN.name);
    expect(de.rows.find((r) => r.metric === "impressions" && r.month === 1)?.imported).toBe(
      "12.345",
    );
  });

  it("names a dashboard built before the own metric, and shows its months' impressions only", () => {
    const sheets = new Map([
      [2025, columns(null)],
      [2026, columns(OWN)],
    ]);
    const plans = yearPlans(summary(), sheets, 2026, OWN);
    const preview = importPreview(summary(), plans, 2026, "en", showDay, OWN.name);
    expect(preview.rows.filter((r) => r.metric === "impressions").map((r) => r.month)).toEqual([
      1, 2,
    ]);
    expect(preview.noRow).toEqual({ years: [2025], name: OWN.name });
    expect(preview.impressions.map((r) => r.monthLabel)).toEqual(["Nov 2025", "Dec 2025"]);
  });

  it("puts them into a dashboard the import builds, where the own row will be", () => {
    const plans = yearPlans(summary(), new Map([[2026, columns(OWN)]]), 2026, OWN);
    const built = plans.find((p) => p.year === 2025);
    expect(built?.kind).toBe("buildable");
    const preview = importPreview(summary(), plans, 2026, "en", showDay, OWN.name);
    expect(
      preview.rows.filter((r) => r.metric === "impressions" && r.build).map((r) => r.month),
    ).toEqual([11, 12]);
    expect(preview.noRow).toBeNull();
  });

  it("without an own metric for them, offers one for this year's months and a dashboard built now", () => {
    const sheets = new Map([
      [2025, columns(null)],
      [2026, columns(null)],
    ]);
    const plans = yearPlans(summary(), sheets, 2026);
    const preview = importPreview(summary(), plans, 2026, "en", showDay);
    expect(preview.rows.some((r) => r.metric === "impressions")).toBe(false);
    expect(preview.impressions).toHaveLength(4);
    // Adding a metric rebuilds this year's dashboards only: 2025's keeps its layout.
    expect(preview.offer).toEqual({
      name: "Post impressions",
      months: [
        { year: 2026, month: 1, partial: false, build: false },
        { year: 2026, month: 2, partial: true, build: false },
      ],
    });
    expect(preview.noRow).toEqual({ years: [2025], name: "Post impressions" });
    const built = importPreview(
      summary(),
      yearPlans(summary(), new Map([[2026, columns(null)]]), 2026),
      2026,
      "es",
      showDay,
    );
    expect(built.offer?.name).toBe("Impresiones de publicaciones");
    expect(built.offer?.months.filter((m) => m.build).map((m) => m.month)).toEqual([11, 12]);
    expect(built.noRow).toBeNull();
  });

  it("offers nothing when no month would reach a row, nor without creator files", () => {
    // Past years only, their dashboards built before: adding the metric would fill nothing.
    const sheets = new Map([
      [2025, columns(null)],
      [2026, columns(null)],
    ]);
    const plans = yearPlans(summary(), sheets, 2027);
    const preview = importPreview(summary(), plans, 2027, "en", showDay);
    expect(preview.offer).toBeNull();
    expect(preview.noRow).toBeNull();
    const { creator: _, ...plain } = summary();
    const none = importPreview(plain, yearPlans(plain, new Map(), 2026), 2026, "en", showDay);
    expect([none.offer, none.noRow, none.impressions]).toEqual([null, null, []]);
  });
});

describe("the import log of impressions", () => {
  it("names the own metric and its cell", () => {
    const imports = yearImports(summary(), 2026, columns(OWN));
    const written = cellsToWrite(imports, false).filter((c) => c.metric === "impressions");
    const rows = importLogRows(summary(), written, new Date(2026, 2, 1), "en", {
      id: "main",
      name: "",
    });
    expect(rows.slice(1).map((r) => r.slice(2, 7))).toEqual([
      ["KPI 2026", `E${OWN.row}`, `${OWN.name} · Jan 2026`, null, 12345],
    ]);
  });
});
