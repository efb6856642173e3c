/**
 * The team sheet: one row per active profile, kept here (live formulas over its dashboard) or linked to
 * a seller's own spreadsheet (one IMPORTRANGE of its summary), ranked together, and two charts.
 */
import { fill, type Messages, messages } from "../../domain/i18n";
import type { Language } from "../../domain/language";
import { PILLARS } from "../../domain/ssi";
import { area, columnLetter } from "../a1";
import { dashboardRows, rowNumbers, rowOf } from "../layout";
import type { LineKeys } from "../lines/keyedLines";
import {
  type CellContent,
  grid,
  literalText,
  mutedGaps,
  OUR_RULE_MARK,
  type SheetPlan,
} from "../sheetPlan";
import { SUMMARY_FIELDS } from "../summary";
import {
  col,
  FIRST_ROW,
  HEADER_ROW,
  letter,
  NUMERIC,
  TEAM_COLUMNS,
  type TeamColumns,
  teamColumns,
} from "./columns";
import { keptRow, linkedRow, monthsRow, type RowContext, type TeamMember } from "./rows";
import { type TeamSummaryAt, teamSummary } from "./summary";

export type { TeamMember } from "./rows";

export interface TeamChart {
  key: "teamSsi" | "teamPillars";
  type: "LINE" | "COLUMN";
  /** Each row of the range is a series (one per profile). */
  transpose: boolean;
  ranges: string[];
  position: { row: number; col: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

/** The team sheet's name for a year ("Team 2026"). */
export function teamSheetName(year: number, language: Language): string {
  return fill(messages(language).team.sheetName, { year });
}

const BLUE = "#0a66c2";

/** Where the sheet's parts sit for a number of profiles. */
interface TeamRows extends TeamSummaryAt {
  median: number;
  rows: number;
}

function teamRows(count: number): TeamRows {
  const last = FIRST_ROW + Math.max(count, 1) - 1;
  const table = last + 5;
  const tableEnd = table + Math.max(count, 1);
  // One empty row, then the summary a director's sheet imports, hidden.
  const summary = tableEnd + 2;
  const rows = summary + SUMMARY_FIELDS.length - 1;
  return { last, average: last + 1, median: last + 2, table, tableEnd, summary, rows };
}

/** The title, the sentence under it and the column headers. */
function headers(put: RowContext["put"], year: number, language: Language, columns: TeamColumns) {
  const m = messages(language);
  const t = m.team;
  put(1, 1, literalText(fill(t.title, { year })));
  put(2, 1, literalText(t.subtitle));
  const labels: Record<(typeof TEAM_COLUMNS)[number], string> = {
    profile: t.profile,
    latest: t.latest,
    ssi: m.dashboard.ssiTotal,
    brand: m.pillars.brand,
    findPeople: m.pillars.findPeople,
    engage: m.pillars.engage,
    relationships: m.pillars.relationships,
    target: t.target,
    gap: t.gap,
    tier: m.dashboard.tier,
    weakest: m.dashboard.weakest,
    change: t.change,
    monthsOnTarget: t.monthsOnTarget,
    followers: t.followers,
    impressions: t.impressions,
    rank: t.rank,
  };
  for (const key of TEAM_COLUMNS) put(HEADER_ROW, col(key), literalText(labels[key]));
  if (columns.kpi) put(HEADER_ROW, columns.kpi, literalText(m.metricSetup.teamKpi));
  if (columns.status) {
    put(HEADER_ROW, columns.source, literalText(m.links.sourceHeader));
    put(HEADER_ROW, columns.status, literalText(m.links.statusHeader));
  }
}

/** The team's average and median of each figure, over every profile's row. */
function teamStats(put: RowContext["put"], at: TeamRows, columns: TeamColumns, language: Language) {
  const t = messages(language).team;
  put(at.average, 1, literalText(t.average));
  put(at.median, 1, literalText(t.median));
  for (const c of [...NUMERIC.map(col), ...(columns.kpi ? [columns.kpi] : [])]) {
    const span = `${columnLetter(c)}${FIRST_ROW}:${columnLetter(c)}${at.last}`;
    put(at.average, c, `=IF(COUNT(${span})=0,"",ROUND(AVERAGE(${span}),2))`);
    put(at.median, c, `=IF(COUNT(${span})=0,"",ROUND(MEDIAN(${span}),2))`);
  }
}

/** Number formats, colours, widths and the rules that mark a gap and a drop. */
function teamLook(
  values: CellContent[][],
  at: TeamRows,
  columns: TeamColumns,
  m: Messages,
): Omit<SheetPlan, "name" | "rows" | "cols" | "values" | "protectionDescription"> {
  const { width } = columns;
  const bold = new Set([1, HEADER_ROW, at.average, at.median, at.table]);
  const headerRows = new Set([HEADER_ROW, at.table]);
  const numberFormat = (row: number, c: number): string => {
    if (row === HEADER_ROW || row === at.table || row < HEADER_ROW) return "";
    if (row > at.table) return c === 1 ? "" : "0.00";
    if (c === col("latest")) return "yyyy-mm-dd";
    if (c === col("change")) return "+0.00;-0.00;0";
    // A linked row's source cell holds its summary's version: the words say where the row comes from.
    if (c === columns.source) return `"${m.links.sourceLinked.replace(/"/g, "")}"`;
    if (c === col("monthsOnTarget") || c === col("rank")) return "0";
    if (c === col("followers") || c === col("impressions")) return "#,##0";
    return (c >= col("ssi") && c <= col("gap")) || c === columns.kpi ? "0.00" : "";
  };
  const each = <T>(f: (row: number, c: number) => T) =>
    values.map((_, i) => Array.from({ length: width }, (_, c) => f(i + 1, c + 1)));
  const spill = columns.source
    ? Array.from({ length: columns.status - columns.source - 1 }, (_, i) => columns.source + 1 + i)
    : [];
  return {
    numberFormats: each(numberFormat),
    backgrounds: each((row) =>
      headerRows.has(row) ? BLUE : row === at.average || row === at.median ? "#e8f0fe" : "#ffffff",
    ),
    fontColors: each((row) => (headerRows.has(row) ? "#ffffff" : "#000000")),
    fontWeights: each((row) => (bold.has(row) ? "bold" : "normal")),
    fontSizes: each((row) => (row === 1 ? 14 : 10)),
    // Everything wraps in its column but the title and the sentence under it, which run across; the
    // link's status wraps too, so its whole instruction shows (the row grows to fit it).
    wraps: each((row) => row > 2),
    notes: [],
    validations: [],
    frozenRows: HEADER_ROW,
    frozenColumns: 1,
    hiddenRows: Array.from({ length: at.rows - at.tableEnd }, (_, i) => at.tableEnd + 1 + i),
    // A linked seller's figures arrive beside the importing cell; the row shows them where they belong.
    hiddenColumns: spill,
    columnWidths: [
      { col: 1, count: 1, width: 200 },
      { col: 2, count: col("tier") - 2, width: 100 },
      { col: col("tier"), count: 2, width: 170 },
      { col: col("change"), count: (columns.source || width + 1) - col("change"), width: 100 },
      ...(columns.status
        ? [
            { col: columns.source, count: 1, width: 170 },
            { col: columns.status, count: 1, width: 420 },
          ]
        : []),
    ],
    conditionalRules: [
      {
        formula: `=AND(ISNUMBER($${letter("gap")}${FIRST_ROW}),$${letter("gap")}${FIRST_ROW}>0,${OUR_RULE_MARK})`,
        background: "#fce8e6",
        fontColor: "#b3261e",
        ranges: [`${letter("gap")}${FIRST_ROW}:${letter("gap")}${at.last}`],
      },
      {
        formula: `=AND(ISNUMBER($${letter("change")}${FIRST_ROW}),$${letter("change")}${FIRST_ROW}<=-5,${OUR_RULE_MARK})`,
        background: "#f4c7c3",
        fontColor: "#b3261e",
        ranges: [`${letter("change")}${FIRST_ROW}:${letter("change")}${at.last}`],
      },
      mutedGaps(`B${at.table + 1}:M${at.tableEnd}`),
    ],
    namedRanges: [],
    inputAreas: [],
    invalidCells: [],
  };
}

/** The two charts: each profile's SSI month by month, and the latest pillars side by side. */
function teamCharts(year: number, language: Language, count: number, at: TeamRows, width: number) {
  const t = messages(language).team;
  const size = { width: 600, height: 330, "legend.position": "bottom" };
  const charts: TeamChart[] = [
    {
      key: "teamSsi",
      type: "LINE",
      transpose: true,
      ranges: [area(at.table, 1, Math.max(count, 1) + 1, 13)],
      position: { row: 1, col: width + 2, offsetX: 0, offsetY: 0 },
      options: {
        ...size,
        title: fill(t.chartSsi, { year }),
        "vAxis.viewWindow.min": 0,
        "vAxis.viewWindow.max": 100,
        interpolateNulls: false,
      },
    },
    {
      key: "teamPillars",
      type: "COLUMN",
      transpose: false,
      ranges: [
        area(HEADER_ROW, col("profile"), at.last - HEADER_ROW + 1, 1),
        area(HEADER_ROW, col(PILLARS[0]), at.last - HEADER_ROW + 1, PILLARS.length),
      ],
      position: { row: 19, col: width + 2, offsetX: 0, offsetY: 0 },
      options: {
        ...size,
        title: t.chartPillars,
        "vAxis.viewWindow.min": 0,
        "vAxis.viewWindow.max": 25,
        colors: ["#0a66c2", "#2e9b5f", "#b24da8", "#e07b00"],
      },
    },
  ];
  return charts;
}

/** The team sheet for a year: rows, averages, colours for below target and for a drop of 5 or more. */
export function teamPlan(
  year: number,
  language: Language,
  members: TeamMember[],
  kpi = false,
): { plan: SheetPlan; charts: TeamChart[]; keys: LineKeys } {
  const m = messages(language);
  const at = teamRows(members.length);
  // Months across and profiles down: the sheet is as wide for 30 profiles as for one. The company
  // KPI, when there is one, and a linked seller's import come last.
  const columns = teamColumns(
    kpi,
    members.some((p) => p.source),
  );
  const values = grid<CellContent>(at.rows, columns.width, null);
  const put = (row: number, c: number, v: CellContent) => {
    values[row - 1]![c - 1] = v;
  };
  const dashboard = rowNumbers(dashboardRows());
  const ctx: RowContext = {
    year,
    language,
    m,
    columns,
    r: (key) => rowOf(dashboard, key),
    last: at.last,
    put,
  };
  headers(put, year, language, columns);
  members.forEach((member, i) => {
    if (member.source) linkedRow(ctx, member, FIRST_ROW + i);
    else keptRow(ctx, member, FIRST_ROW + i);
  });
  teamStats(put, at, columns, language);
  // The chart table: each profile's SSI month by month (gaps stay gaps in the line chart).
  put(at.table, 1, literalText(m.team.profile));
  for (let month = 1; month <= 12; month++)
    put(at.table, month + 1, literalText(m.months[month - 1] ?? ""));
  members.forEach((member, i) => {
    monthsRow(ctx, member, at.table + 1 + i, FIRST_ROW + i);
  });
  const named = teamSummary(
    put,
    m,
    year,
    at,
    columns.kpi,
    members.some((p) => p.team),
  );

  const plan: SheetPlan = {
    name: teamSheetName(year, language),
    rows: at.rows,
    cols: columns.width,
    values,
    ...teamLook(values, at, columns, m),
    namedRanges: [named],
    protectionDescription: m.team.protection,
  };
  // A profile's two rows are known by its id: a person's row after one stays after it.
  const each = (prefix: string) =>
    members.length ? members.map((member) => `${prefix}:${member.id}`) : [`${prefix}:none`];
  const keys: LineKeys = {
    marker: "keys:team",
    rows: [
      ...["title", "subtitle", "space:top", "header"],
      ...each("profile"),
      ...["average", "median", "space:1", "space:2", "months"],
      ...each("months"),
      "space:summary",
      ...SUMMARY_FIELDS.map((f) => `summary:${f}`),
    ],
    cols: columns.keys,
  };
  return { plan, charts: teamCharts(year, language, members.length, at, columns.width), keys };
}
