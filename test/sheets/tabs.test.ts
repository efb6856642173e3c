/** A spreadsheet holds at most 200 sheets (as reported of Sheets): the add-on counts before it adds any. */
import { describe, expect, it } from "vitest";
import type { SettingsForm } from "../../src/plan/entryForm";
import { freshAddon } from "../support/addon";

type Addon = ReturnType<typeof freshAddon>;

/** Fills the spreadsheet with a person's own sheets up to `total`. */
function fillTo(addon: Addon, total: number): void {
  const ss = addon.standIn.globals.SpreadsheetApp.getActiveSpreadsheet();
  for (let i = ss.getNumSheets(); i < total; i++) ss.insertSheet(`Notes ${i}`);
}

const count = (addon: Addon) => addon.standIn.workbook.sheets().length;

describe("the 200-sheet limit", () => {
  it("the stand-in refuses a 201st sheet", () => {
    const addon = freshAddon();
    fillTo(addon, 200);
    expect(() =>
      addon.standIn.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet("one more"),
    ).toThrow("at most 200 sheets");
  });

  it("refuses a new profile whose three sheets would not fit, in the user's language, changing nothing", () => {
    const addon = freshAddon({ locale: "es_ES" });
    addon.call("buildDashboard");
    fillTo(addon, 198);
    const answer = addon.callFromClient("saveProfile", [{ language: "es", name: "Eva Nowak" }]);
    expect(answer.error).toContain(
      "Esto necesita 3 hojas nuevas, pero el archivo ya tiene 198 de 200",
    );
    expect(count(addon)).toBe(198);
    const form = addon.callFromClient("getSettingsForm", []).result as SettingsForm;
    expect(form.profiles).toHaveLength(1);
  });

  it("New year counts the dashboards it would add; run again with all of them made, it needs none", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    expect(addon.callFromClient("saveProfile", [{ name: "Eva Nowak" }]).error).toBeUndefined();
    fillTo(addon, 199);
    expect(() => addon.call("newYear")).toThrow("This needs 2 new sheets");
    expect(addon.standIn.workbook.sheetByName("KPI 2027")).toBeNull();
    addon.standIn.workbook.removeSheet(addon.standIn.workbook.sheetByName("Notes 198")!);
    addon.standIn.workbook.removeSheet(addon.standIn.workbook.sheetByName("Notes 197")!);
    addon.call("newYear");
    expect(count(addon)).toBe(199);
    fillTo(addon, 200);
    addon.call("newYear");
    expect(count(addon)).toBe(200);
  });
});
