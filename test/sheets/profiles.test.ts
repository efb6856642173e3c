/** Several profiles in one spreadsheet and the team sheet that ranks them, through the built bundle. */
import { describe, expect, it } from "vitest";
import { messages } from "../../src/domain/i18n";
import { round } from "../../src/domain/numbers";
import { gap, type PillarScores, tier, total, weakestPillar } from "../../src/domain/ssi";
import { columnLetter } from "../../src/plan/a1";
import type { SettingsForm } from "../../src/plan/entryForm";
import { monthColumn } from "../../src/plan/layout";
import { finishWork, freshAddon, rowOfKey, typeAt, valueAt } from "../support/addon";

type Addon = ReturnType<typeof freshAddon>;

/** Seed 002's consultancy: executives with find people 21.16 and 21, engage 16.95, relationships 25. */
const EXECUTIVES: { name: string; target: number; readings: [string, PillarScores][] }[] = [
  {
    name: "Ana Ruiz",
    target: 80,
    readings: [
      ["2026-10-12", [20.1, 21.16, 16.95, 23.4]],
      ["2026-11-16", [21.9, 22.4, 17.6, 25]],
    ],
  },
  {
    name: "Jan Kowalski",
    target: 70,
    readings: [
      ["2026-10-05", [15.2, 21, 14.1, 20.5]],
      ["2026-11-09", [12.5, 21, 16.74, 16.75]],
    ],
  },
  {
    name: "Lena Schmidt",
    target: 85,
    readings: [
      ["2026-09-14", [18, 19.5, 16.95, 22]],
      ["2026-11-02", [19.4, 21.16, 16.95, 25]],
    ],
  },
  {
    name: "Tom Baker",
    target: 90,
    readings: [["2026-11-20", [16.4, 21, 12.3, 18.8]]],
  },
];

function ok(addon: Addon, fn: string, input: unknown): string {
  const answer = addon.callFromClient(fn, [input]);
  expect(answer.error).toBeUndefined();
  const result = answer.result as { ok: boolean; message: string; errors?: unknown };
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  return result.message;
}

function settingsForm(addon: Addon): SettingsForm {
  return addon.callFromClient("getSettingsForm", []).result as SettingsForm;
}

/** A spreadsheet with the four executives, each with their readings and a month's figures entered. */
function consultancy(locale?: string): { addon: Addon; ids: string[] } {
  const addon = freshAddon(locale ? { locale } : {});
  addon.call("buildDashboard");
  const [first, ...others] = EXECUTIVES;
  ok(addon, "saveSettings", { profileName: first!.name, totalTarget: first!.target });
  for (const e of others) ok(addon, "saveProfile", { name: e.name, totalTarget: e.target });
  const ids = settingsForm(addon).profiles.map((p) => p.id);
  EXECUTIVES.forEach((e, i) => {
    const profile = { id: ids[i]!, name: e.name };
    for (const [date, [brand, findPeople, engage, relationships]] of e.readings)
      ok(addon, "saveEntry", {
        language: "en",
        profile,
        year: 2026,
        month: Number(date.slice(5, 7)),
        values: { meetings: String(i + 2) },
        reading: { date, brand, findPeople, engage, relationships },
      });
  });
  return { addon, ids };
}

const KPI = (name: string) => (name === "Ana Ruiz" ? "KPI 2026" : `KPI 2026 · ${name}`);
const TEAM = "Team 2026";

/** The team sheet's rows as label → the row's values. */
function teamRows(addon: Addon): Map<string, unknown[]> {
  const values = addon.standIn.sheet(TEAM).getDataRange().getValues();
  const end = values.findIndex((row) => row[0] === "Team median");
  return new Map(values.slice(4, end + 1).map((row) => [String(row[0]), row]));
}

