/** Sidebar: LinkedIn's exports, read in the browser: the import's form, its preview, and the confirmed write. */
import type { Day } from "../domain/day";
import { checkImportRequest, checkSummary } from "../domain/exportSummary";
import { refusal } from "../domain/i18n/render";
import type { Language } from "../domain/language";
import { ownMetricFed } from "../domain/ownMetric";
import { profileById } from "../domain/profiles";
import { type ImportPreview, importPreview } from "../plan/import/preview";
import { readDocument, selectedProfile, withDocument } from "../sheets/document";
import { importExport, readYearPlans } from "./fillFromExport";

/** What the import view needs from the server. */
export interface ImportForm {
  language: Language;
  profile: { id: string; name: string };
  targetCompanies: string[];
  /** The spreadsheet's day: creator analytics windows after it are refused. */
  today: Day;
}

/** Sidebar: what the import view needs: the language, the profile it fills, the target companies, today. */
export function getImportForm(): ImportForm {
  const { clock, store } = readDocument();
  const { settings } = store;
  const profile = selectedProfile(settings);
  return {
    language: settings.language,
    profile: { id: profile.id, name: profile.name },
    targetCompanies: settings.targetCompanies,
    today: clock.today(),
  };
}

/** Sidebar: what an export would change in a profile's dashboards, cell by cell, before anything is written. */
export function previewImport(
  input: unknown,
  profileId?: string,
): ImportPreview | { ok: false; message: string } {
  const { ss, clock, store } = readDocument();
  const { language, current, profiles, metrics } = store.settings;
  const checked = checkSummary(input);
  if (!checked.ok) return refusal(language, checked.problem);
  const profile = profileId ? profileById(profiles, profileId) : selectedProfile(store.settings);
  const { plans } = readYearPlans(ss, store, checked.summary, profile);
  const fed = ownMetricFed(metrics.own, "impressions")?.name ?? null;
  return importPreview(checked.summary, plans, current.year, language, clock.dayOf, fed);
}

/** Sidebar: writes a confirmed import in one batch under the lock, and logs every cell it changed. */
export function applyImport(input: unknown): { ok: boolean; message: string } {
  return withDocument((doc) => {
    const { settings } = doc.store;
    const checked = checkImportRequest(input);
    if (!checked.ok) return refusal(settings.language, checked.problem);
    const { profile: id } = checked.request;
    const profile = id ? profileById(settings.profiles, id) : selectedProfile(settings);
    return { ok: true, message: importExport(doc, checked.request, profile) };
  });
}
