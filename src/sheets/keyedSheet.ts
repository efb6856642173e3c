/** Lays a plan with hidden keys on one of our sheets, around the rows and columns a person added. */

import { area } from "../plan/a1";
import { lookSignature } from "../plan/fingerprint";
import { type GridMap, mapAround } from "../plan/lines/formulaRefs";
import { fitKeyed, type LineKeys, withKeys } from "../plan/lines/keyedLines";
import { encodeLines, isPlain } from "../plan/lines/personLines";
import { gridMap, runsOf, spreadPlan } from "../plan/lines/spreadPlan";
import type { SheetPlan } from "../plan/sheetPlan";
import { applySheetPlan } from "./applyPlan";
import { editLines } from "./readSheet";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** Where the plan's lines landed (for the charts' ranges), the person's lines encoded, and the look's signature. */
export interface LaidSheet {
  map: GridMap;
  lines: string;
  look: string;
}

const SAME = mapAround({ rows: [], cols: [] });

/**
 * Writes `plan` and its keys on `sheet`. On a sheet made before, our lines are found by their keys: the
 * plan's dropped lines are deleted and new ones inserted through Sheets, and a person's lines stay
 * after the same line of ours, never read or written. `layout` says, from the person's lines, whether
 * names, rules, widths and hidden lines must be set again.
 */
export function layKeyed(
  ss: Spreadsheet,
  sheet: Sheet,
  plan: SheetPlan,
  keys: LineKeys,
  options: {
    fresh: boolean;
    layout: (lines: string) => boolean;
    /** The look's signature as stored after the last build: the look is written only when it changed. */
    look?: string;
  },
): LaidSheet {
  const keyed = withKeys(plan, keys);
  const looks = (lines: string) => {
    const look = lookSignature(keyed, lines);
    return { look, changed: options.look !== look };
  };
  if (options.fresh) {
    applySheetPlan(ss, sheet, keyed, { layout: true, fresh: true });
    return { map: SAME, lines: "", look: looks("").look };
  }
  const fit = fitKeyed(sheet.getDataRange().getValues(), keys);
  if (!fit) {
    // Made before its lines had keys, or its hidden keys were deleted: written again as a whole, once.
    // Sheets' clear() keeps notes and validation: those go with their own calls.
    sheet.clear();
    const all = sheet.getRange(1, 1, sheet.getMaxRows(), sheet.getMaxColumns());
    all.clearNote();
    all.clearDataValidations();
    applySheetPlan(ss, sheet, keyed, { layout: true, fresh: true });
    return { map: SAME, lines: "", look: looks("").look };
  }
  editLines(sheet, "rows", fit.rows.edits);
  editLines(sheet, "columns", fit.cols.edits);
  if (isPlain(fit.rows) && isPlain(fit.cols)) {
    const { look, changed } = looks("");
    applySheetPlan(ss, sheet, keyed, { layout: options.layout(""), look: changed });
    return { map: SAME, lines: "", look };
  }
  const lines = encodeLines(fit.rows, fit.cols);
  // A row of ours the plan dropped that holds the person's cells stays theirs: our cells in it go.
  const released = fit.released.flatMap((row) =>
    runsOf(fit.cols.at).map(([col, count]) => area(row, col, 1, count)),
  );
  if (released.length > 0) {
    const ours = sheet.getRangeList(released);
    ours.clear();
    ours.clearNote();
    ours.clearDataValidations();
  }
  const { look, changed } = looks(lines);
  applySheetPlan(ss, sheet, spreadPlan(keyed, fit.rows, fit.cols), {
    layout: options.layout(lines),
    look: changed,
  });
  return { map: gridMap(fit.rows, fit.cols), lines, look };
}
