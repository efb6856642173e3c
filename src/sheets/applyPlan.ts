/** Applies a sheet plan in a fixed number of batched calls, whatever the data. */

import {
  formatAreas,
  type OurBlock,
  type PlacedPlan,
  runsOf,
  sliceBlock,
  wholePlan,
} from "../plan/lines/spreadPlan";
import {
  AUTOMATIC_FORMAT,
  OUR_RULE_MARK,
  type SheetPlan,
  type ValidationSpec,
} from "../plan/sheetPlan";
import { asEntered } from "./cells";
import { roomFor } from "./grid";

type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

export interface ApplyOptions {
  /**
   * Set the named ranges, conditional-format rules and wrapping: only when they are new or moved (each
   * name is one round trip, and a user's own rules must be read to be kept).
   */
  layout: boolean;
  /**
   * The sheet was just made: there is no user rule to keep and no format to read, and its whole layout
   * is set whatever `layout` says (a dashboard a person deleted comes back with its names and rules).
   */
  fresh?: boolean;
  /**
   * Write the look of our cells (colours, fonts, wraps, validation): false when it is the one written
   * last time, so a rebuild writes only values (a block costs two calls, not nine). Notes are part of it.
   */
  look?: boolean;
  /**
   * For a dashboard: how many rows the add-on's previous layout used (a shorter plan clears the rest,
   * and rows hidden before are shown again before the plan's are hidden).
   */
  rowsBefore?: number;
}

/**
 * Writes contents, formats, validation, layout, conditional colours, protection and names; answers
 * how many of our names and colour rules it found missing and put back.
 */
export function applySheetPlan(
  ss: Spreadsheet,
  sheet: Sheet,
  plan: PlacedPlan,
  options: ApplyOptions,
): Restored {
  roomFor(sheet, plan.rows, plan.cols);
  // A new sheet has none of its layout yet.
  const layout = options.layout || options.fresh === true;
  writeOurCells(sheet, plan, plan.blocks ?? wholePlan(plan), options);
  const missing = missingOfOurs(sheet, plan, options);
  const setRules = layout || missing.rules > 0;
  const setNames = layout || missing.names > 0;

  // The sheet's shape depends on its layout alone: set when the layout is new or changed, so a
  // column the user widened or a row they unhid stays as they left it across rebuilds.
  if (layout) setShape(sheet, plan, options);

  // One round trip fetches every range the rules, protection and names need.
  const a1s = [
    ...plan.conditionalRules.flatMap((r) => r.ranges),
    ...plan.inputAreas,
    ...(setNames ? plan.namedRanges.map((n) => n.a1) : []),
  ];
  if (a1s.length === 0) return missing;
  const ranges = sheet.getRangeList(a1s).getRanges();
  let next = 0;
  const take = (count: number) => {
    const slice = ranges.slice(next, next + count);
    next += count;
    return slice;
  };

  const rules = plan.conditionalRules.map((spec) => {
    const builder = SpreadsheetApp.newConditionalFormatRule()
      .whenFormulaSatisfied(spec.formula)
      .setBackground(spec.background)
      .setRanges(take(spec.ranges.length));
    return (spec.fontColor ? builder.setFontColor(spec.fontColor) : builder).build();
  });
  if (rules.length > 0 && setRules) {
    // Setting the rules replaces all of a sheet's rules: a user's own rules on our sheet are kept.
    const theirs = options.fresh
      ? []
      : (missing.read ?? sheet.getConditionalFormatRules()).filter((rule) => !isOurRule(rule));
    sheet.setConditionalFormatRules([...rules, ...theirs]);
  }

  const inputs = take(plan.inputAreas.length);
  if (plan.protectionDescription) protectFormulas(sheet, plan.protectionDescription, inputs);

  if (setNames) {
    const targets = take(plan.namedRanges.length);
    // A name that exists is moved with setRange: what setNamedRange does over one is not documented.
    const named =
      options.fresh || plan.namedRanges.length === 0
        ? new Map<string, GoogleAppsScript.Spreadsheet.NamedRange>()
        : new Map(sheet.getNamedRanges().map((n) => [n.getName(), n]));
    plan.namedRanges.forEach((n, i) => {
      const range = targets[i];
      if (!range) return;
      const existing = named.get(n.name);
      if (existing) existing.setRange(range);
      else ss.setNamedRange(n.name, range);
    });
  }
  return missing;
}

