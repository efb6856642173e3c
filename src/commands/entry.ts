/** Sidebar: a month's form for a profile, and saving its figures and SSI reading all or nothing. */
import { checkEntry } from "../domain/entry";
import { renderRefused } from "../domain/i18n/render";
import { isLanguage } from "../domain/language";
import { profileById } from "../domain/profiles";
import {
  type EntryForm,
  entryForm,
  type SaveAnswer,
  sameDayAnswer,
  savedMessage,
} from "../plan/entryForm";
import { monthResults } from "../plan/monthEntry";
import { builtLayout, dashboardRecord } from "../sheets/dashboardSheet";
import {
  endWrites,
  lockDocument,
  readDocument,
  rememberProfile,
  selectedProfile,
} from "../sheets/document";
import { readMonth, saveMonth } from "../sheets/monthSheet";
import { writeStore } from "../sheets/store";

/**
 * Sidebar: the form for a month (the current one unless asked) of a profile (the one picked unless
 * asked; a profile asked for is remembered as this user's pick), prefilled from the sheet.
 */
export function getEntryForm(request?: {
  year?: number;
  month?: number;
  profile?: string;
}): EntryForm {
  const { ss, clock, store } = readDocument();
  const { settings, all } = store;
  const year = Number(request?.year) || settings.current.year;
  const month = Number(request?.month) || settings.current.month;
  const asked = request?.profile;
  const profile = asked ? profileById(settings.profiles, asked) : selectedProfile(settings);
  if (asked && profile.id === asked) rememberProfile(profile.id);
  const layout = builtLayout(dashboardRecord(all, year, settings, profile), settings);
  return entryForm(
    readMonth(ss, year, month, settings.language, profile, layout, all),
    year,
    month,
    settings.language,
    clock.today(),
    profile,
    settings.profiles,
    layout,
    settings.metrics.own,
  );
}

/** Sidebar: validates a month's figures and SSI reading, then writes them all or nothing. */
export function saveEntry(submission: unknown): SaveAnswer {
  // The lock comes first, in the language the form was sent in: the store is read only once it is held.
  const asked = (submission as { language?: unknown } | null)?.language;
  lockDocument(isLanguage(asked) ? asked : "en");
  // The settings know the own metrics' kinds; the sheet's stored shape, where its rows are.
  const { ss, clock, store } = readDocument();
  const { settings, all } = store;
  const checked = checkEntry(submission, clock.today, settings.metrics.own);
  if (!checked.ok) return renderRefused(checked);
  const { entry } = checked;
  const layout = builtLayout(dashboardRecord(all, entry.year, settings, entry.profile), settings);
  const saved = saveMonth(ss, entry, entry.language, clock.zone, layout, all);
  if ("sameDay" in saved) return sameDayAnswer(entry, saved.sameDay);
  if (saved.changes) writeStore(store, saved.changes);
  endWrites();
  return {
    ok: true,
    message: savedMessage(entry, saved.cleared, saved.reading, saved.remadeLog),
    results: monthResults(saved.values, entry.language, layout),
  };
}
