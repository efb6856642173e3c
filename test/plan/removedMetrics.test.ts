/** A removed own metric leaves a copy of its figures on the Removed metrics sheet. */
import { describe, expect, it } from "vitest";
import { removedHeader, removedRows } from "../../src/plan/removedMetrics";

describe("removedRows", () => {
  const row = (key: string, label: string, months: unknown[]) => [
    key,
    label,
    "Business results",
    5,
    ...months,
    ...Array(12 - months.length).fill(""),
    "=SUM(E1:P1)",
  ];

  it("copies a removed own metric's row with figures, as shown, dated and named", () => {
    const on = new Date(2026, 10, 23);
    const grid = [
      row("own:own1", "Pipeline", [40, "", 42]),
      row("own:own2", "Opportunities", [3]),
      row("own:own3", "Empty", []),
      row("metric:meetings", "Meetings", [4]),
      row("own:own4", "=odd name", [0]),
    ];
    expect(removedRows(grid, (id) => id === "own2", "Ana", 2026, on)).toEqual([
      [on, "Ana", 2026, "Pipeline", "Business results", 40, null, 42, ...Array(9).fill(null)],
      [on, "Ana", 2026, "'=odd name", "Business results", 0, ...Array(11).fill(null)],
    ]);
  });

  it("heads the sheet in the user's language, month by month", () => {
    expect(removedHeader("en")).toHaveLength(17);
    expect(removedHeader("en").slice(0, 6)).toEqual([
      "Removed on",
      "Profile",
      "Year",
      "Metric",
      "Block",
      "Jan",
    ]);
  });
});