/** The sheet's shape: frozen lines, rows a previous layout used, hidden lines and column widths. */
function setShape(sheet: Sheet, plan: PlacedPlan, options: ApplyOptions): void {
  if (plan.frozenRows > 0) sheet.setFrozenRows(plan.frozenRows);
  if (plan.frozenColumns > 0) sheet.setFrozenColumns(plan.frozenColumns);
  const before = options.rowsBefore ?? 0;
  // Rows the previous layout used below this one's end were ours (an own metric or KPI removed).
  if (before > plan.rows) {
    const rest = sheet.getRange(plan.rows + 1, 1, before - plan.rows, plan.cols);
    rest.clear();
    rest.clearNote();
    rest.clearDataValidations();
  }
  // A metric shown again must come back: a dashboard's rows are all shown, then the plan's hidden.
  if (!options.fresh && options.rowsBefore !== undefined)
    sheet.showRows(1, Math.max(plan.rows, before));
  for (const [row, count] of runsOf(plan.hiddenRows)) sheet.hideRows(row, count);
  for (const col of plan.hiddenColumns) sheet.hideColumns(col);
  for (const w of plan.columnWidths) sheet.setColumnWidths(w.col, w.count, w.width);
}

/** Our named ranges and colour rules a person removed, found again by a rebuild that set neither. */
export interface Restored {
  names: number;
  rules: number;
}

/**
 * After a rebuild that leaves the layout as it was, checks that our names and colour rules are still
 * there (two calls): a person may have removed them. Names are counted, so a removed one is missed
 * only when a person added one of theirs to our sheet in its place.
 */
function missingOfOurs(
  sheet: Sheet,
  plan: SheetPlan,
  options: ApplyOptions,
): Restored & { read?: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] } {
  if (options.layout || options.fresh) return { names: 0, rules: 0 };
  let rules = 0;
  let read: GoogleAppsScript.Spreadsheet.ConditionalFormatRule[] | undefined;
  if (plan.conditionalRules.length > 0) {
    read = sheet.getConditionalFormatRules();
    rules = Math.max(0, plan.conditionalRules.length - read.filter(isOurRule).length);
  }
  const names =
    plan.namedRanges.length > 0
      ? Math.max(0, plan.namedRanges.length - sheet.getNamedRanges().length)
      : 0;
  return { names, rules, ...(read ? { read } : {}) };
}

/**
 * Writes our cells block by block, and nothing else: a person's lines between ours are never read or
 * written. Formats first, then validation, so a value in the new language is never refused by the
 * old language's list.
 */
function writeOurCells(sheet: Sheet, plan: SheetPlan, blocks: OurBlock[], options: ApplyOptions) {
  // An empty grid in the plan means "leave as it is".
  const cleared =
    plan.numberFormats.length > 0 && writeFormats(sheet, plan.numberFormats, blocks, options);
  // Clearing a format takes the cell's colours, fonts and wrap with it: the look is written again.
  const look = options.look !== false || options.fresh === true || cleared;
  const validations = look && plan.validations.length > 0 ? validationRules(plan.validations) : [];
  const values = plan.values.map((row) => row.map(asEntered));
  for (const block of blocks) {
    const range = sheet.getRange(block.row, block.col, block.numRows, block.numCols);
    const part = <T>(cells: T[][]) => sliceBlock(cells, block);
    if (validations.length > 0) range.setDataValidations(part(validations));
    const inBlock = part(values);
    if (inBlock.length === block.numRows) range.setValues(inBlock);
    else if (inBlock.length > 0)
      sheet.getRange(block.row, block.col, inBlock.length, block.numCols).setValues(inBlock);
    if (!look) continue;
    if (plan.notes.length > 0) range.setNotes(part(plan.notes));
    if (plan.backgrounds.length > 0) range.setBackgrounds(part(plan.backgrounds));
    if (plan.fontColors.length > 0) range.setFontColors(part(plan.fontColors));
    if (plan.fontWeights.length > 0) range.setFontWeights(part(plan.fontWeights));
    if (plan.fontSizes.length > 0) range.setFontSizes(part(plan.fontSizes));
    if (plan.wraps.length > 0) range.setWraps(part(plan.wraps));
  }
}

