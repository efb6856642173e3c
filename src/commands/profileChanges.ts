/** What saving or removing a profile does to the spreadsheet: sheets built, renamed, hidden or deleted. */

import { fill, messages } from "../domain/i18n";
import type { Profile, ProfileCheck } from "../domain/profiles";
import type { Settings } from "../domain/settings";
import { keptKey } from "../plan/dashboard/kept";
import { teamKey } from "../plan/storeKeys";
import { type Doc, ensureSheetRoom, rememberProfile } from "../sheets/document";
import {
  deleteProfileSheets,
  renameProfileSheets,
  showProfileSheets,
} from "../sheets/profileSheets";
import { rebuild } from "../sheets/rebuild";
import { forgetKeys, writeStore } from "../sheets/store";
import { buildTeam } from "../sheets/teamSheet";

/** Applies a checked profile change and answers what was done, in the spreadsheet's language. */
export function changeProfile(doc: Doc, checked: Extract<ProfileCheck, { ok: true }>): string {
  const { profile, before } = checked;
  const old = doc.store.settings;
  const settings: Settings = { ...old, profiles: checked.profiles };
  const { language, current } = settings;
  const t = messages(language).profiles;
  if (profile.source) {
    // A seller's own spreadsheet: nothing of it is kept here but its row on the team sheet.
    writeStore(doc.store, {}, settings);
    refreshTeam(doc, settings);
    if (!before) return fill(messages(language).links.added, { name: profile.name });
    if (before.archived !== profile.archived)
      return fill(profile.archived ? t.archivedDone : t.restoredDone, { name: profile.name });
    return fill(t.saved, { name: profile.name });
  }
  if (!before) {
    // A new profile gets its dashboard, log and charts.
    ensureSheetRoom(doc, 3);
    // A new profile starts with this year's dashboard, and is the one this user now works on.
    rebuild(doc, current.year, settings, profile);
    rememberProfile(profile.id);
    refreshTeam(doc, settings);
    return fill(t.added, { name: profile.name, year: current.year });
  }
  const renamed = renameProfileSheets(doc.ss, doc.store.all, language, before, profile);
  writeStore(doc.store, renamed, settings);
  if (before.archived !== profile.archived) {
    showProfileSheets(doc.ss, doc.store.all, language, profile, !profile.archived);
    refreshTeam(doc, settings);
    return fill(profile.archived ? t.archivedDone : t.restoredDone, { name: profile.name });
  }
  if (
    !profile.archived &&
    (before.name !== profile.name || before.totalTarget !== profile.totalTarget)
  )
    rebuild(doc, current.year, settings, profile, (kept) => {
      if (before.totalTarget !== profile.totalTarget) kept.delete(keptKey("ssi:total", "target"));
    });
  refreshTeam(doc, settings);
  return fill(t.saved, { name: profile.name });
}

/** Removes a profile for good: its sheets are deleted, and so are the keys that pointed at them. */
export function dropProfile(doc: Doc, profile: Profile, profiles: Profile[]): string {
  const settings: Settings = { ...doc.store.settings, profiles };
  const { language } = settings;
  forgetKeys(doc.store, deleteProfileSheets(doc.ss, doc.store.all, language, profile));
  writeStore(doc.store, {}, settings);
  refreshTeam(doc, settings);
  return fill(messages(language).profiles.removed, { name: profile.name });
}

/** Rewrites this year's team sheet, if there is one, to list the profiles as they are now. */
export function refreshTeam(doc: Doc, settings: Settings): void {
  const year = settings.current.year;
  if (!(teamKey(year) in doc.store.all)) return;
  const built = buildTeam(doc.ss, doc.store.all, settings, year);
  writeStore(doc.store, built.changes, settings);
}
