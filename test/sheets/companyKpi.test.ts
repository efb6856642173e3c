/**
 * Chosen metrics, own metrics and the company Social Selling KPI, through the built bundle: the sheet's
 * formulas, =SOCIAL_KPI() and the domain code agree on seed 004's worked example.
 */
import { describe, expect, it } from "vitest";
import { ESSENTIAL_METRICS, METRIC_IDS } from "../../src/domain/catalog";
import { type CompanyKpi, kpiOfMonth } from "../../src/domain/companyKpi";
import type { EntryForm } from "../../src/plan/entryForm";
import type { MetricsForm } from "../../src/plan/metricsForm";
import {
  demoAddon,
  freshAddon,
  leadsInNovember,
  NOV_23_2026,
  ok,
  rowOfKey,
  typeAt,
  valueAt,
} from "../support/addon";

type Addon = ReturnType<typeof freshAddon>;
const KPI = "KPI 2026";

function answer(addon: Addon, fn: string, input?: unknown) {
  const reply = addon.callFromClient(fn, input === undefined ? [] : [input]);
  expect(reply.error).toBeUndefined();
  return reply.result as { ok: boolean; message: string; errors?: Record<string, string> };
}

function form(addon: Addon): MetricsForm {
  return answer(addon, "getMetricsForm") as unknown as MetricsForm;
}

function entryFields(addon: Addon): string[] {
  const f = addon.callFromClient("getEntryForm", [{ year: 2026, month: 11 }]).result as EntryForm;
  return f.blocks.flatMap((b) => b.fields.map((x) => x.id));
}

/**
 * Seed 004's three parts for one of seed 002's two executives (40 opportunities a month from two
 * profiles: 20 each), in November 2026:
 *
 * | part      | metric             | actual | target | attainment          | weight |
 * | SSI       | SSI total          | 66.99  | 85     | 66.99/85 = 0.788118 | 40     |
 * | strategic | updates per week   | 2      | 3      | 0.666667            | 10     |
 * | strategic | actions on updates | 180    | 150    | 1.2 (capped)        | 10     |
 * | strategic | network growth     | 55     | 50     | 1.1                 | 10     |
 * | business  | opportunities      | 20     | 20     | 1                   | 20     |
 * | business  | meetings           | 12     | 8      | 1.5 → 1.2 (capped)  | 10     |
 *
 * SSI part = 78.81; strategic = (6.6667 + 12 + 11) / 30 × 100 = 98.89;
 * business = (20 + 12) / 30 × 100 = 106.67; KPI = (31.5247 + 6.6667 + 12 + 11 + 20 + 12) / 100 × 100 = 93.19.
 */
const EXAMPLE = {
  ssi: [{ source: "ssi", target: "85", weight: "40" }],
  strategic: [
    { source: "updates_per_week", target: "3", weight: "10" },
    { source: "actions_on_updates", target: "150", weight: "10" },
    { source: "network_growth", target: "50", weight: "10" },
  ],
  business: [
    { source: "own1", target: "20", weight: "20" },
    { source: "meetings", target: "8", weight: "10" },
  ],
};
const NOVEMBER = {
  updates_per_week: "2",
  actions_on_updates: "180",
  network_growth: "55",
  own1: "20",
  meetings: "12",
};
const PILLARS_66_99 = { brand: 12.5, findPeople: 21, engage: 16.95, relationships: 16.54 };

function withExample(): Addon {
  const addon = freshAddon();
  addon.call("buildDashboard");
  ok(addon, "saveOwnMetric", {
    name: "Opportunities",
    block: "business",
    aggregation: "sum",
    whole: true,
  });
  ok(addon, "saveCompanyKpi", { language: "en", ...EXAMPLE });
  ok(addon, "saveEntry", {
    language: "en",
    year: 2026,
    month: 11,
    values: NOVEMBER,
    reading: { date: "2026-11-16", ...PILLARS_66_99 },
  });
  return addon;
}

