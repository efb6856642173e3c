/** The offline stand-in behaves as Apps Script does where the add-on relies on it. */
import { describe, expect, it } from "vitest";
import { createStandIn } from "../dev/standin";

function sheetOf() {
  const standIn = createStandIn();
  const ss = standIn.globals.SpreadsheetApp.getActiveSpreadsheet();
  return { standIn, ss, sheet: ss.getSheetByName("Sheet1")! };
}

describe("the stand-in's ranges", () => {
  it("counts rows and columns from 1", () => {
    const { sheet } = sheetOf();
    const r = sheet.getRange(2, 3, 2, 2);
    expect(r.getA1Notation()).toBe("C2:D3");
    expect(sheet.getRange("B2:D9").getNumRows()).toBe(8);
  });

  it("rejects data of the wrong shape with Apps Script's message", () => {
    const { sheet } = sheetOf();
    expect(() => sheet.getRange("A1:B2").setValues([[1, 2]])).toThrow(
      "The number of rows in the data does not match the number of rows in the range. The data has 1 but the range has 2.",
    );
    expect(() => sheet.getRange("A1:B1").setValues([[1, 2, 3]])).toThrow(
      "The number of columns in the data does not match the number of columns in the range. The data has 3 but the range has 2.",
    );
    expect(() => sheet.getRange(0, 1)).toThrow("The starting row of the range is too small.");
    expect(() => sheet.getRange(1001, 1)).toThrow(
      "The coordinates of the range are outside the dimensions of the sheet.",
    );
  });

  it("turns text starting with = into a formula and recomputes after edits", () => {
    const { sheet } = sheetOf();
    sheet.getRange("A1:C1").setValues([[2, 3, "=A1*B1"]]);
    expect(sheet.getRange("C1").getFormula()).toBe("=A1*B1");
    expect(sheet.getRange("C1").getValue()).toBe(6);
    sheet.getRange("A1").setValue(10);
    expect(sheet.getRange("C1").getValue()).toBe(30);
  });

  it("gives numbers, Dates and '' for blanks, and reads numeric text as numbers", () => {
    const { sheet } = sheetOf();
    sheet.getRange("A1:C1").setValues([["21", new Date(Date.UTC(2026, 10, 23)), ""]]);
    const [[n, d, blank]] = sheet.getRange("A1:C1").getValues() as [[unknown, unknown, unknown]];
    expect(n).toBe(21);
    expect(d).toBeInstanceOf(Date);
    expect((d as Date).toISOString()).toBe("2026-11-23T00:00:00.000Z");
    expect(blank).toBe("");
    sheet.getRange("D1").setNumberFormat("@").setValue("21");
    expect(sheet.getRange("D1").getValue()).toBe("21");
  });

  it("throws Range not found for a sheet that does not exist", () => {
    const { ss } = sheetOf();
    expect(() => ss.getRange("'KPI 2031'!A1")).toThrow("Range not found");
  });

  it("computes cross-sheet references and named ranges", () => {
    const { ss, sheet } = sheetOf();
    const log = ss.insertSheet("SSI log");
    log.getRange("A1:A3").setValues([[1], [2], [3]]);
    ss.setNamedRange("Readings", log.getRange("A1:A3"));
    sheet.getRange("A1:B1").setValues([["=SUM('SSI log'!A:A)", "=SUM(Readings)*2"]]);
    expect(sheet.getRange("A1:B1").getValues()).toEqual([[6, 12]]);
    log.getRange("A3").setValue(13);
    expect(sheet.getRange("A1:B1").getValues()).toEqual([[16, 32]]);
  });

  it("shows display values with number formats", () => {
    const { sheet } = sheetOf();
    sheet.getRange("A1:C1").setValues([[1234.5, 0.256, 3.841]]);
    sheet.getRange("A1:C1").setNumberFormats([["#,##0", "0.0%", "0.00"]]);
    expect(sheet.getRange("A1:C1").getDisplayValues()).toEqual([["1,235", "25.6%", "3.84"]]);
  });

  it("enforces data validation when a person types, not when a script writes", () => {
    const { standIn, sheet } = sheetOf();
    const rule = standIn.globals.SpreadsheetApp.newDataValidation()
      .requireNumberBetween(0, 25)
      .setAllowInvalid(false)
      .setHelpText("Enter a pillar score from 0 to 25.")
      .build();
    sheet.getRange("A1").setDataValidation(rule);
    expect(standIn.typeInto("'Sheet1'!A1", 30).rejected).toBe("Enter a pillar score from 0 to 25.");
    expect(standIn.typeInto("'Sheet1'!A1", 21.7).rejected).toBeNull();
    expect(sheet.getRange("A1").getValue()).toBe(21.7);
  });
});

