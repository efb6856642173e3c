/** Menu: New year. Next year's dashboard of every active profile, folding the oldest year first if asked. */
import { foldMakesRoom, MAX_SHEETS, sheetsProblem } from "../domain/capacity";
import { fill, messages } from "../domain/i18n";
import { activeProfiles } from "../domain/profiles";
import { periodOf, type Settings } from "../domain/settings";
import { archiveName } from "../plan/archive";
import { dashboardYears } from "../plan/sheetRegistry";
import { foldForNewYear, sheetsOfYear } from "../sheets/archiveSheet";
import { dashboardsToMake, readDocument, withDocument } from "../sheets/document";
import { confirm } from "../sheets/ui";
import { answerFromMenu } from "./answer";
import { startWork } from "./steps";

/** Menu: creates next year's dashboard with this year's targets; this year's sheet is not touched. */
export function newYear(): void {
  // Asked before the lock is taken: no other user waits on a dialog.
  const fold = askToFold();
  withDocument((doc) => {
    const settings = doc.store.settings;
    const year = settings.current.year + 1;
    const startsNow = periodOf(doc.today()).year >= year;
    const next: Settings = startsNow ? { ...settings, current: { year, month: 1 } } : settings;
    const needed = dashboardsToMake(doc.store, year, activeProfiles(settings.profiles));
    const { folds, folded } = foldForNewYear(doc, fold, needed);
    const from = settings.current.year;
    const tasks = [
      ...folds,
      ...activeProfiles(settings.profiles).map((p) => ({ id: p.id, year, targetsFrom: from })),
    ];
    const m = messages(settings.language);
    const message = [folded, fill(m.toasts.newYear, { year, previous: from })].join(" ").trim();
    answerFromMenu(doc, startWork(doc, next, { tasks, teams: [], message }));
  });
}

/**
 * When next year's dashboards would not fit in the spreadsheet's tabs, offers to fold the oldest year
 * into one archive sheet; the year to fold if the user agreed, else null (New year then says why not).
 */
function askToFold(): number | null {
  const { ss, store } = readDocument();
  const { settings } = store;
  const year = settings.current.year + 1;
  const needed = dashboardsToMake(store, year, activeProfiles(settings.profiles));
  const present = ss.getNumSheets();
  if (!sheetsProblem(present, needed)) return null;
  const years = settings.profiles.flatMap((p) => dashboardYears(store.all, p));
  const oldest = Math.min(...years.filter((y) => y < settings.current.year));
  if (!Number.isFinite(oldest)) return null;
  const { dashboards, team } = sheetsOfYear(store, oldest);
  if (!foldMakesRoom(present, needed, dashboards + (team ? 1 : 0))) return null;
  const m = messages(settings.language);
  const yes = confirm(
    fill(m.archive.foldTitle, { year: oldest }),
    fill(m.archive.foldQuestion, {
      needed,
      present,
      max: MAX_SHEETS,
      count: dashboards,
      year: oldest,
      archive: archiveName(oldest, settings.language),
    }),
  );
  return yes ? oldest : null;
}
