/** The trend charts: a small data table on the Charts sheet and the specs of the five charts drawn from it. */
import { ALL_BLOCKS, type BlockId } from "../domain/catalog";
import { fill, type Messages, messages } from "../domain/i18n";
import { metricLabel } from "../domain/labels";
import type { Language } from "../domain/language";
import { PILLARS, TIER_THRESHOLDS } from "../domain/ssi";
import { area, cell, columnLetter, quoteSheet } from "./a1";
import { type LineKeys, numberedKeys } from "./keyedLines";
import {
  COL,
  type DashboardLayout,
  dashboardLayout,
  type LayoutRow,
  monthColumn,
  ownedName,
  rowOf,
  type SheetOwner,
} from "./layout";
import { type CellContent, grid, mutedGaps, type SheetPlan } from "./sheetPlan";
import { logColumn } from "./ssiLog";

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
  /** Which sheet the ranges are on. */
  source: "charts" | "log";
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
  return { blocks, kpi, own, blockCol, kpiCol, ownCol, width: ownCol + own.length - 1 };
}

/**
 * The chart table for a dashboard and the chart specs that read it and the SSI log: five, and a sixth
 * for the user's own metrics; the company KPI is a line beside the SSI.
 */
export function chartsPlan(
  language: Language,
  dashboard: string,
  sheetName: string,
  layout: DashboardLayout = dashboardLayout(),
): ChartsPlan {
  const cols = tableColumns(layout);
  const table = chartTable(language, dashboard, sheetName, layout, cols);
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
    ],
  };
  return { table, keys, charts: chartSpecs(language, cols) };
}

/** The table's figures, live from the dashboard: a month without one is a gap (#N/A) the charts skip. */
function tableValues(
  language: Language,
  dashboard: string,
  { at }: DashboardLayout,
  cols: TableColumns,
): CellContent[][] {
  const m = messages(language);
  const d = (row: number, col: number) => `${quoteSheet(dashboard)}!${cell(row, col)}`;
  const orGap = (ref: string) => `=IF(${ref}="",NA(),${ref})`;
  // Blocks differ by orders of magnitude (network size against meetings): each is drawn as an index
  // of its own first month with a figure (= 100), so every block's trend is visible.
  const indexed = (row: number, col: number) => {
    const months = `${quoteSheet(dashboard)}!$${columnLetter(monthColumn(1))}$${row}:$${columnLetter(monthColumn(12))}$${row}`;
    const keys = `${quoteSheet(dashboard)}!$${columnLetter(monthColumn(1))}$1:$${columnLetter(monthColumn(12))}$1`;
    const first = `MINIFS(${keys},${months},">=0")`;
    const base = `INDEX(${months},1,${first})`;
    const now = d(row, col);
    return `=IF(OR(${first}=0,NOT(ISNUMBER(${now}))),NA(),IF(${base}=0,NA(),ROUND(${now}/${base}*100,1)))`;
  };
  const values = grid<CellContent>(GAPS_ROW + PILLARS.length, cols.width, null);
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
  for (let month = 1; month <= 12; month++) {
    const col = monthColumn(month);
    values[month] = [
      m.months[month - 1] ?? "",
      orGap(d(rowOf(at, "ssi:total"), col)),
      `=${quoteSheet(dashboard)}!$${columnLetter(COL.target)}$${rowOf(at, "ssi:total")}`,
      LEADER,
      ...PILLARS.map((p) => orGap(d(rowOf(at, `pillar:${p}`), col))),
      ...cols.blocks.map((b) => indexed(rowOf(at, `total:${b}`), col)),
      ...(cols.kpi ? [orGap(d(rowOf(at, "kpi:total"), col))] : []),
      ...cols.own.map((x) => orGap(d(rowOf(at, x.key), col))),
    ];
  }
  values[GAPS_ROW - 1] = [m.charts.pillar, m.charts.gap, ...Array(cols.width - 2).fill(null)];
  PILLARS.forEach((p, i) => {
    const row = values[GAPS_ROW + i]!;
    row[0] = m.pillars[p];
    row[1] = orGap(d(rowOf(at, `gap:${p}`), COL.year));
  });
  values[GAPS_ROW - 2]![0] = fill(m.charts.gaps, { month: m.charts.latest });
  return values;
}

/** The chart table as a sheet plan: its figures, headers in blue, gaps muted. */
function chartTable(
  language: Language,
  dashboard: string,
  sheetName: string,
  layout: DashboardLayout,
  cols: TableColumns,
): SheetPlan {
  const values = tableValues(language, dashboard, layout, cols);
  const { width, blockCol, kpiCol, ownCol } = cols;
  const headerRows = new Set([0, GAPS_ROW - 1]);
  return {
    name: sheetName,
    rows: values.length,
    cols: width,
    values,
    numberFormats: values.map((_, r) =>
      Array.from({ length: width }, (_, c) =>
        // Own metrics may be decimals: shown as they are (Sheets would show "0.##" as "20.").
        headerRows.has(r) || c >= ownCol - 1
          ? ""
          : c >= blockCol - 1 && c !== kpiCol - 1
            ? "#,##0"
            : "0.00",
      ),
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
    source: "charts",
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

/** Every SSI reading of the log, week by week. */
function ssiWeeklyChart(m: Messages): Omit<ChartSpec, "position"> {
  return {
    key: "ssiWeekly",
    type: "LINE",
    source: "log",
    ranges: [
      `${logColumn("date")}:${logColumn("date")}`,
      `${logColumn("total")}:${logColumn("total")}`,
    ],
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
    source: "charts",
    ranges: monthsTo(5, PILLARS.length),
    options: {
      ...base(m.charts.pillars),
      ...scoreAxis(25, m.charts.score),
      colors: COLORS.pillars,
      "hAxis.title": m.charts.month,
    },
  };
}

/** Each block's total as an index of its first month. */
function blockTotalsChart(m: Messages, cols: TableColumns): Omit<ChartSpec, "position"> {
  return {
    key: "blockTotals",
    type: "COLUMN",
    source: "charts",
    ranges: monthsTo(cols.blockCol, cols.blocks.length),
    options: {
      ...base(m.charts.blockTotals),
      "hAxis.title": m.charts.month,
      "vAxis.title": m.charts.total,
    },
  };
}

/** How far each pillar is from its target in the latest month. */
function gapsChart(m: Messages): Omit<ChartSpec, "position"> {
  return {
    key: "gaps",
    type: "BAR",
    source: "charts",
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
    source: "charts",
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
    ssiWeeklyChart(m),
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
