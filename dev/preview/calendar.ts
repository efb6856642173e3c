/**
 * The demo's calendar: eleven months of history that end in the last weeks before the day the preview
 * runs on, so the demo is recent on any day. Pure: the day comes in, the dates go out.
 */
import { wallToInstant, zoneOffset } from "../standin/format";

/** A day on the spreadsheet's wall clock. */
export interface LocalDay {
  year: number;
  month: number;
  day: number;
}

/** One month of the demo's history: which month, its place (1 = the first), and its reading day. */
export interface DemoMonth {
  year: number;
  month: number;
  index: number;
  /** The day of the month its monthly reading is taken (the first month also has one on the 5th). */
  readingDay: number;
  /** The latest day any profile's reading may take this month. */
  lastDay: number;
}

export const HISTORY_MONTHS = 11;

/** The day an instant falls on in a time zone. */
export function localDay(instant: Date, timeZone: string): LocalDay {
  const wall = new Date(instant.getTime() + zoneOffset(instant.getTime(), timeZone));
  return { year: wall.getUTCFullYear(), month: wall.getUTCMonth() + 1, day: wall.getUTCDate() };
}

/** The instant a wall-clock time stands for in a time zone. */
export function atLocal(day: LocalDay, hour: number, minute: number, timeZone: string): Date {
  const wall = Date.UTC(day.year, day.month - 1, day.day, hour, minute);
  return new Date(wallToInstant(wall, timeZone));
}

/** `yyyy-mm-dd` of a local day. */
export function isoDay(d: LocalDay): string {
  return `${d.year}-${String(d.month).padStart(2, "0")}-${String(d.day).padStart(2, "0")}`;
}

function monthBefore(year: number, month: number, back: number): { year: number; month: number } {
  const n = year * 12 + (month - 1) - back;
  return { year: Math.floor(n / 12), month: (n % 12) + 1 };
}

/**
 * The months of the demo, oldest first. The last is this month when at least two whole days of it have
 * passed (its reading two days ago at the latest), else last month; no reading is ever after today.
 */
export function demoMonths(today: LocalDay): DemoMonth[] {
  const thisMonthCounts = today.day >= 3;
  const last = thisMonthCounts ? today : monthBefore(today.year, today.month, 1);
  return Array.from({ length: HISTORY_MONTHS }, (_, i) => {
    const { year, month } = monthBefore(last.year, last.month, HISTORY_MONTHS - 1 - i);
    const current = year === today.year && month === today.month;
    return {
      year,
      month,
      index: i + 1,
      readingDay: current ? Math.min(16, today.day - 2) : 16,
      lastDay: current ? today.day - 1 : 28,
    };
  });
}

/**
 * Reads `--today YYYY-MM-DD` or `YYYY-MM-DDTHH:MM` as a moment on the spreadsheet's wall clock (noon
 * when no time is given), or says what is wrong with it.
 */
export function parseToday(text: string, timeZone: string): Date | { problem: string } {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2}))?$/.exec(text);
  const problem = `--today ${text}: give a day as YYYY-MM-DD, or a moment as YYYY-MM-DDTHH:MM (in the spreadsheet's time zone, ${timeZone}).`;
  if (!m) return { problem };
  const [year, month, day, hour, minute] = m
    .slice(1)
    .map((v) => (v === undefined ? NaN : Number(v)));
  const d = { year: year as number, month: month as number, day: day as number };
  const h = Number.isNaN(hour) ? 12 : (hour as number);
  const min = Number.isNaN(minute) ? 0 : (minute as number);
  const check = new Date(Date.UTC(d.year, d.month - 1, d.day));
  if (check.getUTCMonth() !== d.month - 1 || check.getUTCDate() !== d.day || h > 23 || min > 59)
    return { problem };
  return atLocal(d, h, min, timeZone);
}
