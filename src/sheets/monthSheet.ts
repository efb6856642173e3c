/** Reads and writes one month's column of a dashboard in a fixed handful of calls. */

import type { Entry } from "../domain/entry";
import { fill, messages } from "../domain/i18n";
import type { Language } from "../domain/language";
import { columnLetter, quoteSheet } from "../plan/a1";
import { type DashboardLayout, dashboardName, monthColumn, type SheetOwner } from "../plan/layout";
import type { GridMap } from "../plan/lines/formulaRefs";
import { encodeLines, fitDashboard, linesMap } from "../plan/lines/personLines";
import { changedPart, ourBlocks, sliceBlock } from "../plan/lines/spreadPlan";
import {
  clearedBy,
  columnToWrite,
  isIntact,
  logNameIn,
  type MonthColumn,
} from "../plan/monthEntry";
import { keptContent } from "../plan/sheetPlan";
import { dashboardSheet, sheetRecord } from "../plan/sheetRegistry";
import type { ReadingPlace } from "../plan/ssiLog";
import { linesKey, type StoreChanges, type Stored } from "../plan/storeKeys";
import { asEntered } from "./cells";
import { UserError } from "./errors";
import { locateOurSheet } from "./ourSheets";
import { remakeLog, type SameDay, saveReading } from "./ssiLogSheet";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** A month's column on the sheet, and the same column as the layout numbers it (row 1 = index 0). */
interface PlacedColumn {
  range: Range;
  /** The sheet's name and the column's letter, for a part of the column. */
  where: { name: string; letter: string };
  /** The sheet's column as read, row 1 down: a person's cells included. */
  sheet: { values: unknown[]; formulas: string[]; notes?: string[] };
  column: MonthColumn;
  map: GridMap;
}

function placedColumn(
  ss: Spreadsheet,
  name: string,
  month: number,
  layout: DashboardLayout,
  map: GridMap,
  withNotes: boolean,
): PlacedColumn {
  const letter = columnLetter(map.col(monthColumn(month)));
  const range = ss.getRange(
    `${quoteSheet(name)}!${letter}1:${letter}${map.row(layout.rows.length)}`,
  );
  const values = range.getValues().map((r) => r[0]);
  const formulas = range.getFormulas().map((r) => r[0] ?? "");
  const notes = withNotes ? range.getNotes().map((r) => r[0] ?? "") : undefined;
  const at = layout.rows.map((_, i) => map.row(i + 1) - 1);
  const column: MonthColumn = {
    values: at.map((r) => values[r]),
    formulas: at.map((r) => formulas[r] ?? ""),
    ...(notes ? { notes: at.map((r) => notes[r] ?? "") } : {}),
  };
  return {
    range,
    where: { name, letter },
    sheet: { values, formulas, ...(notes ? { notes } : {}) },
    column,
    map,
  };
}

/**
 * The month's column where the dashboard's stored lines put it; when a person moved our lines since
 * the last build, the lines are found again from the keys (a few calls more, that once).
 */
function findColumn(
  ss: Spreadsheet,
  year: number,
  month: number,
  language: Language,
  owner: SheetOwner,
  layout: DashboardLayout,
  stored: Stored,
  withNotes: boolean,
): PlacedColumn & { changes?: StoreChanges } {
  const kind = dashboardSheet(year, language, owner);
  const record = sheetRecord(stored, kind);
  let placed: PlacedColumn | null = null;
  try {
    placed = placedColumn(ss, record.name, month, layout, linesMap(record.lines), withNotes);
  } catch {
    // Renamed or deleted, or shrunk by a person since: found again below.
  }
  if (placed && isIntact(placed.column, year, month, layout, placed.map)) return placed;
  const found = locateOurSheet(ss, stored, kind);
  if (!found.sheet) {
    const m = messages(language);
    throw new UserError(
      fill(m.errors.noDashboard, { year, addon: m.addonName, build: m.menu.build }),
    );
  }
  const keys = found.sheet.getDataRange().getValues();
  const { rows, cols } = fitDashboard(keys, layout);
  if (rows.edits.length > 0 || cols.edits.length > 0) throw layoutChanged(year, language, owner);
  const fresh = encodeLines(rows, cols);
  const again = placedColumn(ss, found.name, month, layout, linesMap(fresh), withNotes);
  if (!isIntact(again.column, year, month, layout, again.map))
    throw layoutChanged(year, language, owner);
  return { ...again, changes: { ...found.changes, [linesKey(kind.key)]: fresh } };
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
  stored: Stored,
): MonthColumn {
  return findColumn(ss, year, month, language, owner, layout, stored, true).column;
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
  stored: Stored,
): SavedMonth | HeldSave {
  const { range, where, sheet, column, map, changes } = findColumn(
    ss,
    entry.year,
    entry.month,
    language,
    entry.profile,
    layout,
    stored,
    false,
  );
  let reading: ReadingPlace | SameDay | null = null;
  let remadeLog: string | undefined;
  let logChanges: StoreChanges = {};
  if (entry.reading) {
    const log = logNameIn(column, layout);
    if (!log) throw layoutChanged(entry.year, language, entry.profile);
    try {
      reading = saveReading(ss, log, entry.reading, timeZone, entry.replaceReading);
    } catch (err) {
      // The log was deleted: it is made again under the name the dashboard's formulas give it.
      if (!/Range not found/.test(String((err as { message?: unknown } | null)?.message)))
        throw err;
      logChanges = remakeLog(ss, log, language, entry.profile);
      remadeLog = log;
      reading = saveReading(ss, log, entry.reading, timeZone, entry.replaceReading);
    }
    // That day has a reading: nothing is written until the person chooses, having seen both.
    if (reading.kind === "sameDay") return { sameDay: reading.saved };
  }
  // Ours take the entry: only the cells that change are written, by their own address, so a person's
  // cells in the column (a row of theirs, or a spill across it) are neither read back nor written.
  const ours = columnToWrite(column, entry, language, layout);
  const asRead = (i: number) => {
    const line = map.row(i + 1) - 1;
    return sheet.formulas[line] || keptContent(sheet.values[line]);
  };
  // The month's column alone: our rows in runs around a person's.
  for (const block of ourBlocks(ours.length, 1, { row: map.row, col: () => 1 })) {
    const part = changedPart(block, (i) => asRead(i) !== (ours[i]?.[0] ?? null));
    if (!part) continue;
    const last = part.row + part.numRows - 1;
    ss.getRange(
      `${quoteSheet(where.name)}!${where.letter}${part.row}:${where.letter}${last}`,
    ).setValues(sliceBlock(ours, part).map((line) => [asEntered(line[0] ?? null)]));
  }
  const after = range.getValues().map((r) => r[0]);
  return {
    values: layout.rows.map((_, i) => after[map.row(i + 1) - 1]),
    cleared: clearedBy(column, entry, layout),
    reading,
    ...(changes || remadeLog ? { changes: { ...changes, ...logChanges } } : {}),
    ...(remadeLog ? { remadeLog } : {}),
  };
}

/** A save held back: the day of its reading has one already (its pillars and total, as saved). */
export interface HeldSave {
  sameDay: (number | null)[];
}

/** What a save did: the column as recomputed, the fields it emptied, and where the reading went. */
export interface SavedMonth {
  values: unknown[];
  /** The labels of the fields it emptied. */
  cleared: string[];
  reading: ReadingPlace | null;
  /** What to store: the dashboard's lines or name found again, a log made again. */
  changes?: StoreChanges;
  /** The name of the SSI log made again because it had been deleted. */
  remadeLog?: string;
}
