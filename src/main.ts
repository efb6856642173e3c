/**
 * The registry of entry points: every function Apps Script must see at the top level, by name. Each
 * use case lives in its own module under `commands/`; the build writes a stub per name from here.
 */
import { buildDashboard, buildTeamSheet, refreshCharts } from "./commands/dashboard";
import { getEntryForm, saveEntry } from "./commands/entry";
import { applyImport, getImportForm, previewImport } from "./commands/importExport";
import {
  onInstall,
  onOpen,
  openImport,
  openSettings,
  openSidebar,
  reopenSettings,
  showHelp,
} from "./commands/menu";
import {
  getMetricsForm,
  removeOwnMetric,
  saveCompanyKpi,
  saveMetricChoice,
  saveOwnMetric,
} from "./commands/metrics";
import { newMonth } from "./commands/newMonth";
import { newYear } from "./commands/newYear";
import { removeProfile, saveProfile } from "./commands/profiles";
import { getSettingsForm, saveSettings } from "./commands/settings";
import { continueWork } from "./commands/work";
import { CUSTOM_FUNCTIONS } from "./functions/registry";

export type { ImportForm } from "./commands/importExport";
export { MENU } from "./commands/menu";

/** What the menu runs (its items name these) and what runs on open and install. */
const MENU_HANDLERS = {
  onOpen,
  onInstall,
  buildDashboard,
  buildTeamSheet,
  newMonth,
  newYear,
  openSidebar,
  openImport,
  openSettings,
  refreshCharts,
  showHelp,
};

/** What the sidebar calls through google.script.run: its client is typed from this object. */
const SIDEBAR_ENDPOINTS = {
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
  getMetricsForm,
  saveMetricChoice,
  saveOwnMetric,
  removeOwnMetric,
  saveCompanyKpi,
  continueWork,
};

/** The sidebar's server calls, typed for the client. */
export type Endpoints = typeof SIDEBAR_ENDPOINTS;

/** Every function Apps Script must see at the top level, by name: the build generates the stubs from this. */
export const ENTRY_POINTS = {
  ...MENU_HANDLERS,
  ...SIDEBAR_ENDPOINTS,
  ...Object.fromEntries(CUSTOM_FUNCTIONS.map((f) => [f.name, f.impl])),
};
