/** Range and RangeList: values, formulas, formats, notes and validation over a block of cells. */
import { type Area, toA1 } from "./a1";
import { type Ctx, counted, recordWrite } from "./context";
import { AUTOMATIC_FORMAT, dateToSerial, isDateFormat } from "./format";
import { Protection } from "./protection";
import { RichTextValue } from "./richText";
import { DataValidation } from "./rules";
import type { Sheet } from "./sheet";
import { typedEntry } from "./typed";
import type { CellStyle, Raw, SheetState } from "./workbook";

type Cell = string | number | boolean | Date | null | undefined;

/** What the write log calls a change of each style field. */
const STYLE_NAMES: Record<keyof CellStyle, string> = {
  nf: "numberFormats",
  bg: "backgrounds",
  color: "fontColors",
  bold: "fontWeights",
  italic: "fontStyles",
  size: "fontSizes",
  align: "alignments",
  wrap: "wraps",
  note: "notes",
  validation: "validations",
  rich: "richTextValues",
};

/** A block of cells, 1-based, as Apps Script's Range. */
export class Range {
  constructor(
    private readonly ctx: Ctx,
    /** The sheet's data: read by other stand-in objects directly, so they make no counted call. */
    readonly sheetState: SheetState,
    readonly area: Area,
    private readonly sheetFactory: () => Sheet,
  ) {}

  private get wb() {
    return this.ctx.workbook;
  }

  /** Notes this call's change of cells in the execution's write log. */
  private logged(what: string): void {
    recordWrite(this.ctx, { sheet: this.sheetState.name, a1: toA1(this.area), what });
  }

  private each<T>(fn: (row: number, col: number) => T): T[][] {
    const out: T[][] = [];
    for (let r = 0; r < this.area.numRows; r++) {
      const line: T[] = [];
      for (let c = 0; c < this.area.numCols; c++)
        line.push(fn(this.area.row + r, this.area.col + c));
      out.push(line);
    }
    return out;
  }

  private checkDims(data: unknown[][]): void {
    if (!Array.isArray(data) || data.length !== this.area.numRows) {
      throw new Error(
        `Exception: The number of rows in the data does not match the number of rows in the range. The data has ${Array.isArray(data) ? data.length : 0} but the range has ${this.area.numRows}.`,
      );
    }
    for (const row of data) {
      if (!Array.isArray(row) || row.length !== this.area.numCols) {
        throw new Error(
          `Exception: The number of columns in the data does not match the number of columns in the range. The data has ${Array.isArray(row) ? row.length : 0} but the range has ${this.area.numCols}.`,
        );
      }
    }
  }

  /** What Sheets stores for a value the script writes: Dates on the spreadsheet's clock, strings as typed. */
  private toRaw(value: Cell, row: number, col: number): Raw {
    if (value === null || value === undefined || value === "") return null;
    const style = this.wb.style(this.sheetState, row, col);
    if (value instanceof Date) {
      if (!style.nf) this.wb.setStyleField(this.sheetState, row, col, "nf", "yyyy-mm-dd");
      return dateToSerial(value, this.wb.state.timeZone);
    }
    if (typeof value !== "string") return value;
    const typed = typedEntry(value, this.wb.state.locale, style.nf === "@", this.thisYear());
    // Sheets gives a typed date a date format, and a typed percentage a percent format, unless it has one.
    const isDate = typed.format !== undefined && isDateFormat(typed.format);
    const keeps = style.nf && (isDate ? isDateFormat(style.nf) : true);
    if (typed.format && !keeps)
      this.wb.setStyleField(this.sheetState, row, col, "nf", typed.format);
    return typed.raw;
  }

