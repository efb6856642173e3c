/** The SSI log sheet: found under any language's name, laid out, and appended to. */
import type { SsiReading } from "../domain/entry";
import type { Language } from "../domain/language";
import { logNames } from "../plan/layout";
import { readingRow, ssiLogPlan } from "../plan/ssiLog";
import { applySheetPlan } from "./applyPlan";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** The log sheet if it exists, looked up under each language's name. */
export function findLog(ss: Spreadsheet, language: Language): Sheet | null {
  for (const name of logNames(language)) {
    const sheet = ss.getSheetByName(name);
    if (sheet) return sheet;
  }
  return null;
}

/** Finds or creates the log and lays out its header, formats and validation. */
export function ensureLog(ss: Spreadsheet, language: Language): { sheet: Sheet; name: string } {
  for (const name of logNames(language)) {
    const sheet = ss.getSheetByName(name);
    if (sheet) return layOut(ss, sheet, name, language);
  }
  const name = logNames(language)[0] ?? "SSI log";
  return layOut(ss, ss.insertSheet(name), name, language);
}

function layOut(ss: Spreadsheet, sheet: Sheet, name: string, language: Language): { sheet: Sheet; name: string } {
  applySheetPlan(ss, sheet, ssiLogPlan(name, sheet.getMaxRows(), language), { namedRanges: false });
  return { sheet, name };
}

/** Appends a reading as a new row (the sheet grows as needed). */
export function appendReading(log: Sheet, reading: SsiReading): void {
  log.appendRow(readingRow(reading));
}
