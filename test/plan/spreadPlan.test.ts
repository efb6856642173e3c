/** A plan laid onto a sheet with a person's row and column: ours moves, theirs is written back as read. */
import { describe, expect, it } from "vitest";
import { fitLines } from "../../src/plan/personLines";
import { grid, type SheetPlan } from "../../src/plan/sheetPlan";
import { type SheetLook, spreadPlan } from "../../src/plan/spreadPlan";

function plan(): SheetPlan {
  return {
    name: "KPI",
    rows: 3,
    cols: 3,
    values: [
      ["key", "label", 1],
      ["a", "A", 5],
      ["b", "B", "=SUM(C1:C2)"],
    ],
    numberFormats: grid(3, 3, "0"),
    backgrounds: grid(3, 3, "#eeeeee"),
    fontColors: grid(3, 3, "#111111"),
    fontWeights: grid(3, 3, "bold"),
    fontSizes: [],
    wraps: grid(3, 3, true),
    notes: grid(3, 3, "ours"),
    validations: grid(3, 3, { kind: "atLeast", min: 0, help: "≥ 0" }),
    frozenRows: 2,
    frozenColumns: 2,
    hiddenRows: [1],
    hiddenColumns: [3],
    columnWidths: [{ col: 2, count: 2, width: 100 }],
    conditionalRules: [{ formula: "=C2>0", background: "#fff", ranges: ["C2:C3"] }],
    namedRanges: [{ name: "ROW_B", a1: "B3:C3" }],
    inputAreas: ["C2"],
    protectionDescription: "ours",
    invalidCells: ["C3"],
  };
}

/** The sheet after a person's row 3 and column 3: their cells hold "p" and their own look. */
function look(): SheetLook {
  const theirs = <T>(value: T) => grid(4, 4, value);
  return {
    contents: theirs<string | null>("p"),
    notes: theirs("their note"),
    numberFormats: theirs("@"),
    backgrounds: theirs("#ffff00"),
    fontColors: theirs("#ff0000"),
    fontWeights: theirs("normal"),
    fontSizes: theirs(14),
    wraps: theirs(false),
    validations: theirs<unknown>({ theirs: true }),
  };
}

describe("spreadPlan", () => {
  const rows = fitLines(["key", "a", "", "b"], ["key", "a", "b"]);
  const cols = fitLines(["key", "label", "", 1], ["key", "label", 1]);
  const spread = spreadPlan(plan(), rows, cols, look());

  it("puts our cells on our lines, formulas moved, and the person's as read", () => {
    expect(spread.rows).toBe(4);
    expect(spread.cols).toBe(4);
    expect(spread.values).toEqual([
      ["key", "label", "p", 1],
      ["a", "A", "p", 5],
      ["p", "p", "p", "p"],
      ["b", "B", "p", "=SUM(D1:D2)"],
    ]);
    expect(spread.notes[2]).toEqual(Array(4).fill("their note"));
    expect(spread.backgrounds[1]).toEqual(["#eeeeee", "#eeeeee", "#ffff00", "#eeeeee"]);
    expect(spread.fontSizes).toEqual([]);
    expect(spread.validations[2]?.[0]).toEqual({ kept: { theirs: true } });
    expect(spread.validations[0]?.[0]).toMatchObject({ kind: "atLeast" });
  });

  it("moves the layout: frozen, hidden, widths, rules, names, inputs and invalid cells", () => {
    expect(spread.frozenRows).toBe(2);
    expect(spread.frozenColumns).toBe(2);
    expect(spread.hiddenRows).toEqual([1]);
    expect(spread.hiddenColumns).toEqual([4]);
    expect(spread.columnWidths).toEqual([
      { col: 2, count: 1, width: 100 },
      { col: 4, count: 1, width: 100 },
    ]);
    expect(spread.conditionalRules[0]).toMatchObject({ formula: "=D2>0", ranges: ["D2:D4"] });
    expect(spread.namedRanges).toEqual([{ name: "ROW_B", a1: "B4:D4" }]);
    expect(spread.invalidCells).toEqual(["D4"]);
  });

  it("leaves the person's row and column out of our protection", () => {
    expect(spread.inputAreas).toEqual(["D2", "A3:D3", "C1:C4"]);
  });

  it("fills a cell the look does not reach with Sheets' blank", () => {
    const short = spreadPlan(plan(), rows, cols, { ...look(), contents: [], backgrounds: [] });
    expect(short.values[2]?.[0]).toBeNull();
    expect(short.backgrounds[2]?.[0]).toBe("#ffffff");
  });
});
