/** Builds or rebuilds a year's dashboard: reads what the user typed, applies the plan, keeps the rest. */

import { fill, messages } from "../domain/i18n";
import { MAIN_PROFILE, type Profile } from "../domain/profiles";
import type { Settings } from "../domain/settings";
import { cell, quoteSheet } from "../plan/a1";
import { dashboardPlan } from "../plan/dashboard";
import type { KeptCells } from "../plan/dashboard/kept";
import { fingerprint, lookSignature } from "../plan/fingerprint";
import {
  COL,
  type DashboardLayout,
  dashboardLayout,
  decodeShape,
  encodeShape,
  LAYOUT_VERSION,
  rowOf,
  type SheetOwner,
  shapeOf,
} from "../plan/layout";
import { encodeLines, fitDashboard, isPlain, linesMap } from "../plan/lines/personLines";
import { spreadPlan } from "../plan/lines/spreadPlan";
import { removedRows } from "../plan/removedMetrics";
import type { SheetPlan } from "../plan/sheetPlan";
import { dashboardSheet, type OurSheetRecord, sheetRecord } from "../plan/sheetRegistry";
import { layoutKey, linesKey, lookKey, type StoreChanges, type Stored } from "../plan/storeKeys";
import { applySheetPlan, type Restored } from "./applyPlan";
import { now } from "./clock";
import { UserError } from "./errors";
import { ensureOurSheet, type LocatedSheet, locateOurSheet } from "./ourSheets";
import { editLines, isOurs, keptCells, readGrid, type SheetGrid } from "./readSheet";
import { keepRemoved } from "./removedSheet";
import type { Store } from "./store";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface BuiltYear {
  sheet: Sheet;
  /** The sheet's name now: ours, or the one a person renamed it to. */
  name: string;
  /** Its key in the registry. */
  key: string;
  plan: SheetPlan;
  layout: DashboardLayout;
  /** Properties to store: the layout's signature (names, rules, widths, wraps), so a rebuild skips them. */
  changes: StoreChanges;
  /** Keys of our rows a person had deleted, made again (empty) by this build. */
  restored: string[];
  /** Our named ranges and colour rules a person had removed, put back by this build. */
  restoredLayout: Restored;
  /** The dashboard had been deleted: it was made again, empty of what was typed in it. */
  remade: boolean;
  /** Where the toast's cells are on the sheet (A1), a person's lines counted. */
  cells: { invalid: string[]; overwritten: string[] };
}

/** A profile's dashboard of a year as the store knows it (no call to Sheets). */
export function dashboardRecord(
  stored: Stored,
  year: number,
  settings: Settings,
  owner: SheetOwner,
): OurSheetRecord {
  return sheetRecord(stored, dashboardSheet(year, settings.language, owner));
}

/**
 * The layout a built dashboard has: its shape as stored when it was built (a sheet from before shapes
 * has the plain one), with the own metrics' kinds from today's settings.
 */
export function builtLayout(record: OurSheetRecord, settings: Settings): DashboardLayout {
  const stored = record.layout ?? "";
  const bar = stored.indexOf("|");
  return dashboardLayout(decodeShape(bar < 0 ? "" : stored.slice(bar + 1)), settings.metrics.own);
}

/**
 * The SSI target on a profile's dashboard of a year, as typed there (two calls); null when that
 * dashboard was never built, is gone, or holds no target from 1 to 100.
 */
export function dashboardTarget(
  ss: Spreadsheet,
  stored: Stored,
  settings: Settings,
  profile: Profile,
  year: number,
): number | null {
  const record = dashboardRecord(stored, year, settings, profile);
  if (record.layout === undefined) return null;
  const map = linesMap(record.lines);
  const row = map.row(rowOf(builtLayout(record, settings).at, "ssi:total"));
  try {
    const target = ss
      .getRange(`${quoteSheet(record.name)}!${cell(row, map.col(COL.target))}`)
      .getValue();
    return typeof target === "number" && target >= 1 && target <= 100 ? target : null;
  } catch {
    // A dashboard deleted or renamed by hand: Settings shows the stored target.
    return null;
  }
}

/** What a year's dashboard holds now, by key; empty when there is no such sheet. */
export function readYear(
  ss: Spreadsheet,
  year: number,
  settings: Settings,
  owner: SheetOwner,
  stored: Stored,
): {
  /** The sheet as found, and its name now: a person may have renamed it. */
  located: LocatedSheet;
  kept: KeptCells;
  keyedRows: number;
  grid: SheetGrid;
} {
  const located = locateOurSheet(ss, stored, dashboardSheet(year, settings.language, owner));
  const { sheet, name } = located;
  if (!sheet)
    return {
      located,
      kept: new Map(),
      keyedRows: 0,
      grid: { values: [], formulas: [], notes: [] },
    };
  const grid = readGrid(sheet);
  const blank = grid.values.every((row) => row.every((v) => v === ""));
  if (!isOurs(grid) && !blank) {
    throw new UserError(fill(messages(settings.language).errors.notOurs, { name }));
  }
  // Our rows end at the last one with a key: what a shorter layout must clear below itself.
  let keyedRows = grid.values.length;
  while (keyedRows > 0 && (grid.values[keyedRows - 1]?.[0] ?? "") === "") keyedRows--;
  return { located, kept: keptCells(grid), keyedRows, grid };
}

