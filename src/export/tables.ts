/** Finds the table in an export CSV (after LinkedIn's notes lines) and reads its rows with papaparse. */
import Papa from "papaparse";
import type { ExportFile } from "../domain/exportSummary";

interface TableShape {
  /** How LinkedIn names the file. */
  fileName: string;
  /** Columns that must be there, as LinkedIn spells them. */
  required: string[];
}

/** What each file we read must have; other columns may come and go between export years. */
export const TABLES: Record<ExportFile, TableShape> = {
  connections: {
    fileName: "Connections.csv",
    required: ["First Name", "Last Name", "Connected On"],
  },
  invitations: { fileName: "Invitations.csv", required: ["From", "To", "Sent At", "Direction"] },
  shares: { fileName: "Shares.csv", required: ["Date", "ShareLink"] },
  follows: { fileName: "Company Follows.csv", required: ["Organization", "Followed On"] },
};

/** The file kind a name says, whatever folder it is in and however it is capitalized. */
export function kindOfName(path: string): ExportFile | null {
  const base = (path.split(/[\\/]/).pop() ?? "").toLowerCase().replace(/ \(\d+\)(?=\.csv$)/, "");
  for (const [kind, shape] of Object.entries(TABLES) as [ExportFile, TableShape][])
    if (base === shape.fileName.toLowerCase()) return kind;
  return null;
}

/** A file's rows as parsed, and where each column (by lower-case name) is in them. */
export type Table =
  | { ok: true; kind: ExportFile; columns: Map<string, number>; rows: string[][] }
  | { ok: false; reason: "onlyNotes" | "wrongHeader"; expected: ExportFile | null };

const DELIMITERS = [",", ";", "\t"];
const norm = (cell: string) =>
  cell
    .replace(/^\uFEFF/, "")
    .trim()
    .replace(/^"|"$/g, "")
    .toLowerCase();

function headerKind(cells: string[], expected: ExportFile | null): ExportFile | null {
  const have = new Set(cells.map(norm));
  const kinds = expected ? [expected] : (Object.keys(TABLES) as ExportFile[]);
  return kinds.find((k) => TABLES[k].required.every((c) => have.has(c.toLowerCase()))) ?? null;
}

/**
 * The rows of an export file, with its columns by lower-case name. The header is looked for in the
 * first lines (Connections.csv starts with three lines of notes) and in each delimiter Excel uses.
 */
export function readTable(text: string, expected: ExportFile | null): Table {
  const lines = firstLines(text, 12);
  for (const { line, offset, end } of lines) {
    for (const delimiter of DELIMITERS) {
      if (!line.includes(delimiter)) continue;
      const cells = Papa.parse<string[]>(line, { delimiter }).data[0] ?? [];
      const kind = headerKind(cells, expected);
      if (!kind) continue;
      // The header's line ending is the file's: papaparse need not scan the file to guess it.
      const newline = (end || "\n") as "\n" | "\r\n" | "\r";
      const parsed = Papa.parse<string[]>(text.slice(offset), {
        delimiter,
        newline,
        skipEmptyLines: true,
      });
      const rows = parsed.data;
      const header = rows.shift() ?? [];
      return { ok: true, kind, columns: new Map(header.map((name, i) => [norm(name), i])), rows };
    }
  }
  // LinkedIn's notes are a "Notes:" line and one quoted sentence: nothing else means no table at all.
  const rest = lines
    .map((l) => l.line.trim())
    .filter((l) => l !== "" && !/^notes:?$/i.test(l) && !l.startsWith('"'));
  const notes = /^notes:?$/i.test(lines.find((l) => l.line.trim() !== "")?.line.trim() ?? "");
  return { ok: false, reason: notes && rest.length === 0 ? "onlyNotes" : "wrongHeader", expected };
}

/** The first lines of a text, each with the offset where it starts and the line break that ends it. */
function firstLines(text: string, count: number): { line: string; offset: number; end: string }[] {
  const found: { line: string; offset: number; end: string }[] = [];
  const pattern = /([^\r\n]*)(\r\n|\n|\r|$)/g;
  let match = pattern.exec(text);
  while (match && found.length < count && match.index < text.length) {
    found.push({ line: match[1] ?? "", offset: match.index, end: match[2] ?? "" });
    pattern.lastIndex = match.index + match[0].length;
    match = pattern.exec(text);
  }
  return found;
}