describe("the company Social Selling KPI", () => {
  it("comes out the same from the sheet's formulas, from =SOCIAL_KPI() and from the domain", () => {
    const addon = withExample();
    expect(valueAt(addon, KPI, "kpiPart:ssi", "O")).toBe(78.81);
    expect(valueAt(addon, KPI, "kpiPart:strategic", "O")).toBe(98.89);
    expect(valueAt(addon, KPI, "kpiPart:business", "O")).toBe(106.67);
    expect(valueAt(addon, KPI, "kpi:total", "O")).toBe(93.19);
    expect(valueAt(addon, KPI, "kpi:total", "Q")).toBe(93.19);
    expect(valueAt(addon, KPI, "kpi:strategic:actions_on_updates", "O")).toBe(1.2);

    const scratch = addon.standIn.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet("x");
    scratch.getRange("A1:F3").setValues([
      [66.99, 2, 180, 55, 20, 12],
      [85, 3, 150, 50, 20, 8],
      [40, 10, 10, 10, 20, 10],
    ]);
    scratch.getRange("A4").setFormula("=SOCIAL_KPI(A1:F1,A2:F2,A3:F3)");
    expect(scratch.getRange("A4").getValue()).toBe(93.19);

    const kpi: CompanyKpi = {
      ssi: [{ source: "ssi", target: 85, weight: 40 }],
      strategic: [
        { source: "updates_per_week", target: 3, weight: 10 },
        { source: "actions_on_updates", target: 150, weight: 10 },
        { source: "network_growth", target: 50, weight: 10 },
      ],
      business: [
        { source: "own1", target: 20, weight: 20 },
        { source: "meetings", target: 8, weight: 10 },
      ],
    };
    const actual: Record<string, number> = {
      ssi: 66.99,
      ...Object.fromEntries(Object.entries(NOVEMBER).map(([k, v]) => [k, Number(v)])),
    };
    expect(kpiOfMonth(kpi, (s) => actual[s] ?? null)).toEqual({
      ssi: 78.81,
      strategic: 98.89,
      business: 106.67,
      total: 93.19,
    });
  });

  it("stays blank in a month until every metric of it has a figure", () => {
    const addon = withExample();
    ok(addon, "saveEntry", {
      language: "en",
      year: 2026,
      month: 11,
      values: { meetings: "" },
      reading: null,
    });
    expect(valueAt(addon, KPI, "kpi:total", "O")).toBe("");
    expect(valueAt(addon, KPI, "kpiPart:strategic", "O")).toBe(98.89);
  });

  it("shows the SSI's correlation with each business metric, with its months and a plain note", () => {
    const addon = withExample();
    expect(valueAt(addon, KPI, "corr:own1", "D")).toBe(1);
    expect(String(valueAt(addon, KPI, "corr:own1", "E"))).toContain("Too few (under 6)");
    expect(valueAt(addon, KPI, "corr:own1", "Q")).toBe("");
    // Seven months of SSI and opportunities.
    const ssi = [52.4, 55.1, 58.3, 57.9, 61.2, 63.5, 66.99];
    const opportunities = [11, 12, 15, 13, 17, 18, 20];
    ssi.forEach((total, i) => {
      const month = i + 5;
      ok(addon, "saveEntry", {
        language: "en",
        year: 2026,
        month,
        values: { own1: String(opportunities[i]) },
        reading: {
          date: `2026-${String(month).padStart(2, "0")}-10`,
          brand: 15,
          findPeople: 20,
          engage: 10,
          relationships: Math.round((total - 45) * 100) / 100,
        },
      });
    });
    // A month with opportunities but no reading, and one with a reading but no opportunities, stay out.
    ok(addon, "saveEntry", { language: "en", year: 2026, month: 2, values: { own1: "40" } });
    ok(addon, "saveEntry", {
      language: "en",
      year: 2026,
      month: 4,
      values: {},
      reading: { date: "2026-04-10", brand: 20, findPeople: 20, engage: 20, relationships: 20 },
    });
    expect(valueAt(addon, KPI, "corr:own1", "D")).toBe(7);
    expect(String(valueAt(addon, KPI, "corr:own1", "E"))).toContain("Over 7 months");
    expect(String(valueAt(addon, KPI, "corr:own1", "E"))).toContain(
      "not that one causes the other",
    );
    expect(valueAt(addon, KPI, "corr:own1", "Q")).toBe(
      Math.round(pearson(ssi, opportunities) * 100) / 100,
    );
  });

  it("is a column on the team sheet when there are several profiles", () => {
    const addon = withExample();
    ok(addon, "saveProfile", { name: "Jan Kowalski", totalTarget: 70 });
    addon.call("buildTeamSheet");
    const values = addon.standIn.sheet("Team 2026").getDataRange().getValues();
    const header = values[3]!;
    const col = header.indexOf("Company KPI");
    expect(col).toBeGreaterThan(0);
    const row = values.find((r) => r[0] === "")!;
    expect(row).toBeDefined();
    expect(values.find((r) => r[col] === 93.19)).toBeDefined();
  });
});

