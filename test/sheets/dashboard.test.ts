/** Build or refresh dashboard, through the built bundle on the stand-in. */
import { describe, expect, it } from "vitest";
import { METRICS } from "../../src/domain/catalog";
import type { SettingsForm } from "../../src/plan/entryForm";
import { freshAddon, logReading, MONTH, ok, rowOfKey, typeAt, valueAt } from "../support/addon";

const KPI = "KPI 2026";

function built(options: Parameters<typeof freshAddon>[0] = {}) {
  const addon = freshAddon(options);
  addon.call("buildDashboard");
  return addon;
}

describe("the dashboard template", () => {
  it("lists the 5 blocks and 18 metrics in order, each with its LinkedIn link", () => {
    const addon = built();
    const keys = addon.standIn
      .sheet(KPI)
      .getRange("A1:A60")
      .getValues()
      .map((r) => r[0]);
    expect(keys.filter((k) => String(k).startsWith("block:"))).toEqual([
      "block:branding",
      "block:network",
      "block:interaction",
      "block:engagement",
      "block:presale",
    ]);
    expect(keys.filter((k) => String(k).startsWith("metric:"))).toEqual(
      METRICS.map((m) => `metric:${m.id}`),
    );
    const views = rowOfKey(addon, KPI, "metric:profile_views");
    expect(addon.standIn.range(`'${KPI}'!C${views}`).getFormula()).toBe(
      '=HYPERLINK("https://www.linkedin.com/me/profile-views/","Open on LinkedIn")',
    );
    expect(addon.standIn.range(`'${KPI}'!B${views}`).getValue()).toBe("Profile views");
  });

  it("has a column per month and the year's total, with the current month highlighted", () => {
    const addon = built();
    const header = addon.standIn.sheet(KPI).getRange("B4:Q4").getValues()[0];
    expect(header?.slice(3)).toEqual([
      "Jan 2026",
      "Feb 2026",
      "Mar 2026",
      "Apr 2026",
      "May 2026",
      "Jun 2026",
      "Jul 2026",
      "Aug 2026",
      "Sep 2026",
      "Oct 2026",
      "Nov 2026",
      "Dec 2026",
      "Year 2026",
    ]);
    expect(addon.standIn.range(`'${KPI}'!O4`).getBackground()).toBe("#f5b400");
    expect(addon.standIn.range(`'${KPI}'!N4`).getBackground()).toBe("#0a66c2");
    const sheet = addon.standIn.sheet(KPI);
    expect(sheet.getFrozenRows()).toBe(4);
    expect(sheet.isColumnHiddenByUser(1)).toBe(true);
  });

  it("adds up each metric's year by its kind: flows sum, stocks take the latest, rates average, levels the latest", () => {
    const addon = built();
    typeAt(addon, KPI, "metric:profile_views", MONTH.jan, 100);
    typeAt(addon, KPI, "metric:profile_views", MONTH.feb, 50);
    typeAt(addon, KPI, "metric:first_degree", MONTH.jan, 700);
    typeAt(addon, KPI, "metric:first_degree", MONTH.mar, 760);
    typeAt(addon, KPI, "metric:updates_per_week", MONTH.jan, 2);
    typeAt(addon, KPI, "metric:updates_per_week", MONTH.feb, 3);
    typeAt(addon, KPI, "metric:profile_level", MONTH.jan, "Intermediate");
    typeAt(addon, KPI, "metric:profile_level", MONTH.feb, "All-Star");
    expect(valueAt(addon, KPI, "metric:profile_views", MONTH.year)).toBe(150);
    expect(valueAt(addon, KPI, "metric:first_degree", MONTH.year)).toBe(760);
    expect(valueAt(addon, KPI, "metric:updates_per_week", MONTH.year)).toBe(2.5);
    expect(valueAt(addon, KPI, "metric:profile_level", MONTH.year)).toBe("All-Star");
    expect(valueAt(addon, KPI, "metric:total_reach", MONTH.year)).toBe("");
  });

  it("shows each block's share of targets met, month by month: never a stock added to a flow", () => {
    const addon = built();
    // Targets in column D: 1st-degree (a stock) and network growth (a flow) each against its own.
    typeAt(addon, KPI, "metric:first_degree", "D", 720);
    typeAt(addon, KPI, "metric:network_growth", "D", 30);
    typeAt(addon, KPI, "metric:requests_sent_target", "D", 30);
    typeAt(addon, KPI, "metric:requests_received", "D", 20);
    typeAt(addon, KPI, "metric:first_degree", MONTH.jan, 700);
    typeAt(addon, KPI, "metric:second_degree", MONTH.jan, 25000);
    typeAt(addon, KPI, "metric:network_growth", MONTH.jan, 40);
    typeAt(addon, KPI, "metric:first_degree", MONTH.feb, 740);
    typeAt(addon, KPI, "metric:network_growth", MONTH.feb, 40);
    typeAt(addon, KPI, "metric:requests_sent_target", MONTH.jan, 40);
    typeAt(addon, KPI, "metric:requests_received", MONTH.jan, 12);
    typeAt(addon, KPI, "metric:requests_sent_target", MONTH.feb, 25);
    // January: growth met, 700 < 720 not; 2nd degree has no target and is not counted.
    expect(valueAt(addon, KPI, "total:network", MONTH.jan)).toBe(0.5);
    expect(valueAt(addon, KPI, "total:network", MONTH.feb)).toBe(1);
    expect(valueAt(addon, KPI, "total:network", MONTH.year)).toBe(0.75);
    expect(valueAt(addon, KPI, "total:interaction", MONTH.jan)).toBe(0.5);
    expect(valueAt(addon, KPI, "total:interaction", MONTH.feb)).toBe(0);
    expect(valueAt(addon, KPI, "total:interaction", MONTH.year)).toBe(0.25);
    // No target, or no figure: blank, not 0 %.
    expect(valueAt(addon, KPI, "total:presale", MONTH.jan)).toBe("");
    expect(valueAt(addon, KPI, "total:network", MONTH.mar)).toBe("");
    const row = rowOfKey(addon, KPI, "total:network");
    expect(addon.standIn.range(`'${KPI}'!E${row}`).getDisplayValue()).toBe("50%");
  });

  it("takes the SSI's target from the SSI total's: one figure, on the dashboard and in Settings", () => {
    const addon = built();
    typeAt(addon, KPI, "ssi:total", "D", 75);
    logReading(addon, "2026-01-12", [20, 20, 18, 17]);
    expect(valueAt(addon, KPI, "metric:ssi", "D")).toBe(75);
    expect(valueAt(addon, KPI, "total:branding", MONTH.jan)).toBe(1);
    const target = () =>
      (addon.callFromClient("getSettingsForm", []).result as SettingsForm).profiles[0]?.totalTarget;
    expect(target()).toBe(75);
    ok(addon, "saveProfile", { id: "main", name: "Jan Kowalski", totalTarget: 70 });
    expect(valueAt(addon, KPI, "ssi:total", "D")).toBe(70);
    expect(target()).toBe(70);
  });
});

