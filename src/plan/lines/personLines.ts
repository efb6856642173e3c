import { columnKeys, rowKeys } from "../layout";
import { type GridMap, mapAround } from "./formulaRefs";

/**
 * Rows and columns a person added to one of our sheets: ours carry a key (column A, row 1), theirs do
 * not. A rebuild keeps theirs where they are and fits our lines around them, as Sheets would have.
 */

/** An insert or delete of lines, as Apps Script's `insertRowsAfter`/`deleteRows` take it (1-based). */
export type LineEdit =
  | { kind: "delete"; at: number; count: number }
  | { kind: "insert"; after: number; count: number };

/** Where the plan's lines land on the sheet once our lines are fitted around a person's. */
export interface FittedLines {
  /** Edits to make first, in order: our lines the plan dropped go, the new ones come in. */
  edits: LineEdit[];
  /** The sheet line of each of the plan's lines (index 0 is the plan's line 1). */
  at: number[];
  /** How many lines the sheet has in use after the edits (ours, a person's, and theirs below ours). */
  total: number;
  /** A person's lines after the edits: kept as they are, written back as read. */
  person: number[];
  /** Keys of the plan's lines the sheet lacked: new ones, or ours a person deleted (they come back empty). */
  inserted: string[];
}

/** A key as read from the sheet: "" for a person's line. */
function keyOf(value: unknown): string {
  return typeof value === "string" || typeof value === "number" ? String(value) : "";
}

/**
 * Fits the plan's keyed lines (`planKeys`) onto the sheet's (`sheetKeys`, as read: "" for a line with
 * no key). Our lines the plan no longer has are deleted; a plan line the sheet lacks is inserted after
 * its predecessor and the person's lines that follow it. A person's line keeps its place after the
 * same line of ours, and a second line with a key already seen is treated as the person's copy. A line
 * the plan dropped but `keep` names (sheet lines, 1-based) is not deleted: it becomes the person's.
 */
export function fitLines(
  sheetKeys: unknown[],
  planKeys: readonly (string | number)[],
  keep: ReadonlySet<number> = new Set(),
): FittedLines {
  const wanted = new Set(planKeys.map(String));
  const edits: LineEdit[] = [];
  // The sheet's lines as keys ("" = a person's), after our dropped lines are deleted bottom-up.
  const seen = new Set<string>();
  const lines = sheetKeys.map((value) => {
    const key = keyOf(value);
    if (key === "" || seen.has(key)) return "";
    seen.add(key);
    return key;
  });
  lines.forEach((key, i) => {
    if (key !== "" && !wanted.has(key) && keep.has(i + 1)) lines[i] = "";
  });
  for (let i = lines.length - 1; i >= 0; i--) {
    const key = lines[i] ?? "";
    if (key === "" || wanted.has(key)) continue;
    let first = i;
    while (first > 0 && lines[first - 1] !== "" && !wanted.has(lines[first - 1] ?? "")) first--;
    edits.push({ kind: "delete", at: first + 1, count: i - first + 1 });
    lines.splice(first, i - first + 1);
    i = first;
  }
  const inserted: string[] = [];
  const known = new Set(lines.filter((k) => k !== ""));
  planKeys.forEach((raw, i) => {
    const key = String(raw);
    if (known.has(key)) return;
    // After the predecessor and the person's lines that follow it.
    const before = i === 0 ? -1 : lines.indexOf(String(planKeys[i - 1]));
    let pos = before + 1;
    while (pos < lines.length && lines[pos] === "") pos++;
    const last = edits[edits.length - 1];
    if (last?.kind === "insert" && last.after + last.count === pos) last.count++;
    else edits.push({ kind: "insert", after: pos, count: 1 });
    lines.splice(pos, 0, key);
    known.add(key);
    inserted.push(key);
  });
  // Our lines in the sheet's order take the plan's lines in the plan's order.
  const at: number[] = [];
  const person: number[] = [];
  lines.forEach((key, i) => {
    if (key === "") person.push(i + 1);
    else at.push(i + 1);
  });
  return { edits, at, total: lines.length, person, inserted };
}

/** The sheet line a plan line lands on; lines past the plan's last follow its last line. */
export function fittedLine(fit: Pick<FittedLines, "at">, line: number): number {
  const n = fit.at.length;
  if (line >= 1 && line <= n) return fit.at[line - 1] ?? line;
  return (fit.at[n - 1] ?? n) + line - n;
}

/** True when the fit is the plan as it stands: no person's line, nothing moved. */
export function isPlain(fit: FittedLines): boolean {
  return fit.person.length === 0 && fit.at.every((line, i) => line === i + 1);
}

/** A fit's person's lines as stored with the dashboard ("8,9|6"): what other sheets' references move by. */
export function encodeLines(rows: FittedLines, cols: FittedLines): string {
  return `${rows.person.join(",")}|${cols.person.join(",")}`;
}

/** The person's rows and columns of a stored encoding; none for an empty or unreadable one. */
export function decodeLines(stored: string | undefined): { rows: number[]; cols: number[] } {
  const [rows = "", cols = ""] = (stored ?? "").split("|");
  const numbers = (text: string) =>
    text
      .split(",")
      .map(Number)
      .filter((n) => Number.isInteger(n) && n > 0)
      .sort((a, b) => a - b);
  return { rows: numbers(rows), cols: numbers(cols) };
}

/** Where a dashboard's lines are, from its stored encoding: ours in order around the person's. */
export function linesMap(stored: string | undefined): GridMap {
  return mapAround(decodeLines(stored));
}

/** A dashboard's rows (keys in column A) and columns (keys in row 1) fitted to a layout's keys. */
export function fitDashboard(
  grid: unknown[][],
  layout: { rows: { key: string }[] },
): { rows: FittedLines; cols: FittedLines } {
  return {
    rows: fitLines(
      grid.map((row) => row[0]),
      rowKeys(layout),
    ),
    cols: fitLines(grid[0] ?? [], columnKeys()),
  };
}
