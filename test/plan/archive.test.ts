/** An old year's dashboards folded into archive rows: every figure of ours as a value, a person's left out. */
import { describe, expect, it } from "vitest";
import {
  ARCHIVE_COLUMNS,
  archiveHeader,
  archiveName,
  archiveRows,
  mergedArchive,
} from "../../src/plan/archive";
import { columnKeys } from "../../src/plan/layout";

const months = (values: Record<number, unknown>) =>
  Array.from({ length: 12 }, (_, i) => values[i + 1] ?? "");

describe("archiveRows", () => {
  const grid = [
    columnKeys(),
    ["title", "KPI 2025", "", "", ...months({}), ""],
    ["metric:meetings", "Visits (meetings)", "link", 8, ...months({ 1: 7, 3: 9 }), 16],
    ["", "My campaign row", "", "", ...months({ 1: 99 }), ""],
    ["ssi:total", "SSI total", "", 80, ...months({ 2: 62.5 }), 62.5],
    ["metric:meetings", "A person's copy", "", "", ...months({ 1: 1 }), ""],
    ["note", "=not a formula", "", "", ...months({ 4: "text" }), ""],
  ];

  it("keeps each row of ours with a figure: profile, year, key, label, target, the months, the year", () => {
    const rows = archiveRows(grid, "Eva Nowak", 2025);
    expect(rows).toHaveLength(3);
    expect(rows[0]).toEqual([
      "Eva Nowak",
      2025,
      "metric:meetings",
      "Visits (meetings)",
      8,
      7,
      null,
      9,
      ...Array(9).fill(null),
      16,
    ]);
    expect(rows[0]).toHaveLength(ARCHIVE_COLUMNS);
    expect(rows[1]?.slice(2, 7)).toEqual(["ssi:total", "SSI total", 80, null, 62.5]);
  });

  it("leaves out a person's rows, a second copy of a key, rows without a figure, and keeps texts as texts", () => {
    const rows = archiveRows(grid, "=Eva", 2025);
    expect(rows.map((r) => r[2])).toEqual(["metric:meetings", "ssi:total", "note"]);
    expect(rows[2]?.[3]).toBe("'=not a formula");
    expect(rows[0]?.[0]).toBe("'=Eva");
  });

  it("finds the columns by their keys around a person's column, and gives nothing for an empty sheet", () => {
    const keys = columnKeys();
    const wide = grid.map((row, r) => [...row.slice(0, 5), r === 0 ? "" : "mine", ...row.slice(5)]);
    expect(wide[0]).toEqual([...keys.slice(0, 5), "", ...keys.slice(5)]);
    expect(archiveRows(wide, "Eva", 2025)[0]?.slice(4, 8)).toEqual([8, 7, null, 9]);
    expect(archiveRows([], "Eva", 2025)).toEqual([]);
    expect(archiveRows([["key"], ["metric:x", "X"]], "Eva", 2025)).toEqual([]);
  });
});

describe("mergedArchive", () => {
  it("keeps an earlier fold's rows of other profiles and replaces those of a profile folded again", () => {
    const existing = [
      ["Profile", "Year"],
      ["Ana", 2025, "metric:meetings", "Visits", "", 3],
      ["Eva", 2025, "metric:meetings", "Visits", "", 1],
      ["", "", "", "", "", ""],
    ];
    const merged = mergedArchive(existing, [
      { profile: "Eva", rows: [["Eva", 2025, "ssi:total"]] },
    ]);
    expect(merged).toEqual([
      ["Ana", 2025, "metric:meetings", "Visits", null, 3],
      ["Eva", 2025, "ssi:total"],
    ]);
    expect(mergedArchive([], [])).toEqual([]);
  });
});

describe("the archive's names", () => {
  it("is named and headed in the user's language", () => {
    expect(archiveName(2025, "de")).toBe("Archiv 2025");
    expect(archiveHeader("en")).toHaveLength(ARCHIVE_COLUMNS);
    expect(archiveHeader("es").slice(0, 6)).toEqual([
      "Perfil",
      "Año",
      "Clave",
      "Métrica",
      "Objetivo",
      "ene",
    ]);
  });
});
