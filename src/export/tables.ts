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

export type Table =
  | { ok: true; kind: ExportFile; rows: Record<string, string>[] }
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
 * The rows of an export file, keyed by column name in lower case. The header is looked for in the
 * first lines (Connections.csv starts with three lines of notes) and in each delimiter Excel uses.
 */
export function readTable(text: string, expected: ExportFile | null): Table {
  const lines = firstLines(text, 12);
  for (const { line, offset } of lines) {
    for (const delimiter of DELIMITERS) {
      if (!line.includes(delimiter)) continue;
      const cells = Papa.parse<string[]>(line, { delimiter }).data[0] ?? [];
      const kind = headerKind(cells, expected);
      if (!kind) continue;
      const parsed = Papa.parse<string[]>(text.slice(offset), {
        delimiter,
        skipEmptyLines: "greedy",
      });
      const [header = [], ...data] = parsed.data;
      const names = header.map(norm);
      const rows = data.map((row) => {
        const record: Record<string, string> = {};
        names.forEach((name, i) => {
          record[name] = (row[i] ?? "").trim();
        });
        return record;
      });
      return { ok: true, kind, rows };
    }
  }
  // LinkedIn's notes are a "Notes:" line and one quoted sentence: nothing else means no table at all.
  const rest = lines
    .map((l) => l.line.trim())
    .filter((l) => l !== "" && !/^notes:?$/i.test(l) && !l.startsWith('"'));
  const notes = /^notes:?$/i.test(lines.find((l) => l.line.trim() !== "")?.line.trim() ?? "");
  return { ok: false, reason: notes && rest.length === 0 ? "onlyNotes" : "wrongHeader", expected };
}

/** The first lines of a text, each with the offset where it starts. */
function firstLines(text: string, count: number): { line: string; offset: number }[] {
  const found: { line: string; offset: number }[] = [];
  const pattern = /([^\r\n]*)(\r\n|\n|\r|$)/g;
  let match = pattern.exec(text);
  while (match && found.length < count && match.index < text.length) {
    found.push({ line: match[1] ?? "", offset: match.index });
    pattern.lastIndex = match.index + match[0].length;
    match = pattern.exec(text);
  }
  return found;
}