describe("where Apps Script's documentation is silent, the stand-in refuses", () => {
  it("an empty number format; the automatic one is written as Sheets reports it", () => {
    const { sheet } = sheetOf();
    const cell = sheet.getRange("A1");
    expect(cell.getNumberFormat()).toBe("0.###############");
    expect(() => cell.setNumberFormat("")).toThrow("empty number format");
    expect(() => sheet.getRange("A1:B1").setNumberFormats([["0.00", ""]])).toThrow(
      "empty number format",
    );
    cell.setNumberFormat("0.00").setValue(5);
    expect(cell.getDisplayValue()).toBe("5.00");
    cell.setNumberFormat("0.###############");
    expect(cell.getNumberFormat()).toBe("0.###############");
    expect(cell.getDisplayValue()).toBe("5");
  });

  it("setNamedRange over a name that exists; NamedRange.setRange moves it", () => {
    const { ss, sheet } = sheetOf();
    ss.setNamedRange("Months", sheet.getRange("B1:M1"));
    expect(() => ss.setNamedRange("Months", sheet.getRange("B2:M2"))).toThrow(
      "NamedRange.setRange",
    );
    const [named] = sheet.getNamedRanges();
    named!.setRange(sheet.getRange("B2:M2"));
    expect(ss.getRangeByName("Months")!.getA1Notation()).toBe("B2:M2");
    expect(sheet.getNamedRanges().map((n) => n.getName())).toEqual(["Months"]);
  });

  it("CORREL over a blank or a text on one side; over FILTERed pairs it is Pearson's r", () => {
    const { sheet } = sheetOf();
    sheet.getRange("A1:D2").setValues([
      [1, 2, "", 4],
      [2, 4, 5, 9],
    ]);
    sheet.getRange("A3").setFormula("=CORREL(A1:D1,A2:D2)");
    expect(sheet.getRange("A3").getDisplayValue()).toBe("#N/A");
    sheet
      .getRange("A4")
      .setFormula(
        "=ROUND(CORREL(FILTER(A1:D1,ISNUMBER(A1:D1),ISNUMBER(A2:D2)),FILTER(A2:D2,ISNUMBER(A1:D1),ISNUMBER(A2:D2))),4)",
      );
    // Pearson's r of (1,2,4) and (2,4,9).
    expect(sheet.getRange("A4").getValue()).toBe(0.9986);
  });
});

describe("call counting", () => {
  it("counts every service call, and builder calls apart", () => {
    const { standIn } = sheetOf();
    standIn.counter.reset();
    const ss = standIn.globals.SpreadsheetApp.getActiveSpreadsheet();
    const sheet = ss.getSheetByName("Sheet1")!;
    sheet.getRange("A1:B2").setValues([
      [1, 2],
      [3, 4],
    ]);
    standIn.globals.SpreadsheetApp.newDataValidation().requireNumberBetween(0, 1).build();
    expect(standIn.counter.total).toBe(4);
    expect(Object.fromEntries(standIn.counter.summary())).toEqual({
      "SpreadsheetApp.getActiveSpreadsheet": 1,
      "Spreadsheet.getSheetByName": 1,
      "Sheet.getRange": 1,
      "Range.setValues": 1,
    });
    expect(standIn.counter.builderCalls).toBe(2);
  });

  it("refuses the document before authorization, as AuthMode.NONE does", () => {
    const { standIn } = sheetOf();
    standIn.ctx.authMode = "NONE";
    expect(() => standIn.globals.SpreadsheetApp.getActiveSpreadsheet()).toThrow(/permission/);
    expect(() => standIn.globals.PropertiesService.getDocumentProperties()).toThrow(/permission/);
  });
});

