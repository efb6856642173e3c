/** Data validation and conditional-format rules, and the builders that make them. */
import type { Area } from "./a1";
import type { Range } from "./range";
import type { CfRuleData, ValidationData } from "./workbook";

/** A cell's validation rule, as Apps Script's DataValidation. */
export class DataValidation {
  constructor(readonly data: ValidationData) {}
  getCriteriaType(): string {
    return this.data.criteria;
  }
  getCriteriaValues(): unknown[] {
    return this.data.args;
  }
  getHelpText(): string {
    return this.data.helpText;
  }
  getAllowInvalid(): boolean {
    return this.data.allowInvalid;
  }

  /** What Sheets does when a person types `value`: null if accepted, else the help text. */
  check(value: unknown): string | null {
    if (this.data.allowInvalid || value === "" || value === null) return null;
    return accepts(this.data, value) ? null : this.data.helpText || "Input must be valid.";
  }
}

function accepts(rule: ValidationData, value: unknown): boolean {
  const [a, b] = rule.args as [unknown, unknown];
  switch (rule.criteria) {
    case "NUMBER_BETWEEN":
      return typeof value === "number" && value >= Number(a) && value <= Number(b);
    case "NUMBER_GREATER_THAN_OR_EQUAL_TO":
      return typeof value === "number" && value >= Number(a);
    case "VALUE_IN_LIST":
      return (a as unknown[]).includes(value);
    case "DATE_IS_VALID_DATE":
      return value instanceof Date;
    case "CHECKBOX":
      return typeof value === "boolean";
    default:
      return true;
  }
}

/** Builds a DataValidation. */
export class DataValidationBuilder {
  private data: ValidationData = { criteria: "", args: [], allowInvalid: true, helpText: "" };
  requireNumberBetween(start: number, end: number): DataValidationBuilder {
    this.data = { ...this.data, criteria: "NUMBER_BETWEEN", args: [start, end] };
    return this;
  }
  requireNumberGreaterThanOrEqualTo(number: number): DataValidationBuilder {
    this.data = { ...this.data, criteria: "NUMBER_GREATER_THAN_OR_EQUAL_TO", args: [number] };
    return this;
  }
  requireValueInList(values: string[], showDropdown = true): DataValidationBuilder {
    this.data = { ...this.data, criteria: "VALUE_IN_LIST", args: [[...values], showDropdown] };
    return this;
  }
  requireDate(): DataValidationBuilder {
    this.data = { ...this.data, criteria: "DATE_IS_VALID_DATE", args: [] };
    return this;
  }
  /** A checkbox: Sheets takes TRUE or FALSE in it, and refuses anything else. */
  requireCheckbox(): DataValidationBuilder {
    this.data = { ...this.data, criteria: "CHECKBOX", args: [] };
    return this;
  }
  setAllowInvalid(allowInvalid: boolean): DataValidationBuilder {
    this.data = { ...this.data, allowInvalid };
    return this;
  }
  setHelpText(helpText: string): DataValidationBuilder {
    this.data = { ...this.data, helpText };
    return this;
  }
  build(): DataValidation {
    if (!this.data.criteria) throw new Error("Exception: You must set a criteria before building.");
    return new DataValidation({ ...this.data });
  }
}

/** A conditional-format rule, as Apps Script's ConditionalFormatRule. */
export class ConditionalFormatRule {
  constructor(readonly data: CfRuleData) {}
  getRanges(): Area[] {
    return this.data.ranges.map((r) => r.area);
  }
  getBooleanCondition(): { getCriteriaValues(): string[] } {
    const formula = this.data.formula;
    return { getCriteriaValues: () => [formula] };
  }
}

/** Builds a ConditionalFormatRule from a custom formula. */
export class ConditionalFormatRuleBuilder {
  private data: CfRuleData = {
    formula: "",
    background: null,
    fontColor: null,
    bold: null,
    ranges: [],
  };
  whenFormulaSatisfied(formula: string): ConditionalFormatRuleBuilder {
    this.data.formula = formula;
    return this;
  }
  setBackground(color: string | null): ConditionalFormatRuleBuilder {
    this.data.background = color;
    return this;
  }
  setFontColor(color: string | null): ConditionalFormatRuleBuilder {
    this.data.fontColor = color;
    return this;
  }
  setBold(bold: boolean | null): ConditionalFormatRuleBuilder {
    this.data.bold = bold;
    return this;
  }
  setRanges(ranges: Range[]): ConditionalFormatRuleBuilder {
    this.data.ranges = ranges.map((r) => ({ sheetId: r.sheetState.id, area: { ...r.area } }));
    return this;
  }
  build(): ConditionalFormatRule {
    if (!this.data.formula) throw new Error("Exception: The rule needs a condition.");
    return new ConditionalFormatRule({ ...this.data, ranges: [...this.data.ranges] });
  }
}
