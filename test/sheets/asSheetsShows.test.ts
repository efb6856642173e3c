/** As Sheets computes and shows it: half-way figures round as Sheets rounds them, and chart gaps are muted. */
import { describe, expect, it } from "vitest";
import { sheetsRound, shiftRelative } from "../../dev/standin/workbook";
import { round } from "../../src/domain/numbers";
import type { SettingsForm } from "../../src/plan/entryForm";
import { demoAddon, freshAddon, NOV_23_2026 } from "../support/addon";

describe("rounding as Sheets rounds", () => {
  it("the stand-in's ROUND rounds 16.725, 1.005 and -2.675 away from zero, as Sheets shows them", () => {
    expect((17.6 + 16.5 + 17.2 + 15.6) / 4).toBe(16.724999999999998);
    expect(sheetsRound((17.6 + 16.5 + 17.2 + 15.6) / 4, 2)).toBe(16.73);
    expect(sheetsRound(1.005, 2)).toBe(1.01);
    expect(sheetsRound(-2.675, 2)).toBe(-2.68);
    expect(sheetsRound(1234.5678, -2)).toBe(1200);
    expect(sheetsRound(0.1 + 0.2, 1)).toBe(0.3);
    expect(sheetsRound(-0.004, 2)).toBe(0);
  });

  it("the team's average of the engage pillars 17.6, 16.5, 17.2 and 15.6 is 16.73 in the sheet and the domain", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    for (const name of ["Jan", "Lena", "Tom"])
      expect(addon.callFromClient("saveProfile", [{ name }]).error).toBeUndefined();
    const form = addon.callFromClient("getSettingsForm", []).result as SettingsForm;
    [17.6, 16.5, 17.2, 15.6].forEach((engage, i) => {
      const answer = addon.callFromClient("saveEntry", [
        {
          language: "en",
          year: 2026,
          month: 11,
          values: {},
          reading: { date: "2026-11-16", brand: 20, findPeople: 21.16, engage, relationships: 25 },
          profile: form.profiles[i],
        },
      ]);
      expect((answer.result as { ok: boolean }).ok).toBe(true);
    });
    addon.call("buildTeamSheet");
    const rows = addon.standIn.sheet("Team 2026").getDataRange().getValues();
    const header = rows[3] as unknown[];
    const average = rows.find((r) => r[0] === "Team average") as unknown[];
    const engage = average[header.indexOf("Engage with insights")];
    expect(engage).toBe(16.73);
    expect(round((17.6 + 16.5 + 17.2 + 15.6) / 4, 2)).toBe(engage);
  });
});

describe("gaps that do not look like errors", () => {
  it("shows no #N/A on any sheet of the demo in the default black, and keeps the figures beside them as they were", () => {
    const addon = demoAddon(NOV_23_2026);
    const wb = addon.standIn.workbook;
    const gaps: string[] = [];
    let muted = 0;
    for (const sheet of wb.sheets())
      for (let r = 1; r <= wb.lastRow(sheet); r++)
        for (let c = 1; c <= wb.lastColumn(sheet); c++) {
          const shown = wb.shownStyle(sheet, r, c);
          if (wb.display(sheet, r, c) !== "#N/A") {
            if (shown.color === "#c8c8c8") gaps.push(`${sheet.name} ${r},${c} muted but a figure`);
            continue;
          }
          if (shown.color === "#c8c8c8") muted++;
          else gaps.push(`${sheet.name} ${r},${c}: ${shown.color ?? "black"}`);
        }
    expect(gaps).toEqual([]);
    expect(muted).toBeGreaterThan(20);
  }, 60_000);

  it("moves a rule's relative references to each cell, leaving anchors, functions and text alone", () => {
    expect(shiftRelative('=AND(ISNA(B14),N("ssi-kpi")=0)', 2, 3)).toBe(
      '=AND(ISNA(E16),N("ssi-kpi")=0)',
    );
    expect(shiftRelative("=$B$5>0+B$5+$B5+'KPI 2026'!Z9", 1, 1)).toBe(
      "=$B$5>0+C$5+$B6+'KPI 2026'!AA10",
    );
    expect(shiftRelative("=LOG10(A1)", 1, 0)).toBe("=LOG10(A2)");
  });
});
