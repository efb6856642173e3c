/** Reads the files a user picks (LinkedIn's ZIP or its CSVs) into the summary the server may see. */
import { unzipSync } from "fflate";
import type { Day } from "../domain/day";
import type { ExportFile, ExportSummary, FileRead } from "../domain/exportSummary";
import { fill, fillCount, messages } from "../domain/i18n";
import type { Language } from "../domain/language";
import { periodLabel } from "../domain/settings";
import { type CountNote, countExport, type ExportRows } from "./count";
import { dayInArchiveName, exportDay } from "./dates";
import { decodeText, isZip } from "./decode";
import { kindOfName, readTable, TABLES } from "./tables";

export interface PickedFile {
  name: string;
  bytes: Uint8Array;
}

export type ExportRead =
  | { ok: true; summary: ExportSummary; notes: string[] }
  | { ok: false; message: string };

/** The column that dates each file's rows. */
const DATE_COLUMN: Record<ExportFile, string> = {
  connections: "connected on",
  invitations: "sent at",
  shares: "date",
  follows: "followed on",
};

class FileProblem extends Error {}

interface CsvFile {
  name: string;
  kind: ExportFile | null;
  bytes: Uint8Array;
}

/** The CSV files to read: a ZIP's own (the rest listed as ignored, never inflated) and loose ones. */
function csvFiles(
  picked: PickedFile[],
  language: Language,
): { files: CsvFile[]; ignored: string[]; archiveDay: Day | null } {
  const e = messages(language).exportImport.errors;
  const files: CsvFile[] = [];
  const ignored: string[] = [];
  let archiveDay: Day | null = null;
  for (const file of picked) {
    if (!isZip(file.bytes)) {
      files.push({ name: file.name, kind: kindOfName(file.name), bytes: file.bytes });
      continue;
    }
    archiveDay = dayInArchiveName(file.name) ?? archiveDay;
    let entries: Record<string, Uint8Array>;
    const skipped: string[] = [];
    try {
      // Only our four files are inflated: messages and the rest of the archive are never read.
      entries = unzipSync(file.bytes, {
        filter: (entry) => {
          if (entry.name.endsWith("/")) return false;
          if (kindOfName(entry.name)) return true;
          skipped.push(entry.name.split("/").pop() ?? entry.name);
          return false;
        },
      });
    } catch {
      throw new FileProblem(fill(e.badZip, { file: file.name }));
    }
    ignored.push(...skipped);
    const inside = Object.entries(entries);
    if (inside.length === 0) throw new FileProblem(fill(e.zipWithout, { file: file.name }));
    for (const [path, bytes] of inside)
      files.push({ name: path.split("/").pop() ?? path, kind: kindOfName(path), bytes });
  }
  return { files, ignored, archiveDay };
}

interface ReadFile {
  name: string;
  kind: ExportFile;
  rows: Record<string, string>[];
}

/** One CSV file's table, or the reason it cannot be read, naming the file. */
function tableOf(file: CsvFile, language: Language): ReadFile {
  const e = messages(language).exportImport.errors;
  const decoded = decodeText(file.bytes);
  if (!decoded.ok) throw new FileProblem(fill(e[decoded.reason], { file: file.name }));
  const table = readTable(decoded.text, file.kind);
  if (table.ok) return { name: file.name, kind: table.kind, rows: table.rows };
  if (table.reason === "onlyNotes") throw new FileProblem(fill(e.onlyNotes, { file: file.name }));
  if (file.kind === null) throw new FileProblem(fill(e.unknownFile, { file: file.name }));
  throw new FileProblem(
    fill(e.wrongHeader, {
      file: file.name,
      expected: TABLES[file.kind].fileName,
      columns: TABLES[file.kind].required.join(", "),
    }),
  );
}