describe("Apps Script's property quotas", () => {
  it("refuses a value over 9 KB with its key, and a store over 500 KB, writing nothing", () => {
    const props = createStandIn().globals.PropertiesService.getDocumentProperties();
    props.setProperty("k", "x".repeat(9 * 1024 - 1));
    expect(() => props.setProperty("k2", "x".repeat(9 * 1024 - 1))).toThrow(
      "Exception: Argument too large: value",
    );
    // Bytes, not characters: "ł" is two of them in UTF-8.
    expect(() => props.setProperty("k", "ł".repeat(4700))).toThrow("Argument too large");
    expect(() => props.setProperties({ ok: "1", big: "x".repeat(9300) })).toThrow(
      "Argument too large",
    );
    expect(props.getProperty("ok")).toBeNull();
    for (let i = 0; i < 55; i++) props.setProperty(`p${i}`, "y".repeat(9000));
    expect(() => props.setProperty("one-more", "y".repeat(9000))).toThrow(
      "You have exceeded the property storage quota",
    );
    expect(props.getProperty("one-more")).toBeNull();
  });
});

describe("display formats", () => {
  it("shows optional decimals and signs as Sheets does", () => {
    const { sheet } = sheetOf();
    sheet.getRange("A1:E1").setValues([[66.99, 67, 2.5, 51.21, -3]]);
    sheet
      .getRange("A1:E1")
      .setNumberFormats([["0.##", "0.##", "0.00", "+0.00;-0.00;0", "+0.00;-0.00;0"]]);
    expect(sheet.getRange("A1:E1").getDisplayValues()).toEqual([
      ["66.99", "67", "2.50", "+51.21", "-3.00"],
    ]);
  });
});

describe("the stand-in reads written strings as Sheets does", () => {
  const typed = (value: string, locale = "en_US", format?: string) => {
    const standIn = createStandIn({ spreadsheetLocale: locale, spreadsheetTimeZone: "UTC" });
    const range = standIn.globals.SpreadsheetApp.getActiveSpreadsheet()
      .getSheetByName("Sheet1")!
      .getRange("A1");
    if (format) range.setNumberFormat(format);
    range.setValue(value);
    return { value: range.getValue(), formula: range.getFormula(), shown: range.getDisplayValue() };
  };

  it("turns =, + and - into formulas, and a broken one into #ERROR!", () => {
    expect(typed("=1+2")).toMatchObject({ value: 3, formula: "=1+2" });
    expect(typed("+49 30 1234").value).toBe("#ERROR!");
    expect(typed("-x").formula).toBe("=-x");
  });

  it("reads two quotes inside a text as one, and keeps the formula as written, after a row insert too", () => {
    expect(typed('="Type =IMPORTRANGE(""x"",""A1"")"')).toMatchObject({
      value: 'Type =IMPORTRANGE("x","A1")',
      formula: '="Type =IMPORTRANGE(""x"",""A1"")"',
    });
    expect(typed('=IF(1,"","no")').value).toBe("");
    expect(typed('=LEN("""")').value).toBe(1);
    const { sheet } = sheetOf();
    sheet.getRange("B2").setFormula('=A2&"""!"');
    sheet.getRange("A2").setValue("hi");
    sheet.insertRowBefore(1);
    expect(sheet.getRange("B3").getFormula()).toBe('=A3&"""!"');
    expect(sheet.getRange("B3").getValue()).toBe('hi"!');
  });

  it("reads numbers with the spreadsheet locale's decimal mark", () => {
    expect(typed("12,5", "de_DE").value).toBe(12.5);
    expect(typed("1.234,5", "es_ES").value).toBe(1234.5);
    expect(typed("12,5", "en_US").value).toBe("12,5");
    expect(typed("1,234.5", "en_US").value).toBe(1234.5);
    expect(typed("12%").value).toBeCloseTo(0.12);
    expect(typed("TRUE").value).toBe(true);
  });

  it("reads dates: ISO anywhere, day and month in the locale's order, English month names", () => {
    expect(typed("2026-07-01").shown).toBe("2026-07-01");
    expect(typed("1/2/2026", "en_US").value).toEqual(new Date("2026-01-02T00:00:00Z"));
    expect(typed("1/2/2026", "en_GB").value).toEqual(new Date("2026-02-01T00:00:00Z"));
    expect(typed("1.2.2026", "de_DE").value).toEqual(new Date("2026-02-01T00:00:00Z"));
    expect(typed("Jan 2026").value).toEqual(new Date("2026-01-01T00:00:00Z"));
  });

  it("keeps text behind an apostrophe, and everything in a plain-text (@) cell", () => {
    expect(typed("'=1+2")).toMatchObject({ value: "=1+2", formula: "" });
    expect(typed("''quoted").value).toBe("'quoted");
    expect(typed("=1+2", "en_US", "@")).toMatchObject({ value: "=1+2", formula: "" });
    expect(typed("21", "en_US", "@").value).toBe("21");
  });

  it("refuses a script's write that breaks a strict validation, and writes nothing of it", () => {
    const standIn = createStandIn();
    const { SpreadsheetApp } = standIn.globals;
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Sheet1")!;
    sheet
      .getRange("B1")
      .setDataValidation(
        SpreadsheetApp.newDataValidation()
          .requireNumberBetween(0, 25)
          .setAllowInvalid(false)
          .build(),
      );
    expect(() => sheet.getRange("A1:B1").setValues([[1, 30]])).toThrow(
      "The data you entered in cell B1 violates the data validation rules set on this cell.",
    );
    expect(sheet.getRange("A1").getValue()).toBe("");
  });
});

