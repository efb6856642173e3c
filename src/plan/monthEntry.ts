/** One month's column of the dashboard: the sidebar's form, what a save writes, and what it reads back. */
import { BLOCK_IDS, type BlockId, METRICS, type MetricId, PROFILE_LEVELS } from "../domain/catalog";
import type { Entry } from "../domain/entry";
import { messages } from "../domain/i18n";
import { decimalSeparator, groupedNumber, type Language } from "../domain/language";
import { PILLARS, type Pillar } from "../domain/ssi";
import { isInputRow } from "./dashboard";
import { blockTotalFormula } from "./dashboard/formulas";
import { dashboardRows, monthColumn, rowNumbers, rowOf } from "./layout";
import { type CellContent, keptContent } from "./sheetPlan";

/** A month column as read: values and formulas from row 1 down. */
export interface MonthColumn {
  values: unknown[];
  formulas: string[];
  /** Read only for the form: notes the user left on the month's cells. */
  notes?: string[];
}

export interface FormField {
  id: MetricId;
  label: string;
  help: string;
  unit: string;
  url: string;
  kind: "count" | "rate" | "level";
  options: { value: string; label: string }[];
  value: string;
  /** The cell holds a formula the user typed; saving a changed value replaces it. */
  formula: string;
  /** The user's note on the cell, shown under the field. */
  note: string;
}

export interface MonthResults {
  blockTotals: { id: BlockId; label: string; value: string }[];
  ssi: { label: string; value: string }[];
}

const rows = dashboardRows();
const at = rowNumbers(rows);

/** How many rows a month column spans. */
export const COLUMN_ROWS = rows.length;

/** Shows a number the way the user writes it ("21,16" in Spanish). */
export function showNumber(value: unknown, language: Language): string {
  if (typeof value !== "number") return value === null || value === undefined ? "" : String(value);
  const text = String(Math.round(value * 100) / 100);
  return decimalSeparator(language) === "," ? text.replace(".", ",") : text;
}

/** True when the column still has the layout the add-on built (no rows inserted or moved by hand). */
export function isIntact(column: MonthColumn, year: number, month: number): boolean {
  if (column.values[0] !== month) return false;
  const col = monthColumn(month);
  const reading = column.formulas[rowOf(at, "reading") - 1] ?? "";
  if (!reading.includes(`DATE(${year},${month},1)`)) return false;
  return BLOCK_IDS.every(
    (block) =>
      column.formulas[rowOf(at, `total:${block}`) - 1] === blockTotalFormula(rows, at, block, col),
  );
}

/** The form's fields, grouped by block, prefilled from the column. */
export function formFields(
  column: MonthColumn,
  language: Language,
): { id: BlockId; label: string; fields: FormField[] }[] {
  const m = messages(language);
  return BLOCK_IDS.map((block) => ({
    id: block,
    label: m.blocks[block],
    fields: METRICS.filter((x) => x.block === block && x.input !== "derived").map((metric) => {
      const i = rowOf(at, `metric:${metric.id}`) - 1;
      const kind = metric.input as FormField["kind"];
      return {
        id: metric.id,
        label: m.metrics[metric.id].label,
        help: m.metrics[metric.id].help,
        unit: m.units[metric.unit],
        url: metric.url,
        kind,
        options:
          kind === "level" ? PROFILE_LEVELS.map((l) => ({ value: l, label: m.levels[l] })) : [],
        value: showNumber(column.values[i], language),
        formula: column.formulas[i] ?? "",
        note: column.notes?.[i] ?? "",
      };
    }),
  }));
}

/** The column to write back: the entry's values in their rows, everything else exactly as read. */
export function columnToWrite(
  column: MonthColumn,
  entry: Entry,
  language: Language,
): CellContent[][] {
  const m = messages(language);
  return rows.map((row, i) => {
    const metric = row.metric;
    if (isInputRow(row) && metric && metric.id in entry.values) {
      const value = entry.values[metric.id];
      if (value === null || value === undefined) return [null];
      return [typeof value === "number" ? value : m.levels[value]];
    }
    const formula = column.formulas[i];
    return [formula || keptContent(column.values[i])];
  });
}

/** The metrics a save empties that held something: the answer names them. */
export function clearedBy(column: MonthColumn, entry: Entry): MetricId[] {
  return METRICS.filter((metric) => {
    if (!(metric.id in entry.values) || entry.values[metric.id] !== null) return false;
    const i = rowOf(at, `metric:${metric.id}`) - 1;
    return (column.values[i] ?? "") !== "" || (column.formulas[i] ?? "") !== "";
  }).map((metric) => metric.id);
}

/** The month's totals, SSI, gaps, level and weakest pillar as the sheet computed them. */
export function monthResults(values: unknown[], language: Language): MonthResults {
  const m = messages(language);
  // Figures as the language shows them in a table: 221,150 · 221.150 · 221 150.
  const show = (key: string) => {
    const value = values[rowOf(at, key) - 1];
    return typeof value === "number" ? groupedNumber(value, language) : showNumber(value, language);
  };
  const pillarRows = (prefix: string, label: (p: Pillar) => string) =>
    PILLARS.map((p) => ({ label: label(p), value: show(`${prefix}:${p}`) }));
  return {
    blockTotals: BLOCK_IDS.map((id) => ({ id, label: m.blocks[id], value: show(`total:${id}`) })),
    ssi: [
      ...pillarRows("pillar", (p) => m.pillars[p]),
      { label: m.dashboard.ssiTotal, value: show("ssi:total") },
      ...pillarRows("gap", (p) => m.dashboard.gap.replace("{pillar}", m.pillars[p])),
      { label: m.dashboard.totalGap, value: show("gap:total") },
      { label: m.dashboard.tier, value: show("tier") },
      { label: m.dashboard.weakest, value: show("weakest") },
      { label: m.dashboard.nextAction, value: show("next") },
    ],
  };
}

/** The log sheet's name as the dashboard's own formulas spell it. */
export function logNameIn(column: MonthColumn): string | null {
  const formula = column.formulas[rowOf(at, "reading") - 1] ?? "";
  const quoted = /MAXIFS\('((?:[^']|'')+)'!/.exec(formula);
  if (quoted?.[1]) return quoted[1].replace(/''/g, "'");
  const bare = /MAXIFS\(([A-Za-z_][A-Za-z0-9_]*)!/.exec(formula);
  return bare?.[1] ?? null;
}
