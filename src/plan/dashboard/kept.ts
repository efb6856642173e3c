/** What a rebuild keeps: the user's cells found on the sheet before, by row key and column key. */
import type { CellContent } from "../sheetPlan";

/** A user's cell found on the sheet before a rebuild. */
export interface KeptCell {
  content: CellContent;
  note: string;
}
export type KeptCells = Map<string, KeptCell>;

/** The key of a kept cell: row key and column key ("metric:profile_views|3"). */
export function keptKey(rowKey: string, colKey: string | number): string {
  return `${rowKey}|${colKey}`;
}
