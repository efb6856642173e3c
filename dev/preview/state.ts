/** What the preview page shows of the stand-in: computed values, formulas, styles and charts with their data. */
import type { Addon } from "../loader";
import { type Area, toA1 } from "../standin/a1";
import { formatDate, serialToDate } from "../standin/format";
import type { ChartData, SheetState, Workbook } from "../standin/workbook";

export interface ChartView {
  id: number;
  type: string;
  title: string;
  options: Record<string, unknown>;
  labels: string[];
  series: { name: string; data: (number | null)[] }[];
  position: ChartData["position"];
}

export interface SheetView {
  name: string;
  values: unknown[][];
  display: string[][];
  formulas: string[][];
  styles: {
    bg: string;
    color: string;
    bold: boolean;
    size: number;
    note: string;
    wrap: boolean;
  }[][];
  /** Hidden from the tab bar, as Sheets hides an archived profile's sheets. */
  hidden: boolean;
  hiddenRows: number[];
  hiddenColumns: number[];
  frozenRows: number;
  frozenColumns: number;
  /** The sheet's grid (1,000 × 26 for a new sheet), of which only the part with content is sent. */
  maxRows: number;
  maxColumns: number;
  widths: Record<string, number>;
  charts: ChartView[];
  /** Each protection: its range ("sheet" for a sheet protection) and description. */
  protections: { range: string; description: string }[];
  /** The warning-only protections (null: the whole sheet) and the areas they leave out. */
  warnings: { area: Area | null; except: Area[] }[];
  /** Each error cell's message, by A1, as Sheets shows it on hover. */
  errors: Record<string, string>;
}

/** A cell's value for JSON: a date cell as the day the grid shows (its serial, so no zone can shift it). */
function plain(wb: Workbook, sheet: SheetState, row: number, col: number): unknown {
  const v = wb.value(sheet, row, col);
  if (!(v instanceof Date)) return v;
  return formatDate(serialToDate(wb.number(sheet, row, col) ?? 0), "yyyy-mm-dd");
}

/** A chart's series as the spreadsheet would draw them: first range gives labels, the rest the lines. */
function chartView(wb: Workbook, chart: ChartData): ChartView {
  const columns: { header: string; cells: { n: number | null; text: string }[] }[] = [];
  for (const r of chart.ranges) {
    const sheet = wb.sheetById(r.sheetId);
    const lastRow = Math.min(
      r.area.row + r.area.numRows - 1,
      Math.max(wb.lastRow(sheet), r.area.row),
    );
    const lastCol = r.area.col + r.area.numCols - 1;
    if (chart.transpose) {
      // Each row is a series: its first cell names it, the first row gives the labels.
      for (let row = r.area.row; row <= lastRow; row++) {
        const cells = [];
        for (let c = r.area.col + 1; c <= lastCol; c++)
          cells.push({ n: wb.number(sheet, row, c), text: wb.display(sheet, row, c) });
        columns.push({ header: wb.display(sheet, row, r.area.col), cells });
      }
      continue;
    }
    for (let c = r.area.col; c <= lastCol; c++) {
      const cells = [];
      for (let row = r.area.row + 1; row <= lastRow; row++) {
        cells.push({ n: wb.number(sheet, row, c), text: wb.display(sheet, row, c) });
      }
      columns.push({ header: wb.display(sheet, r.area.row, c), cells });
    }
  }
  const [labels, ...series] = columns;
  const keep = (labels?.cells ?? []).map(
    (cell, i) => cell.text !== "" || series.some((s) => s.cells[i]?.n !== null),
  );
  return {
    id: chart.id,
    type: chart.type,
    title: String(chart.options.title ?? ""),
    options: chart.options,
    position: chart.position,
    labels: (labels?.cells ?? []).filter((_, i) => keep[i]).map((c) => c.text),
    series: series.map((s) => ({
      name: s.header,
      data: s.cells.filter((_, i) => keep[i]).map((c) => c.n),
    })),
  };
}

/** What Sheets says of an error whose formula gave no message of its own. */
const ERROR_TEXT: Record<string, string> = {
  "#DIV/0!": "Division by zero.",
  "#N/A": "Value not available.",
  "#REF!": "Reference does not exist.",
  "#NAME?": "Unknown function or name.",
  "#VALUE!": "A value is of the wrong type.",
  "#NUM!": "The result is not a valid number.",
  "#NULL!": "The ranges do not intersect.",
  "#ERROR!": "Formula parse error.",
};

