/** Entry points: menu handlers, sidebar endpoints and custom functions, registered in one place. */
import { checkEntry } from "./domain/entry";
import { checkImportRequest, checkSummary } from "./domain/exportSummary";
import { fill, messages } from "./domain/i18n";
import type { Language } from "./domain/language";
import {
  checkSettingsInput,
  isBefore,
  nextPeriod,
  periodLabel,
  periodOf,
  type Settings,
} from "./domain/settings";
import { CUSTOM_FUNCTIONS } from "./functions/registry";
import { carryStocks, carryTargets } from "./plan/carryOver";
import { keptKey } from "./plan/dashboard/kept";
import {
  type EntryForm,
  entryForm,
  type SaveAnswer,
  type SettingsForm,
  savedMessage,
  settingsForm,
} from "./plan/entryForm";
import { type ImportPreview, importPreview } from "./plan/import/preview";
import { monthResults } from "./plan/monthEntry";
import { readYear } from "./sheets/dashboardSheet";
import {
  activeSpreadsheet,
  addMenu,
  confirm,
  inform,
  lockDocument,
  rebuild,
  redrawCharts,
  showSidebar,
  spreadsheetClock,
  toast,
  userLanguage,
  withDocument,
} from "./sheets/document";
import { importExport, readYearPlans } from "./sheets/exportImport";
import { readMonth, saveMonth } from "./sheets/monthSheet";
import { readStore } from "./sheets/store";

/** The menu, in order: each item names the top-level function it runs. */
export const MENU = [
  { key: "build", functionName: "buildDashboard" },
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

/** Menu: builds or refreshes this year's dashboard, log and charts, keeping every value typed. */
function buildDashboard(): void {
  withDocument((doc) => {
    const { settings } = doc.store;
    const warning = rebuild(doc, settings.current.year, settings);
    const done = fill(messages(settings.language).toasts.built, { year: settings.current.year });
    toast(doc.ss, [done, warning], settings.language);
  });
}

/** Menu: moves on to the next month once it has begun; on January, starts the new year's sheet. */
function newMonth(): void {
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
    const carry =
      settings.carryForward &&
      confirm(
        fill(m.prompts.carryForwardTitle, { month: periodLabel(to, settings.language) }),
        fill(m.prompts.carryForward, {
          from: periodLabel(from, settings.language),
          to: periodLabel(to, settings.language),
        }),
      );
    const previous = to.year === from.year ? null : readYear(doc.ss, from.year, settings).kept;
    const next: Settings = { ...settings, current: to };
    const warning = rebuild(doc, to.year, next, (kept) => {
      if (previous) carryTargets(previous, kept);
      if (carry) carryStocks(previous ?? kept, from.month, to.month, kept);
    });
    const done = fill(m.toasts.newMonth, {
      month: m.monthsLong[to.month - 1] ?? "",
      year: to.year,
    });
    toast(doc.ss, [done, warning], settings.language);
  });
}

