/** A sheet's grid: Sheets never grows one by itself, and a write past its last row or column throws. */
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A new sheet's grid: 1,000 rows × 26 columns. */
export const NEW_SHEET_ROWS = 1000;
export const NEW_SHEET_COLUMNS = 26;
/** Rows added at a time to a log, so a long history grows in few calls. */
const LOG_GROWTH = 500;

/** Makes room for `rows` more rows below row `lastRow` (two calls at most; one while there is room). */
export function roomBelow(sheet: Sheet, lastRow: number, rows: number): void {
  const max = sheet.getMaxRows();
  if (lastRow + rows > max) sheet.insertRowsAfter(max, lastRow + rows - max + LOG_GROWTH);
}

/** Makes the grid at least `rows` × `columns`; asks nothing when a new sheet's grid already holds it. */
export function roomFor(sheet: Sheet, rows: number, columns: number): void {
  if (rows > NEW_SHEET_ROWS) {
    const max = sheet.getMaxRows();
    if (rows > max) sheet.insertRowsAfter(max, rows - max);
  }
  if (columns > NEW_SHEET_COLUMNS) {
    const max = sheet.getMaxColumns();
    if (columns > max) sheet.insertColumnsAfter(max, columns - max);
  }
}
