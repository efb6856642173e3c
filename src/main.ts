/** Entry points: menu handlers, sidebar endpoints and custom functions, registered in one place. */

import { foldMakesRoom, MAX_SHEETS, sheetsProblem } from "./domain/capacity";
import { METRIC_IDS, METRICS } from "./domain/catalog";
import { checkCompanyKpiInput, kpiItems } from "./domain/companyKpi";
import type { Day } from "./domain/day";
import { checkEntry } from "./domain/entry";
import { checkImportRequest, checkSummary } from "./domain/exportSummary";
import { fill, fillCount, messages } from "./domain/i18n";
import { metricLabel } from "./domain/labels";
import { isLanguage, type Language } from "./domain/language";
import {
  checkMetricChoice,
  checkOwnMetricInput,
  checkOwnRemoval,
  ownMetricFed,
  requestLanguage,
} from "./domain/ownMetrics";
import { activeProfiles, checkProfileInput, checkRemoval, profileById } from "./domain/profiles";
import {
  checkSettingsInput,
  isBefore,
  nextPeriod,
  periodLabel,
  periodOf,
  type Settings,
} from "./domain/settings";
import { helpPage } from "./functions/help";
import { CUSTOM_FUNCTIONS } from "./functions/registry";
import { archiveName } from "./plan/archive";
import {
  type EntryForm,
  entryForm,
  type SaveAnswer,
  type SettingsForm,
  sameDayAnswer,
  savedMessage,
  settingsForm,
} from "./plan/entryForm";
import { type ImportPreview, importPreview } from "./plan/import/preview";
import { dashboardName } from "./plan/layout";
import { type MetricsForm, metricsForm } from "./plan/metricsForm";
import { monthResults } from "./plan/monthEntry";
import type { StepAnswer, WorkAnswer } from "./plan/work";
import { foldForNewYear, sheetsOfYear } from "./sheets/archiveSheet";
import { builtLayout, dashboardTarget } from "./sheets/dashboardSheet";
import {
  activeSpreadsheet,
  addMenu,
  confirm,
  type Doc,
  dashboardsToMake,
  endWrites,
  ensureSheetRoom,
  lockDocument,
  rebuild,
  redrawCharts,
  rememberProfile,
  selectedProfile,
  showDialog,
  showSidebar,
  spreadsheetClock,
  toast,
  userLanguage,
  withDocument,
} from "./sheets/document";
import { BusyError } from "./sheets/errors";
import { importExport, readYearPlans } from "./sheets/exportImport";
import { applyMetrics } from "./sheets/metricChanges";
import { readMonth, saveMonth } from "./sheets/monthSheet";
import { changeProfile, dropProfile } from "./sheets/profileChanges";
import { dashboardYears } from "./sheets/profileSheets";
import { readStore, writeStore } from "./sheets/store";
import { buildTeam, teamKey } from "./sheets/teamSheet";
import { continuePending, startWork, stepAnswer } from "./sheets/work";

/** The menu, in order: each item names the top-level function it runs. */
export const MENU = [
  { key: "build", functionName: "buildDashboard" },
  { key: "team", functionName: "buildTeamSheet" },
  { key: "newMonth", functionName: "newMonth" },
  { key: "newYear", functionName: "newYear" },
  { key: "enterData", functionName: "openSidebar" },
  { key: "importExport", functionName: "openImport" },
  { key: "refreshCharts", functionName: "refreshCharts" },
  { key: "settings", functionName: "openSettings" },
  { key: "help", functionName: "showHelp" },
] as const;

/** Builds the Extensions menu; runs before authorization, so it touches nothing else. */
function onOpen(_e?: unknown): void {
  const m = messages(userLanguage());
  addMenu(MENU.map((item) => ({ caption: m.menu[item.key], functionName: item.functionName })));
}

/** Runs when the add-on is installed: the menu appears at once. */
function onInstall(e?: unknown): void {
  onOpen(e);
}

/** Menu: builds or refreshes the picked profile's dashboard, log and charts, keeping every value typed. */
function buildDashboard(): void {
  withDocument((doc) => {
    const { settings } = doc.store;
    const profile = selectedProfile(settings);
    const warning = rebuild(doc, settings.current.year, settings, profile);
    const done = fill(messages(settings.language).toasts.built, { year: settings.current.year });
    toast(doc.ss, [done, warning], settings.language);
  });
}

