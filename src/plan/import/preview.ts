/** Which years an import touches, and the preview table the sidebar shows before anything is written. */
import type { Day } from "../../domain/day";
import type { ExportSummary } from "../../domain/exportSummary";
import { fill, messages } from "../../domain/i18n";
import { groupedNumber, type Language } from "../../domain/language";
import { showNumber } from "../monthEntry";
import type { CellContent } from "../sheetPlan";
import {
  type CellImport,
  type CellState,
  figureLabel,
  type ImportFigure,
  type OwnTarget,
  type YearColumns,
  yearImports,
  yearsOf,
} from "./changes";

/** How far back an import offers to build a dashboard that does not exist yet. */
export const YEARS_BACK = 5;

export type YearPlan =
  | { year: number; kind: "sheet"; imports: CellImport[] }
  | { year: number; kind: "buildable"; imports: CellImport[] }
  | { year: number; kind: "tooOld" };

const EMPTY: YearColumns = { values: [], formulas: [], notes: [] };

/**
 * For each year with figures: its dashboard's cells, or a dashboard to build, or too old to offer.
 * `fresh` is where a dashboard built now keeps post impressions (none without an own metric for them).
 */
export function yearPlans(
  summary: ExportSummary,
  sheets: ReadonlyMap<number, YearColumns | null>,
  currentYear: number,
  fresh: OwnTarget | null = null,
): YearPlan[] {
  const empty: YearColumns = fresh ? { ...EMPTY, impressions: fresh } : EMPTY;
  return yearsOf(summary).map((year): YearPlan => {
    const sheet = sheets.get(year);
    if (sheet) return { year, kind: "sheet", imports: yearImports(summary, year, sheet) };
    if (year >= currentYear - YEARS_BACK)
      return { year, kind: "buildable", imports: yearImports(summary, year, empty) };
    return { year, kind: "tooOld" };
  });
}

export interface PreviewRow {
  year: number;
  month: number;
  metric: ImportFigure;
  monthLabel: string;
  metricLabel: string;
  current: string;
  imported: string;
  state: CellState;
  /** The year has no dashboard yet: the row is written only if the user asks to build it. */
  build: boolean;
  /** A creator figure of a month the files cover in part: written only if the user asks. */
  partial: boolean;
  /** The partial mark in the user's language ("partial: 14 of 31 days"); empty for a whole month. */
  mark: string;
}

/** A month's post impressions, shown for information: its dashboard has no row to write them in. */
export interface ImpressionsRow {
  monthLabel: string;
  impressions: string;
  /** As a preview row's: empty for a month the files cover whole. */
  mark: string;
}

export interface ImportPreview {
  ok: true;
  exportDay: Day;
  /** Cells to fill or that differ, month by month; cells already the same are only counted. */
  rows: PreviewRow[];
  same: number;
  buildable: number[];
  /** Years with figures left out for being too old (none when every year is offered). */
  tooOld: number[];
  oldestOffered: number;
  /**
   * Post impressions no row takes, per month of the creator files, oldest first: every month when no
   * own metric takes them, else those of dashboards built before it; none without creator files.
   */
  impressions: ImpressionsRow[];
  /**
   * Without an own metric for impressions: the one the sidebar offers to add (named in the user's
   * language), and the months it would fill. Its row goes into this year's dashboard (which adding a
   * metric rebuilds) and into a dashboard built by the import; null when not offered.
   */
  offer: {
    name: string;
    months: { year: number; month: number; partial: boolean; build: boolean }[];
  } | null;
  /**
   * Dashboards with no row for the own metric that takes impressions (built before it), by year, and
   * the metric's name: their months' impressions are not written. Null when every year has the row.
   */
  noRow: { years: number[]; name: string } | null;
}

/** The day a date cell shows, on the spreadsheet's clock (a date cell is midnight there, not in UTC). */
export type ShowDay = (date: Date) => string;

/** A cell's content as the user sees it in the sidebar. */
function shown(content: CellContent, language: Language, showDay: ShowDay): string {
  if (content === null) return "";
  if (typeof content === "number") return showNumber(content, language);
  if (content instanceof Date) return showDay(content);
  if (typeof content === "boolean") return content ? "TRUE" : "FALSE";
  return content.startsWith("'") ? content.slice(1) : content;
}

/** True when a plan puts the year's post impressions in a row (a year of creator months always has some). */
function placesImpressions(plan: YearPlan): boolean {
  return plan.kind !== "tooOld" && plan.imports.some((c) => c.metric === "impressions");
}

