/** The KPI custom functions: growth between two periods and a year's total by kind. */
import { socialKpi } from "../domain/companyKpi";
import { fill } from "../domain/i18n";
import { round } from "../domain/numbers";
import { type Arg, asGrid, cells, functionMessages, isBlank, mapCells, numberOf } from "./args";

/** Relative growth (0.5 = +50 %); blank when the previous value is 0 or blank. */
export function KPI_GROWTH(current: Arg, previous: Arg): number | string | (number | string)[][] {
  const before = asGrid(previous);
  const single = before.length === 1 && before[0]?.length === 1;
  const now = asGrid(current);
  if (!single && (before.length !== now.length || before[0]?.length !== now[0]?.length)) {
    throw new Error(
      fill(functionMessages("en").shape, {
        name: "KPI_GROWTH",
        what: "previous",
        rows: now.length,
        cols: now[0]?.length ?? 0,
      }),
    );
  }
  return mapCells(current, (cell, r, c) => {
    const a = numberOf("KPI_GROWTH", cell, "en");
    const b = numberOf("KPI_GROWTH", single ? before[0]?.[0] : before[r]?.[c], "en");
    if (a === null || b === null || b === 0) return "";
    return (a - b) / b;
  });
}

/** A row of months aggregated as a metric of that kind does: sum, last or average. */
export function KPI_TOTAL(values: Arg, kind?: Arg): number | string {
  const how = String(kind ?? "sum")
    .trim()
    .toLowerCase();
  if (how !== "sum" && how !== "last" && how !== "average") {
    throw new Error(fill(functionMessages("en").kind, { name: "KPI_TOTAL", value: String(kind) }));
  }
  const numbers = cells(values)
    .filter((c) => !isBlank(c))
    .map((c) => numberOf("KPI_TOTAL", c, "en") as number);
  if (numbers.length === 0) return "";
  if (how === "last") return numbers[numbers.length - 1] as number;
  const sum = numbers.reduce((a, b) => a + b, 0);
  return how === "sum" ? round(sum, 10) : round(sum / numbers.length, 2);
}

/**
 * Seed 004's company KPI for any cells: each actual ÷ its target, capped at 120 %, weighted, × 100;
 * blank while any actual is blank, as on the dashboard.
 */
export function SOCIAL_KPI(actuals: Arg, targets: Arg, weights: Arg): number | string {
  const name = "SOCIAL_KPI";
  const m = functionMessages("en");
  const a = cells(actuals);
  const t = cells(targets);
  const w = cells(weights);
  for (const [what, list] of [
    ["targets", t],
    ["weights", w],
  ] as const) {
    if (list.length !== a.length)
      throw new Error(
        fill(m.shape, {
          name,
          what,
          rows: asGrid(actuals).length,
          cols: asGrid(actuals)[0]?.length ?? 0,
        }),
      );
  }
  const items = a.map((cell, i) => {
    const target = numberOf(name, t[i], "en");
    if (target === null || target <= 0)
      throw new Error(fill(m.kpiTarget, { name, value: String(t[i] ?? "") }));
    const weight = numberOf(name, w[i], "en");
    if (weight === null || weight < 0)
      throw new Error(fill(m.kpiWeight, { name, value: String(w[i] ?? "") }));
    return { actual: numberOf(name, cell, "en"), target, weight };
  });
  if (items.reduce((sum, i) => sum + i.weight, 0) <= 0)
    throw new Error(fill(m.kpiWeight, { name, value: "0" }));
  return socialKpi(items) ?? "";
}
