/** Document properties: the settings and the layout signatures, read and written once per action. */
import { defaultSettings, parseSettings, type Settings } from "../domain/settings";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

const SETTINGS = "settings";

export interface Store {
  settings: Settings;
  /** Everything stored, by key (layout signatures, chart ids). */
  all: Record<string, string>;
}

/** Reads settings and signatures in one round trip; the locale is read only when nothing is stored. */
export function readStore(ss: Spreadsheet, today: Date): Store {
  const all = PropertiesService.getDocumentProperties().getProperties();
  const json = all[SETTINGS] ?? null;
  const defaults = json
    ? defaultSettings("en", today)
    : defaultSettings(ss.getSpreadsheetLocale(), today);
  return { settings: parseSettings(json, defaults), all };
}

/** Writes back what changed, in one round trip. */
export function writeStore(
  store: Store,
  changes: Record<string, string>,
  settings?: Settings,
): void {
  const updates: Record<string, string> = { ...changes };
  if (settings) updates[SETTINGS] = JSON.stringify(settings);
  const changed =
    Object.entries(updates).some(([k, v]) => store.all[k] !== v) || !store.all[SETTINGS];
  if (!changed) return;
  if (!updates[SETTINGS]) updates[SETTINGS] = JSON.stringify(store.settings);
  PropertiesService.getDocumentProperties().setProperties(updates);
}
