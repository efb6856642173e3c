/** Embedded charts and their builder, kept as plain specs the preview can draw. */
import type { Ctx } from "./context";
import type { Range } from "./range";
import type { ChartData, SheetState } from "./workbook";

/** As Apps Script's EmbeddedChart. */
export class EmbeddedChart {
  constructor(readonly data: ChartData) {}
  getChartId(): number {
    return this.data.id;
  }
  getOptions(): { get(option: string): unknown } {
    const options = this.data.options;
    return { get: (option: string) => options[option] ?? null };
  }
  getRanges(): { sheetId: number; a1: string }[] {
    return this.data.ranges.map((r) => ({ sheetId: r.sheetId, a1: `${r.area.row},${r.area.col}` }));
  }
  modify(): EmbeddedChartBuilder {
    return new EmbeddedChartBuilder(structuredClone(this.data));
  }
}

/** As Apps Script's EmbeddedChartBuilder. */
export class EmbeddedChartBuilder {
  constructor(private readonly data: ChartData) {}
  setChartType(type: string): EmbeddedChartBuilder {
    this.data.type = String(type);
    return this;
  }
  addRange(range: Range): EmbeddedChartBuilder {
    this.data.ranges.push({ sheetId: range.sheetState.id, area: { ...range.area } });
    return this;
  }
  clearRanges(): EmbeddedChartBuilder {
    this.data.ranges = [];
    return this;
  }
  setPosition(
    anchorRow: number,
    anchorCol: number,
    offsetX: number,
    offsetY: number,
  ): EmbeddedChartBuilder {
    this.data.position = { row: anchorRow, col: anchorCol, offsetX, offsetY };
    return this;
  }
  setOption(option: string, value: unknown): EmbeddedChartBuilder {
    this.data.options[option] = value;
    return this;
  }
  /** As Sheets: each row of the ranges is a series, the first row the labels. */
  setTransposeRowsAndColumns(transpose: boolean): EmbeddedChartBuilder {
    this.data.transpose = transpose;
    return this;
  }
  setNumHeaders(headers: number): EmbeddedChartBuilder {
    this.data.numHeaders = headers;
    return this;
  }
  build(): EmbeddedChart {
    if (!this.data.type) throw new Error("Exception: The chart type must be set.");
    if (this.data.ranges.length === 0) throw new Error("Exception: The chart needs data ranges.");
    return new EmbeddedChart(structuredClone(this.data));
  }
}

/** Adds, replaces and removes a sheet's charts. */
export function insertChart(ctx: Ctx, sheet: SheetState, chart: EmbeddedChart): void {
  const data = structuredClone(chart.data);
  data.id = ctx.workbook.state.nextId++;
  sheet.charts.push(data);
}

export function newChartData(): ChartData {
  return {
    id: 0,
    type: "",
    ranges: [],
    position: { row: 1, col: 1, offsetX: 0, offsetY: 0 },
    options: {},
    numHeaders: -1,
  };
}
