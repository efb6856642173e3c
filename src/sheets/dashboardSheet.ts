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
  dashboardName,
  decodeShape,
  encodeShape,
  LAYOUT_VERSION,
  rowOf,
  type SheetOwner,
  shapeOf,
} from "../plan/layout";
import { encodeLines, fitDashboard, isPlain, linesMap } from "../plan/personLines";
import { removedRows } from "../plan/removedMetrics";
import type { SheetPlan } from "../plan/sheetPlan";
import { spreadPlan } from "../plan/spreadPlan";
import { layoutKey, linesKey, lookKey, renamedKey } from "../plan/storeKeys";
import { applySheetPlan, type Restored } from "./applyPlan";
import { now } from "./clock";
import { UserError } from "./errors";
import { currentName, findOurSheet, foundOrMade, rememberSheet } from "./ourSheets";
import { editLines, isOurs, keptCells, readGrid, type SheetGrid } from "./readSheet";
import { keepRemoved } from "./removedSheet";
import type { Store } from "./store";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface BuiltYear {
  sheet: Sheet;
  /** The sheet's name now: ours, or the one a person renamed it to. */
  name: string;
  plan: SheetPlan;
  layout: DashboardLayout;
  /** Properties to store: the layout's signature (names, rules, widths, wraps), so a rebuild skips them. */
  changes: Record<string, string>;
  /** Keys of our rows a person had deleted, made again (empty) by this build. */
  restored: string[];
  /** Our named ranges and colour rules a person had removed, put back by this build. */
  restoredLayout: Restored;
  /** The dashboard had been deleted: it was made again, empty of what was typed in it. */
  remade: boolean;
  /** Where the toast's cells are on the sheet (A1), a person's lines counted. */
  cells: { invalid: string[]; overwritten: string[] };
}

/**
 * The layout a built dashboard has: its shape as stored when it was built (a sheet from before shapes
 * has the plain one), with the own metrics' kinds from today's settings.
 */
export function builtLayout(
  all: Record<string, string>,
  name: string,
  settings: Settings,
): DashboardLayout {
  const stored = all[layoutKey(name)] ?? "";
  const bar = stored.indexOf("|");
  return dashboardLayout(decodeShape(bar < 0 ? "" : stored.slice(bar + 1)), settings.metrics.own);
}

/**
 * The SSI target on a profile's dashboard of a year, as typed there (two calls); null when that
 * dashboard was never built, is gone, or holds no target from 1 to 100.
 */
export function dashboardTarget(
  ss: Spreadsheet,
  stored: Record<string, string>,
  settings: Settings,
  profile: Profile,
  year: number,
): number | null {
  const key = dashboardName(year, settings.language, profile);
  if (!(layoutKey(key) in stored)) return null;
  const map = linesMap(stored[linesKey(key)]);
  const row = map.row(rowOf(builtLayout(stored, key, settings).at, "ssi:total"));
  try {
    const target = ss
      .getRange(`${quoteSheet(currentName(stored, key))}!${cell(row, map.col(COL.target))}`)
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
  stored: Record<string, string>,
): {
  sheet: Sheet | null;
  /** Its name now: a person may have renamed it. */
  name: string;
  kept: KeptCells;
  keyedRows: number;
  grid: SheetGrid;
  changes: Record<string, string>;
} {
  const found = findOurSheet(ss, stored, dashboardName(year, settings.language, owner));
  const { sheet, name, changes } = found;
  if (!sheet)
    return {
      sheet: null,
      name,
      kept: new Map(),
      keyedRows: 0,
      grid: { values: [], formulas: [], notes: [] },
      changes,
    };
  const grid = readGrid(sheet);
  const blank = grid.values.every((row) => row.every((v) => v === ""));
  if (!isOurs(grid) && !blank) {
    throw new UserError(fill(messages(settings.language).errors.notOurs, { name }));
  }
  // Our rows end at the last one with a key: what a shorter layout must clear below itself.
  let keyedRows = grid.values.length;
  while (keyedRows > 0 && (grid.values[keyedRows - 1]?.[0] ?? "") === "") keyedRows--;
  return { sheet, name, kept: keptCells(grid), keyedRows, grid, changes };
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
  const { sheet: found, kept, keyedRows, grid } = read;
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
  const { sheet, madeAs } = foundOrMade(
    ss,
    found,
    plan.name,
    profile.id === MAIN_PROFILE ? 0 : undefined,
  );
  const fit = found && keyedRows > 0 ? fitted(sheet, plan, layout, grid) : null;
  const key = layoutKey(plan.name);
  const lines = fit?.lines ?? "";
  const signature = layoutSignature(plan, encodeShape(shape), lines);
  const applied = fit?.plan ?? plan;
  // The look of our cells (colours, fonts, wraps, validation, notes) is written when it changed.
  const cellLook = lookSignature(plan, lines);
  const restoredLayout = applySheetPlan(ss, sheet, applied, {
    layout: store.all[key] !== signature,
    look: store.all[lookKey(plan.name)] !== cellLook,
    fresh: !found,
    // Rows of ours the layout dropped were deleted: nothing below is ours to clear.
    rowsBefore: fit ? applied.rows : keyedRows,
  });
  const previous = new Set(builtLayout(store.all, plan.name, settings).rows.map((r) => r.key));
  return {
    sheet,
    name: madeAs ?? read.name,
    plan,
    layout,
    changes: {
      ...read.changes,
      ...removed,
      // Made under another name beside a person's sheet: found by it from now on.
      ...(madeAs && madeAs !== plan.name ? { [renamedKey(plan.name)]: madeAs } : {}),
      ...rememberSheet(store.all, plan.name, sheet),
      [key]: signature,
      [lookKey(plan.name)]: cellLook,
      ...(lines || store.all[linesKey(plan.name)] ? { [linesKey(plan.name)]: lines } : {}),
    },
    restored: (fit?.inserted ?? []).filter((k) => previous.has(k)),
    restoredLayout,
    // Known to the store, yet not found: a person deleted it, and it was made again.
    remade: !found && key in store.all,
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
