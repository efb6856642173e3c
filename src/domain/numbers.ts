/** Number parsing for figures typed or pasted in English, Spanish, German or Polish. */

/** A parsed number, or why the text is not one. */
export type NumberParse = { ok: true; value: number | null } | { ok: false; text: string };

const PLAIN = /^[+-]?\d+(\.\d+)?$/;

/**
 * Reads a number written with a decimal point or a decimal comma ("21,16", "1.234,5", "1,234.5").
 * Blank text is `null`. `decimal` is the separator the user's language prefers; a lone other
 * separator counts as thousands only when exactly three digits follow it ("1.234" in German).
 * @example parseNumber("21,16") // { ok: true, value: 21.16 }
 */
export function parseNumber(input: unknown, decimal?: "," | "."): NumberParse {
  if (input === null || input === undefined) return { ok: true, value: null };
  if (typeof input === "number") {
    return Number.isFinite(input) ? { ok: true, value: input } : { ok: false, text: String(input) };
  }
  if (typeof input !== "string") return { ok: false, text: String(input) };
  const text = input.replace(/[\s\u00a0\u202f']/g, "").replace(/^\u2212/, "-");
  if (text === "") return { ok: true, value: null };
  const normalized = normalizeSeparators(text, decimal);
  if (normalized === null || !PLAIN.test(normalized)) return { ok: false, text: input.trim() };
  return { ok: true, value: Number(normalized) };
}

function normalizeSeparators(text: string, decimal?: "," | "."): string | null {
  const commas = count(text, ",");
  const dots = count(text, ".");
  if (commas === 0 && dots === 0) return text;
  if (commas > 0 && dots > 0) {
    const decimalSep = text.lastIndexOf(",") > text.lastIndexOf(".") ? "," : ".";
    const thousands = decimalSep === "," ? "." : ",";
    if (count(text, decimalSep) > 1) return null;
    return stripThousands(text, thousands);
  }
  const sep = commas > 0 ? "," : ".";
  if (count(text, sep) > 1) return stripThousands(text, sep);
  const groupOfThree = new RegExp(`^[+-]?\\d{1,3}\\${sep}\\d{3}$`).test(text);
  if (decimal !== undefined && sep !== decimal && groupOfThree) return text.replace(sep, "");
  return text.replace(sep, ".");
}

/** Drops `sep` as a thousands separator ("1.234.567"); the other separator, if any, is the decimal one. */
function stripThousands(text: string, sep: string): string | null {
  const [whole = "", fraction] = text.split(sep === "," ? "." : ",");
  const sign = /^[+-]/.exec(whole)?.[0] ?? "";
  const groups = whole.slice(sign.length).split(sep);
  const valid = groups.every((g, i) => (i === 0 ? /^\d{1,3}$/.test(g) : /^\d{3}$/.test(g)));
  if (!valid) return null;
  const number = `${sign}${groups.join("")}`;
  return fraction === undefined ? number : `${number}.${fraction}`;
}

function count(text: string, ch: string): number {
  return text.split(ch).length - 1;
}

/** Rounds half away from zero to `digits` decimals, as the spreadsheet's ROUND does. */
export function round(value: number, digits = 2): number {
  const factor = 10 ** digits;
  const scaled = Math.abs(value) * factor;
  return (Math.sign(value) * Math.round(scaled + 1e-9)) / factor || 0;
}
