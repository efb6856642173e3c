/** A1 notation for plans: column letters, cell and range addresses, quoted sheet names. */

/** Sheets' widest grid is 18,278 columns (ZZZ). */
const MAX_COLUMNS = 18_278;
const LETTERS: string[] = [];

/** Column letters for a 1-based column number (1 → A, 27 → AA). */
export function columnLetter(col: number): string {
  const known = LETTERS[col];
  if (known !== undefined) return known;
  let out = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) {
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  }
  // Plans name the same few columns for every cell they write: each is spelled once.
  if (Number.isInteger(col) && col > 0 && col <= MAX_COLUMNS) LETTERS[col] = out;
  return out;
}

/** "E7" for row 7, column 5. */
export function cell(row: number, col: number): string {
  return `${columnLetter(col)}${row}`;
}

/** "E7:P7" for a block of rows and columns. */
export function area(row: number, col: number, numRows: number, numCols: number): string {
  return `${cell(row, col)}:${cell(row + numRows - 1, col + numCols - 1)}`;
}

/** The sheet name as formulas write it: quoted when it has spaces or symbols. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

/** A text as a formula string literal. */
export function literal(text: string): string {
  return `"${text.replace(/"/g, '""')}"`;
}
