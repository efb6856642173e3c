/** The active spreadsheet for one action: opened, locked, its store read once and written once. */
import { sheetsProblem } from "../domain/capacity";
import type { Day } from "../domain/day";
import { fill, fillCount, messages } from "../domain/i18n";
import { type Language, languageOfLocale } from "../domain/language";
import { type Profile, profileById } from "../domain/profiles";
import type { Settings } from "../domain/settings";
import type { KeptCells } from "../plan/dashboard/kept";
import { dashboardName, rowOf } from "../plan/layout";
import { type ChartYear, drawCharts } from "./chartsSheet";
import { now } from "./clock";
import { buildYear, builtLayout } from "./dashboardSheet";
import { BusyError, UserError } from "./errors";
import { currentName, hasDashboard, takeNamesTaken } from "./ourSheets";
import { ensureLog } from "./ssiLogSheet";
import { readStore, type Store, writeStore } from "./store";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Doc {
  ss: Spreadsheet;
  store: Store;
  /** Today in the spreadsheet's time zone; asked of Sheets once, and only when needed. */
  today: () => Day;
  /** When this execution began (ms): work that spans profiles stops starting new ones in time. */
  started: number;
}

/** The spreadsheet's time zone and today there, each asked of Sheets at most once, and only if needed. */
export function spreadsheetClock(ss: Spreadsheet): { zone: () => string; today: () => Day } {
  let zone: string | null = null;
  let today: Day | null = null;
  const zoneOnce = () => {
    zone ??= ss.getSpreadsheetTimeZone();
    return zone;
  };
  return {
    zone: zoneOnce,
    today: () => {
      today ??= Utilities.formatDate(now(), zoneOnce(), "yyyy-MM-dd");
      return today;
    },
  };
}

const PROFILE = "profile";

/**
 * The profile this user works on: the one last picked in the sidebar (kept per user), else the first
 * active. With one profile there is nothing to pick, and the user's properties are not read.
 */
export function selectedProfile(settings: Settings): Profile {
  if (settings.profiles.length === 1) return settings.profiles[0] as Profile;
  const id = PropertiesService.getUserProperties().getProperty(PROFILE);
  return profileById(settings.profiles, id);
}

/** Remembers, for this user, the profile picked in the sidebar. */
export function rememberProfile(id: string): void {
  PropertiesService.getUserProperties().setProperty(PROFILE, id);
}

/** How long an action waits for another person's step to finish before it says the document is busy. */
export const LOCK_WAIT_MS = 30_000;

/**
 * Takes the document lock; Apps Script releases it when the execution ends, so no release call is spent.
 * The lock comes before anything is read: a user who waited behind another must see what they wrote.
 * The language of the busy message is worked out only when it is needed.
 */
export function lockDocument(language: Language | (() => Language)): void {
  const say = () => messages(typeof language === "function" ? language() : language).errors;
  // Apps Script answers null outside a document (a script run on its own): that is no busy document.
  const lock = LockService.getDocumentLock() as GoogleAppsScript.Lock.Lock | null;
  if (!lock) throw new UserError(say().noDocument);
  try {
    // Longer than any step holds it (a step starts no profile after 8 s, and one takes a few):
    // another person's action waits for the lock instead of being refused.
    lock.waitLock(LOCK_WAIT_MS);
  } catch {
    const lang = typeof language === "function" ? language() : language;
    throw new BusyError(say().busy, messages(lang).toasts.waitingForOther);
  }
}

/** Opens the spreadsheet, takes the lock, reads the store and runs an action. */
export function withDocument<T>(run: (doc: Doc) => T): T {
  const started = now().getTime();
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const today = spreadsheetClock(ss).today;
  lockDocument(() => readStore(ss, today).settings.language);
  const store = readStore(ss, today);
  // Names taken by another execution in this runtime are not this one's to tell.
  takeNamesTaken();
  const result = run({ ss, store, today, started });
  endWrites();
  return result;
}

/**
 * Ends this execution's writes before it returns and lets go of the lock, so a person waiting for
 * the lock reads what was written (LockService's own advice).
 */
export function endWrites(): void {
  SpreadsheetApp.flush();
}

/**
 * Refuses, before anything changes, an action that would need more sheets than a spreadsheet holds
 * (one call to count them, made only by the actions that add sheets).
 */
export function ensureSheetRoom(doc: Doc, needed: number): void {
  if (needed === 0) return;
  const problem = sheetsProblem(doc.ss.getNumSheets(), needed, doc.store.settings.language);
  if (problem) throw new UserError(problem);
}

/** How many of these profiles have no dashboard for a year yet (each would add a sheet). */
export function dashboardsToMake(store: Store, year: number, profiles: readonly Profile[]): number {
  const { language } = store.settings;
  return profiles.filter((p) => !hasDashboard(store.all, year, language, p)).length;
}

/** The spreadsheet alone, for actions that read no settings (saving a month). */
export function activeSpreadsheet(): Spreadsheet {
  return SpreadsheetApp.getActiveSpreadsheet();
}

/**
 * Builds a profile's dashboard for a year, its log and its charts, stores settings and signatures;
 * returns any warning.
 */
