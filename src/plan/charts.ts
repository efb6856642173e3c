/** The trend charts: a small data table on the Charts sheet and the specs of the five charts drawn from it. */
import { ALL_BLOCKS, type BlockId } from "../domain/catalog";
import { fill, type Messages, messages } from "../domain/i18n";
import { metricLabel } from "../domain/labels";
import type { Language } from "../domain/language";
import { PILLARS, TIER_THRESHOLDS } from "../domain/ssi";
import { area, cell, columnLetter, literal, quoteSheet } from "./a1";
import {
  COL,
  type DashboardLayout,
  type LayoutRow,
  monthColumn,
  ownedName,
  rowOf,
  type SheetOwner,
} from "./layout";
import { type LineKeys, numberedKeys } from "./lines/keyedLines";
import { type CellContent, grid, mutedGaps, type SheetPlan } from "./sheetPlan";
import { type LogColumn, logColumn, logToday } from "./ssiLog";

export const CHART_KEYS = [
  "ssiMonthly",
  "ssiWeekly",
  "pillars",
  "blockTotals",
  "gaps",
  "own",
] as const;
export type ChartKey = (typeof CHART_KEYS)[number];

export interface ChartSpec {
  key: ChartKey;
  type: "LINE" | "COLUMN" | "BAR";
  ranges: string[];
  position: { row: number; col: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
}

export interface ChartsPlan {
  table: SheetPlan;
  /** The table's lines' keys: rows by place, columns by the figure they hold. */
  keys: LineKeys;
  charts: ChartSpec[];
}

/** Where each kind of series sits in the chart table, for a dashboard's layout. */
interface TableColumns {
  blocks: BlockId[];
  kpi: boolean;
  own: LayoutRow[];
  blockCol: number;
  kpiCol: number;
  ownCol: number;
  /** The weeks' end dates and their latest readings, in two columns after the own metrics. */
  weekCol: number;
  /** How many columns the table has. */
  width: number;
}

const LEADER = TIER_THRESHOLDS[0];
const GAPS_ROW = 16;
const WIDTH = 600;
const HEIGHT = 330;
const COLORS = {
  ssi: "#0a66c2",
  target: "#e07b00",
  leader: "#8a8a8a",
  kpi: "#2e9b5f",
  pillars: ["#0a66c2", "#2e9b5f", "#b24da8", "#e07b00"],
};

/** The Charts sheet's name in a language; once made, its name is kept in the document's properties. */
export function chartsSheetName(language: Language, owner?: SheetOwner): string {
  return ownedName(messages(language).charts.sheetName, owner);
}

/** The table's columns: month, SSI, target, leader, pillars, block totals, the KPI, own metrics. */
function tableColumns(layout: DashboardLayout): TableColumns {
  const blocks = ALL_BLOCKS.filter((b) => layout.at.has(`total:${b}`));
  const kpi = layout.at.has("kpi:total");
  const own = layout.rows.filter((x) => x.kind === "metric" && x.key.startsWith("own:"));
  const blockCol = 5 + PILLARS.length;
  const kpiCol = blockCol + blocks.length;
  const ownCol = kpiCol + (kpi ? 1 : 0);
  const weekCol = ownCol + own.length;
  return { blocks, kpi, own, blockCol, kpiCol, ownCol, weekCol, width: weekCol + 1 };
}

/**
 * The chart table for a dashboard and the chart specs that read it and the SSI log: five, and a sixth
 * for the user's own metrics; the company KPI is a line beside the SSI.
 */
export function chartsPlan(
  language: Language,
  current: YearSheet,
  previous: YearSheet | null,
  sheetName: string,
  log: string,
): ChartsPlan {
  const cols = tableColumns(current.layout);
  const table = chartTable(language, { current, previous, log }, sheetName, cols);
  const keys: LineKeys = {
    marker: "keys:charts",
    rows: numberedKeys("r", table.rows),
    cols: [
      "month",
      "ssi",
      "target",
      "leader",
      ...PILLARS.map((p) => `pillar:${p}`),
      ...cols.blocks.map((b) => `total:${b}`),
      ...(cols.kpi ? ["kpi:total"] : []),
      ...cols.own.map((x) => x.key),
      "week",
      "week:ssi",
    ],
  };
  return { table, keys, charts: chartSpecs(language, cols) };
}

/** A year's dashboard as the chart table reads it: its year, its name now and its layout. */
export interface YearSheet {
  year: number;
  name: string;
  layout: DashboardLayout;
}

/** What the chart table reads: this year's dashboard, last year's where it exists, and the log. */
interface TableSources {
  current: YearSheet;
  previous: YearSheet | null;
  log: string;
}

/** The row under the table that holds this month's place in the year, which ends the twelve shown. */
export const LATEST_ROW = GAPS_ROW + PILLARS.length + 2;
/** How many weeks the weekly SSI chart shows. */
const WEEKS = 52;

/**
 * The table's figures, live from the dashboards: the last twelve months up to this one, the earlier
 * ones from last year's sheet where it exists. A month without one is a gap
 * (#N/A) the charts skip.
 */
function tableValues(
  language: Language,
  { current, previous, log }: TableSources,
  cols: TableColumns,
): CellContent[][] {
  const m = messages(language);
  const { at } = current.layout;
  const latest = `$B$${LATEST_ROW}`;
  // A month is found by its key in row 1, so a column a person put between months is never read.
  const inYear = (sheet: YearSheet | null, key: string) => {
    if (!sheet?.layout.at.has(key)) return null;
    const row = rowOf(sheet.layout.at, key);
    const span = (r: number) =>
      `${quoteSheet(sheet.name)}!$${columnLetter(monthColumn(1))}$${r}:$${columnLetter(monthColumn(12))}$${r}`;
    return (month: string) => `INDEX(${span(row)},1,MATCH(${month},${span(1)},0))`;
  };
  // Table row r (1–12) shows month latest−12+r: this year's when that is 1 or more, else last year's.
  const pick = (
    r: number,
    thisYear: ((month: string) => string) | null,
    lastYear: ((month: string) => string) | null,
  ) => {
    const place = `${latest}-${12 - r}`;
    return `IF(${place}>=1,${thisYear ? thisYear(place) : "NA()"},${lastYear ? lastYear(`${place}+12`) : "NA()"})`;
  };
  const series = (r: number, key: string) => {
    const value = pick(r, inYear(current, key), inYear(previous, key));
    return `=IFERROR(IF(ISNUMBER(${value}),${value},NA()),NA())`;
  };
  const { year } = current;
  const names = (y: number) => (month: string) =>
    `CHOOSE(${month},${m.months.map((name) => literal(`${name} ${y}`)).join(",")})`;
  const label = (r: number) => `=${pick(r, names(year), names(year - 1))}`;
  const values = grid<CellContent>(Math.max(LATEST_ROW, WEEKS + 1), cols.width, null);
  values[0] = [
    m.charts.month,
    m.dashboard.ssiTotal,
    m.charts.target,
    m.charts.leader,
    ...PILLARS.map((p) => m.pillars[p]),
    ...cols.blocks.map((b) => m.blocks[b]),
    ...(cols.kpi ? [m.metricSetup.chartKpi] : []),
    ...cols.own.map((x) => metricLabel(x.metric!, language)),
  ];
  for (let r = 1; r <= 12; r++) {
    values[r] = [
      label(r),
      series(r, "ssi:total"),
      `=${quoteSheet(current.name)}!$${columnLetter(COL.target)}$${rowOf(at, "ssi:total")}`,
      LEADER,
      ...PILLARS.map((p) => series(r, `pillar:${p}`)),
      ...cols.blocks.map((b) => series(r, `total:${b}`)),
      ...(cols.kpi ? [series(r, "kpi:total")] : []),
      ...cols.own.map((x) => series(r, x.key)),
    ];
  }
  const d = (row: number, col: number) => `${quoteSheet(current.name)}!${cell(row, col)}`;
  const orGap = (ref: string) => `=IF(${ref}="",NA(),${ref})`;
  values[GAPS_ROW - 1] = [m.charts.pillar, m.charts.gap, ...Array(cols.width - 2).fill(null)];
  PILLARS.forEach((p, i) => {
    const row = values[GAPS_ROW + i]!;
    row[0] = m.pillars[p];
    row[1] = orGap(d(rowOf(at, `gap:${p}`), COL.year));
  });
  values[GAPS_ROW - 2]![0] = fill(m.charts.gaps, { month: m.charts.latest });
  values[LATEST_ROW - 1]![0] = m.charts.latestMonth;
  values[LATEST_ROW - 1]![1] = latestMonthFormula(current.year, log);
  weekValues(m, values, cols.weekCol, log);
  return values;
}

/**
 * The last 52 weeks, ending today: each week's end date and its latest reading in the log (a reading
 * dated after today waits for its week), a gap where the week has none.
 */
function weekValues(m: Messages, values: CellContent[][], weekCol: number, log: string): void {
  const column = (c: LogColumn) => `${quoteSheet(log)}!$${logColumn(c)}:$${logColumn(c)}`;
  const dates = column("date");
  values[0]![weekCol - 1] = m.charts.weekEnding;
  values[0]![weekCol] = m.dashboard.ssiTotal;
  for (let w = 1; w <= WEEKS; w++) {
    const end = cell(w + 1, weekCol);
    const latest = `MAXIFS(${dates},${dates},">"&${end}-7,${dates},"<="&${end})`;
    values[w]![weekCol - 1] =
      w === WEEKS ? `=${logToday(log)}` : `=${logToday(log)}-${7 * (WEEKS - w)}`;
    values[w]![weekCol] = `=IFERROR(INDEX(${column("total")},MATCH(${latest},${dates},0)),NA())`;
  }
}

/** This month's place in the dashboard's year, live: 12 once the year is past, 0 before it begins. */
function latestMonthFormula(year: number, log: string): string {
  const today = logToday(log);
  return `=IF(YEAR(${today})>${year},12,IF(YEAR(${today})<${year},0,MONTH(${today})))`;
}

/** The chart table as a sheet plan: its figures, headers in blue, gaps muted. */
function chartTable(
  language: Language,
  sources: TableSources,
  sheetName: string,
  cols: TableColumns,
): SheetPlan {
  const values = tableValues(language, sources, cols);
  const { width, blockCol, kpiCol, ownCol, weekCol } = cols;
  const headerRows = new Set([0, GAPS_ROW - 1]);
  return {
    name: sheetName,
    rows: values.length,
    cols: width,
    values,
    numberFormats: values.map((_, r) =>
      Array.from({ length: width }, (_, c) => {
        if (r === 0) return "";
        if (c === weekCol - 1) return "yyyy-mm-dd";
        if (c === weekCol) return "0.00";
        if (r === LATEST_ROW - 1) return c === 1 ? "0" : "";
        // Own metrics may be decimals: shown as they are (Sheets would show "0.##" as "20.").
        if (headerRows.has(r) || c >= ownCol - 1) return "";
        return c >= blockCol - 1 && c < kpiCol - 1 ? "0%" : "0.00";
      }),
    ),
    backgrounds: values.map((_, r) =>
      Array.from({ length: width }, (_, c) =>
        r === 0 || (r === GAPS_ROW - 1 && c < 2) ? "#0a66c2" : "#ffffff",
      ),
    ),
    fontColors: values.map((_, r) => Array(width).fill(headerRows.has(r) ? "#ffffff" : "#666666")),
    fontWeights: values.map((_, r) =>
      Array(width).fill(headerRows.has(r) || r === GAPS_ROW - 2 ? "bold" : "normal"),
    ),
    fontSizes: [],
    wraps: values.map((row) => row.map(() => true)),
    notes: [],
    validations: [],
    frozenRows: 1,
    frozenColumns: 1,
    hiddenRows: [],
    hiddenColumns: [],
    columnWidths: [{ col: 1, count: width, width: 120 }],
    conditionalRules: [mutedGaps(`A2:${columnLetter(width)}${values.length}`)],
    namedRanges: [],
    inputAreas: [],
    protectionDescription: "",
    invalidCells: [],
  };
}

/** What every chart shares: its title, size, legend, and gaps left as gaps. */
function base(title: string) {
  return {
    title,
    width: WIDTH,
    height: HEIGHT,
    "legend.position": "bottom",
    interpolateNulls: false,
  };
}

/** A value axis from 0 to `max`, named `title`. */
function scoreAxis(max: number, title: string) {
  return { "vAxis.viewWindow.min": 0, "vAxis.viewWindow.max": max, "vAxis.title": title };
}

/** The table's month column and `count` series from `firstCol`, header row included. */
function monthsTo(firstCol: number, count: number): string[] {
  return [area(1, 1, 13, 1), area(1, firstCol, 13, count)];
}

/** The monthly SSI against its target and the leaders' line, with the company KPI when there is one. */
function ssiMonthlyChart(m: Messages, cols: TableColumns): Omit<ChartSpec, "position"> {
  const { kpi, kpiCol } = cols;
  return {
    key: "ssiMonthly",
    type: "LINE",
    ranges: [...monthsTo(2, 3), ...(kpi ? [area(1, kpiCol, 13, 1)] : [])],
    options: {
      ...base(m.charts.ssiMonthly),
      // The KPI reaches 120 when every metric is 20 % over target.
      ...scoreAxis(kpi ? 120 : 100, m.charts.score),
      colors: [COLORS.ssi, COLORS.target, COLORS.leader, ...(kpi ? [COLORS.kpi] : [])],
      "hAxis.title": m.charts.month,
    },
  };
}

/** The SSI week by week over the last 52 weeks, from the table's weekly columns. */
function ssiWeeklyChart(m: Messages, cols: TableColumns): Omit<ChartSpec, "position"> {
  return {
    key: "ssiWeekly",
    type: "LINE",
    ranges: [area(1, cols.weekCol, WEEKS + 1, 1), area(1, cols.weekCol + 1, WEEKS + 1, 1)],
    options: {
      ...base(m.charts.ssiWeekly),
      ...scoreAxis(100, m.charts.score),
      colors: [COLORS.ssi],
      "hAxis.title": m.charts.date,
    },
  };
}

/** The four pillars, month by month, on their 0–25 scale. */
function pillarsChart(m: Messages): Omit<ChartSpec, "position"> {
  return {
    key: "pillars",
    type: "LINE",
    ranges: monthsTo(5, PILLARS.length),
    options: {
      ...base(m.charts.pillars),
      ...scoreAxis(25, m.charts.score),
      colors: COLORS.pillars,
      "hAxis.title": m.charts.month,
    },
  };
}

/** Each block's share of targets met, month by month, on one 0–100 % scale. */
function blockTotalsChart(m: Messages, cols: TableColumns): Omit<ChartSpec, "position"> {
  return {
    key: "blockTotals",
    type: "COLUMN",
    ranges: monthsTo(cols.blockCol, cols.blocks.length),
    options: {
      ...base(m.charts.blockTotals),
      "vAxis.viewWindow.min": 0,
      "vAxis.viewWindow.max": 1,
      "vAxis.format": "percent",
      "hAxis.title": m.charts.month,
      "vAxis.title": m.charts.targetsMet,
    },
  };
}

/** How far each pillar is from its target in the latest month. */
function gapsChart(m: Messages): Omit<ChartSpec, "position"> {
  return {
    key: "gaps",
    type: "BAR",
    ranges: [area(GAPS_ROW, 1, PILLARS.length + 1, 2)],
    options: {
      ...base(fill(m.charts.gaps, { month: m.charts.latest })),
      "hAxis.viewWindow.min": 0,
      "hAxis.viewWindow.max": 25,
      colors: [COLORS.target],
      "hAxis.title": m.charts.gap,
    },
  };
}

/** The user's own metrics, month by month. */
function ownChart(m: Messages, cols: TableColumns): Omit<ChartSpec, "position"> {
  return {
    key: "own",
    type: "LINE",
    ranges: monthsTo(cols.ownCol, cols.own.length),
    options: {
      ...base(m.metricSetup.chartOwn),
      "vAxis.viewWindow.min": 0,
      "hAxis.title": m.charts.month,
    },
  };
}

/** The charts in reading order, two abreast to the right of the table. */
function chartSpecs(language: Language, cols: TableColumns): ChartSpec[] {
  const m = messages(language);
  const specs = [
    ssiMonthlyChart(m, cols),
    ssiWeeklyChart(m, cols),
    pillarsChart(m),
    blockTotalsChart(m, cols),
    gapsChart(m),
    ...(cols.own.length > 0 ? [ownChart(m, cols)] : []),
  ];
  return specs.map((spec, i) => ({
    ...spec,
    position: {
      row: 1 + Math.floor(i / 2) * 18,
      col: cols.width + 2,
      offsetX: (i % 2) * (WIDTH + 20),
      offsetY: 0,
    },
  }));
}
