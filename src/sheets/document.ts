/** The active spreadsheet for one action: opened, locked, its store read once and written once. */
import { sheetsProblem } from "../domain/capacity";
import type { Day } from "../domain/day";
import { messages } from "../domain/i18n";
import { render } from "../domain/i18n/render";
import type { Language } from "../domain/language";
import { type Profile, profileById } from "../domain/profiles";
import type { Settings } from "../domain/settings";
import { hasDashboard } from "../plan/sheetRegistry";
import { now } from "./clock";
import { BusyError, UserError } from "./errors";
import { takeNamesTaken } from "./ourSheets";
import { readStore, type Store } from "./store";

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
function spreadsheetClock(ss: Spreadsheet): Clock {
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
    dayOf: (date) => Utilities.formatDate(date, zoneOnce(), "yyyy-MM-dd"),
  };
}

/** The spreadsheet's clock: its zone, today there, and the day a moment falls on there. */
export interface Clock {
  zone: () => string;
  today: () => Day;
  dayOf: (date: Date) => Day;
}

/** What an action that writes nothing reads: the spreadsheet, its clock and its store, without the lock. */
export interface Reading {
  ss: Spreadsheet;
  clock: Clock;
  store: Store;
}

/** Opens the spreadsheet and reads its store once, for a form or a question asked before the lock. */
export function readDocument(): Reading {
  const ss = SpreadsheetApp.getActiveSpreadsheet();
  const clock = spreadsheetClock(ss);
  return { ss, clock, store: readStore(ss, clock.today) };
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
  const problem = sheetsProblem(doc.ss.getNumSheets(), needed);
  if (problem) throw new UserError(render(doc.store.settings.language, problem));
}

/** How many of these profiles have no dashboard for a year yet (each would add a sheet). */
export function dashboardsToMake(store: Store, year: number, profiles: readonly Profile[]): number {
  return profiles.filter((p) => !hasDashboard(store.all, year, p)).length;
}
