/** What a user cell of the dashboard accepts: its rule, its validation, and its number format. */
import { type Metric, PROFILE_LEVELS } from "../../domain/catalog";
import { fill, messages } from "../../domain/i18n";
import type { Language } from "../../domain/language";
import { checkLevel, checkNumber, type NumberRule, parseLevel, ruleOf } from "../../domain/values";
import type { CellContent, ValidationSpec } from "../sheetPlan";

export type CellRule =
  | { kind: "number"; rule: NumberRule; help: string }
  | { kind: "level"; labels: string[]; help: string };

/** The rule of a metric's month cells, with its help text in the language. */
export function ruleOfMetric(metric: Metric, language: Language): CellRule {
  const m = messages(language);
  if (metric.input === "level") {
    const labels = PROFILE_LEVELS.map((l) => m.levels[l]);
    return { kind: "level", labels, help: fill(m.validation.level, { levels: labels.join(", ") }) };
  }
  const kind = metric.input === "rate" ? "rate" : "count";
  return { kind: "number", rule: ruleOf(kind), help: m.validation[kind] };
}

/** The data validation a rule sets on its cells. */
export function validationOf(rule: CellRule): ValidationSpec {
  if (rule.kind === "level") return { kind: "list", values: rule.labels, help: rule.help };
  if (rule.rule.max !== undefined)
    return { kind: "between", min: rule.rule.min, max: rule.rule.max, help: rule.help };
  return { kind: "atLeast", min: rule.rule.min, help: rule.help };
}

/** A kept text that is a number or level in disguise ("21,16", "experto") in today's form. */
export function normalizeTyped(
  text: string,
  rule: CellRule,
  language: Language,
): CellContent | undefined {
  if (rule.kind === "level") {
    const level = parseLevel(text);
    return level ? messages(language).levels[level] : undefined;
  }
  const checked = checkNumber(text, rule.rule, language);
  return checked.ok && checked.value !== null ? checked.value : undefined;
}

/** True when a cell's content meets its rule (a formula is the user's own business). */
export function isValid(content: CellContent, rule: CellRule, language: Language): boolean {
  if (typeof content === "string" && content.startsWith("=")) return true;
  if (rule.kind === "level") return checkLevel(content).ok;
  return typeof content === "number" && checkNumber(content, rule.rule, language).ok;
}

/** The number format of a metric's row. */
export function metricFormat(metric: Metric): string {
  // Levels are texts: no number format, and no plain-text "@" either (texts are written escaped).
  if (metric.input === "level") return "";
  // "0.##" would show 67 as "67." in Sheets: scores and rates keep two decimals.
  if (metric.input === "rate" || metric.input === "derived") return "0.00";
  return "#,##0";
}
