/** Appends the copies of removed own metrics to the Removed metrics sheet, made on first use. */
import type { Language } from "../domain/language";
import { removedHeader } from "../plan/removedMetrics";
import type { CellContent } from "../plan/sheetPlan";
import { removedMetricsSheet } from "../plan/sheetRegistry";
import type { StoreChanges, Stored } from "../plan/storeKeys";
import { asEntered } from "./cells";
import { roomBelow } from "./grid";
import { ensureOurSheet } from "./ourSheets";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/**
 * Appends rows below what is there, in one write, and says what to store about the sheet; nothing
 * when there is nothing to keep.
 */
export function keepRemoved(
  ss: Spreadsheet,
  stored: Stored,
  rows: CellContent[][],
  language: Language,
): StoreChanges {
  if (rows.length === 0) return {};
  const { sheet, fresh, renamed, changes } = ensureOurSheet(
    ss,
    stored,
    removedMetricsSheet(language),
  );
  const header = removedHeader(language);
  // Renamed by us to the language now: its header follows (a person's sheet of that name keeps its own).
  if (renamed) sheet.getRange(1, 1, 1, header.length).setValues([header]);
  const all: CellContent[][] = fresh ? [header, ...rows] : [...rows];
  const first = sheet.getLastRow() + 1;
  roomBelow(sheet, first - 1, all.length);
  const range = sheet.getRange(first, 1, all.length, header.length);
  range.setValues(all.map((row) => row.map(asEntered)));
  sheet.getRange(first, 1, all.length, 1).setNumberFormat("yyyy-mm-dd");
  return changes;
}
