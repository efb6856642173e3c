/** A profile's sheets as a whole: found from the store, renamed with the profile, hidden, shown or deleted. */
import type { Language } from "../domain/language";
import type { Profile } from "../domain/profiles";
import { chartsSheetName } from "../plan/charts";
import { networkSheetName } from "../plan/import/networkSheet";
import { dashboardName, logName, ownedName, type SheetOwner } from "../plan/layout";
import {
  chartIdsKey,
  idKey,
  kindLayoutKey,
  layoutKey,
  linesKey,
  lookKey,
  networkImportKey,
  renamedKey,
  sheetKey,
} from "../plan/storeKeys";

import { currentName, hasDashboard } from "./ourSheets";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const FIRST_YEAR = 2000;
const LAST_YEAR = 2100;

/**
 * The years a profile has a dashboard for, as the store knows them (no call to Sheets): the years named
 * in the stored layouts, each checked against the profile's dashboard name.
 */
export function dashboardYears(
  stored: Record<string, string>,
  language: Language,
  owner: SheetOwner,
): number[] {
  const named = new Set<number>();
  for (const key of Object.keys(stored))
    if (key.startsWith(layoutKey("")))
      for (const m of key.matchAll(/\d{4}/g)) named.add(Number(m[0]));
  return [...named]
    .filter((year) => year >= FIRST_YEAR && year <= LAST_YEAR)
    .filter((year) => hasDashboard(stored, year, language, owner))
    .sort((a, b) => a - b);
}

/** The stored keys about one of our dashboards (by our name): its layout, id, person's name and lines. */
export function dashboardKeys(stored: Record<string, string>, ourName: string): string[] {
  return [
    layoutKey(ourName),
    idKey(ourName),
    renamedKey(ourName),
    linesKey(ourName),
    lookKey(ourName),
  ].filter((key) => key in stored);
}

/** Where a profile's log, charts and network sheets are stored, with the names they get when new. */
function companions(language: Language, owner: SheetOwner) {
  return [
    { key: sheetKey("log", owner), name: logName(language, owner) },
    { key: sheetKey("charts", owner), name: chartsSheetName(language, owner) },
    { key: sheetKey("network", owner), name: ownedName(networkSheetName(language), owner) },
  ];
}

/** Every sheet a profile owns, by name: its dashboards of every year, its log, charts and network. */
export function ownedSheets(
  stored: Record<string, string>,
  language: Language,
  owner: SheetOwner,
): string[] {
  const names = dashboardYears(stored, language, owner).map((y) =>
    currentName(stored, dashboardName(y, language, owner)),
  );
  for (const c of companions(language, owner)) {
    const name = stored[c.key];
    if (name) names.push(name);
  }
  return names;
}

/**
 * Renames a profile's sheets after its name changed (formulas that point at them follow), and answers
 * the stored keys to set and to forget. The main profile's sheets have plain names: nothing moves.
 */
export function renameProfileSheets(
  ss: Spreadsheet,
  stored: Record<string, string>,
  language: Language,
  before: Profile,
  after: Profile,
): { set: Record<string, string>; forget: string[] } {
  const set: Record<string, string> = {};
  const forget: string[] = [];
  if (before.name === after.name) return { set, forget };
  for (const year of dashboardYears(stored, language, before)) {
    const from = dashboardName(year, language, before);
    const to = dashboardName(year, language, after);
    if (from === to) continue;
    // A dashboard a person renamed keeps their name; ours follows the profile's.
    if (currentName(stored, from) === from) ss.getSheetByName(from)?.setName(to);
    set[layoutKey(to)] = stored[layoutKey(from)] ?? "";
    forget.push(layoutKey(from));
    for (const key of [idKey, renamedKey, linesKey, lookKey]) {
      const value = stored[key(from)];
      if (value === undefined) continue;
      set[key(to)] = value;
      forget.push(key(from));
    }
  }
  for (const c of companions(language, after)) {
    const from = stored[c.key];
    if (!from) continue;
    const to =
      from === ownedName(baseOf(from, before), before)
        ? ownedName(baseOf(from, before), after)
        : from;
    if (to === from) continue;
    ss.getSheetByName(from)?.setName(to);
    set[c.key] = to;
  }
  return { set, forget };
}

/** A profile sheet's name without the profile ("SSI log · Ana" → "SSI log"). */
function baseOf(name: string, owner: SheetOwner): string {
  const suffix = ownedName("", owner);
  return suffix && name.endsWith(suffix) ? name.slice(0, name.length - suffix.length) : name;
}

/** Hides an archived profile's sheets, or shows a restored profile's: nothing is deleted. */
export function showProfileSheets(
  ss: Spreadsheet,
  stored: Record<string, string>,
  language: Language,
  owner: SheetOwner,
  visible: boolean,
): void {
  for (const name of ownedSheets(stored, language, owner)) {
    const sheet = ss.getSheetByName(name);
    if (!sheet) continue;
    if (visible) sheet.showSheet();
    else sheet.hideSheet();
  }
}

/** Deletes a profile's sheets for good; answers the stored keys that pointed at them. */
export function deleteProfileSheets(
  ss: Spreadsheet,
  stored: Record<string, string>,
  language: Language,
  owner: SheetOwner,
): string[] {
  for (const name of ownedSheets(stored, language, owner)) {
    const sheet = ss.getSheetByName(name);
    if (sheet) ss.deleteSheet(sheet);
  }
  const keys = dashboardYears(stored, language, owner).flatMap((y) =>
    dashboardKeys(stored, dashboardName(y, language, owner)),
  );
  for (const c of companions(language, owner)) if (c.key in stored) keys.push(c.key);
  const kinds = [
    kindLayoutKey("log", owner),
    kindLayoutKey("charts", owner),
    chartIdsKey(owner),
    networkImportKey(owner),
  ];
  for (const key of kinds) if (key in stored) keys.push(key);
  return keys;
}
