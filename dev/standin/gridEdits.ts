/**
 * Rows and columns inserted or deleted anywhere, as Sheets moves what points across them: cell keys,
 * areas of named ranges, rules, charts, protections and merges, hidden and frozen lines.
 */
import type { Area } from "./a1";

export type Axis = "rows" | "cols";

/** An edit of a sheet's grid: `count` lines inserted before `at`, or deleted from `at` on. */
export interface GridEdit {
  axis: Axis;
  at: number;
  count: number;
  kind: "insert" | "delete";
  /**
   * For an insert: the line (numbered after the insert) whose formats and validation the new lines
   * take, as the Sheets API's `inheritFromBefore` does: the line above for insertRowsAfter, the line
   * below for insertRowsBefore.
   */
  inheritFrom?: number;
}

/** Where a line (row or column number) goes after the edit; null when it was deleted. */
export function movedLine(line: number, edit: GridEdit): number | null {
  if (line < edit.at) return line;
  if (edit.kind === "insert") return line + edit.count;
  return line < edit.at + edit.count ? null : line - edit.count;
}

/**
 * An area after the edit. As in Sheets, lines inserted inside an area widen it (but not lines inserted
 * right before its first or after its last); deleted lines narrow it; null when all of it was deleted.
 */
export function movedArea(area: Area, edit: GridEdit): Area | null {
  const rows = edit.axis === "rows";
  const start = rows ? area.row : area.col;
  const size = rows ? area.numRows : area.numCols;
  const end = start + size - 1;
  let first: number;
  let last: number;
  if (edit.kind === "insert") {
    first = start >= edit.at ? start + edit.count : start;
    last = end >= edit.at ? end + edit.count : end;
  } else {
    const survivors = [start, end].map((l) => movedLine(l, edit));
    const gone = edit.at <= start && edit.at + edit.count - 1 >= end;
    if (gone) return null;
    first = survivors[0] ?? edit.at;
    last = survivors[1] ?? edit.at - 1;
  }
  return rows
    ? { ...area, row: first, numRows: last - first + 1 }
    : { ...area, col: first, numCols: last - first + 1 };
}

/** The row and column of a cell's key in a sheet's records ("5,3" is row 5, column 3). */
export function cellOfKey(key: string): [number, number] {
  const comma = key.indexOf(",");
  return [Number(key.slice(0, comma)), Number(key.slice(comma + 1))];
}

/** A record keyed "row,col" after the edit: deleted cells dropped, the rest moved. */
export function movedCells<T>(record: Record<string, T>, edit: GridEdit): Record<string, T> {
  const out: Record<string, T> = {};
  for (const [k, v] of Object.entries(record)) {
    const [r, c] = cellOfKey(k);
    const moved = movedLine(edit.axis === "rows" ? r : c, edit);
    if (moved === null) continue;
    out[edit.axis === "rows" ? `${moved},${c}` : `${r},${moved}`] = v;
  }
  return out;
}

/** A list of line numbers (hidden rows or columns) after the edit. */
export function movedLines(lines: number[], edit: GridEdit): number[] {
  return lines.map((l) => movedLine(l, edit)).filter((l): l is number => l !== null);
}

/** Frozen lines: an insert or delete among them grows or shrinks them, as in Sheets. */
export function movedFrozen(frozen: number, edit: GridEdit): number {
  if (frozen === 0 || edit.at > frozen) return frozen;
  if (edit.kind === "insert") return frozen + edit.count;
  return frozen - Math.max(0, Math.min(frozen, edit.at + edit.count - 1) - edit.at + 1);
}

/**
 * The styles of lines just inserted, copied from the line they inherit from: formats and validation,
 * but not notes (a note belongs to one cell, not to its line's look).
 */
export function inheritedStyles<T extends { note?: string }>(
  styles: Record<string, T>,
  edit: GridEdit,
): Record<string, T> {
  const from = edit.inheritFrom;
  if (edit.kind !== "insert" || from === undefined) return styles;
  const out = { ...styles };
  for (const [k, v] of Object.entries(styles)) {
    const [r, c] = cellOfKey(k);
    if ((edit.axis === "rows" ? r : c) !== from) continue;
    const { note: _note, ...look } = v;
    if (Object.keys(look).length === 0) continue;
    for (let line = edit.at; line < edit.at + edit.count; line++)
      out[edit.axis === "rows" ? `${line},${c}` : `${r},${line}`] = look as T;
  }
  return out;
}
