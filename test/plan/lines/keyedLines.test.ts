/** Keys in a hidden last column and row for the team, Charts and Network sheets, and charts around a person's lines. */
import { describe, expect, it } from "vitest";
import { mapAround, seriesAreas } from "../../../src/plan/lines/formulaRefs";
import {
  chartOnSheet,
  fitKeyed,
  keysOnSheet,
  numberedKeys,
  withKeys,
} from "../../../src/plan/lines/keyedLines";
import { grid, type SheetPlan } from "../../../src/plan/sheetPlan";

function plan(rows: number, cols: number): SheetPlan {
  return {
    name: "Team 2026",
    rows,
    cols,
    values: grid(rows, cols, "x"),
    numberFormats: grid(rows, cols, "0.00"),
    backgrounds: grid(rows, cols, "#0a66c2"),
    fontColors: grid(rows, cols, "#ffffff"),
    fontWeights: grid(rows, cols, "bold"),
    fontSizes: grid(rows, cols, 14),
    wraps: grid(rows, cols, true),
    notes: [],
    validations: [],
    frozenRows: 1,
    frozenColumns: 1,
    hiddenRows: [2],
    hiddenColumns: [],
    columnWidths: [],
    conditionalRules: [],
    namedRanges: [],
    inputAreas: [],
    protectionDescription: "",
    invalidCells: [],
  };
}

const KEYS = { marker: "keys:team", rows: ["title", "ana"], cols: ["profile", "ssi", "gap"] };

describe("withKeys", () => {
  it("puts the row keys after the last column and the column keys after the last row, hidden", () => {
    const keyed = withKeys(plan(2, 3), KEYS);
    expect(keyed.rows).toBe(3);
    expect(keyed.cols).toBe(4);
    expect(keyed.values).toEqual([
      ["x", "x", "x", "title"],
      ["x", "x", "x", "ana"],
      ["profile", "ssi", "gap", "keys:team"],
    ]);
    expect(keyed.hiddenRows).toEqual([2, 3]);
    expect(keyed.hiddenColumns).toEqual([4]);
  });

  it("gives the keys' cells a plain look and leaves grids the plan leaves alone empty", () => {
    const keyed = withKeys(plan(2, 3), KEYS);
    expect(keyed.numberFormats[0]).toEqual(["0.00", "0.00", "0.00", ""]);
    expect(keyed.numberFormats[2]).toEqual(["", "", "", ""]);
    expect(keyed.backgrounds[2]?.[3]).toBe("#ffffff");
    expect(keyed.fontColors[0]?.[3]).toBe("#000000");
    expect(keyed.fontWeights[0]?.[3]).toBe("normal");
    expect(keyed.fontSizes[2]?.[0]).toBe(10);
    expect(keyed.wraps[0]).toEqual([true, true, true, false]);
    expect(keyed.notes).toEqual([]);
    expect(keyed.validations).toEqual([]);
  });

  it("gives the keys' cells blank notes when the plan writes notes", () => {
    const keyed = withKeys({ ...plan(2, 3), notes: grid(2, 3, "a note") }, KEYS);
    expect(keyed.notes[0]).toEqual(["a note", "a note", "a note", ""]);
    expect(keyed.notes[2]).toEqual(["", "", "", ""]);
  });

  it("writes no key row when the plan writes only its first rows' contents", () => {
    const partial = { ...plan(2, 3), values: [["x", "x", "x"]] };
    expect(withKeys(partial, KEYS).values).toEqual([["x", "x", "x", "title"]]);
  });
});