  private thisYear(): number {
    const serial = dateToSerial(this.ctx.now(), this.wb.state.timeZone);
    return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).getUTCFullYear();
  }

  /** Rejects a value that breaks a cell's strict validation, as Sheets does for a script's write. */
  private checkValidation(row: number, col: number): void {
    const rule = this.wb.style(this.sheetState, row, col).validation;
    if (!rule || rule.allowInvalid || this.wb.formula(this.sheetState, row, col)) return;
    const value = this.wb.literal(this.sheetState, row, col);
    if (new DataValidation(rule).check(value) === null) return;
    throw new Error(
      `Exception: The data you entered in cell ${toA1({ row, col, numRows: 1, numCols: 1 })} violates the data validation rules set on this cell.${rule.helpText ? ` ${rule.helpText}` : ""}`,
    );
  }

  getSheet(): Sheet {
    return this.sheetFactory();
  }
  getRow(): number {
    return this.area.row;
  }
  getColumn(): number {
    return this.area.col;
  }
  getNumRows(): number {
    return this.area.numRows;
  }
  getNumColumns(): number {
    return this.area.numCols;
  }
  getLastRow(): number {
    return this.area.row + this.area.numRows - 1;
  }
  getLastColumn(): number {
    return this.area.col + this.area.numCols - 1;
  }
  getA1Notation(): string {
    return toA1(this.area);
  }

  getValues(): (string | number | boolean | Date)[][] {
    return this.each((r, c) => this.wb.value(this.sheetState, r, c));
  }
  getValue(): string | number | boolean | Date {
    return this.wb.value(this.sheetState, this.area.row, this.area.col);
  }
  getDisplayValues(): string[][] {
    return this.each((r, c) => this.wb.display(this.sheetState, r, c));
  }
  getDisplayValue(): string {
    return this.wb.display(this.sheetState, this.area.row, this.area.col);
  }
  getFormulas(): string[][] {
    return this.each((r, c) => this.wb.formula(this.sheetState, r, c));
  }
  getFormula(): string {
    return this.wb.formula(this.sheetState, this.area.row, this.area.col);
  }

  setValues(values: Cell[][]): Range {
    this.checkDims(values);
    const raw = values.map((line, r) =>
      line.map((v, c) => this.toRaw(v, this.area.row + r, this.area.col + c)),
    );
    // One look at each cell's style: a value written over a cell flattens its rich text (its links are
    // gone), and the cells with a strict validation rule are checked once written.
    const checked: [number, number][] = [];
    this.each((r, c) => {
      const style = this.wb.style(this.sheetState, r, c);
      if (style.rich !== undefined) this.wb.setStyleField(this.sheetState, r, c, "rich", undefined);
      if (style.validation && !style.validation.allowInvalid) checked.push([r, c]);
    });
    // What to put back if one is refused: only a range with such a rule can be.
    const before =
      checked.length > 0 ? this.each((r, c) => this.wb.raw(this.sheetState, r, c)) : null;
    this.logged("values");
    this.wb.write(this.sheetState, this.area, raw);
    try {
      for (const [r, c] of checked) this.checkValidation(r, c);
    } catch (err) {
      // Sheets writes nothing when one cell is refused.
      if (before) this.wb.write(this.sheetState, this.area, before);
      throw err;
    }
    return this;
  }
  setValue(value: Cell): Range {
    return this.setValues(this.each(() => value));
  }
  setFormulas(formulas: string[][]): Range {
    this.checkDims(formulas);
    return this.setValues(formulas);
  }
  setFormula(formula: string): Range {
    return this.setValue(formula);
  }

  private styles<K extends keyof CellStyle>(name: K, fallback: CellStyle[K]): CellStyle[K][][] {
    return this.each((r, c) => this.wb.style(this.sheetState, r, c)[name] ?? fallback);
  }
  private setStyles<K extends keyof CellStyle>(name: K, data: CellStyle[K][][]): Range {
    this.checkDims(data);
    this.logged(STYLE_NAMES[name]);
    this.wb.setStyleFields(this.sheetState, this.area, name, data);
    return this;
  }
  private fill<T>(value: T): T[][] {
    return this.each(() => value);
  }

  getNumberFormats(): string[][] {
    return this.styles("nf", AUTOMATIC_FORMAT) as string[][];
  }
  getNumberFormat(): string {
    return this.getNumberFormats()[0]?.[0] ?? "";
  }
  setNumberFormats(formats: string[][]): Range {
    return this.setStyles(
      "nf",
      formats.map((row) => row.map(documentedFormat)),
    );
  }
  setNumberFormat(format: string): Range {
    return this.setStyles("nf", this.fill(documentedFormat(format)));
  }
  getBackgrounds(): string[][] {
    return this.styles("bg", "#ffffff") as string[][];
  }
  getBackground(): string {
    return this.getBackgrounds()[0]?.[0] ?? "#ffffff";
  }
  setBackgrounds(colors: (string | null)[][]): Range {
    return this.setStyles("bg", colors as string[][]);
  }
  setBackground(color: string | null): Range {
    return this.setStyles("bg", this.fill(color ?? undefined));
  }
  getFontColors(): string[][] {
    return this.styles("color", "#000000") as string[][];
  }
  setFontColors(colors: (string | null)[][]): Range {
    return this.setStyles("color", colors as string[][]);
  }
  setFontColor(color: string | null): Range {
    return this.setStyles("color", this.fill(color ?? undefined));
  }
  getFontWeights(): string[][] {
    return this.each((r, c) => (this.wb.style(this.sheetState, r, c).bold ? "bold" : "normal"));
  }
  setFontWeights(weights: (string | null)[][]): Range {
    this.checkDims(weights);
    return this.setStyles(
      "bold",
      weights.map((line) => line.map((w) => (w === "bold" ? true : undefined))),
    );
  }
  setFontWeight(weight: string | null): Range {
    return this.setFontWeights(this.fill(weight));
  }
  setFontStyles(styles: (string | null)[][]): Range {
    this.checkDims(styles);
    return this.setStyles(
      "italic",
      styles.map((line) => line.map((s) => (s === "italic" ? true : undefined))),
    );
  }
  getFontSizes(): number[][] {
    return this.styles("size", 10) as number[][];
  }
  setFontSize(size: number): Range {
    return this.setStyles("size", this.fill(size));
  }
  setFontSizes(sizes: number[][]): Range {
    return this.setStyles("size", sizes);
  }
  setHorizontalAlignments(alignments: (string | null)[][]): Range {
    return this.setStyles("align", alignments as string[][]);
  }
  setHorizontalAlignment(alignment: string | null): Range {
    return this.setStyles("align", this.fill(alignment ?? undefined));
  }
  /** As Sheets: a cell nobody formatted answers true (its strategy is OVERFLOW all the same). */
  getWraps(): boolean[][] {
    return this.each((r, c) => {
      const wrap = this.wb.style(this.sheetState, r, c).wrap;
      return wrap === undefined || wrap === true;
    });
  }
  getWrap(): boolean {
    return this.getWraps()[0]?.[0] ?? true;
  }
  /** WRAP, OVERFLOW (the default, and what `setWrap(false)` sets) or CLIP. */
  getWrapStrategies(): string[][] {
    return this.each((r, c) => {
      const wrap = this.wb.style(this.sheetState, r, c).wrap;
      return wrap === true ? "WRAP" : wrap === "clip" ? "CLIP" : "OVERFLOW";
    });
  }
  getWrapStrategy(): string {
    return this.getWrapStrategies()[0]?.[0] ?? "OVERFLOW";
  }
  setWrapStrategy(strategy: string): Range {
    const wrap = { WRAP: true, OVERFLOW: false, CLIP: "clip" as const }[String(strategy)];
    if (wrap === undefined)
      throw new Error(
        "Exception: The parameters (String) don't match the method signature for SpreadsheetApp.Range.setWrapStrategy.",
      );
    return this.setStyles("wrap", this.fill(wrap));
  }
  setWrap(wrap: boolean): Range {
    return this.setStyles("wrap", this.fill(wrap === true));
  }
  setWraps(wraps: boolean[][]): Range {
    return this.setStyles(
      "wrap",
      wraps.map((row) => row.map((w) => w === true)),
    );
  }
  getNotes(): string[][] {
    return this.styles("note", "") as string[][];
  }
  getNote(): string {
    return this.getNotes()[0]?.[0] ?? "";
  }
  setNotes(notes: (string | null)[][]): Range {
    return this.setStyles("note", notes as string[][]);
  }
  setNote(note: string | null): Range {
    return this.setStyles("note", this.fill(note ?? undefined));
  }

  /** The cell's text with its links; a plain value is one run with no link. */
  getRichTextValue(): RichTextValue {
    const { row, col } = this.area;
    const rich = this.wb.style(this.sheetState, row, col).rich;
    return new RichTextValue(
      rich ?? { text: this.wb.display(this.sheetState, row, col), links: [] },
    );
  }
  setRichTextValue(value: RichTextValue): Range {
    this.setValue(`'${value.getText()}`);
    return this.setStyles("rich", this.fill(structuredClone(value.data)));
  }

  getDataValidations(): (DataValidation | null)[][] {
    return this.each((r, c) => {
      const v = this.wb.style(this.sheetState, r, c).validation;
      return v ? new DataValidation(v) : null;
    });
  }
  getDataValidation(): DataValidation | null {
    return this.getDataValidations()[0]?.[0] ?? null;
  }
  setDataValidations(rules: (DataValidation | null)[][]): Range {
    this.checkDims(rules);
    return this.setStyles(
      "validation",
      rules.map((line) => line.map((rule) => rule?.data)),
    );
  }
  setDataValidation(rule: DataValidation | null): Range {
    return this.setDataValidations(this.fill(rule));
  }
  clearDataValidations(): Range {
    return this.setDataValidation(null);
  }

  /** Clears contents and formats, as Sheets' `clear()` does: notes and validation stay (they have their own calls). */
  clear(): Range {
    this.logged("clear");
    this.wb.write(this.sheetState, this.area, this.fill(null));
    this.each((r, c) => {
      const { note, validation } = this.wb.style(this.sheetState, r, c);
      delete this.sheetState.styles[`${r},${c}`];
      this.wb.setStyle(this.sheetState, r, c, { note, validation });
    });
    return this;
  }
  clearNote(): Range {
    return this.setNote(null);
  }
  /**
   * Sorts the range's rows by one or more of its columns (sheet column numbers), as Apps Script's
   * `sort(2)`, `sort({ column: 2, ascending: false })` or an array of such: numbers (and dates) come
   * before texts, texts before booleans, and blank cells last whichever the order. Contents and notes
   * move with their rows; formats stay where they are (the stand-in's one simplification).
   */
  sort(spec: SortSpec | SortSpec[]): Range {
    const specs = (Array.isArray(spec) ? spec : [spec]).map((s) =>
      typeof s === "number"
        ? { column: s, ascending: true }
        : { column: s.column, ascending: s.ascending !== false },
    );
    if (specs.length === 0)
      throw new Error(
        "Exception: The parameters (number[]) don't match the method signature for SpreadsheetApp.Range.sort.",
      );
    for (const s of specs)
      if (
        !Number.isInteger(s.column) ||
        s.column < this.area.col ||
        s.column > this.getLastColumn()
      )
        throw new Error(
          `Exception: The column to sort by (${s.column}) is not in the range ${this.getA1Notation()}.`,
        );
    const values = this.getValues();
    const order = values.map((_, i) => i);
    order.sort((a, b) => {
      for (const s of specs) {
        const c = s.column - this.area.col;
        const diff = sortOrder(values[a]?.[c], values[b]?.[c], s.ascending);
        if (diff !== 0) return diff;
      }
      return a - b;
    });
    const raws = this.each((r, c) => this.wb.raw(this.sheetState, r, c));
    const notes = this.getNotes();
    this.logged("sort");
    this.wb.write(
      this.sheetState,
      this.area,
      order.map((i) => raws[i] ?? []),
    );
    this.setNotes(order.map((i) => notes[i] ?? []));
    return this;
  }
  clearContent(): Range {
    this.logged("clearContent");
    this.wb.write(this.sheetState, this.area, this.fill(null));
    return this;
  }
  clearFormat(): Range {
    this.logged("clearFormat");
    this.each((r, c) => {
      const { note, validation } = this.wb.style(this.sheetState, r, c);
      this.sheetState.styles[`${r},${c}`] = { note, validation };
      this.wb.setStyle(this.sheetState, r, c, {});
    });
    return this;
  }

  merge(): Range {
    this.breakApart();
    this.sheetState.merges.push({ ...this.area });
    return this;
  }
  breakApart(): Range {
    const a = this.area;
    this.sheetState.merges = this.sheetState.merges.filter(
      (m) =>
        m.row + m.numRows <= a.row ||
        a.row + a.numRows <= m.row ||
        m.col + m.numCols <= a.col ||
        a.col + a.numCols <= m.col,
    );
    return this;
  }

  protect(): Protection {
    const data = {
      kind: "RANGE" as const,
      area: { ...this.area },
      description: "",
      warningOnly: false,
      unprotected: [],
    };
    this.sheetState.protections.push(data);
    return counted(this.ctx, "Protection", new Protection(this.sheetState, data));
  }
}

