/**
 * A spreadsheet's state as a file keeps it: each look once, in a table, and each cell by its place in
 * it. A plan gives a thousand cells one look, so written out cell by cell the looks were nine tenths of
 * the preview's state file (some 13 of its 14 MB), turned into text again after every action.
 */
import type { CellStyle, SheetState, WorkbookState } from "./workbook";

/** A sheet as saved: its cells' looks by their number in the spreadsheet's table. */
type SavedSheet = Omit<SheetState, "styles"> & { looks: Record<string, number> };

/** A spreadsheet as saved: the table of its looks, and its sheets. */
export type SavedWorkbook = Omit<WorkbookState, "sheets"> & {
  looks: CellStyle[];
  sheets: SavedSheet[];
};

/** The state as a file keeps it: the same data, each look written once. */
export function savedState(state: WorkbookState): SavedWorkbook {
  const table: CellStyle[] = [];
  // Cells share one look object, known by identity; one read from an older file is known by its text.
  const byObject = new Map<CellStyle, number>();
  const byText = new Map<string, number>();
  const numberOf = (look: CellStyle): number => {
    let n = byObject.get(look);
    if (n === undefined) {
      const text = JSON.stringify(look);
      n = byText.get(text);
      if (n === undefined) {
        n = table.push(look) - 1;
        byText.set(text, n);
      }
      byObject.set(look, n);
    }
    return n;
  };
  const sheets = state.sheets.map(({ styles, ...sheet }) => {
    const looks: Record<string, number> = {};
    for (const key in styles) looks[key] = numberOf(styles[key] as CellStyle);
    return { ...sheet, looks };
  });
  return { ...state, looks: table, sheets };
}

/** The state from what a file keeps, as saved here or, before the table, each cell's look in full. */
export function openedState(saved: SavedWorkbook | WorkbookState): WorkbookState {
  if (!("looks" in saved)) return saved;
  const { looks: table, sheets, ...state } = saved;
  return {
    ...state,
    sheets: sheets.map(({ looks, ...sheet }) => {
      const styles: Record<string, CellStyle> = {};
      for (const key in looks) {
        const look = table[looks[key] as number];
        if (look) styles[key] = look;
      }
      return { ...sheet, styles };
    }),
  };
}
