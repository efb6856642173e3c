/**
 * Moves the A1 references of a formula as Sheets moves them when lines are inserted: a plan written for
 * its own grid then points at the same cells on a sheet where a person added rows or columns.
 */
import { columnLetter } from "../a1";

/** Where a line of the plan's grid sits on the sheet, for rows and for columns. */
export interface GridMap {
  row: (line: number) => number;
  col: (line: number) => number;
}

/** Which references to move: `null` for those without a sheet name, else a sheet's name. */
export type MapFor = (sheet: string | null) => GridMap | null;

const QUALIFIER = "(?:'(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!";
const C = String.raw`\$?[A-Z]{1,3}`;
const R = String.raw`\$?[0-9]+`;
// Longest forms first: a range of cells, a cell to an open-ended column, whole columns, whole rows, a cell.
const REF = new RegExp(
  `"(?:[^"]|"")*"|(?<![A-Za-z0-9_.$'])(${QUALIFIER})?(${C}${R}:${C}${R}|${C}${R}:${C}(?![0-9])|${C}:${C}|${R}:${R}|${C}${R})(?![A-Za-z0-9_(!])`,
  "g",
);

function unquote(qualifier: string): string {
  const name = qualifier.slice(0, -1);
  return name.startsWith("'") ? name.slice(1, -1).replace(/''/g, "'") : name;
}

/** One end of a reference ("$E5", "E", "$12") moved through the map; `$` signs kept. */
function movedEnd(end: string, map: GridMap): string {
  const m = /^(\$?)([A-Z]*)(\$?)([0-9]*)$/.exec(end);
  if (!m) return end;
  const [, colAbs = "", letters = "", rowAbs = "", digits = ""] = m;
  const col = letters ? colAbs + columnLetter(map.col(columnNumber(letters))) : colAbs;
  const row = digits ? rowAbs + String(map.row(Number(digits))) : rowAbs;
  return col + row;
}

/** 1-based column number of its letters (A → 1, AA → 27). */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}

/** The formula with every reference `mapFor` names moved; texts in quotes and other sheets' references stay. */
export function movedFormula(formula: string, mapFor: MapFor): string {
  if (!formula.startsWith("=")) return formula;
  return formula.replace(REF, (whole, qualifier: string | undefined, ref: string | undefined) => {
    if (ref === undefined) return whole;
    const map = mapFor(qualifier ? unquote(qualifier) : null);
    if (!map) return whole;
    return (
      (qualifier ?? "") +
      ref
        .split(":")
        .map((end) => movedEnd(end, map))
        .join(":")
    );
  });
}

/** An A1 range of the plan's grid ("E5:P9", no sheet name) moved onto the sheet. */
export function movedArea(a1: string, map: GridMap): string {
  return a1
    .split(":")
    .map((end) => movedEnd(end, map))
    .join(":");
}

/** A grid of plan contents with every formula's references moved as `mapFor` says. */
export function movedValues<T>(values: T[][], mapFor: MapFor): T[][] {
  return values.map((row) =>
    row.map((v) =>
      typeof v === "string" && v.startsWith("=") ? (movedFormula(v, mapFor) as T) : v,
    ),
  );
}

/** The map of a dashboard whose person's lines are `lines` (sorted sheet lines), ours in order around them. */
export function mapAround(lines: { rows: number[]; cols: number[] }): GridMap {
  const around = (person: number[], line: number) => {
    let at = line;
    for (const p of person) if (p <= at) at++;
    return at;
  };
  return { row: (n) => around(lines.rows, n), col: (n) => around(lines.cols, n) };
}

/**
 * A chart's A1 range of the plan's grid (no sheet, no `$`) moved onto the sheet as one range per run
 * of our lines across its series (`rows` when each row is a series): a person's line between two of
 * ours is left out, so it never becomes a series of its own.
 */
export function seriesAreas(a1: string, map: GridMap, across: "rows" | "cols"): string[] {
  const m = /^([A-Z]+)([0-9]+)(?::([A-Z]+)([0-9]+))?$/.exec(a1);
  if (!m) return [movedArea(a1, map)];
  const [, c1 = "A", r1 = "1", c2 = c1, r2 = r1] = m;
  const first = { row: Number(r1), col: columnNumber(c1) };
  const last = { row: Number(r2), col: columnNumber(c2) };
  const key = across === "rows" ? "row" : "col";
  const lines: number[] = [];
  for (let n = first[key]; n <= last[key]; n++) lines.push(map[key](n));
  const runs: [number, number][] = [];
  for (const line of lines) {
    const run = runs[runs.length - 1];
    if (run && run[1] + 1 === line) run[1] = line;
    else runs.push([line, line]);
  }
  const at = (row: number, col: number) => `${columnLetter(col)}${row}`;
  return runs.map(([from, to]) =>
    across === "rows"
      ? `${at(from, map.col(first.col))}:${at(to, map.col(last.col))}`
      : `${at(map.row(first.row), from)}:${at(map.row(last.row), to)}`,
  );
}
