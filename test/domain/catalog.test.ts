/** The metric catalog is seed 003's template: 5 blocks, 18 metrics, each with a kind and a link. */
import { describe, expect, it } from "vitest";
import {
  BLOCK_IDS,
  isOwnId,
  isStock,
  METRICS,
  type MetricId,
  metricsOfBlock,
  ownMetric,
} from "../../src/domain/catalog";
import { messages } from "../../src/domain/i18n";
import { LANGUAGES } from "../../src/domain/language";

describe("the metric catalog", () => {
  it("has 5 blocks of 18 metrics in the article's order", () => {
    expect(BLOCK_IDS).toHaveLength(5);
    expect(METRICS).toHaveLength(18);
    expect(BLOCK_IDS.map((b) => metricsOfBlock(b).length)).toEqual([4, 4, 4, 3, 3]);
    expect(new Set(METRICS.map((m) => m.id)).size).toBe(18);
  });

  it("links every metric to LinkedIn", () => {
    for (const m of METRICS) expect(m.url).toMatch(/^https:\/\/www\.linkedin\.com\//);
  });

  it("knows how each metric adds up", () => {
    const kinds = Object.fromEntries(METRICS.map((m) => [m.id, m.aggregation]));
    expect(kinds.profile_views).toBe("sum");
    expect(kinds.first_degree).toBe("last");
    expect(kinds.updates_per_week).toBe("average");
    expect(kinds.profile_level).toBe("level");
  });

  it("carries forward only stocks that are counts", () => {
    expect(METRICS.filter(isStock).map((m) => m.id)).toEqual([
      "total_reach",
      "first_degree",
      "second_degree",
      "first_degree_target_companies",
      "target_companies_followed",
    ]);
  });

  it("knows an own metric's id, and gives it a unit and a place in its block's total by its kind", () => {
    expect(["own1", "own12", "own9999"].every(isOwnId)).toBe(true);
    expect(["own0", "own", "own10000", "xown1", "own1x", 1].some(isOwnId)).toBe(false);
    const spec = {
      id: "own1",
      name: "Opportunities",
      block: "business",
      aggregation: "sum",
      whole: true,
    } as const;
    const opportunities = ownMetric(spec);
    expect(opportunities).toMatchObject({ input: "count", unit: "perMonth" });
    expect(isStock(opportunities)).toBe(false);
    const pipeline = ownMetric({ ...spec, aggregation: "last" });
    expect(pipeline).toMatchObject({ unit: "atMonthEnd" });
    expect(isStock(pipeline)).toBe(true);
    const rate = ownMetric({ ...spec, aggregation: "average", whole: false });
    expect(rate).toMatchObject({ input: "rate", unit: "perWeek" });
    expect(isStock(ownMetric({ ...spec, aggregation: "last", whole: false }))).toBe(false);
  });

  it("gives each metric a unit that follows its kind, named in every language", () => {
    const units = Object.fromEntries(METRICS.map((m) => [m.id, m.unit]));
    expect(units).toMatchObject({
      ssi: "score",
      profile_views: "perMonth",
      first_degree: "atMonthEnd",
      calls_per_week: "perWeek",
      profile_level: "level",
    });
    expect(messages("de").units.atMonthEnd).toBe("am Monatsende");
  });

  it("is labelled in English, Spanish, German and Polish", () => {
    for (const lang of LANGUAGES) {
      for (const m of METRICS) {
        expect(messages(lang).metrics[m.id as MetricId].label.length).toBeGreaterThan(3);
        expect(messages(lang).metrics[m.id as MetricId].help.length).toBeGreaterThan(3);
      }
    }
    expect(messages("es").metrics.profile_views.label).toBe("Visitas al perfil");
    expect(messages("pl").levels.all_star).toBe("All-Star");
  });
});

describe("the message catalogs", () => {
  it("use the same placeholders in every language", () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    const walk = (a: unknown, b: unknown, path: string) => {
      if (typeof a === "string") {
        expect(placeholders(b as string), path).toEqual(placeholders(a));
        expect((b as string).length, path).toBeGreaterThan(0);
      } else if (a && typeof a === "object") {
        for (const k of Object.keys(a)) walk((a as never)[k], (b as never)[k], `${path}.${k}`);
      }
    };
    for (const lang of LANGUAGES) walk(messages("en"), messages(lang), lang);
  });
});
