/** The stand-in inserts and deletes rows and columns anywhere, moving what points across them as Sheets does. */
import { describe, expect, it } from "vitest";
import { createStandIn } from "../../dev/standin";
import { type GridEdit, movedArea, movedFrozen, movedLine } from "../../dev/standin/gridEdits";

const area = (row: number, numRows: number) => ({ row, col: 2, numRows, numCols: 12 });
const rows = (kind: GridEdit["kind"], at: number, count: number): GridEdit => ({
  axis: "rows",
  at,
  count,
  kind,
});

describe("areas and lines after an edit", () => {
  it("an insert before an area moves it, inside widens it, right after leaves it", () => {
    expect(movedArea(area(5, 3), rows("insert", 5, 2))).toEqual(area(7, 3));
    expect(movedArea(area(5, 3), rows("insert", 6, 2))).toEqual(area(5, 5));
    expect(movedArea(area(5, 3), rows("insert", 8, 2))).toEqual(area(5, 3));
  });

  it("a delete narrows an area, moves it up, or takes all of it", () => {
    expect(movedArea(area(5, 3), rows("delete", 6, 1))).toEqual(area(5, 2));
    expect(movedArea(area(5, 3), rows("delete", 4, 2))).toEqual(area(4, 2));
    expect(movedArea(area(5, 3), rows("delete", 1, 2))).toEqual(area(3, 3));
    expect(movedArea(area(5, 3), rows("delete", 7, 5))).toEqual(area(5, 2));
    expect(movedArea(area(5, 3), rows("delete", 4, 5))).toBeNull();
    expect(movedLine(6, rows("delete", 5, 2))).toBeNull();
    expect(movedLine(7, rows("delete", 5, 2))).toBe(5);
  });

  it("frozen rows grow with an insert among them and shrink with a delete", () => {
    expect(movedFrozen(3, rows("insert", 2, 2))).toBe(5);
    expect(movedFrozen(3, rows("insert", 4, 2))).toBe(3);
    expect(movedFrozen(3, rows("delete", 3, 4))).toBe(2);
    expect(movedFrozen(0, rows("insert", 1, 1))).toBe(0);
  });
});

function dashboardLike() {
  const standIn = createStandIn();
  const ss = standIn.globals.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName("Sheet1")!;
  sheet.getRange("A1:D4").setValues([
    ["Views", 10, 20, "=SUM(B1:C1)"],
    ["Meetings", 1, 2, "=SUM(B2:C2)"],
    ["Total", "=SUM(B1:B2)", "=SUM(C1:C2)", "=SUM(D1:D2)"],
    ["", "", "", ""],
  ]);
  ss.setNamedRange("Months", sheet.getRange("B1:C2"));
  sheet.getRange("B2").setNote("typed by a person");
  return { standIn, ss, sheet };
}

