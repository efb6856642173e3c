/** Sidebar: the settings form, and saving it (a language change rebuilds every profile, in steps). */
import { messages } from "../domain/i18n";
import { renderRefused } from "../domain/i18n/render";
import { activeProfiles } from "../domain/profiles";
import { checkSettingsInput, type Settings } from "../domain/settings";
import { type SettingsForm, settingsForm } from "../plan/entryForm";
import { dashboardTarget } from "../sheets/dashboardSheet";
import { readDocument, selectedProfile, withDocument } from "../sheets/document";
import { startWork, stepAnswer } from "./steps";

/** Sidebar: the settings form, with the profiles and the one this user works on. */
export function getSettingsForm(): SettingsForm {
  const { ss, store } = readDocument();
  const { settings, all } = store;
  const profile = selectedProfile(settings);
  // The SSI target is one figure: typed on the dashboard, Settings shows it too.
  const typed = profile.source
    ? null
    : dashboardTarget(ss, all, settings, profile, settings.current.year);
  const profiles = settings.profiles.map((p) =>
    p.id === profile.id && typed !== null ? { ...p, totalTarget: typed } : p,
  );
  return settingsForm({ ...settings, profiles }, profile.id, ss.getUrl());
}

/** Sidebar: saves settings and rebuilds this year's dashboard in the chosen language. */
export function saveSettings(input: unknown): {
  ok: boolean;
  message: string;
  errors?: Record<string, string>;
} {
  return withDocument((doc) => {
    const checked = checkSettingsInput(input, doc.store.settings, doc.today);
    if (!checked.ok) return renderRefused(checked);
    const settings = checked.value;
    const tasks = rebuildsFor(doc.store.settings, settings);
    const message = messages(settings.language).toasts.settingsSaved;
    const teams = [{ year: settings.current.year, make: false }];
    return stepAnswer(startWork(doc, settings, { tasks, teams, message }));
  });
}

/** The dashboards a change of settings rebuilds: all with the language, else the profiles edited. */
function rebuildsFor(before: Settings, settings: Settings) {
  const languageChanged = settings.language !== before.language;
  const changed = activeProfiles(settings.profiles).filter((p) => {
    const was = before.profiles.find((b) => b.id === p.id);
    return languageChanged || !was || was.name !== p.name || was.totalTarget !== p.totalTarget;
  });
  const toBuild = changed.length > 0 ? changed : [selectedProfile(settings)];
  const year = settings.current.year;
  return toBuild.map((profile) => {
    const was = before.profiles.find((b) => b.id === profile.id);
    const newTarget = !!was && was.totalTarget !== profile.totalTarget;
    return { id: profile.id, year, ...(newTarget ? { newTarget } : {}) };
  });
}
