/** As Sheets computes and shows it: half-way figures round as Sheets rounds them, and chart gaps are muted. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sheetsRound, shiftRelative } from "../../dev/standin/workbook";
import { kpiOfMonth, socialKpi } from "../../src/domain/companyKpi";
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

describe("a half-way company KPI", () => {
  it("(6/5 × 7 + 7/6 × 9) / 16 × 100 = 118.125 is 118.13 in the sheet, =SOCIAL_KPI() and the domain", () => {
    // In binary the mean is 118.12499999999999, which a naive ROUND takes down to 118.12.
    expect((((6 / 5) * 7 + (7 / 6) * 9) / 16) * 100).toBe(118.12499999999999);
    const addon = freshAddon();
    addon.call("buildDashboard");
    const ok = (fn: string, input: unknown) => {
      const reply = addon.callFromClient(fn, [input]);
      expect(reply.result, JSON.stringify(reply)).toMatchObject({ ok: true });
    };
    ok("saveOwnMetric", {
      name: "Opportunities",
      block: "business",
      aggregation: "sum",
      whole: true,
    });
    const business = [
      { source: "own1", target: 5, weight: 7 },
      { source: "meetings", target: 6, weight: 9 },
    ] as const;
    ok("saveCompanyKpi", {
      language: "en",
      ssi: [],
      strategic: [],
      business: business.map((i) => ({ ...i, target: String(i.target), weight: String(i.weight) })),
    });
    ok("saveEntry", {
      language: "en",
      year: 2026,
      month: 11,
      values: { own1: "6", meetings: "7" },
    });
    const sheet = addon.standIn.sheet("KPI 2026");
    const row = sheet
      .getRange("A1:A200")
      .getValues()
      .findIndex((r) => r[0] === "kpi:total");
    expect(sheet.getRange(row + 1, 15).getValue()).toBe(118.13);
    expect(sheet.getRange(row + 1, 15).getDisplayValue()).toBe("118.13");

    const scratch = addon.standIn.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet("x");
    scratch.getRange("A1:B3").setValues([
      [6, 7],
      [5, 6],
      [7, 9],
    ]);
    scratch.getRange("A4").setFormula("=SOCIAL_KPI(A1:B1,A2:B2,A3:B3)");
    expect(scratch.getRange("A4").getValue()).toBe(118.13);

    const actuals: Record<string, number> = { own1: 6, meetings: 7 };
    const kpi = { ssi: [], strategic: [], business: [...business] };
    expect(kpiOfMonth(kpi, (source) => actuals[source] ?? null).total).toBe(118.13);
  });
});

/** The KPI to 2 decimals from exact fractions, half-way up: what its decimal reading rounds to. */
function exactKpi(items: readonly { actual: number; target: number; weight: number }[]): number {
  // Uncapped: the generator keeps each actual within 120 % of its target.
  const den = items.reduce((d, i) => d * BigInt(i.target), 1n);
  const num = items.reduce(
    (n, i) => n + BigInt(i.actual * i.weight) * (den / BigInt(i.target)),
    0n,
  );
  const whole = den * BigInt(items.reduce((w, i) => w + i.weight, 0));
  // The KPI × 100 (the mean × 100 × 100), as a whole part and a remainder.
  const hundredths = (num * 10_000n) / whole;
  const rest = (num * 10_000n) % whole;
  return Number(hundredths + (2n * rest >= whole ? 1n : 0n)) / 100;
}

describe("any company KPI", () => {
  it("the sheet's formula, =SOCIAL_KPI() and the domain agree on any KPI, half-way ones included (property)", () => {
    const addon = freshAddon();
    const sheet = addon.standIn.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet("kpi");
    const item = fc
      .record({ target: fc.integer({ min: 1, max: 25 }), weight: fc.integer({ min: 1, max: 10 }) })
      .chain(({ target, weight }) =>
        fc
          .integer({ min: 0, max: Math.floor(target * 1.2) })
          .map((actual) => ({ actual, target, weight })),
      );
    // Found by search: each mean reads x.xx5 exactly, and its binary value lies just below.
    const halfWay = fc.constantFrom(
      [
        { actual: 6, target: 5, weight: 7 },
        { actual: 7, target: 6, weight: 9 },
      ],
      [
        { actual: 3, target: 5, weight: 7 },
        { actual: 3, target: 6, weight: 9 },
      ],
    );
    fc.assert(
      fc.property(fc.oneof(halfWay, fc.array(item, { minLength: 1, maxLength: 3 })), (items) => {
        const last = "ABC"[items.length - 1];
        const row = (r: number) => `A${r}:${last}${r}`;
        sheet.getRange("A1:C6").clearContent();
        sheet.getRange(row(1)).setValues([items.map((i) => i.actual)]);
        sheet.getRange(row(2)).setValues([items.map((i) => i.target)]);
        sheet.getRange(row(3)).setValues([items.map((i) => i.weight)]);
        // The dashboard's attainments and mean, as its KPI rows write them.
        sheet
          .getRange(row(4))
          .setFormulas([items.map((_, c) => `=MIN(1.2,${"ABC"[c]}1/${"ABC"[c]}2)`)]);
        sheet
          .getRange("A5")
          .setFormula(`=ROUND(SUMPRODUCT(${row(4)},${row(3)})/SUM(${row(3)})*100,2)`);
        sheet.getRange("A6").setFormula(`=SOCIAL_KPI(${row(1)},${row(2)},${row(3)})`);
        const expected = exactKpi(items);
        expect(socialKpi(items)).toBe(expected);
        expect(sheet.getRange("A5").getValue()).toBe(expected);
        expect(sheet.getRange("A6").getValue()).toBe(expected);
      }),
      { numRuns: 60 },
    );
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
