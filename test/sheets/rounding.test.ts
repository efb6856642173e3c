/** Half-way figures round as Sheets rounds them: the decimal a value reads as, not its binary neighbour. */
import { describe, expect, it } from "vitest";
import { sheetsRound } from "../../dev/standin/workbook";
import { round } from "../../src/domain/numbers";
import type { SettingsForm } from "../../src/plan/entryForm";
import { freshAddon } from "../support/addon";

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
