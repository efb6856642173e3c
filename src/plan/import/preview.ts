/** Which years an import touches, and the preview table the sidebar shows before anything is written. */
import type { Day } from "../../domain/day";
import type { ExportSummary, ImportedMetric } from "../../domain/exportSummary";
import { messages } from "../../domain/i18n";
import type { Language } from "../../domain/language";
import { showNumber } from "../monthEntry";
import type { CellContent } from "../sheetPlan";
import { type CellImport, type CellState, type YearColumns, yearImports, yearsOf } from "./changes";

/** How far back an import offers to build a dashboard that does not exist yet. */
export const YEARS_BACK = 5;

export type YearPlan =
  | { year: number; kind: "sheet"; imports: CellImport[] }
  | { year: number; kind: "buildable"; imports: CellImport[] }
  | { year: number; kind: "tooOld" };

const EMPTY: YearColumns = { values: [], formulas: [], notes: [] };

/** For each year with figures: its dashboard's cells, or a dashboard to build, or too old to offer. */
export function yearPlans(
  summary: ExportSummary,
  sheets: ReadonlyMap<number, YearColumns | null>,
  currentYear: number,
): YearPlan[] {
  return yearsOf(summary).map((year): YearPlan => {
    const sheet = sheets.get(year);
    if (sheet) return { year, kind: "sheet", imports: yearImports(summary, year, sheet) };
    if (year >= currentYear - YEARS_BACK)
      return { year, kind: "buildable", imports: yearImports(summary, year, EMPTY) };
    return { year, kind: "tooOld" };
  });
}

export interface PreviewRow {
  year: number;
  month: number;
  metric: ImportedMetric;
  monthLabel: string;
  metricLabel: string;
  current: string;
  imported: string;
  state: CellState;
  /** The year has no dashboard yet: the row is written only if the user asks to build it. */
  build: boolean;
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

/** The preview: every cell the import would fill or could replace, labelled in the user's language. */
export function importPreview(
  summary: ExportSummary,
  plans: YearPlan[],
  currentYear: number,
  language: Language,
  showDay: ShowDay,
): ImportPreview {
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
      rows.push({
        year: cell.year,
        month: cell.month,
        metric: cell.metric,
        monthLabel: `${m.months[cell.month - 1] ?? ""} ${cell.year}`,
        metricLabel: m.metrics[cell.metric].label,
        current: shown(cell.previous, language, showDay),
        imported: showNumber(cell.imported, language),
        state: cell.state,
        build: plan.kind === "buildable",
      });
    }
  }
  return {
    ok: true,
    exportDay: summary.exportDay,
    rows,
    same,
    buildable: plans.filter((p) => p.kind === "buildable").map((p) => p.year),
    tooOld: plans.filter((p) => p.kind === "tooOld").map((p) => p.year),
    oldestOffered: currentYear - YEARS_BACK,
  };
}
