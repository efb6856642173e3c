/**
 * The cells of an .xlsx workbook, read in the browser with fflate and a small reader of the sheet XML:
 * a DOM is not needed for the few tags a worksheet uses, and a library such as SheetJS would add
 * hundreds of KiB to the sidebar for the handful of sheets LinkedIn writes.
 */
import { strFromU8, unzipSync } from "fflate";
import { isZip } from "./decode";

/** A cell as the sheet stores it: text, a number (dates included, as Excel serials), or nothing. */
export type CellValue = string | number | null;

export interface Sheet {
  /** The tab's name, as the workbook lists it. */
  name: string;
  /** Rows by index from 0 (row 1), each a list of cells by column from 0 (A); gaps are holes. */
  rows: CellValue[][];
}

export interface Workbook {
  /** The sheets in the workbook's tab order. */
  sheets: Sheet[];
  /** True when the workbook counts serial dates from 1904 (old Mac Excel), not from 1900. */
  date1904: boolean;
}

export type WorkbookRead =
  | { ok: true; workbook: Workbook }
  | { ok: false; problem: "notXlsx" | "damaged" };

const ENTITIES: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/** Text as XML writes it: entities and character references resolved, and OOXML's `_xHHHH_` escapes. */
export function xmlText(raw: string): string {
  if (!raw.includes("&") && !raw.includes("_x")) return raw;
  return raw
    .replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) =>
      String.fromCharCode(Number.parseInt(hex, 16)),
    )
    .replace(/&(#x[0-9A-Fa-f]+|#\d+|lt|gt|amp|quot|apos);/g, (whole, name: string) => {
      if (name.startsWith("#x")) return codePoint(Number.parseInt(name.slice(2), 16), whole);
      if (name.startsWith("#")) return codePoint(Number.parseInt(name.slice(1), 10), whole);
      return ENTITIES[name] ?? whole;
    });
}

/** A character reference's character; one out of Unicode's range is left as written. */
function codePoint(code: number, whole: string): string {
  return code >= 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
}

/** A tag's attributes by name, prefixes dropped (`r:id` is `id`); single or double quotes. */
function attributes(tag: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of tag.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) {
    const name = (m[1] ?? "").replace(/^[\w.-]+:/, "");
    out.set(name, xmlText(m[2] ?? m[3] ?? ""));
  }
  return out;
}

/** The text of a string item (`<si>` or `<is>`): its `<t>` runs joined, phonetic guides (`<rPh>`) left out. */
function runText(xml: string): string {
  const plain = xml.includes("rPh") ? xml.replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, "") : xml;
  let text = "";
  for (const m of plain.matchAll(/<(?:\w+:)?t(?:\s[^>]*)?>([\s\S]*?)<\/(?:\w+:)?t>/g))
    text += m[1] ?? "";
  return xmlText(text);
}

/** The shared strings table, in order. */
function sharedStrings(xml: string): string[] {
  const out: string[] = [];
  for (const m of xml.matchAll(/<(?:\w+:)?si\b[^>]*?(?:\/>|>([\s\S]*?)<\/(?:\w+:)?si>)/g))
    out.push(runText(m[1] ?? ""));
  return out;
}

/** A column's index from 0 from a reference such as "AB12"; null without letters. */
function columnOf(ref: string): number | null {
  const letters = /^[A-Za-z]{1,3}/.exec(ref)?.[0];
  if (!letters) return null;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
}

/** One cell's value by its type: shared string, inline string, formula text, number, or nothing. */
function cellValue(type: string, body: string, strings: readonly string[]): CellValue {
  if (type === "inlineStr") {
    const inline = /<(?:\w+:)?is\b[^>]*>([\s\S]*?)<\/(?:\w+:)?is>/.exec(body);
    return inline ? runText(inline[1] ?? "") : null;
  }
  const raw = /<(?:\w+:)?v\b[^>]*>([\s\S]*?)<\/(?:\w+:)?v>/.exec(body)?.[1];
  if (raw === undefined) return null;
  if (type === "s") return strings[Number(raw)] ?? null;
  // Formula results, ISO dates (t="d") and errors (t="e", "#N/A") stay text; errors are never a figure.
  if (type === "str" || type === "d" || type === "e") return xmlText(raw);
  const n = Number(raw);
  return raw.trim() !== "" && Number.isFinite(n) ? n : null;
}

const ROW = /<(?:\w+:)?row\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?row>)/g;
const CELL = /<(?:\w+:)?c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/(?:\w+:)?c>)/g;

