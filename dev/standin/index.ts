/** An offline stand-in for the Apps Script services a Sheets add-on uses, with real formulas. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parseA1, splitSheet } from "./a1";
import { CallCounter, type Ctx, EXECUTION_LIMIT_MS } from "./context";
import type { Drive } from "./importRange";
import { Range } from "./range";
import { DataValidation } from "./rules";
import { createServices } from "./services";
import { Sheet } from "./sheet";
import { createSpreadsheetApp, Spreadsheet } from "./spreadsheet";
import { Workbook, type WorkbookState } from "./workbook";

export type { UiEvent, WriteRecord } from "./context";
export { CallCounter, EXECUTION_LIMIT_MS, latencyOf } from "./context";
export { Drive, spreadsheetIdOf, spreadsheetUrl } from "./importRange";
export type { WorkbookState } from "./workbook";
export { Workbook } from "./workbook";

export interface StandInOptions {
  state?: WorkbookState;
  /** Where HtmlService finds "Sidebar" etc. (the build's output). */
  distDir?: string;
  userLocale?: string;
  spreadsheetLocale?: string;
  /** The spreadsheet's time zone (File → Settings); by default this machine's. */
  spreadsheetTimeZone?: string;
  /** What `new Date()` says inside the script (the loader's clock). */
  now?: () => Date;
  /** The spreadsheets this one can import from (IMPORTRANGE); it joins them under an id of its own. */
  drive?: Drive;
}

export type StandIn = ReturnType<typeof createStandIn>;

/** The script's own time zone, from the manifest the build copied. */
function manifestTimeZone(distDir: string): string {
  try {
    const manifest = JSON.parse(readFileSync(join(distDir, "appsscript.json"), "utf8")) as {
      timeZone?: string;
    };
    return manifest.timeZone ?? "America/New_York";
  } catch {
    return "America/New_York";
  }
}

/** Makes a fresh stand-in: the globals a script sees, and handles for tests to look inside. */
export function createStandIn(options: StandInOptions = {}) {
  const workbook = new Workbook(options.state);
  if (options.spreadsheetLocale) workbook.state.locale = options.spreadsheetLocale;
  if (options.spreadsheetTimeZone) workbook.state.timeZone = options.spreadsheetTimeZone;
  if (options.drive) workbook.joinDrive(options.drive);
  const distDir = options.distDir ?? join(process.cwd(), "dist");
  const ctx: Ctx = {
    workbook,
    counter: new CallCounter(),
    writes: [],
    ui: [],
    menus: [],
    alertResponses: [],
    authMode: "FULL",
    lockHeldElsewhere: false,
    othersAtLock: [],
    lockHeld: false,
    execution: { running: false, elapsedMs: 0, limitMs: EXECUTION_LIMIT_MS, calls: 0 },
    arrival: null,
    lockBusyMs: 0,
    noDocument: false,
    files: (name) =>
      readFileSync(join(distDir, name.endsWith(".html") ? name : `${name}.html`), "utf8"),
    now: options.now ?? (() => new Date()),
    scriptTimeZone: manifestTimeZone(distDir),
  };
  workbook.now = () => ctx.now();
  const services = createServices(ctx, options.userLocale ?? "en");
  const SpreadsheetApp = createSpreadsheetApp(ctx);
  const { logs, ...serviceGlobals } = services;
  const globals = { SpreadsheetApp, ...serviceGlobals };

  /** A sheet as the user sees it, for tests (uncounted). */
  function sheet(name: string): Sheet {
    const s = workbook.sheetByName(name);
    if (!s) throw new Error(`No sheet named ${name}`);
    return new Sheet(ctx, s, () => new Spreadsheet(ctx));
  }

  /** A range by "'Sheet'!A1" for tests (uncounted). */
  function range(a1: string): Range {
    const { sheet: name, ref } = splitSheet(a1);
    if (!name) throw new Error("Name the sheet: 'Sheet'!A1");
    const s = sheet(name);
    const area = parseA1(ref, s.state.maxRows, s.state.maxCols);
    return new Range(ctx, s.state, area, () => s);
  }

  /**
   * Types a value into a cell as a person would: data validation that rejects input stops it,
   * with the rule's help text, as Sheets shows it.
   */
  function typeInto(a1: string, value: string | number): { rejected: string | null } {
    const r = range(a1);
    const data = workbook.style(r.getSheet().state, r.area.row, r.area.col).validation;
    try {
      r.setValue(value);
      return { rejected: null };
    } catch (err) {
      if (!data) throw err;
      return { rejected: new DataValidation(data).data.helpText || "Input must be valid." };
    }
  }

  return {
    ctx,
    workbook,
    globals,
    logs,
    counter: ctx.counter,
    sheet,
    range,
    typeInto,
    /** The modeled milliseconds of the last execution the loader ran (its round trips' latencies). */
    lastExecutionMs: 0,
  };
}