/** Menu: builds or refreshes this year's team sheet: one row per active profile, live formulas. */
function buildTeamSheet(): void {
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

/** Menu: moves on to the next month once it has begun; on January, starts the new year's sheet. */
function newMonth(): void {
  // The carry-forward question is asked before the lock is taken: no other user waits on a dialog.
  const asked = askCarryForward();
  withDocument((doc) => {
    const settings = doc.store.settings;
    const m = messages(settings.language);
    if (!isBefore(settings.current, periodOf(doc.today()))) {
      const label = m.monthsLong[settings.current.month - 1] ?? "";
      toast(
        doc.ss,
        fill(m.toasts.alreadyCurrent, { month: label, year: settings.current.year }),
        settings.language,
      );
      return;
    }
    const from = settings.current;
    const to = nextPeriod(from);
    if (to.year !== from.year) {
      const team = teamKey(from.year) in doc.store.all && !(teamKey(to.year) in doc.store.all);
      const active = activeProfiles(settings.profiles);
      ensureSheetRoom(doc, dashboardsToMake(doc.store, to.year, active) + (team ? 1 : 0));
    }
    // The answer holds for the month it was asked about; another user may have moved on meanwhile.
    const carry =
      settings.carryForward &&
      asked?.year === from.year &&
      asked.month === from.month &&
      asked.carry;
    const next: Settings = { ...settings, current: to };
    // Every active profile moves on together: the team compares the same months.
    const intoJanuary = to.year !== from.year;
    const tasks = activeProfiles(settings.profiles).map((p) => ({
      id: p.id,
      year: to.year,
      ...(intoJanuary ? { targetsFrom: from.year } : {}),
      ...(carry ? { stocks: { year: from.year, from: from.month, to: to.month } } : {}),
    }));
    const team = intoJanuary && teamKey(from.year) in doc.store.all;
    const message = fill(m.toasts.newMonth, {
      month: m.monthsLong[to.month - 1] ?? "",
      year: to.year,
    });
    const teams = team ? [{ year: to.year, make: true }] : [];
    answerFromMenu(doc, startWork(doc, next, { tasks, teams, message }));
  });
}

/** A menu action's work: its toast when it is done; else the sidebar opens and carries on with it. */
function answerFromMenu(doc: Doc, work: WorkAnswer): void {
  const { language } = doc.store.settings;
  toast(doc.ss, work.message, language);
  if (!work.finished) showSidebar(messages(language).sidebar.title, "entry");
}

/** Asks whether to carry stock figures into the month New month moves to, if it will move and carry. */
function askCarryForward(): { year: number; month: number; carry: boolean } | null {
  const ss = activeSpreadsheet();
  const { settings } = readStore(ss, spreadsheetClock(ss).today);
  const from = settings.current;
  if (!settings.carryForward || !isBefore(from, periodOf(spreadsheetClock(ss).today())))
    return null;
  const to = nextPeriod(from);
  const m = messages(settings.language);
  const carry = confirm(
    fill(m.prompts.carryForwardTitle, { month: periodLabel(to, settings.language) }),
    fill(m.prompts.carryForward, {
      from: periodLabel(from, settings.language),
      to: periodLabel(to, settings.language),
    }),
  );
  return { ...from, carry };
}

/** Menu: creates next year's dashboard with this year's targets; this year's sheet is not touched. */
function newYear(): void {
  // Asked before the lock is taken: no other user waits on a dialog.
  const fold = askToFold();
  withDocument((doc) => {
    const settings = doc.store.settings;
    const year = settings.current.year + 1;
    const startsNow = periodOf(doc.today()).year >= year;
    const next: Settings = startsNow ? { ...settings, current: { year, month: 1 } } : settings;
    const needed = dashboardsToMake(doc.store, year, activeProfiles(settings.profiles));
    const { folds, folded } = foldForNewYear(doc, fold, needed);
    const from = settings.current.year;
    const tasks = [
      ...folds,
      ...activeProfiles(settings.profiles).map((p) => ({ id: p.id, year, targetsFrom: from })),
    ];
    const m = messages(settings.language);
    const message = [folded, fill(m.toasts.newYear, { year, previous: from })].join(" ").trim();
    answerFromMenu(doc, startWork(doc, next, { tasks, teams: [], message }));
  });
}

/**
 * When next year's dashboards would not fit in the spreadsheet's tabs, offers to fold the oldest year
 * into one archive sheet; the year to fold if the user agreed, else null (New year then says why not).
 */
function askToFold(): number | null {
  const ss = activeSpreadsheet();
  const clock = spreadsheetClock(ss);
  const store = readStore(ss, clock.today);
  const { settings } = store;
  const year = settings.current.year + 1;
  const needed = dashboardsToMake(store, year, activeProfiles(settings.profiles));
  const present = ss.getNumSheets();
  if (!sheetsProblem(present, needed, settings.language)) return null;
  const years = settings.profiles.flatMap((p) => dashboardYears(store.all, settings.language, p));
  const oldest = Math.min(...years.filter((y) => y < settings.current.year));
  if (!Number.isFinite(oldest)) return null;
  const { dashboards, team } = sheetsOfYear(store, oldest);
  if (!foldMakesRoom(present, needed, dashboards + (team ? 1 : 0))) return null;
  const m = messages(settings.language);
  const yes = confirm(
    fill(m.archive.foldTitle, { year: oldest }),
    fill(m.archive.foldQuestion, {
      needed,
      present,
      max: MAX_SHEETS,
      count: dashboards,
      year: oldest,
      archive: archiveName(oldest, settings.language),
    }),
  );
  return yes ? oldest : null;
}

/** Menu: opens the data-entry sidebar, titled in the spreadsheet's language. */
function openSidebar(): void {
  showSidebar(messages(documentLanguage()).sidebar.title, "entry");
}

/** Menu: opens the sidebar on the LinkedIn export import. */
function openImport(): void {
  showSidebar(messages(documentLanguage()).exportImport.title, "import");
}

/** Menu: opens the sidebar on its settings. */
function openSettings(): void {
  showSidebar(messages(documentLanguage()).sidebar.settingsTitle, "settings");
}

/**
 * Sidebar: opens Settings again after a language change, so the panel's title (which only a new
 * sidebar can change) speaks the new language; the saved message shows in it.
 */
function reopenSettings(message: unknown): void {
  const said = typeof message === "string" ? message.slice(0, 1000) : "";
  showSidebar(messages(documentLanguage()).sidebar.settingsTitle, "settings", said);
}

/** The language chosen in Settings (a menu click is authorized, so the settings can be read). */
function documentLanguage() {
  const ss = activeSpreadsheet();
  return readStore(ss, spreadsheetClock(ss).today).settings.language;
}

/** Menu: redraws the picked profile's charts in place. */
function refreshCharts(): void {
  withDocument((doc) => {
    redrawCharts(doc, selectedProfile(doc.store.settings));
    toast(
      doc.ss,
      messages(doc.store.settings.language).toasts.chartsRefreshed,
      doc.store.settings.language,
    );
  });
}

/** Menu: a short help. */
function showHelp(): void {
  const language = documentLanguage();
  showDialog(messages(language).help.title, helpPage(language));
}

/**
 * Sidebar: the form for a month (the current one unless asked) of a profile (the one picked unless
 * asked; a profile asked for is remembered as this user's pick), prefilled from the sheet.
 */
function getEntryForm(request?: { year?: number; month?: number; profile?: string }): EntryForm {
  const ss = activeSpreadsheet();
  const today = spreadsheetClock(ss).today;
  const { settings, all } = readStore(ss, today);
  const year = Number(request?.year) || settings.current.year;
  const month = Number(request?.month) || settings.current.month;
  const asked = request?.profile;
  const profile = asked ? profileById(settings.profiles, asked) : selectedProfile(settings);
  if (asked && profile.id === asked) rememberProfile(profile.id);
  const layout = builtLayout(all, dashboardName(year, settings.language, profile), settings);
  return entryForm(
    readMonth(ss, year, month, settings.language, profile, layout, all),
    year,
    month,
    settings.language,
    today(),
    profile,
    settings.profiles,
    layout,
    settings.metrics.own,
  );
}

/** Sidebar: validates a month's figures and SSI reading, then writes them all or nothing. */
function saveEntry(submission: unknown): SaveAnswer {
  const ss = activeSpreadsheet();
  const clock = spreadsheetClock(ss);
  const asked = (submission as { language?: unknown } | null)?.language;
  lockDocument(isLanguage(asked) ? asked : "en");
  // The settings know the own metrics' kinds; the sheet's stored shape, where its rows are.
  const store = readStore(ss, clock.today);
  const { settings, all } = store;
  const checked = checkEntry(submission, clock.today, settings.metrics.own);
  if (!checked.ok) return { ok: false, message: checked.message, errors: checked.errors };
  const { entry } = checked;
  const layout = builtLayout(
    all,
    dashboardName(entry.year, entry.language, entry.profile),
    settings,
  );
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

/** Sidebar: the next step of work that spans profiles, if any is pending: how far it got. */
function continueWork(): WorkAnswer {
  try {
    return withDocument((doc) => continuePending(doc));
  } catch (err) {
    // Another person's update holds the lock: the sidebar waits and asks again; nothing is dropped.
    if (err instanceof BusyError)
      return { finished: false, busy: true, done: 0, total: 0, message: err.waiting };
    throw err;
  }
}

/** Sidebar: the settings form, with the profiles and the one this user works on. */
function getSettingsForm(): SettingsForm {
  const ss = activeSpreadsheet();
  const { settings, all } = readStore(ss, spreadsheetClock(ss).today);
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
function saveSettings(input: unknown): {
  ok: boolean;
  message: string;
  errors?: Record<string, string>;
} {
  return withDocument((doc) => {
    const checked = checkSettingsInput(input, doc.store.settings, doc.today);
    if (!checked.ok) return checked;
    const settings = checked.value;
    const before = doc.store.settings;
    const languageChanged = settings.language !== before.language;
    // The profiles whose dashboards change: all of them with the language, else the one edited.
    const changed = activeProfiles(settings.profiles).filter((p) => {
      const was = before.profiles.find((b) => b.id === p.id);
      return languageChanged || !was || was.name !== p.name || was.totalTarget !== p.totalTarget;
    });
    const toBuild = changed.length > 0 ? changed : [selectedProfile(settings)];
    const year = settings.current.year;
    const tasks = toBuild.map((profile) => {
      const was = before.profiles.find((b) => b.id === profile.id);
      const newTarget = !!was && was.totalTarget !== profile.totalTarget;
      return { id: profile.id, year, ...(newTarget ? { newTarget } : {}) };
    });
    const message = messages(settings.language).toasts.settingsSaved;
    const teams = [{ year, make: false }];
    return stepAnswer(startWork(doc, settings, { tasks, teams, message }));
  });
}

/** Sidebar: what the import view needs: the language, the profile it fills, the target companies, today. */
function getImportForm(): ImportForm {
  const ss = activeSpreadsheet();
  const clock = spreadsheetClock(ss);
  const { settings } = readStore(ss, clock.today);
  const profile = selectedProfile(settings);
  return {
    language: settings.language,
    profile: { id: profile.id, name: profile.name },
    targetCompanies: settings.targetCompanies,
    today: clock.today(),
  };
}

/** Sidebar: what an export would change in a profile's dashboards, cell by cell, before anything is written. */
function previewImport(
  input: unknown,
  profileId?: string,
): ImportPreview | { ok: false; message: string } {
  const ss = activeSpreadsheet();
  const clock = spreadsheetClock(ss);
  const store = readStore(ss, clock.today);
  const { language, current } = store.settings;
  const checked = checkSummary(input, language);
  if (!checked.ok) return checked;
  const profile = profileId
    ? profileById(store.settings.profiles, profileId)
    : selectedProfile(store.settings);
  const { plans } = readYearPlans(ss, store, checked.summary, profile);
  const fed = ownMetricFed(store.settings.metrics.own, "impressions")?.name ?? null;
  return importPreview(
    checked.summary,
    plans,
    current.year,
    language,
    (date) => Utilities.formatDate(date, clock.zone(), "yyyy-MM-dd"),
    fed,
  );
}

/** Sidebar: writes a confirmed import in one batch under the lock, and logs every cell it changed. */
function applyImport(input: unknown): { ok: boolean; message: string } {
  return withDocument((doc) => {
    const { settings } = doc.store;
    const checked = checkImportRequest(input, settings.language);
    if (!checked.ok) return checked;
    const { profile: id } = checked.request;
    const profile = id ? profileById(settings.profiles, id) : selectedProfile(settings);
    return { ok: true, message: importExport(doc, checked.request, profile) };
  });
}

/** Sidebar: adds a profile (with its dashboard for this year) or renames, retargets, archives or restores one. */
function saveProfile(input: unknown): {
  ok: boolean;
  message: string;
  errors?: Record<string, string>;
} {
  return withDocument((doc) => {
    const checked = checkProfileInput(input, doc.store.settings.profiles, doc.ss.getId());
    if (!checked.ok) return checked;
    return { ok: true, message: changeProfile(doc, checked) };
  });
}

/** Sidebar: removes a profile for good, with its sheets, once its name is typed as confirmation. */
function removeProfile(input: unknown): { ok: boolean; message: string } {
  return withDocument((doc) => {
    const checked = checkRemoval(input, doc.store.settings.profiles, doc.store.settings.language);
    if (!checked.ok) return checked;
    return { ok: true, message: dropProfile(doc, checked.profile, checked.profiles) };
  });
}

/** Sidebar: the metrics to choose from, the own metrics and the company KPI, in the document's language. */
function getMetricsForm(): MetricsForm {
  const ss = activeSpreadsheet();
  return metricsForm(readStore(ss, spreadsheetClock(ss).today).settings);
}

type Answer = { ok: boolean; message: string; errors?: Record<string, string> } | StepAnswer;

/** Sidebar: the catalog metrics to show; hidden ones keep their values, and this year's dashboards follow. */
function saveMetricChoice(input: unknown): Answer {
  return withDocument((doc) => {
    const checked = checkMetricChoice(input, doc.store.settings.metrics);
    if (!checked.ok) return checked;
    const language = requestLanguage(input);
    const shown = METRIC_IDS.length - checked.metrics.hidden.length;
    const saved = fillCount(language, messages(language).metricSetup.shownSaved, shown);
    return applyMetrics(doc, checked.metrics, saved);
  });
}

/** Sidebar: adds an own metric or renames or changes one; its values stay on its row. */
function saveOwnMetric(input: unknown): Answer {
  return withDocument((doc) => {
    const language = requestLanguage(input);
    const labels = METRICS.map((x) => metricLabel(x, language));
    const checked = checkOwnMetricInput(input, doc.store.settings.metrics, labels);
    if (!checked.ok) return checked;
    const t = messages(language).metricSetup;
    const { name, block } = checked.metric;
    const message = checked.before
      ? fill(t.ownSaved, { name })
      : fill(t.ownAdded, { name, block: messages(language).blocks[block] });
    // A metric turned to whole numbers over decimals typed before: the rebuild names those cells.
    return applyMetrics(doc, checked.metrics, message);
  });
}

/** Sidebar: removes an own metric once confirmed; its values are copied to the Removed metrics sheet first. */
function removeOwnMetric(input: unknown): Answer {
  return withDocument((doc) => {
    const checked = checkOwnRemoval(input, doc.store.settings.metrics);
    if (!checked.ok) return checked;
    const t = messages(requestLanguage(input)).metricSetup;
    const message = fill(t.ownRemoved, { name: checked.removed.name, sheet: t.removedSheet });
    return applyMetrics(doc, checked.metrics, message);
  });
}

/** Sidebar: composes the company KPI (or switches it off with no item); every dashboard's KPI section follows. */
function saveCompanyKpi(input: unknown): Answer {
  return withDocument((doc) => {
    const language = requestLanguage(input);
    const checked = checkCompanyKpiInput(input, doc.store.settings.metrics.own, language);
    if (!checked.ok) return checked;
    const t = messages(language).metricSetup;
    const count = checked.kpi ? kpiItems(checked.kpi).length : 0;
    const message = count ? fillCount(language, t.kpiSaved, count) : t.kpiOff;
    return applyMetrics(doc, { ...doc.store.settings.metrics, kpi: checked.kpi }, message);
  });
}

/** Every function Apps Script must see at the top level, by name: the build generates the stubs from this. */
export const ENTRY_POINTS = {
  onOpen,
  onInstall,
  buildDashboard,
  newMonth,
  newYear,
  openSidebar,
  openImport,
  openSettings,
  refreshCharts,
  showHelp,
  getEntryForm,
  saveEntry,
  getSettingsForm,
  saveSettings,
  reopenSettings,
  getImportForm,
  previewImport,
  applyImport,
  saveProfile,
  removeProfile,
  buildTeamSheet,
  getMetricsForm,
  saveMetricChoice,
  saveOwnMetric,
  removeOwnMetric,
  saveCompanyKpi,
  continueWork,
  ...Object.fromEntries(CUSTOM_FUNCTIONS.map((f) => [f.name, f.impl])),
};

/** The sidebar's server calls, typed for the client. */
export interface Endpoints {
  getEntryForm: typeof getEntryForm;
  saveEntry: typeof saveEntry;
  getSettingsForm: typeof getSettingsForm;
  saveSettings: typeof saveSettings;
  reopenSettings: typeof reopenSettings;
  getImportForm: typeof getImportForm;
  previewImport: typeof previewImport;
  applyImport: typeof applyImport;
  saveProfile: typeof saveProfile;
  removeProfile: typeof removeProfile;
  getMetricsForm: typeof getMetricsForm;
  saveMetricChoice: typeof saveMetricChoice;
  saveOwnMetric: typeof saveOwnMetric;
  removeOwnMetric: typeof removeOwnMetric;
  saveCompanyKpi: typeof saveCompanyKpi;
  continueWork: typeof continueWork;
}

/** What the import view needs from the server. */
export interface ImportForm {
  language: Language;
  profile: { id: string; name: string };
  targetCompanies: string[];
  /** The spreadsheet's day: creator analytics windows after it are refused. */
  today: Day;
}
