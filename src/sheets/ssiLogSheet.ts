/** The SSI log sheet: found where it was made, laid out when new or when its language changes, appended to. */
import type { SsiReading } from "../domain/entry";
import type { Language } from "../domain/language";
import { LAYOUT_VERSION, logName } from "../plan/layout";
import { readingRow, ssiLogPlan } from "../plan/ssiLog";
import { applySheetPlan } from "./applyPlan";
import { asEntered } from "./cells";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface LogSheet {
  sheet: Sheet;
  name: string;
  /** Properties to store: where the log is and the layout it has. */
  changes: Record<string, string>;
}

const NAME = "sheet:log";
const LAYOUT = "layout:log";

/** Finds or creates the log; lays out its header, formats and validation only when they would change. */
export function ensureLog(
  ss: Spreadsheet,
  stored: Record<string, string>,
  language: Language,
): LogSheet {
  const known = stored[NAME];
  const ownName = logName(language);
  let name = known ?? ownName;
  let sheet = ss.getSheetByName(name);
  if (!sheet && known) {
    name = ownName;
    sheet = ss.getSheetByName(name);
  }
  const fresh = !sheet;
  sheet ??= ss.insertSheet(name);
  const signature = `${LAYOUT_VERSION}:${language}`;
  if (fresh || stored[LAYOUT] !== signature) {
    applySheetPlan(ss, sheet, ssiLogPlan(name, sheet.getMaxRows(), language), {
      layout: false,
    });
  }
  return { sheet, name, changes: { [NAME]: name, [LAYOUT]: signature } };
}

/** Appends a reading as a new row (the sheet grows as needed). */
export function appendReading(log: Sheet, reading: SsiReading): void {
  const { day, cells } = readingRow(reading);
  log.appendRow([day, ...cells.map(asEntered)]);
}
