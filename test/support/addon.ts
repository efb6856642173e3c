/** Loads the built bundle on a fresh stand-in, on a chosen day, as Apps Script would run it. */
import { expect } from "vitest";
import { type Addon, loadAddon } from "../../dev/loader";
import { loadDemo } from "../../dev/preview/demo";
import type { Drive, WorkbookState } from "../../dev/standin";
import { openedState, type SavedWorkbook, savedState } from "../../dev/standin/savedState";

export const NOV_23_2026 = new Date(Date.UTC(2026, 10, 23));

/**
 * A fresh spreadsheet with the add-on loaded; `today` fixes what `new Date()` says inside it. The
 * spreadsheet is on Europe/Warsaw unless told otherwise, and the test process on another zone
 * (vitest.config.ts), so code that reads days in UTC or in the process's zone fails here.
 */
export function freshAddon(
  options: {
    today?: Date;
    locale?: string;
    userLocale?: string;
    timeZone?: string;
    /** Other spreadsheets this one can import from (a team of sellers' own). */
    drive?: Drive;
    /** A spreadsheet opened as saved, instead of a new one. */
    state?: WorkbookState;
  } = {},
): Addon & {
  setToday(d: Date): void;
} {
  let today = options.today ?? NOV_23_2026;
  const addon = loadAddon({
    now: () => today,
    spreadsheetTimeZone: options.timeZone ?? "Europe/Warsaw",
    ...(options.locale ? { spreadsheetLocale: options.locale } : {}),
    ...(options.userLocale ? { userLocale: options.userLocale } : {}),
    ...(options.drive ? { drive: options.drive } : {}),
    ...(options.state ? { state: options.state } : {}),
  });
  return Object.assign(addon, { setToday: (d: Date) => (today = d) });
}

/**
 * The demo's spreadsheet as entered on a day, kept for the files a worker runs after: three files read
 * the same demo, which takes seconds to enter and less to open.
 */
const demos = new Map<string, SavedWorkbook>();

/** The preview's demo, entered over the eleven months before `today` with the add-on's clock moved back. */
export function demoAddon(today: Date, timeZone = "Europe/Warsaw"): ReturnType<typeof freshAddon> {
  const day = `${today.toISOString()} ${timeZone}`;
  const entered = demos.get(day);
  if (entered) return freshAddon({ today, timeZone, state: openedState(structuredClone(entered)) });
  const addon = freshAddon({ today, timeZone });
  loadDemo(addon, { today, travel: (at) => addon.setToday(at ?? today) });
  demos.set(day, structuredClone(savedState(addon.standIn.workbook.state)));
  return addon;
}

/** The row of a dashboard key ("metric:profile_views") in column A of a sheet. */
export function rowOfKey(addon: Addon, sheet: string, key: string): number {
  const found = addon.standIn.sheet(sheet);
  const keys = found.getRange(1, 1, Math.max(found.getLastRow(), 1), 1).getValues();
  const i = keys.findIndex((r) => r[0] === key);
  if (i < 0) throw new Error(`No row ${key} on ${sheet}`);
  return i + 1;
}

/** The value the sheet computes at a row key and column letter. */
export function valueAt(addon: Addon, sheet: string, key: string, column: string): unknown {
  return addon.standIn.range(`'${sheet}'!${column}${rowOfKey(addon, sheet, key)}`).getValue();
}

/** Types into a cell as the user would, through data validation. */
export function typeAt(
  addon: Addon,
  sheet: string,
  key: string,
  column: string,
  value: string | number,
) {
  return addon.standIn.typeInto(`'${sheet}'!${column}${rowOfKey(addon, sheet, key)}`, value);
}

/** Month columns: E is January … P is December; Q is the year. */
export const MONTH = {
  jan: "E",
  feb: "F",
  mar: "G",
  oct: "N",
  nov: "O",
  dec: "P",
  year: "Q",
  target: "D",
} as const;

/** Adds a reading to the SSI log as a user typing a row would. */
export function logReading(
  addon: Addon,
  date: string,
  pillars: number[],
  extra: (number | null)[] = [],
): void {
  const sheet = addon.standIn.sheet("SSI log");
  const row = sheet.getLastRow() + 1;
  const total = Math.round(pillars.reduce((a, b) => a + b, 0) * 100) / 100;
  // The day typed as a person types it: "2026-11-16" is that day whatever the zone.
  sheet.getRange(row, 1, 1, 6 + extra.length).setValues([[date, ...pillars, total, ...extra]]);
}

/** Calls a sidebar endpoint and expects it to accept: its answer's message. */
export function ok(addon: Addon, fn: string, input?: unknown): string {
  const reply = addon.callFromClient(fn, input === undefined ? [] : [input]);
  expect(reply.error).toBeUndefined();
  const result = reply.result as { ok: boolean; message: string };
  expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
  return result.message;
}

/** Adds "Leads", an own metric of whole numbers summed over the year, to a block; saves November 2026's count. */
export function leadsInNovember(addon: Addon, leads: string, block = "presale"): void {
  ok(addon, "saveOwnMetric", { name: "Leads", block, aggregation: "sum", whole: true });
  ok(addon, "saveEntry", {
    language: "en",
    year: 2026,
    month: 11,
    values: { own1: leads },
    reading: null,
  });
}

/**
 * Carries work that spans profiles to its end, as the sidebar does: continueWork until it says
 * finished. Answers the end's message.
 */
export function finishWork(addon: Addon): string {
  for (let step = 0; step < 200; step++) {
    const answer = addon.callFromClient("continueWork", []);
    expect(answer.error).toBeUndefined();
    const work = answer.result as { finished: boolean; message: string };
    if (work.finished) return work.message;
  }
  throw new Error("The pending work did not finish in 200 steps.");
}
