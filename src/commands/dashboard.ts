/** Menu: build or refresh the picked profile's dashboard, its charts, and the year's team sheet. */
import { fill, fillCount, messages } from "../domain/i18n";
import { selectedProfile, withDocument } from "../sheets/document";
import { rebuild, redrawCharts } from "../sheets/rebuild";
import { writeStore } from "../sheets/store";
import { buildTeam } from "../sheets/teamSheet";
import { toast } from "../sheets/ui";

/** Menu: builds or refreshes the picked profile's dashboard, log and charts, keeping every value typed. */
export function buildDashboard(): void {
  withDocument((doc) => {
    const { settings } = doc.store;
    const profile = selectedProfile(settings);
    const warning = rebuild(doc, settings.current.year, settings, profile);
    const done = fill(messages(settings.language).toasts.built, { year: settings.current.year });
    toast(doc.ss, [done, warning], settings.language);
  });
}

/** Menu: builds or refreshes this year's team sheet: one row per active profile, live formulas. */
export function buildTeamSheet(): void {
  withDocument((doc) => {
    const { settings } = doc.store;
    const year = settings.current.year;
    const built = buildTeam(doc.ss, doc.store.all, settings, year);
    writeStore(doc.store, built.changes);
    built.sheet.activate();
    const m = messages(settings.language);
    toast(
      doc.ss,
      fillCount(settings.language, m.team.built, built.count, { year }),
      settings.language,
    );
  });
}

/** Menu: redraws the picked profile's charts in place. */
export function refreshCharts(): void {
  withDocument((doc) => {
    const { language } = doc.store.settings;
    redrawCharts(doc, selectedProfile(doc.store.settings));
    toast(doc.ss, messages(language).toasts.chartsRefreshed, language);
  });
}
