/** Which dashboard cells an export import fills: empty ones by default, differing ones only if asked. */
import type { Day } from "../../domain/day";
import {
  type ExportSummary,
  IMPORTED_METRICS,
  type ImportedMetric,
} from "../../domain/exportSummary";
import { fill, messages } from "../../domain/i18n";
import type { Language } from "../../domain/language";
import { columnLetter } from "../a1";
import { dashboardRows, monthColumn, rowNumbers, rowOf } from "../layout";
import { type CellContent, keptContent } from "../sheetPlan";

/** A year's month columns (E to P) from row 1 down: what the sheet holds now. */
export interface YearColumns {
  values: unknown[][];
  formulas: string[][];
  notes: string[][];
}

export type CellState = "fill" | "same" | "differs";

export interface CellImport {
  year: number;
  month: number;
  metric: ImportedMetric;
  /** The cell as it was: the value, or the formula typed there. */
  previous: CellContent;
  imported: number;
  state: CellState;
}

const at = rowNumbers(dashboardRows());

/** The sheet row of an imported metric. */
export function importedRow(metric: ImportedMetric): number {
  return rowOf(at, `metric:${metric}`);
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
  for (let month = 1; month <= 12; month++) {
    const figures = summary.months[`${year}-${String(month).padStart(2, "0")}`];
    if (!figures) continue;
    for (const metric of IMPORTED_METRICS) {
      const imported = figures[metric];
      if (imported === undefined) continue;
      const r = importedRow(metric) - 1;
      const value = sheet.values[r]?.[month - 1];
      const formula = sheet.formulas[r]?.[month - 1] ?? "";
      const previous = formula || keptContent(value);
      const state: CellState =
        previous === null ? "fill" : !formula && value === imported ? "same" : "differs";
      out.push({ year, month, metric, previous, imported, state });
    }
  }
  return out;
}

/** The cells a confirmed import writes. */
export function cellsToWrite(imports: CellImport[], overwrite: boolean): CellImport[] {
  return imports.filter((c) => c.state === "fill" || (overwrite && c.state === "differs"));
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
    const r = importedRow(w.metric) - 1;
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