/**
 * Builds a profile's dashboard for a year over what the user typed (`kept`), with the SSI log it reads
 * from. `adjust` may add to the kept cells first (targets carried from last year, stocks carried forward).
 */
export function buildYear(
  ss: Spreadsheet,
  store: Store,
  year: number,
  settings: Settings,
  profile: Profile,
  logName: string,
  adjust?: (kept: KeptCells) => void,
): BuiltYear {
  const read = readYear(ss, year, settings, profile, store.all);
  const { kept, keyedRows, grid } = read;
  const found = read.located.sheet;
  // An own metric removed from the settings leaves its rows: they are copied before the rebuild drops them.
  const own = settings.metrics.own;
  const removed = keepRemoved(
    ss,
    store.all,
    removedRows(grid.values, (id) => own.some((o) => o.id === id), profile.name, year, now()),
    settings.language,
  );
  adjust?.(kept);
  const shape = shapeOf(settings.metrics);
  const layout = dashboardLayout(shape, settings.metrics.own);
  const plan = dashboardPlan({
    year,
    language: settings.language,
    profile,
    profileName: profile.name,
    totalTarget: profile.totalTarget,
    highlightMonth: settings.current.year === year ? settings.current.month : null,
    logName,
    kept,
    layout,
    metrics: settings.metrics,
  });
  // The first profile's newest year comes first, as before profiles; another profile's sheets follow.
  const kind = dashboardSheet(year, settings.language, profile);
  const index = profile.id === MAIN_PROFILE ? 0 : undefined;
  const ours = ensureOurSheet(ss, store.all, kind, index, read.located);
  const { sheet } = ours;
  const record = sheetRecord(store.all, kind);
  const fit = found && keyedRows > 0 ? fitted(sheet, plan, layout, grid) : null;
  const lines = fit?.lines ?? "";
  const signature = layoutSignature(plan, encodeShape(shape), lines);
  const applied = fit?.plan ?? plan;
  // The look of our cells (colours, fonts, wraps, validation, notes) is written when it changed.
  const cellLook = lookSignature(plan, lines);
  const restoredLayout = applySheetPlan(ss, sheet, applied, {
    layout: record.layout !== signature,
    look: record.look !== cellLook,
    fresh: !found,
    // Rows of ours the layout dropped were deleted: nothing below is ours to clear.
    rowsBefore: fit ? applied.rows : keyedRows,
  });
  const previous = new Set(builtLayout(record, settings).rows.map((r) => r.key));
  return {
    sheet,
    name: ours.name,
    key: kind.key,
    plan,
    layout,
    changes: {
      ...removed,
      ...ours.changes,
      [layoutKey(kind.key)]: signature,
      [lookKey(kind.key)]: cellLook,
      ...(lines || record.lines ? { [linesKey(kind.key)]: lines } : {}),
    },
    restored: (fit?.inserted ?? []).filter((k) => previous.has(k)),
    restoredLayout,
    // Known to the store, yet not found: a person deleted it, and it was made again.
    remade: !found && record.layout !== undefined,
    cells: { invalid: applied.invalidCells, overwritten: applied.overwrittenCells ?? [] },
  };
}

/**
 * The signature of a dashboard's layout: what depends on its shape alone (names, rules, widths, frozen
 * and hidden lines, wraps), with a person's lines, since our names, rules and widths move with theirs.
 */
function layoutSignature(plan: SheetPlan, encoded: string, lines: string): string {
  const look = [
    plan.namedRanges,
    plan.conditionalRules,
    plan.columnWidths,
    plan.frozenRows,
    plan.frozenColumns,
    plan.hiddenRows,
    plan.hiddenColumns,
    plan.wraps,
  ];
  const print = fingerprint(JSON.stringify(lines ? [...look, lines] : look));
  return `${LAYOUT_VERSION}:${print}${encoded ? `|${encoded}` : ""}`;
}

/**
 * Fits the plan around the rows and columns a person added (found by their missing keys): our dropped
 * rows are deleted and new ones inserted through Sheets, so every formula pointing at ours follows.
 */
function fitted(sheet: Sheet, plan: SheetPlan, layout: DashboardLayout, grid: SheetGrid) {
  const { rows, cols } = fitDashboard(grid.values, layout);
  editLines(sheet, "rows", rows.edits);
  editLines(sheet, "columns", cols.edits);
  const plain = isPlain(rows) && isPlain(cols);
  return {
    plan: plain ? plan : spreadPlan(plan, rows, cols),
    inserted: rows.inserted,
    lines: plain ? "" : encodeLines(rows, cols),
  };
}
