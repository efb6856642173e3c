/** Sheet: ranges by A1 or coordinates, layout (frozen, widths, hidden), rules, charts, protections. */
import { parseA1, splitSheet, toA1 } from "./a1";
import { EmbeddedChart, EmbeddedChartBuilder, insertChart, newChartData } from "./chart";
import { builder, type Ctx, counted, recordWrite } from "./context";
import type { Axis, GridEdit } from "./gridEdits";
import { Protection } from "./protection";
import { Range, RangeList } from "./range";
import { ConditionalFormatRule } from "./rules";
import { type NamedRange, namedRangeFor, type Spreadsheet } from "./spreadsheet";
import type { SheetState } from "./workbook";

/** As Apps Script's Sheet. */
export class Sheet {
  constructor(
    private readonly ctx: Ctx,
    readonly state: SheetState,
    private readonly parent: () => Spreadsheet,
  ) {}

  private wrapRange(row: number, col: number, numRows: number, numCols: number): Range {
    if (!Number.isInteger(row) || row < 1)
      throw new Error("Exception: The starting row of the range is too small.");
    if (!Number.isInteger(col) || col < 1)
      throw new Error("Exception: The starting column of the range is too small.");
    if (numRows < 1)
      throw new Error("Exception: The number of rows in the range must be at least 1.");
    if (numCols < 1)
      throw new Error("Exception: The number of columns in the range must be at least 1.");
    if (row + numRows - 1 > this.state.maxRows || col + numCols - 1 > this.state.maxCols) {
      throw new Error(
        "Exception: The coordinates of the range are outside the dimensions of the sheet.",
      );
    }
    return counted(
      this.ctx,
      "Range",
      new Range(this.ctx, this.state, { row, col, numRows, numCols }, () => this.self()),
    );
  }

  private self(): Sheet {
    return counted(this.ctx, "Sheet", new Sheet(this.ctx, this.state, this.parent));
  }

  getRange(
    a1OrRow: string | number,
    column?: number,
    numRows?: number,
    numColumns?: number,
  ): Range {
    if (typeof a1OrRow === "string") {
      const { ref } = splitSheet(a1OrRow);
      const area = parseA1(ref, this.state.maxRows, this.state.maxCols);
      return this.wrapRange(area.row, area.col, area.numRows, area.numCols);
    }
    return this.wrapRange(a1OrRow, column ?? 1, numRows ?? 1, numColumns ?? 1);
  }

  getRangeList(a1Notations: string[]): RangeList {
    // The list's ranges come with it: reading them back costs no further round trip.
    const ranges = a1Notations.map((a1) => {
      const area = parseA1(a1, this.state.maxRows, this.state.maxCols);
      return new Range(this.ctx, this.state, area, () => this.self());
    });
    return counted(this.ctx, "RangeList", new RangeList(ranges));
  }

  getDataRange(): Range {
    const rows = Math.max(1, this.ctx.workbook.lastRow(this.state));
    const cols = Math.max(1, this.ctx.workbook.lastColumn(this.state));
    return this.wrapRange(1, 1, rows, cols);
  }

