/** Document properties: the settings and the layout signatures, read and written once per action. */
import type { Day } from "../domain/day";
import { defaultSettings, parseSettings, periodOf, type Settings } from "../domain/settings";
import { joinSettings, SETTINGS_KEY, settingsParts, staleParts } from "../plan/settingsParts";
import type { StoreChanges, Stored } from "../plan/storeKeys";
import { movedKeys } from "../plan/storeMigration";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface Store {
  settings: Settings;
  /** Everything stored, by key (layout signatures, chart ids). */
  all: Stored;
  /** Keys stored before the registry, moved in `all` and not yet in the document: the next write stores them. */
  moved?: boolean;
}

/**
 * Reads settings and signatures in one round trip; the locale and today (for the month to start on)
 * are read only when nothing is stored.
 */
export function readStore(ss: Spreadsheet, today: () => Day): Store {
  const all = PropertiesService.getDocumentProperties().getProperties();
  const json = joinSettings(all);
  if (!json) return { settings: defaultSettings(ss.getSpreadsheetLocale(), today()), all };
  const fallback = defaultSettings("en", "2000-01-01");
  const parsed = parseSettings(json, fallback);
  // A stored setting that lost its month falls back to today's, not to the placeholder day.
  const current = parsed.current === fallback.current ? periodOf(today()) : parsed.current;
  const settings = { ...parsed, current };
  // A spreadsheet from before the registry is read as if moved; the move is stored with the next write.
  const { set, forget } = movedKeys(all, settings.language, settings.profiles);
  if (forget.length === 0) return { settings, all };
  for (const key of forget) delete all[key];
  return { settings, all: Object.assign(all, set), moved: true };
}

/**
 * Writes back what changed, in one round trip, and keeps the store in step: an action that builds
 * several profiles or sheets sees what the earlier steps stored.
 */
export function writeStore(store: Store, changes: StoreChanges, settings?: Settings): void {
  const updates: StoreChanges = { ...changes };
  if (settings) Object.assign(updates, settingsParts(JSON.stringify(settings), store.all));
  const changed =
    Object.entries(updates).some(([k, v]) => store.all[k] !== v) || !store.all[SETTINGS_KEY];
  if (settings) store.settings = settings;
  // A store read as moved is stored by the first action that writes it, changed or not.
  if (!changed && !store.moved) return;
  if (!(SETTINGS_KEY in updates))
    Object.assign(updates, settingsParts(JSON.stringify(store.settings), store.all));
  if (store.moved) {
    forgetKeys(store, staleParts(store.all, updates), updates);
    return;
  }
  const props = PropertiesService.getDocumentProperties();
  props.setProperties(updates);
  // Parts a shorter text left behind go (rare: one round trip each), so they are never read back.
  for (const key of staleParts(store.all, updates)) {
    props.deleteProperty(key);
    delete store.all[key];
  }
  Object.assign(store.all, updates);
}

/**
 * Forgets stored keys that point at sheets no longer there, and stores `set`. One key alone is one
 * deletion; anything more is one round trip, the whole store written back with `deleteAllOthers`, as Apps
 * Script documents it (which also stores the keys a spreadsheet from before the registry had moved).
 */
export function forgetKeys(store: Store, keys: string[], set: StoreChanges = {}): void {
  const gone = [...new Set(keys.filter((key) => key in store.all))];
  const changed = Object.entries(set).some(([k, v]) => store.all[k] !== v);
  if (gone.length === 0 && !changed && !store.moved) return;
  const props = PropertiesService.getDocumentProperties();
  for (const key of gone) delete store.all[key];
  Object.assign(store.all, set);
  if (gone.length === 1 && !changed && !store.moved) props.deleteProperty(gone[0] as string);
  else props.setProperties(store.all, true);
  store.moved = false;
}
