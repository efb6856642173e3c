/** Seed 004's company KPI: attainment capped at 120 %, the weighted mean × 100, and how a KPI is composed. */
import { describe, expect, it } from "vitest";
import {
  ATTAINMENT_CAP,
  attainment,
  checkCompanyKpiInput,
  GOAL_METRICS,
  kpiItems,
  kpiOfMonth,
  parseCompanyKpi,
  SSI_SOURCES,
  socialKpi,
} from "../../src/domain/companyKpi";
import type { OwnMetricSpec } from "../../src/domain/ownMetric";
import { said } from "../support/said";

const OPPORTUNITIES: OwnMetricSpec = {
  id: "own1",
  name: "Opportunities",
  block: "business",
  aggregation: "sum",
  whole: true,
};

describe("attainment and the KPI", () => {
  it("is actual ÷ target, capped at 120 %", () => {
    expect(attainment(66.99, 85)).toBeCloseTo(0.788118, 6);
    expect(attainment(12, 8)).toBe(ATTAINMENT_CAP);
    expect(attainment(9.6, 8)).toBe(1.2);
    expect(attainment(0, 8)).toBe(0);
  });

  it("weighs seed 002's 40 opportunities from two profiles (20 each) against a target of 20 as 100 %", () => {
    expect(socialKpi([{ actual: 20, target: 20, weight: 20 }])).toBe(100);
    expect(socialKpi([{ actual: 40, target: 20, weight: 20 }])).toBe(120);
  });

  it("is the weighted mean × 100, rounded to 2 decimals", () => {
    expect(
      socialKpi([
        { actual: 66.99, target: 85, weight: 40 },
        { actual: 2, target: 3, weight: 10 },
        { actual: 180, target: 150, weight: 10 },
        { actual: 55, target: 50, weight: 10 },
        { actual: 20, target: 20, weight: 20 },
        { actual: 12, target: 8, weight: 10 },
      ]),
    ).toBe(93.19);
    // Weights need not add up to 100: 1 and 3 weigh as 25 and 75.
    expect(
      socialKpi([
        { actual: 50, target: 100, weight: 1 },
        { actual: 100, target: 100, weight: 3 },
      ]),
    ).toBe(87.5);
  });

  it("is null while any actual is missing, with no item, or with no weight", () => {
    expect(
      socialKpi([
        { actual: null, target: 3, weight: 1 },
        { actual: 3, target: 3, weight: 1 },
      ]),
    ).toBeNull();
    expect(socialKpi([])).toBeNull();
    expect(socialKpi([{ actual: 3, target: 3, weight: 0 }])).toBeNull();
  });

  it("gives each part and the whole for a month", () => {
    const kpi = {
      ssi: [{ source: "ssi" as const, target: 80, weight: 50 }],
      strategic: [],
      business: [{ source: "meetings" as const, target: 8, weight: 50 }],
    };
    expect(kpiOfMonth(kpi, (s) => (s === "ssi" ? 80 : 4))).toEqual({
      ssi: 100,
      strategic: null,
      business: 50,
      total: 75,
    });
  });
});

