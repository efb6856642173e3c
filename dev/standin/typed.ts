/**
 * How Sheets reads a string given to setValue(s): as if a person typed it in a cell of the spreadsheet's
 * locale. Formulas, numbers, percentages, booleans and dates are recognized; a leading apostrophe or the
 * plain-text format "@" keeps the text as it is.
 */
import { daySerial } from "./format";
import type { Raw } from "./workbook";

/** What a typed string becomes: the raw content stored, and a number format Sheets adds (dates, %). */
export interface Typed {
  raw: Raw;
  format?: string;
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Locales writing decimals with a comma (the rest of Europe and Latin America, as Sheets does). */
function usesDecimalComma(locale: string): boolean {
  return !/^(en|ja|zh|ko|th|he|hi)(_|$)/.test(locale) || /^en_(ZA|DK)/.test(locale);
}

/** Day-first dates (everyone but the US and a few others). */
function dayFirst(locale: string): boolean {
  return !/^en_(US|PH|CA)$/.test(locale) && !/^en$/.test(locale);
}

function number(text: string, locale: string): number | null {
  const comma = usesDecimalComma(locale);
  const dec = comma ? "," : "\\.";
  const group = comma ? "[. \\u00a0]" : ",";
  const pattern = new RegExp(
    `^([+-]?)(\\d{1,3}(?:${group}\\d{3})+|\\d+)?(?:${dec}(\\d+))?(?:[eE]([+-]?\\d+))?$`,
  );
  const m = pattern.exec(text);
  if (!m || (m[2] === undefined && m[3] === undefined)) return null;
  const whole = (m[2] ?? "0").replace(/[^\d]/g, "");
  return Number(`${m[1]}${whole}.${m[3] ?? "0"}e${m[4] ?? "0"}`);
}

function validDay(y: number, m: number, d: number): number | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d)
    return null;
  return daySerial(y, m, d);
}

function fullYear(y: string): number {
  const n = Number(y);
  return y.length <= 2 ? (n < 30 ? 2000 + n : 1900 + n) : n;
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** A date a person could type: ISO, the locale's numeric order, or English month names. */
function date(text: string, locale: string, thisYear: number): Typed | null {
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return day(validDay(Number(iso[1]), Number(iso[2]), Number(iso[3])), "yyyy-mm-dd");
  const numeric = /^(\d{1,2})([/.-])(\d{1,2})(?:\2(\d{2}|\d{4}))?$/.exec(text);
  if (numeric) {
    const [a, b] = [Number(numeric[1]), Number(numeric[3])];
    const [d, m] = dayFirst(locale) ? [a, b] : [b, a];
    const y = numeric[4] ? fullYear(numeric[4]) : thisYear;
    // "1.2" is a number where the point is the decimal mark, never a date.
    if (numeric[2] === "." && !usesDecimalComma(locale)) return null;
    return day(validDay(y, m, d), dayFirst(locale) ? "dd/mm/yyyy" : "m/d/yyyy");
  }
  const named = /^(?:(\d{1,2})[ -])?([A-Za-z]{3,9})\.?[ -,]*(\d{1,2},? )?(\d{2}|\d{4})$/.exec(text);
  if (named?.[2] && monthOf(named[2]) > 0) {
    const d = Number(named[1] ?? named[3]?.replace(",", "") ?? 1);
    return day(validDay(fullYear(named[4] ?? ""), monthOf(named[2]), d), "mmm yyyy");
  }
  return null;
}

function day(serial: number | null, format: string): Typed | null {
  return serial === null ? null : { raw: serial, format };
}

/** Parses a string as Sheets does when it is written with setValue(s). */
export function typedEntry(
  text: string,
  locale: string,
  plainTextCell: boolean,
  thisYear: number,
): Typed {
  if (text === "") return { raw: null };
  // A plain-text cell keeps everything as typed.
  if (plainTextCell) return { raw: `'${text}` };
  if (text.startsWith("'")) return { raw: text };
  if (text.startsWith("=")) return { raw: text };
  const t = text.trim();
  if (/^(true|false)$/i.test(t)) return { raw: t.toLowerCase() === "true" };
  const n = number(t, locale);
  if (n !== null) return { raw: n };
  const pct = /^(.*\d)\s?%$/.exec(t);
  if (pct?.[1]) {
    const p = number(pct[1], locale);
    if (p !== null) return { raw: p / 100, format: "0.00%" };
  }
  const d = date(t, locale, thisYear);
  if (d) return d;
  // A leading + or - starts a formula, as when typed ("+49 30 1234" is a formula parse error).
  if (/^[+-]/.test(t)) return { raw: `=${t}` };
  return { raw: `'${text}` };
}
