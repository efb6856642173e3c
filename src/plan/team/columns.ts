/** The team sheet's columns and rows: where each profile's figures sit. */

import { PILLARS } from "../../domain/ssi";
import { columnLetter } from "../a1";
import { FIGURES, SUMMARY_FIELDS, type SummaryField, summaryIndex } from "../summary";

export const HEADER_ROW = 4;
export const FIRST_ROW = HEADER_ROW + 1;

export const TEAM_COLUMNS = [
  "profile",
  "latest",
  "ssi",
  ...PILLARS,
  "target",
  "gap",
  "tier",
  "weakest",
  "change",
  "monthsOnTarget",
  "followers",
  "impressions",
  "rank",
] as const;
export type TeamColumn = (typeof TEAM_COLUMNS)[number];

/** A column's number (1 = the profile's name). */
export const col = (key: TeamColumn) => TEAM_COLUMNS.indexOf(key) + 1;
/** A column's letter. */
export const letter = (key: TeamColumn) => columnLetter(col(key));
/** Columns a team average and median make sense for: every figure of a profile's year but its latest day. */
export const NUMERIC = FIGURES.filter(
  (f): f is Exclude<(typeof FIGURES)[number], "latest"> => f !== "latest",
);

/**
 * The sheet's columns for a team: ours, the company KPI when there is one, and for linked sellers the
 * cell that imports each seller's summary (where Sheets asks to allow access), the hidden columns its
 * figures spill into, and the link's status.
 */
export interface TeamColumns {
  width: number;
  /** The KPI's column, or 0. */
  kpi: number;
  /** The linked status's column, or 0. */
  status: number;
  /** The importing cell's column, or 0; the summary's field `f` lands `summaryIndex(f)` to its right. */
  source: number;
  keys: string[];
}

/** The columns of a team with or without the KPI and linked sellers. */
export function teamColumns(kpi: boolean, linked: boolean): TeamColumns {
  let width = TEAM_COLUMNS.length;
  const keys: string[] = [...TEAM_COLUMNS];
  const kpiCol = kpi ? ++width : 0;
  if (kpi) keys.push("kpi");
  if (!linked) return { width, kpi: kpiCol, status: 0, source: 0, keys };
  // The status comes last: its sentence runs on over the empty cells to its right.
  const source = ++width;
  width += SUMMARY_FIELDS.length - 1;
  const status = ++width;
  keys.push("source", ...SUMMARY_FIELDS.slice(1).map((f) => `summary:${f}`), "status");
  return { width, kpi: kpiCol, status, source, keys };
}

/** Where a summary field lands in a linked seller's row. */
export function spillCell(columns: TeamColumns, field: SummaryField, row: number): string {
  return `${columnLetter(columns.source + summaryIndex(field))}${row}`;
}
