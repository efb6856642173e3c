/** Lays a plan with hidden keys on one of our sheets, around the rows and columns a person added. */

import { type GridMap, mapAround } from "../plan/formulaRefs";
import { fitKeyed, type LineKeys, withKeys } from "../plan/keyedLines";
import { encodeLines, isPlain } from "../plan/personLines";
import type { SheetPlan } from "../plan/sheetPlan";
import { gridMap, spreadPlan } from "../plan/spreadPlan";
import { applySheetPlan } from "./applyPlan";
import { editLines, readLook } from "./readSheet";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Where the plan's lines landed (for the charts' ranges) and the person's lines, encoded. */
export interface LaidSheet {
  map: GridMap;
  lines: string;
}

const SAME = mapAround({ rows: [], cols: [] });

/**
 * Writes `plan` and its keys on `sheet`. On a sheet made before, our lines are found by their keys: the
 * plan's dropped lines are deleted and new ones inserted through Sheets, and a person's lines stay
 * after the same line of ours, written back as read. `layout` says, from the person's lines, whether
 * names, rules, widths and hidden lines must be set again.
 */
export function layKeyed(
  ss: Spreadsheet,
  sheet: Sheet,
  plan: SheetPlan,
  keys: LineKeys,
  options: { fresh: boolean; layout: (lines: string) => boolean },
): LaidSheet {
  const keyed = withKeys(plan, keys);
  if (options.fresh) {
    applySheetPlan(ss, sheet, keyed, { layout: true, fresh: true });
    return { map: SAME, lines: "" };
  }
  const fit = fitKeyed(sheet.getDataRange().getValues(), keys);
  if (!fit) {
    // Made before its lines had keys, or its hidden keys were deleted: written again as a whole, once.
    sheet.clear();
    applySheetPlan(ss, sheet, keyed, { layout: true, cleared: true });
    return { map: SAME, lines: "" };
  }
  editLines(sheet, "rows", fit.rows.edits);
  editLines(sheet, "columns", fit.cols.edits);
  if (isPlain(fit.rows) && isPlain(fit.cols)) {
    applySheetPlan(ss, sheet, keyed, { layout: options.layout("") });
    return { map: SAME, lines: "" };
  }
  const lines = encodeLines(fit.rows, fit.cols);
  const look = readLook(sheet, fit.rows.total, fit.cols.total);
  // A row of ours the plan dropped that holds the person's cells stays theirs: our cells in it go.
  for (const row of fit.released)
    for (const col of fit.cols.at) {
      const cells = look.contents[row - 1];
      if (cells) cells[col - 1] = null;
    }
  applySheetPlan(ss, sheet, spreadPlan(keyed, fit.rows, fit.cols, look), {
    layout: options.layout(lines),
  });
  return { map: gridMap(fit.rows, fit.cols), lines };
}
