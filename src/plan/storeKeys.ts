/**
 * Every key the add-on keeps in the document's properties, made in one place. A sheet of ours is known
 * by what never changes: its kind, its profile and its year ("sheet:dashboard:2026:p2"); its name, id,
 * signatures and a person's lines are stored under that key.
 */
import { MAIN_PROFILE } from "../domain/profiles";
import type { SheetOwner } from "./layout";

/** The document's properties as read: every stored key, made here, with its value. */
export type Stored = Record<string, string>;

/** Properties to store (keys made here, with their values), written in one round trip. */
export type StoreChanges = Record<string, string>;

/** A stored key for a profile: the main profile's keys are the ones stored before profiles. */
export function ownedKey(key: string, owner?: SheetOwner): string {
  return !owner || owner.id === MAIN_PROFILE ? key : `${key}:${owner.id}`;
}

/** The signature of the layout one of our sheets was built with ("was it built", and "as what"), by its key. */
export function layoutKey(sheet: string): string {
  return `layout:${sheet}`;
}

/** The stored key of one of our sheets' id, by its key. */
export function idKey(sheet: string): string {
  return `id:${sheet}`;
}

/** The stored key of a person's rows and columns on one of our sheets: what references into it move by. */
export function linesKey(sheet: string): string {
  return `lines:${sheet}`;
}

/** The stored key of the signature of a sheet's look: a rebuild writes colours and fonts only when it changed. */
export function lookKey(sheet: string): string {
  return `look:${sheet}`;
}

/** A profile's sheet of a kind, under which its name now is stored (its log, Charts and Network sheets). */
export function sheetKey(kind: "log" | "charts" | "network", owner?: SheetOwner): string {
  return ownedKey(`sheet:${kind}`, owner);
}

/** A profile's dashboard of a year, under which its name now is stored. */
export function dashboardKey(year: number, owner?: SheetOwner): string {
  return ownedKey(`sheet:dashboard:${year}`, owner);
}

/** The year of a dashboard's key when it is this profile's ("sheet:dashboard:2026:p2"), else null. */
export function dashboardYearOf(key: string, owner?: SheetOwner): number | null {
  const match = /^sheet:dashboard:(\d+)(?::(.+))?$/.exec(key);
  if (!match || ownedKey("", owner) !== (match[2] === undefined ? "" : `:${match[2]}`)) return null;
  return Number(match[1]);
}

/** A year's archive of folded dashboards, under which its name now is stored. */
export function archiveKey(year: number): string {
  return `sheet:archive:${year}`;
}

/** The ids of a profile's charts, by chart. */
export function chartIdsKey(owner?: SheetOwner): string {
  return ownedKey("charts", owner);
}

/** The last data export imported into a profile's Network sheet. */
export function networkImportKey(owner?: SheetOwner): string {
  return ownedKey("import:network", owner);
}

/** A year's team sheet, under which its name now is stored. */
export function teamKey(year: number): string {
  return `team:${year}`;
}

/** The year of a team sheet's key ("team:2026"), else null. */
export function teamYearOf(key: string): number | null {
  const match = /^team:(\d+)$/.exec(key);
  return match ? Number(match[1]) : null;
}

/** The Import log sheet's name. */
export const IMPORT_LOG_KEY = "sheet:importLog";

/** The Removed metrics sheet's name. */
export const REMOVED_METRICS_KEY = "sheet:removedMetrics";

/**
 * Keys stored before the registry, kept only to move them (`plan/storeMigration.ts`): a dashboard's were
 * made from the name we gave it, its person's name under `name:`, a log's and Charts' signature by kind.
 */
export const LEGACY = {
  layout: (ourName: string) => layoutKey(ourName),
  id: (ourName: string) => idKey(ourName),
  renamed: (ourName: string) => `name:${ourName}`,
  lines: (ourName: string) => linesKey(ourName),
  look: (ourName: string) => lookKey(ourName),
  kindLayout: (kind: "log" | "charts", owner?: SheetOwner) => ownedKey(`layout:${kind}`, owner),
  /** True for a key no sheet of ours is stored under since the registry. */
  isLegacy: (key: string) => /^(layout|look|lines|id|name):(?!sheet:|team:)/.test(key),
};
