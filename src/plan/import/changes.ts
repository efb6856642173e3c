/** Which dashboard cells an export import fills: empty ones by default, differing ones only if asked. */
import type { OwnId } from "../../domain/catalog";
import type { Day } from "../../domain/day";
import {
  type ExportSummary,
  IMPORTED_METRICS,
  type ImportedMetric,
  isCreatorMetric,
} from "../../domain/exportSummary";
import { fill, messages } from "../../domain/i18n";
import type { Language } from "../../domain/language";
import { columnLetter } from "../a1";
import { dashboardRows, monthColumn, rowNumbers, rowOf } from "../layout";
import { type CellContent, keptContent } from "../sheetPlan";

/**
 * The own metric that takes post impressions and its row on one dashboard (as its layout places it, a
 * person's lines not counted): the seed's metrics have no row for them, so they go where the user keeps them.
 */
export interface OwnTarget {
  id: OwnId;
  name: string;
  row: number;
}

/** A year's month columns (E to P) from row 1 down: what the sheet holds now. */
export interface YearColumns {
  values: unknown[][];
  formulas: string[][];
  notes: string[][];
  /** Where this dashboard keeps post impressions; absent when it has no row for them (none read). */
  impressions?: OwnTarget;
}

export type CellState = "fill" | "same" | "differs";

/** What an import writes: a catalog metric's figure, or post impressions into an own metric. */
export type ImportFigure = ImportedMetric | "impressions";

interface CellFacts {
  year: number;
  month: number;
  /** The cell as it was: the value, or the formula typed there. */
  previous: CellContent;
  imported: number;
  state: CellState;
  /** A creator figure of a month the files cover only in part: written only when the user asks. */
  partial: boolean;
}

/** A figure set against its cell; post impressions carry the own metric (and row) they go to. */
export type CellImport = CellFacts &
  ({ metric: ImportedMetric } | { metric: "impressions"; own: OwnTarget });

const at = rowNumbers(dashboardRows());

/** The sheet row of an imported metric. */
export function importedRow(metric: ImportedMetric): number {
  return rowOf(at, `metric:${metric}`);
}

/** The dashboard row a figure goes to (1-based, a person's lines not counted). */
export function rowOfCell(cell: CellImport): number {
  return cell.metric === "impressions" ? cell.own.row : importedRow(cell.metric);
}

/** A figure's name as the user reads it: the catalog's label, or the name they gave their own metric. */
export function figureLabel(cell: CellImport, language: Language): string {
  return cell.metric === "impressions"
    ? cell.own.name
    : messages(language).metrics[cell.metric].label;
}

/** The years the summary has a figure for, oldest first. */
export function yearsOf(summary: ExportSummary): number[] {
  const years = new Set<number>();
  for (const [month, figures] of Object.entries(summary.months))
    if (Object.keys(figures).length > 0) years.add(Number(month.slice(0, 4)));
  return [...years].sort((a, b) => a - b);
}

/** Every figure of a year set against its cell: to fill, already the same, or different. */
export function yearImports(
  summary: ExportSummary,
  year: number,
  sheet: YearColumns,
): CellImport[] {
  const out: CellImport[] = [];
  /** The cell as it stands at a row and month, set against the figure. */
  const against = (row: number, month: number, imported: number) => {
    const value = sheet.values[row - 1]?.[month - 1];
    const formula = sheet.formulas[row - 1]?.[month - 1] ?? "";
    const previous = formula || keptContent(value);
    const state: CellState =
      previous === null ? "fill" : !formula && value === imported ? "same" : "differs";
    return { previous, state };
  };
  for (let month = 1; month <= 12; month++) {
    const key = `${year}-${String(month).padStart(2, "0")}`;
    const figures = summary.months[key];
    if (!figures) continue;
    const creator = summary.creator?.months[key];
    const partMonth = creator?.partial === true;
    for (const metric of IMPORTED_METRICS) {
      const imported = figures[metric];
      if (imported === undefined) continue;
      const partial = partMonth && isCreatorMetric(metric);
      out.push({
        year,
        month,
        metric,
        imported,
        partial,
        ...against(importedRow(metric), month, imported),
      });
    }
    // After the Engagement block's catalog figures, as the own metric's row sits below them.
    const own = sheet.impressions;
    if (creator && own) {
      const imported = creator.impressions;
      const cell = against(own.row, month, imported);
      out.push({ year, month, metric: "impressions", own, imported, partial: partMonth, ...cell });
    }
  }
  return out;
}

/** The cells a confirmed import writes: a partial month's creator figures only when asked. */
export function cellsToWrite(
  imports: CellImport[],
  overwrite: boolean,
  partial = false,
): CellImport[] {
  return imports.filter(
    (c) => (c.state === "fill" || (overwrite && c.state === "differs")) && (partial || !c.partial),
  );
}

/** The note a connections total carries: the export cannot know who was removed since. */
export function firstDegreeNote(language: Language, exportDay: Day): string {
  return fill(messages(language).exportImport.firstDegreeNote, { day: exportDay });
}

/**
 * The month columns as read, with the writes in place and everything else as it was (formulas as
 * formulas), and their notes with ours added on the connections totals written: written back over
 * the range just read, so a year costs one write whatever it fills.
 */
export function columnsToWrite(
  sheet: YearColumns,
  writes: CellImport[],
  note: string,
): { values: CellContent[][]; notes: string[][]; notesChanged: boolean } {
  const values: CellContent[][] = [];
  const notes: string[][] = [];
  for (let r = 0; r < sheet.values.length; r++) {
    values.push(
      Array.from(
        { length: 12 },
        (_, c) => sheet.formulas[r]?.[c] || keptContent(sheet.values[r]?.[c]),
      ),
    );
    notes.push(Array.from({ length: 12 }, (_, c) => sheet.notes[r]?.[c] ?? ""));
  }
  let notesChanged = false;
  for (const w of writes) {
    const r = rowOfCell(w) - 1;
    const row = values[r];
    if (row) row[w.month - 1] = w.imported;
    if (w.metric !== "first_degree") continue;
    const noteRow = notes[r];
    const before = noteRow?.[w.month - 1] ?? "";
    if (noteRow && !before.includes(note)) {
      noteRow[w.month - 1] = before ? `${before}\n${note}` : note;
      notesChanged = true;
    }
  }
  return { values, notes, notesChanged };
}

/** The A1 address of a month's cell for a metric ("O12"). */
export function cellAddress(metric: ImportedMetric, month: number): string {
  return `${columnLetter(monthColumn(month))}${importedRow(metric)}`;
}

/** The A1 address of a written cell, an own metric's row included ("O52"). */
export function cellAddressOf(cell: CellImport): string {
  return `${columnLetter(monthColumn(cell.month))}${rowOfCell(cell)}`;
}
