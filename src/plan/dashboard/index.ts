/** The yearly KPI dashboard as a sheet plan: metrics by block, totals, the SSI section, gaps, all as formulas. */
import { METRICS, type Metric, type MetricId } from "../../domain/catalog";
import { fill, messages } from "../../domain/i18n";
import { LANGUAGES, type Language } from "../../domain/language";
import { MAIN_PROFILE } from "../../domain/profiles";
import { area, cell, quoteSheet } from "../a1";
import {
  COL,
  dashboardName,
  type LayoutRow,
  monthColumn,
  NUM_COLS,
  rowOf,
  type SheetOwner,
  rangeName as yearRangeName,
} from "../layout";
import type { SheetPlan } from "../sheetPlan";
import { type LogColumn, logColumn } from "../ssiLog";
import { summaryRangeName } from "../summary";
import type { DashboardContext, DashboardInput } from "./context";
import { DashboardGrid } from "./grid";
import { keptKey } from "./kept";
import { kpiRow } from "./kpiRows";
import { COLORS, conditionalRules, shape } from "./look";
import { metricRow } from "./metricRows";
import { ssiRow } from "./ssiRows";
import { summaryRow } from "./summaryRows";

/** True when a row is typed by the user in its month columns. */
export function isInputRow(row: LayoutRow): boolean {
  return row.kind === "metric" && row.metric !== undefined && row.metric.input !== "derived";
}

/** A metric's help note on its label: what it is and its unit (an own metric: its unit). */
function helpNote(metric: Metric, language: Language): string {
  const m = messages(language);
  if (metric.name !== undefined) return m.units[metric.unit];
  return `${m.metrics[metric.id as MetricId].help} (${m.units[metric.unit]})`;
}

/** The note on a row's label, if it has one of ours. */
function rowHelp(row: LayoutRow, language: Language): string {
  if (row.kind === "kpiTotal") return messages(language).metricSetup.kpiNote;
  return row.kind === "metric" && row.metric ? helpNote(row.metric, language) : "";
}

/** Our own help notes, in every language: a note holding one of them is ours to rewrite. */
function isOurHelp(note: string): boolean {
  return LANGUAGES.some(
    (lang) =>
      METRICS.some((metric) => helpNote(metric, lang) === note) ||
      Object.values(messages(lang).units).includes(note) ||
      messages(lang).metricSetup.kpiNote === note,
  );
}

/** Builds the dashboard plan for a year, keeping every user value and note found before. */
export function dashboardPlan(input: DashboardInput): SheetPlan {
  const { year, language, kept } = input;
  const m = messages(language);
  const { rows, at } = input.layout;
  const r = (key: string) => rowOf(at, key);
  const log = (c: LogColumn) => `${quoteSheet(input.logName)}!$${logColumn(c)}:$${logColumn(c)}`;
  const ctx: DashboardContext = { input, m, rows, at, r, log };
  const n = rows.length;
  const g = new DashboardGrid(n, kept, language);

  rows.forEach((row, i) => {
    const rowNo = i + 1;
    g.set(rowNo, COL.key, row.key);
    if (
      !metricRow(g, ctx, row, rowNo) &&
      !kpiRow(g, ctx, row, rowNo) &&
      !summaryRow(g, ctx, row, rowNo)
    )
      ssiRow(g, ctx, row, rowNo);
    const rowNote = rowHelp(row, language);
    g.colKeys.forEach((k, c) => {
      const keptNote = kept.get(keptKey(row.key, k))?.note ?? "";
      const help = c + 1 === COL.label ? rowNote : "";
      g.notes[i]![c] = keptNote && !(help && isOurHelp(keptNote)) ? keptNote : help;
    });
  });

  const overwritten = noteOverwritten(g, rows, kept, m);

  if (input.highlightMonth !== null) highlight(g, rows, input.highlightMonth);

  return {
    name: dashboardName(year, language, input.profile),
    rows: n,
    cols: NUM_COLS,
    values: g.values,
    numberFormats: g.formats,
    backgrounds: g.backgrounds,
    fontColors: g.fontColors,
    fontWeights: g.weights,
    fontSizes: g.sizes,
    notes: g.notes,
    validations: g.validations,
    ...shape(rows, at, n),
    conditionalRules: conditionalRules(rows, r),
    namedRanges: namedRanges(rows, r, year, n, input.profile),
    inputAreas: g.inputAreas,
    protectionDescription: m.dashboard.protection,
    invalidCells: g.invalid,
    overwrittenCells: overwritten,
  };
}