describe("the SSI section", () => {
  it("gives the articles' gaps: 3.3, 3.84, 8.05, 9.6 against 25 and 13.01 against 80", () => {
    const addon = built();
    logReading(addon, "2026-10-12", [21.7, 21.16, 16.95, 15.4], [24, 48]);
    logReading(addon, "2026-11-09", [12.5, 21, 16.74, 16.75]);
    expect(
      ["gap:brand", "gap:findPeople", "gap:engage", "gap:relationships"].map((k) =>
        valueAt(addon, KPI, k, MONTH.oct),
      ),
    ).toEqual([3.3, 3.84, 8.05, 9.6]);
    expect(valueAt(addon, KPI, "ssi:total", MONTH.nov)).toBe(66.99);
    expect(valueAt(addon, KPI, "gap:total", MONTH.nov)).toBe(13.01);
    expect(valueAt(addon, KPI, "metric:ssi", MONTH.nov)).toBe(66.99);
    expect(valueAt(addon, KPI, "ssi:total", MONTH.year)).toBe(66.99);
  });

  it("shows the tier, the weakest pillar and its next actions, and the comparison to averages", () => {
    const addon = built();
    logReading(addon, "2026-10-12", [21.7, 21.16, 16.95, 15.4], [24, 48, 3, 12]);
    expect(valueAt(addon, KPI, "ssi:total", MONTH.oct)).toBe(75.21);
    expect(valueAt(addon, KPI, "tier", MONTH.oct)).toBe("LinkedIn leader (70+)");
    expect(valueAt(addon, KPI, "weakest", MONTH.oct)).toBe("Build relationships");
    expect(String(valueAt(addon, KPI, "next", MONTH.oct))).toContain("VP level");
    expect(valueAt(addon, KPI, "diff:industry", MONTH.oct)).toBe(51.21);
    expect(valueAt(addon, KPI, "diff:network", MONTH.oct)).toBe(27.21);
    expect(valueAt(addon, KPI, "rank:industry", MONTH.oct)).toBe(3);
    expect(valueAt(addon, KPI, "tier", MONTH.nov)).toBe("");
  });

  it("takes a month's SSI from its latest reading in the log", () => {
    const addon = built();
    logReading(addon, "2026-11-02", [12.5, 21, 0, 0]);
    logReading(addon, "2026-11-16", [12.5, 21, 16.74, 16.75]);
    logReading(addon, "2026-11-09", [20, 20, 20, 20]);
    expect(valueAt(addon, KPI, "ssi:total", MONTH.nov)).toBe(66.99);
    // Sheets hands a day cell over as midnight in the spreadsheet's zone (Warsaw here).
    expect(valueAt(addon, KPI, "reading", MONTH.nov)).toEqual(new Date("2026-11-15T23:00:00Z"));
  });

  it("leaves a reading dated after today for its day: marked in the log, ignored until then", () => {
    const addon = built();
    logReading(addon, "2026-11-16", [12.5, 21, 16.74, 16.75]);
    // Today is 23 November: a reading typed for the 30th waits.
    logReading(addon, "2026-11-30", [1, 1, 1, 1]);
    expect(valueAt(addon, KPI, "ssi:total", MONTH.nov)).toBe(66.99);
    const log = addon.standIn.sheet("SSI log");
    // A cell without a colour of its own shows white, as one painted white does.
    const shown = (row: number) =>
      addon.standIn.workbook.shownStyle(log.state, row, 1).bg ?? "#ffffff";
    expect(shown(2)).toBe("#ffffff");
    expect(shown(3)).toBe("#fde7c8");
    expect(log.getRange("L1").getNote()).toContain("after it shows in orange");
    addon.setToday(new Date("2026-11-30T08:00:00Z"));
    expect(valueAt(addon, KPI, "ssi:total", MONTH.nov)).toBe(4);
    expect(shown(3)).toBe("#ffffff");
  });

  it("recomputes gaps when the user types a new target", () => {
    const addon = built();
    logReading(addon, "2026-11-16", [12.5, 21, 16.74, 16.75]);
    typeAt(addon, KPI, "ssi:total", MONTH.target, 70);
    expect(valueAt(addon, KPI, "gap:total", MONTH.nov)).toBe(3.01);
    typeAt(addon, KPI, "pillar:brand", MONTH.target, 20);
    expect(valueAt(addon, KPI, "gap:brand", MONTH.nov)).toBe(7.5);
  });
});

