/** The dashboard's own formulas: the targets each block met, the year column, the tier, and the rows it reads. */
import type { Metric } from "../../domain/catalog";
import { messages } from "../../domain/i18n";
import type { Language } from "../../domain/language";
import { TIER_THRESHOLDS, TIERS } from "../../domain/ssi";
import { cell, columnLetter, literal } from "../a1";
import { COL, type LayoutRow, monthColumn, rowOf } from "../layout";

export const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
export const FIRST = columnLetter(COL.firstMonth);
export const LAST = columnLetter(monthColumn(12));

/**
 * A block's share of targets met in one month: of its metrics with both a target and a figure, how many
 * reached the target. Counting, not adding: a stock, a flow and a rate never sum into one figure.
 */
export function targetsMetFormula(
  rows: LayoutRow[],
  at: Map<string, number>,
  block: string,
  col: number,
): string {
  const target = columnLetter(COL.target);
  const pairs = rows
    .filter(
      (x) =>
        (x.kind === "metric" || x.kind === "orphan") &&
        x.block === block &&
        x.metric?.aggregation !== "level" &&
        !x.hidden,
    )
    .map((x) => {
      const row = rowOf(at, x.key);
      return { figure: cell(row, col), goal: `$${target}${row}` };
    });
  if (pairs.length === 0) return "";
  const counted = pairs.map((p) => `ISNUMBER(${p.figure})*ISNUMBER(${p.goal})`);
  const met = pairs.map((p, i) => `${counted[i]}*(N(${p.figure})>=N(${p.goal}))`);
  return `=IFERROR((${met.join("+")})/(${counted.join("+")}),"")`;
}

/** A block's share of targets met over the year: the average of its months' shares. */
export function targetsMetYearFormula(row: number): string {
  return `=IFERROR(ROUND(AVERAGE(${FIRST}${row}:${LAST}${row}),4),"")`;
}

/** The year column: flows sum, rates average, stocks and levels take the latest month. */
export function yearFormula(metric: Pick<Metric, "aggregation">, row: number): string {
  const months = `${FIRST}${row}:${LAST}${row}`;
  const keys = `$${FIRST}$1:$${LAST}$1`;
  switch (metric.aggregation) {
    case "sum":
      return `=IF(COUNT(${months})=0,"",SUM(${months}))`;
    case "average":
      return `=IF(COUNT(${months})=0,"",ROUND(AVERAGE(${months}),2))`;
    // INDEX with column 0 would return the whole row (a spill in Sheets) when MAXIFS finds nothing:
    // MATCH turns "nothing" into #N/A, shown blank.
    case "last":
      return `=IFERROR(INDEX(${months},1,MATCH(MAXIFS(${keys},${months},">=0"),${keys},0)),"")`;
    case "level":
      return `=IFERROR(INDEX(${months},1,MATCH(MAXIFS(${keys},${months},"<>"),${keys},0)),"")`;
  }
}

/** The level an SSI total reaches, as nested IFs over the tier thresholds, in the language. */
export function tierFormula(ref: string, language: Language): string {
  const labels = messages(language).tiers;
  let formula = literal(labels[TIERS[0]]);
  TIER_THRESHOLDS.forEach((threshold, i) => {
    formula = `IF(${ref}>=${threshold},${literal(labels[TIERS[i + 1]!])},${formula})`;
  });
  return formula;
}
