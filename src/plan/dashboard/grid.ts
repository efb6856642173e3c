/** The dashboard's cells while a plan is built: contents, formats, colours, notes and validation. */
import type { Language } from "../../domain/language";
import { cell } from "../a1";
import { COL, columnKeys, type LayoutRow, NUM_COLS } from "../layout";
import { type CellContent, grid, type ValidationSpec } from "../sheetPlan";
import { type CellRule, isValid, normalizeTyped, validationOf } from "./cellRules";
import { type KeptCells, keptKey } from "./kept";
import { COLORS } from "./look";

/** Grids of the whole sheet and the few ways a section writes into them (1-based rows and columns). */
export class DashboardGrid {
  readonly values: CellContent[][];
  readonly formats: string[][];
  readonly backgrounds: string[][];
  readonly fontColors: string[][];
  readonly weights: ("bold" | "normal")[][];
  readonly sizes: number[][];
  readonly notes: string[][];
  readonly validations: (ValidationSpec | null)[][];
  /** Cells whose kept value breaks its rule (A1), for the toast. */
  readonly invalid: string[] = [];
  /** Cells the user types in (A1), left out of the protection. */
  readonly inputAreas: string[] = [];
  readonly colKeys = columnKeys();

  constructor(
    rows: number,
    private readonly kept: KeptCells,
    private readonly language: Language,
  ) {
    this.values = grid<CellContent>(rows, NUM_COLS, null);
    this.formats = grid(rows, NUM_COLS, "");
    this.backgrounds = grid(rows, NUM_COLS, COLORS.formula);
    this.fontColors = grid(rows, NUM_COLS, "#000000");
    this.weights = grid<"bold" | "normal">(rows, NUM_COLS, "normal");
    this.sizes = grid(rows, NUM_COLS, 10);
    this.notes = grid(rows, NUM_COLS, "");
    this.validations = grid<ValidationSpec | null>(rows, NUM_COLS, null);
  }

  /** Puts a cell's content. */
  set(row: number, col: number, value: CellContent): void {
    this.values[row - 1]![col - 1] = value;
  }

  /** Colours a stretch of a row. */
  style(row: number, from: number, to: number, bg: string, color = "#000000", bold = false): void {
    for (let c = from; c <= to; c++) {
      this.backgrounds[row - 1]![c - 1] = bg;
      this.fontColors[row - 1]![c - 1] = color;
      this.weights[row - 1]![c - 1] = bold ? "bold" : "normal";
    }
  }

  /** One number format for a row's target, months and year. */
  formatRow(row: number, format: string): void {
    for (let c = COL.target; c <= COL.year; c++) this.formats[row - 1]![c - 1] = format;
  }

  /** Puts a user cell: the kept content (checked) or the default, with its validation. */
  userCell(
    row: LayoutRow,
    rowNo: number,
    col: number,
    fallback: CellContent,
    rule: CellRule,
  ): void {
    const k = this.kept.get(keptKey(row.key, this.colKeys[col - 1] ?? ""));
    let content = k && k.content !== null && k.content !== "" ? k.content : fallback;
    if (content !== null && typeof content === "string" && !content.startsWith("=")) {
      content = normalizeTyped(content, rule, this.language) ?? content;
    }
    const broken = content !== null && !isValid(content, rule, this.language);
    if (broken) this.invalid.push(cell(rowNo, col));
    this.set(rowNo, col, content);
    const validation = validationOf(rule);
    this.validations[rowNo - 1]![col - 1] = broken ? { ...validation, warnOnly: true } : validation;
    this.backgrounds[rowNo - 1]![col - 1] = COLORS.input;
  }
}
