/** How a plan's cell content is handed to Sheets so that it lands as meant, whatever it looks like. */
import type { CellContent } from "../plan/sheetPlan";

type Entered = string | number | boolean | Date;

/**
 * Sheets reads a written string as if typed: "=1+2" becomes a formula, "+49 30 1234" a broken one,
 * "1/2" a date. Formulas go as they are; every text goes behind an apostrophe, which Sheets drops and
 * which makes the rest literal (a text already escaped by `keptContent` keeps its one apostrophe).
 */
export function asEntered(content: CellContent): Entered {
  if (content === null) return "";
  if (typeof content !== "string") return content;
  if (content.startsWith("=") || content.startsWith("'")) return content;
  return content === "" ? "" : `'${content}`;
}