/**
 * The preview: every cell the import would fill or could replace, labelled in the user's language.
 * `fed` names the own metric that takes post impressions: without one, adding it is offered.
 */
export function importPreview(
  summary: ExportSummary,
  plans: YearPlan[],
  currentYear: number,
  language: Language,
  showDay: ShowDay,
  fed: string | null = null,
): ImportPreview {
  const m = messages(language);
  const creator = summary.creator?.months ?? {};
  /** The partial mark of a month, empty when the creator files cover it whole or do not cover it. */
  const markOf = (year: number, month: number) => {
    const facts = creator[`${year}-${String(month).padStart(2, "0")}`];
    return facts?.partial
      ? fill(m.exportImport.creator.partialMark, {
          covered: facts.daysCovered,
          days: facts.daysInMonth,
        })
      : "";
  };
  const monthLabel = (year: number, month: number) => `${m.months[month - 1] ?? ""} ${year}`;
  const { rows, same } = previewRows(plans, language, showDay, markOf);
  const monthsOf = (year: number) =>
    Object.keys(creator).filter((key) => Number(key.slice(0, 4)) === year);
  const kept = plans.filter((p) => p.kind !== "tooOld").filter((p) => monthsOf(p.year).length > 0);
  // Adding the metric rebuilds this year's dashboard only: other built years keep their layout.
  const gainsRow = (p: YearPlan) => p.kind === "buildable" || p.year === currentYear;
  const unplaced = fed
    ? kept.filter((p) => !placesImpressions(p))
    : kept.filter((p) => !gainsRow(p));
  const noRow = unplaced.filter((p) => p.kind === "sheet").map((p) => p.year);
  const offered = fed ? [] : kept.filter(gainsRow);
  const name = fed ?? m.metricSetup.impressionsName;
  return {
    ok: true,
    exportDay: summary.exportDay,
    rows,
    same,
    buildable: plans.filter((p) => p.kind === "buildable").map((p) => p.year),
    tooOld: plans.filter((p) => p.kind === "tooOld").map((p) => p.year),
    oldestOffered: currentYear - YEARS_BACK,
    impressions: Object.keys(creator)
      .sort()
      // Only when they have no row: else they are preview rows like the other figures.
      .filter((key) => !fed || unplaced.some((p) => key.startsWith(`${p.year}-`)))
      .map((key) => {
        const [year, month] = key.split("-").map(Number) as [number, number];
        return {
          monthLabel: monthLabel(year, month),
          // Grouped ("12,345"): impressions run to thousands, unlike the dashboard's other counts.
          impressions: groupedNumber(creator[key]?.impressions ?? 0, language),
          mark: markOf(year, month),
        };
      }),
    offer:
      offered.length > 0
        ? {
            name,
            months: offered.flatMap((p) =>
              monthsOf(p.year).map((key) => ({
                year: p.year,
                month: Number(key.slice(5)),
                partial: creator[key]?.partial === true,
                build: p.kind === "buildable",
              })),
            ),
          }
        : null,
    noRow: noRow.length > 0 && (fed || offered.length > 0) ? { years: noRow, name } : null,
  };
}

/** The preview's rows: each cell the import would fill or could replace; cells that stay as they are counted. */
function previewRows(
  plans: YearPlan[],
  language: Language,
  showDay: ShowDay,
  markOf: (year: number, month: number) => string,
): { rows: PreviewRow[]; same: number } {
  const m = messages(language);
  const rows: PreviewRow[] = [];
  let same = 0;
  for (const plan of plans) {
    if (plan.kind === "tooOld") continue;
    for (const cell of plan.imports) {
      if (cell.state === "same") {
        same++;
        continue;
      }
      // Grouped as in the table of impressions: they run to thousands.
      const impressions = cell.metric === "impressions";
      rows.push({
        year: cell.year,
        month: cell.month,
        metric: cell.metric,
        monthLabel: `${m.months[cell.month - 1] ?? ""} ${cell.year}`,
        metricLabel: figureLabel(cell, language),
        current:
          impressions && typeof cell.previous === "number"
            ? groupedNumber(cell.previous, language)
            : shown(cell.previous, language, showDay),
        imported: impressions
          ? groupedNumber(cell.imported, language)
          : showNumber(cell.imported, language),
        state: cell.state,
        build: plan.kind === "buildable",
        partial: cell.partial,
        mark: cell.partial ? markOf(cell.year, cell.month) : "",
      });
    }
  }
  return { rows, same };
}