  getName(): string {
    return this.state.name;
  }
  setName(name: string): Sheet {
    this.ctx.workbook.renameSheet(this.state, name);
    return this;
  }
  getSheetId(): number {
    return this.state.id;
  }
  getIndex(): number {
    return this.ctx.workbook.sheets().indexOf(this.state) + 1;
  }
  getParent(): Spreadsheet {
    return this.parent();
  }
  getLastRow(): number {
    return this.ctx.workbook.lastRow(this.state);
  }
  getLastColumn(): number {
    return this.ctx.workbook.lastColumn(this.state);
  }
  getMaxRows(): number {
    return this.state.maxRows;
  }
  getMaxColumns(): number {
    return this.state.maxCols;
  }
  /** Inserts `howMany` empty rows before `beforePosition`; what is below moves down, formulas follow. */
  insertRowsBefore(beforePosition: number, howMany: number): Sheet {
    // The new rows take the look of the row they are inserted before (it moves down by howMany).
    return this.edit(
      "rows",
      beforePosition,
      howMany,
      "insert",
      this.state.maxRows,
      beforePosition + howMany,
    );
  }
  /** After a row that exists: 0 is refused (the add-on inserts before row 1 instead), as strict as can be. */
  insertRowsAfter(afterPosition: number, howMany: number): Sheet {
    if (afterPosition < 1) throw new Error("Exception: Those rows are out of bounds.");
    return this.edit(
      "rows",
      afterPosition + 1,
      howMany,
      "insert",
      this.state.maxRows + 1,
      afterPosition,
    );
  }
  insertRowBefore(beforePosition: number): Sheet {
    return this.insertRowsBefore(beforePosition, 1);
  }
  insertRowAfter(afterPosition: number): Sheet {
    return this.insertRowsAfter(afterPosition, 1);
  }
  insertRows(rowIndex: number, numRows = 1): Sheet {
    return this.insertRowsBefore(rowIndex, numRows);
  }
  insertColumnsBefore(beforePosition: number, howMany: number): Sheet {
    return this.edit(
      "cols",
      beforePosition,
      howMany,
      "insert",
      this.state.maxCols,
      beforePosition + howMany,
    );
  }
  insertColumnsAfter(afterPosition: number, howMany: number): Sheet {
    if (afterPosition < 1) throw new Error("Exception: Those columns are out of bounds.");
    return this.edit(
      "cols",
      afterPosition + 1,
      howMany,
      "insert",
      this.state.maxCols + 1,
      afterPosition,
    );
  }
  insertColumnBefore(beforePosition: number): Sheet {
    return this.insertColumnsBefore(beforePosition, 1);
  }
  insertColumnAfter(afterPosition: number): Sheet {
    return this.insertColumnsAfter(afterPosition, 1);
  }
  insertColumns(columnIndex: number, numColumns = 1): Sheet {
    return this.insertColumnsBefore(columnIndex, numColumns);
  }
  deleteRows(rowPosition: number, howMany: number): void {
    this.edit("rows", rowPosition, howMany, "delete", this.state.maxRows);
  }
  deleteRow(rowPosition: number): Sheet {
    this.deleteRows(rowPosition, 1);
    return this;
  }
  deleteColumns(columnPosition: number, howMany: number): void {
    this.edit("cols", columnPosition, howMany, "delete", this.state.maxCols);
  }
  deleteColumn(columnPosition: number): Sheet {
    this.deleteColumns(columnPosition, 1);
    return this;
  }
  /** Checks an edit's bounds with Apps Script's messages, then moves everything that points across it. */
  private edit(
    axis: Axis,
    at: number,
    count: number,
    kind: GridEdit["kind"],
    last: number,
    inheritFrom?: number,
  ): Sheet {
    const lines = axis === "rows" ? "rows" : "columns";
    const size = axis === "rows" ? this.state.maxRows : this.state.maxCols;
    if (!Number.isInteger(at) || !Number.isInteger(count) || count < 1 || at < 1 || at > last)
      throw new Error(`Exception: Those ${lines} are out of bounds.`);
    if (kind === "delete") {
      if (at + count - 1 > size) throw new Error(`Exception: Those ${lines} are out of bounds.`);
      if (count >= size)
        throw new Error(`Exception: You can't delete all the ${lines} on the sheet.`);
    }
    this.ctx.workbook.editGrid(this.state, {
      axis,
      at,
      count,
      kind,
      ...(inheritFrom === undefined ? {} : { inheritFrom }),
    });
    return this;
  }
  appendRow(rowContents: unknown[]): Sheet {
    const row = this.getLastRow() + 1;
    if (row > this.state.maxRows) this.state.maxRows = row;
    if (rowContents.length > this.state.maxCols) this.state.maxCols = rowContents.length;
    new Range(this.ctx, this.state, { row, col: 1, numRows: 1, numCols: rowContents.length }, () =>
      this.self(),
    ).setValues([rowContents as (string | number)[]]);
    return this;
  }
  /** Clears values and formats, as Sheets' `Sheet.clear()`: notes and data validation stay. */
  clear(): Sheet {
    this.ctx.workbook.write(
      this.state,
      { row: 1, col: 1, numRows: this.state.maxRows, numCols: this.state.maxCols },
      [],
    );
    const kept: typeof this.state.styles = {};
    for (const [k, { note, validation }] of Object.entries(this.state.styles))
      if (note || validation)
        kept[k] = { ...(note ? { note } : {}), ...(validation ? { validation } : {}) };
    this.state.styles = kept;
    this.state.merges = [];
    this.recordWhole("clear");
    return this;
  }
  private recordWhole(what: string): void {
    recordWrite(this.ctx, {
      sheet: this.state.name,
      a1: toA1({ row: 1, col: 1, numRows: this.state.maxRows, numCols: this.state.maxCols }),
      what,
    });
  }
  /** Clears every value and formula; formats, notes and validation stay, as in Sheets. */
  clearContents(): Sheet {
    this.ctx.workbook.write(
      this.state,
      { row: 1, col: 1, numRows: this.state.maxRows, numCols: this.state.maxCols },
      [],
    );
    this.recordWhole("clearContents");
    return this;
  }
  activate(): Sheet {
    this.ctx.workbook.state.activeSheetId = this.state.id;
    return this;
  }

