/**
 * What the stand-in was taught so that it is no kinder than Apps Script where the add-on relies on it:
 * default wraps, what `clear()` keeps, the look of inserted lines, sheet names whatever their case,
 * array results that spill, the automatic number format, and the write log of an execution.
 */
import { describe, expect, it } from "vitest";
import { loadAddon } from "../../dev/loader";
import { createStandIn } from "../../dev/standin";
import { AUTOMATIC_FORMAT } from "../../dev/standin/format";

function sheetOf() {
  const standIn = createStandIn();
  const ss = standIn.globals.SpreadsheetApp.getActiveSpreadsheet();
  const sheet = ss.getSheetByName("Sheet1");
  if (!sheet) throw new Error("no Sheet1");
  return { standIn, ss, sheet, app: standIn.globals.SpreadsheetApp };
}

describe("wrapping, as live Apps Script reports it", () => {
  it("a cell nobody formatted wraps (getWrap true) with the OVERFLOW strategy", () => {
    const { sheet } = sheetOf();
    expect(sheet.getRange("A1").getWrap()).toBe(true);
    expect(sheet.getRange("A1:B1").getWraps()).toEqual([[true, true]]);
    expect(sheet.getRange("A1").getWrapStrategy()).toBe("OVERFLOW");
  });

  it("setWrap(false) sets OVERFLOW and reads false; setWrap(true) WRAP; clearFormat goes back to the default", () => {
    const { sheet } = sheetOf();
    sheet.getRange("A1").setWrap(false);
    expect(sheet.getRange("A1").getWrap()).toBe(false);
    expect(sheet.getRange("A1").getWrapStrategy()).toBe("OVERFLOW");
    sheet.getRange("B1").setWraps([[true]]);
    expect(sheet.getRange("B1").getWrapStrategy()).toBe("WRAP");
    sheet.getRange("C1").setWrapStrategy("CLIP");
    expect(sheet.getRange("C1").getWrap()).toBe(false);
    sheet.getRange("A1:C1").clearFormat();
    expect(sheet.getRange("A1:C1").getWraps()).toEqual([[true, true, true]]);
  });
});

describe("clearing", () => {
  it("Sheet.clear() clears values and formats but keeps notes and data validation", () => {
    const { sheet, app } = sheetOf();
    const rule = app.newDataValidation().requireNumberGreaterThanOrEqualTo(0).build();
    sheet.getRange("A1").setValue(5).setBackground("#ff0000").setNote("kept");
    sheet.getRange("A1").setDataValidation(rule);
    sheet.clear();
    expect(sheet.getRange("A1").getValue()).toBe("");
    expect(sheet.getRange("A1").getBackground()).toBe("#ffffff");
    expect(sheet.getRange("A1").getNote()).toBe("kept");
    expect(sheet.getRange("A1").getDataValidation()).not.toBeNull();
  });
});

describe("inserted lines", () => {
  it("take the formats and validation of the line before (…After) or after (…Before), not its notes", () => {
    const { sheet, app } = sheetOf();
    const rule = app.newDataValidation().requireNumberBetween(0, 25).build();
    sheet.getRange("B2").setNumberFormat("0.00").setBackground("#eeeeee").setNote("ours");
    sheet.getRange("B2").setDataValidation(rule);
    sheet.getRange("B3").setNumberFormat("0%");
    sheet.insertRowsAfter(2, 1);
    expect(sheet.getRange("B3").getNumberFormat()).toBe("0.00");
    expect(sheet.getRange("B3").getBackground()).toBe("#eeeeee");
    expect(sheet.getRange("B3").getDataValidation()).not.toBeNull();
    expect(sheet.getRange("B3").getNote()).toBe("");
    sheet.insertRowsBefore(4, 1);
    expect(sheet.getRange("B4").getNumberFormat()).toBe("0%");
    sheet.insertColumnsAfter(2, 1);
    expect(sheet.getRange("C2").getNumberFormat()).toBe("0.00");
    sheet.insertColumnsBefore(1, 1);
    expect(sheet.getRange("A2").getNumberFormat()).toBe(AUTOMATIC_FORMAT);
  });
});

describe("sheet names", () => {
  it("may not differ only in case: the second is refused, with no phantom sheet left", () => {
    const { ss } = sheetOf();
    ss.insertSheet("SSI log");
    expect(() => ss.insertSheet("ssi log")).toThrow(
      'A sheet with the name "ssi log" already exists. Please enter another name.',
    );
    expect(ss.getSheets().map((s) => s.getName())).toEqual(["Sheet1", "SSI log"]);
    expect(ss.getSheetByName("ssi LOG")?.getName()).toBe("SSI log");
    expect(() => ss.getSheetByName("Sheet1")?.setName("SHEET1")).not.toThrow();
    expect(() => ss.getSheetByName("SHEET1")?.setName("ssi log")).toThrow("already exists");
  });
});

describe("array results", () => {
  it("spill as Sheets spills them, and show #REF! when a cell under them holds a value", () => {
    const { sheet } = sheetOf();
    sheet.getRange("A1").setFormula("=TRANSPOSE({1;2;3})");
    expect(sheet.getRange("A1:C1").getValues()).toEqual([[1, 2, 3]]);
    expect(sheet.getRange("B1").getFormula()).toBe("");
    sheet.getRange("A3").setFormula('=SPLIT("north,south", ",")');
    expect(sheet.getRange("A3:B3").getValues()).toEqual([["north", "south"]]);
    sheet.getRange("A5").setFormula("=ARRAYFORMULA({1;2}*5)");
    expect(sheet.getRange("A5:A6").getValues()).toEqual([[5], [10]]);
    sheet.getRange("C1").setValue("in the way");
    expect(sheet.getRange("A1").getValue()).toBe("#REF!");
    expect(sheet.getRange("A1").getDisplayValue()).toBe("#REF!");
  });
});

