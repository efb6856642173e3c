/**
 * Sheets reads every string a script writes as if a person typed it. A user's text (a note, a profile
 * name) and our own labels must land as text and read back the same, with no #ERROR! anywhere.
 */
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../src/domain/language";
import { logName } from "../../src/plan/layout";
import { freshAddon, rowOfKey } from "../support/addon";

const TRICKY = ["=1+2", "+49 30 1234", "'quoted", "-x", "1/2", "Jan 2026", "12,5", "TRUE", "@home"];

function everyDisplay(addon: ReturnType<typeof freshAddon>): string[] {
  const wb = addon.standIn.workbook;
  return wb.sheets().flatMap((s) => {
    const out: string[] = [];
    for (let r = 1; r <= wb.lastRow(s); r++)
      for (let c = 1; c <= wb.lastColumn(s); c++) out.push(wb.display(s, r, c));
    return out;
  });
}

describe("text stays text", () => {
  it.each(TRICKY)("a reading's note %j is kept as typed in the log", (note) => {
    const addon = freshAddon({ locale: "de_DE" });
    addon.call("buildDashboard");
    const answer = addon.callFromClient("saveEntry", [
      {
        language: "en",
        year: 2026,
        month: 11,
        values: {},
        reading: {
          date: "2026-11-16",
          brand: "12.5",
          findPeople: "21",
          engage: "16.95",
          relationships: "25",
          note,
        },
      },
    ]);
    expect(answer.error).toBeUndefined();
    const cell = addon.standIn.range(`'${logName("de")}'!K2`);
    expect(cell.getValue()).toBe(note);
    expect(cell.getFormula()).toBe("");
    expect(cell.getDisplayValue()).toBe(note);
    addon.call("buildDashboard");
    expect(cell.getValue()).toBe(note);
  });

  it("a profile name =2*3 shows as written in the dashboard's subtitle, in the grid and in the API", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    expect(addon.callFromClient("saveSettings", [{ profileName: "=2*3" }]).error).toBeUndefined();
    const subtitle = addon.standIn.range(`'KPI 2026'!B${rowOfKey(addon, "KPI 2026", "subtitle")}`);
    expect(subtitle.getFormula()).toBe("");
    expect(String(subtitle.getValue())).toContain("=2*3");
    expect(everyDisplay(addon).filter((d) => /^#(ERROR|NAME|VALUE|REF)/.test(d))).toEqual([]);
  });

  it("a text typed in an input cell and a formula typed there both survive a rebuild as they were", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    const row = rowOfKey(addon, "KPI 2026", "metric:meetings");
    const text = addon.standIn.range(`'KPI 2026'!E${row}`);
    const formula = addon.standIn.range(`'KPI 2026'!F${row}`);
    text.clearDataValidations().setValue("'=1+2");
    formula.setValue("=1+2");
    addon.call("buildDashboard");
    expect(text.getValue()).toBe("=1+2");
    expect(text.getFormula()).toBe("");
    expect(formula.getFormula()).toBe("=1+2");
    expect(formula.getValue()).toBe(3);
  });

  it.each(LANGUAGES)("our own labels stay text in %s, whatever they look like", (language) => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    addon.callFromClient("saveSettings", [{ language }]);
    const wb = addon.standIn.workbook;
    for (const sheet of wb.sheets()) {
      for (const [key, raw] of Object.entries(sheet.contents)) {
        // Every stored content is a formula, a number we wrote, or an escaped text.
        if (typeof raw === "string") expect(raw[0], `${sheet.name}!${key}`).toMatch(/[='"]/);
      }
    }
    expect(everyDisplay(addon).filter((d) => /^#(ERROR|NAME|VALUE|REF)/.test(d))).toEqual([]);
  });
});
