/** A profile's sheets as a whole: found from the store, renamed with the profile, hidden, shown or deleted. */
import type { Language } from "../domain/language";
import type { Profile } from "../domain/profiles";
import { ownedName, type SheetOwner } from "../plan/layout";
import {
  chartsSheet,
  dashboardSheet,
  dashboardYears,
  logSheet,
  networkSheet,
  recordKeys,
  sheetRecord,
} from "../plan/sheetRegistry";
import { chartIdsKey, networkImportKey, type StoreChanges, type Stored } from "../plan/storeKeys";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A profile's log, Charts and Network sheets, as the registry knows them. */
function companions(language: Language, owner: SheetOwner) {
  return [logSheet(language, owner), chartsSheet(language, owner), networkSheet(language, owner)];
}

/** Every sheet a profile owns, by name: its dashboards of every year, its log, charts and network. */
export function ownedSheets(stored: Stored, language: Language, owner: SheetOwner): string[] {
  const names = dashboardYears(stored, owner).map(
    (y) => sheetRecord(stored, dashboardSheet(y, language, owner)).name,
  );
  for (const c of companions(language, owner)) {
    const name = stored[c.key];
    if (name) names.push(name);
  }
  return names;
}

/**
 * Renames a profile's sheets after its name changed (formulas that point at them follow), and answers
 * their names to store: their keys stay. The main profile's sheets have plain names: nothing moves.
 */
export function renameProfileSheets(
  ss: Spreadsheet,
  stored: Stored,
  language: Language,
  before: Profile,
  after: Profile,
): StoreChanges {
  const set: StoreChanges = {};
  if (before.name === after.name) return set;
  for (const year of dashboardYears(stored, before)) {
    const from = dashboardSheet(year, language, before);
    const to = dashboardSheet(year, language, after);
    // A dashboard a person renamed keeps their name; ours follows the profile's.
    if (to.ownName === from.ownName || sheetRecord(stored, from).name !== from.ownName) continue;
    ss.getSheetByName(from.ownName)?.setName(to.ownName);
    set[to.key] = to.ownName;
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
  return set;
}

/** A profile sheet's name without the profile ("SSI log · Ana" → "SSI log"). */
function baseOf(name: string, owner: SheetOwner): string {
  const suffix = ownedName("", owner);
  return suffix && name.endsWith(suffix) ? name.slice(0, name.length - suffix.length) : name;
}

/** Hides an archived profile's sheets, or shows a restored profile's: nothing is deleted. */
export function showProfileSheets(
  ss: Spreadsheet,
  stored: Stored,
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
  stored: Stored,
  language: Language,
  owner: SheetOwner,
): string[] {
  for (const name of ownedSheets(stored, language, owner)) {
    const sheet = ss.getSheetByName(name);
    if (sheet) ss.deleteSheet(sheet);
  }
  const keys = dashboardYears(stored, owner).flatMap((y) =>
    recordKeys(stored, dashboardSheet(y, language, owner).key),
  );
  for (const c of companions(language, owner)) keys.push(...recordKeys(stored, c.key));
  for (const key of [chartIdsKey(owner), networkImportKey(owner)])
    if (key in stored) keys.push(key);
  return keys;
}
