/** How many sheets a spreadsheet holds, and what to say before an action would pass that. */
import { type Problem, problem } from "./problem";

/** Sheets is reported to cap a spreadsheet at 200 sheets; Google's documentation gives no figure. */
export const MAX_SHEETS = 200;

/** What to tell the user when `needed` more sheets would not fit beside `present`, or null when they do. */
export function sheetsProblem(present: number, needed: number): Problem | null {
  if (present + needed <= MAX_SHEETS) return null;
  return problem("errors.tooManySheets", { needed, present, max: MAX_SHEETS });
}

/** True when folding `freed` sheets into one archive sheet would make room for `needed` more. */
export function foldMakesRoom(present: number, needed: number, freed: number): boolean {
  return freed > 1 && present - freed + 1 + needed <= MAX_SHEETS;
}
