/** Folds an old year's dashboards into one archive sheet, values only, to make room for new tabs. */
import { MAX_SHEETS } from "../domain/capacity";
import { fill, messages } from "../domain/i18n";
import {
  ARCHIVE_COLUMNS,
  archiveHeader,
  archiveName,
  archiveRows,
  mergedArchive,
} from "../plan/archive";
import { dashboardName } from "../plan/layout";
import { teamSheetName } from "../plan/team";
import { asEntered } from "./cells";
import type { Doc } from "./document";
import { roomFor } from "./grid";
import { findOurSheet, findSheet, idKey } from "./ourSheets";
import { dashboardKeys } from "./profileSheets";
import { forgetKeys, type Store } from "./store";
import { teamKey } from "./teamSheet";

/** The sheets of ours folding a year would remove: every profile's dashboard, and its team sheet. */
export function sheetsOfYear(store: Store, year: number): { dashboards: number; team: boolean } {
  const { settings, all } = store;
  const dashboards = settings.profiles.filter(
    (p) => `layout:${dashboardName(year, settings.language, p)}` in all,
  ).length;
  return { dashboards, team: teamKey(year) in all };
}

/**
 * Copies every profile's dashboard of `year` into "Archive <year>" as values (read once each), and then
 * deletes those dashboards and the year's team sheet. In a full spreadsheet one sheet must go before the
 * archive can be made: the team sheet, else a dashboard already read. Run again, it keeps what the
 * archive holds for profiles already folded. `present` is how many sheets the spreadsheet has.
 * Answers the toast's text.
 */
export function foldYear(doc: Doc, year: number, present: number): string {
  const { ss, store } = doc;
  const { settings } = store;
  const { language } = settings;
  const found = settings.profiles.flatMap((profile) => {
    const ours = dashboardName(year, language, profile);
    if (!(`layout:${ours}` in store.all)) return [];
    const { sheet } = findOurSheet(ss, store.all, ours);
    const grid = sheet ? sheet.getDataRange().getValues() : [];
    return [{ ours, sheet, profile: profile.name, rows: archiveRows(grid, profile.name, year) }];
  });
  const name = archiveName(year, language);
  let team = teamKey(year) in store.all ? findTeam(doc, year) : null;
  let archive = ss.getSheetByName(name);
  if (!archive) {
    // A full spreadsheet needs one tab free first: the team sheet (only formulas over the
    // dashboards) goes first; else the first dashboard, whose figures are read already.
    if (present >= MAX_SHEETS) {
      const first = team ?? found.find((f) => f.sheet)?.sheet ?? null;
      if (first) ss.deleteSheet(first);
      if (first === team) team = null;
      for (const f of found) if (f.sheet === first) f.sheet = null;
    }
    archive = ss.insertSheet(name);
  }
  const existing = archive.getLastRow() > 0 ? archive.getDataRange().getValues() : [];
  const rows = [archiveHeader(language), ...mergedArchive(existing, found)];
  roomFor(archive, rows.length, ARCHIVE_COLUMNS);
  if (existing.length > 0) archive.clearContents();
  archive.getRange(1, 1, rows.length, ARCHIVE_COLUMNS).setValues(rows.map((r) => r.map(asEntered)));
  archive.getRange(1, 1, 1, ARCHIVE_COLUMNS).setFontWeight("bold");
  archive.setFrozenRows(1);

  // Everything is in the archive: now the sheets go, and what the store knew of them.
  const keys: string[] = [];
  for (const f of found) {
    if (f.sheet) ss.deleteSheet(f.sheet);
    keys.push(...dashboardKeys(store.all, f.ours));
  }
  if (teamKey(year) in store.all) {
    if (team) ss.deleteSheet(team);
    keys.push(teamKey(year), idKey(teamKey(year)), `layout:${teamSheetName(year, language)}`);
  }
  forgetKeys(store, keys);
  const m = messages(language);
  return fill(m.archive.folded, { count: found.length, year, archive: name });
}

/** The year's team sheet, found as the other sheets of ours are. */
function findTeam(doc: Doc, year: number): GoogleAppsScript.Spreadsheet.Sheet | null {
  const { all, settings } = doc.store;
  const last = all[teamKey(year)] ?? teamSheetName(year, settings.language);
  return findSheet(doc.ss, all, last, idKey(teamKey(year))).sheet;
}