/** Menu: creates next year's dashboard with this year's targets; this year's sheet is not touched. */
function newYear(): void {
  withDocument((doc) => {
    const settings = doc.store.settings;
    const year = settings.current.year + 1;
    const previous = readYear(doc.ss, settings.current.year, settings).kept;
    const startsNow = periodOf(doc.today()).year >= year;
    const next: Settings = startsNow ? { ...settings, current: { year, month: 1 } } : settings;
    rebuild(doc, year, next, (kept) => carryTargets(previous, kept));
    const m = messages(settings.language);
    toast(
      doc.ss,
      fill(m.toasts.newYear, { year, previous: settings.current.year }),
      settings.language,
    );
  });
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

/** The language chosen in Settings (a menu click is authorized, so the settings can be read). */
function documentLanguage() {
  const ss = activeSpreadsheet();
  return readStore(ss, spreadsheetClock(ss).today).settings.language;
}

/** Menu: redraws the add-on's charts in place. */
function refreshCharts(): void {
  withDocument((doc) => {
    redrawCharts(doc);
    toast(
      doc.ss,
      messages(doc.store.settings.language).toasts.chartsRefreshed,
      doc.store.settings.language,
    );
  });
}

/** Menu: a short help. */
function showHelp(): void {
  const m = messages(documentLanguage());
  inform(m.help.title, m.help.body);
}

/** Sidebar: the form for a month (the current one unless asked), prefilled from the sheet. */
function getEntryForm(request?: { year?: number; month?: number }): EntryForm {
  const ss = activeSpreadsheet();
  const today = spreadsheetClock(ss).today;
  const { settings } = readStore(ss, today);
  const year = Number(request?.year) || settings.current.year;
  const month = Number(request?.month) || settings.current.month;
  return entryForm(
    readMonth(ss, year, month, settings.language),
    year,
    month,
    settings.language,
    today(),
  );
}

/** Sidebar: validates a month's figures and SSI reading, then writes them all or nothing. */
function saveEntry(submission: unknown): SaveAnswer {
  const ss = activeSpreadsheet();
  const clock = spreadsheetClock(ss);
  const checked = checkEntry(submission, clock.today);
  if (!checked.ok) return { ok: false, message: checked.message, errors: checked.errors };
  const { entry } = checked;
  lockDocument(entry.language);
  const saved = saveMonth(ss, entry, entry.language, clock.zone);
  return {
    ok: true,
    message: savedMessage(entry, saved.cleared, saved.reading),
    results: monthResults(saved.values, entry.language),
  };
}

/** Sidebar: the settings form. */
function getSettingsForm(): SettingsForm {
  const ss = activeSpreadsheet();
  return settingsForm(readStore(ss, spreadsheetClock(ss).today).settings);
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
    const targetChanged = settings.totalTarget !== doc.store.settings.totalTarget;
    rebuild(doc, settings.current.year, settings, (kept) => {
      if (targetChanged) kept.delete(keptKey("ssi:total", "target"));
    });
    return { ok: true, message: messages(settings.language).toasts.settingsSaved };
  });
}

/** Sidebar: what the import view needs: the language and the target companies to count. */
function getImportForm(): ImportForm {
  const ss = activeSpreadsheet();
  const { settings } = readStore(ss, spreadsheetClock(ss).today);
  return { language: settings.language, targetCompanies: settings.targetCompanies };
}

/** Sidebar: what an export would change, cell by cell, before anything is written. */
function previewImport(input: unknown): ImportPreview | { ok: false; message: string } {
  const ss = activeSpreadsheet();
  const store = readStore(ss, spreadsheetClock(ss).today);
  const { language, current } = store.settings;
  const checked = checkSummary(input, language);
  if (!checked.ok) return checked;
  const { plans } = readYearPlans(ss, store, checked.summary);
  return importPreview(checked.summary, plans, current.year, language);
}

/** Sidebar: writes a confirmed import in one batch under the lock, and logs every cell it changed. */
function applyImport(input: unknown): { ok: boolean; message: string } {
  return withDocument((doc) => {
    const checked = checkImportRequest(input, doc.store.settings.language);
    if (!checked.ok) return checked;
    return { ok: true, message: importExport(doc, checked.request) };
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
  getImportForm,
  previewImport,
  applyImport,
  ...Object.fromEntries(CUSTOM_FUNCTIONS.map((f) => [f.name, f.impl])),
};

/** The sidebar's server calls, typed for the client. */
export interface Endpoints {
  getEntryForm: typeof getEntryForm;
  saveEntry: typeof saveEntry;
  getSettingsForm: typeof getSettingsForm;
  saveSettings: typeof saveSettings;
  getImportForm: typeof getImportForm;
  previewImport: typeof previewImport;
  applyImport: typeof applyImport;
}

/** What the import view needs from the server. */
export interface ImportForm {
  language: Language;
  targetCompanies: string[];
}
