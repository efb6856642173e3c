/**
 * What a person adds to the team, Charts and Network sheets survives their refresh: rows and columns
 * they insert stay after the same line of ours, with their notes, as on a dashboard; and a checkbox a
 * person ticks on a dashboard stays a ticked checkbox.
 */
import { describe, expect, it } from "vitest";
import type { ExportSummary } from "../../src/domain/exportSummary";
import { readExport } from "../../src/export/read";
import { freshAddon, ok, rowOfKey } from "../support/addon";
import { exportZip, TARGETS, ZIP_NAME } from "../support/exportFiles";

type Addon = ReturnType<typeof freshAddon>;
const TEAM = "Team 2026";

/** The row (1-based) whose column A holds `label`, on a sheet as read. */
function rowLabelled(addon: Addon, sheet: string, label: string): number {
  const values = addon.standIn.sheet(sheet).getDataRange().getValues();
  return values.findIndex((row) => row[0] === label) + 1;
}

function team(...names: string[]): Addon {
  const addon = freshAddon();
  addon.call("buildDashboard");
  ok(addon, "saveSettings", { profileName: names[0] });
  for (const name of names.slice(1)) ok(addon, "saveProfile", { name, totalTarget: 80 });
  addon.call("buildTeamSheet");
  return addon;
}

describe("the team sheet", () => {
  it("keeps a person's row after the same profile, their column and their note through refreshes and a new profile", () => {
    const addon = team("Ana Ruiz", "Jan Kowalski");
    ok(addon, "saveEntry", {
      language: "en",
      year: 2026,
      month: 11,
      values: {},
      reading: {
        date: "2026-11-16",
        brand: "21.9",
        findPeople: "22.4",
        engage: "17.6",
        relationships: "25",
      },
    });
    const sheet = addon.standIn.sheet(TEAM);
    const ana = rowLabelled(addon, TEAM, "Ana Ruiz");
    sheet.insertRowAfter(ana);
    addon.standIn.range(`'${TEAM}'!A${ana + 1}`).setValue("Ana's coach: Pia");
    // A comment column between the SSI total and the first pillar.
    sheet.insertColumnAfter(3);
    addon.standIn.range(`'${TEAM}'!D4`).setValue("Comment");
    addon.standIn
      .range(`'${TEAM}'!D${rowLabelled(addon, TEAM, "Jan Kowalski")}`)
      .setValue("On leave");
    addon.standIn.range(`'${TEAM}'!A1`).setNote("Shared with the board");

    addon.call("buildTeamSheet");
    ok(addon, "saveProfile", { name: "Lena Schmidt", totalTarget: 85 });
    addon.call("buildTeamSheet");
    ok(addon, "saveSettings", { language: "de" });
    ok(addon, "saveSettings", { language: "en" });
    addon.call("buildTeamSheet");

    const values = sheet.getDataRange().getValues();
    const anaNow = rowLabelled(addon, TEAM, "Ana Ruiz");
    expect(values[anaNow]?.[0]).toBe("Ana's coach: Pia");
    expect(values[3]?.slice(0, 5)).toEqual([
      "Profile",
      "Latest reading",
      "SSI total",
      "Comment",
      "Establish your professional brand",
    ]);
    expect(values[rowLabelled(addon, TEAM, "Jan Kowalski") - 1]?.[3]).toBe("On leave");
    expect(rowLabelled(addon, TEAM, "Lena Schmidt")).toBeGreaterThan(0);
    expect(addon.standIn.range(`'${TEAM}'!A1`).getNote()).toBe("Shared with the board");
    // The team's average is Ana's SSI, the only one read: not the person's row or column.
    const average = values[rowLabelled(addon, TEAM, "Team average") - 1] ?? [];
    expect(values[anaNow - 1]?.[2]).toBe(86.9);
    expect(average[2]).toBe(86.9);
    expect(average[3]).toBe("");
  });

  it("takes an archived profile's rows away and leaves the person's row of another profile in place", () => {
    const addon = team("Ana Ruiz", "Jan Kowalski", "Tom Baker");
    const tom = rowLabelled(addon, TEAM, "Tom Baker");
    addon.standIn.sheet(TEAM).insertRowAfter(tom);
    addon.standIn.range(`'${TEAM}'!A${tom + 1}`).setValue("Tom joined in March");
    const ids = (
      addon.callFromClient("getSettingsForm", []).result as {
        profiles: { id: string; name: string }[];
      }
    ).profiles;
    const jan = ids.find((p) => p.name === "Jan Kowalski")!;
    ok(addon, "saveProfile", { id: jan.id, archived: true });
    addon.call("buildTeamSheet");
    expect(rowLabelled(addon, TEAM, "Jan Kowalski")).toBe(0);
    const values = addon.standIn.sheet(TEAM).getDataRange().getValues();
    expect(values[rowLabelled(addon, TEAM, "Tom Baker")]?.[0]).toBe("Tom joined in March");
  });
  it("keeps what a person typed in an archived profile's row: the row becomes theirs, our cells in it emptied", () => {
    const addon = team("Ana Ruiz", "Jan Kowalski", "Tom Baker");
    const sheet = addon.standIn.sheet(TEAM);
    sheet.insertColumnAfter(1);
    addon.standIn.range(`'${TEAM}'!B4`).setValue("Comment");
    const jan = rowLabelled(addon, TEAM, "Jan Kowalski");
    addon.standIn.range(`'${TEAM}'!B${jan}`).setValue("On leave");
    const ids = (
      addon.callFromClient("getSettingsForm", []).result as {
        profiles: { id: string; name: string }[];
      }
    ).profiles;
    ok(addon, "saveProfile", {
      id: ids.find((p) => p.name === "Jan Kowalski")!.id,
      archived: true,
    });
    addon.call("buildTeamSheet");
    const values = sheet.getDataRange().getValues();
    const kept = values.findIndex((row) => row[1] === "On leave");
    expect(kept).toBeGreaterThan(0);
    expect(values[kept]?.[0]).toBe("");
    expect(values[kept]?.[2]).toBe("");
    expect(rowLabelled(addon, TEAM, "Jan Kowalski")).toBe(0);
    // The team's rank and average count the two active profiles only.
    expect(rowLabelled(addon, TEAM, "Tom Baker")).toBeGreaterThan(0);
  });
});

