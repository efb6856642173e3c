/**
 * LinkedIn creator analytics exports (.xlsx) as issue 42 describes them, made in memory from figures of
 * our own: no real file is copied. `npx tsx test/support/creatorFiles.ts <folder>` writes every variant
 * to a folder, to try the sidebar by hand.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { strToU8, zipSync } from "fflate";
import type { Day } from "../../src/domain/day";

/** What a day of the export says. */
export interface Figures {
  impressions: number;
  engagements: number;
  newFollowers: number;
}

export type CreatorLanguage = "en" | "es" | "de";
export type CreatorSheet = "discovery" | "engagement" | "topPosts" | "followers" | "demographics";

export interface CreatorFileOptions {
  /** The window's first and last day. */
  first: Day;
  last: Day;
  /** Each day's figures; `figuresOf` unless given. */
  figures?: (day: Day) => Figures;
  /** Sheet names, headers and dates: English is month-first, Spanish d/m/yyyy, German dd.mm.yyyy. */
  language?: CreatorLanguage;
  /** Counts as number cells, or as text ("1,234" in English, "1.234" elsewhere), as the 2026 format has them. */
  numbers?: "cells" | "text";
  /** Text in the shared strings table (Excel's way), or in each cell (`inlineStr`, no sharedStrings.xml). */
  strings?: "shared" | "inline";
  /** The daily tables' dates as text, or as Excel serial numbers in date-formatted number cells. */
  dates?: "text" | "serial";
  /** Serial dates counted from 1904, as old Mac workbooks do. */
  date1904?: boolean;
  /** Sheets left out, to make broken files. */
  without?: CreatorSheet[];
  /** A day's date as the file writes it (window, totals and daily tables), e.g. to make dates no order reads. */
  dateText?: (day: Day) => string;
}

type Cell = string | number | { serial: number } | null;

const DAY_MS = 86_400_000;

const WORDS = {
  en: {
    sheets: ["DISCOVERY", "ENGAGEMENT", "TOP POSTS", "FOLLOWERS", "DEMOGRAPHICS"],
    overall: "Overall Performance",
    impressions: "Impressions",
    reached: "Members reached",
    date: "Date",
    engagements: "Engagements",
    banner: "Maximum of 50 posts available to include in this list",
    url: "Post URL",
    published: "Post publish date",
    total: "Total followers on",
    newFollowers: "New followers",
    demographics: ["Top Demographics", "Value", "Percentage"],
    group: ",",
  },
  es: {
    sheets: ["DESCUBRIMIENTO", "INTERACCIÓN", "PUBLICACIONES PRINCIPALES", "SEGUIDORES", "DATOS"],
    overall: "Rendimiento general",
    impressions: "Impresiones",
    reached: "Miembros alcanzados",
    date: "Fecha",
    engagements: "Interacciones",
    banner: "Se pueden incluir hasta 50 publicaciones en esta lista",
    url: "URL de la publicación",
    published: "Fecha de publicación",
    total: "Total de seguidores el",
    newFollowers: "Nuevos seguidores",
    demographics: ["Datos demográficos principales", "Valor", "Porcentaje"],
    group: ".",
  },
  de: {
    sheets: ["ENTDECKEN", "INTERAKTIONEN", "TOP-BEITRÄGE", "FOLLOWER", "DEMOGRAFIE"],
    overall: "Gesamtleistung",
    impressions: "Impressionen",
    reached: "Erreichte Mitglieder",
    date: "Datum",
    engagements: "Interaktionen",
    banner: "Maximal 50 Beiträge können in diese Liste aufgenommen werden",
    url: "Beitrags-URL",
    published: "Veröffentlichungsdatum",
    total: "Follower insgesamt am",
    newFollowers: "Neue Follower",
    demographics: ["Top-Demografie", "Wert", "Prozentsatz"],
    group: ".",
  },
} satisfies Record<CreatorLanguage, unknown>;

/** A day's figures, the same on every run; impressions often pass 999, to be written "1,234". */
export function figuresOf(day: Day): Figures {
  const n = Date.parse(`${day}T00:00:00Z`) / DAY_MS;
  return {
    impressions: 150 + ((n * 7919) % 2400),
    engagements: (n * 31) % 47,
    newFollowers: (n * 13) % 9,
  };
}

/** Every day from first to last, both included. */
export function daysFrom(first: Day, last: Day): Day[] {
  const out: Day[] = [];
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= Date.parse(`${last}T00:00:00Z`); t += DAY_MS)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** The name LinkedIn gave the export until 2025. */
export function contentName(first: Day, last: Day, name = "AnaGarcia"): string {
  return `Content_${first}_${last}_${name}.xlsx`;
}

/** The name LinkedIn gives the export since 2026. */
export function aggregateName(first: Day, last: Day, name = "AnaGarcia"): string {
  return `AggregateAnalytics_${name}_${first}_${last}.xlsx`;
}

/** A day as the language writes it: M/D/YYYY in English, D/M/YYYY in Spanish, DD.MM.YYYY in German. */
function dateIn(language: CreatorLanguage, day: Day): string {
  const [y, m, d] = day.split("-");
  if (language === "de") return `${d}.${m}.${y}`;
  const [month, date] = [Number(m), Number(d)];
  return language === "en" ? `${month}/${date}/${y}` : `${date}/${month}/${y}`;
}

