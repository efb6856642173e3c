/** A block's Targets met row: a count of targets reached, never a sum of a stock and a flow. */
import { describe, expect, it } from "vitest";
import { METRICS } from "../../../src/domain/catalog";
import { targetsMetFormula, targetsMetYearFormula } from "../../../src/plan/dashboard/formulas";
import { dashboardRows, rowNumbers } from "../../../src/plan/layout";

describe("a block's share of targets met", () => {
  const rows = dashboardRows();
  const at = rowNumbers(rows);
  const row = (id: string) => at.get(`metric:${id}`);

  it("counts each metric with a target and a figure, and those at or over their target, over the month's column", () => {
    const f = targetsMetFormula(rows, at, "presale", 5);
    const [open, calls, meetings] = ["open_contacts", "calls_per_week", "meetings"].map(row);
    const counted = (r?: number) => `ISNUMBER(E${r})*ISNUMBER($D${r})`;
    const met = (r?: number) => `${counted(r)}*(N(E${r})>=N($D${r}))`;
    expect(f).toBe(
      `=IFERROR((${met(open)}+${met(calls)}+${met(meetings)})/(${counted(open)}+${counted(calls)}+${counted(meetings)}),"")`,
    );
  });

  it("leaves out the profile level (a word, not a figure) and a metric the user chose not to show", () => {
    const level = row("profile_level");
    expect(targetsMetFormula(rows, at, "branding", 6)).not.toContain(`F${level}`);
    expect(targetsMetFormula(rows, at, "branding", 6)).toContain(`F${row("profile_views")}`);
    const hidden = dashboardRows({ ...emptyShape(), hidden: ["profile_views"] });
    expect(targetsMetFormula(hidden, rowNumbers(hidden), "branding", 6)).not.toContain(
      `F${row("profile_views")}`,
    );
  });

  it("counts an own metric removed since the sheet was built, whose row stays until a rebuild", () => {
    const shape = {
      ...emptyShape(),
      own: [{ id: "own7" as const, block: "presale" as const, aggregation: "sum" as const }],
    };
    const orphaned = dashboardRows(shape);
    const where = rowNumbers(orphaned);
    expect(orphaned.find((x) => x.key === "own:own7")?.kind).toBe("orphan");
    expect(targetsMetFormula(orphaned, where, "presale", 5)).toContain(`E${where.get("own:own7")}`);
  });

  it("is empty for a block with no metric to count, and over the year the months' average", () => {
    const onlyLevel = rows.filter((x) => x.kind !== "metric" || x.metric?.id === "profile_level");
    expect(targetsMetFormula(onlyLevel, at, "branding", 5)).toBe("");
    expect(targetsMetYearFormula(16)).toBe('=IFERROR(ROUND(AVERAGE(E16:P16),4),"")');
  });

  it("covers every metric of the catalog but the level, in its own block", () => {
    const counted = METRICS.filter((m) => m.aggregation !== "level");
    for (const m of counted)
      expect(targetsMetFormula(rows, at, m.block, 5)).toContain(`E${row(m.id)}`);
  });
});

function emptyShape() {
  return { hidden: [], own: [], kpi: [], corr: [], summary: false };
}
