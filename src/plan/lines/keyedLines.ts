/**
 * Keys for a sheet of ours that has no dashboard's key column: the team and Network sheets keep their
 * lines' keys in a hidden column after their last column and a hidden row after their last row, so
 * their visible cells stay where readers and charts expect them. A marker where the two meet says
 * where the keys are, wherever a person's rows and columns have moved them.
 */

import type { SheetPlan } from "../sheetPlan";
import { type GridMap, seriesAreas } from "./formulaRefs";
import { type FittedLines, fitLines } from "./personLines";

/** Keys for a plan's rows and columns, one each, and the marker of the sheet's kind. */
export interface LineKeys {
  marker: string;
  rows: string[];
  cols: string[];
}

/** Numbered keys for lines that have no other meaning than their place ("r1", "r2", …). */
export function numberedKeys(prefix: string, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${prefix}${i + 1}`);
}

/** The plan with its keys in a hidden column and row after its own: our cells stay where they were. */
export function withKeys(plan: SheetPlan, keys: LineKeys): SheetPlan {
  const rows = plan.rows + 1;
  const cols = plan.cols + 1;
  // The keys' cells look like any blank cell of ours: an empty grid stays empty ("leave as it is").
  const widen = <T>(cells: T[][], blank: T): T[][] =>
    cells.length === 0 ? cells : [...cells.map((row) => [...row, blank]), Array(cols).fill(blank)];
  return {
    ...plan,
    rows,
    cols,
    values: [
      ...plan.values.map((row, r) => [...row, keys.rows[r] ?? null]),
      ...(plan.values.length === plan.rows ? [[...keys.cols, keys.marker]] : []),
    ],
    numberFormats: widen(plan.numberFormats, ""),
    backgrounds: widen(plan.backgrounds, "#ffffff"),
    fontColors: widen(plan.fontColors, "#000000"),
    fontWeights: widen<"bold" | "normal">(plan.fontWeights, "normal"),
    fontSizes: widen(plan.fontSizes, 10),
    wraps: widen(plan.wraps, false),
    notes: widen(plan.notes, ""),
    validations: widen(plan.validations, null),
    hiddenRows: [...plan.hiddenRows, rows],
    hiddenColumns: [...plan.hiddenColumns, cols],
  };
}

/** Where the keys are on a sheet as read: its row keys (a column) and column keys (a row), or null. */
export function keysOnSheet(
  values: unknown[][],
  marker: string,
): { rows: unknown[]; cols: unknown[] } | null {
  for (let r = values.length - 1; r >= 0; r--) {
    const row = values[r] ?? [];
    const c = row.lastIndexOf(marker);
    if (c >= 0) return { rows: values.map((line) => line[c]), cols: row };
  }
  return null;
}

/**
 * The sheet's lines fitted to a keyed plan's, or null when the sheet's keys are gone. A row of ours the
 * plan dropped (an archived profile's) that holds something the person typed in a column of theirs is
 * not deleted: it becomes the person's row, and `released` lists it so our cells in it are emptied.
 */
export function fitKeyed(
  values: unknown[][],
  keys: LineKeys,
): { rows: FittedLines; cols: FittedLines; released: number[] } | null {
  const found = keysOnSheet(values, keys.marker);
  if (!found) return null;
  const cols = fitLines(found.cols, [...keys.cols, keys.marker]);
  // The person's columns as read, before any edit: those without a key.
  const theirCols = found.cols.flatMap((key, c) => (key === "" ? [c] : []));
  const wantedRows = new Set([...keys.rows, keys.marker]);
  const released = new Set<number>();
  found.rows.forEach((key, r) => {
    const row = values[r] ?? [];
    const typed = theirCols.some((c) => (row[c] ?? "") !== "");
    if (typeof key === "string" && key !== "" && !wantedRows.has(key) && typed) released.add(r + 1);
  });
  const rows = fitLines(found.rows, [...keys.rows, keys.marker], released);
  // Where the released rows are once the edits are made, in order.
  const at = [...released].map((line) =>
    rows.edits.reduce((l, e) => {
      if (e.kind === "delete") return e.at < l ? l - e.count : l;
      return e.after < l ? l + e.count : l;
    }, line),
  );
  return { rows, cols, released: at };
}

/** A chart spec as the plan gives it: its ranges (A1, no sheet) and the cell it is anchored to. */
interface PlacedChart {
  ranges: string[];
  position: { row: number; col: number };
}

/**
 * A chart spec moved onto a sheet where a person's lines sit among ours: anchored where its cell went,
 * and reading one range per run of our lines across its series (`rows` when each row is a series), so
 * no person's line becomes a series. `null` leaves the ranges: they are on another sheet.
 */
export function chartOnSheet<T extends PlacedChart>(
  spec: T,
  map: GridMap,
  across: "rows" | "cols" | null,
): T {
  return {
    ...spec,
    ranges: across ? spec.ranges.flatMap((a1) => seriesAreas(a1, map, across)) : spec.ranges,
    position: {
      ...spec.position,
      row: map.row(spec.position.row),
      col: map.col(spec.position.col),
    },
  };
}
