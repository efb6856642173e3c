/** The Import log: a line per import with the files read, then a line per cell changed and what it held. */
import { describe, expect, it } from "vitest";
import type { ExportSummary } from "../../src/domain/exportSummary";
import type { CellImport } from "../../src/plan/import/changes";
import {
  filesRead,
  IMPORT_LOG_COLUMNS,
  importLogHeader,
  importLogName,
  importLogRows,
} from "../../src/plan/import/importLog";

const summary: ExportSummary = {
  exportDay: "2026-06-27",
  files: [
    {
      name: "Connections.csv",
      kind: "connections",
      rows: 1234,
      first: "2014-03-02",
      last: "2026-06-27",
    },
    { name: "Shares.csv", kind: "shares", rows: 0, first: null, last: null },
  ],
  ignored: [],
  months: {},
  network: null,
};

describe("the Import log", () => {
  it("is named and headed in the user's language", () => {
    expect(importLogName("en")).toBe("Import log");
    expect(importLogHeader("en")).toEqual([
      "Imported on",
      "Export of",
      "Sheet",
      "Cell",
      "Figure",
      "Previous value",
      "New value",
      "Files read",
    ]);
    expect(importLogHeader("de")).toHaveLength(IMPORT_LOG_COLUMNS);
  });

  it("says which files were read, how many rows and which days, grouped as the language writes numbers", () => {
    expect(filesRead(summary, "en")).toBe(
      "Connections.csv: 1,234 rows, 2014-03-02 – 2026-06-27; Shares.csv: 0 rows, – – –",
    );
    expect(filesRead(summary, "de")).toContain("1.234");
  });

  it("logs each cell written with the sheet, the address, the figure's name and month, and what it held", () => {
    const now = new Date(2026, 5, 28);
    const written: CellImport[] = [
      {
        year: 2026,
        month: 5,
        metric: "first_degree",
        previous: null,
        imported: 4,
        state: "fill",
        partial: false,
      },
      {
        year: 2026,
        month: 6,
        metric: "network_growth",
        previous: "=1+1",
        imported: 2,
        state: "differs",
        partial: false,
      },
      {
        year: 2025,
        month: 12,
        metric: "first_degree",
        previous: 650,
        imported: 6,
        state: "differs",
        partial: false,
      },
    ];
    const rows = importLogRows(summary, written, now, "en", { id: "main", name: "" });
    expect(rows[0]).toEqual([
      now,
      "2026-06-27",
      null,
      null,
      null,
      null,
      null,
      filesRead(summary, "en"),
    ]);
    expect(rows.slice(1)).toEqual([
      [now, "2026-06-27", "KPI 2026", "I13", "1st-degree connections · May 2026", null, 4, null],
      [now, "2026-06-27", "KPI 2026", "J15", "Network growth · Jun 2026", "'=1+1", 2, null],
      [now, "2026-06-27", "KPI 2025", "P13", "1st-degree connections · Dec 2025", 650, 6, null],
    ]);
    expect(rows.every((r) => r.length === IMPORT_LOG_COLUMNS)).toBe(true);
  });
});
