/** The SSI log sheet: found where it was made, laid out when new or when its language changes, appended to. */
import type { SsiReading } from "../domain/entry";
import type { Language } from "../domain/language";
import { columnLetter, quoteSheet } from "../plan/a1";
import { LAYOUT_VERSION, type SheetOwner } from "../plan/layout";
import { logSheet } from "../plan/sheetRegistry";
import { placeReading, type ReadingPlace, readingRow, ssiLogPlan } from "../plan/ssiLog";
import { layoutKey, type StoreChanges, type Stored } from "../plan/storeKeys";
import { applySheetPlan } from "./applyPlan";
import { asEntered } from "./cells";
import { ensureOurSheet } from "./ourSheets";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface LogSheet {
  sheet: Sheet;
  name: string;
  /** Properties to store: where the log is and the layout it has. */
  changes: StoreChanges;
  /** The log had been deleted and was made again, empty. */
  remade: boolean;
}

/** Finds or creates a profile's log; lays out its header, formats and validation only when they would change. */
export function ensureLog(
  ss: Spreadsheet,
  stored: Stored,
  language: Language,
  owner: SheetOwner,
): LogSheet {
  const kind = logSheet(language, owner);
  const LAYOUT = layoutKey(kind.key);
  const { sheet, name, fresh, remade, changes } = ensureOurSheet(ss, stored, kind);
  const signature = logSignature(language);
  if (fresh || stored[LAYOUT] !== signature) {
    applySheetPlan(ss, sheet, ssiLogPlan(name, sheet.getMaxRows(), language), {
      layout: true,
    });
  }
  // A log the store knew of that is gone was deleted by a person: the answer says it was made again.
  return { sheet, name, changes: { ...changes, [LAYOUT]: signature }, remade };
}

/** The stored signature of a log's layout: its header and validation follow the language. */
function logSignature(language: Language): string {
  return `${LAYOUT_VERSION}:${language}`;
}

/** Makes a deleted log again under `name` (the one the dashboard's formulas use), laid out as new. */
export function remakeLog(
  ss: Spreadsheet,
  name: string,
  language: Language,
  owner: SheetOwner,
): StoreChanges {
  const sheet = ss.insertSheet(name);
  applySheetPlan(ss, sheet, ssiLogPlan(name, sheet.getMaxRows(), language), { layout: true });
  const { key } = logSheet(language, owner);
  return { [key]: name, [layoutKey(key)]: logSignature(language) };
}

/** A reading already saved for the day: its four pillars and total, as the log holds them. */
export interface SameDay {
  kind: "sameDay";
  row: number;
  saved: (number | null)[];
}

/**
 * Writes a reading into the log by its day: over the row of the same day, else where it keeps the log
 * in date order. Reads the log's days once; a row is inserted only for a reading older than the last.
 */
export function saveReading(
  ss: Spreadsheet,
  logName: string,
  reading: SsiReading,
  timeZone: () => string,
  replace: boolean,
): ReadingPlace | SameDay {
  const log = quoteSheet(logName);
  const found = ss.getRange(`${log}!A2:A`).getValues();
  // A day cell comes as midnight in the spreadsheet's zone: read back as that day there.
  const days = found.map(([v]) =>
    v instanceof Date ? Utilities.formatDate(v, timeZone(), "yyyy-MM-dd") : String(v ?? ""),
  );
  const place = placeReading(days, reading.date);
  // A reading of that day is there: it is replaced only once the person has seen both and said so.
  if (place.kind === "update" && !replace) {
    const [saved = []] = ss.getRange(`${log}!B${place.row}:F${place.row}`).getValues();
    return {
      kind: "sameDay",
      row: place.row,
      saved: saved.map((v) => (typeof v === "number" ? v : null)),
    };
  }
  const { day, cells } = readingRow(reading);
  const row = [[day, ...cells.map(asEntered)]];
  const width = row[0]!.length;
  if (place.kind === "insert") ss.getSheetByName(logName)?.insertRowBefore(place.row);
  if (place.row > found.length + 1) ss.getSheetByName(logName)?.appendRow(row[0]!);
  else ss.getRange(`${log}!A${place.row}:${columnLetter(width)}${place.row}`).setValues(row);
  return place;
}
