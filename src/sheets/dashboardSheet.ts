/** Builds or rebuilds a year's dashboard: reads what the user typed, applies the plan, keeps the rest. */
import { fill, messages } from "../domain/i18n";
import { MAIN_PROFILE, type Profile } from "../domain/profiles";
import type { Settings } from "../domain/settings";
import { dashboardPlan } from "../plan/dashboard";
import type { KeptCells } from "../plan/dashboard/kept";
import { fingerprint } from "../plan/fingerprint";
import {
  type DashboardLayout,
  dashboardLayout,
  dashboardName,
  decodeShape,
  encodeShape,
  LAYOUT_VERSION,
  type SheetOwner,
  shapeOf,
} from "../plan/layout";
import { removedRows } from "../plan/removedMetrics";
import type { SheetPlan } from "../plan/sheetPlan";
import { applySheetPlan } from "./applyPlan";
import { now } from "./clock";
import { UserError } from "./errors";
import { isOurs, keptCells, readGrid } from "./readSheet";
import { keepRemoved } from "./removedSheet";
import type { Store } from "./store";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface BuiltYear {
  sheet: Sheet;
  plan: SheetPlan;
  layout: DashboardLayout;
  /** Properties to store: the layout's signature (names, rules, widths, wraps), so a rebuild skips them. */
  changes: Record<string, string>;
}

/** The stored key of a dashboard's layout signature, which carries its shape after a "|". */
function layoutKey(name: string): string {
  return `layout:${name}`;
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

/** What a year's dashboard holds now, by key; empty when there is no such sheet. */
export function readYear(
  ss: Spreadsheet,
  year: number,
  settings: Settings,
  owner: SheetOwner,
): { sheet: Sheet | null; kept: KeptCells; keyedRows: number; grid: unknown[][] } {
  const name = dashboardName(year, settings.language, owner);
  const sheet = ss.getSheetByName(name);
  if (!sheet) return { sheet: null, kept: new Map(), keyedRows: 0, grid: [] };
  const grid = readGrid(sheet);
  const blank = grid.values.every((row) => row.every((v) => v === ""));
  if (!isOurs(grid) && !blank) {
    throw new UserError(fill(messages(settings.language).errors.notOurs, { name }));
  }
  // Our rows end at the last one with a key: what a shorter layout must clear below itself.
  let keyedRows = grid.values.length;
  while (keyedRows > 0 && (grid.values[keyedRows - 1]?.[0] ?? "") === "") keyedRows--;
  return { sheet, kept: keptCells(grid), keyedRows, grid: grid.values };
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
  const { sheet: found, kept, keyedRows, grid } = readYear(ss, year, settings, profile);
  // An own metric removed from the settings leaves its rows: they are copied before the rebuild drops them.
  const own = settings.metrics.own;
  keepRemoved(
    ss,
    removedRows(grid, (id) => own.some((o) => o.id === id), profile.name, year, now()),
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
  const sheet =
    found ??
    (profile.id === MAIN_PROFILE ? ss.insertSheet(plan.name, 0) : ss.insertSheet(plan.name));
  const key = layoutKey(plan.name);
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
  const encoded = encodeShape(shape);
  const signature = `${LAYOUT_VERSION}:${fingerprint(JSON.stringify(look))}${encoded ? `|${encoded}` : ""}`;
  applySheetPlan(ss, sheet, plan, {
    layout: store.all[key] !== signature,
    fresh: !found,
    rowsBefore: keyedRows,
  });
  return { sheet, plan, layout, changes: { [key]: signature } };
}
