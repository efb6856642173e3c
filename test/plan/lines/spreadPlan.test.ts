/** A plan placed on a sheet with a person's row and column: ours moves in blocks, theirs is never written. */
import { describe, expect, it } from "vitest";
import { fitLines } from "../../../src/plan/lines/personLines";
import {
  changedPart,
  formatAreas,
  ourBlocks,
  runsOf,
  sliceBlock,
  spreadPlan,
  wholePlan,
} from "../../../src/plan/lines/spreadPlan";
import { grid, type SheetPlan } from "../../../src/plan/sheetPlan";

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

describe("spreadPlan", () => {
  const rows = fitLines(["key", "a", "", "b"], ["key", "a", "b"]);
  const cols = fitLines(["key", "label", "", 1], ["key", "label", 1]);
  const spread = spreadPlan(plan(), rows, cols);

  it("puts our cells in blocks of our rows by our columns, and no block on the person's lines", () => {
    expect(spread.rows).toBe(4);
    expect(spread.cols).toBe(4);
    expect(spread.blocks).toEqual([
      { row: 1, col: 1, planRow: 0, planCol: 0, numRows: 2, numCols: 2 },
      { row: 1, col: 4, planRow: 0, planCol: 2, numRows: 2, numCols: 1 },
      { row: 4, col: 1, planRow: 2, planCol: 0, numRows: 1, numCols: 2 },
      { row: 4, col: 4, planRow: 2, planCol: 2, numRows: 1, numCols: 1 },
    ]);
  });

  it("keeps our cells in the plan's order, formulas moved to where our lines are", () => {
    expect(spread.values).toEqual([
      ["key", "label", 1],
      ["a", "A", 5],
      ["b", "B", "=SUM(D1:D2)"],
    ]);
    const last = spread.blocks?.[3];
    expect(last && sliceBlock(spread.values, last)).toEqual([["=SUM(D1:D2)"]]);
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
});

describe("changedPart", () => {
  const block = { row: 5, col: 3, planRow: 2, planCol: 1, numRows: 4, numCols: 3 };

  it("is the smallest part of the block holding every changed cell, placed on the sheet", () => {
    const changed = new Set(["3,2", "4,1"]);
    expect(changedPart(block, (i, j) => changed.has(`${i},${j}`))).toEqual({
      row: 6,
      col: 3,
      planRow: 3,
      planCol: 1,
      numRows: 2,
      numCols: 2,
    });
    expect(changedPart(block, (i, j) => i === 5 && j === 3)).toEqual({
      row: 8,
      col: 5,
      planRow: 5,
      planCol: 3,
      numRows: 1,
      numCols: 1,
    });
  });

  it("is none when nothing in the block changes, whatever changes outside it", () => {
    expect(changedPart(block, (i, j) => i < 2 || i === 6 || j > 3)).toBeNull();
  });

  it("finds a single cell at the plan's first row and column", () => {
    const first = { row: 1, col: 1, planRow: 0, planCol: 0, numRows: 3, numCols: 3 };
    expect(changedPart(first, (i, j) => i === 0 && j === 0)).toEqual({
      ...first,
      numRows: 1,
      numCols: 1,
    });
  });
});

describe("runsOf", () => {
  it("sorts the lines and joins the consecutive ones into [first, count] runs", () => {
    expect(runsOf([5, 1, 2, 4, 9])).toEqual([
      [1, 2],
      [4, 2],
      [9, 1],
    ]);
    expect(runsOf([])).toEqual([]);
  });
});

describe("spreadPlan's moves", () => {
  const rows = fitLines(["key", "", "a", "b"], ["key", "a", "b"]);
  const cols = fitLines(["", "key", "label", 1], ["key", "label", 1]);

  it("moves formulas on this sheet only, never a text that looks like an address", () => {
    const moved = spreadPlan(
      {
        ...plan(),
        values: [
          ["key", "label", "C2"],
          ["a", "A", "='SSI log'!A2"],
          ["b", "B", "=C2"],
        ],
        frozenRows: 0,
        frozenColumns: 0,
        conditionalRules: [
          { formula: "=AND(C2>0,'SSI log'!A2>0)", background: "#fff", ranges: ["C2"] },
        ],
        overwrittenCells: ["C3"],
      },
      rows,
      cols,
    );
    expect(moved.values).toEqual([
      ["key", "label", "C2"],
      ["a", "A", "='SSI log'!A2"],
      ["b", "B", "=D3"],
    ]);
    expect(moved.frozenRows).toBe(0);
    expect(moved.frozenColumns).toBe(0);
    expect(moved.conditionalRules[0]?.formula).toBe("=AND(D3>0,'SSI log'!A2>0)");
    expect(moved.overwrittenCells).toEqual(["D4"]);
  });
});

describe("ourBlocks and formatAreas", () => {
  const map = {
    row: (n: number) => (n <= 2 ? n : n + 3),
    col: (n: number) => (n <= 1 ? n : n + 1),
  };

  it("makes one block per run of our rows by run of our columns", () => {
    expect(ourBlocks(4, 3, map)).toEqual([
      { row: 1, col: 1, planRow: 0, planCol: 0, numRows: 2, numCols: 1 },
      { row: 1, col: 3, planRow: 0, planCol: 1, numRows: 2, numCols: 2 },
      { row: 6, col: 1, planRow: 2, planCol: 0, numRows: 2, numCols: 1 },
      { row: 6, col: 3, planRow: 2, planCol: 1, numRows: 2, numCols: 2 },
    ]);
    expect(wholePlan({ rows: 3, cols: 2 })).toEqual([
      { row: 1, col: 1, planRow: 0, planCol: 0, numRows: 3, numCols: 2 },
    ]);
  });

  it("starts a new rectangle where a format comes back after a row of another, and keeps a bar in a format", () => {
    const formats = [
      ['0" | "0', "0"],
      ["0%", "0"],
      ['0" | "0', "0"],
    ];
    const areas = formatAreas(formats, wholePlan({ rows: 3, cols: 2 }));
    expect(Object.fromEntries(areas)).toEqual({
      '0" | "0': ["A1:A1", "A3:A3"],
      "0%": ["A2:A2"],
      "0": ["B1:B3"],
    });
  });

  it("gathers each number format into rectangles on the sheet, the automatic one apart", () => {
    const formats = [
      ["", "0", "0"],
      ["", "0", "0"],
      ["", "0%", "0"],
      ["@", "0%", "0"],
    ];
    const areas = formatAreas(formats, ourBlocks(4, 3, map));
    expect(Object.fromEntries(areas)).toEqual({
      "": ["A1:A2", "A6:A6"],
      "0": ["C1:D2", "D6:D7"],
      "0%": ["C6:C7"],
      "@": ["A7:A7"],
    });
  });
});
