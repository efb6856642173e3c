/** Applies a sheet plan in a fixed number of batched calls, whatever the data. */
import {
  AUTOMATIC_FORMAT,
  OUR_RULE_MARK,
  type SheetPlan,
  type ValidationSpec,
} from "../plan/sheetPlan";
import { runsOf, type SpreadPlan, type SpreadValidation } from "../plan/spreadPlan";
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
  /** The sheet was just made: there is no user rule to keep. */
  fresh?: boolean;
  /** The sheet was just cleared (`Sheet.clear()` takes its formatting, wrapping included). */
  cleared?: boolean;
  /**
   * For a dashboard: how many rows the add-on's previous layout used (a shorter plan clears the rest,
   * and rows hidden before are shown again before the plan's are hidden).
   */
  rowsBefore?: number;
}

/** Writes contents, formats, validation, layout, conditional colours, protection and names. */
export function applySheetPlan(
  ss: Spreadsheet,
  sheet: Sheet,
  plan: SheetPlan | SpreadPlan,
  options: ApplyOptions,
): void {
  roomFor(sheet, plan.rows, plan.cols);
  const all = sheet.getRange(1, 1, plan.rows, plan.cols);
  // Formats and validation first: values are then read as the new layout means them, and a value
  // in the new language is never refused by the old language's list.
  // An empty grid in the plan means "leave as it is".
  if (plan.numberFormats.length > 0)
    all.setNumberFormats(plan.numberFormats.map((row) => row.map((f) => f || AUTOMATIC_FORMAT)));
  if (plan.validations.length > 0) all.setDataValidations(validationRules(plan.validations));
  const values = plan.values.map((row) => row.map(asEntered));
  if (values.length === plan.rows) all.setValues(values);
  else if (values.length > 0) sheet.getRange(1, 1, values.length, plan.cols).setValues(values);
  if (plan.backgrounds.length > 0) all.setBackgrounds(plan.backgrounds);
  if (plan.fontColors.length > 0) all.setFontColors(plan.fontColors);
  if (plan.fontWeights.length > 0) all.setFontWeights(plan.fontWeights);
  if (plan.fontSizes.length > 0) all.setFontSizes(plan.fontSizes);
  if (plan.notes.length > 0) all.setNotes(plan.notes);
  if (plan.wraps.length > 0 && (options.layout || options.fresh || options.cleared))
    all.setWraps(plan.wraps);

  // The sheet's shape depends on its layout alone: set when the layout is new or changed, so a
  // column the user widened or a row they unhid stays as they left it across rebuilds.
  if (options.layout || options.fresh) {
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

  // One round trip fetches every range the rules, protection and names need.
  const a1s = [
    ...plan.conditionalRules.flatMap((r) => r.ranges),
    ...plan.inputAreas,
    ...(options.layout ? plan.namedRanges.map((n) => n.a1) : []),
  ];
  if (a1s.length === 0) return;
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
  if (rules.length > 0 && options.layout) {
    // Setting the rules replaces all of a sheet's rules: a user's own rules on our sheet are kept.
    const theirs = options.fresh
      ? []
      : sheet.getConditionalFormatRules().filter((rule) => !isOurRule(rule));
    sheet.setConditionalFormatRules([...rules, ...theirs]);
  }

  const inputs = take(plan.inputAreas.length);
  if (plan.protectionDescription) protectFormulas(sheet, plan.protectionDescription, inputs);

  if (options.layout) {
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
  specs: SpreadValidation[][],
): (GoogleAppsScript.Spreadsheet.DataValidation | null)[][] {
  const cache = new Map<string, GoogleAppsScript.Spreadsheet.DataValidation>();
  return specs.map((row) =>
    row.map((spec) => {
      if (!spec) return null;
      // A person's own rule, as read: handed back untouched.
      if ("kept" in spec) return spec.kept as GoogleAppsScript.Spreadsheet.DataValidation;
      const key = JSON.stringify(spec);
      let rule = cache.get(key);
      if (!rule) {
        rule = buildValidation(spec);
        cache.set(key, rule);
      }
      return rule;
    }),
  );
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
