/** A person's rows and columns found by their missing keys, and our lines fitted around them. */
import { describe, expect, it } from "vitest";
import {
  mapAround,
  movedArea,
  movedFormula,
  movedValues,
} from "../../../src/plan/lines/formulaRefs";
import {
  decodeLines,
  encodeLines,
  fitLines,
  fittedLine,
  isPlain,
} from "../../../src/plan/lines/personLines";

describe("fitLines", () => {
  it("keeps a dropped line it is told to keep as the person's, and never takes one of ours the plan has", () => {
    const fit = fitLines(["key", "a", "b", "", "c"], ["key", "c"], new Set([2, 3, 4, 5]));
    expect(fit.edits).toEqual([]);
    expect(fit.person).toEqual([2, 3, 4]);
    expect(fit.at).toEqual([1, 5]);
  });

  it("keeps a person's row where it is and numbers ours around it", () => {
    const fit = fitLines(["key", "a", "", "b", "c"], ["key", "a", "b", "c"]);
    expect(fit).toEqual({ edits: [], at: [1, 2, 4, 5], total: 5, person: [3], inserted: [] });
    expect(isPlain(fit)).toBe(false);
    expect(fittedLine(fit, 3)).toBe(4);
    // A line past the plan follows its last line.
    expect(fittedLine(fit, 6)).toBe(7);
  });

  it("is plain when the sheet is the plan", () => {
    const fit = fitLines(["key", "a", "b"], ["key", "a", "b"]);
    expect(isPlain(fit)).toBe(true);
    expect(fit.edits).toEqual([]);
  });

  it("inserts a new line of ours after its predecessor and the person's lines that follow it", () => {
    const fit = fitLines(["key", "a", "", "", "c"], ["key", "a", "b", "c"]);
    expect(fit.edits).toEqual([{ kind: "insert", after: 4, count: 1 }]);
    expect(fit.at).toEqual([1, 2, 5, 6]);
    expect(fit.person).toEqual([3, 4]);
    expect(fit.inserted).toEqual(["b"]);
  });

  it("inserts consecutive new lines in one edit, and at the top when the first is new", () => {
    expect(fitLines(["key", "d"], ["key", "a", "b", "c", "d"]).edits).toEqual([
      { kind: "insert", after: 1, count: 3 },
    ]);
    expect(fitLines(["a"], ["new", "a"]).edits).toEqual([{ kind: "insert", after: 0, count: 1 }]);
  });

  it("deletes our lines the plan dropped, a run at a time from the bottom, and keeps the person's", () => {
    const fit = fitLines(["key", "x", "y", "", "a", "z"], ["key", "a"]);
    expect(fit.edits).toEqual([
      { kind: "delete", at: 6, count: 1 },
      { kind: "delete", at: 2, count: 2 },
    ]);
    expect(fit.at).toEqual([1, 3]);
    expect(fit.person).toEqual([2]);
    expect(fit.total).toBe(3);
  });

  it("treats a second line with a key already seen as the person's copy", () => {
    const fit = fitLines(["key", "a", "a", "b"], ["key", "a", "b"]);
    expect(fit.person).toEqual([3]);
    expect(fit.at).toEqual([1, 2, 4]);
  });

  it("reads month numbers in the key row as keys, and anything else as no key", () => {
    const fit = fitLines(["key", 1, null, 2, true], ["key", 1, 2]);
    expect(fit.at).toEqual([1, 2, 4]);
    expect(fit.person).toEqual([3, 5]);
  });

  it("stores the person's lines and reads them back, sorted, ignoring anything unreadable", () => {
    const rows = fitLines(["key", "", "a", "", "b"], ["key", "a", "b"]);
    const cols = fitLines(["key", "x", ""], ["key", "x"]);
    expect(encodeLines(rows, cols)).toBe("2,4|3");
    expect(decodeLines("4,2|3")).toEqual({ rows: [2, 4], cols: [3] });
    expect(decodeLines("x,0,-1|")).toEqual({ rows: [], cols: [] });
    expect(decodeLines(undefined)).toEqual({ rows: [], cols: [] });
  });
});

describe("movedFormula", () => {
  const map = mapAround({ rows: [8], cols: [7] });

  it("moves cells and ranges as Sheets does on an insert: a range spanning the new line grows", () => {
    expect(movedFormula("=SUM(E5:E9)", () => map)).toBe("=SUM(E5:E10)");
    expect(movedFormula("=E7+F7+G7", () => map)).toBe("=E7+F7+H7");
    expect(movedFormula("=$E$9*2", () => map)).toBe("=$E$10*2");
    expect(movedFormula("=SUM(E1:P1)", () => map)).toBe("=SUM(E1:Q1)");
  });

  it("moves whole columns and rows, and open-ended ranges", () => {
    expect(movedFormula("=MATCH(5,$1:$1,0)+COUNT(G:G)", () => map)).toBe(
      "=MATCH(5,$1:$1,0)+COUNT(H:H)",
    );
    expect(movedFormula("=COUNT(G9:G)", () => map)).toBe("=COUNT(H10:H)");
  });

  it("leaves texts, function names and other sheets' references alone", () => {
    const mapFor = (sheet: string | null) => (sheet === null ? map : null);
    expect(movedFormula("=IF(G9=\"G9\",LOG10(G9),'SSI log'!G9)", mapFor)).toBe(
      "=IF(H10=\"G9\",LOG10(H10),'SSI log'!G9)",
    );
    expect(movedFormula("just G9", () => map)).toBe("just G9");
  });

  it("moves only the references to the sheet it is asked for, quoted or not", () => {
    const mapFor = (sheet: string | null) => (sheet === "KPI 2026" || sheet === "KPI" ? map : null);
    expect(movedFormula("='KPI 2026'!G9+KPI!G9+Other!G9+G9", mapFor)).toBe(
      "='KPI 2026'!H10+KPI!H10+Other!G9+G9",
    );
    expect(movedFormula("='It''s'!G9", (s) => (s === "It's" ? map : null))).toBe("='It''s'!H10");
  });

  it("moves a grid's formulas and leaves its other contents", () => {
    expect(movedValues([["=G9", "G9", 9, null]], () => map)).toEqual([["=H10", "G9", 9, null]]);
  });

  it("moves an A1 area of the plan's grid", () => {
    expect(movedArea("A7:Q9", map)).toBe("A7:R10");
    expect(movedArea("D8", map)).toBe("D9");
  });

  it("counts every person's line at or before the place, so two together shift by two", () => {
    const two = mapAround({ rows: [3, 4], cols: [] });
    expect([1, 2, 3, 4].map(two.row)).toEqual([1, 2, 5, 6]);
    expect(two.col(5)).toBe(5);
  });
});