describe("data validation", () => {
  it("rejects text, negative counts and pillars above 25 with a clear help text", () => {
    const addon = built();
    expect(typeAt(addon, KPI, "metric:profile_views", MONTH.jan, "many").rejected).toBe(
      "Enter a whole number of 0 or more.",
    );
    expect(typeAt(addon, KPI, "metric:profile_views", MONTH.jan, -3).rejected).toBe(
      "Enter a whole number of 0 or more.",
    );
    expect(typeAt(addon, KPI, "pillar:brand", MONTH.target, 30).rejected).toBe(
      "Enter a pillar score from 0 to 25 (decimals allowed).",
    );
    expect(typeAt(addon, KPI, "metric:profile_level", MONTH.jan, "Guru").rejected).toBe(
      "Pick a profile level from the list: Beginner, Intermediate, Advanced, Expert, All-Star.",
    );
    addon.call("buildDashboard");
    const log = addon.standIn.typeInto("'SSI log'!B2", 26);
    expect(log.rejected).toBe("Enter a pillar score from 0 to 25 (decimals allowed).");
  });

  it("keeps a value that breaks validation as typed on rebuild, and says where it is", () => {
    const addon = built();
    const row = rowOfKey(addon, KPI, "metric:meetings");
    const cell = addon.standIn.range(`'${KPI}'!E${row}`);
    // Sheets refuses it while the rule is there, from a person or a script alike.
    expect(() => cell.setValue("lots")).toThrow(/violates the data validation rules/);
    // Typed in while the rule was removed by hand (or pasted over it):
    cell.clearDataValidations().setValue("lots");
    addon.call("buildDashboard");
    expect(cell.getValue()).toBe("lots");
    // The rule comes back as a warning there, so the value is neither lost nor refused.
    expect(cell.getDataValidation()?.getAllowInvalid()).toBe(true);
    const toast = addon.standIn.ctx.ui.filter((e) => e.kind === "toast").at(-1);
    expect(toast?.message).toContain(`E${row}`);
  });

  it("protects formula cells with a warning only, leaving input cells free", () => {
    const addon = built();
    const [protection] = addon.standIn.sheet(KPI).state.protections;
    expect(protection?.warningOnly).toBe(true);
    expect(protection?.unprotected.length).toBeGreaterThan(18);
  });
});

