/**
 * Reads LinkedIn's creator analytics exports (.xlsx, Analytics → Content / Followers → Export) in the
 * browser into per-month counts: followers gained, engagements and impressions. Only those counts and
 * the windows the files cover leave this module: no post address, no demographic.
 */
import { type Day, dayOf, dayParts } from "../domain/day";
import { daysInMonth, type MonthKey, monthOf } from "../domain/exportSummary";
import type { PickedFile } from "./read";
import { type CellValue, readXlsx, type Sheet } from "./xlsx";

/** Why files are refused: codes the sidebar turns into sentences in the user's language. */
export const CREATOR_PROBLEMS = [
  "noFiles",
  "notXlsx",
  "damaged",
  "notCreator",
  "noEngagement",
  "noFollowers",
  "badDates",
  "badNumbers",
  "futureWindow",
] as const;
export type CreatorProblem = (typeof CREATOR_PROBLEMS)[number];

export interface CreatorMonth {
  /** The sum of the days' new followers (LinkedIn's net figure, so a day may be negative). */
  followersGained: number;
  engagements: number;
  impressions: number;
  /** Days of the month inside at least one file's window. */
  daysCovered: number;
  daysInMonth: number;
  /** True when some day of the month is outside every window: its counts are not the whole month's. */
  partial: boolean;
}

export interface CreatorWindow {
  /** The file's name, for the preview: LinkedIn puts the member's name in it, so it stays in the browser. */
  file: string;
  first: Day;
  last: Day;
}

export interface CreatorSummary {
  /** By month "yyyy-mm", in order; only months with at least one day inside a window. */
  months: Record<MonthKey, CreatorMonth>;
  /** Each file's window, earliest first. */
  windows: CreatorWindow[];
}

export type CreatorRead =
  | { ok: true; summary: CreatorSummary }
  | { ok: false; problem: CreatorProblem; file: string };

interface DayFigures {
  impressions: number;
  engagements: number;
  followers: number;
}

interface CreatorFile {
  name: string;
  first: Day;
  last: Day;
  /** Every day of the window, a day without a row counting zero. */
  days: Map<Day, DayFigures>;
}

class Refused extends Error {
  constructor(readonly problem: CreatorProblem) {
    super(problem);
  }
}

/** Day-first or month-first, for dates written with slashes or dashes ("3/4/2025"). */
type Order = "mdy" | "dmy";

const DAY_MS = 86_400_000;

/** The day n days after (or before) a day. */
function addDays(day: Day, n: number): Day {
  const { year, month, day: date } = dayParts(day);
  return new Date(Date.UTC(year, month - 1, date) + n * DAY_MS).toISOString().slice(0, 10);
}

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+Z?)?$/;
const NUMERIC = /^(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})$/;
const DATE_TOKEN = /\d{4}-\d{1,2}-\d{1,2}|\d{1,2}([/.-])\d{1,2}\1(?:\d{4}|\d{2})/g;

const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/** A date's text as a day in the given order; dotted dates ("31.12.2025") are day-first in every language. */
function textDay(text: string, order: Order): Day | null {
  const t = text.trim();
  const iso = ISO.exec(t);
  if (iso) return dayOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const m = NUMERIC.exec(t);
  if (!m) return null;
  const [a, b] = [Number(m[1]), Number(m[3])];
  const dayFirst = order === "dmy" || m[2] === ".";
  return dayOf(fullYear(m[4] ?? ""), dayFirst ? b : a, dayFirst ? a : b);
}

/** An Excel serial date's day; a number that would fall outside 2000–2099 is a count, not a date. */
function serialDay(serial: number, date1904: boolean): Day | null {
  const base = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const date = new Date(base + Math.floor(serial) * DAY_MS);
  const year = date.getUTCFullYear();
  if (!Number.isFinite(year) || year < 2000 || year > 2099) return null;
  return dayOf(year, date.getUTCMonth() + 1, date.getUTCDate());
}

/** A cell's day, from text or an Excel serial; null when the cell is not a date. */
function cellDay(cell: CellValue | undefined, order: Order, date1904: boolean): Day | null {
  if (typeof cell === "number") return serialDay(cell, date1904);
  return typeof cell === "string" ? textDay(cell, order) : null;
}

