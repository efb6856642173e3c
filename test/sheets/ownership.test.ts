/** What is ours on our sheets is replaced by a rebuild; what the user added there is left alone. */
import { describe, expect, it } from "vitest";
import { dashboardKey, layoutKey } from "../../src/plan/storeKeys";
import { freshAddon, rowOfKey } from "../support/addon";

const KPI = "KPI 2026";

describe("a rebuild and the user's own rules", () => {
  it("keeps a conditional-format rule the user added to the dashboard, and ours once each", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    const { SpreadsheetApp } = addon.standIn.globals;
    const sheet = SpreadsheetApp.getActiveSpreadsheet().getSheetByName(KPI)!;
    const row = rowOfKey(addon, KPI, "metric:profile_views");
    const mine = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(`=E${row}>1000`)
      .setBackground("#ff00ff")
      .setRanges([sheet.getRange(`E${row}:P${row}`)])
      .build();
    sheet.setConditionalFormatRules([...sheet.getConditionalFormatRules(), mine]);
    const ours = addon.standIn.sheet(KPI).state.cfRules.length - 1;
    // A layout change (here: the stored signature lost) makes the rebuild set its rules again.
    const document = addon.standIn.workbook.state.properties.document;
    expect(layoutKey(dashboardKey(2026)) in document).toBe(true);
    delete document[layoutKey(dashboardKey(2026))];
    addon.call("buildDashboard");
    addon.callFromClient("saveSettings", [{ language: "de" }]);
    const rules = addon.standIn.workbook.sheetByName("KPI 2026")!.cfRules;
    expect(rules.filter((r) => r.formula === `=E${row}>1000`)).toHaveLength(1);
    expect(rules).toHaveLength(ours + 1);
  });

  it("has one protection per sheet after EN → ES → DE → PL → EN, described in the current language", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    for (const language of ["es", "de", "pl", "en"])
      expect(addon.callFromClient("saveSettings", [{ language }]).error).toBeUndefined();
    const protections = addon.standIn.sheet(KPI).state.protections;
    expect(protections).toHaveLength(1);
    expect(protections[0]?.description).toBe("Calculated by the Social Selling KPIs add-on");
    expect(protections[0]?.warningOnly).toBe(true);
  });

  it("changes language even where the old language's list holds a value: the new rule is set first", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    const row = rowOfKey(addon, KPI, "metric:profile_level");
    expect(addon.standIn.typeInto(`'${KPI}'!E${row}`, "Expert").rejected).toBeNull();
    for (const language of ["es", "de", "pl", "en"])
      expect(addon.callFromClient("saveSettings", [{ language }]).error).toBeUndefined();
    expect(addon.standIn.range(`'${KPI}'!E${row}`).getValue()).toBe("Expert");
  });
});
