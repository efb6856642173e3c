/** What a new month or a new year takes over from the one before: stocks as a starting point, and targets. */
import { isStock, METRICS } from "../domain/catalog";
import type { OwnMetricSpec } from "../domain/ownMetric";
import { type KeptCells, keptKey } from "./dashboard/kept";

/** Copies last month's stocks (the catalog's, and own metrics counted at month end) into blank cells. */
export function carryStocks(
  from: KeptCells,
  fromMonth: number,
  toMonth: number,
  into: KeptCells,
  own: readonly OwnMetricSpec[] = [],
): void {
  const rows = [
    ...METRICS.filter(isStock).map((metric) => `metric:${metric.id}`),
    ...own.filter((o) => o.aggregation === "last").map((o) => `own:${o.id}`),
  ];
  for (const row of rows) {
    const source = from.get(keptKey(row, fromMonth));
    const target = into.get(keptKey(row, toMonth));
    if (source?.content != null && (target?.content == null || target.content === "")) {
      into.set(keptKey(row, toMonth), { content: source.content, note: target?.note ?? "" });
    }
  }
}

/** Copies every target of one year into another where the new one has none. */
export function carryTargets(from: KeptCells, into: KeptCells): void {
  for (const [key, cell] of from) {
    if (key.endsWith("|target") && cell.content !== null && !into.get(key)?.content)
      into.set(key, cell);
  }
}
