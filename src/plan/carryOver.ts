/** What a new month or a new year takes over from the one before: stocks as a starting point, and targets. */
import { isStock, METRICS } from "../domain/catalog";
import { type KeptCells, keptKey } from "./dashboard/kept";

/** Copies last month's stocks into a month where the user left them blank. */
export function carryStocks(
  from: KeptCells,
  fromMonth: number,
  toMonth: number,
  into: KeptCells,
): void {
  for (const metric of METRICS.filter(isStock)) {
    const row = `metric:${metric.id}`;
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