/** A day as Excel counts it: days since 30 December 1899, or since 1 January 1904. */
function serialOf(day: Day, date1904: boolean): number {
  const base = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  return (Date.parse(`${day}T00:00:00Z`) - base) / DAY_MS;
}

/** The sheets' cells, row by row, in LinkedIn's order and layout. */
function sheetsOf(o: CreatorFileOptions): { name: string; kind: CreatorSheet; rows: Cell[][] }[] {
  const language = o.language ?? "en";
  const w = WORDS[language];
  const figures = o.figures ?? figuresOf;
  const days = daysFrom(o.first, o.last);
  const count = (n: number): Cell =>
    o.numbers === "text" ? n.toLocaleString("en").replace(/,/g, w.group) : n;
  const text = o.dateText ?? ((day: Day) => dateIn(language, day));
  const date = (day: Day): Cell =>
    o.dates === "serial" ? { serial: serialOf(day, o.date1904 ?? false) } : text(day);
  const sum = (pick: (f: Figures) => number) => days.reduce((s, d) => s + pick(figures(d)), 0);
  const post = (i: number) =>
    `https://www.linkedin.com/feed/update/urn:li:activity:70000000000000${i}/`;
  const published = (i: number) => date(days[Math.min(i * 3, days.length - 1)] ?? o.first);
  const all: { name: string; kind: CreatorSheet; rows: Cell[][] }[] = [
    {
      name: w.sheets[0] ?? "",
      kind: "discovery",
      rows: [
        [w.overall, `${text(o.first)} - ${text(o.last)}`],
        [w.impressions, count(sum((f) => f.impressions))],
        [w.reached, count(Math.round(sum((f) => f.impressions) * 0.6))],
      ],
    },
    {
      name: w.sheets[1] ?? "",
      kind: "engagement",
      rows: [
        [w.date, w.impressions, w.engagements],
        ...days.map((d) => [date(d), count(figures(d).impressions), count(figures(d).engagements)]),
      ],
    },
    {
      name: w.sheets[2] ?? "",
      kind: "topPosts",
      rows: [
        [w.banner],
        [],
        [w.url, w.published, w.engagements, null, w.url, w.published, w.impressions],
        [post(11), published(1), count(40), null, post(12), published(2), count(5210)],
        [post(12), published(2), count(25), null, post(11), published(1), count(3120)],
      ],
    },
    {
      name: w.sheets[3] ?? "",
      kind: "followers",
      rows: [
        [`${w.total} ${text(o.last)}`, count(1200 + sum((f) => f.newFollowers))],
        [],
        [w.date, w.newFollowers],
        ...days.map((d) => [date(d), count(figures(d).newFollowers)]),
      ],
    },
    {
      name: w.sheets[4] ?? "",
      kind: "demographics",
      rows: [
        w.demographics,
        ["Job titles", "Sales Manager", "2%"],
        ["Industries", "Research & Development <R&D>", "< 1%"],
        ["Locations", "Madrid", "1%"],
      ],
    },
  ];
  return all.filter((s) => !o.without?.includes(s.kind));
}

const escapeXml = (text: string) =>
  text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PACKAGE_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml";

/** "A", "B", … "AA": a column's letters from its index from 0. */
function letters(column: number): string {
  let out = "";
  for (let n = column + 1; n > 0; n = Math.floor((n - 1) / 26))
    out = String.fromCharCode(65 + ((n - 1) % 26)) + out;
  return out;
}

/** A worksheet part; its text goes to the shared strings table or inline, as asked. */
function worksheetXml(rows: Cell[][], text: (s: string) => string): string {
  const body = rows
    .map((row, r) => {
      const cells = row
        .map((cell, c) => {
          const ref = `${letters(c)}${r + 1}`;
          if (cell === null) return "";
          if (typeof cell === "number") return `<c r="${ref}"><v>${cell}</v></c>`;
          if (typeof cell === "object") return `<c r="${ref}" s="1"><v>${cell.serial}</v></c>`;
          return text(cell).replace("<c ", `<c r="${ref}" `);
        })
        .join("");
      return `<row r="${r + 1}">${cells}</row>`;
    })
    .join("");
  return `${XML}<worksheet xmlns="${MAIN}"><sheetData>${body}</sheetData></worksheet>`;
}

/** Excel's minimal styles: the default, and a date format for serial dates (s="1"). */
const STYLES = `${XML}<styleSheet xmlns="${MAIN}"><fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="14" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>`;

