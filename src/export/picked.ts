/**
 * Sorts what a user picked into LinkedIn's data export and creator analytics workbooks, reads each
 * with its reader, all in the browser, and joins them into the one summary the server may see.
 */
import { unzipSync } from "fflate";
import type { Day } from "../domain/day";
import type { CreatorFacts, ExportSummary, MonthKey } from "../domain/exportSummary";
import { fill, fillCount, messages } from "../domain/i18n";
import { periodLabel } from "../domain/labels";
import type { Language } from "../domain/language";
import { type CreatorSummary, readCreator } from "./creator";
import { isZip } from "./decode";
import { type PickedFile, readExport } from "./read";

export type PickedRead =
  | {
      ok: true;
      summary: ExportSummary;
      /** What was read, one sentence per kind of file. */
      said: string[];
      notes: string[];
    }
  | { ok: false; message: string };

/**
 * True for an Excel workbook: named .xlsx, or a ZIP holding a workbook's parts. Only the ZIP's
 * directory is read (nothing is inflated); one that cannot be listed is left to the export reader.
 */
export function isWorkbook(file: PickedFile): boolean {
  if (/\.xlsx$/i.test(file.name)) return true;
  if (!isZip(file.bytes)) return false;
  let workbook = false;
  try {
    unzipSync(file.bytes, {
      filter: (entry) => {
        if (entry.name === "[Content_Types].xml" || entry.name.startsWith("xl/")) workbook = true;
        return false;
      },
    });
  } catch {
    return false;
  }
  return workbook;
}

/** A month key's label in a language ("March 2025"). */
function monthLabel(key: MonthKey, language: Language): string {
  const [year, month] = key.split("-").map(Number) as [number, number];
  return periodLabel({ year, month }, language);
}

/**
 * The creator files' months as the summary carries them. A month's followers gained is LinkedIn's
 * net figure and may be below zero; the dashboard's cells take 0 or more (the form refuses less), so
 * such a month is filled with 0 and a note says how many more were lost than gained.
 */
function creatorParts(
  read: CreatorSummary,
  language: Language,
): {
  facts: CreatorFacts;
  months: ExportSummary["months"];
  notes: string[];
} {
  const c = messages(language).exportImport.creator;
  const facts: CreatorFacts = {
    windows: read.windows.map(({ first, last }) => ({ first, last })),
    months: {},
  };
  const months: ExportSummary["months"] = {};
  const notes: string[] = [];
  for (const [key, m] of Object.entries(read.months)) {
    facts.months[key] = {
      daysCovered: m.daysCovered,
      daysInMonth: m.daysInMonth,
      partial: m.partial,
      impressions: m.impressions,
    };
    months[key] = {
      actions_on_updates: m.engagements,
      followers_gained: Math.max(0, m.followersGained),
    };
    if (m.followersGained < 0)
      notes.push(
        fillCount(language, c.lostFollowers, -m.followersGained, {
          month: monthLabel(key, language),
        }),
      );
  }
  return { facts, months, notes };
}

/** The first and last day of the windows together. */
function span(windows: readonly { first: Day; last: Day }[]): { from: Day; to: Day } {
  const firsts = windows.map((w) => w.first).sort();
  const lasts = windows.map((w) => w.last).sort();
  return { from: firsts[0] ?? "", to: lasts[lasts.length - 1] ?? "" };
}

/**
 * Reads every picked file in the browser: workbooks as creator analytics (checked against today,
 * the spreadsheet's day), the rest as the data export. The first file that cannot be read stops
 * everything with a message that names it, so nothing half-read reaches the sheet.
 */
export function readPicked(
  picked: PickedFile[],
  targets: readonly string[],
  language: Language,
  today: Day,
): PickedRead {
  const m = messages(language).exportImport;
  if (picked.length === 0) return { ok: false, message: m.errors.noFiles };
  const workbooks = picked.filter(isWorkbook);
  const others = picked.filter((f) => !workbooks.includes(f));

  let creator: ReturnType<typeof creatorParts> | null = null;
  if (workbooks.length > 0) {
    const read = readCreator(workbooks, today);
    if (!read.ok)
      return { ok: false, message: fill(m.creator.errors[read.problem], { file: read.file }) };
    creator = creatorParts(read.summary, language);
  }

  const said: string[] = [];
  const notes: string[] = [];
  let summary: ExportSummary | null = null;
  if (others.length > 0) {
    const read = readExport(others, targets, language);
    if (!read.ok) return read;
    summary = read.summary;
    notes.push(...read.notes);
    said.push(fillCount(language, m.read, summary.files.length, { day: summary.exportDay }));
  }
  if (!creator)
    return summary ? { ok: true, summary, said, notes } : { ok: false, message: m.errors.noFiles };

  const { from, to } = span(creator.facts.windows);
  said.push(fillCount(language, m.creator.read, workbooks.length, { from, to }));
  notes.push(...creator.notes);
  const base: ExportSummary = summary ?? {
    exportDay: to,
    files: [],
    ignored: [],
    months: {},
    network: null,
  };
  const months = { ...base.months };
  for (const [key, figures] of Object.entries(creator.months))
    months[key] = { ...months[key], ...figures };
  return { ok: true, summary: { ...base, months, creator: creator.facts }, said, notes };
}
