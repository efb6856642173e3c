/** How custom functions read what Sheets passes: single values or 2D ranges, blanks, decimal commas. */
import { fill, messages } from "../domain/i18n";
import { isLanguage, type Language } from "../domain/language";
import { parseNumber } from "../domain/numbers";

export type Cell = string | number | boolean | Date | null | undefined;
export type Arg = Cell | Cell[][];
export type Grid<T> = T[][];

/** The messages for a function's errors: in the language argument when one was given. */
export function functionMessages(language: Language) {
  return messages(language).functions;
}

/** Reads an optional language argument ("es"); English when blank. */
export function languageArg(name: string, value: Arg): Language {
  if (value === undefined || value === null || value === "") return "en";
  const code = String(value).trim().toLowerCase();
  if (isLanguage(code)) return code;
  throw new Error(fill(functionMessages("en").language, { name, value: String(value) }));
}

/** A value as a grid: a single value is a 1×1 range. */
export function asGrid(value: Arg): Grid<Cell> {
  return Array.isArray(value) ? value : [[value]];
}

/** Every cell of a value, row by row. */
export function cells(value: Arg): Cell[] {
  return asGrid(value).flat();
}

/** True for an empty cell. */
export function isBlank(value: Cell): boolean {
  return value === null || value === undefined || value === "";
}

/** A number from a cell ("21,16" included), null when blank; throws with the function's name otherwise. */
export function numberOf(name: string, value: Cell, language: Language): number | null {
  // parseNumber gives null for a blank and refuses a boolean or a date with its text.
  const parsed = parseNumber(value);
  if (!parsed.ok)
    throw new Error(fill(functionMessages(language).notNumber, { name, value: parsed.text }));
  return parsed.value;
}

/** Applies `fn` cell by cell; a single value gives a single result, a range a range of the same shape. */
export function mapCells<T>(
  value: Arg,
  fn: (cell: Cell, row: number, col: number) => T,
): T | T[][] {
  if (!Array.isArray(value)) return fn(value, 0, 0);
  return value.map((row, r) => row.map((c, k) => fn(c, r, k)));
}