/**
 * A value a person typed over one of our formulas cannot stay in its cell: the formula comes back and
 * the value goes into the cell's note, where they find it; answers the cells, which the toast names.
 */
function noteOverwritten(
  g: DashboardGrid,
  rows: DashboardContext["rows"],
  kept: DashboardInput["kept"],
  m: DashboardContext["m"],
): string[] {
  const overwritten: string[] = [];
  rows.forEach((row, i) => {
    g.colKeys.forEach((k, c) => {
      const ours = g.values[i]?.[c];
      const theirs = kept.get(keptKey(row.key, k))?.content;
      if (typeof ours !== "string" || !ours.startsWith("=")) return;
      if (
        theirs === null ||
        theirs === undefined ||
        (typeof theirs === "string" && theirs.startsWith("="))
      )
        return;
      const typed =
        theirs instanceof Date
          ? theirs.toISOString().slice(0, 10)
          : String(theirs).replace(/^'/, "");
      const note = fill(m.dashboard.overwrittenNote, { value: typed });
      const before = g.notes[i]?.[c] ?? "";
      g.notes[i]![c] = before.includes(note) ? before : before ? `${note}\n${before}` : note;
      overwritten.push(cell(i + 1, c + 1));
    });
  });
  return overwritten;
}

/** Highlights the month being worked on: its header, and its input cells. */
function highlight(g: DashboardGrid, rows: DashboardContext["rows"], month: number): void {
  const col = monthColumn(month);
  rows.forEach((row, i) => {
    if (row.kind === "header") {
      g.backgrounds[i]![col - 1] = COLORS.currentHeader;
      g.fontColors[i]![col - 1] = "#000000";
    } else if (isInputRow(row)) g.backgrounds[i]![col - 1] = COLORS.current;
  });
}

/**
 * Names for users' own formulas: the main profile's dashboard names each metric's months, each block and
 * the SSI section, as before profiles; another profile's names only its blocks and SSI section (a handful
 * each: every name is one call to set).
 */
function namedRanges(
  rows: LayoutRow[],
  r: (key: string) => number,
  year: number,
  n: number,
  owner: SheetOwner,
): { name: string; a1: string }[] {
  const main = owner.id === MAIN_PROFILE;
  const rangeName = (y: number, key: string) => yearRangeName(y, main ? key : `${owner.id}_${key}`);
  return rows.flatMap((row) => {
    if (row.kind === "metric" && main)
      return [
        { name: rangeName(year, row.metric!.id), a1: area(r(row.key), COL.firstMonth, 1, 12) },
      ];
    if (row.kind === "blockHeader") {
      const first = r(row.key);
      return [
        {
          name: rangeName(year, row.block!),
          a1: area(first, COL.label, r(`total:${row.block}`) - first + 1, NUM_COLS - 1),
        },
      ];
    }
    if (row.kind === "summary" && row.field === "version") {
      const count = rows.filter((x) => x.kind === "summary").length;
      return [{ name: summaryRangeName(year, owner), a1: area(r(row.key), COL.target, count, 1) }];
    }
    if (row.kind === "ssiHeader") {
      return [
        {
          name: rangeName(year, "ssi_section"),
          a1: area(r(row.key), COL.label, n - r(row.key) + 1, NUM_COLS - 1),
        },
      ];
    }
    return [];
  });
}
