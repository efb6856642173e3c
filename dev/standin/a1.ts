/** A1 notation for the stand-in: parse and write cell and range addresses, 1-based as Apps Script counts. */
import { columnLetter } from "../../src/plan/a1";

export { quoteSheet } from "../../src/plan/a1";

export interface Area {
  row: number;
  col: number;
  numRows: number;
  numCols: number;
}

function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Splits "'My sheet'!A1:B2" into the sheet name (if any) and the range part. */
export function splitSheet(a1: string): { sheet: string | null; ref: string } {
  const bang = a1.lastIndexOf("!");
  if (bang < 0) return { sheet: null, ref: a1 };
  const raw = a1.slice(0, bang);
  const sheet = raw.startsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, ref: a1.slice(bang + 1) };
}

/** Parses "B2", "B2:D9", "A:A" or "3:5" against a sheet of `maxRows` × `maxCols`. */
export function parseA1(ref: string, maxRows: number, maxCols: number): Area {
  const clean = ref.replace(/\$/g, "").toUpperCase();
  const [a, b = a] = clean.split(":");
  const start = parseEnd(a ?? "", true, maxRows, maxCols);
  const end = parseEnd(b ?? "", false, maxRows, maxCols);
  if (!start || !end) throw new Error("Range not found");
  const row = Math.min(start.row, end.row);
  const col = Math.min(start.col, end.col);
  return {
    row,
    col,
    numRows: Math.abs(end.row - start.row) + 1,
    numCols: Math.abs(end.col - start.col) + 1,
  };
}

function parseEnd(
  part: string,
  isStart: boolean,
  maxRows: number,
  maxCols: number,
): { row: number; col: number } | null {
  const m = /^([A-Z]*)(\d*)$/.exec(part);
  if (!m || (m[1] === "" && m[2] === "")) return null;
  const col = m[1] ? columnNumber(m[1]) : isStart ? 1 : maxCols;
  const row = m[2] ? Number(m[2]) : isStart ? 1 : maxRows;
  return { row, col };
}

/** "B2:D9" for an area (a single cell is "B2"). */
export function toA1(area: Area): string {
  const start = `${columnLetter(area.col)}${area.row}`;
  if (area.numRows === 1 && area.numCols === 1) return start;
  return `${start}:${columnLetter(area.col + area.numCols - 1)}${area.row + area.numRows - 1}`;
}
