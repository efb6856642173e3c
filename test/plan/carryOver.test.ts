/** A new month starts from last month's stocks; a new year from last year's targets. Typed cells are never overwritten. */
import { describe, expect, it } from "vitest";
import type { OwnMetricSpec } from "../../src/domain/ownMetric";
import { carryStocks, carryTargets } from "../../src/plan/carryOver";
import { type KeptCells, keptKey } from "../../src/plan/dashboard/kept";

const cells = (entries: [string, string | number, unknown][]): KeptCells =>
  new Map(
    entries.map(([row, col, content]) => [
      keptKey(row, col),
      { content: content as string | number | null, note: "" },
    ]),
  );

const own: OwnMetricSpec[] = [
  { id: "own1", name: "Pipeline", block: "business", aggregation: "last", whole: true },
  { id: "own2", name: "Opportunities", block: "business", aggregation: "sum", whole: true },
];

describe("carryStocks", () => {
  it("copies stocks into blank cells of the next month, keeping a note there", () => {
    const from = cells([
      ["metric:first_degree", 10, 1200],
      ["metric:total_reach", 10, 0],
      ["metric:profile_views", 10, 300],
      ["own:own1", 10, 40],
      ["own:own2", 10, 12],
    ]);
    const into = cells([["metric:total_reach", 11, ""]]);
    into.set(keptKey("metric:first_degree", 11), { content: null, note: "From the export." });
    carryStocks(from, 10, 11, into, own);
    expect(into.get(keptKey("metric:first_degree", 11))).toEqual({
      content: 1200,
      note: "From the export.",
    });
    expect(into.get(keptKey("metric:total_reach", 11))).toEqual({ content: 0, note: "" });
    expect(into.get(keptKey("own:own1", 11))?.content).toBe(40);
    // Flows start each month from nothing.
    expect(into.has(keptKey("metric:profile_views", 11))).toBe(false);
    expect(into.has(keptKey("own:own2", 11))).toBe(false);
  });

  it("leaves a figure already typed, and copies nothing from an empty month", () => {
    const from = cells([["metric:first_degree", 10, 1200]]);
    const into = cells([["metric:first_degree", 11, 1250]]);
    carryStocks(from, 10, 11, into);
    expect(into.get(keptKey("metric:first_degree", 11))?.content).toBe(1250);
    const empty = new Map() as KeptCells;
    carryStocks(cells([["metric:first_degree", 10, null]]), 10, 11, empty);
    expect(empty.size).toBe(0);
  });
});

describe("carryTargets", () => {
  it("copies each target where the new year has none", () => {
    const from = cells([
      ["metric:meetings", "target", 8],
      ["ssi:total", "target", 80],
      ["metric:meetings", 3, 5],
      ["ssi:brand", "target", null],
    ]);
    const into = cells([["ssi:total", "target", 85]]);
    carryTargets(from, into);
    expect(into.get(keptKey("metric:meetings", "target"))?.content).toBe(8);
    expect(into.get(keptKey("ssi:total", "target"))?.content).toBe(85);
    expect(into.has(keptKey("metric:meetings", 3))).toBe(false);
    expect(into.has(keptKey("ssi:brand", "target"))).toBe(false);
  });
});
