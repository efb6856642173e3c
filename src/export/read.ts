/** Reads the files a user picks (LinkedIn's ZIP or its CSVs) into the summary the server may see. */
import { unzipSync } from "fflate";
import type { Day } from "../domain/day";
import type { ExportFile, ExportSummary, FileRead } from "../domain/exportSummary";
import { fill, fillCount, messages } from "../domain/i18n";
import { periodLabel } from "../domain/labels";
import type { Language } from "../domain/language";
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
      // Named as LinkedIn's archive, yet something else: said so, not read as a text.
      if (/\.zip$/i.test(file.name)) throw new FileProblem(fill(e.notZip, { file: file.name }));
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
  columns: Map<string, number>;
  rows: string[][];
}

/** One CSV file's table, or the reason it cannot be read, naming the file. */
function tableOf(file: CsvFile, language: Language): ReadFile {
  const e = messages(language).exportImport.errors;
  const decoded = decodeText(file.bytes);
  if (!decoded.ok) throw new FileProblem(fill(e[decoded.reason], { file: file.name }));
  const table = readTable(decoded.text, file.kind);
  if (table.ok)
    return { name: file.name, kind: table.kind, columns: table.columns, rows: table.rows };
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

interface Dated<T> {
  items: T[];
  first: Day | null;
  last: Day | null;
  skipped: number;
  example: string;
}

/**
 * Dates every row and builds its record in one pass (a network has tens of thousands of rows); rows
 * whose date cannot be read are left out and counted, and a file with no readable date is refused.
 */
function dated<T>(
  file: ReadFile,
  language: Language,
  build: (row: string[], day: Day) => T,
): Dated<T> {
  const column = DATE_COLUMN[file.kind];
  const at = file.columns.get(column) ?? -1;
  const out: Dated<T> = { items: [], first: null, last: null, skipped: 0, example: "" };
  // A network's rows share a few thousand days, and come in date order: each spelling is read once.
  const days = new Map<string, Day | null>();
  let previousText = "";
  let previousDay: Day | null = null;
  for (const row of file.rows) {
    const text = row[at] ?? "";
    let day: Day | null | undefined = text === previousText ? previousDay : days.get(text);
    if (day === undefined) {
      day = exportDay(text);
      days.set(text, day);
    }
    previousText = text;
    previousDay = day;
    if (!day) {
      out.skipped++;
      out.example ||= text.trim();
      continue;
    }
    out.items.push(build(row, day));
    if (!out.first || day < out.first) out.first = day;
    if (!out.last || day > out.last) out.last = day;
  }
  if (out.items.length === 0 && out.skipped > 0) {
    const e = messages(language).exportImport.errors;
    const header = TABLES[file.kind].required.find((c) => c.toLowerCase() === column) ?? column;
    throw new FileProblem(fill(e.noDates, { file: file.name, column: header, value: out.example }));
  }
  return out;
}

/** A file's rows dated and typed by its kind, into the rows the counts read. */
function readRows(file: ReadFile, language: Language, rows: ExportRows): Dated<unknown> {
  const at = (column: string) => file.columns.get(column) ?? -1;
  switch (file.kind) {
    case "connections": {
      const [first, last, url, company, position] = [
        "first name",
        "last name",
        "url",
        "company",
        "position",
      ].map(at) as [number, number, number, number, number];
      const read = dated(file, language, (row, day) => ({
        day,
        firstName: (row[first] ?? "").trim(),
        lastName: (row[last] ?? "").trim(),
        url: row[url] ?? "",
        company: row[company] ?? "",
        position: row[position] ?? "",
      }));
      rows.connections = read.items;
      return read;
    }
    case "invitations": {
      const [direction, to, invitee] = ["direction", "to", "inviteeprofileurl"].map(at) as [
        number,
        number,
        number,
      ];
      const read = dated(file, language, (row, day) => ({
        day,
        direction: /^\s*incoming\s*$/i.test(row[direction] ?? "")
          ? ("incoming" as const)
          : ("outgoing" as const),
        to: row[to] ?? "",
        inviteeUrl: row[invitee] ?? "",
      }));
      rows.invitations = read.items;
      return read;
    }
    case "shares": {
      const read = dated(file, language, (_, day) => day);
      rows.shares = read.items;
      return read;
    }
    case "follows": {
      const organization = at("organization");
      const read = dated(file, language, (row, day) => ({
        day,
        organization: row[organization] ?? "",
      }));
      rows.follows = read.items;
      return read;
    }
  }
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
      const { items, first, last, skipped, example } = readRows(table, language, rows);
      if (skipped > 0)
        notes.push(
          fillCount(language, m.notes.badDates, skipped, { file: file.name, value: example }),
        );
      if (last && (!latest || last > latest)) latest = last;
      read.push({ name: file.name, kind: table.kind, rows: items.length, first, last });
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
