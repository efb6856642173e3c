/** Appends the copies of removed own metrics to the Removed metrics sheet, made on first use. */
import { messages } from "../domain/i18n";
import type { Language } from "../domain/language";
import { removedHeader } from "../plan/removedMetrics";
import type { CellContent } from "../plan/sheetPlan";
import { asEntered } from "./cells";
import { roomBelow } from "./grid";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Appends rows below what is there, in one write; nothing when there is nothing to keep. */
export function keepRemoved(ss: Spreadsheet, rows: CellContent[][], language: Language): void {
  if (rows.length === 0) return;
  const name = messages(language).metricSetup.removedSheet;
  let sheet = ss.getSheetByName(name);
  const header = removedHeader(language);
  const all: CellContent[][] = [...rows];
  if (!sheet) {
    sheet = ss.insertSheet(name);
    all.unshift(header);
  }
  const first = sheet.getLastRow() + 1;
  roomBelow(sheet, first - 1, all.length);
  const range = sheet.getRange(first, 1, all.length, header.length);
  range.setValues(all.map((row) => row.map(asEntered)));
  sheet.getRange(first, 1, all.length, 1).setNumberFormat("yyyy-mm-dd");
}
