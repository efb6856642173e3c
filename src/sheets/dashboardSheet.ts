/** Builds or rebuilds a year's dashboard: reads what the user typed, applies the plan, keeps the rest. */
import { fill, messages } from "../domain/i18n";
import type { Settings } from "../domain/settings";
import { dashboardPlan, type KeptCells } from "../plan/dashboard";
import { dashboardName, LAYOUT_VERSION } from "../plan/layout";
import type { SheetPlan } from "../plan/sheetPlan";
import { applySheetPlan } from "./applyPlan";
import { UserError } from "./errors";
import { isOurs, keptCells, readGrid } from "./readSheet";
import type { Store } from "./store";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

export interface BuiltYear {
  sheet: Sheet;
  plan: SheetPlan;
  /** Properties to store: the named ranges' signature, so a rebuild skips setting them again. */
  changes: Record<string, string>;
}

/** What a year's dashboard holds now, by key; empty when there is no such sheet. */
export function readYear(
  ss: Spreadsheet,
  year: number,
  settings: Settings,
): { sheet: Sheet | null; kept: KeptCells } {
  const name = dashboardName(year, settings.language);
  const sheet = ss.getSheetByName(name);
  if (!sheet) return { sheet: null, kept: new Map() };
  const grid = readGrid(sheet);
  const blank = grid.values.every((row) => row.every((v) => v === ""));
  if (!isOurs(grid) && !blank) {
    throw new UserError(fill(messages(settings.language).errors.notOurs, { name }));
  }
  return { sheet, kept: keptCells(grid) };
}

/**
 * Builds a year's dashboard over what the user typed (`kept`), with the SSI log it reads from.
 * `adjust` may add to the kept cells first (targets carried from last year, stocks carried forward).
 */
export function buildYear(
  ss: Spreadsheet,
  store: Store,
  year: number,
  settings: Settings,
  logName: string,
  adjust?: (kept: KeptCells) => void,
): BuiltYear {
  const { sheet: found, kept } = readYear(ss, year, settings);
  adjust?.(kept);
  const plan = dashboardPlan({
    year,
    language: settings.language,
    profileName: settings.profileName,
    totalTarget: settings.totalTarget,
    highlightMonth: settings.current.year === year ? settings.current.month : null,
    logName,
    kept,
  });
  const sheet = found ?? ss.insertSheet(plan.name, 0);
  const key = `names:${plan.name}`;
  const signature = `${LAYOUT_VERSION}:${plan.namedRanges.map((n) => `${n.name}=${n.a1}`).join(";")}`;
  applySheetPlan(ss, sheet, plan, { namedRanges: store.all[key] !== signature });
  return { sheet, plan, changes: { [key]: signature } };
}