describe("the Charts sheet", () => {
  it("keeps a person's row and column inside the table through a refresh and a new own metric", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    const sheet = addon.standIn.sheet("Charts");
    sheet.insertRowAfter(8); // after June (the twelve months end with November 2026)
    addon.standIn.range("Charts!A9").setValue("Summer break");
    sheet.insertColumnAfter(2); // after the SSI total
    addon.standIn.range("Charts!C1").setValue("My note");
    addon.standIn.range("Charts!C3").setValue("webinar");
    addon.call("refreshCharts");
    ok(addon, "saveOwnMetric", {
      name: "Leads",
      block: "presale",
      aggregation: "sum",
      whole: true,
    });
    addon.call("refreshCharts");
    expect(addon.standIn.range("Charts!A9").getValue()).toBe("Summer break");
    expect(addon.standIn.range("Charts!A8").getValue()).toBe("Jun 2026");
    expect(addon.standIn.range("Charts!A10").getValue()).toBe("Jul 2026");
    expect(addon.standIn.range("Charts!C1").getValue()).toBe("My note");
    expect(addon.standIn.range("Charts!C3").getValue()).toBe("webinar");
    expect(addon.standIn.range("Charts!D1").getValue()).toBe("Target");
    // The SSI chart still reads the month column and the SSI, not the person's column.
    const areas = sheet.getCharts().flatMap((c) => c.data.ranges.map((r) => r.area));
    expect(areas).toContainEqual({ row: 1, col: 2, numRows: 14, numCols: 1 });
    expect(areas.some((a) => a.col <= 3 && a.col + a.numCols > 3)).toBe(false);
  });
});

describe("the Network sheet", () => {
  function summaryOf(targets: string[]): ExportSummary {
    const read = readExport([{ name: ZIP_NAME, bytes: exportZip() }], targets, "en");
    if (!read.ok) throw new Error(read.message);
    return JSON.parse(JSON.stringify(read.summary)) as ExportSummary;
  }
  function importWith(addon: Addon, targets: string[]) {
    ok(addon, "saveSettings", { targetCompanies: targets.join("\n") });
    ok(addon, "applyImport", { summary: summaryOf(targets), overwrite: false, build: [] });
  }

  it("keeps a person's row and note through the next import", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    importWith(addon, TARGETS);
    const sheet = addon.standIn.sheet("Network");
    sheet.insertRowAfter(4);
    addon.standIn.range("Network!A5").setValue("We met at the fair");
    addon.standIn.range("Network!B4").setNote("Checked by hand");
    const before = addon.standIn.range("Network!A6").getValue();
    importWith(addon, TARGETS.slice(0, 2));
    expect(addon.standIn.range("Network!A5").getValue()).toBe("We met at the fair");
    expect(addon.standIn.range("Network!A6").getValue()).toBe(before);
    expect(addon.standIn.range("Network!B4").getNote()).toBe("Checked by hand");
  });
});

describe("a checkbox a person puts in a row of their own", () => {
  it("stays a ticked checkbox through a rebuild", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    const row = rowOfKey(addon, "KPI 2026", "metric:meetings");
    addon.standIn.sheet("KPI 2026").insertRowAfter(row);
    const box = addon.standIn.range(`'KPI 2026'!C${row + 1}`);
    box.setDataValidation(
      addon.standIn.globals.SpreadsheetApp.newDataValidation().requireCheckbox().build(),
    );
    box.setValue(true);
    addon.call("buildDashboard");
    expect(box.getValue()).toBe(true);
    expect(box.getDataValidation()?.getCriteriaType()).toBe("CHECKBOX");
  });
});
