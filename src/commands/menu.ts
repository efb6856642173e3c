/** The Extensions menu and the panels it opens: the sidebar's three views and the Help dialog. */
import { messages } from "../domain/i18n";
import type { Language } from "../domain/language";
import { helpPage } from "../functions/help";
import { readDocument } from "../sheets/document";
import { addMenu, showDialog, showSidebar, userLanguage } from "../sheets/ui";

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
export function onOpen(_e?: unknown): void {
  const m = messages(userLanguage());
  addMenu(MENU.map((item) => ({ caption: m.menu[item.key], functionName: item.functionName })));
}

/** Runs when the add-on is installed: the menu appears at once. */
export function onInstall(e?: unknown): void {
  onOpen(e);
}

/** Menu: opens the data-entry sidebar, titled in the spreadsheet's language. */
export function openSidebar(): void {
  showSidebar(messages(documentLanguage()).sidebar.title, "entry");
}

/** Menu: opens the sidebar on the LinkedIn export import. */
export function openImport(): void {
  showSidebar(messages(documentLanguage()).exportImport.title, "import");
}

/** Menu: opens the sidebar on its settings. */
export function openSettings(): void {
  showSidebar(messages(documentLanguage()).sidebar.settingsTitle, "settings");
}

/**
 * Sidebar: opens Settings again after a language change, so the panel's title (which only a new
 * sidebar can change) speaks the new language; the saved message shows in it.
 */
export function reopenSettings(message: unknown): void {
  const said = typeof message === "string" ? message.slice(0, 1000) : "";
  showSidebar(messages(documentLanguage()).sidebar.settingsTitle, "settings", said);
}

/** Menu: the steps and every custom function, in a dialog in the spreadsheet's language. */
export function showHelp(): void {
  const language = documentLanguage();
  showDialog(messages(language).help.title, helpPage(language));
}

/** The language chosen in Settings (a menu click is authorized, so the settings can be read). */
function documentLanguage(): Language {
  return readDocument().store.settings.language;
}
