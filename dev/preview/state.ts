/** What the preview page shows of the stand-in: computed values, formulas, styles and charts with their data. */
import type { Addon } from "../loader";
import { toA1 } from "../standin/a1";
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
  widths: Record<string, number>;
  charts: ChartView[];
  /** Each protection: its range ("sheet" for a sheet protection) and description. */
  protections: { range: string; description: string }[];
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

function sheetView(wb: Workbook, sheet: SheetState): SheetView {
  const rows = Math.max(wb.lastRow(sheet), 1);
  const cols = Math.max(wb.lastColumn(sheet), 1);
  const grid = <T>(f: (r: number, c: number) => T) =>
    Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => f(r + 1, c + 1)));
  return {
    name: sheet.name,
    values: grid((r, c) => plain(wb, sheet, r, c)),
    display: grid((r, c) => wb.display(sheet, r, c)),
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
    widths: sheet.colWidths,
    charts: sheet.charts.map((c) => chartView(wb, c)),
    protections: sheet.protections.map((p) => ({
      range: p.area ? toA1(p.area) : "sheet",
      description: p.description,
    })),
  };
}

/** The whole spreadsheet as the page draws it, and how many service calls were made so far. */
export function stateOf(addon: Addon) {
  const wb = addon.standIn.workbook;
  return {
    sheets: wb.sheets().map((s) => sheetView(wb, s)),
    active: wb.sheetById(wb.state.activeSheetId).name,
    timeZone: wb.state.timeZone,
    locale: wb.state.locale,
    menus: addon.standIn.ctx.menus,
    calls: addon.standIn.counter.total,
  };
}
