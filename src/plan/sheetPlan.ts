/** What a sheet should hold, as plain data: the adapter applies it in a fixed number of batched calls. */

/**
 * A cell's content: a number, a date, a formula ("=…"), a text, a tick (a checkbox's TRUE or FALSE),
 * or blank (null). A text that starts with an apostrophe is already escaped: the apostrophe is not part
 * of it (as when typed in Sheets).
 */
export type CellContent = string | number | boolean | Date | null;

/** A text as plan content: one that looks like a formula or an escape is escaped, so it stays a text. */
export function literalText(text: string): string {
  return text.startsWith("=") || text.startsWith("'") ? `'${text}` : text;
}

/** A value read back from Sheets as plan content: numbers, ticks, dates, and texts that stay texts. */
export function keptContent(value: unknown): CellContent {
  if (value === "" || value === null || value === undefined) return null;
  if (typeof value === "number" || typeof value === "boolean" || value instanceof Date)
    return value;
  return literalText(String(value));
}

export type ValidationSpec = (
  | { kind: "atLeast"; min: number; help: string }
  | { kind: "between"; min: number; max: number; help: string }
  | { kind: "list"; values: string[]; help: string }
  | { kind: "date"; help: string }
) & {
  /** Warn instead of refusing: set where a kept value already breaks the rule, so it is not lost. */
  warnOnly?: boolean;
};

/**
 * Ends every conditional-format formula of ours (N of a text is 0): how a rebuild tells our rules from
 * a user's own on the same sheet, in any language.
 */
export const OUR_RULE_MARK = 'N("ssi-kpi")=0';

/**
 * A chart table's gaps are #N/A so that charts skip empty months; this rule shows them in a light grey
 * so they do not read as errors, while the charts still skip them. `area` is an A1 range, no sheet.
 */
export function mutedGaps(area: string, background = "#ffffff"): ConditionalRuleSpec {
  const topLeft = area.split(":")[0] ?? area;
  return {
    formula: `=AND(ISNA(${topLeft}),${OUR_RULE_MARK})`,
    background,
    fontColor: "#c8c8c8",
    ranges: [area],
  };
}

export interface ConditionalRuleSpec {
  /** A custom formula written for the top-left cell of the first range. */
  formula: string;
  background: string;
  fontColor?: string;
  ranges: string[];
}

export interface SheetPlan {
  name: string;
  rows: number;
  cols: number;
  /** Contents of the first values.length rows; the other grids cover all `rows`. */
  values: CellContent[][];
  /** A number format per cell; "" is Sheets' automatic format (written as `AUTOMATIC_FORMAT`). */
  numberFormats: string[][];
  backgrounds: string[][];
  fontColors: string[][];
  fontWeights: ("bold" | "normal")[][];
  fontSizes: number[][];
  /** Cells whose text wraps in its column (labels, sentences); empty when the plan leaves wrapping alone. */
  wraps: boolean[][];
  /** Empty when the plan leaves notes alone. */
  notes: string[][];
  validations: (ValidationSpec | null)[][];
  frozenRows: number;
  frozenColumns: number;
  hiddenRows: number[];
  hiddenColumns: number[];
  columnWidths: { col: number; count: number; width: number }[];
  conditionalRules: ConditionalRuleSpec[];
  namedRanges: { name: string; a1: string }[];
  /** Cells the user types in; everything else is protected with a warning. */
  inputAreas: string[];
  protectionDescription: string;
  /** Cells whose kept value breaks its validation (A1), for the toast. */
  invalidCells: string[];
  /** Cells of ours where a person had typed over our formula: the formula is back, the value in its note. */
  overwrittenCells?: string[];
}

/** A rows × cols grid filled with one value. */
export function grid<T>(rows: number, cols: number, value: T): T[][] {
  return Array.from({ length: rows }, () => Array.from({ length: cols }, () => value));
}

/**
 * The automatic number format as Sheets reports it for a cell never formatted: Apps Script documents
 * no meaning for an empty format, so this is what is written where a cell has no format of its own.
 */
export const AUTOMATIC_FORMAT = "0.###############";