describe("chosen and own metrics", () => {
  it("six chosen metrics and two own metrics build, save and rebuild with every value where it was", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    ok(addon, "saveEntry", {
      language: "en",
      year: 2026,
      month: 10,
      values: { total_reach: "12000", profile_views: "140" },
      reading: null,
    });
    ok(addon, "saveMetricChoice", { language: "en", shown: [...ESSENTIAL_METRICS] });
    ok(addon, "saveOwnMetric", {
      name: "Leads",
      block: "presale",
      aggregation: "sum",
      whole: true,
    });
    ok(addon, "saveOwnMetric", {
      name: "Pipeline value",
      block: "business",
      aggregation: "last",
      whole: false,
    });
    expect(entryFields(addon)).toEqual([
      "profile_views",
      "first_degree",
      "requests_sent_target",
      "actions_on_updates",
      "meetings",
      "own1",
      "own2",
    ]);
    ok(addon, "saveEntry", {
      language: "en",
      year: 2026,
      month: 11,
      values: { profile_views: "150", meetings: "4", own1: "25", own2: "12500.5" },
      reading: null,
    });
    const sheet = addon.standIn.sheet(KPI);
    expect(sheet.isRowHiddenByUser(rowOfKey(addon, KPI, "metric:total_reach"))).toBe(true);
    expect(sheet.isRowHiddenByUser(rowOfKey(addon, KPI, "metric:profile_views"))).toBe(false);
    typeAt(addon, KPI, "own:own1", "D", 20);
    typeAt(addon, KPI, "metric:meetings", "D", 5);
    typeAt(addon, KPI, "own:own2", "D", 10000);
    // Pre-sale's targets met count Leads (25 of 20) beside meetings (4 of 5); the hidden metrics are
    // left out of their block's share.
    expect(valueAt(addon, KPI, "total:presale", "O")).toBe(0.5);
    expect(valueAt(addon, KPI, "total:business", "O")).toBe(1);
    expect(valueAt(addon, KPI, "own:own2", "B")).toBe("Pipeline value");
    expect(valueAt(addon, KPI, "total:network", "N")).toBe("");
    const before = sheet.getDataRange().getValues();
    addon.call("buildDashboard");
    expect(sheet.getDataRange().getValues()).toEqual(before);
    // Shown again: the hidden value comes back unchanged.
    ok(addon, "saveMetricChoice", { language: "en", shown: [...METRIC_IDS] });
    expect(valueAt(addon, KPI, "metric:total_reach", "N")).toBe(12000);
    expect(sheet.isRowHiddenByUser(rowOfKey(addon, KPI, "metric:total_reach"))).toBe(false);
    expect(valueAt(addon, KPI, "own:own1", "O")).toBe(25);
  });

  it("renaming an own metric keeps its values; removing one asks first and keeps a copy", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    leadsInNovember(addon, "25");
    ok(addon, "saveOwnMetric", { id: "own1", name: "Qualified leads" });
    expect(valueAt(addon, KPI, "own:own1", "B")).toBe("Qualified leads");
    expect(valueAt(addon, KPI, "own:own1", "O")).toBe(25);
    const refused = answer(addon, "removeOwnMetric", { language: "en", id: "own1" });
    expect(refused).toMatchObject({
      ok: false,
      message: "Confirm that “Qualified leads” should be removed.",
    });
    expect(valueAt(addon, KPI, "own:own1", "O")).toBe(25);
    expect(ok(addon, "removeOwnMetric", { language: "en", id: "own1", confirm: true })).toBe(
      "“Qualified leads” removed; its values were copied to the “Removed metrics” sheet.",
    );
    expect(() => rowOfKey(addon, KPI, "own:own1")).toThrow();
    const copy = addon.standIn.sheet("Removed metrics").getDataRange().getValues();
    expect(copy[0]!.slice(0, 5)).toEqual(["Removed on", "Profile", "Year", "Metric", "Block"]);
    expect(copy[1]!.slice(1, 5)).toEqual(["", 2026, "Qualified leads", "Pre-sale"]);
    expect(copy[1]![15]).toBe(25);
    // A new metric gets a new id: the removed one's values never come back under its name.
    ok(addon, "saveOwnMetric", {
      name: "Demos",
      block: "presale",
      aggregation: "sum",
      whole: true,
    });
    expect(valueAt(addon, KPI, "own:own2", "O")).toBe("");
  });

  it("keeps one Removed metrics sheet: a removal after a language change adds to it, under the new name", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    for (const name of ["Leads", "Demos"])
      ok(addon, "saveOwnMetric", { name, block: "presale", aggregation: "sum", whole: true });
    ok(addon, "saveEntry", {
      language: "en",
      year: 2026,
      month: 11,
      values: { own1: "25", own2: "3" },
      reading: null,
    });
    ok(addon, "removeOwnMetric", { language: "en", id: "own1", confirm: true });
    ok(addon, "saveSettings", { language: "de" });
    ok(addon, "removeOwnMetric", { language: "de", id: "own2", confirm: true });
    const names = addon.standIn.workbook.sheets().map((s) => s.name);
    expect(names).toContain("Entfernte Kennzahlen");
    expect(names).not.toContain("Removed metrics");
    const copy = addon.standIn.sheet("Entfernte Kennzahlen").getDataRange().getValues();
    expect(copy.map((r) => [r[3], r[15]])).toEqual([
      ["Kennzahl", "Nov."],
      ["Leads", 25],
      ["Demos", 3],
    ]);
  });

  it("adds below a Removed metrics sheet a person made before, leaving their first row as it is", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    const ss = addon.standIn.globals.SpreadsheetApp.getActiveSpreadsheet();
    const theirs = ss.insertSheet("Removed metrics");
    theirs.getRange("A1").setValue("My notes");
    leadsInNovember(addon, "4");
    ok(addon, "removeOwnMetric", { language: "en", id: "own1", confirm: true });
    const rows = addon.standIn.sheet("Removed metrics").getDataRange().getValues();
    expect(rows[0]?.[0]).toBe("My notes");
    expect(rows.map((r) => r[3])).toContain("Leads");
  });

  it("last year's sheet keeps a removed metric's row: a month still saves there, and its rebuild keeps a copy", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    ok(addon, "saveOwnMetric", {
      name: "Leads",
      block: "presale",
      aggregation: "sum",
      whole: true,
    });
    ok(addon, "saveSettings", { year: 2025 });
    ok(addon, "saveEntry", {
      language: "en",
      year: 2025,
      month: 5,
      values: { own1: "7", meetings: "2" },
      reading: null,
    });
    ok(addon, "saveSettings", { year: 2026 });
    ok(addon, "removeOwnMetric", { language: "en", id: "own1", confirm: true });
    expect(() => rowOfKey(addon, KPI, "own:own1")).toThrow();
    // 2025 was built with Leads in Pre-sale: its share still counts it, and a save there still works.
    ok(addon, "saveEntry", {
      language: "en",
      year: 2025,
      month: 6,
      values: { meetings: "3" },
      reading: null,
    });
    typeAt(addon, "KPI 2025", "own:own1", "D", 5);
    typeAt(addon, "KPI 2025", "metric:meetings", "D", 3);
    // Leads still counts there: May met it (7 of 5) and missed meetings (2 of 3); June met meetings.
    expect(valueAt(addon, "KPI 2025", "total:presale", "I")).toBe(0.5);
    expect(valueAt(addon, "KPI 2025", "total:presale", "J")).toBe(1);
    ok(addon, "saveSettings", { year: 2025 });
    expect(() => rowOfKey(addon, "KPI 2025", "own:own1")).toThrow();
    const copy = addon.standIn.sheet("Removed metrics").getDataRange().getValues();
    expect(copy.map((r) => [r[2], r[3], r[9]])).toEqual([
      ["Year", "Metric", "May"],
      [2025, "Leads", 7],
    ]);
  });

  it("turning an own metric to whole numbers keeps a decimal typed before, and names its cell", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    ok(addon, "saveOwnMetric", {
      name: "Pipeline value",
      block: "business",
      aggregation: "last",
      whole: false,
    });
    ok(addon, "saveEntry", {
      language: "en",
      year: 2026,
      month: 11,
      values: { own1: "12500.5" },
      reading: null,
    });
    const message = ok(addon, "saveOwnMetric", { id: "own1", whole: true });
    expect(message).toContain("“Pipeline value” saved");
    expect(message).toContain(`O${rowOfKey(addon, KPI, "own:own1")}`);
    expect(valueAt(addon, KPI, "own:own1", "O")).toBe(12500.5);
  });

  it("refuses bad own metrics and KPIs in the user's language, and changes nothing", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    const before = addon.standIn.sheet(KPI).getDataRange().getValues();
    expect(
      answer(addon, "saveOwnMetric", {
        language: "es",
        name: "",
        block: "nowhere",
        aggregation: "sum",
      }).errors,
    ).toEqual({
      name: "Pon un nombre a la métrica.",
      block: "«nowhere» no es un bloque del cuadro de mando.",
    });
    expect(
      answer(addon, "saveOwnMetric", {
        language: "en",
        name: "visits (MEETINGS)",
        block: "presale",
        aggregation: "sum",
      }).ok,
    ).toBe(false);
    const kpi = answer(addon, "saveCompanyKpi", {
      language: "de",
      ssi: [{ source: "meetings", target: "80", weight: "1" }],
      business: [{ source: "meetings", target: "0", weight: "2,5" }],
    });
    expect(kpi.ok).toBe(false);
    expect(kpi.errors?.["ssi.0.source"]).toBe("„meetings“ lässt sich in diesem Teil nicht messen.");
    expect(kpi.errors?.["business.0.target"]).toContain("0");
    expect(addon.standIn.sheet(KPI).getDataRange().getValues()).toEqual(before);
  });

  it("a rebuild with chosen metrics, own metrics and the KPI costs what a plain rebuild costs", () => {
    const plain = freshAddon();
    plain.call("buildDashboard");
    plain.standIn.counter.reset();
    plain.call("buildDashboard");
    const budget = plain.standIn.counter.total;
    const addon = withExample();
    ok(addon, "saveMetricChoice", { language: "en", shown: [...ESSENTIAL_METRICS] });
    addon.standIn.counter.reset();
    addon.call("buildDashboard");
    expect(addon.standIn.counter.total).toBeLessThanOrEqual(budget);
    addon.standIn.counter.reset();
    ok(addon, "saveEntry", {
      language: "en",
      year: 2026,
      month: 11,
      values: { own1: "21" },
      reading: null,
    });
    expect(addon.standIn.counter.total).toBeLessThanOrEqual(12);
    expect(form(addon).own.map((o) => o.name)).toEqual(["Opportunities"]);
  });
});

