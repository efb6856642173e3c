/** A spreadsheet holds at most 200 sheets (as reported of Sheets): the add-on counts before it adds any. */
import { describe, expect, it } from "vitest";
import type { SettingsForm } from "../../src/plan/entryForm";
import { finishWork, freshAddon, rowOfKey } from "../support/addon";

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

  it("New year past 200 sheets offers to fold the oldest year into one archive sheet, keeping every figure as a value", () => {
    // Last year's dashboards, with a figure typed in each, and last year's team sheet.
    const addon = freshAddon({ today: new Date(Date.UTC(2025, 5, 2)) });
    addon.call("buildDashboard");
    expect(addon.callFromClient("saveProfile", [{ name: "Eva Nowak" }]).error).toBeUndefined();
    addon.call("buildTeamSheet");
    const eva = "KPI 2025 · Eva Nowak";
    const meetingsRow = (sheet: string) => rowOfKey(addon, sheet, "metric:meetings");
    addon.standIn.range(`'KPI 2025'!E${meetingsRow("KPI 2025")}`).setValue(7);
    addon.standIn.range(`'${eva}'!F${meetingsRow(eva)}`).setValue(9);
    addon.setToday(new Date(Date.UTC(2026, 5, 2)));
    addon.call("newYear");
    finishWork(addon);
    fillTo(addon, 200);
    addon.standIn.ctx.ui.length = 0;
    addon.call("newYear");
    const folded = finishWork(addon);
    const question = addon.standIn.ctx.ui.find((e) => e.kind === "alert");
    expect(question?.title).toBe("Make room by folding 2025 into one sheet?");
    expect(question?.lockHeld).toBe(false);
    const names = addon.standIn.workbook.sheets().map((sh) => sh.name);
    expect(names).toEqual(
      expect.arrayContaining(["KPI 2027", "KPI 2027 · Eva Nowak", "Archive 2025"]),
    );
    expect(names).not.toContain("KPI 2025");
    expect(names).not.toContain(eva);
    expect(names).not.toContain("Team 2025");
    expect(count(addon)).toBe(200);
    const archive = addon.standIn.sheet("Archive 2025").getDataRange().getValues();
    expect(archive[0]?.slice(0, 6)).toEqual(["Profile", "Year", "Key", "Metric", "Target", "Jan"]);
    const meetings = (who: string) =>
      archive.find((row) => row[0] === who && row[2] === "metric:meetings");
    expect(meetings("Eva Nowak")?.[6]).toBe(9);
    expect(
      meetings(archive.find((r) => r[0] !== "Eva Nowak" && r[1] === 2025)?.[0] as string)?.[5],
    ).toBe(7);
    expect(folded).toContain("folded into “Archive 2025”");
    // What the store knew of the folded sheets is gone.
    const keys = Object.keys(addon.standIn.workbook.state.properties.document);
    expect(keys.some((k) => k.includes("KPI 2025") || k === "team:2025")).toBe(false);
  });

  it("a fold the user declines changes nothing, and New year says why it cannot go on", () => {
    const addon = freshAddon({ today: new Date(Date.UTC(2025, 5, 2)) });
    addon.call("buildDashboard");
    addon.setToday(new Date(Date.UTC(2026, 5, 2)));
    addon.call("newYear");
    fillTo(addon, 200);
    addon.standIn.ctx.alertResponses.push("NO");
    expect(() => addon.call("newYear")).toThrow("This needs 1 new sheets");
    expect(addon.standIn.workbook.sheetByName("KPI 2025")).not.toBeNull();
    expect(addon.standIn.workbook.sheetByName("Archive 2025")).toBeNull();
  });
});
