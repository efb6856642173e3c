/** The Network sheet: what the export says about the network, by month, by seniority and by company. */
import type { ExportSummary, NetworkFacts } from "../../domain/exportSummary";
import { fill, messages } from "../../domain/i18n";
import { groupedNumber, type Language } from "../../domain/language";
import { SENIORITIES } from "../../domain/seniority";
import { area } from "../a1";
import { type CellContent, grid, literalText, type SheetPlan } from "../sheetPlan";

/** The Network sheet's texts in a language. */
type NetworkTexts = ReturnType<typeof messages>["exportImport"]["network"];

const BLUE = "#0a66c2";
const WHITE_SPOT = "#fce8e6";
const SIDE = 7; // column G: the side tables start here
const COLS = SIDE + 4;
const TABLE_TOP = 4;

export interface NetworkChart {
  ranges: string[];
  position: { row: number; col: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

/** The sheet's name in a language; once made, its name is kept in the document's properties. */
export function networkSheetName(language: Language): string {
  return messages(language).exportImport.network.sheetName;
}

/** The Network sheet's cells and look, and its chart of connections made per month. */
export function networkPlan(
  summary: ExportSummary & { network: NetworkFacts },
  language: Language,
  name: string,
): { plan: SheetPlan; chart: NetworkChart } {
  const m = messages(language);
  const t = m.exportImport.network;
  const facts = summary.network;
  const text = (s: string) => literalText(s);
  const { side, sideHeaders, sideTitles, whiteSpots } = sideTables(facts, t);
  const total = facts.months.at(-1)?.total ?? 0;
  const rows = TABLE_TOP + Math.max(facts.months.length + 1, side.length);
  const values = grid<CellContent>(rows, COLS, null);
  values[0]![0] = text(fill(t.title, { day: summary.exportDay }));
  values[1]![0] = text(
    fill(t.subtitle, { day: summary.exportDay, total: groupedNumber(total, language) }),
  );
  const header = TABLE_TOP - 1;
  values[header]!.splice(
    0,
    5,
    text(t.month),
    text(t.made),
    text(t.total),
    text(t.atTargets),
    text(t.decisionMakersTotal),
  );
  facts.months.forEach((month, i) => {
    const [year, mm] = month.month.split("-").map(Number) as [number, number];
    values[header + 1 + i]!.splice(
      0,
      5,
      text(`${m.months[mm - 1] ?? ""} ${year}`),
      month.made,
      month.total,
      month.atTargets,
      month.decisionMakers,
    );
  });
  side.forEach((row, i) => {
    values[header + i]?.splice(SIDE - 1, 5, ...row);
  });

  const look = networkLook(values, header, { sideHeaders, sideTitles, whiteSpots });
  const plan: SheetPlan = {
    name,
    rows,
    cols: COLS,
    values,
    ...look,
    fontSizes: values.map((_, r) => Array(COLS).fill(r === 0 ? 14 : 10)),
    // Headers and labels wrap in their column; the title and the sentence under it run across.
    wraps: values.map((_, r) => Array(COLS).fill(r > 1)),
    notes: [],
    validations: [],
    frozenRows: TABLE_TOP,
    frozenColumns: 0,
    hiddenRows: [],
    hiddenColumns: [],
    columnWidths: [
      { col: 1, count: 1, width: 90 },
      { col: 2, count: 4, width: 110 },
      { col: SIDE - 1, count: 1, width: 24 },
      { col: SIDE, count: 1, width: 220 },
      { col: SIDE + 1, count: 4, width: 110 },
    ],
    conditionalRules: [],
    namedRanges: [],
    inputAreas: [],
    protectionDescription: "",
    invalidCells: [],
  };
  return { plan, chart: networkChart(t, facts.months.length + 1) };
}

/** The tables beside the months: seniority, target companies (white spots marked) and top companies. */
function sideTables(facts: NetworkFacts, t: NetworkTexts) {
  const text = (s: string) => literalText(s);
  const side: CellContent[][] = [];
  const sideHeaders: number[] = [];
  const sideTitles: number[] = [];
  const whiteSpots: number[] = [];

  sideTitles.push(side.length);
  side.push([text(t.seniority), null, null, null, null]);
  sideHeaders.push(side.length);
  side.push([text(t.level), text(t.connections), text(t.share), null, null]);
  const counted = SENIORITIES.reduce((sum, s) => sum + facts.seniority[s], 0);
  for (const s of SENIORITIES)
    side.push([
      text(t.levels[s]),
      facts.seniority[s],
      counted ? Math.round((facts.seniority[s] / counted) * 1000) / 1000 : 0,
      null,
      null,
    ]);
  side.push([text(t.hidden), facts.hidden, null, null, null]);
  side.push([null, null, null, null, null]);

  sideTitles.push(side.length);
  side.push([text(t.targets), null, null, null, null]);
  if (facts.targets.length === 0) side.push([text(t.noTargets), null, null, null, null]);
  else {
    sideHeaders.push(side.length);
    side.push([
      text(t.company),
      text(t.connections),
      text(t.decisionMakers),
      text(t.latest),
      text(t.status),
    ]);
    for (const target of facts.targets) {
      if (target.connections === 0) whiteSpots.push(side.length);
      side.push([
        text(target.name),
        target.connections,
        target.decisionMakers,
        target.latest ? text(target.latest) : null,
        text(target.connections === 0 ? t.whiteSpot : ""),
      ]);
    }
  }
  side.push([null, null, null, null, null]);

  sideTitles.push(side.length);
  side.push([text(t.top), null, null, null, null]);
  sideHeaders.push(side.length);
  side.push([text(t.company), text(t.connections), null, null, null]);
  for (const company of facts.top)
    side.push([text(company.name), company.connections, null, null, null]);

  return { side, sideHeaders, sideTitles, whiteSpots };
}

/** The Network sheet's formats, colours and weights: blue headers, white spots, shares as percentages. */
function networkLook(
  values: CellContent[][],
  header: number,
  marks: { sideHeaders: number[]; sideTitles: number[]; whiteSpots: number[] },
): Pick<SheetPlan, "numberFormats" | "backgrounds" | "fontColors" | "fontWeights"> {
  const sideHeaderRows = new Set(marks.sideHeaders.map((i) => header + i));
  const titleRows = new Set(marks.sideTitles.map((i) => header + i));
  const spotRows = new Set(marks.whiteSpots.map((i) => header + i));
  const isSide = (c: number) => c >= SIDE - 1;
  const shareRows = new Set(SENIORITIES.map((_, i) => header + marks.sideHeaders[0]! + 1 + i));

  return {
    numberFormats: values.map((_, r) =>
      Array.from({ length: COLS }, (_, c) =>
        shareRows.has(r) && c === SIDE + 1 ? "0.0%" : c === 0 || c === SIDE - 1 ? "" : "#,##0",
      ),
    ),
    backgrounds: values.map((_, r) =>
      Array.from({ length: COLS }, (_, c) => {
        if (r === header && c < 5) return BLUE;
        if (sideHeaderRows.has(r) && isSide(c)) return BLUE;
        if (spotRows.has(r) && isSide(c)) return WHITE_SPOT;
        return "#ffffff";
      }),
    ),
    fontColors: values.map((_, r) =>
      Array.from({ length: COLS }, (_, c) =>
        (r === header && c < 5) || (sideHeaderRows.has(r) && isSide(c)) ? "#ffffff" : "#000000",
      ),
    ),
    fontWeights: values.map((_, r) =>
      Array.from({ length: COLS }, (_, c) =>
        r === 0 ||
        (r === header && c < 5) ||
        ((sideHeaderRows.has(r) || titleRows.has(r)) && isSide(c))
          ? "bold"
          : "normal",
      ),
    ),
  };
}

/** The chart of connections made per month, from the table's first two columns. */
function networkChart(t: NetworkTexts, months: number): NetworkChart {
  return {
    ranges: [area(TABLE_TOP, 1, months, 1), area(TABLE_TOP, 2, months, 1)],
    position: { row: 1, col: COLS + 2, offsetX: 0, offsetY: 0 },
    options: {
      title: t.chartTitle,
      width: 600,
      height: 330,
      "legend.position": "none",
      colors: [BLUE],
      "hAxis.title": t.month,
      "vAxis.title": t.made,
    },
  };
}
