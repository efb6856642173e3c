/** One month's column of the dashboard: the sidebar's form, what a save writes, and what it reads back. */

import type { MetricId, ProfileLevel } from "../domain/catalog";
import { ALL_BLOCKS, type BlockId, type FieldId, PROFILE_LEVELS } from "../domain/catalog";
import type { Entry } from "../domain/entry";
import { messages } from "../domain/i18n";
import { metricLabel } from "../domain/labels";
import { groupedNumber, type Language, numberInText, shareText } from "../domain/language";
import { PILLARS, type Pillar } from "../domain/ssi";
import { isInputRow } from "./dashboard";
import { targetsMetFormula } from "./dashboard/formulas";
import { type DashboardLayout, FIXED_ROWS, monthColumn, rowOf } from "./layout";
import { type GridMap, movedFormula } from "./lines/formulaRefs";
import { type CellContent, keptContent } from "./sheetPlan";

/** A month column as read: values and formulas from row 1 down. */
export interface MonthColumn {
  values: unknown[];
  formulas: string[];
  /** Read only for the form: notes the user left on the month's cells. */
  notes?: string[];
}

export interface FormField {
  id: FieldId;
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

/** How many rows every dashboard's month column spans before its own metrics and KPI. */
export const COLUMN_ROWS = FIXED_ROWS;

/** The blocks of a layout that hold rows: the five, and "Business results" when an own metric is there. */
function blocksOf(layout: DashboardLayout): BlockId[] {
  return ALL_BLOCKS.filter((b) => layout.at.has(`total:${b}`));
}

/** Shows a number the way the user writes it ("21,16" in Spanish). */
export function showNumber(value: unknown, language: Language): string {
  if (typeof value !== "number") return value === null || value === undefined ? "" : String(value);
  return numberInText(Math.round(value * 100) / 100, language);
}

/** True when the column still has the layout the add-on built (no rows inserted or moved by hand). */
export function isIntact(
  column: MonthColumn,
  year: number,
  month: number,
  layout: DashboardLayout,
  map?: GridMap,
): boolean {
  const { rows, at } = layout;
  if (column.values[0] !== month) return false;
  const col = monthColumn(month);
  const reading = column.formulas[rowOf(at, "reading") - 1] ?? "";
  if (!reading.includes(`DATE(${year},${month},1)`)) return false;
  // The export import reads only the fixed rows: a block total below them is not its to check.
  return blocksOf(layout)
    .filter((block) => rowOf(at, `total:${block}`) <= column.formulas.length)
    .every(
      (block) =>
        column.formulas[rowOf(at, `total:${block}`) - 1] ===
        (map
          ? movedFormula(targetsMetFormula(rows, at, block, col), (s) => (s === null ? map : null))
          : targetsMetFormula(rows, at, block, col)),
    );
}

/** The form's fields, grouped by block, prefilled from the column. */
export function formFields(
  column: MonthColumn,
  language: Language,
  layout: DashboardLayout,
): { id: BlockId; label: string; fields: FormField[] }[] {
  const m = messages(language);
  // The metrics shown, the user's own after the catalog's of their block; a hidden one the company
  // KPI measures is still asked for, or the KPI could never be complete.
  const inKpi = new Set(layout.shape.kpi.map((k) => k.source as string));
  const shown = layout.rows.filter(
    (row) =>
      row.kind === "metric" &&
      row.metric &&
      row.metric.input !== "derived" &&
      (!row.hidden || inKpi.has(row.metric.id)),
  );
  return blocksOf(layout).map((block) => ({
    id: block,
    label: m.blocks[block],
    fields: shown
      .filter((row) => row.metric!.block === block)
      .map((row) => {
        const metric = row.metric!;
        const i = rowOf(layout.at, row.key) - 1;
        const kind = metric.input as FormField["kind"];
        return {
          id: metric.id,
          label: metricLabel(metric, language),
          help: metric.name === undefined ? m.metrics[metric.id as MetricId].help : "",
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
  layout: DashboardLayout,
): CellContent[][] {
  const m = messages(language);
  return layout.rows.map((row, i) => {
    const metric = row.metric;
    if (isInputRow(row) && metric && metric.id in entry.values) {
      const value = entry.values[metric.id];
      if (value === null || value === undefined) return [null];
      return [typeof value === "number" ? value : m.levels[value as ProfileLevel]];
    }
    const formula = column.formulas[i];
    return [formula || keptContent(column.values[i])];
  });
}

/** The metrics a save empties that held something, by label: the answer names them. */
export function clearedBy(column: MonthColumn, entry: Entry, layout: DashboardLayout): string[] {
  return layout.rows
    .filter((row, i) => {
      const metric = row.kind === "metric" ? row.metric : undefined;
      if (!metric || !(metric.id in entry.values) || entry.values[metric.id] !== null) return false;
      return (column.values[i] ?? "") !== "" || (column.formulas[i] ?? "") !== "";
    })
    .map((row) => metricLabel(row.metric!, entry.language));
}

/** The month's totals, SSI, gaps, level and weakest pillar as the sheet computed them. */
export function monthResults(
  values: unknown[],
  language: Language,
  layout: DashboardLayout,
): MonthResults {
  const m = messages(language);
  const { at } = layout;
  // Figures as the language shows them in a table: 221,150 · 221.150 · 221 150.
  const show = (key: string) => {
    const value = values[rowOf(at, key) - 1];
    return typeof value === "number" ? groupedNumber(value, language) : showNumber(value, language);
  };
  const pillarRows = (prefix: string, label: (p: Pillar) => string) =>
    PILLARS.map((p) => ({ label: label(p), value: show(`${prefix}:${p}`) }));
  return {
    blockTotals: blocksOf(layout).map((id) => ({
      id,
      label: m.blocks[id],
      value: shareText(values[rowOf(at, `total:${id}`) - 1], language),
    })),
    ssi: [
      ...pillarRows("pillar", (p) => m.pillars[p]),
      { label: m.dashboard.ssiTotal, value: show("ssi:total") },
      ...pillarRows("gap", (p) => m.dashboard.gap.replace("{pillar}", m.pillars[p])),
      { label: m.dashboard.totalGap, value: show("gap:total") },
      { label: m.dashboard.tier, value: show("tier") },
      { label: m.dashboard.weakest, value: show("weakest") },
      { label: m.dashboard.nextAction, value: show("next") },
      ...(at.has("kpi:total") ? [{ label: m.metricSetup.kpiTotal, value: show("kpi:total") }] : []),
    ],
  };
}

/** The log sheet's name as the dashboard's own formulas spell it. */
export function logNameIn(column: MonthColumn, layout: DashboardLayout): string | null {
  const formula = column.formulas[rowOf(layout.at, "reading") - 1] ?? "";
  const quoted = /MAXIFS\('((?:[^']|'')+)'!/.exec(formula);
  if (quoted?.[1]) return quoted[1].replace(/''/g, "'");
  const bare = /MAXIFS\(([A-Za-z_][A-Za-z0-9_]*)!/.exec(formula);
  return bare?.[1] ?? null;
}
