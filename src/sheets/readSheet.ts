/** Reads a sheet the add-on made back into kept cells, keyed by its hidden row and column keys. */
import { type KeptCells, keptKey } from "../plan/dashboard/kept";
import type { LineEdit } from "../plan/personLines";
import { type CellContent, keptContent } from "../plan/sheetPlan";
import type { SheetLook } from "../plan/spreadPlan";

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

/** Everything a plan writes, as the sheet holds it over `rows` × `cols`: a person's cells are written back from it. */
export function readLook(
  sheet: Sheet,
  rows: number,
  cols: number,
  /** The grid read before, when no edit has moved anything since: its contents and notes are reused. */
  read?: SheetGrid,
): SheetLook {
  const range = sheet.getRange(1, 1, rows, cols);
  const values = read?.values ?? range.getValues();
  const formulas = read?.formulas ?? range.getFormulas();
  return {
    contents: values.map((row, r) => row.map((v, c) => formulas[r]?.[c] || keptContent(v))),
    notes: read?.notes ?? range.getNotes(),
    numberFormats: range.getNumberFormats(),
    backgrounds: range.getBackgrounds(),
    fontColors: range.getFontColors(),
    fontWeights: range.getFontWeights(),
    fontSizes: range.getFontSizes(),
    wraps: range.getWraps(),
    validations: range.getDataValidations(),
  };
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
