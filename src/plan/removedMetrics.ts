/** The copy a removed own metric leaves behind: one row per dashboard it had values on. */
import { messages } from "../domain/i18n";
import type { Language } from "../domain/language";
import { COL, monthColumn } from "./layout";
import { type CellContent, keptContent, literalText } from "./sheetPlan";

/** The Removed metrics sheet's name in a language. */
export function removedSheetName(language: Language): string {
  return messages(language).metricSetup.removedSheet;
}

/** The Removed metrics sheet's header: when, whose, which year, the metric, its block, then the months. */
export function removedHeader(language: Language): string[] {
  const m = messages(language);
  return [...m.metricSetup.removedHeaders, ...m.months];
}

/**
 * The rows to copy from a dashboard's grid: its own metrics' rows that the settings no longer have,
 * when they hold a figure. Values as the sheet shows them, never a formula that would point elsewhere.
 */
export function removedRows(
  grid: unknown[][],
  kept: (ownId: string) => boolean,
  profile: string,
  year: number,
  on: Date,
): CellContent[][] {
  return grid
    .filter((row) => {
      const key = String(row[0] ?? "");
      if (!key.startsWith("own:") || kept(key.slice(4))) return false;
      return Array.from({ length: 12 }, (_, i) => row[monthColumn(i + 1) - 1]).some(
        (v) => v !== "" && v !== null && v !== undefined,
      );
    })
    .map((row) => [
      on,
      literalText(profile),
      year,
      keptContent(row[COL.label - 1]),
      keptContent(row[COL.link - 1]),
      ...Array.from({ length: 12 }, (_, i) => keptContent(row[monthColumn(i + 1) - 1])),
    ]);
}
