/**
 * The registry of our sheets: each kind (a profile's dashboard of a year, its log, Charts and Network
 * sheets, a year's team sheet and archive, the Import log, the Removed metrics) is known by a key that
 * never changes, and what the store keeps of it is read as one record (no call to Sheets).
 */
import { LANGUAGES, type Language } from "../domain/language";
import { archiveName } from "./archive";
import { chartsSheetName } from "./charts";
import { importLogName } from "./import/importLog";
import { networkSheetName } from "./import/networkSheet";
import { dashboardName, logName, ownedName, type SheetOwner } from "./layout";
import { removedSheetName } from "./removedMetrics";
import {
  archiveKey,
  dashboardKey,
  dashboardYearOf,
  IMPORT_LOG_KEY,
  idKey,
  layoutKey,
  linesKey,
  lookKey,
  REMOVED_METRICS_KEY,
  type Stored,
  sheetKey,
  teamKey,
} from "./storeKeys";
import { teamSheetName } from "./team";

/** A sheet of ours: its key, its name in the spreadsheet's language, and its names in every language. */
export interface OurSheetKind {
  /** Its key in the registry; the stored key of its name now (ours, or the one a person gave it). */
  key: string;
  /** Its name in the spreadsheet's language. */
  ownName: string;
  /** Its names in every language: a language change renames only these, never a person's name. */
  names: readonly string[];
}

/** A kind from its key and its name in each language. */
function kind(
  key: string,
  nameIn: (language: Language) => string,
  language: Language,
): OurSheetKind {
  return { key, ownName: nameIn(language), names: LANGUAGES.map(nameIn) };
}

/** A profile's dashboard of a year. */
export function dashboardSheet(year: number, language: Language, owner: SheetOwner): OurSheetKind {
  return kind(dashboardKey(year, owner), (l) => dashboardName(year, l, owner), language);
}

/** A profile's SSI log. */
export function logSheet(language: Language, owner: SheetOwner): OurSheetKind {
  return kind(sheetKey("log", owner), (l) => logName(l, owner), language);
}

/** A profile's Charts sheet. */
export function chartsSheet(language: Language, owner: SheetOwner): OurSheetKind {
  return kind(sheetKey("charts", owner), (l) => chartsSheetName(l, owner), language);
}

/** A profile's Network sheet, written from LinkedIn's data export. */
export function networkSheet(language: Language, owner: SheetOwner): OurSheetKind {
  return kind(sheetKey("network", owner), (l) => ownedName(networkSheetName(l), owner), language);
}

/** A year's team sheet. */
export function teamSheet(year: number, language: Language): OurSheetKind {
  return kind(teamKey(year), (l) => teamSheetName(year, l), language);
}

/** A year's archive, where New year folds that year's dashboards. */
export function archiveSheet(year: number, language: Language): OurSheetKind {
  return kind(archiveKey(year), (l) => archiveName(year, l), language);
}

/** The Import log. */
export function importLogSheet(language: Language): OurSheetKind {
  return kind(IMPORT_LOG_KEY, importLogName, language);
}

/** The Removed metrics sheet. */
export function removedMetricsSheet(language: Language): OurSheetKind {
  return kind(REMOVED_METRICS_KEY, removedSheetName, language);
}

/** What the store keeps of one of our sheets. */
export interface OurSheetRecord extends OurSheetKind {
  /** Its name now: the one last seen, else ours. */
  name: string;
  /** The signature of the layout it was built with; undefined when it was never built. */
  layout: string | undefined;
  /** The signature of its look (colours, fonts, wraps, validation). */
  look: string | undefined;
  /** A person's rows and columns on it, which our references move past ("" or undefined: none). */
  lines: string | undefined;
}

/** One of our sheets as the store knows it. */
export function sheetRecord(stored: Stored, of: OurSheetKind): OurSheetRecord {
  return {
    ...of,
    name: stored[of.key] ?? of.ownName,
    layout: stored[layoutKey(of.key)],
    look: stored[lookKey(of.key)],
    lines: stored[linesKey(of.key)],
  };
}

/** Every stored key of one of our sheets: what is forgotten when it goes. */
export function recordKeys(stored: Stored, key: string): string[] {
  return [key, idKey(key), layoutKey(key), lookKey(key), linesKey(key)].filter((k) => k in stored);
}

/** True when a profile's dashboard of a year was built. */
export function hasDashboard(stored: Stored, year: number, owner: SheetOwner): boolean {
  return layoutKey(dashboardKey(year, owner)) in stored;
}

/** The years a profile has a built dashboard for, read from the registry's keys, oldest first. */
export function dashboardYears(stored: Stored, owner: SheetOwner): number[] {
  const built = layoutKey("");
  const years: number[] = [];
  for (const key of Object.keys(stored)) {
    const year = key.startsWith(built) ? dashboardYearOf(key.slice(built.length), owner) : null;
    if (year !== null) years.push(year);
  }
  return years.sort((a, b) => a - b);
}