export function rebuild(
  doc: Doc,
  year: number,
  settings: Settings,
  profile: Profile,
  adjust?: (kept: KeptCells) => void,
): string {
  const log = ensureLog(doc.ss, doc.store.all, settings.language, profile);
  const built = buildYear(doc.ss, doc.store, year, settings, profile, log.name, adjust);
  const stored = { ...doc.store.all, ...built.changes };
  const charts = drawCharts(
    doc.ss,
    stored,
    settings.language,
    {
      current: { year, name: built.name, key: built.plan.name, layout: built.layout },
      previous: chartYear(stored, year - 1, settings, profile),
    },
    log.name,
    // A row of ours made again leaves #REF! where the table pointed at it: the table is written anew.
    built.restored.length > 0,
    profile,
  );
  const changes = { ...log.changes, ...built.changes, ...charts };
  writeStore(doc.store, changes, settings);
  built.sheet.activate();
  const m = messages(settings.language);
  const cells = built.cells.invalid;
  const overwritten = built.cells.overwritten;
  const listed = (list: string[]) => list.slice(0, 8).join(", ") + (list.length > 8 ? "…" : "");
  // A row of ours a person deleted is named by its label, as the sheet shows it.
  const labels = built.restored.map((key) => {
    const label = built.plan.values[rowOf(built.layout.at, key) - 1]?.[1];
    return typeof label === "string" && label ? label.replace(/^'/, "") : key;
  });
  const { names, rules } = built.restoredLayout;
  return [
    built.remade ? fill(m.toasts.dashboardRemade, { name: built.name }) : "",
    names + rules > 0
      ? fill(m.toasts.layoutRestored, {
          name: built.name,
          names: String(names),
          rules: String(rules),
        })
      : "",
    log.remade ? fill(m.toasts.logRemade, { name: log.name }) : "",
    ...takeNamesTaken().map((taken) => fill(m.toasts.nameTaken, { ...taken })),
    labels.length === 0
      ? ""
      : fill(m.toasts.rowsRestored, {
          rows:
            labels.slice(0, 8).join(", ") +
            (labels.length > 8 ? `, ${fill(m.toasts.andMore, { count: labels.length - 8 })}` : ""),
        }),
    overwritten.length === 0
      ? ""
      : fillCount(settings.language, m.toasts.overwritten, overwritten.length, {
          cells: listed(overwritten),
        }),
    cells.length === 0
      ? ""
      : fillCount(settings.language, m.errors.invalidCells, cells.length, { cells: listed(cells) }),
  ]
    .filter(Boolean)
    .join(" ");
}

/** Redraws a profile's charts for the current year, replacing the add-on's own in place. */
export function redrawCharts(doc: Doc, profile: Profile): void {
  const { settings } = doc.store;
  const { language, current } = settings;
  const log = ensureLog(doc.ss, doc.store.all, language, profile);
  const stored = doc.store.all;
  writeStore(doc.store, {
    ...log.changes,
    ...drawCharts(
      doc.ss,
      stored,
      language,
      {
        current: yearSheet(stored, current.year, settings, profile),
        previous: chartYear(stored, current.year - 1, settings, profile),
      },
      log.name,
      true,
      profile,
    ),
  });
}

/** A profile's dashboard of a year as the charts read it; null when that year was never built. */
function chartYear(
  stored: Record<string, string>,
  year: number,
  settings: Settings,
  profile: Profile,
): ChartYear | null {
  return hasDashboard(stored, year, settings.language, profile)
    ? yearSheet(stored, year, settings, profile)
    : null;
}

/** A profile's dashboard of a year: its name now, our name for it, and the layout it was built with. */
function yearSheet(
  stored: Record<string, string>,
  year: number,
  settings: Settings,
  profile: Profile,
): ChartYear {
  const key = dashboardName(year, settings.language, profile);
  return { year, name: currentName(stored, key), key, layout: builtLayout(stored, key, settings) };
}

/** A toast in the corner of the sheet; several messages are joined, blank ones left out. */
export function toast(ss: Spreadsheet, message: string | string[], language: Language): void {
  const text = typeof message === "string" ? message : message.filter(Boolean).join(" ");
  ss.toast(text, messages(language).addonName, 8);
}

/** Asks a yes/no question; true for yes. */
export function confirm(title: string, text: string): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert(title, text, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

/** Shows a page in a dialog over the sheet, with a close button of Sheets' own. */
export function showDialog(title: string, page: string): void {
  const html = HtmlService.createHtmlOutput(page).setWidth(560).setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(html, title);
}

/** The user's language for the menu (works before authorization). */
export function userLanguage(): Language {
  return languageOfLocale(Session.getActiveUserLocale());
}

/** Opens the sidebar on a view (data entry, the export import, or the settings), with a message to show. */
export function showSidebar(
  title: string,
  view: "entry" | "import" | "settings",
  message = "",
): void {
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(title);
  if (view !== "entry") html.append(`<script>window.SSI_VIEW = "${view}";</script>`);
  // JSON with "<" escaped: the message cannot end the script element.
  if (message)
    html.append(
      `<script>window.SSI_MESSAGE = ${JSON.stringify(message).replace(/</g, "\\u003c")};</script>`,
    );
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Builds the add-on menu under Extensions. */
export function addMenu(items: { caption: string; functionName: string }[]): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of items) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}
