/** Checks one typed figure against what its field allows, with the reason (a problem) when it does not fit. */
import { type InputKind, PROFILE_LEVELS, type ProfileLevel } from "./catalog";
import { messages } from "./i18n";
import {
  decimalSeparator,
  groupedNumber,
  LANGUAGES,
  type Language,
  numberInText,
} from "./language";
import { parseNumber } from "./numbers";
import { type Problem, problem } from "./problem";

export type Checked<T> = { ok: true; value: T } | { ok: false; problem: Problem };

export interface NumberRule {
  min: number;
  max?: number;
  integer?: boolean;
  /**
   * At most this many decimals: what LinkedIn shows. More would round differently in the sheet
   * (ROUND on a binary float) and in code, so both would not agree on 21.155.
   */
  decimals?: number;
}

/** A number within a rule, or blank (null); text with a decimal comma is read in the user's language. */
export function checkNumber(
  raw: unknown,
  rule: NumberRule,
  language: Language,
): Checked<number | null> {
  const parsed = parseNumber(raw, decimalSeparator(language));
  const refused = (p: Problem): Checked<number | null> => ({ ok: false, problem: p });
  if (!parsed.ok) return refused(problem("errors.notNumber", { value: parsed.text }));
  const value = parsed.value;
  if (value === null) return { ok: true, value: null };
  const shown = numberInText(value, language);
  if (value < 0 && rule.min >= 0) return refused(problem("errors.negative", { value: shown }));
  if (value < rule.min || (rule.max !== undefined && value > rule.max)) {
    const outside = problem("errors.outOfRange", {
      value: shown,
      min: groupedNumber(rule.min, language),
      max: rule.max === undefined ? "∞" : groupedNumber(rule.max, language),
    });
    const hint = commaHint(raw, language);
    return refused(hint ? { ...outside, hint } : outside);
  }
  if (rule.integer && !Number.isInteger(value))
    return refused(problem("errors.notWhole", { value: shown }));
  if (rule.decimals !== undefined && !hasAtMostDecimals(value, rule.decimals))
    return refused(problem("errors.tooManyDecimals", { value: shown }));
  return { ok: true, value };
}

/**
 * "21,165" in English reads as 21165: when such a figure is refused and its comma could have been
 * meant as a decimal comma, the hint says how to write decimals there (null otherwise).
 */
export function commaHint(raw: unknown, language: Language): Problem | null {
  if (decimalSeparator(language) !== "." || typeof raw !== "string") return null;
  const text = raw.trim();
  if (!/^[+-]?\d+,\d+$/.test(text)) return null;
  return problem("errors.commaHint", { suggestion: text.replace(",", ".") });
}

function hasAtMostDecimals(value: number, decimals: number): boolean {
  const scaled = value * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-6;
}

/** The profile level named by an id or by its label in any of our languages. */
export function parseLevel(raw: unknown): ProfileLevel | null {
  if (typeof raw !== "string") return null;
  const text = raw.trim().toLowerCase();
  for (const level of PROFILE_LEVELS) {
    if (level === text) return level;
    if (LANGUAGES.some((lang) => messages(lang).levels[level].toLowerCase() === text)) return level;
  }
  return null;
}

/** A profile level, or blank. */
export function checkLevel(raw: unknown): Checked<ProfileLevel | null> {
  if (raw === null || raw === undefined || (typeof raw === "string" && raw.trim() === "")) {
    return { ok: true, value: null };
  }
  const level = parseLevel(raw);
  if (level) return { ok: true, value: level };
  const levels = { texts: PROFILE_LEVELS.map((l) => `levels.${l}` as const) };
  return { ok: false, problem: problem("errors.level", { value: String(raw), levels }) };
}

/** The largest figure a month can hold: more is a typo, not a LinkedIn figure. */
export const MAX_FIGURE = 1_000_000_000;

/** The rule a metric's input kind follows. */
export function ruleOf(kind: Exclude<InputKind, "level" | "derived">): NumberRule {
  return kind === "count"
    ? { min: 0, max: MAX_FIGURE, integer: true }
    : { min: 0, max: MAX_FIGURE };
}

export const PILLAR_RULE: NumberRule = { min: 0, max: 25, decimals: 2 };
export const PERCENT_RULE: NumberRule = { min: 0, max: 100, decimals: 2 };
