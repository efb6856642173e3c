/**
 * A plan placed on a sheet where a person added rows or columns: our cells go where our lines are, in
 * blocks of our rows by our columns, and their references move with them. The person's lines are
 * never part of a block: Sheets keeps them, and moves them itself when we insert or delete ours.
 */
import { area } from "../a1";
import type { CellContent, SheetPlan } from "../sheetPlan";
import { type GridMap, movedArea, movedFormula } from "./formulaRefs";
import { type FittedLines, fittedLine } from "./personLines";

/** A block of our cells: where it sits on the sheet (1-based) and where it is in the plan (0-based). */
export interface OurBlock {
  row: number;
  col: number;
  planRow: number;
  planCol: number;
  numRows: number;
  numCols: number;
}

/** A plan with its layout moved onto the sheet; its cell grids stay in the plan's own order. */
export interface PlacedPlan extends SheetPlan {
  /** Our cells, block by block; absent when the plan is the sheet as it stands (one block). */
  blocks?: OurBlock[];
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

/** The plan's lines 1…count as runs that stay together on the sheet: [sheet line, plan index, count]. */
function placedRuns(count: number, at: (line: number) => number): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let i = 0; i < count; i++) {
    const line = at(i + 1);
    const last = out[out.length - 1];
    if (last && last[0] + last[2] === line) last[2]++;
    else out.push([line, i, 1]);
  }
  return out;
}

/** Our cells as blocks: each run of our rows by each run of our columns. */
export function ourBlocks(planRows: number, planCols: number, map: GridMap): OurBlock[] {
  const rows = placedRuns(planRows, map.row);
  const cols = placedRuns(planCols, map.col);
  return rows.flatMap(([row, planRow, numRows]) =>
    cols.map(([col, planCol, numCols]) => ({ row, col, planRow, planCol, numRows, numCols })),
  );
}

/** The whole plan as one block, where nothing of a person's is among our lines. */
export function wholePlan(plan: Pick<SheetPlan, "rows" | "cols">): OurBlock[] {
  return [{ row: 1, col: 1, planRow: 0, planCol: 0, numRows: plan.rows, numCols: plan.cols }];
}

/** A block's part of one of the plan's grids (rows past the grid's end are left out). */
export function sliceBlock<T>(cells: T[][], block: OurBlock): T[][] {
  return cells
    .slice(block.planRow, block.planRow + block.numRows)
    .map((line) => line.slice(block.planCol, block.planCol + block.numCols));
}

/**
 * The smallest part of a block holding every cell `changed` names (plan indexes, 0-based), as a block
 * of its own; null when nothing in the block changes. A save or an import writes only that part.
 */
export function changedPart(
  block: OurBlock,
  changed: (planRow: number, planCol: number) => boolean,
): OurBlock | null {
  let top = Number.POSITIVE_INFINITY;
  let left = Number.POSITIVE_INFINITY;
  let bottom = -1;
  let right = -1;
  for (let i = block.planRow; i < block.planRow + block.numRows; i++)
    for (let j = block.planCol; j < block.planCol + block.numCols; j++) {
      if (!changed(i, j)) continue;
      top = Math.min(top, i);
      left = Math.min(left, j);
      bottom = Math.max(bottom, i);
      right = Math.max(right, j);
    }
  if (bottom < 0) return null;
  return {
    row: block.row + top - block.planRow,
    col: block.col + left - block.planCol,
    planRow: top,
    planCol: left,
    numRows: bottom - top + 1,
    numCols: right - left + 1,
  };
}

/**
 * Our cells by number format, as A1 areas on the sheet: one call sets each format over all its areas.
 * "" (Sheets' automatic format) collects the cells whose formats are cleared instead, so no explicit
 * automatic format is ever written.
 */
export function formatAreas(formats: string[][], blocks: OurBlock[]): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const block of blocks) {
    // Runs of one format along each row; a run right under one of the same columns extends it.
    const rects: { format: string; row: number; col: number; numRows: number; numCols: number }[] =
      [];
    const open = new Map<string, (typeof rects)[number]>();
    sliceBlock(formats, block).forEach((line, r) => {
      const row = block.row + r;
      for (let c = 0; c < line.length; ) {
        const format = line[c] ?? "";
        let end = c + 1;
        // Past the row's end a cell is undefined, never a format.
        while (line[end] === format) end++;
        const id = `${c}|${end}|${format}`;
        const rect = open.get(id);
        if (rect && rect.row + rect.numRows === row) rect.numRows++;
        else {
          const made = { format, row, col: block.col + c, numRows: 1, numCols: end - c };
          rects.push(made);
          open.set(id, made);
        }
        c = end;
      }
    });
    for (const rect of rects) {
      const list = out.get(rect.format) ?? [];
      list.push(area(rect.row, rect.col, rect.numRows, rect.numCols));
      out.set(rect.format, list);
    }
  }
  return out;
}

/** Places `plan` on the sheet's lines: our cells in blocks where our lines are, the layout moved. */
export function spreadPlan(plan: SheetPlan, rows: FittedLines, cols: FittedLines): PlacedPlan {
  const map = gridMap(rows, cols);
  // A text that is not a formula is left as it is (movedFormula moves only formulas).
  const moved = (content: CellContent): CellContent =>
    typeof content === "string"
      ? movedFormula(content, (sheet) => (sheet === null ? map : null))
      : content;
  const total = { rows: Math.max(rows.total, plan.rows), cols: Math.max(cols.total, plan.cols) };
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
  return {
    ...plan,
    rows: total.rows,
    cols: total.cols,
    blocks: ourBlocks(plan.rows, plan.cols, map),
    values: plan.values.map((line) => line.map(moved)),
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
