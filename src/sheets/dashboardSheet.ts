/** Builds or rebuilds a year's dashboard: reads what the user typed, applies the plan, keeps the rest. */
import { fill, messages } from "../domain/i18n";
import { MAIN_PROFILE, type Profile } from "../domain/profiles";
import type { Settings } from "../domain/settings";
import { dashboardPlan } from "../plan/dashboard";
import type { KeptCells } from "../plan/dashboard/kept";
import { fingerprint } from "../plan/fingerprint";
import { dashboardName, LAYOUT_VERSION, type SheetOwner } from "../plan/layout";
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
  /** Properties to store: the layout's signature (names, rules, widths, wraps), so a rebuild skips them. */
  changes: Record<string, string>;
}

/** What a year's dashboard holds now, by key; empty when there is no such sheet. */
export function readYear(
  ss: Spreadsheet,
  year: number,
  settings: Settings,
  owner: SheetOwner,
): { sheet: Sheet | null; kept: KeptCells } {
  const name = dashboardName(year, settings.language, owner);
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
  const { sheet: found, kept } = readYear(ss, year, settings, profile);
  adjust?.(kept);
  const plan = dashboardPlan({
    year,
    language: settings.language,
    profile,
    profileName: profile.name,
    totalTarget: profile.totalTarget,
    highlightMonth: settings.current.year === year ? settings.current.month : null,
    logName,
    kept,
  });
  // The first profile's newest year comes first, as before profiles; another profile's sheets follow.
  const sheet =
    found ??
    (profile.id === MAIN_PROFILE ? ss.insertSheet(plan.name, 0) : ss.insertSheet(plan.name));
  const key = `layout:${plan.name}`;
  const shape = [
    plan.namedRanges,
    plan.conditionalRules,
    plan.columnWidths,
    plan.frozenRows,
    plan.frozenColumns,
    plan.hiddenRows,
    plan.hiddenColumns,
    plan.wraps,
  ];
  const signature = `${LAYOUT_VERSION}:${fingerprint(JSON.stringify(shape))}`;
  applySheetPlan(ss, sheet, plan, { layout: store.all[key] !== signature, fresh: !found });
  return { sheet, plan, changes: { [key]: signature } };
}
