/** What the person sees of the add-on besides its sheets: the menu, toasts, questions, dialogs and the sidebar. */
import { messages } from "../domain/i18n";
import { type Language, languageOfLocale } from "../domain/language";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** A toast in the corner of the sheet; several messages are joined, blank ones left out. */
export function toast(ss: Spreadsheet, message: string | string[], language: Language): void {
  const text = typeof message === "string" ? message : message.filter(Boolean).join(" ");
  ss.toast(text, messages(language).addonName, 8);
}

/** Asks a yes/no question; true for yes. */
export function confirm(title: string, text: string): boolean {
  const ui = SpreadsheetApp.getUi();
  return ui.alert(title, text, ui.ButtonSet.YES_NO) === ui.Button.YES;
}

/** Shows a page in a dialog over the sheet, with a close button of Sheets' own. */
export function showDialog(title: string, page: string): void {
  const html = HtmlService.createHtmlOutput(page).setWidth(560).setHeight(520);
  SpreadsheetApp.getUi().showModalDialog(html, title);
}

/** The user's language for the menu (works before authorization). */
export function userLanguage(): Language {
  return languageOfLocale(Session.getActiveUserLocale());
}

/** Opens the sidebar on a view (data entry, the export import, or the settings), with a message to show. */
export function showSidebar(
  title: string,
  view: "entry" | "import" | "settings",
  message = "",
): void {
  const html = HtmlService.createHtmlOutputFromFile("Sidebar").setTitle(title);
  if (view !== "entry") html.append(`<script>window.SSI_VIEW = "${view}";</script>`);
  // JSON with "<" escaped: the message cannot end the script element.
  if (message)
    html.append(
      `<script>window.SSI_MESSAGE = ${JSON.stringify(message).replace(/</g, "\\u003c")};</script>`,
    );
  SpreadsheetApp.getUi().showSidebar(html);
}

/** Builds the add-on menu under Extensions. */
export function addMenu(items: { caption: string; functionName: string }[]): void {
  const menu = SpreadsheetApp.getUi().createAddonMenu();
  for (const item of items) menu.addItem(item.caption, item.functionName);
  menu.addToUi();
}