describe("formulas that fit one cell", () => {
  it("never give INDEX a column that can be 0 (a whole row, which spills in Sheets)", () => {
    const addon = built();
    const formulas = addon.standIn.sheet(KPI).getDataRange().getFormulas().flat();
    const risky = formulas.filter((f) => /INDEX\([^,]+,1,MAXIFS\(/.test(f));
    expect(risky).toEqual([]);
    expect(formulas.filter((f) => /INDEX\([^,]+,1,MATCH\(MAXIFS\(/.test(f)).length).toBeGreaterThan(
      0,
    );
  });

  it("shows an empty year for a stock whose months hold only a kept invalid value", () => {
    const addon = built();
    const row = rowOfKey(addon, KPI, "metric:first_degree");
    addon.standIn.range(`'${KPI}'!E${row}`).clearDataValidations().setValue(-5);
    addon.call("buildDashboard");
    expect(addon.standIn.range(`'${KPI}'!Q${row}`).getValue()).toBe("");
  });
});

describe("named ranges and conditional colours", () => {
  it("names each block and metric row, for users' own formulas", () => {
    const addon = built();
    typeAt(addon, KPI, "metric:profile_views", MONTH.jan, 100);
    typeAt(addon, KPI, "metric:profile_views", MONTH.feb, 20);
    const sheet = addon.standIn.sheet("Sheet1");
    sheet.getRange("A1").setValue("=SUM(KPI_2026_profile_views)");
    expect(sheet.getRange("A1").getValue()).toBe(120);
    const names = addon.standIn.workbook.state.namedRanges.map((n) => n.name);
    expect(names).toContain("KPI_2026_branding");
    expect(names).toContain("KPI_2026_ssi_section");
    expect(names.filter((n) => n.startsWith("KPI_2026_"))).toHaveLength(18 + 5 + 1);
  });

  it("colours months that meet or miss their target, and open gaps", () => {
    const addon = built();
    const rules = addon.standIn.sheet(KPI).state.cfRules;
    expect(rules.map((r) => r.background)).toEqual(["#d9ead3", "#f4cccc", "#d9ead3", "#fce5cd"]);
    expect(rules[0]?.formula).toBe(`=AND(ISNUMBER(E6),ISNUMBER($D6),E6>=$D6,N("ssi-kpi")=0)`);
  });
});

describe("languages", () => {
  it.each([
    [
      "es_ES",
      "Cuadro de mando de Social Selling 2026",
      "Visitas al perfil",
      "Registro SSI",
      "Brecha: Crear relaciones",
    ],
    [
      "de_DE",
      "Social-Selling-KPI-Dashboard 2026",
      "Profilaufrufe",
      "SSI-Verlauf",
      "Lücke: Beziehungen aufbauen",
    ],
    [
      "pl_PL",
      "Pulpit KPI social sellingu 2026",
      "Wyświetlenia profilu",
      "Dziennik SSI",
      "Luka: Rozwój relacji",
    ],
  ])(
    "builds the dashboard in the spreadsheet's language (%s)",
    (locale, title, views, log, gap) => {
      const addon = built({ locale });
      expect(valueAt(addon, KPI, "title", "B")).toBe(title);
      expect(valueAt(addon, KPI, "metric:profile_views", "B")).toBe(views);
      expect(valueAt(addon, KPI, "gap:relationships", "B")).toBe(gap);
      expect(addon.standIn.workbook.sheetByName(log)).not.toBeNull();
    },
  );
});