/** A creator analytics export as minimal valid SpreadsheetML, zipped as Excel does. */
export function creatorXlsx(options: CreatorFileOptions): Uint8Array {
  const sheets = sheetsOf(options);
  const shared: string[] = [];
  const index = new Map<string, number>();
  const text =
    options.strings === "inline"
      ? (s: string) => `<c t="inlineStr"><is><t xml:space="preserve">${escapeXml(s)}</t></is></c>`
      : (s: string) => {
          const known = index.get(s);
          const i = known ?? shared.push(s) - 1;
          if (known === undefined) index.set(s, i);
          return `<c t="s"><v>${i}</v></c>`;
        };
  const files: Record<string, Uint8Array> = {};
  sheets.forEach((sheet, i) => {
    files[`xl/worksheets/sheet${i + 1}.xml`] = strToU8(worksheetXml(sheet.rows, text));
  });
  const withStrings = options.strings !== "inline";
  const overrides = [
    `<Override PartName="/xl/workbook.xml" ContentType="${TYPE}.sheet.main+xml"/>`,
    `<Override PartName="/xl/styles.xml" ContentType="${TYPE}.styles+xml"/>`,
    ...sheets.map(
      (_, i) =>
        `<Override PartName="/xl/worksheets/sheet${i + 1}.xml" ContentType="${TYPE}.worksheet+xml"/>`,
    ),
    withStrings
      ? `<Override PartName="/xl/sharedStrings.xml" ContentType="${TYPE}.sharedStrings+xml"/>`
      : "",
  ];
  files["[Content_Types].xml"] = strToU8(
    `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join("")}</Types>`,
  );
  files["_rels/.rels"] = strToU8(
    `${XML}<Relationships xmlns="${PACKAGE_REL}"><Relationship Id="rId1" Type="${REL}/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
  );
  const sheetList = sheets
    .map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  const pr = options.date1904 ? '<workbookPr date1904="1"/>' : "<workbookPr/>";
  files["xl/workbook.xml"] = strToU8(
    `${XML}<workbook xmlns="${MAIN}" xmlns:r="${REL}">${pr}<sheets>${sheetList}</sheets></workbook>`,
  );
  const rels = sheets.map(
    (_, i) =>
      `<Relationship Id="rId${i + 1}" Type="${REL}/worksheet" Target="worksheets/sheet${i + 1}.xml"/>`,
  );
  const n = sheets.length;
  rels.push(`<Relationship Id="rId${n + 1}" Type="${REL}/styles" Target="styles.xml"/>`);
  if (withStrings)
    rels.push(
      `<Relationship Id="rId${n + 2}" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>`,
    );
  files["xl/_rels/workbook.xml.rels"] = strToU8(
    `${XML}<Relationships xmlns="${PACKAGE_REL}">${rels.join("")}</Relationships>`,
  );
  files["xl/styles.xml"] = strToU8(STYLES);
  if (withStrings) {
    const items = shared
      .map((s) => `<si><t xml:space="preserve">${escapeXml(s)}</t></si>`)
      .join("");
    files["xl/sharedStrings.xml"] = strToU8(
      `${XML}<sst xmlns="${MAIN}" count="${shared.length}" uniqueCount="${shared.length}">${items}</sst>`,
    );
  }
  return zipSync(files);
}

/** A CSV of the same figures saved under an .xlsx name: a file of another kind. */
export const CSV_AS_XLSX = strToU8("Date,Impressions,Engagements\r\n1/1/2025,1200,14\r\n");

/** The first part of a file, as a download cut short leaves it. */
export function truncated(bytes: Uint8Array, keep = 0.5): Uint8Array {
  return bytes.slice(0, Math.floor(bytes.length * keep));
}

/** Every variant by file name: both names, text numbers, translated, overlapping, across a year, broken. */
export function creatorSet(): Record<string, Uint8Array> {
  const year = { first: "2025-01-01", last: "2025-12-31" };
  const whole = creatorXlsx(year);
  return {
    [contentName(year.first, year.last)]: whole,
    [aggregateName("2026-01-01", "2026-03-31")]: creatorXlsx({
      first: "2026-01-01",
      last: "2026-03-31",
      numbers: "text",
    }),
    [contentName("2025-03-01", "2025-05-31", "AnaGarcia_overlap")]: creatorXlsx({
      first: "2025-03-01",
      last: "2025-05-31",
    }),
    [contentName("2025-11-15", "2026-02-14", "AnaGarcia_across_a_year")]: creatorXlsx({
      first: "2025-11-15",
      last: "2026-02-14",
    }),
    [contentName("2025-06-01", "2025-06-30", "AnaGarcia_es")]: creatorXlsx({
      first: "2025-06-01",
      last: "2025-06-30",
      language: "es",
      numbers: "text",
      strings: "inline",
    }),
    [contentName("2025-07-01", "2025-07-31", "AnaGarcia_serial")]: creatorXlsx({
      first: "2025-07-01",
      last: "2025-07-31",
      dates: "serial",
    }),
    "Content_no_followers.xlsx": creatorXlsx({ ...year, without: ["followers"] }),
    "Content_csv_renamed.xlsx": CSV_AS_XLSX,
    "Content_truncated.xlsx": truncated(whole),
  };
}

/** Run as a script: writes every variant into the folder given. */
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const folder = process.argv[2] ?? "creator-files";
  mkdirSync(folder, { recursive: true });
  for (const [name, bytes] of Object.entries(creatorSet()))
    writeFileSync(join(folder, name), bytes);
  console.log(`Wrote ${Object.keys(creatorSet()).length} files to ${folder}`);
}
