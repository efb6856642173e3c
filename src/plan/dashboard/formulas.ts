/** The dashboard's own formulas: block totals, the year column, the tier, and the rows it reads. */
import type { Metric } from "../../domain/catalog";
import { messages } from "../../domain/i18n";
import type { Language } from "../../domain/language";
import { TIER_THRESHOLDS, TIERS } from "../../domain/ssi";
import { cell, columnLetter, literal } from "../a1";
import { COL, type LayoutRow, monthColumn, rowOf } from "../layout";

export const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
export const FIRST = columnLetter(COL.firstMonth);
export const LAST = columnLetter(monthColumn(12));

/** A block's total in one column: the sum of the metrics that count, blank while none is filled. */
export function blockTotalFormula(
  rows: LayoutRow[],
  at: Map<string, number>,
  block: string,
  col: number,
): string {
  const refs = rows
    .filter(
      (x) =>
        (x.kind === "metric" || x.kind === "orphan") &&
        x.block === block &&
        x.metric?.countsInTotal &&
        !x.hidden,
    )
    .map((x) => cell(rowOf(at, x.key), col))
    .join(",");
  return `=IF(COUNT(${refs})=0,"",SUM(${refs}))`;
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
