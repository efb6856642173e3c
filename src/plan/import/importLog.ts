/** The Import log: one line per import and one per cell it changed, with the value it replaced. */
import type { ExportSummary } from "../../domain/exportSummary";
import { fill, messages } from "../../domain/i18n";
import { groupedNumber, type Language } from "../../domain/language";
import { dashboardName, type SheetOwner } from "../layout";
import { type CellContent, literalText } from "../sheetPlan";
import { type CellImport, cellAddressOf, figureLabel } from "./changes";

export const IMPORT_LOG_COLUMNS = 8;

/** The log's name in a language; once made, its name is kept in the document's properties. */
export function importLogName(language: Language): string {
  return messages(language).exportImport.log.sheetName;
}

/** The log's header row. */
export function importLogHeader(language: Language): string[] {
  const h = messages(language).exportImport.log;
  return [h.importedOn, h.exportOf, h.sheet, h.cell, h.metric, h.previous, h.next, h.details];
}

/** What was read: "Connections.csv: 1,234 rows, 2014-03-02 – 2026-06-27; Creator analytics: …". */
export function filesRead(summary: ExportSummary, language: Language): string {
  const t = messages(language).exportImport.log;
  const files = summary.files.map((f) =>
    fill(t.file, {
      file: f.name,
      rows: groupedNumber(f.rows, language),
      from: f.first ?? "–",
      to: f.last ?? "–",
    }),
  );
  // Creator files are named after the member, so the log names their windows only.
  const windows = (summary.creator?.windows ?? []).map((w) =>
    fill(t.creatorFile, { from: w.first, to: w.last }),
  );
  return [...files, ...windows].join("; ");
}

/** The rows an import adds to the log: its own line, then each cell with its previous value. */
export function importLogRows(
  summary: ExportSummary,
  written: CellImport[],
  now: Date,
  language: Language,
  owner: SheetOwner,
): CellContent[][] {
  const m = messages(language);
  const text = (s: string) => literalText(s);
  const head: CellContent[] = [
    now,
    text(summary.exportDay),
    null,
    null,
    null,
    null,
    null,
    text(filesRead(summary, language)),
  ];
  return [
    head,
    ...written.map((w): CellContent[] => [
      now,
      text(summary.exportDay),
      text(dashboardName(w.year, language, owner)),
      text(cellAddressOf(w)),
      text(`${figureLabel(w, language)} · ${m.months[w.month - 1] ?? ""} ${w.year}`),
      // A formula that was there is logged as its text, not run again here.
      typeof w.previous === "string" && w.previous.startsWith("=")
        ? literalText(w.previous)
        : w.previous,
      w.imported,
      null,
    ]),
  ];
}