/**
 * True when a cell is written as a date, a daily table's first column: a serial, or text shaped as a
 * date even when no order reads it ("31/31/2025"), so that the file is refused, not the day dropped.
 */
function isDateCell(cell: CellValue | undefined, date1904: boolean): boolean {
  if (typeof cell === "number") return serialDay(cell, date1904) !== null;
  if (typeof cell !== "string") return false;
  const t = cell.trim();
  return ISO.test(t) || NUMERIC.test(t);
}

/** A count as LinkedIn writes it: a number cell, or text such as "1,234", "1.234", "1 234" or "-3". */
function countOf(cell: CellValue | undefined): number | null {
  if (typeof cell === "number") return Number.isInteger(cell) ? cell : null;
  if (typeof cell !== "string") return null;
  const t = cell.replace(/[\s\u00a0\u202f\u2009'’]/g, "").replace(/^[−–]/, "-");
  // Counts are whole, so a dot or a comma before three digits groups thousands in every language.
  if (!/^-?(\d+|\d{1,3}([.,]\d{3})+)$/.test(t)) return null;
  return Number(t.replace(/[.,]/g, ""));
}

/** A daily table: a header row, then one row per day with the date in column A and counts after it. */
interface Table {
  sheet: Sheet;
  /** The header row's index; days follow it. */
  header: number;
  /** How many named columns follow the date: 2 on the engagement sheet, 1 on the followers sheet. */
  width: number;
}

const isLabel = (cell: CellValue | undefined): cell is string =>
  typeof cell === "string" && cell.trim() !== "";

/**
 * The sheet's daily table, found by its shape, not its name (translated exports rename sheets and
 * headers): a row of labels over a row with a date and a count under each label.
 */
function dailyTable(sheet: Sheet, date1904: boolean): Table | null {
  const last = Math.min(sheet.rows.length - 1, 10);
  for (let r = 0; r < last; r++) {
    const header = sheet.rows[r] ?? [];
    const first = sheet.rows[r + 1] ?? [];
    if (!isLabel(header[0]) || !isDateCell(first[0], date1904)) continue;
    let width = 0;
    while (isLabel(header[width + 1]) && countOf(first[width + 1]) !== null) width++;
    if (width > 0 && !isLabel(header[width + 1])) return { sheet, header: r, width };
  }
  return null;
}

/** The first table that fits, preferring the sheet of the English name (English exports name them). */
function pickTable(tables: Table[], name: string, fits: (t: Table) => boolean): Table | null {
  const fitting = tables.filter(fits);
  return fitting.find((t) => t.sheet.name.trim().toUpperCase() === name) ?? fitting[0] ?? null;
}

/** The window a file states ("1/1/2025 - 12/31/2025", DISCOVERY's B1): two dates and no other figure. */
function windowText(sheets: readonly Sheet[]): [string, string] | null {
  for (const sheet of sheets)
    for (const row of sheet.rows.slice(0, 3))
      for (const cell of row ?? []) {
        if (typeof cell !== "string") continue;
        const dates = cell.match(DATE_TOKEN);
        const rest = cell.replace(DATE_TOKEN, "");
        if (dates?.length === 2 && !/\d/.test(rest) && rest.trim().length <= 5)
          return [dates[0] ?? "", dates[1] ?? ""];
      }
  return null;
}

/** The window in the file's name: both LinkedIn's names carry it as two ISO days. */
function nameWindow(name: string): [Day, Day] | null {
  const m = /(\d{4}-\d{2}-\d{2})_(\d{4}-\d{2}-\d{2})/.exec(name);
  const [first, last] = [textDay(m?.[1] ?? "", "mdy"), textDay(m?.[2] ?? "", "mdy")];
  return first && last && first <= last ? [first, last] : null;
}

/** A window's two days in an order, null when either is no day or they are back to front. */
function windowDays(text: [string, string] | null, order: Order): [Day, Day] | null {
  const [first, last] = text ? [textDay(text[0], order), textDay(text[1], order)] : [null, null];
  return first && last && first <= last ? [first, last] : null;
}

const sameWindow = (a: [Day, Day] | null, b: [Day, Day] | null) =>
  !!a && !!b && a[0] === b[0] && a[1] === b[1];

/** The first and last of the days in an order, when they are one run of consecutive days; else null. */
function dayRun(cells: readonly CellValue[], order: Order, date1904: boolean): [Day, Day] | null {
  const days = new Set<Day>();
  for (const cell of cells) {
    const day = cellDay(cell, order, date1904);
    if (!day) return null;
    days.add(day);
  }
  const sorted = [...days].sort();
  const [first, last] = [sorted[0], sorted[sorted.length - 1]];
  return first && last && addDays(first, days.size - 1) === last ? [first, last] : null;
}

/**
 * Month-first or day-first: the order that reads every date of the file. When both do (no day past
 * the 12th), the one under which the days are one run, a day a row, that is the stated window; then
 * the one that gives the window in the file's name; else English exports' month-first, others' day-first.
 */
function dateOrder(
  cells: readonly CellValue[],
  stated: [string, string] | null,
  named: [Day, Day] | null,
  english: boolean,
  date1904: boolean,
): Order {
  const texts = new Set([...cells.filter((c) => typeof c === "string"), ...(stated ?? [])]);
  const fitting = (["mdy", "dmy"] as const).filter((order) =>
    [...texts].every((t) => textDay(t, order) !== null),
  );
  if (fitting.length === 0) throw new Refused("badDates");
  const window = (order: Order) => (stated ? windowDays(stated, order) : null);
  const tests = [
    (order: Order) => {
      const run = dayRun(cells, order, date1904);
      return !!run && (!stated || sameWindow(window(order), run));
    },
    (order: Order) => sameWindow(window(order) ?? dayRun(cells, order, date1904), named),
  ];
  if (fitting.length === 1) return fitting[0] ?? "mdy";
  for (const test of tests) {
    const passing = fitting.filter(test);
    if (passing.length === 1) return passing[0] ?? "mdy";
  }
  return english ? "mdy" : "dmy";
}

/** The table's day rows: every row after the header whose first cell is a date. */
function dayRows(table: Table, date1904: boolean): CellValue[][] {
  const out: CellValue[][] = [];
  for (let r = table.header + 1; r < table.sheet.rows.length; r++) {
    const row = table.sheet.rows[r];
    if (row && isDateCell(row[0], date1904)) out.push(row);
  }
  return out;
}

/** The column of the English header that starts with a word, else the one at its place in the export. */
function column(table: Table, word: string, place: number): number {
  const header = table.sheet.rows[table.header] ?? [];
  const at = header.findIndex(
    (c) => typeof c === "string" && c.trim().toLowerCase().startsWith(word),
  );
  return at > 0 ? at : place;
}

/** A day's count in a column: an empty cell is zero, text that is no count refuses the file. */
function countAt(row: readonly CellValue[], at: number): number {
  const cell = row[at];
  if (cell === undefined || cell === null || (typeof cell === "string" && cell.trim() === ""))
    return 0;
  const n = countOf(cell);
  if (n === null) throw new Refused("badNumbers");
  return n;
}

/** The engagement and followers tables, by shape; a file without them is refused with the one it lacks. */
function creatorTables(sheets: readonly Sheet[], date1904: boolean): [Table, Table] {
  const tables = sheets.flatMap((s) => dailyTable(s, date1904) ?? []);
  const engagement = pickTable(tables, "ENGAGEMENT", (t) => t.width >= 2);
  const followers = pickTable(tables, "FOLLOWERS", (t) => t.width === 1);
  if (!engagement && !followers) throw new Refused("notCreator");
  if (!engagement) throw new Refused("noEngagement");
  if (!followers) throw new Refused("noFollowers");
  return [engagement, followers];
}

const zero = (): DayFigures => ({ impressions: 0, engagements: 0, followers: 0 });

/** The days' counts of both tables, by day; every row's date reads in the order dateOrder chose. */
function countDays(
  [engagement, followers]: [Table, Table],
  dayOfRow: (row: readonly CellValue[]) => Day | null,
  date1904: boolean,
): Map<Day, DayFigures> {
  const days = new Map<Day, DayFigures>();
  const impressions = column(engagement, "impression", 1);
  const engagements = column(engagement, "engagement", 2);
  for (const row of dayRows(engagement, date1904)) {
    const day = dayOfRow(row);
    if (!day) continue;
    const f = days.get(day) ?? zero();
    f.impressions = countAt(row, impressions);
    f.engagements = countAt(row, engagements);
    days.set(day, f);
  }
  for (const row of dayRows(followers, date1904)) {
    const day = dayOfRow(row);
    if (!day) continue;
    const f = days.get(day) ?? zero();
    f.followers = countAt(row, 1);
    days.set(day, f);
  }
  return days;
}

/** The window: the stated one, else the name's, widened to any day outside it so no counted day is lost. */
function windowOf(days: ReadonlyMap<Day, DayFigures>, window: [Day, Day] | null): [Day, Day] {
  const ends = [...days.keys(), ...(window ?? [])].sort();
  const [first, last] = [ends[0], ends[ends.length - 1]];
  if (!first || !last) throw new Refused("badDates");
  return [first, last];
}

/** One file's days over its window, checked against today; throws Refused with the reason. */
function readFile(file: PickedFile, today: Day): CreatorFile {
  const read = readXlsx(file.bytes);
  if (!read.ok) throw new Refused(read.problem);
  const { sheets, date1904 } = read.workbook;
  const tables = creatorTables(sheets, date1904);
  const stated = windowText(sheets);
  const named = nameWindow(file.name);
  const english = sheets.some((s) => /^(ENGAGEMENT|FOLLOWERS)$/i.test(s.name.trim()));
  const cells = tables.flatMap((t) => dayRows(t, date1904).map((row) => row[0] ?? null));
  const order = dateOrder(cells, stated, named, english, date1904);
  const days = countDays(tables, (row) => cellDay(row[0], order, date1904), date1904);
  const [first, last] = windowOf(days, windowDays(stated, order) ?? named);
  // Days are LinkedIn's (GMT) and today the spreadsheet's: a day's lead is the time zones', not the future.
  if (last > addDays(today, 1)) throw new Refused("futureWindow");
  for (let d = first; d <= last; d = addDays(d, 1)) if (!days.has(d)) days.set(d, zero());
  return { name: file.name, first, last, days };
}

/** Every day of every file, a day in several windows taken once: from the file whose window ends last. */
function mergeDays(files: readonly CreatorFile[]): Map<Day, DayFigures> {
  const merged = new Map<Day, DayFigures>();
  const byEnd = [...files].sort((a, b) => (a.last < b.last ? -1 : a.last > b.last ? 1 : 0));
  for (const file of byEnd) for (const [day, f] of file.days) merged.set(day, f);
  return merged;
}

/** The days' counts summed by month, with how many of each month's days the windows cover. */
function monthly(days: ReadonlyMap<Day, DayFigures>): Record<MonthKey, CreatorMonth> {
  const months: Record<MonthKey, CreatorMonth> = {};
  for (const day of [...days.keys()].sort()) {
    const f = days.get(day);
    if (!f) continue;
    const key = monthOf(day);
    let m = months[key];
    if (!m) {
      const { year, month } = dayParts(day);
      const length = daysInMonth(year, month);
      m = months[key] = {
        followersGained: 0,
        engagements: 0,
        impressions: 0,
        daysCovered: 0,
        daysInMonth: length,
        partial: true,
      };
    }
    m.followersGained += f.followers;
    m.engagements += f.engagements;
    m.impressions += f.impressions;
    m.daysCovered++;
    m.partial = m.daysCovered < m.daysInMonth;
  }
  return months;
}

/**
 * Reads the creator analytics files a user picked, all in the browser, against today (the
 * spreadsheet's day): the first file that cannot be read refuses them all, with its reason and name.
 */
export function readCreator(picked: readonly PickedFile[], today: Day): CreatorRead {
  if (picked.length === 0) return { ok: false, problem: "noFiles", file: "" };
  const files: CreatorFile[] = [];
  for (const file of picked) {
    try {
      files.push(readFile(file, today));
    } catch (err) {
      if (err instanceof Refused) return { ok: false, problem: err.problem, file: file.name };
      throw err;
    }
  }
  const windows = files
    .map(({ name, first, last }) => ({ file: name, first, last }))
    .sort((a, b) => (a.first < b.first ? -1 : a.first > b.first ? 1 : 0));
  return { ok: true, summary: { months: monthly(mergeDays(files)), windows } };
}
