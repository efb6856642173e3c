/** Reads and writes one month's column of a dashboard in a fixed handful of calls. */
import type { Entry } from "../domain/entry";
import { fill, messages } from "../domain/i18n";
import type { Language } from "../domain/language";
import { columnLetter, quoteSheet } from "../plan/a1";
import { type DashboardLayout, dashboardName, monthColumn, type SheetOwner } from "../plan/layout";
import {
  clearedBy,
  columnToWrite,
  isIntact,
  logNameIn,
  type MonthColumn,
} from "../plan/monthEntry";
import type { ReadingPlace } from "../plan/ssiLog";
import { asEntered } from "./cells";
import { UserError } from "./errors";
import { saveReading } from "./ssiLogSheet";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

function columnRange(
  ss: Spreadsheet,
  year: number,
  month: number,
  language: Language,
  owner: SheetOwner,
  layout: DashboardLayout,
): Range {
  const name = dashboardName(year, language, owner);
  const col = monthColumn(month);
  const letter = columnLetter(col);
  try {
    return ss.getRange(`${quoteSheet(name)}!${letter}1:${letter}${layout.rows.length}`);
  } catch {
    const m = messages(language);
    throw new UserError(
      fill(m.errors.noDashboard, { year, addon: m.addonName, build: m.menu.build }),
    );
  }
}

/** The dashboard no longer has the layout the add-on built: the user is told to rebuild it. */
function layoutChanged(year: number, language: Language, owner: SheetOwner): UserError {
  const m = messages(language);
  return new UserError(
    fill(m.errors.layoutChanged, {
      name: dashboardName(year, language, owner),
      build: m.menu.build,
    }),
  );
}

/** A month's column as it stands, notes included, for the form. */
export function readMonth(
  ss: Spreadsheet,
  year: number,
  month: number,
  language: Language,
  owner: SheetOwner,
  layout: DashboardLayout,
): MonthColumn {
  const range = columnRange(ss, year, month, language, owner, layout);
  return {
    values: range.getValues().map((r) => r[0]),
    formulas: range.getFormulas().map((r) => r[0] ?? ""),
    notes: range.getNotes().map((r) => r[0] ?? ""),
  };
}

/**
 * Saves a validated entry: the reading goes to the log, the month's values into their cells, and the
 * column is read back with every formula recomputed. Other cells and other months are not touched.
 */
export function saveMonth(
  ss: Spreadsheet,
  entry: Entry,
  language: Language,
  timeZone: () => string,
  layout: DashboardLayout,
): SavedMonth {
  const range = columnRange(ss, entry.year, entry.month, language, entry.profile, layout);
  const column = {
    values: range.getValues().map((r) => r[0]),
    formulas: range.getFormulas().map((r) => r[0] ?? ""),
  };
  if (!isIntact(column, entry.year, entry.month, layout))
    throw layoutChanged(entry.year, language, entry.profile);
  let reading: ReadingPlace | null = null;
  if (entry.reading) {
    const log = logNameIn(column, layout);
    if (!log) throw layoutChanged(entry.year, language, entry.profile);
    try {
      reading = saveReading(ss, log, entry.reading, timeZone);
    } catch (err) {
      if (err instanceof Error && /Range not found/.test(err.message))
        throw layoutChanged(entry.year, language, entry.profile);
      throw err;
    }
  }
  range.setValues(columnToWrite(column, entry, language, layout).map((row) => row.map(asEntered)));
  return {
    values: range.getValues().map((r) => r[0]),
    cleared: clearedBy(column, entry, layout),
    reading,
  };
}

/** What a save did: the column as recomputed, the fields it emptied, and where the reading went. */
export interface SavedMonth {
  values: unknown[];
  /** The labels of the fields it emptied. */
  cleared: string[];
  reading: ReadingPlace | null;
}
