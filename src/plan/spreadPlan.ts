/**
 * A plan laid onto a sheet where a person added rows or columns: our cells move to where our lines are,
 * their references with them, and the person's cells are written back exactly as they were read.
 */
import { area } from "./a1";
import { type GridMap, movedArea, movedFormula } from "./formulaRefs";
import { type FittedLines, fittedLine } from "./personLines";
import type { CellContent, SheetPlan, ValidationSpec } from "./sheetPlan";

/**
 * What the sheet holds now, over its whole used area after the edits: the person's cells are taken from
 * here. A validation is passed through untouched (`unknown`): the adapter hands back what it read.
 */
export interface SheetLook {
  contents: CellContent[][];
  notes: string[][];
  numberFormats: string[][];
  backgrounds: string[][];
  fontColors: string[][];
  fontWeights: string[][];
  fontSizes: number[][];
  wraps: boolean[][];
  validations: unknown[][];
}

/** A validation as the spread plan carries it: ours as a spec, a person's as read. */
export type SpreadValidation = ValidationSpec | { kept: unknown } | null;

export interface SpreadPlan extends Omit<SheetPlan, "validations"> {
  validations: SpreadValidation[][];
}

/** The map of a fit, for the references of formulas written on this sheet. */
export function gridMap(rows: FittedLines, cols: FittedLines): GridMap {
  return { row: (n) => fittedLine(rows, n), col: (n) => fittedLine(cols, n) };
}

/** Consecutive lines as [first, count] runs: one call hides, widens or unprotects each run. */
export function runsOf(lines: number[]): [number, number][] {
  const out: [number, number][] = [];
  for (const line of [...lines].sort((a, b) => a - b)) {
    const last = out[out.length - 1];
    if (last && last[0] + last[1] === line) last[1]++;
    else out.push([line, 1]);
  }
  return out;
}

/** Lays `plan` onto the sheet's lines: our cells where our lines are, the person's as `look` has them. */
export function spreadPlan(
  plan: SheetPlan,
  rows: FittedLines,
  cols: FittedLines,
  look: SheetLook,
): SpreadPlan {
  const map = gridMap(rows, cols);
  const total = { rows: Math.max(rows.total, plan.rows), cols: Math.max(cols.total, plan.cols) };
  const ourRow = new Map(rows.at.map((line, i) => [line, i]));
  const ourCol = new Map(cols.at.map((line, i) => [line, i]));
  function spread<T, K>(ours: T[][], theirs: K[][], blank: K, own: (value: T) => T | K = (v) => v) {
    if (ours.length === 0) return ours as (T | K)[][];
    return Array.from({ length: total.rows }, (_, r) =>
      Array.from({ length: total.cols }, (_, c) => {
        const i = ourRow.get(r + 1);
        const j = ourCol.get(c + 1);
        const mine = i === undefined || j === undefined ? undefined : ours[i];
        if (mine && j !== undefined && j < mine.length) return own(mine[j] as T);
        return theirs[r]?.[c] ?? blank;
      }),
    );
  }
  const moved = (content: CellContent): CellContent =>
    typeof content === "string" && content.startsWith("=")
      ? movedFormula(content, (sheet) => (sheet === null ? map : null))
      : content;
  const personAreas = [
    ...runsOf(rows.person).map(([first, count]) => area(first, 1, count, total.cols)),
    ...runsOf(cols.person).map(([first, count]) => area(1, first, total.rows, count)),
  ];
  const widths = plan.columnWidths.flatMap((w) =>
    runsOf(Array.from({ length: w.count }, (_, k) => map.col(w.col + k))).map(([col, count]) => ({
      col,
      count,
      width: w.width,
    })),
  );
  const values =
    plan.values.length === plan.rows
      ? spread(plan.values, look.contents, null, moved)
      : plan.values;
  return {
    ...plan,
    rows: total.rows,
    cols: total.cols,
    values,
    numberFormats: spread(plan.numberFormats, look.numberFormats, ""),
    backgrounds: spread(plan.backgrounds, look.backgrounds, "#ffffff"),
    fontColors: spread(plan.fontColors, look.fontColors, "#000000"),
    fontWeights: spread(plan.fontWeights, look.fontWeights, "normal") as ("bold" | "normal")[][],
    fontSizes: spread(plan.fontSizes, look.fontSizes, 10),
    wraps: spread(plan.wraps, look.wraps, false),
    notes: spread(plan.notes, look.notes, ""),
    validations: spread<ValidationSpec | null, SpreadValidation>(
      plan.validations,
      look.validations.map((row) => row.map((v) => (v ? { kept: v } : null))),
      null,
    ),
    frozenRows: plan.frozenRows > 0 ? map.row(plan.frozenRows) : 0,
    frozenColumns: plan.frozenColumns > 0 ? map.col(plan.frozenColumns) : 0,
    hiddenRows: plan.hiddenRows.map(map.row),
    hiddenColumns: plan.hiddenColumns.map(map.col),
    columnWidths: widths,
    conditionalRules: plan.conditionalRules.map((rule) => ({
      ...rule,
      formula: movedFormula(rule.formula, (sheet) => (sheet === null ? map : null)),
      ranges: rule.ranges.map((a1) => movedArea(a1, map)),
    })),
    namedRanges: plan.namedRanges.map((n) => ({ ...n, a1: movedArea(n.a1, map) })),
    // A person's lines are theirs to type in: never behind our protection's warning.
    inputAreas: [...plan.inputAreas.map((a1) => movedArea(a1, map)), ...personAreas],
    invalidCells: plan.invalidCells.map((a1) => movedArea(a1, map)),
    ...(plan.overwrittenCells
      ? { overwrittenCells: plan.overwrittenCells.map((a1) => movedArea(a1, map)) }
      : {}),
  };
}
