/** Writes an export import: the dashboards' month cells, the Network sheet and the Import log. */
import type { ExportSummary, NetworkFacts } from "../domain/exportSummary";
import { fill, messages } from "../domain/i18n";
import type { Language } from "../domain/language";
import { ownMetricFed } from "../domain/ownMetric";
import type { Settings } from "../domain/settings";
import { area, columnLetter, quoteSheet } from "../plan/a1";
import { fingerprint } from "../plan/fingerprint";
import {
  type CellImport,
  columnsToWrite,
  type OwnTarget,
  type YearColumns,
} from "../plan/import/changes";
import { IMPORT_LOG_COLUMNS, importLogHeader, importLogRows } from "../plan/import/importLog";
import { networkPlan } from "../plan/import/networkSheet";
import { monthColumn, type SheetOwner } from "../plan/layout";
import { chartOnSheet, numberedKeys } from "../plan/lines/keyedLines";
import { linesMap } from "../plan/lines/personLines";
import { changedPart, ourBlocks, sliceBlock } from "../plan/lines/spreadPlan";
import { COLUMN_ROWS, isIntact } from "../plan/monthEntry";
import { keptContent } from "../plan/sheetPlan";
import { importLogSheet, networkSheet } from "../plan/sheetRegistry";
import { networkImportKey, type StoreChanges, type Stored } from "../plan/storeKeys";
import { asEntered } from "./cells";
import { drawChart } from "./chartDraw";
import { builtLayout, dashboardRecord } from "./dashboardSheet";
import { UserError } from "./errors";
import { roomBelow } from "./grid";
import { layKeyed } from "./keyedSheet";
import { ensureOurSheet } from "./ourSheets";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

/** A year's month columns as read, where they are on the sheet around a person's rows and columns. */
export type ReadColumns = YearColumns & {
  range: Range;
  /** The sheet's rectangle as read, a person's cells included, and where each of ours sits in it. */
  sheet: YearColumns;
  at: { rows: number[]; cols: number[] };
  /** The sheet's name and the rectangle's first column, to reach a part of it. */
  where: { name: string; first: number };
};

/**
 * A year's month columns as they stand, and their range, in four calls; null when there is no dashboard.
 * They are read from row 1 down to the fixed rows' end, or to the own metric's row that takes post
 * impressions when this dashboard has one (a dashboard built before that metric has none).
 */
export function readYearColumns(
  ss: Spreadsheet,
  year: number,
  settings: Settings,
  owner: SheetOwner,
  stored: Stored,
): ReadColumns | null {
  const { language } = settings;
  const record = dashboardRecord(stored, year, settings, owner);
  const { name } = record;
  const layout = builtLayout(record, settings);
  const map = linesMap(record.lines);
  const first = map.col(monthColumn(1));
  const last = map.col(monthColumn(12));
  const fed = ownMetricFed(settings.metrics.own, "impressions");
  const ownRow = fed ? layout.at.get(`own:${fed.id}`) : undefined;
  const impressions: OwnTarget | null =
    fed && ownRow ? { id: fed.id, name: fed.name, row: ownRow } : null;
  const rows = Math.max(COLUMN_ROWS, impressions?.row ?? 0);
  let range: Range;
  try {
    range = ss.getRange(
      `${quoteSheet(name)}!${columnLetter(first)}1:${columnLetter(last)}${map.row(rows)}`,
    );
  } catch {
    return null;
  }
  const sheet = {
    values: range.getValues(),
    formulas: range.getFormulas(),
    notes: range.getNotes(),
  };
  const at = {
    rows: Array.from({ length: rows }, (_, r) => map.row(r + 1) - 1),
    cols: Array.from({ length: 12 }, (_, m) => map.col(monthColumn(m + 1)) - first),
  };
  const pick = <T>(grid: T[][]) => at.rows.map((r) => at.cols.map((c) => grid[r]?.[c] as T));
  const columns = {
    range,
    sheet,
    at,
    where: { name, first },
    values: pick(sheet.values),
    formulas: pick(sheet.formulas),
    notes: pick(sheet.notes),
    ...(impressions ? { impressions } : {}),
  };
  for (let month = 1; month <= 12; month++) {
    const column = {
      values: columns.values.map((row) => row[month - 1]),
      formulas: columns.formulas.map((row) => row[month - 1] ?? ""),
    };
    if (!isIntact(column, year, month, layout, map)) {
      const m = messages(language);
      throw new UserError(fill(m.errors.layoutChanged, { name, build: m.menu.build }));
    }
  }
  return columns;
}

/**
 * Writes a year's imported cells: over the range read when no person's line is among ours (one call,
 * two with notes), else only the changed part of each block of our rows by our columns, so a person's
 * cells are neither read back nor written.
 */