describe("Sheet's row and column edits", () => {
  it("a row inserted inside a block widens the SUM over it, moves the cells below and the names", () => {
    const { ss, sheet } = dashboardLike();
    sheet.insertRowsBefore(2, 1);
    sheet.getRange("A2:C2").setValues([["Campaign", 5, 5]]);
    expect(sheet.getRange("B4").getFormula()).toBe("=SUM(B1:B3)");
    expect(sheet.getRange("B4").getValue()).toBe(16);
    expect(sheet.getRange("B3").getNote()).toBe("typed by a person");
    expect(ss.getRangeByName("Months")!.getA1Notation()).toBe("B1:C3");
    expect(sheet.getMaxRows()).toBe(1001);
  });

  it("a column inserted between months moves the totals right and widens their SUM", () => {
    const { sheet } = dashboardLike();
    sheet.insertColumnsAfter(2, 1);
    expect(sheet.getRange("E1").getFormula()).toBe("=SUM(B1:D1)");
    sheet.getRange("C1").setValue(100);
    expect(sheet.getRange("E1").getValue()).toBe(130);
    expect(sheet.getMaxColumns()).toBe(27);
  });

  it("a deleted row is gone: formulas over it narrow, a formula pointing only at it is #REF!", () => {
    const { ss, sheet } = dashboardLike();
    sheet.getRange("A5").setFormula("=B2*2");
    sheet.deleteRow(2);
    expect(sheet.getRange("A2").getValue()).toBe("Total");
    expect(sheet.getRange("B2").getFormula()).toBe("=SUM(B1:B1)");
    expect(sheet.getRange("B2").getValue()).toBe(10);
    expect(sheet.getRange("A4").getDisplayValue()).toBe("#REF!");
    expect(ss.getRangeByName("Months")!.getA1Notation()).toBe("B1:C1");
  });

  it("a deleted column takes its cells; rules, protections and charts follow the grid", () => {
    const { standIn, ss, sheet } = dashboardLike();
    const rule = standIn.globals.SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied("=ISNA(D1)")
      .setFontColor("#c8c8c8")
      .setRanges([sheet.getRange("D1:D3")])
      .build();
    sheet.setConditionalFormatRules([rule]);
    sheet
      .protect()
      .setWarningOnly(true)
      .setUnprotectedRanges([sheet.getRange("B1:C2")]);
    sheet.deleteColumns(2, 1);
    expect(sheet.getRange("C1").getFormula()).toBe("=SUM(B1:B1)");
    const [moved] = sheet.getConditionalFormatRules();
    expect(moved!.getRanges()).toEqual([{ row: 1, col: 3, numRows: 3, numCols: 1 }]);
    expect(moved!.getBooleanCondition().getCriteriaValues()).toEqual(["=ISNA(C1)"]);
    const protection = sheet.protect() as unknown as { getUnprotectedAreas(): unknown[] };
    expect(protection.getUnprotectedAreas()).toEqual([{ row: 1, col: 2, numRows: 2, numCols: 1 }]);
    expect(ss.getRangeByName("Months")!.getA1Notation()).toBe("B1:B2");
  });

  it("refuses what Apps Script refuses, with its messages", () => {
    const { sheet } = dashboardLike();
    expect(() => sheet.insertRowsBefore(0, 1)).toThrow("Those rows are out of bounds.");
    expect(() => sheet.insertColumnsBefore(28, 1)).toThrow("Those columns are out of bounds.");
    expect(() => sheet.deleteRows(999, 5)).toThrow("Those rows are out of bounds.");
    expect(() => sheet.deleteColumns(1, 26)).toThrow(
      "You can't delete all the columns on the sheet.",
    );
    expect(sheet.getRange("D1").getValue()).toBe(30);
  });
});

describe("Range.sort", () => {
  it("sorts rows by a sheet column, numbers before texts, blanks last either way, and keeps notes with rows", () => {
    const standIn = createStandIn();
    const ss = standIn.globals.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.insertSheet("Log");
    sheet.getRange("A1:B5").setValues([
      ["a", 3],
      ["b", ""],
      ["c", "x"],
      ["d", 10],
      ["e", 1],
    ]);
    sheet.getRange("A4").setNote("ten");
    sheet.getRange("A1:B5").sort(2);
    expect(sheet.getRange("A1:A5").getValues().flat()).toEqual(["e", "a", "d", "c", "b"]);
    expect(sheet.getRange("A3").getNote()).toBe("ten");
    sheet.getRange("A1:B5").sort({ column: 2, ascending: false });
    expect(sheet.getRange("A1:A5").getValues().flat()).toEqual(["c", "d", "a", "e", "b"]);
    sheet.getRange("A1:B5").sort([{ column: 1, ascending: true }]);
    expect(sheet.getRange("A1:A5").getValues().flat()).toEqual(["a", "b", "c", "d", "e"]);
    expect(() => sheet.getRange("A1:B5").sort(3)).toThrow(/not in the range A1:B5/);
  });
});
