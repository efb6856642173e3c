/** IMPORTRANGE between stand-in spreadsheets behaves as Sheets': nothing shows until access is allowed. */
import { describe, expect, it } from "vitest";
import { createStandIn, Drive, spreadsheetIdOf } from "../../dev/standin";

function two() {
  const drive = new Drive();
  const seller = createStandIn({ drive });
  const manager = createStandIn({ drive });
  const sheetOf = (s: typeof seller) =>
    s.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Sheet1")!;
  return { drive, seller, manager, sellerSheet: sheetOf(seller), managerSheet: sheetOf(manager) };
}

describe("IMPORTRANGE between spreadsheets", () => {
  it("gives each spreadsheet an id and an address, and reads either back as the id", () => {
    const { seller, manager } = two();
    const ss = seller.globals.SpreadsheetApp.getActiveSpreadsheet();
    expect(ss.getId()).not.toBe(manager.globals.SpreadsheetApp.getActiveSpreadsheet().getId());
    expect(ss.getUrl()).toBe(`https://docs.google.com/spreadsheets/d/${ss.getId()}/edit`);
    expect(spreadsheetIdOf(ss.getUrl())).toBe(ss.getId());
    expect(spreadsheetIdOf(ss.getId())).toBe(ss.getId());
    expect(spreadsheetIdOf("https://example.com/a b")).toBeNull();
  });

  it("is #REF! until a person allows access for the pair, then spills the range and follows its changes", () => {
    const { seller, manager, sellerSheet, managerSheet } = two();
    sellerSheet.getRange("A1:C1").setValues([[1, "two", 3]]);
    seller.workbook.setNamedRange("SUMMARY", seller.workbook.sheetByName("Sheet1")!, {
      row: 1,
      col: 1,
      numRows: 1,
      numCols: 3,
    });
    const url = seller.workbook.url();
    managerSheet.getRange("B2").setFormula(`=IMPORTRANGE("${url}","SUMMARY")`);
    expect(managerSheet.getRange("B2").getValue()).toBe("#REF!");
    manager.workbook.allowImportsFrom(seller.workbook.id);
    expect(managerSheet.getRange("B2:D2").getValues()).toEqual([[1, "two", 3]]);
    sellerSheet.getRange("A1").setValue(7);
    expect(managerSheet.getRange("B2").getValue()).toBe(7);
    // An A1 range, with or without its sheet, and TRANSPOSE around it.
    managerSheet.getRange("B4").setFormula(`=TRANSPOSE(IMPORTRANGE("${url}","Sheet1!A1:C1"))`);
    expect(managerSheet.getRange("B4:B6").getValues()).toEqual([[7], ["two"], [3]]);
  });

  it("spills as far as the source's range reaches when it grows, and what reads the import follows", () => {
    const { seller, manager, sellerSheet, managerSheet } = two();
    const sheet = seller.workbook.sheetByName("Sheet1")!;
    sellerSheet.getRange("A1:C1").setValues([[1, 2, 3]]);
    seller.workbook.setNamedRange("SUMMARY", sheet, { row: 1, col: 1, numRows: 1, numCols: 3 });
    managerSheet.getRange("A1").setFormula(`=IMPORTRANGE("${seller.workbook.url()}","SUMMARY")`);
    managerSheet.getRange("A3").setFormula("=SUM(A1:E1)");
    manager.workbook.allowImportsFrom(seller.workbook.id);
    expect(managerSheet.getRange("A3").getValue()).toBe(6);
    sellerSheet.getRange("D1:E1").setValues([[4, 5]]);
    seller.workbook.removeNamedRange("SUMMARY");
    seller.workbook.setNamedRange("SUMMARY", sheet, { row: 1, col: 1, numRows: 1, numCols: 5 });
    expect(managerSheet.getRange("A1:E1").getValues()).toEqual([[1, 2, 3, 4, 5]]);
    expect(managerSheet.getRange("A3").getValue()).toBe(15);
  });

  it("says #REF! for a source deleted, not shared, of an unknown range, or importing back from its importer", () => {
    const { drive, seller, manager, sellerSheet, managerSheet } = two();
    manager.workbook.allowImportsFrom(seller.workbook.id);
    const url = seller.workbook.url();
    managerSheet.getRange("A1").setFormula(`=IMPORTRANGE("${url}","NO_SUCH_NAME")`);
    expect(managerSheet.getRange("A1").getValue()).toBe("#REF!");
    // A loop: the seller imports what imports from it.
    seller.workbook.allowImportsFrom(manager.workbook.id);
    managerSheet.getRange("A2").setFormula(`=IMPORTRANGE("${url}","Sheet1!A1")`);
    sellerSheet.getRange("A1").setFormula(`=IMPORTRANGE("${manager.workbook.url()}","Sheet1!A2")`);
    expect(managerSheet.getRange("A2").getValue()).toBe("#REF!");
    sellerSheet.getRange("A1").setValue(5);
    expect(managerSheet.getRange("A2").getValue()).toBe(5);
    seller.workbook.state.unshared = true;
    sellerSheet.getRange("A1").setValue(6);
    expect(managerSheet.getRange("A2").getValue()).toBe("#REF!");
    seller.workbook.state.unshared = false;
    drive.remove(seller.workbook.id);
    sellerSheet.getRange("A1").setValue(8);
    manager.workbook.reload();
    expect(managerSheet.getRange("A2").getValue()).toBe("#REF!");
  });

  it("follows a chain of imports to its far end, and gives nothing to two that import from each other", () => {
    const { drive, seller, manager, sellerSheet, managerSheet } = two();
    const director = createStandIn({ drive });
    const directorSheet =
      director.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Sheet1")!;
    manager.workbook.allowImportsFrom(seller.workbook.id);
    director.workbook.allowImportsFrom(manager.workbook.id);
    sellerSheet.getRange("A1").setValue(40);
    managerSheet.getRange("A1").setFormula(`=IMPORTRANGE("${seller.workbook.url()}","A1")*2`);
    directorSheet.getRange("A1").setFormula(`=IMPORTRANGE("${manager.workbook.url()}","A1")+1`);
    expect(directorSheet.getRange("A1").getValue()).toBe(81);
    sellerSheet.getRange("A1").setValue(52);
    expect(directorSheet.getRange("A1").getValue()).toBe(105);
    // Any two that import from each other, whatever the ranges, never finish loading (Sheets waits
    // for the whole source to be calculated): neither import gives data.
    manager.workbook.allowImportsFrom(director.workbook.id);
    directorSheet.getRange("B1").setValue("level 2");
    managerSheet.getRange("B1").setFormula(`=IMPORTRANGE("${director.workbook.url()}","B1")`);
    expect(managerSheet.getRange("B1").getValue()).toBe("#REF!");
    expect(directorSheet.getRange("A1").getValue()).toBe("#REF!");
    managerSheet.getRange("B1").setValue("");
    expect(directorSheet.getRange("A1").getValue()).toBe(105);
  });
});