describe("profiles", () => {
  it("each profile gets its own dashboard, log and charts, and a month saved goes to its own sheet", () => {
    const { addon } = consultancy();
    const names = addon.standIn.workbook.state.sheets.map((s) => s.name);
    for (const e of EXECUTIVES.slice(1))
      expect(names).toEqual(
        expect.arrayContaining([KPI(e.name), `SSI log · ${e.name}`, `Charts · ${e.name}`]),
      );
    expect(valueAt(addon, KPI("Jan Kowalski"), "metric:meetings", "N")).toBe(3);
    expect(valueAt(addon, KPI("Jan Kowalski"), "ssi:total", "O")).toBe(
      total([12.5, 21, 16.74, 16.75]),
    );
    expect(valueAt(addon, KPI("Ana Ruiz"), "ssi:total", "O")).toBe(total([21.9, 22.4, 17.6, 25]));
    expect(valueAt(addon, KPI("Tom Baker"), "ssi:total", "D")).toBe(90);
    expect(String(valueAt(addon, KPI("Lena Schmidt"), "subtitle", "B"))).toContain("Lena Schmidt");
  });

  it("the team sheet's figures match the domain's own computation for every profile", () => {
    const { addon } = consultancy();
    addon.call("buildTeamSheet");
    const rows = teamRows(addon);
    const ssiOf = (e: (typeof EXECUTIVES)[number]) => total(e.readings.at(-1)![1]);
    const ranked = [...EXECUTIVES].sort((a, b) => ssiOf(b) - ssiOf(a));
    for (const e of EXECUTIVES) {
      const [latestDay, pillars] = e.readings.at(-1)!;
      const ssi = total(pillars);
      const row = rows.get(e.name)!;
      expect(row.slice(2, 7)).toEqual([ssi, ...pillars]);
      expect(row[7]).toBe(e.target);
      expect(row[8]).toBe(gap(ssi, e.target));
      expect(row[9]).toBe(messages("en").tiers[tier(ssi)]);
      expect(row[10]).toBe(messages("en").pillars[weakestPillar(pillars)]);
      // Change in a month: only when the month before the latest has a reading too.
      const previous = e.readings.find(
        ([d]) => Number(d.slice(5, 7)) === Number(latestDay.slice(5, 7)) - 1,
      );
      expect(row[11]).toBe(previous ? round(ssi - total(previous[1]), 2) : "");
      const onTarget = e.readings.filter(([, p]) => total(p) >= e.target).length;
      expect(row[12]).toBe(onTarget);
      // No followers or impressions typed for the executives: blank, never 0.
      expect(row.slice(13, 15)).toEqual(["", ""]);
      expect(row[15]).toBe(ranked.indexOf(e) + 1);
      expect(row[1]).toBeInstanceOf(Date);
    }
    const all = EXECUTIVES.map(ssiOf);
    // Rounded as Sheets rounds: the decimal the average reads as (76.225 → 76.23).
    expect(rows.get("Team average")?.[2]).toBe(
      round(all.reduce((a, b) => a + b, 0) / all.length, 2),
    );
    const sorted = [...all].sort((a, b) => a - b);
    expect(rows.get("Team median")?.[2]).toBe(round((sorted[1]! + sorted[2]!) / 2, 2));
    expect(addon.standIn.sheet(TEAM).getCharts()).toHaveLength(2);
  });

  it("moves at once when a value is typed in a profile's sheet", () => {
    const { addon } = consultancy();
    addon.call("buildTeamSheet");
    const log = addon.standIn.sheet("SSI log · Tom Baker");
    // Tom types a better reading straight into his log, as a user would.
    log.getRange(3, 1, 1, 5).setValues([["2026-11-21", 24, 24, 24, 24]]);
    expect(teamRows(addon).get("Tom Baker")?.[2]).toBe(96);
    expect(teamRows(addon).get("Tom Baker")?.[15]).toBe(1);
  });

  it("keeps the headers wrapped in their columns when the team sheet is refreshed", () => {
    const { addon } = consultancy();
    addon.call("buildTeamSheet");
    addon.call("buildTeamSheet");
    const wb = addon.standIn.workbook;
    const team = wb.sheetByName(TEAM)!;
    // Sheet.clear() takes the wrapping with the formats: the refresh must set it again.
    expect([2, 3, 4, 5].map((col) => wb.style(team, 4, col).wrap)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(wb.style(team, 1, 1).wrap).toBeFalsy();
  });

  it("colours a profile below target and a drop of 5 points or more in a month", () => {
    const { addon } = consultancy();
    addon.call("buildTeamSheet");
    const rules = addon.standIn.sheet(TEAM).getConditionalFormatRules();
    const formulas = rules.map((r) => r.getBooleanCondition()?.getCriteriaValues()[0]);
    expect(formulas.some((f) => /I5>0/.test(String(f)))).toBe(true);
    expect(formulas.some((f) => /L5<=-5/.test(String(f)))).toBe(true);
    // Jan's SSI fell from 70.8 to 66.99: −3.81, not a drop of 5.
    expect(teamRows(addon).get("Jan Kowalski")?.[11]).toBe(-3.81);
  });

  it("archiving hides a profile's sheets and takes it off the team sheet; restoring brings it all back", () => {
    const { addon, ids } = consultancy();
    addon.call("buildTeamSheet");
    const lena = KPI("Lena Schmidt");
    const before = addon.standIn.sheet(lena).getDataRange().getValues();
    expect(ok(addon, "saveProfile", { id: ids[2], archived: true })).toBe(
      "“Lena Schmidt” archived: its sheets are hidden and it is out of the team sheet. Nothing was deleted.",
    );
    expect(addon.standIn.sheet(lena).isSheetHidden()).toBe(true);
    expect(addon.standIn.sheet("SSI log · Lena Schmidt").isSheetHidden()).toBe(true);
    expect(teamRows(addon).has("Lena Schmidt")).toBe(false);
    ok(addon, "saveProfile", { id: ids[2], archived: false });
    expect(addon.standIn.sheet(lena).isSheetHidden()).toBe(false);
    expect(addon.standIn.sheet(lena).getDataRange().getValues()).toEqual(before);
    expect(teamRows(addon).get("Lena Schmidt")?.[2]).toBe(total([19.4, 21.16, 16.95, 25]));
  });

  it("renaming a profile renames its sheets and keeps every value", () => {
    const { addon, ids } = consultancy();
    const before = addon.standIn.sheet(KPI("Jan Kowalski")).getDataRange().getValues();
    ok(addon, "saveProfile", { id: ids[1], name: "Jan K." });
    const names = addon.standIn.workbook.state.sheets.map((s) => s.name);
    expect(names).toContain("KPI 2026 · Jan K.");
    expect(names).not.toContain(KPI("Jan Kowalski"));
    const after = addon.standIn.sheet("KPI 2026 · Jan K.").getDataRange().getValues();
    // Every row as it was, but the name the summary gives a manager's team sheet.
    const nameRow = rowOfKey(addon, "KPI 2026 · Jan K.", "summary:name") - 1;
    expect(after[nameRow]?.[3]).toBe("Jan K.");
    expect(before[nameRow]?.[3]).toBe("Jan Kowalski");
    const rest = (grid: unknown[][]) => grid.filter((_, i) => i >= 3 && i !== nameRow);
    expect(rest(after)).toEqual(rest(before));
    expect(valueAt(addon, "KPI 2026 · Jan K.", "ssi:total", "O")).toBe(66.99);
  });

  it("removing for good needs the name typed, then deletes the profile's sheets", () => {
    const { addon, ids } = consultancy();
    const wrong = addon.callFromClient("removeProfile", [{ id: ids[3], confirm: "tom" }]);
    expect(wrong.result).toEqual({
      ok: false,
      message: "Type the profile's name, “Tom Baker”, exactly as shown to remove it.",
    });
    expect(addon.standIn.workbook.sheetByName(KPI("Tom Baker"))).not.toBeNull();
    ok(addon, "removeProfile", { id: ids[3], confirm: "Tom Baker" });
    const names = addon.standIn.workbook.state.sheets.map((s) => s.name);
    expect(names.filter((n) => n.includes("Tom Baker"))).toEqual([]);
    expect(settingsForm(addon).profiles.map((p) => p.name)).toEqual([
      "Ana Ruiz",
      "Jan Kowalski",
      "Lena Schmidt",
    ]);
  });

  it("refuses a second profile of the same name, a bad address, a 31st profile, and archiving the last active one", () => {
    const { addon, ids } = consultancy("de_DE");
    const refuse = (input: Record<string, unknown>) =>
      (
        addon.callFromClient("saveProfile", [{ language: "de", ...input }]).result as {
          errors: Record<string, string>;
        }
      ).errors;
    expect(refuse({ name: "ana ruiz" }).name).toBe("Es gibt bereits ein Profil namens „ana ruiz“.");
    expect(refuse({ name: "Eva", url: "linkedin.com/company/x" }).url).toContain(
      "ist keine LinkedIn-Profiladresse",
    );
    for (let i = 5; i <= 30; i++) ok(addon, "saveProfile", { name: `Rep ${i}` });
    expect(refuse({ name: "Rep 31" }).name).toBe(
      "Eine Tabelle fasst höchstens 30 Profile. Archivieren oder entfernen Sie zuerst eines.",
    );
    for (const id of settingsForm(addon)
      .profiles.slice(1)
      .map((p) => p.id))
      ok(addon, "saveProfile", { id, archived: true });
    expect(refuse({ id: ids[0], archived: true }).archived).toBe(
      "Mindestens ein Profil muss aktiv bleiben.",
    );
  });

  it("a language change and a new year keep every profile's data", () => {
    const { addon } = consultancy();
    addon.call("buildTeamSheet");
    ok(addon, "saveSettings", { language: "es" });
    finishWork(addon);
    for (const e of EXECUTIVES)
      expect(valueAt(addon, KPI(e.name), "ssi:total", "O")).toBe(
        e.readings.some(([d]) => d.startsWith("2026-11")) ? total(e.readings.at(-1)![1]) : "",
      );
    expect(addon.standIn.workbook.sheetByName("Equipo 2026")).not.toBeNull();
    addon.call("newYear");
    finishWork(addon);
    for (const e of EXECUTIVES) {
      expect(
        addon.standIn.workbook.sheetByName(KPI(e.name).replace("2026", "2027")),
      ).not.toBeNull();
      expect(
        valueAt(addon, KPI(e.name), "metric:meetings", columnLetter(monthColumn(11))),
      ).not.toBe(undefined);
      expect(valueAt(addon, KPI(e.name).replace("2026", "2027"), "ssi:total", "D")).toBe(e.target);
    }
  });

  it("New month moves every active profile on together; archived ones stay as they were", () => {
    const { addon, ids } = consultancy();
    ok(addon, "saveProfile", { id: ids[3], archived: true });
    addon.setToday(new Date(Date.UTC(2026, 11, 1, 12)));
    addon.call("newMonth");
    finishWork(addon);
    for (const e of EXECUTIVES.slice(0, 3))
      expect(addon.standIn.range(`'${KPI(e.name)}'!P4`).getBackground()).toBe("#f5b400");
    expect(addon.standIn.range(`'${KPI("Tom Baker")}'!P4`).getBackground()).not.toBe("#f5b400");
    expect(valueAt(addon, KPI("Lena Schmidt"), "ssi:total", "O")).toBe(
      total([19.4, 21.16, 16.95, 25]),
    );
  });

  it("opens a spreadsheet made before profiles as one profile, with nothing moved or lost", () => {
    const addon = freshAddon();
    const props = addon.standIn.workbook.state.properties.document;
    props.settings = JSON.stringify({
      language: "en",
      profileName: "Ana Ruiz",
      totalTarget: 85,
      carryForward: true,
      current: { year: 2026, month: 11 },
    });
    addon.call("buildDashboard");
    typeAt(addon, "KPI 2026", "metric:profile_views", "O", 120);
    const before = addon.standIn.sheet("KPI 2026").getDataRange().getValues();
    const form = settingsForm(addon);
    expect(form.profiles).toEqual([
      { id: "main", name: "Ana Ruiz", url: "", totalTarget: 85, archived: false },
    ]);
    addon.call("buildDashboard");
    expect(addon.standIn.sheet("KPI 2026").getDataRange().getValues()).toEqual(before);
    expect(valueAt(addon, "KPI 2026", "ssi:total", "D")).toBe(85);
  });

  it("a month saved for a profile costs at most 12 calls; the team sheet at most 30 for 1, 4 or 30 profiles", () => {
    const { addon, ids } = consultancy();
    addon.standIn.counter.reset();
    ok(addon, "saveEntry", {
      language: "en",
      profile: { id: ids[2], name: "Lena Schmidt" },
      year: 2026,
      month: 11,
      values: { meetings: "4" },
      reading: null,
    });
    expect(addon.standIn.counter.total).toBeLessThanOrEqual(12);
    const teamCalls = (count: number) => {
      const a = freshAddon();
      a.call("buildDashboard");
      for (let i = 2; i <= count; i++) ok(a, "saveProfile", { name: `Rep ${i}` });
      a.call("buildTeamSheet");
      a.standIn.counter.reset();
      a.call("buildTeamSheet");
      return a.standIn.counter.total;
    };
    const one = teamCalls(1);
    expect(teamCalls(4)).toBe(one);
    expect(teamCalls(30)).toBe(one);
    expect(one).toBeLessThanOrEqual(30);
    expect(rowOfKey(addon, KPI("Lena Schmidt"), "metric:meetings")).toBeGreaterThan(0);
  }, 120_000);
});

describe("an unnamed first profile", () => {
  it("is “My LinkedIn profile” in the user's language on the team sheet and in the pickers, until it is named", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    ok(addon, "saveProfile", { name: "Jan Kowalski", totalTarget: 80 });
    addon.call("buildTeamSheet");
    const names = (sheet: string) =>
      addon.standIn
        .sheet(sheet)
        .getDataRange()
        .getValues()
        .map((row) => row[0]);
    expect(names("Team 2026")).toContain("My LinkedIn profile");
    expect(names("Team 2026")).toContain("Jan Kowalski");
    const form = addon.callFromClient("getEntryForm", []).result as {
      profiles: { name: string }[];
    };
    expect(form.profiles.map((p) => p.name)).toEqual(["My LinkedIn profile", "Jan Kowalski"]);
    ok(addon, "saveSettings", { language: "es" });
    addon.call("buildTeamSheet");
    expect(names("Equipo 2026")).toContain("Mi perfil de LinkedIn");
    ok(addon, "saveSettings", { language: "en", profileName: "Ana Ruiz" });
    addon.call("buildTeamSheet");
    expect(names("Team 2026")).toContain("Ana Ruiz");
    expect(names("Team 2026")).not.toContain("My LinkedIn profile");
  });
});
