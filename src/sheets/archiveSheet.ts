/** Folds an old year's dashboards into one archive sheet, values only, to make room for new tabs. */
import { MAX_SHEETS, sheetsProblem } from "../domain/capacity";
import { fill, messages } from "../domain/i18n";
import { render } from "../domain/i18n/render";
import {
  ARCHIVE_COLUMNS,
  archiveHeader,
  archiveName,
  archiveRows,
  mergedArchive,
} from "../plan/archive";
import {
  archiveSheet,
  dashboardSheet,
  hasDashboard,
  recordKeys,
  teamSheet,
} from "../plan/sheetRegistry";
import { type StoreChanges, teamKey } from "../plan/storeKeys";
import type { WorkTask } from "../plan/work";
import { asEntered } from "./cells";
import { type Doc, ensureSheetRoom } from "./document";
import { UserError } from "./errors";
import { roomFor } from "./grid";
import { ensureOurSheet, locateOurSheet } from "./ourSheets";
import { forgetKeys, type Store } from "./store";

/** The sheets of ours folding a year would remove: every profile's dashboard, and its team sheet. */
export function sheetsOfYear(store: Store, year: number): { dashboards: number; team: boolean } {
  const { settings, all } = store;
  const dashboards = settings.profiles.filter((p) => hasDashboard(all, year, p)).length;
  return { dashboards, team: teamKey(year) in all };
}

/**
 * Folds one profile's dashboard of `year` into "Archive <year>" as values (read once), then deletes
 * it; with the year's `last` profile, the year's team sheet goes too. In a full spreadsheet one sheet
 * must go before the archive can be made: the team sheet, else this dashboard, already read. Done
 * again (a step cut off by the time limit), it takes the profile's new rows in place of the old.
 */
export function foldProfile(doc: Doc, year: number, id: string, last: boolean): void {
  const { ss, store } = doc;
  const { language, profiles } = store.settings;
  const profile = profiles.find((p) => p.id === id);
  const keys: string[] = [];
  let remembered: StoreChanges = {};
  let team = last && teamKey(year) in store.all ? findTeam(doc, year) : null;
  if (profile && hasDashboard(store.all, year, profile)) {
    const ours = dashboardSheet(year, language, profile);
    let { sheet } = locateOurSheet(ss, store.all, ours);
    const grid = sheet ? sheet.getDataRange().getValues() : [];
    const found = [{ profile: profile.name, rows: archiveRows(grid, profile.name, year) }];
    const kind = archiveSheet(year, language);
    const located = locateOurSheet(ss, store.all, kind);
    if (!located.sheet && ss.getNumSheets() >= MAX_SHEETS) {
      team ??= teamKey(year) in store.all ? findTeam(doc, year) : null;
      const first = team ?? sheet;
      if (first) ss.deleteSheet(first);
      if (first === team) {
        team = null;
        keys.push(...recordKeys(store.all, teamKey(year)));
      } else sheet = null;
    }
    const made = ensureOurSheet(ss, store.all, kind, undefined, located);
    const { sheet: archive, fresh } = made;
    remembered = made.changes;
    const existing = fresh ? [] : archive.getDataRange().getValues();
    const rows = [archiveHeader(language), ...mergedArchive(existing, found)];
    roomFor(archive, rows.length, ARCHIVE_COLUMNS);
    // A profile folded again may have fewer rows than before: nothing of the old is left below.
    if (existing.length > rows.length) archive.clearContents();
    archive
      .getRange(1, 1, rows.length, ARCHIVE_COLUMNS)
      .setValues(rows.map((r) => r.map(asEntered)));
    if (fresh) {
      archive.getRange(1, 1, 1, ARCHIVE_COLUMNS).setFontWeight("bold");
      archive.setFrozenRows(1);
    }
    // Everything is in the archive: now the sheet goes, and what the store knew of it.
    if (sheet) ss.deleteSheet(sheet);
    keys.push(...recordKeys(store.all, ours.key));
  }
  if (last && teamKey(year) in store.all && !keys.includes(teamKey(year))) {
    if (team) ss.deleteSheet(team);
    keys.push(...recordKeys(store.all, teamKey(year)));
  }
  forgetKeys(store, keys, remembered);
}

/**
 * The fold New year starts with, when the user agreed to fold `year` and it is still needed (another
 * user may have made room meanwhile): its tasks and closing words. Without a fold, or when even the
 * fold would not make room for `needed` sheets, there must be room already, or nothing starts.
 */
export function foldForNewYear(
  doc: Doc,
  year: number | null,
  needed: number,
): { folds: WorkTask[]; folded: string } {
  const present = year === null ? 0 : doc.ss.getNumSheets();
  const { language } = doc.store.settings;
  if (year === null || !sheetsProblem(present, needed)) {
    ensureSheetRoom(doc, needed);
    return { folds: [], folded: "" };
  }
  const { dashboards, team } = sheetsOfYear(doc.store, year);
  const problem = sheetsProblem(present - dashboards - (team ? 1 : 0) + 1, needed);
  if (problem) throw new UserError(render(language, problem));
  return { folds: foldTasks(doc.store, year), folded: foldedMessage(doc.store, year) };
}

/** One fold task for each profile, archived ones too, that has a dashboard of `year`. */
function foldTasks(store: Store, year: number): WorkTask[] {
  const { settings, all } = store;
  return settings.profiles
    .filter((p) => hasDashboard(all, year, p))
    .map((p) => ({ id: p.id, year, fold: true }));
}

/** The fold's closing words: how many dashboards of which year went into which archive. */
function foldedMessage(store: Store, year: number): string {
  const { language } = store.settings;
  const { dashboards } = sheetsOfYear(store, year);
  return fill(messages(language).archive.folded, {
    count: dashboards,
    year,
    archive: archiveName(year, language),
  });
}

/** The year's team sheet, found as the other sheets of ours are. */
function findTeam(doc: Doc, year: number): GoogleAppsScript.Spreadsheet.Sheet | null {
  const { all, settings } = doc.store;
  return locateOurSheet(doc.ss, all, teamSheet(year, settings.language)).sheet;
}