describe("rich text", () => {
  it("keeps a link inside a cell's text, and a value written over the cell flattens it", () => {
    const { sheet, app } = sheetOf();
    const rich = app
      .newRichTextValue()
      .setText("see the deck")
      .setLinkUrl(8, 12, "https://example.com/deck")
      .build();
    sheet.getRange("A1").setRichTextValue(rich);
    const read = sheet.getRange("A1").getRichTextValue();
    expect(read.getText()).toBe("see the deck");
    expect(read.getRuns().map((r) => [r.getText(), r.getLinkUrl()])).toEqual([
      ["see the ", null],
      ["deck", "https://example.com/deck"],
    ]);
    sheet.getRange("A1").setValues([[sheet.getRange("A1").getValue()]]);
    expect(sheet.getRange("A1").getRichTextValue().getRuns()).toHaveLength(1);
    expect(sheet.getRange("A1").getValue()).toBe("see the deck");
  });
});

describe("number formats", () => {
  it("refuses an empty format, and keeps the automatic format's pattern as a format of the cell's own", () => {
    const { standIn, sheet } = sheetOf();
    expect(sheet.getRange("A1").getNumberFormat()).toBe(AUTOMATIC_FORMAT);
    expect(() => sheet.getRange("A1").setNumberFormat("")).toThrow("empty number format");
    sheet.getRange("A1").setNumberFormat(AUTOMATIC_FORMAT);
    expect(standIn.workbook.style(sheet.state, 1, 1).nf).toBe(AUTOMATIC_FORMAT);
  });
});

describe("number formats of quoted text", () => {
  it("show their text whatever the number, by section: positive;negative;zero", () => {
    const { sheet } = sheetOf();
    sheet.getRange("A1:A3").setValues([[2], [-1], [0]]);
    sheet.getRange("A1:A3").setNumberFormat('"Own spreadsheet"');
    expect(sheet.getRange("A1:A3").getDisplayValues().flat()).toEqual([
      "Own spreadsheet",
      "-Own spreadsheet",
      "Own spreadsheet",
    ]);
    sheet.getRange("A1:A3").setNumberFormat('"up";"down";"flat"');
    expect(sheet.getRange("A1:A3").getDisplayValues().flat()).toEqual(["up", "down", "flat"]);
  });
});

describe("TODAY() and NOW()", () => {
  it("read the script's clock on the spreadsheet's own day, and move on when the day turns", () => {
    let now = new Date("2026-12-07T23:30:00Z");
    const standIn = createStandIn({ now: () => now, spreadsheetTimeZone: "Europe/Warsaw" });
    const sheet = standIn.globals.SpreadsheetApp.getActiveSpreadsheet().getActiveSheet();
    sheet.getRange("A1").setFormula('=TEXT(TODAY(),"yyyy-mm-dd")');
    sheet.getRange("A2").setFormula('=TEXT(NOW(),"hh:mm")');
    // 23:30 in UTC is already the 8th, 00:30, in Warsaw.
    expect(sheet.getRange("A1:A2").getValues().flat()).toEqual(["2026-12-08", "00:30"]);
    now = new Date("2026-12-08T23:30:00Z");
    expect(sheet.getRange("A1").getValue()).toBe("2026-12-09");
  });
});

describe("HtmlOutput", () => {
  it("keeps a dialog's width and height", () => {
    const { standIn } = sheetOf();
    const html = standIn.globals.HtmlService.createHtmlOutput("<p>Help</p>")
      .setWidth(560)
      .setHeight(520);
    expect([html.getWidth(), html.getHeight()]).toEqual([560, 520]);
  });
});

describe("the write log", () => {
  it("records each call of an execution that changes cells as { sheet, a1, what }, and nobody else's", () => {
    const addon = loadAddon();
    const sheet = addon.standIn.sheet("Sheet1");
    // A person's edit between executions is not the script's.
    sheet.getRange("A1").setValue("typed by a person");
    addon.standIn.ctx.execution.running = true;
    try {
      sheet.getRange("B2:C3").setValues([
        [1, 2],
        [3, 4],
      ]);
      sheet.getRange("B2").setNumberFormat("0.0").setNote("n").setWrap(true);
      sheet.getRange("D1").clearContent();
      sheet.clear();
    } finally {
      addon.standIn.ctx.execution.running = false;
    }
    expect(addon.standIn.ctx.writes).toEqual([
      { sheet: "Sheet1", a1: "B2:C3", what: "values" },
      { sheet: "Sheet1", a1: "B2", what: "numberFormats" },
      { sheet: "Sheet1", a1: "B2", what: "notes" },
      { sheet: "Sheet1", a1: "B2", what: "wraps" },
      { sheet: "Sheet1", a1: "D1", what: "clearContent" },
      { sheet: "Sheet1", a1: "A1:Z1000", what: "clear" },
    ]);
  });

  it("starts afresh with each execution the loader runs", () => {
    const addon = loadAddon({ now: () => new Date(Date.UTC(2026, 10, 23)) });
    addon.call("buildDashboard");
    expect(addon.standIn.ctx.writes.length).toBeGreaterThan(0);
    addon.call("getEntryForm");
    expect(addon.standIn.ctx.writes).toEqual([]);
  });
});