  setFrozenRows(rows: number): void {
    this.state.frozenRows = rows;
  }
  setFrozenColumns(columns: number): void {
    this.state.frozenCols = columns;
  }
  getFrozenRows(): number {
    return this.state.frozenRows;
  }
  getFrozenColumns(): number {
    return this.state.frozenCols;
  }
  setColumnWidth(columnPosition: number, width: number): Sheet {
    this.state.colWidths[String(columnPosition)] = width;
    return this;
  }
  setColumnWidths(startColumn: number, numColumns: number, width: number): Sheet {
    for (let c = startColumn; c < startColumn + numColumns; c++)
      this.state.colWidths[String(c)] = width;
    return this;
  }
  getColumnWidth(columnPosition: number): number {
    return this.state.colWidths[String(columnPosition)] ?? 100;
  }
  /** As Sheets: hiding the only visible sheet throws; hiding a hidden one does nothing. */
  hideSheet(): Sheet {
    const visible = this.ctx.workbook.sheets().filter((s) => !s.hidden);
    if (!this.state.hidden && visible.length === 1)
      throw new Error("Exception: You can't hide all the sheets in a document.");
    this.state.hidden = true;
    if (this.ctx.workbook.state.activeSheetId === this.state.id) {
      const next = this.ctx.workbook.sheets().find((s) => !s.hidden);
      if (next) this.ctx.workbook.state.activeSheetId = next.id;
    }
    return this;
  }
  showSheet(): Sheet {
    this.state.hidden = false;
    return this;
  }
  isSheetHidden(): boolean {
    return this.state.hidden === true;
  }

  hideColumns(columnIndex: number, numColumns = 1): void {
    for (let c = columnIndex; c < columnIndex + numColumns; c++) {
      if (!this.state.hiddenCols.includes(c)) this.state.hiddenCols.push(c);
    }
  }
  hideRows(rowIndex: number, numRows = 1): void {
    for (let r = rowIndex; r < rowIndex + numRows; r++) {
      if (!this.state.hiddenRows.includes(r)) this.state.hiddenRows.push(r);
    }
  }
  showRows(rowIndex: number, numRows = 1): void {
    this.state.hiddenRows = this.state.hiddenRows.filter(
      (r) => r < rowIndex || r >= rowIndex + numRows,
    );
  }
  isColumnHiddenByUser(columnPosition: number): boolean {
    return this.state.hiddenCols.includes(columnPosition);
  }
  isRowHiddenByUser(rowPosition: number): boolean {
    return this.state.hiddenRows.includes(rowPosition);
  }

  getConditionalFormatRules(): ConditionalFormatRule[] {
    return this.state.cfRules.map((r) => new ConditionalFormatRule(r));
  }
  setConditionalFormatRules(rules: ConditionalFormatRule[]): void {
    this.state.cfRules = rules.map((r) => structuredClone(r.data));
  }
  clearConditionalFormatRules(): void {
    this.state.cfRules = [];
  }

  newChart(): EmbeddedChartBuilder {
    return builder(this.ctx, new EmbeddedChartBuilder(newChartData()));
  }
  /** The named ranges on this sheet, as `Sheet.getNamedRanges()`. */
  getNamedRanges(): NamedRange[] {
    return this.ctx.workbook.state.namedRanges
      .filter((n) => n.sheetId === this.state.id)
      .map((n) => namedRangeFor(this.ctx, n.name, this.parent()));
  }
  getCharts(): EmbeddedChart[] {
    return this.state.charts.map((c) => builder(this.ctx, new EmbeddedChart(c)));
  }
  insertChart(chart: EmbeddedChart): void {
    insertChart(this.ctx, this.state, chart);
  }
  updateChart(chart: EmbeddedChart): void {
    const i = this.state.charts.findIndex((c) => c.id === chart.data.id);
    if (i < 0) throw new Error("Exception: The chart is not on this sheet.");
    this.state.charts[i] = structuredClone(chart.data);
  }
  removeChart(chart: EmbeddedChart): void {
    this.state.charts = this.state.charts.filter((c) => c.id !== chart.data.id);
  }

  /** As Sheets: a sheet has one sheet protection; when it is protected already, that one is returned. */
  protect(): Protection {
    let data = this.state.protections.find((p) => p.kind === "SHEET");
    if (!data) {
      data = { kind: "SHEET", area: null, description: "", warningOnly: false, unprotected: [] };
      this.state.protections.push(data);
    }
    return counted(this.ctx, "Protection", new Protection(this.state, data));
  }
  getProtections(type: string): Protection[] {
    return this.state.protections
      .filter((p) => p.kind === String(type))
      .map((p) => counted(this.ctx, "Protection", new Protection(this.state, p)));
  }
}