/** Several ranges of one sheet fetched in one call. */
export class RangeList {
  constructor(private readonly ranges: Range[]) {}
  getRanges(): Range[] {
    return this.ranges;
  }
  setBackground(color: string | null): RangeList {
    for (const r of this.ranges) r.setBackground(color);
    return this;
  }
  setFontWeight(weight: string | null): RangeList {
    for (const r of this.ranges) r.setFontWeight(weight);
    return this;
  }
  setNumberFormat(format: string): RangeList {
    for (const r of this.ranges) r.setNumberFormat(format);
    return this;
  }
  setWrap(wrap: boolean): RangeList {
    for (const r of this.ranges) r.setWrap(wrap);
    return this;
  }
  clearFormat(): RangeList {
    for (const r of this.ranges) r.clearFormat();
    return this;
  }
  clear(): RangeList {
    for (const r of this.ranges) r.clear();
    return this;
  }
  clearContent(): RangeList {
    for (const r of this.ranges) r.clearContent();
    return this;
  }
  clearNote(): RangeList {
    for (const r of this.ranges) r.clearNote();
    return this;
  }
  clearDataValidations(): RangeList {
    for (const r of this.ranges) r.clearDataValidations();
    return this;
  }
}

/**
 * Apps Script documents no meaning for an empty number format, so the stand-in refuses one. Any other
 * pattern is stored as written, the automatic format's pattern too: once set it is a format of the
 * cell's own (a date typed there later keeps it), so tests can see that the add-on never writes it.
 */
function documentedFormat(format: string): string | undefined {
  if (format === "")
    throw new Error(
      "Exception: The stand-in refuses an empty number format: Apps Script does not document it. Clear the format (Range.clearFormat) to give a cell Sheets' automatic format.",
    );
  return format;
}

/** One column to sort by: its number alone (ascending), or with the order. */
export type SortSpec = number | { column: number; ascending?: boolean };

/** Sheets' sort order of two values: blanks last always; numbers, then texts, then booleans. */
function sortOrder(a: unknown, b: unknown, ascending: boolean): number {
  const blank = (v: unknown) => v === "" || v === null || v === undefined;
  if (blank(a) || blank(b)) return blank(a) === blank(b) ? 0 : blank(a) ? 1 : -1;
  const rank = (v: unknown) =>
    typeof v === "number" || v instanceof Date ? 0 : typeof v === "string" ? 1 : 2;
  const num = (v: unknown) => (v instanceof Date ? v.getTime() : Number(v));
  let diff = rank(a) - rank(b);
  if (diff === 0)
    diff =
      rank(a) === 1
        ? String(a).localeCompare(String(b), undefined, { sensitivity: "base" })
        : num(a) - num(b);
  return ascending ? diff : -diff;
}