/** Dates every row; rows whose date cannot be read are left out and counted. */
function dated(
  file: ReadFile,
  language: Language,
): { rows: { day: Day; row: Record<string, string> }[]; skipped: number; example: string } {
  const column = DATE_COLUMN[file.kind];
  const rows: { day: Day; row: Record<string, string> }[] = [];
  let skipped = 0;
  let example = "";
  for (const row of file.rows) {
    const day = exportDay(row[column] ?? "");
    if (day) rows.push({ day, row });
    else {
      skipped++;
      example ||= row[column] ?? "";
    }
  }
  if (rows.length === 0 && skipped > 0) {
    const e = messages(language).exportImport.errors;
    const header = TABLES[file.kind].required.find((c) => c.toLowerCase() === column) ?? column;
    throw new FileProblem(fill(e.noDates, { file: file.name, column: header, value: example }));
  }
  return { rows, skipped, example };
}

function noteText(note: CountNote, language: Language): string {
  const m = messages(language);
  const n = m.exportImport.notes;
  if (note.kind === "needsConnections") return n.needsConnections;
  if (note.kind === "noTargets")
    return fill(n.noTargets, {
      metrics: note.metrics.map((id) => m.metrics[id].label).join(", "),
    });
  const [year, month] = note.month.split("-").map(Number) as [number, number];
  return fill(n.invitationsFrom, {
    month: periodLabel({ year, month }, language),
    day: note.firstDay,
  });
}

/**
 * Reads what the user picked, all in the browser: the first unreadable file stops everything with a
 * message that names it, so nothing half-read ever reaches the sheet.
 */
export function readExport(
  picked: PickedFile[],
  targets: readonly string[],
  language: Language,
): ExportRead {
  const m = messages(language).exportImport;
  if (picked.length === 0) return { ok: false, message: m.errors.noFiles };
  try {
    const { files, ignored, archiveDay } = csvFiles(picked, language);
    const rows: ExportRows = { connections: null, invitations: null, shares: null, follows: null };
    const read: FileRead[] = [];
    const notes: string[] = [];
    let latest: Day | null = archiveDay;
    for (const file of files) {
      const table = tableOf(file, language);
      if (rows[table.kind] !== null)
        throw new FileProblem(fill(m.errors.twice, { file: TABLES[table.kind].fileName }));
      const { rows: found, skipped, example } = dated(table, language);
      if (skipped > 0)
        notes.push(
          fillCount(language, m.notes.badDates, skipped, { file: file.name, value: example }),
        );
      const days = found.map((r) => r.day).sort();
      const first = days[0] ?? null;
      const last = days.at(-1) ?? null;
      if (last && (!latest || last > latest)) latest = last;
      read.push({ name: file.name, kind: table.kind, rows: found.length, first, last });
      assign(rows, table.kind, found);
    }
    if (!latest)
      return { ok: false, message: fill(m.errors.noRows, { file: files[0]?.name ?? "" }) };
    const counted = countExport(rows, targets, latest);
    if (ignored.length > 0) notes.unshift(fill(m.notes.ignored, { files: ignored.join(", ") }));
    notes.push(...counted.notes.map((note) => noteText(note, language)));
    if (rows.connections) notes.push(m.notes.removedMissing);
    return {
      ok: true,
      summary: {
        exportDay: latest,
        files: read,
        ignored,
        months: counted.months,
        network: counted.network,
      },
      notes,
    };
  } catch (err) {
    if (err instanceof FileProblem) return { ok: false, message: err.message };
    throw err;
  }
}

/** Types a file's dated rows as its kind has them. */
function assign(
  rows: ExportRows,
  kind: ExportFile,
  found: { day: Day; row: Record<string, string> }[],
): void {
  const col = (r: Record<string, string>, name: string) => r[name] ?? "";
  switch (kind) {
    case "connections":
      rows.connections = found.map(({ day, row }) => ({
        day,
        firstName: col(row, "first name"),
        lastName: col(row, "last name"),
        url: col(row, "url"),
        company: col(row, "company"),
        position: col(row, "position"),
      }));
      return;
    case "invitations":
      rows.invitations = found.map(({ day, row }) => ({
        day,
        direction: /^incoming$/i.test(col(row, "direction")) ? "incoming" : "outgoing",
        to: col(row, "to"),
        inviteeUrl: col(row, "inviteeprofileurl"),
      }));
      return;
    case "shares":
      rows.shares = found.map(({ day }) => day);
      return;
    case "follows":
      rows.follows = found.map(({ day, row }) => ({ day, organization: col(row, "organization") }));
  }
}
