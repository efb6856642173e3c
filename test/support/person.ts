/** A person at the sheet: inserts and deletes rows and columns, types values, formulas and notes. */
import type { Addon } from "../../dev/loader";
import { rowOfKey } from "./addon";

/** Inserts a row right after our row `key` and types `cells` (column letter → content) and notes into it. */
export function insertRowAfter(
  addon: Addon,
  sheet: string,
  key: string,
  cells: Record<string, string | number>,
  notes: Record<string, string> = {},
): void {
  const row = rowOfKey(addon, sheet, key);
  addon.standIn.sheet(sheet).insertRowAfter(row);
  ownLine(addon, sheet, `${row + 1}:${row + 1}`);
  typeRow(addon, sheet, row + 1, cells, notes);
}

/**
 * A line a person inserted takes the formats and validation of ours beside it, as in Sheets: they
 * remove the validation (Data → Data validation → Remove) so their own text is not refused.
 */
export function ownLine(addon: Addon, sheet: string, a1: string): void {
  addon.standIn.range(`'${sheet}'!${a1}`).clearDataValidations();
}

/** Types into a row as a person would: a text, a number, or a formula. */
export function typeRow(
  addon: Addon,
  sheet: string,
  row: number,
  cells: Record<string, string | number>,
  notes: Record<string, string> = {},
): void {
  for (const [col, value] of Object.entries(cells))
    addon.standIn.range(`'${sheet}'!${col}${row}`).setValue(value);
  for (const [col, note] of Object.entries(notes))
    addon.standIn.range(`'${sheet}'!${col}${row}`).setNote(note);
}

/** Inserts a column after the column `after` (a letter) and types a header in row `headerRow`. */
export function insertColumnAfter(
  addon: Addon,
  sheet: string,
  after: string,
  header: string,
  headerRow: number,
): void {
  const range = addon.standIn.range(`'${sheet}'!${after}1`);
  addon.standIn.sheet(sheet).insertColumnAfter(range.getColumn());
  const mine = letterAfter(after);
  ownLine(addon, sheet, `${mine}:${mine}`);
  addon.standIn.range(`'${sheet}'!${letterAfter(after)}${headerRow}`).setValue(header);
}

/** The column letter after `letter` ("F" → "G"; "Z" is past our dashboards' width). */
export function letterAfter(letter: string): string {
  return String.fromCharCode(letter.charCodeAt(0) + 1);
}

/** The row right after our row `key`: where a person's inserted row sits. */
export function rowAfterKey(addon: Addon, sheet: string, key: string): number {
  return rowOfKey(addon, sheet, key) + 1;
}