export function writeYear(
  ss: Spreadsheet,
  columns: ReadColumns,
  writes: CellImport[],
  note: string,
): void {
  if (writes.length === 0) return;
  const { values, notes, notesChanged } = columnsToWrite(columns, writes, note);
  const { sheet, at, where } = columns;
  const plain =
    at.rows.every((r, i) => r === i) &&
    at.cols.every((c, j) => c === j) &&
    sheet.values.length === at.rows.length &&
    (sheet.values[0]?.length ?? 0) === at.cols.length;
  if (plain) {
    columns.range.setValues(values.map((row) => row.map(asEntered)));
    if (notesChanged) columns.range.setNotes(notes);
    return;
  }
  const map = {
    row: (n: number) => (at.rows[n - 1] ?? 0) + 1,
    col: (n: number) => (at.cols[n - 1] ?? 0) + where.first,
  };
  const content = (i: number, j: number) =>
    columns.formulas[i]?.[j] || keptContent(columns.values[i]?.[j]);
  const noteDiffers = (i: number, j: number) =>
    (columns.notes[i]?.[j] ?? "") !== (notes[i]?.[j] ?? "");
  for (const block of ourBlocks(at.rows.length, at.cols.length, map)) {
    const part = changedPart(
      block,
      (i, j) => content(i, j) !== (values[i]?.[j] ?? null) || noteDiffers(i, j),
    );
    if (!part) continue;
    const range = ss.getRange(
      `${quoteSheet(where.name)}!${area(part.row, part.col, part.numRows, part.numCols)}`,
    );
    range.setValues(sliceBlock(values, part).map((line) => line.map(asEntered)));
    if (changedPart(part, noteDiffers)) range.setNotes(sliceBlock(notes, part));
  }
}

/**
 * Rewrites the Network sheet from the export's facts, with its chart; the same export with the same
 * targets in the same language is not written twice.
 */
export function writeNetworkSheet(
  ss: Spreadsheet,
  stored: Stored,
  summary: ExportSummary & { network: NetworkFacts },
  language: Language,
  owner: SheetOwner,
): { name: string; changes: StoreChanges } {
  const NETWORK_IMPORT = networkImportKey(owner);
  const signature = fingerprint(JSON.stringify([language, summary.exportDay, summary.network]));
  const kind = networkSheet(language, owner);
  const { sheet, name, fresh, changes } = ensureOurSheet(ss, stored, kind);
  // The same export in the same language is not written twice.
  const unchanged = !fresh && stored[NETWORK_IMPORT] === signature;
  if (unchanged) return { name, changes: name === stored[kind.key] ? {} : changes };
  const { plan, chart } = networkPlan(summary, language, name);
  // Its lines are known by their place: a person's row after the export's third month stays there.
  const keys = {
    marker: "keys:network",
    rows: numberedKeys("r", plan.rows),
    cols: numberedKeys("c", plan.cols),
  };
  const { map } = layKeyed(ss, sheet, plan, keys, { fresh, layout: () => true });
  const placed = chartOnSheet(chart, map, "cols");
  const ranges = sheet.getRangeList(placed.ranges).getRanges();
  drawChart(sheet, sheet.getCharts()[0], { type: "COLUMN", ...placed }, ranges);
  return {
    name,
    changes: { ...changes, [NETWORK_IMPORT]: signature },
  };
}

/** Appends an import's lines to the Import log, making the log the first time. */
export function appendImportLog(
  ss: Spreadsheet,
  stored: Stored,
  summary: ExportSummary,
  written: CellImport[],
  now: Date,
  language: Language,
  owner: SheetOwner,
): { name: string; changes: StoreChanges } {
  const log = ensureOurSheet(ss, stored, importLogSheet(language));
  const { sheet } = log;
  const rows = importLogRows(summary, written, now, language, owner).map((row) =>
    row.map(asEntered),
  );
  if (log.fresh) {
    const header = [importLogHeader(language), ...rows];
    sheet.getRange(1, 1, header.length, IMPORT_LOG_COLUMNS).setValues(header);
    sheet.getRange(1, 1, 1, IMPORT_LOG_COLUMNS).setFontWeight("bold");
    sheet.getRange(2, 1, sheet.getMaxRows() - 1, 1).setNumberFormat("yyyy-mm-dd hh:mm");
    sheet.setFrozenRows(1);
    return { name: log.name, changes: log.changes };
  }
  // Renamed by us to the language now: its header follows (a person's sheet of that name keeps its own).
  if (log.renamed)
    sheet.getRange(1, 1, 1, IMPORT_LOG_COLUMNS).setValues([importLogHeader(language)]);
  const last = sheet.getLastRow();
  roomBelow(sheet, last, rows.length);
  sheet.getRange(last + 1, 1, rows.length, IMPORT_LOG_COLUMNS).setValues(rows);
  return { name: log.name, changes: log.changes };
}