describe("finding the keys on the sheet", () => {
  it("finds them where a person's rows and columns have moved them", () => {
    const sheet = [
      ["Title", "", "", "", "title"],
      ["My row", "", "", "", ""],
      ["Ana", "", "mine", "", "ana"],
      ["profile", "ssi", "", "gap", "keys:team"],
      ["below", "", "", "", ""],
    ];
    expect(keysOnSheet(sheet, "keys:team")).toEqual({
      rows: ["title", "", "ana", "keys:team", ""],
      cols: ["profile", "ssi", "", "gap", "keys:team"],
    });
    const fit = fitKeyed(sheet, KEYS);
    expect(fit?.rows.person).toEqual([2, 5]);
    expect(fit?.cols.person).toEqual([3]);
    expect(fit?.cols.at).toEqual([1, 2, 4, 5]);
  });

  it("takes the last marker when a person copied one above it, and none when the keys are gone", () => {
    const sheet = [
      ["keys:team", "x"],
      ["a", "keys:team"],
    ];
    expect(keysOnSheet(sheet, "keys:team")).toEqual({
      rows: ["x", "keys:team"],
      cols: ["a", "keys:team"],
    });
    expect(keysOnSheet([["a", "b"]], "keys:team")).toBeNull();
    expect(fitKeyed([["a", "b"]], KEYS)).toBeNull();
  });

  it("keeps a dropped row of ours that holds the person's text as theirs, and says where it lands", () => {
    const sheet = [
      ["Title", "", "", "title"],
      ["Old", "", "", "old"],
      ["Jan", "on leave", "", "jan"],
      ["Ana", "", "", "ana"],
      ["profile", "", "ssi", "keys:team"],
    ];
    const keys = { marker: "keys:team", rows: ["title", "new", "ana"], cols: ["profile", "ssi"] };
    const fit = fitKeyed(sheet, keys);
    // "old" goes, "jan" stays as the person's row after the title; "new" comes in after both.
    expect(fit?.rows.edits).toEqual([
      { kind: "delete", at: 2, count: 1 },
      { kind: "insert", after: 2, count: 1 },
    ]);
    expect(fit?.rows.person).toEqual([2]);
    expect(fit?.released).toEqual([2]);
  });

  it("deletes a dropped row of ours with nothing of the person's in it", () => {
    const sheet = [
      ["Jan", "", "", "jan"],
      ["Ana", "", "x", "ana"],
      ["profile", "", "ssi", "keys:team"],
    ];
    const keys = { marker: "keys:team", rows: ["ana"], cols: ["profile", "ssi"] };
    const fit = fitKeyed(sheet, keys);
    expect(fit?.rows.edits).toEqual([{ kind: "delete", at: 1, count: 1 }]);
    expect(fit?.released).toEqual([]);
  });

  it("finds a marker in the first row or the first column", () => {
    expect(keysOnSheet([["a", "keys:team"]], "keys:team")).toEqual({
      rows: ["keys:team"],
      cols: ["a", "keys:team"],
    });
    expect(keysOnSheet([["keys:team", "b"]], "keys:team")).toEqual({
      rows: ["keys:team"],
      cols: ["keys:team", "b"],
    });
  });

  it("releases a dropped row typed in any one of the person's columns, never a row of theirs", () => {
    const sheet = [
      ["Jan", "", "", "x", "jan"],
      ["Mine", "typed", "", "", ""],
      ["Ana", "", "", "", "ana"],
      ["profile", "", "ssi", "", "keys:team"],
    ];
    const keys = { marker: "keys:team", rows: ["ana"], cols: ["profile", "ssi"] };
    expect(fitKeyed(sheet, keys)?.released).toEqual([1]);
  });

  it("says where a released row lands once rows below it are deleted and rows above it come in", () => {
    const sheet = [
      ["Title", "", "", "title"],
      ["Jan", "on leave", "", "jan"],
      ["Old", "", "", "old"],
      ["Ana", "", "", "ana"],
      ["profile", "", "ssi", "keys:team"],
    ];
    const keys = { marker: "keys:team", rows: ["new", "title", "ana"], cols: ["profile", "ssi"] };
    const fit = fitKeyed(sheet, keys);
    expect(fit?.rows.edits).toEqual([
      { kind: "delete", at: 3, count: 1 },
      { kind: "insert", after: 0, count: 1 },
    ]);
    expect(fit?.released).toEqual([3]);
    expect(fit?.rows.person).toEqual([3]);
  });

  it("numbers lines that have no other key", () => {
    expect(numberedKeys("r", 3)).toEqual(["r1", "r2", "r3"]);
    expect(numberedKeys("c", 0)).toEqual([]);
  });
});

describe("seriesAreas", () => {
  const personColumn3 = mapAround({ rows: [], cols: [3] });

  it("leaves a person's column out of a chart's series, in two ranges", () => {
    expect(seriesAreas("B1:D13", personColumn3, "cols")).toEqual(["B1:B13", "D1:E13"]);
  });

  it("keeps a range that no person's line crosses whole, moved", () => {
    expect(seriesAreas("E1:F13", personColumn3, "cols")).toEqual(["F1:G13"]);
    expect(seriesAreas("A1:A13", personColumn3, "cols")).toEqual(["A1:A13"]);
    expect(seriesAreas("B2", personColumn3, "cols")).toEqual(["B2:B2"]);
  });

  it("splits by rows when each row is a series, spanning the columns moved", () => {
    const personRow6 = mapAround({ rows: [6], cols: [3] });
    expect(seriesAreas("A4:M7", personRow6, "rows")).toEqual(["A4:N5", "A7:N8"]);
  });

  it("reads columns of several letters and rows of several digits", () => {
    const personColumnAB = mapAround({ rows: [], cols: [28] });
    expect(seriesAreas("AA10:AC120", personColumnAB, "cols")).toEqual(["AA10:AA120", "AC10:AD120"]);
  });

  it("moves a range it cannot read as it is", () => {
    expect(seriesAreas("Charts!B1:D13", personColumn3, "cols")).toEqual(["Charts!B1:E13"]);
    expect(seriesAreas("xB1:D13", personColumn3, "cols")).toEqual(["xB1:E13"]);
    expect(seriesAreas("B1:D13x", personColumn3, "cols")).toEqual(["B1:D13x"]);
    expect(seriesAreas("$B$1:$D$13", personColumn3, "cols")).toEqual(["$B$1:$E$13"]);
  });
});

describe("chartOnSheet", () => {
  const map = mapAround({ rows: [2], cols: [3] });
  const spec = {
    key: "ssi",
    ranges: ["A1:A13", "B1:D13"],
    position: { row: 1, col: 16, offsetX: 5 },
  };

  it("anchors a chart where its cell went and reads our lines only, across its series", () => {
    expect(chartOnSheet(spec, map, "cols")).toEqual({
      key: "ssi",
      ranges: ["A1:A14", "B1:B14", "D1:E14"],
      position: { row: 1, col: 17, offsetX: 5 },
    });
    expect(chartOnSheet(spec, map, "rows").ranges).toEqual(["A1:A1", "A3:A14", "B1:E1", "B3:E14"]);
  });

  it("leaves the ranges of a chart that reads another sheet", () => {
    expect(chartOnSheet(spec, map, null)).toEqual({
      ...spec,
      position: { row: 1, col: 17, offsetX: 5 },
    });
  });
});