describe("the stand-in's time zones", () => {
  it("gives a day cell as midnight in the spreadsheet's zone, and formats in any zone asked", () => {
    const standIn = createStandIn({ spreadsheetTimeZone: "Pacific/Auckland" });
    const { SpreadsheetApp, Utilities, Session } = standIn.globals;
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    const cell = ss.getSheetByName("Sheet1")!.getRange("A1").setValue("2026-07-01");
    const date = cell.getValue() as Date;
    expect(date.toISOString()).toBe("2026-06-30T12:00:00.000Z");
    expect(Utilities.formatDate(date, ss.getSpreadsheetTimeZone(), "yyyy-MM-dd")).toBe(
      "2026-07-01",
    );
    expect(Utilities.formatDate(date, "Etc/UTC", "yyyy-MM-dd")).toBe("2026-06-30");
    // The script's own zone comes from appsscript.json, independent of the spreadsheet's.
    expect(Session.getScriptTimeZone()).toBe("Etc/UTC");
    // A Date written by a script is placed on the spreadsheet's clock.
    cell.setValue(new Date("2026-12-31T11:30:00Z"));
    expect(cell.getDisplayValue()).toBe("2027-01-01");
  });

  it("has one sheet protection: protect() on a protected sheet returns it", () => {
    const standIn = createStandIn();
    const sheet = standIn.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Sheet1")!;
    sheet.protect().setDescription("first");
    expect(sheet.protect().getDescription()).toBe("first");
    expect(sheet.getProtections(standIn.globals.SpreadsheetApp.ProtectionType.SHEET)).toHaveLength(
      1,
    );
  });
});

describe("the stand-in shows numbers as the spreadsheet's locale does", () => {
  it.each([
    ["en_US", "180,000", "66.99"],
    ["es_ES", "180.000", "66,99"],
    ["de_DE", "180.000", "66,99"],
    ["pl_PL", "180\u00a0000", "66,99"],
  ])("%s: 180000 as %s and 66.99 as %s", (locale, big, small) => {
    const standIn = createStandIn({ spreadsheetLocale: locale });
    const sheet = standIn.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Sheet1")!;
    sheet
      .getRange("A1:B1")
      .setNumberFormats([["#,##0", "0.00"]])
      .setValues([[180000, 66.99]]);
    expect(sheet.getRange("A1:B1").getDisplayValues()).toEqual([[big, small]]);
  });
});