/** An engine error's message as Sheets words it, or null for a value that is no error. */
function messageOf(value: unknown, text: string): string | null {
  const fallback = ERROR_TEXT[text];
  // A text cell that reads "#REF!" is no error: only the engine's errors carry a type.
  if (fallback === undefined || typeof value !== "object" || value === null || !("type" in value))
    return null;
  const own = "message" in value && typeof value.message === "string" ? value.message : "";
  // The engine's parser lists the tokens it expected; Sheets says only this.
  return own.startsWith("Parsing error") ? (ERROR_TEXT["#ERROR!"] as string) : own || fallback;
}

/** Each error cell's message by A1; the engine is asked only when the grid shows an error. */
function errorMessages(
  wb: Workbook,
  sheet: SheetState,
  display: string[][],
): Record<string, string> {
  const messages: Record<string, string> = {};
  if (!display.some((row) => row.some((text) => text in ERROR_TEXT))) return messages;
  const area = { row: 1, col: 1, numRows: display.length, numCols: display[0]?.length ?? 1 };
  const values = wb.rangeValues(`'${sheet.name.replace(/'/g, "''")}'!${toA1(area)}`) ?? [];
  for (const [r, row] of values.entries())
    for (const [c, value] of row.entries()) {
      const message = messageOf(value, display[r]?.[c] ?? "");
      if (message !== null)
        messages[toA1({ row: r + 1, col: c + 1, numRows: 1, numCols: 1 })] = message;
    }
  return messages;
}

/** The warning-only protections: typing over a cell they cover asks first, as Sheets does. */
function warnings(sheet: SheetState): SheetView["warnings"] {
  return sheet.protections
    .filter((p) => p.warningOnly)
    .map((p) => ({ area: p.area, except: p.unprotected }));
}

function sheetView(wb: Workbook, sheet: SheetState): SheetView {
  const rows = Math.max(wb.lastRow(sheet), 1);
  const cols = Math.max(wb.lastColumn(sheet), 1);
  const grid = <T>(f: (r: number, c: number) => T) =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(r + 1, c + 1)));
  const display = grid((r, c) => wb.display(sheet, r, c));
  return {
    name: sheet.name,
    values: grid((r, c) => plain(wb, sheet, r, c)),
    display,
    formulas: grid((r, c) => wb.formula(sheet, r, c)),
    styles: grid((r, c) => {
      const s = wb.shownStyle(sheet, r, c);
      return {
        bg: s.bg ?? "#ffffff",
        color: s.color ?? "#000000",
        bold: Boolean(s.bold),
        size: s.size ?? 10,
        note: s.note ?? "",
        wrap: s.wrap === true,
      };
    }),
    hidden: sheet.hidden === true,
    hiddenRows: sheet.hiddenRows,
    hiddenColumns: sheet.hiddenCols,
    frozenRows: sheet.frozenRows,
    frozenColumns: sheet.frozenCols,
    maxRows: sheet.maxRows,
    maxColumns: sheet.maxCols,
    widths: sheet.colWidths,
    charts: sheet.charts.map((c) => chartView(wb, c)),
    protections: sheet.protections.map((p) => ({
      range: p.area ? toA1(p.area) : "sheet",
      description: p.description,
    })),
    warnings: warnings(sheet),
    errors: errorMessages(wb, sheet, display),
  };
}

/** Every sheet of a spreadsheet as the page draws it. */
export function sheetViews(wb: Workbook): SheetView[] {
  return wb.sheets().map((s) => sheetView(wb, s));
}

/**
 * The whole spreadsheet as the page draws it, and how many service calls were made so far; `sheets`
 * when they were drawn already from the same state.
 */
export function stateOf(addon: Addon, sheets?: SheetView[]) {
  const wb = addon.standIn.workbook;
  return {
    sheets: sheets ?? sheetViews(wb),
    active: wb.sheetById(wb.state.activeSheetId).name,
    timeZone: wb.state.timeZone,
    locale: wb.state.locale,
    menus: addon.standIn.ctx.menus,
    calls: addon.standIn.counter.total,
  };
}
