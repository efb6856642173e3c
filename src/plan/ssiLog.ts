/** The SSI log sheet: one row per reading, the source of every month's SSI figures. */
import type { Day } from "../domain/day";
import { READING_COMPARISONS, type SsiReading } from "../domain/entry";
import { messages } from "../domain/i18n";
import type { Language } from "../domain/language";
import { PILLARS, total } from "../domain/ssi";
import { columnLetter, quoteSheet } from "./a1";
import {
  type CellContent,
  grid,
  literalText,
  OUR_RULE_MARK,
  type SheetPlan,
  type ValidationSpec,
} from "./sheetPlan";

export const LOG_COLUMNS = ["date", ...PILLARS, "total", ...READING_COMPARISONS, "note"] as const;
export type LogColumn = (typeof LOG_COLUMNS)[number];

/** The letter of a log column ("A" for the date). */
export function logColumn(column: LogColumn): string {
  return columnLetter(LOG_COLUMNS.indexOf(column) + 1);
}

/**
 * The one cell that reads TODAY(), right of the log's header: every formula that must wait for a
 * reading's day reads it, so a recalculation stops there while the day is the same.
 */
export const LOG_TODAY = `$${columnLetter(LOG_COLUMNS.length + 1)}$1`;

/** The log's today cell as another sheet's formula reads it. */
export function logToday(logName: string): string {
  return `${quoteSheet(logName)}!${LOG_TODAY}`;
}

/** The log's header labels in a language. */
export function logHeaders(language: Language): string[] {
  const m = messages(language);
  return LOG_COLUMNS.map((c) => {
    if ((PILLARS as readonly string[]).includes(c)) return m.pillars[c as (typeof PILLARS)[number]];
    return m.log[c as Exclude<LogColumn, (typeof PILLARS)[number]>];
  });
}

/** The log's layout for `rows` rows: header, formats and validation; readings below are never rewritten. */
export function ssiLogPlan(name: string, rows: number, language: Language): SheetPlan {
  const m = messages(language);
  const columns = [...LOG_COLUMNS, "today"] as const;
  const cols = columns.length;
  const validationOf = (c: LogColumn | "today"): ValidationSpec | null => {
    if (c === "today") return null;
    if (c === "date") return { kind: "date", help: m.validation.date };
    if ((PILLARS as readonly string[]).includes(c))
      return { kind: "between", min: 0, max: 25, help: m.validation.pillar };
    if (c === "note") return null;
    if (c === "industryRank" || c === "networkRank")
      return { kind: "between", min: 0, max: 100, help: m.validation.rank };
    return { kind: "between", min: 0, max: 100, help: m.validation.total };
  };
  const formatOf = (c: LogColumn | "today") =>
    c === "date"
      ? "yyyy-mm-dd"
      : c === "note" || c === "today"
        ? ""
        : c.endsWith("Rank")
          ? "0"
          : "0.00";
  const specs = new Map(columns.map((c) => [c, validationOf(c)]));
  const body = (row: number) => row > 0;
  const values = grid<CellContent>(1, cols, null);
  values[0] = [...logHeaders(language), "=TODAY()"];
  const each = <T>(f: (c: LogColumn | "today", row: number) => T) =>
    Array.from({ length: rows }, (_, r) => columns.map((c) => f(c, r)));
  return {
    name,
    rows,
    cols,
    values,
    numberFormats: each((c, r) => (body(r) ? formatOf(c) : c === "today" ? "yyyy-mm-dd" : "")),
    backgrounds: each((_, r) => (body(r) ? "#ffffff" : "#0a66c2")),
    fontColors: each((_, r) => (body(r) ? "#000000" : "#ffffff")),
    fontWeights: each((_, r) => (body(r) ? "normal" : "bold")),
    fontSizes: [],
    // The header's labels and the notes wrap; numbers never need to.
    wraps: each((c, r) => !body(r) || c === "note"),
    notes: each((c, r) => (r === 0 && c === "today" ? m.log.future : "")),
    validations: each((c, r) => (body(r) ? (specs.get(c) ?? null) : null)),
    frozenRows: 1,
    frozenColumns: 1,
    hiddenRows: [],
    hiddenColumns: [],
    columnWidths: [
      { col: 1, count: cols - 1, width: 110 },
      { col: cols, count: 1, width: 240 },
    ],
    // Live, as the day turns: a reading dated after today stands out until its day comes.
    conditionalRules: [
      {
        formula: `=AND(ISNUMBER($A2),$A2>${LOG_TODAY},${OUR_RULE_MARK})`,
        background: "#fde7c8",
        fontColor: "#8a4b00",
        ranges: [`A2:${columnLetter(LOG_COLUMNS.length)}${rows}`],
      },
    ],
    namedRanges: [],
    inputAreas: [],
    protectionDescription: "",
    invalidCells: [],
  };
}

/**
 * A reading as a log row, total included (computed here: the row is one write). The day
 * comes apart from the cells: it is written as typed ("2026-07-01"), which is that day in every zone.
 */
export function readingRow(reading: SsiReading): { day: Day; cells: CellContent[] } {
  return {
    day: reading.date,
    cells: [
      ...reading.pillars,
      total(reading.pillars),
      reading.industryAvg,
      reading.networkAvg,
      reading.industryRank,
      reading.networkRank,
      reading.note ? literalText(reading.note) : null,
    ],
  };
}

/** Where a reading goes in the log, given the days already there (row 2 down, "" for blank rows). */
export type ReadingPlace =
  | { kind: "update"; row: number }
  | { kind: "insert"; row: number }
  | { kind: "append"; row: number }
  /** The log is not in date order (a person sorted it by another column): the reading goes at its end. */
  | { kind: "appendUnsorted"; row: number };

/**
 * A reading is identified by its day: the same day again replaces that row. A new day goes where it
 * keeps the log in date order, so charts over the log never zig-zag.
 */
export function placeReading(days: readonly string[], day: Day): ReadingPlace {
  const same = days.indexOf(day);
  if (same >= 0) return { kind: "update", row: same + 2 };
  let last = -1;
  days.forEach((d, i) => {
    if (d !== "") last = i;
  });
  const filled = days.filter((d) => d !== "");
  if (filled.some((d, i) => i > 0 && d < (filled[i - 1] ?? "")))
    return { kind: "appendUnsorted", row: last + 3 };
  const later = days.findIndex((d, i) => i <= last && d !== "" && d > day);
  if (later >= 0) return { kind: "insert", row: later + 2 };
  return { kind: "append", row: last + 3 };
}
