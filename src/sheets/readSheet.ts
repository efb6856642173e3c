/** Reads a sheet the add-on made back into kept cells, keyed by its hidden row and column keys. */
import { type KeptCells, keptKey } from "../plan/dashboard/kept";
import type { LineEdit } from "../plan/lines/personLines";
import { type CellContent, keptContent } from "../plan/sheetPlan";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface SheetGrid {
  values: unknown[][];
  formulas: string[][];
  notes: string[][];
}

/** The sheet's used area in three reads: values, formulas and notes. */
export function readGrid(sheet: Sheet): SheetGrid {
  const range = sheet.getDataRange();
  return { values: range.getValues(), formulas: range.getFormulas(), notes: range.getNotes() };
}

/** True when a grid carries our keys (so it is ours to rebuild). */
export function isOurs(grid: SheetGrid): boolean {
  return grid.values[0]?.[0] === "key" && grid.values[0]?.[1] === "label";
}

/** Every cell with content or a note, by row key and column key; formulas are kept as formulas. */
export function keptCells(grid: SheetGrid): KeptCells {
  const kept: KeptCells = new Map();
  const colKeys = grid.values[0] ?? [];
  const seen = new Set<string>();
  grid.values.forEach((row, r) => {
    const rowKey = row[0];
    // A second row with a key already seen is a person's copy of ours: theirs, not read as ours.
    if (typeof rowKey !== "string" || rowKey === "" || r === 0 || seen.has(rowKey)) return;
    seen.add(rowKey);
    row.forEach((value, c) => {
      const colKey = colKeys[c];
      if (c === 0 || colKey === "" || colKey === undefined) return;
      const formula = grid.formulas[r]?.[c] ?? "";
      const note = grid.notes[r]?.[c] ?? "";
      const content: CellContent = formula || keptContent(value);
      if (content === null && note === "") return;
      kept.set(keptKey(rowKey, String(colKey)), { content, note });
    });
  });
  return kept;
}

/** Makes a fit's edits on the sheet, rows or columns, in order (one call per run of lines). */
export function editLines(sheet: Sheet, axis: "rows" | "columns", edits: LineEdit[]): void {
  for (const e of edits) {
    if (axis === "rows") {
      if (e.kind === "delete") sheet.deleteRows(e.at, e.count);
      else if (e.after === 0) sheet.insertRowsBefore(1, e.count);
      else sheet.insertRowsAfter(e.after, e.count);
    } else if (e.kind === "delete") sheet.deleteColumns(e.at, e.count);
    else if (e.after === 0) sheet.insertColumnsBefore(1, e.count);
    else sheet.insertColumnsAfter(e.after, e.count);
  }
}
