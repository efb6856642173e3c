/**
 * An old year's dashboards folded into one archive sheet when a spreadsheet runs out of tabs: one row
 * per dashboard row with a figure, values only, so every figure stays readable without its sheet.
 */
import { fill, messages } from "../domain/i18n";
import type { Language } from "../domain/language";
import { type CellContent, keptContent, literalText } from "./sheetPlan";

/** The archive sheet's name for a year ("Archive 2025"). */
export function archiveName(year: number, language: Language): string {
  return fill(messages(language).archive.sheetName, { year });
}

/** The archive's header: profile, year, key, metric, target, the twelve months, the year. */
export function archiveHeader(language: Language): string[] {
  const m = messages(language);
  return [...m.archive.headers, ...m.months, m.archive.yearTotal];
}

/** How many columns an archive row has. */
export const ARCHIVE_COLUMNS = 5 + 12 + 1;

/**
 * A dashboard's rows as archive rows: every row of ours (a key in column A) with a figure in its
 * target, a month or the year, as the sheet shows it. Columns are found by the keys in row 1, so a
 * person's columns are left out, and so are their rows (no key).
 */
export function archiveRows(grid: unknown[][], profile: string, year: number): CellContent[][] {
  const keys = grid[0] ?? [];
  const at = (key: string | number) => keys.indexOf(key);
  const label = at("label");
  const columns = [at("target"), ...Array.from({ length: 12 }, (_, i) => at(i + 1)), at("year")];
  const seen = new Set<string>();
  const rows: CellContent[][] = [];
  grid.forEach((row, r) => {
    const key = row[0];
    if (r === 0 || typeof key !== "string" || key === "" || seen.has(key)) return;
    seen.add(key);
    // A column a layout lacks is at -1: no cell there, so no figure.
    const figures = columns.map((c) => keptContent(row[c]));
    if (figures.every((v) => v === null)) return;
    rows.push([literalText(profile), year, literalText(key), keptContent(row[label]), ...figures]);
  });
  return rows;
}

/**
 * The archive's rows after folding these profiles' dashboards: rows an earlier fold of the same year
 * kept for other profiles stay, and a profile folded again takes its new rows only.
 */
export function mergedArchive(
  existing: unknown[][],
  folded: { profile: string; rows: CellContent[][] }[],
): CellContent[][] {
  const again = new Set(folded.map((f) => f.profile));
  const kept = existing
    .slice(1)
    .filter((row) => row.some((v) => keptContent(v) !== null))
    .filter((row) => !again.has(String(row[0] ?? "")))
    .map((row) => row.map(keptContent));
  return [...kept, ...folded.flatMap((f) => f.rows)];
}