describe("composing a KPI", () => {
  const compose = (input: unknown, language: "en" | "es" | "de" | "pl" = "en") =>
    checkCompanyKpiInput(input, [OPPORTUNITIES], language);

  it("takes targets and weights typed in the user's language", () => {
    const checked = compose(
      {
        ssi: [{ source: "pillar:engage", target: "20,5", weight: "40" }],
        business: [{ source: "own1", target: "20", weight: "12,5" }],
      },
      "es",
    );
    expect(checked).toEqual({
      ok: true,
      kpi: {
        ssi: [{ source: "pillar:engage", target: 20.5, weight: 40 }],
        strategic: [],
        business: [{ source: "own1", target: 20, weight: 12.5 }],
      },
    });
  });

  it("switches the KPI off when no item is left", () => {
    expect(compose({ ssi: [], strategic: [], business: [] })).toEqual({ ok: true, kpi: null });
  });

  it("refuses what a part cannot measure, a metric twice, targets of 0 and missing weights, each by field", () => {
    const checked = compose({
      ssi: [{ source: "meetings", target: "80", weight: "1" }],
      strategic: [
        { source: "profile_level", target: "1", weight: "1" },
        { source: "own9", target: "1", weight: "1" },
        { source: "meetings", target: "0", weight: "" },
      ],
      business: [{ source: "meetings", target: "8", weight: "101" }],
      colour: "red",
    });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(said(checked).errors).sort()).toEqual([
      "business.0.source",
      "business.0.weight",
      "colour",
      "ssi.0.source",
      "strategic.0.source",
      "strategic.1.source",
      "strategic.2.target",
      "strategic.2.weight",
    ]);
    expect(said(checked).errors["business.0.source"]).toBe("Each metric can be in the KPI once.");
    expect(said(checked).errors["strategic.1.source"]).toContain("own9");
    // The form names its language: that field is its own, not an unknown one.
    expect(
      compose({ language: "de", ssi: [{ source: "ssi", target: "80", weight: "1" }] }).ok,
    ).toBe(true);
    expect(said(checked).errors["strategic.2.weight"]).toBe("Give a weight.");
    expect(said(checked).message).toBe(
      "Nothing was saved. Fix the 8 highlighted fields and save again.",
    );
  });

  it("refuses more than 12 metrics and input that is not a KPI", () => {
    const many = GOAL_METRICS.slice(0, 13).map((source) => ({ source, target: "1", weight: "1" }));
    const checked = compose({ strategic: many });
    expect(checked.ok).toBe(false);
    expect(compose("kpi").ok).toBe(false);
    expect(compose({ ssi: "all" }).ok).toBe(false);
    expect(compose({ ssi: ["x"] }).ok).toBe(false);
  });

  it("reads a stored KPI leniently: items that no longer make sense are dropped", () => {
    const stored = {
      ssi: [{ source: "ssi", target: 80, weight: 40 }],
      business: [
        { source: "own1", target: 20, weight: 20 },
        { source: "own2", target: 5, weight: 5 },
        { source: "meetings", target: 0, weight: 5 },
        { source: "meetings", target: 8, weight: -1 },
      ],
    };
    expect(parseCompanyKpi(stored, [OPPORTUNITIES])).toEqual({
      ssi: [{ source: "ssi", target: 80, weight: 40 }],
      strategic: [],
      business: [{ source: "own1", target: 20, weight: 20 }],
    });
    expect(
      parseCompanyKpi({ business: [{ source: "own2", target: 5, weight: 5 }] }, []),
    ).toBeNull();
    expect(parseCompanyKpi("x", [])).toBeNull();
  });

  it("lists the SSI total and the four pillars for the SSI part, and typed numbers for the goals", () => {
    expect(SSI_SOURCES).toEqual([
      "ssi",
      "pillar:brand",
      "pillar:findPeople",
      "pillar:engage",
      "pillar:relationships",
    ]);
    expect(GOAL_METRICS).toContain("meetings");
    expect(GOAL_METRICS).not.toContain("ssi");
    expect(GOAL_METRICS).not.toContain("profile_level");
    expect(kpiItems({ ssi: [], strategic: [], business: [] })).toEqual([]);
  });

  it("names a blank target, malformed items and parts, and allows exactly 12 metrics", () => {
    const twelve = GOAL_METRICS.slice(0, 12).map((source) => ({
      source,
      target: "1",
      weight: "1",
    }));
    expect(compose({ strategic: twelve }).ok).toBe(true);
    const checked = compose({
      ssi: [{ source: "ssi", target: "", weight: "1" }, "x"],
      business: "all",
    });
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(said(checked).errors).toEqual({
      "ssi.0.target": "Give a monthly target.",
      "ssi.1": expect.stringContaining("ssi.1"),
      business: expect.stringContaining("business"),
    });
    const form = compose(7);
    expect(said(form).errors.form).toContain("kpi");
    const unknown = compose({ colour: "red" });
    expect(said(unknown).errors.colour).toContain("colour");
    const many = compose({
      strategic: GOAL_METRICS.slice(0, 13).map((source) => ({ source, target: "1", weight: "1" })),
    });
    expect(said(many).errors.form).toBe("At most 12 metrics in the KPI.");
  });

  it("drops stored items with a weight of 0, and reads items of every part", () => {
    expect(
      parseCompanyKpi(
        {
          ssi: [{ source: "ssi", target: 80, weight: 0 }],
          strategic: [{ source: "meetings", target: 8, weight: 1 }],
        },
        [],
      ),
    ).toEqual({ ssi: [], strategic: [{ source: "meetings", target: 8, weight: 1 }], business: [] });
    expect(socialKpi([{ actual: 3, target: 3, weight: 1 }])).toBe(100);
  });
});
