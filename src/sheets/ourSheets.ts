/**
 * Our sheets found by what a rename does not change: each is known by its key in the registry
 * (`plan/sheetRegistry.ts`), under which the store keeps its name now and its sheet id.
 */
import type { OurSheetKind } from "../plan/sheetRegistry";
import { idKey, type StoreChanges, type Stored } from "../plan/storeKeys";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/**
 * Finds a sheet of ours by the name it last had (one call), else by its stored id (two), so a sheet a
 * person renamed keeps working under their name. A sheet that is gone answers `null`.
 */
function findSheet(
  ss: Spreadsheet,
  stored: Stored,
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
function foundOrMade(
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
function rememberSheet(stored: Stored, key: string, sheet: Sheet): StoreChanges {
  return idKey(key) in stored ? {} : { [idKey(key)]: String(sheet.getSheetId()) };
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
  changes: StoreChanges;
}

/** One of our sheets as found, before anything is made or renamed. */
export interface LocatedSheet {
  sheet: Sheet | null;
  /** Its name now; ours when it is gone. */
  name: string;
  /** Its name as the store knew it; undefined when it was never stored. */
  known: string | undefined;
  /** Its name now, when a person renamed it since it was stored. */
  changes: StoreChanges;
}

/**
 * Finds one of our sheets by the name it last had, else by its id, else (its name stored is gone) by our
 * own name; nothing is made or renamed (one to three calls).
 */
export function locateOurSheet(ss: Spreadsheet, stored: Stored, kind: OurSheetKind): LocatedSheet {
  const known = stored[kind.key];
  let { sheet, name } = findSheet(ss, stored, known ?? kind.ownName, idKey(kind.key));
  if (!sheet && known !== undefined && known !== kind.ownName) {
    const byOurName = ss.getSheetByName(kind.ownName);
    name = kind.ownName;
    if (byOurName && byOurName.getName() === name) sheet = byOurName;
  }
  const changes: StoreChanges = sheet && name !== known ? { [kind.key]: name } : {};
  return { sheet, name, known, changes };
}

/**
 * Finds one of our sheets (or takes the one `located` already), gives it the current language's name
 * unless a person named it, and makes it when it is missing.
 */
export function ensureOurSheet(
  ss: Spreadsheet,
  stored: Stored,
  kind: OurSheetKind,
  index?: number,
  located: LocatedSheet = locateOurSheet(ss, stored, kind),
): EnsuredSheet {
  const { sheet: found, known } = located;
  const had = located.name;
  const renamed = renamedTo(ss, found, had, kind.ownName, kind.names);
  const { sheet, madeAs } = foundOrMade(ss, found, renamed, index);
  const name = madeAs ?? renamed;
  return {
    sheet,
    name,
    fresh: !found,
    remade: !found && known !== undefined,
    renamed: found !== null && name !== had,
    changes: { [kind.key]: name, ...rememberSheet(stored, kind.key, sheet) },
  };
}
