/**
 * Every key the add-on keeps in the document's properties, made in one place. A sheet of ours is known
 * by the name we gave it ("KPI 2026 · Ana Ruiz"), which a person's rename does not change; a profile's
 * log, Charts and Network sheets by their kind and profile.
 */
import { MAIN_PROFILE } from "../domain/profiles";
import type { SheetOwner } from "./layout";

/** A stored key for a profile: the main profile's keys are the ones stored before profiles. */
export function ownedKey(key: string, owner?: SheetOwner): string {
  return !owner || owner.id === MAIN_PROFILE ? key : `${key}:${owner.id}`;
}

/** The signature of the layout one of our sheets was built with: "was it built", and "as what". */
export function layoutKey(ourName: string): string {
  return `layout:${ourName}`;
}

/** The stored key of one of our sheets' id, by the name we gave it. */
export function idKey(ourName: string): string {
  return `id:${ourName}`;
}

/** The stored key of the name a person gave one of our sheets. */
export function renamedKey(ourName: string): string {
  return `name:${ourName}`;
}

/** The stored key of a person's rows and columns on a dashboard: what references into it move by. */
export function linesKey(ourName: string): string {
  return `lines:${ourName}`;
}

/** The stored key of the signature of a dashboard's look: a rebuild writes colours and fonts only when it changed. */
export function lookKey(ourName: string): string {
  return `look:${ourName}`;
}

/** A profile's sheet of a kind: the name it was made under (its log, Charts and Network sheets). */
export function sheetKey(kind: "log" | "charts" | "network", owner?: SheetOwner): string {
  return ownedKey(`sheet:${kind}`, owner);
}

/** The signature of a profile's log or Charts sheet. */
export function kindLayoutKey(kind: "log" | "charts", owner?: SheetOwner): string {
  return ownedKey(`layout:${kind}`, owner);
}

/** The ids of a profile's charts, by chart. */
export function chartIdsKey(owner?: SheetOwner): string {
  return ownedKey("charts", owner);
}

/** The last data export imported into a profile's Network sheet. */
export function networkImportKey(owner?: SheetOwner): string {
  return ownedKey("import:network", owner);
}

/** A year's team sheet: stored once it was made. */
export function teamKey(year: number): string {
  return `team:${year}`;
}

/** The Import log sheet's name. */
export const IMPORT_LOG_KEY = "sheet:importLog";

/** The Removed metrics sheet's name. */
export const REMOVED_METRICS_KEY = "sheet:removedMetrics";