/**
 * Sets the number formats of ours that differ from the plan's, one call per format over all its
 * cells; where ours should be automatic, the format is cleared: no automatic format is ever written.
 * A sheet made before is read first (one call), so an unchanged rebuild writes none. True
 * when a format was cleared.
 */
function writeFormats(
  sheet: Sheet,
  formats: string[][],
  blocks: OurBlock[],
  options: ApplyOptions,
): boolean {
  // One read over the blocks' bounds: formats of a person's cells among them are read, never used.
  const bottom = Math.max(...blocks.map((b) => b.row + b.numRows - 1));
  const right = Math.max(...blocks.map((b) => b.col + b.numCols - 1));
  const now = options.fresh ? null : sheet.getRange(1, 1, bottom, right).getNumberFormats();
  const wanted = formats.map((line) => [...line]);
  for (const block of blocks) {
    for (let r = 0; r < block.numRows; r++)
      for (let c = 0; c < block.numCols; c++) {
        const line = wanted[block.planRow + r];
        if (!line) continue;
        const want = line[block.planCol + c] ?? "";
        const has = now ? shownFormat(now[block.row - 1 + r]?.[block.col - 1 + c] ?? "") : "";
        // Unchanged cells drop out of the writes (null is "leave it").
        if (has === want) line[block.planCol + c] = SAME_FORMAT;
      }
  }
  // Cleared first: clearing takes every format of a cell, a number format set after it stays.
  const areas = [...formatAreas(wanted, blocks)].sort(([a], [b]) =>
    a === "" ? -1 : b === "" ? 1 : 0,
  );
  for (const [format, a1s] of areas) {
    if (format === SAME_FORMAT) continue;
    const list = sheet.getRangeList(a1s);
    if (format === "") list.clearFormat();
    else list.setNumberFormat(format);
  }
  return areas.some(([format]) => format === "");
}

/** A cell whose format needs no write (a character no number format uses). */
const SAME_FORMAT = "\u0000";

/** The format a cell has as the plan names it: Sheets reports the automatic one as a pattern. */
function shownFormat(format: string): string {
  return format === AUTOMATIC_FORMAT || format.toLowerCase() === "general" ? "" : format;
}

/**
 * Warning-only protection of everything but the input cells: typing over a formula asks first.
 * A sheet has one sheet protection and `protect()` returns it when there is one, so a language
 * change renames it rather than adding another.
 */
function protectFormulas(
  sheet: Sheet,
  description: string,
  inputs: GoogleAppsScript.Spreadsheet.Range[],
): void {
  sheet.protect().setDescription(description).setWarningOnly(true).setUnprotectedRanges(inputs);
}

function isOurRule(rule: GoogleAppsScript.Spreadsheet.ConditionalFormatRule): boolean {
  const formula = rule.getBooleanCondition()?.getCriteriaValues()[0];
  return typeof formula === "string" && formula.includes(OUR_RULE_MARK);
}

/** One rule object per distinct spec: the builder is local, the write is one call. */
function validationRules(
  specs: (ValidationSpec | null)[][],
): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
  // A plan repeats one spec object down a column: it is known by identity before its text is made.
  const bySpec = new Map<ValidationSpec, GoogleAppsScript.Spreadsheet.DataValidation>();
  const byText = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();
  const ruleOf = (spec: ValidationSpec) => {
    const known = bySpec.get(spec);
    if (known) return known;
    const text = JSON.stringify(spec);
    const rule = byText.get(text) ?? buildValidation(spec);
    byText.set(text, rule);
    bySpec.set(spec, rule);
    return rule;
  };
  return specs.map((row) => row.map((spec) => (spec ? ruleOf(spec) : null)));
}

function buildValidation(spec: ValidationSpec): GoogleAppsScript.Spreadsheet.DataValidation {
  const b = SpreadsheetApp.newDataValidation()
    .setAllowInvalid(spec.warnOnly === true)
    .setHelpText(spec.help);
  switch (spec.kind) {
    case "atLeast":
      return b.requireNumberGreaterThanOrEqualTo(spec.min).build();
    case "between":
      return b.requireNumberBetween(spec.min, spec.max).build();
    case "list":
      return b.requireValueInList(spec.values, true).build();
    case "date":
      return b.requireDate().build();
  }
}
