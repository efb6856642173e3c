/** A1 notation as Sheets reads it: column letters, ranges, quoted sheet names and texts. */
import { describe, expect, it } from "vitest";
import { area, cell, columnLetter, literal, quoteSheet } from "../../src/plan/a1";
import { keptContent, literalText } from "../../src/plan/sheetPlan";

describe("A1 notation", () => {
  it("names columns past Z as Sheets does", () => {
    expect([1, 5, 16, 26, 27, 52, 53, 702, 703].map(columnLetter)).toEqual([
      "A",
      "E",
      "P",
      "Z",
      "AA",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
    ]);
  });

  it("spells a column the same every time, and no column at all as nothing", () => {
    expect([27, 27, 18_278, 18_278, 0, 0].map(columnLetter)).toEqual([
      "AA",
      "AA",
      "ZZZ",
      "ZZZ",
      "",
      "",
    ]);
  });

  it("addresses a cell and a block from its first cell and size", () => {
    expect(cell(7, 5)).toBe("E7");
    expect(area(7, 5, 1, 12)).toBe("E7:P7");
    expect(area(2, 1, 3, 2)).toBe("A2:B4");
  });

  it("quotes a sheet name unless it is a plain word, doubling its apostrophes", () => {
    expect(quoteSheet("Team")).toBe("Team");
    expect(quoteSheet("_log2")).toBe("_log2");
    expect(quoteSheet("KPI 2026")).toBe("'KPI 2026'");
    expect(quoteSheet("2026")).toBe("'2026'");
    expect(quoteSheet("Año-1")).toBe("'Año-1'");
    expect(quoteSheet("O'Brien's KPI")).toBe("'O''Brien''s KPI'");
  });

  it("writes a text into a formula with its quotes doubled", () => {
    expect(literal('say "hi"')).toBe('"say ""hi"""');
    expect(literal("")).toBe('""');
  });
});

describe("what a plan keeps of a cell read back", () => {
  it("keeps numbers and dates, texts as texts, and nothing for an empty cell", () => {
    expect([null, undefined, ""].map(keptContent)).toEqual([null, null, null]);
    expect(keptContent(0)).toBe(0);
    // A ticked or unticked checkbox stays a tick, not the text "TRUE".
    expect([true, false].map(keptContent)).toEqual([true, false]);
    const day = new Date(2026, 10, 23);
    expect(keptContent(day)).toBe(day);
    expect(keptContent("=1+1 typed as text")).toBe("'=1+1 typed as text");
    expect(keptContent("'quoted")).toBe("''quoted");
    expect(literalText("plain")).toBe("plain");
  });
});