/** A worksheet's rows; rows and cells without a reference follow the one before, as Excel reads them. */
export function sheetRows(xml: string, strings: readonly string[]): CellValue[][] {
  const rows: CellValue[][] = [];
  let next = 0;
  for (const row of xml.matchAll(ROW)) {
    const r = Number(attributes(row[1] ?? "").get("r"));
    const at = Number.isInteger(r) && r >= 1 ? r - 1 : next;
    next = at + 1;
    const cells: CellValue[] = [];
    let column = 0;
    for (const cell of (row[2] ?? "").matchAll(CELL)) {
      const attrs = attributes(cell[1] ?? "");
      column = columnOf(attrs.get("r") ?? "") ?? column;
      const value = cellValue(attrs.get("t") ?? "n", cell[2] ?? "", strings);
      if (value !== null) cells[column] = value;
      column++;
    }
    rows[at] = cells;
  }
  return rows;
}

/** A path inside the package from a relationship's target, relative to the part that points to it. */
function resolve(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const parts = from.split("/").slice(0, -1);
  for (const step of target.split("/")) {
    if (step === "..") parts.pop();
    else if (step !== "." && step !== "") parts.push(step);
  }
  return parts.join("/");
}

/** A relationships part's targets by id, resolved against the part they belong to. */
function relationships(xml: string | undefined, owner: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of (xml ?? "").matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const attrs = attributes(m[1] ?? "");
    const id = attrs.get("Id");
    const target = attrs.get("Target");
    if (id && target && attrs.get("TargetMode") !== "External") out.set(id, resolve(owner, target));
  }
  return out;
}

/** The relationships part of a part ("xl/workbook.xml" has "xl/_rels/workbook.xml.rels"). */
function relsPath(part: string): string {
  const slash = part.lastIndexOf("/");
  return `${part.slice(0, slash + 1)}_rels/${part.slice(slash + 1)}.rels`;
}

/** The workbook part, as the package's own relationships name it (xl/workbook.xml from Excel). */
function workbookPath(files: Record<string, Uint8Array>): string {
  const rels = files["_rels/.rels"];
  for (const m of (rels ? strFromU8(rels) : "").matchAll(/<(?:\w+:)?Relationship\b([^>]*?)\/?>/g)) {
    const attrs = attributes(m[1] ?? "");
    if ((attrs.get("Type") ?? "").endsWith("/officeDocument"))
      return resolve("", attrs.get("Target") ?? "");
  }
  return "xl/workbook.xml";
}

/** The package's XML parts; media and the rest are never inflated. */
function unzipParts(bytes: Uint8Array): Record<string, Uint8Array> | null {
  try {
    return unzipSync(bytes, { filter: (entry) => /\.(xml|rels)$/i.test(entry.name) });
  } catch {
    return null;
  }
}

/**
 * Reads an .xlsx file's sheets; "notXlsx" for a file of another kind (a CSV renamed, an old .xls, a
 * ZIP without a workbook), "damaged" for one that cannot be read to the end (a truncated download).
 */
export function readXlsx(bytes: Uint8Array): WorkbookRead {
  if (!isZip(bytes)) return { ok: false, problem: "notXlsx" };
  const files = unzipParts(bytes);
  if (!files) return { ok: false, problem: "damaged" };
  const text = (path: string) => {
    const part = files[path];
    return part ? strFromU8(part) : undefined;
  };
  const bookPath = workbookPath(files);
  const book = text(bookPath);
  if (book === undefined) return { ok: false, problem: "notXlsx" };
  const rels = relationships(text(relsPath(bookPath)), bookPath);
  const stringsPath = [...rels.values()].find((p) => /sharedStrings\d*\.xml$/i.test(p));
  const strings = sharedStrings(text(stringsPath ?? "xl/sharedStrings.xml") ?? "");
  const sheets: Sheet[] = [];
  const listed = [...book.matchAll(/<(?:\w+:)?sheet\b([^>]*?)\/?>/g)];
  for (const [i, m] of listed.entries()) {
    const attrs = attributes(m[1] ?? "");
    // Without relationships, sheets are where Excel puts them, in tab order.
    const path = rels.get(attrs.get("id") ?? "") ?? `xl/worksheets/sheet${i + 1}.xml`;
    const xml = text(path);
    if (xml === undefined) return { ok: false, problem: "damaged" };
    sheets.push({ name: attrs.get("name") ?? "", rows: sheetRows(xml, strings) });
  }
  if (sheets.length === 0) return { ok: false, problem: "damaged" };
  const pr = /<(?:\w+:)?workbookPr\b([^>]*?)\/?>/.exec(book);
  const date1904 = /^(1|true)$/.test(attributes(pr?.[1] ?? "").get("date1904") ?? "");
  return { ok: true, workbook: { sheets, date1904 } };
}
