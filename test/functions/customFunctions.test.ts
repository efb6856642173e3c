/** The custom functions, called as Sheets calls them: globals of the built bundle, and from formulas. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { gap, total as ssiTotal } from "../../src/domain/ssi";
import { CUSTOM_FUNCTIONS } from "../../src/functions/registry";
import { logName } from "../../src/plan/layout";
import { freshAddon, logReading, MONTH, rowOfKey, valueAt } from "../support/addon";

const addon = freshAddon();
const call = (name: string, ...args: unknown[]) => addon.call(name, ...args);

describe("SSI_GAP", () => {
  it("gives the articles' pillar gaps against 25 and the total gap against 80", () => {
    expect(call("SSI_GAP", 21.7)).toBe(3.3);
    expect(call("SSI_GAP", 21.16)).toBe(3.84);
    expect(call("SSI_GAP", "16,95")).toBe(8.05);
    expect(call("SSI_GAP", 66.99, 80)).toBe(13.01);
    expect(call("SSI_GAP", 90, 80)).toBe(0);
  });

  it("maps a range to a range of the same shape, blanks to blanks", () => {
    expect(
      call("SSI_GAP", [
        [21.7, 21.16],
        ["", 15.4],
      ]),
    ).toEqual([
      [3.3, 3.84],
      ["", 9.6],
    ]);
    expect(call("SSI_GAP", [[66.99], [90]], [[80], [85]])).toEqual([[13.01], [0]]);
  });

  it("says what is wrong with bad input", () => {
    expect(() => call("SSI_GAP", 30)).toThrow("SSI_GAP: a pillar score must be 0–25, got 30.");
    expect(() => call("SSI_GAP", 50, -1)).toThrow("SSI_GAP: the target must be 0 or more, got -1.");
    expect(() => call("SSI_GAP", "lots")).toThrow("SSI_GAP: “lots” is not a number.");
    expect(() => call("SSI_GAP", [[1, 2]], [[25], [25]])).toThrow(
      "target must have the same shape as the scores (1×2)",
    );
  });
});

describe("SSI_TOTAL, SSI_TIER, SSI_WEAKEST, SSI_NEXT_ACTION", () => {
  it("adds four pillars given one by one or as a range", () => {
    expect(call("SSI_TOTAL", 12.5, 21, 16.74, 16.75)).toBe(66.99);
    expect(call("SSI_TOTAL", [[21.7, 21.16, 16.95, 15.4]])).toBe(75.21);
    expect(call("SSI_TOTAL", [["", "", "", ""]])).toBe("");
    expect(() => call("SSI_TOTAL", 12.5, 21)).toThrow("SSI_TOTAL: give the four pillar scores");
  });

  it("names the tier in the requested language", () => {
    expect(call("SSI_TIER", 76)).toBe("LinkedIn leader (70+)");
    expect(call("SSI_TIER", 66.99, "es")).toBe("Por debajo de líder (< 70)");
    expect(call("SSI_TIER", [[80], [90]], "de")).toEqual([
      ["Empfohlenes Niveau (80+)"],
      ["Spitzenniveau (90+)"],
    ]);
    expect(() => call("SSI_TIER", 76, "fr")).toThrow("language must be one of en, es, de, pl");
  });

  it("finds the weakest pillar and what to do about it", () => {
    const pillars = [[21.7, 21.16, 16.95, 15.4]];
    expect(call("SSI_WEAKEST", pillars)).toBe("Build relationships");
    expect(call("SSI_WEAKEST", pillars, "pl")).toBe("Rozwój relacji");
    expect(call("SSI_WEAKEST", [[12.5, 21, 16.95, 25]], "es")).toBe(
      "Establecer tu marca profesional",
    );
    expect(call("SSI_NEXT_ACTION", pillars)).toContain("VP level");
  });
});

describe("KPI_GROWTH and KPI_TOTAL", () => {
  it("gives relative growth, blank instead of a division error", () => {
    expect(call("KPI_GROWTH", 66.99, 32.45)).toBeCloseTo(1.0644, 4);
    expect(call("KPI_GROWTH", [[150, 10]], [[100, 0]])).toEqual([[0.5, ""]]);
    expect(call("KPI_GROWTH", 5, "")).toBe("");
  });

  it("aggregates a row of months by kind", () => {
    const months = [[120, "", 80]];
    expect(call("KPI_TOTAL", months, "sum")).toBe(200);
    expect(call("KPI_TOTAL", months, "last")).toBe(80);
    expect(call("KPI_TOTAL", months, "average")).toBe(100);
    expect(call("KPI_TOTAL", [["", ""]], "sum")).toBe("");
    expect(() => call("KPI_TOTAL", months, "median")).toThrow(
      "KPI_TOTAL: kind must be one of sum, last, average",
    );
  });
});

describe("the registry's examples", () => {
  it.each(CUSTOM_FUNCTIONS.map((f) => [f.name, f.example] as const))(
    "%s gives what the README says",
    (_, example) => {
      const sheet = addon.standIn.sheet("Sheet1");
      const formula = example.formula.replace(
        /\{([^}]*)\}/,
        (_m, inner: string) => `A9:${String.fromCharCode(64 + inner.split(",").length)}9`,
      );
      const inline = /\{([^}]*)\}/.exec(example.formula)?.[1];
      if (inline)
        sheet
          .getRange(9, 1, 1, inline.split(",").length)
          .setValues([inline.split(",").map((s) => JSON.parse(s.trim()))]);
      sheet.getRange("A10").setValue(formula);
      expect(String(sheet.getRange("A10").getValue())).toBe(example.result);
    },
  );
});

describe("in a formula", () => {
  it("works in any cell, and shows the error message in the cell", () => {
    const sheet = addon.standIn.sheet("Sheet1");
    sheet
      .getRange("A1:D1")
      .setValues([[21.16, "=SSI_GAP(A1)", "=SSI_GAP(66.99, 80)", "=SSI_GAP(30)"]]);
    expect(sheet.getRange("B1:C1").getValues()).toEqual([[3.84, 13.01]]);
    expect(sheet.getRange("D1").getValue()).toBe("#ERROR!");
    sheet.getRange("A1").setValue(15.4);
    expect(sheet.getRange("B1").getValue()).toBe(9.6);
  });

  it("agrees with the dashboard's own formulas on every score a user can save (property)", () => {
    const dash = freshAddon();
    dash.call("buildDashboard");
    // Scores as LinkedIn shows them (two decimals), biased to the edges: 0, 25 and totals above
    // every target, where the clamps and roundings live.
    const score = fc.oneof(
      fc.constantFrom(0, 0.01, 24.99, 25),
      fc.integer({ min: 0, max: 2500 }).map((n) => n / 100),
      fc.integer({ min: 2200, max: 2500 }).map((n) => n / 100),
    );
    const day = fc.constantFrom("2026-03-01", "2026-03-15", "2026-03-31");
    const target = fc.constantFrom(70, 80, 85, 90);
    const log = logName("en");
    fc.assert(
      fc.property(fc.tuple(score, score, score, score), day, target, (pillars, date, total) => {
        // Each run starts from an empty log and one target, so a failure shrinks to its own case.
        const sheet = dash.standIn.sheet(log);
        sheet.getRange(2, 1, Math.max(1, sheet.getLastRow()), 11).clearContent();
        dash.standIn
          .range(`'KPI 2026'!D${rowOfKey(dash, "KPI 2026", "ssi:total")}`)
          .setValue(total);
        const [brand, findPeople, engage, relationships] = pillars.map(String);
        const answer = dash.callFromClient("saveEntry", [
          {
            language: "en",
            year: 2026,
            month: 3,
            values: {},
            reading: { date, brand, findPeople, engage, relationships },
          },
        ]);
        expect(answer.error).toBeUndefined();
        const sum = dash.call("SSI_TOTAL", [pillars]);
        expect(sum).toBe(valueAt(dash, "KPI 2026", "ssi:total", MONTH.mar));
        expect(sum).toBe(ssiTotal(pillars as [number, number, number, number]));
        const gaps = ["brand", "findPeople", "engage", "relationships"].map((p) =>
          valueAt(dash, "KPI 2026", `gap:${p}`, MONTH.mar),
        );
        expect(dash.call("SSI_GAP", [pillars])).toEqual([gaps]);
        const totalGap = valueAt(dash, "KPI 2026", "gap:total", MONTH.mar);
        expect(dash.call("SSI_GAP", sum, total)).toBe(totalGap);
        expect(totalGap).toBe(gap(sum as number, total));
      }),
      { numRuns: 40 },
    );
  });

  it("gives a total gap of 0, never a negative one, when the SSI is above its target", () => {
    const dash = freshAddon();
    dash.call("buildDashboard");
    logReading(dash, "2026-03-10", [24, 23.5, 22, 21.55]);
    expect(valueAt(dash, "KPI 2026", "ssi:total", MONTH.mar)).toBe(91.05);
    expect(valueAt(dash, "KPI 2026", "gap:total", MONTH.mar)).toBe(0);
    expect(dash.call("SSI_GAP", 91.05, 80)).toBe(0);
    expect(gap(91.05, 80)).toBe(0);
  });
});

describe("SOCIAL_KPI", () => {
  const kpi = (...args: unknown[]) => freshAddon().call("SOCIAL_KPI", ...args);

  it("is blank while an actual is blank, as the dashboard's KPI is", () => {
    expect(kpi([[66.99, ""]], [[85, 8]], [[40, 10]])).toBe("");
  });

  it("reads decimal commas, caps each metric at 120 % and lets weights of 0 drop a metric", () => {
    expect(kpi([["66,99", 12]], [[85, 8]], [[40, 0]])).toBe(78.81);
    expect(kpi([[30, 12]], [[20, 8]], [[1, 1]])).toBe(120);
  });

  it("names what is wrong: a shape, a target of 0, a negative or all-zero weight", () => {
    expect(() => kpi([[1, 2]], [[1]], [[1, 1]])).toThrow(
      "SOCIAL_KPI: targets must have the same shape",
    );
    expect(() => kpi([[1]], [[0]], [[1]])).toThrow(
      "SOCIAL_KPI: every target must be a number above 0, got 0.",
    );
    expect(() => kpi([[1]], [[1]], [[-1]])).toThrow("SOCIAL_KPI: weights must be 0 or more");
    expect(() => kpi([[1]], [[1]], [[0]])).toThrow("got 0");
    expect(() => kpi([["x"]], [[1]], [[1]])).toThrow("SOCIAL_KPI: “x” is not a number.");
  });
});

describe("purity", () => {
  it("custom functions make no service calls and need no authorization", () => {
    const pure = freshAddon();
    pure.standIn.ctx.authMode = "CUSTOM_FUNCTION";
    pure.standIn.counter.reset();
    const scores = [[21.7, 21.16, 16.95, 15.4]];
    const more: Record<string, unknown[]> = {
      KPI_TOTAL: ["sum"],
      SOCIAL_KPI: [[[25, 25, 25, 25]], [[1, 1, 1, 1]]],
    };
    for (const fn of CUSTOM_FUNCTIONS) {
      expect(() => pure.call(fn.name, scores, ...(more[fn.name] ?? []))).not.toThrow();
    }
    expect(pure.standIn.counter.total).toBe(0);
  });
});