/** Pearson's r, as CORREL computes it. */
function pearson(xs: number[], ys: number[]): number {
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const mx = mean(xs);
  const my = mean(ys);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  xs.forEach((x, i) => {
    const y = ys[i] as number;
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  });
  return sxy / Math.sqrt(sxx * syy);
}

describe("own metrics over time", () => {
  it("a stock at month end is carried into a new month; KPI_GROWTH works on an own metric's cells", () => {
    const addon = freshAddon({ today: new Date(Date.UTC(2026, 9, 5)) });
    addon.call("buildDashboard");
    ok(addon, "saveOwnMetric", {
      name: "Pipeline value",
      block: "business",
      aggregation: "last",
      whole: false,
    });
    ok(addon, "saveOwnMetric", {
      name: "Leads",
      block: "presale",
      aggregation: "sum",
      whole: true,
    });
    ok(addon, "saveEntry", {
      language: "en",
      year: 2026,
      month: 10,
      values: { own1: "12500.5", own2: "20" },
      reading: null,
    });
    addon.setToday(new Date(Date.UTC(2026, 10, 2)));
    addon.call("newMonth");
    expect(valueAt(addon, KPI, "own:own1", "O")).toBe(12500.5);
    expect(valueAt(addon, KPI, "own:own2", "O")).toBe("");
    ok(addon, "saveEntry", {
      language: "en",
      year: 2026,
      month: 11,
      values: { own2: "25" },
      reading: null,
    });
    const row = rowOfKey(addon, KPI, "own:own2");
    const scratch = addon.standIn.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet("x");
    scratch.getRange("A1").setFormula(`=KPI_GROWTH('${KPI}'!O${row}, '${KPI}'!N${row})`);
    expect(scratch.getRange("A1").getValue()).toBe(0.25);
  });
});

describe("the demo", () => {
  it("has a company KPI for every demo month on each profile's dashboard and on the team sheet", () => {
    const addon = demoAddon(NOV_23_2026);
    const months = ["E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O"];
    for (const col of months)
      expect(valueAt(addon, KPI, "kpi:total", col)).toEqual(expect.any(Number));
    const lena = "KPI 2026 · Lena Schmidt (Sales Director)";
    for (const col of months.slice(2))
      expect(valueAt(addon, lena, "kpi:total", col)).toEqual(expect.any(Number));
    const team = addon.standIn.sheet("Team 2026").getDataRange().getValues();
    const col = team[3]!.indexOf("Company KPI");
    expect(team.slice(4, 8).map((r) => typeof r[col])).toEqual([
      "number",
      "number",
      "number",
      "number",
    ]);
  });
});
