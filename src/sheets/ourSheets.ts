/**
 * Our sheets found by what a rename does not change: each is known by the name we gave it (the key of its
 * stored layout), its sheet id, and the name a person gave it since, when they renamed it.
 */
import { LANGUAGES, type Language } from "../domain/language";
import { dashboardName, type SheetOwner } from "../plan/layout";
import { idKey, layoutKey, renamedKey } from "../plan/storeKeys";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** True when the store knows a profile's dashboard of a year: it was built (no call to Sheets). */
export function hasDashboard(
  stored: Record<string, string>,
  year: number,
  language: Language,
  owner: SheetOwner,
): boolean {
  return layoutKey(dashboardName(year, language, owner)) in stored;
}

/** The name one of our sheets has now, as last seen (no call to Sheets). */
export function currentName(stored: Record<string, string>, ourName: string): string {
  return stored[renamedKey(ourName)] || ourName;
}

export interface FoundSheet {
  sheet: Sheet | null;
  /** Its name now (ours when it was never renamed, or when it is gone). */
  name: string;
  /** Properties to store: its id when first seen, its new name when a person renamed it. */
  changes: Record<string, string>;
}

/**
 * Finds a sheet of ours by the name it last had (one call), else by its stored id (two), so a sheet a
 * person renamed keeps working under their name. A sheet that is gone answers `null`.
 */
export function findSheet(
  ss: Spreadsheet,
  stored: Record<string, string>,
  last: string,
  idStoreKey: string,
): { sheet: Sheet | null; name: string } {
  const byName = ss.getSheetByName(last);
  // Sheets finds a name whatever its case: the first time, a person's "kpi 2026" is not taken for ours.
  const theirs = byName && !(idStoreKey in stored) && byName.getName() !== last;
  if (byName && !theirs) return { sheet: byName, name: last };
  const id = Number(stored[idStoreKey]);
  const byId = idStoreKey in stored && Number.isInteger(id) ? ss.getSheetById(id) : null;
  return byId ? { sheet: byId, name: byId.getName() } : { sheet: null, name: last };
}

/** Finds one of our dashboards, known by the name we gave it; its new name is stored when a person renamed it. */
export function findOurSheet(
  ss: Spreadsheet,
  stored: Record<string, string>,
  ourName: string,
): FoundSheet {
  const last = currentName(stored, ourName);
  const { sheet, name } = findSheet(ss, stored, last, idKey(ourName));
  if (!sheet)
    return { sheet, name: ourName, changes: last === ourName ? {} : { [renamedKey(ourName)]: "" } };
  return {
    sheet,
    name,
    changes: name === last ? {} : { [renamedKey(ourName)]: name === ourName ? "" : name },
  };
}

/** A sheet of ours made under another name, because a person's sheet had ours in another case. */
export interface NameTaken {
  theirs: string;
  ours: string;
}

const namesTaken: NameTaken[] = [];

/** The names taken since the last call, for the answer to say (each execution starts with none). */
export function takeNamesTaken(): NameTaken[] {
  return namesTaken.splice(0);
}

/**
 * Inserts a sheet of ours named `name`, or "name (2)", "name (3)"… when a person's sheet has the name
 * in another case (Sheets refuses two names that differ only in case); the answer then says so.
 */
function insertOurSheet(
  ss: Spreadsheet,
  name: string,
  index?: number,
): { sheet: Sheet; name: string } {
  for (let n = 1; ; n++) {
    const tried = n === 1 ? name : `${name} (${n})`;
    try {
      const sheet = index === undefined ? ss.insertSheet(tried) : ss.insertSheet(tried, index);
      if (n > 1)
        namesTaken.push({ theirs: ss.getSheetByName(name)?.getName() ?? name, ours: tried });
      return { sheet, name: tried };
    } catch (err) {
      // Read as text: Apps Script's exceptions are not always this script's Error.
      const taken = /already exists/.test(String((err as { message?: unknown })?.message ?? err));
      if (!taken || n >= 20) throw err;
    }
  }
}

/**
 * The sheet of ours that was found, or one made now under `name` (or the name `insertOurSheet` gave it
 * beside a person's): `madeAs` is the new sheet's name, null when it was found.
 */
export function foundOrMade(
  ss: Spreadsheet,
  found: Sheet | null,
  name: string,
  index?: number,
): { sheet: Sheet; madeAs: string | null } {
  if (found) return { sheet: found, madeAs: null };
  const made = insertOurSheet(ss, name, index);
  return { sheet: made.sheet, madeAs: made.name };
}

/** What to store about a sheet of ours just found or made: its id, the first time (one call). */
export function rememberSheet(
  stored: Record<string, string>,
  ourName: string,
  sheet: Sheet,
): Record<string, string> {
  return idKey(ourName) in stored ? {} : { [idKey(ourName)]: String(sheet.getSheetId()) };
}

/**
 * Gives one of our sheets its name in the current language after a language change (formulas that
 * point at it follow the rename). A sheet of the user's that already has that name is left alone, and
 * so is a name a person gave ours: only one of `ours` (its names in every language) is changed.
 */
function renamedTo(
  ss: Spreadsheet,
  sheet: Sheet | null,
  name: string,
  ownName: string,
  ours: readonly string[],
): string {
  if (!sheet || name === ownName || !ours.includes(name) || ss.getSheetByName(ownName)) return name;
  sheet.setName(ownName);
  return ownName;
}

/** A sheet's names in every language we give it. */
export function ourNames(nameIn: (language: Language) => string): string[] {
  return LANGUAGES.map(nameIn);
}

/**
 * A sheet of ours known by one stored key (a profile's log, Charts or Network sheet, a year's team sheet,
 * the Import log, the Removed metrics): its name follows the language unless a person renamed it.
 */
export interface OurSheetKind {
  /** The stored key of its name now: ours, or the one a person gave it. */
  key: string;
  /** Its name in the spreadsheet's language. */
  ownName: string;
  /** Its names in every language: a language change renames only these, never a person's name. */
  names: readonly string[];
}

/** One of our sheets found or made, and what to store about it. */
export interface EnsuredSheet {
  sheet: Sheet;
  /** Its name now. */
  name: string;
  /** Made now: nothing of ours is on it yet. */
  fresh: boolean;
  /** Made again: the store knew it, and a person had deleted it. */
  remade: boolean;
  /** Renamed now to the current language's name (what is written in the language may follow). */
  renamed: boolean;
  /** Its name, and its id the first time. */
  changes: Record<string, string>;
}

/**
 * Finds one of our sheets by the name it last had, else by its id, else (its name stored is gone) by our
 * own name; gives it the current language's name unless a person named it; makes it when it is missing.
 */
export function ensureOurSheet(
  ss: Spreadsheet,
  stored: Record<string, string>,
  kind: OurSheetKind,
  index?: number,
): EnsuredSheet {
  const known = stored[kind.key];
  let { sheet: found, name } = findSheet(ss, stored, known ?? kind.ownName, idKey(kind.key));
  if (!found && known !== undefined && known !== kind.ownName) {
    const byOurName = ss.getSheetByName(kind.ownName);
    name = kind.ownName;
    if (byOurName && byOurName.getName() === name) found = byOurName;
  }
  const had = name;
  name = renamedTo(ss, found, name, kind.ownName, kind.names);
  const { sheet, madeAs } = foundOrMade(ss, found, name, index);
  name = madeAs ?? name;
  return {
    sheet,
    name,
    fresh: !found,
    remade: !found && known !== undefined,
    renamed: found !== null && name !== had,
    changes: { [kind.key]: name, ...rememberSheet(stored, kind.key, sheet) },
  };
}
