/** The trend charts: a small data table on the Charts sheet and the specs of the five charts drawn from it. */
import { ALL_BLOCKS } from "../domain/catalog";
import { fill, messages } from "../domain/i18n";
import { metricLabel } from "../domain/labels";
import type { Language } from "../domain/language";
import { PILLARS, TIER_THRESHOLDS } from "../domain/ssi";
import { area, cell, columnLetter, quoteSheet } from "./a1";
import {
  COL,
  type DashboardLayout,
  dashboardLayout,
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
  charts: ChartSpec[];
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
  const m = messages(language);
  const { at, rows: layoutRows } = layout;
  const blocks = ALL_BLOCKS.filter((b) => at.has(`total:${b}`));
  const kpi = at.has("kpi:total");
  const own = layoutRows.filter((x) => x.kind === "metric" && x.key.startsWith("own:"));
  const blockCol = 5 + PILLARS.length;
  const kpiCol = blockCol + blocks.length;
  const ownCol = kpiCol + (kpi ? 1 : 0);
  const TABLE_COLS = ownCol + own.length - 1;
  const ANCHOR_COL = TABLE_COLS + 2;
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
  const values = grid<CellContent>(GAPS_ROW + PILLARS.length, TABLE_COLS, null);
  values[0] = [
    m.charts.month,
    m.dashboard.ssiTotal,
    m.charts.target,
    m.charts.leader,
    ...PILLARS.map((p) => m.pillars[p]),
    ...blocks.map((b) => m.blocks[b]),
    ...(kpi ? [m.metricSetup.chartKpi] : []),
    ...own.map((x) => metricLabel(x.metric!, language)),
  ];
  for (let month = 1; month <= 12; month++) {
    const col = monthColumn(month);
    values[month] = [
      m.months[month - 1] ?? "",
      orGap(d(rowOf(at, "ssi:total"), col)),
      `=${quoteSheet(dashboard)}!$${columnLetter(COL.target)}$${rowOf(at, "ssi:total")}`,
      LEADER,
      ...PILLARS.map((p) => orGap(d(rowOf(at, `pillar:${p}`), col))),
      ...blocks.map((b) => indexed(rowOf(at, `total:${b}`), col)),
      ...(kpi ? [orGap(d(rowOf(at, "kpi:total"), col))] : []),
      ...own.map((x) => orGap(d(rowOf(at, x.key), col))),
    ];
  }
  values[GAPS_ROW - 1] = [m.charts.pillar, m.charts.gap, ...Array(TABLE_COLS - 2).fill(null)];
  PILLARS.forEach((p, i) => {
    const row = values[GAPS_ROW + i]!;
    row[0] = m.pillars[p];
    row[1] = orGap(d(rowOf(at, `gap:${p}`), COL.year));
  });
  values[GAPS_ROW - 2]![0] = fill(m.charts.gaps, { month: m.charts.latest });

  const rows = values.length;
  const headerRows = new Set([0, GAPS_ROW - 1]);
  const table: SheetPlan = {
    name: sheetName,
    rows,
    cols: TABLE_COLS,
    values,
    numberFormats: values.map((_, r) =>
      Array.from({ length: TABLE_COLS }, (_, c) =>
        // Own metrics may be decimals: shown as they are (Sheets would show "0.##" as "20.").
        headerRows.has(r) || c >= ownCol - 1
          ? ""
          : c >= blockCol - 1 && c !== kpiCol - 1
            ? "#,##0"
            : "0.00",
      ),
    ),
    backgrounds: values.map((_, r) =>
      Array.from({ length: TABLE_COLS }, (_, c) =>
        r === 0 || (r === GAPS_ROW - 1 && c < 2) ? "#0a66c2" : "#ffffff",
      ),
    ),
    fontColors: values.map((_, r) =>
      Array(TABLE_COLS).fill(headerRows.has(r) ? "#ffffff" : "#666666"),
    ),
    fontWeights: values.map((_, r) =>
      Array(TABLE_COLS).fill(headerRows.has(r) || r === GAPS_ROW - 2 ? "bold" : "normal"),
    ),
    fontSizes: [],
    wraps: values.map((row) => row.map(() => true)),
    notes: [],
    validations: [],
    frozenRows: 1,
    frozenColumns: 1,
    hiddenRows: [],
    hiddenColumns: [],
    columnWidths: [{ col: 1, count: TABLE_COLS, width: 120 }],
    conditionalRules: [mutedGaps(`A2:${columnLetter(TABLE_COLS)}${values.length}`)],
    namedRanges: [],
    inputAreas: [],
    protectionDescription: "",
    invalidCells: [],
  };

  const monthsTo = (firstCol: number, count: number) => [
    area(1, 1, 13, 1),
    area(1, firstCol, 13, count),
  ];
  const place = (i: number) => ({
    row: 1 + Math.floor(i / 2) * 18,
    col: ANCHOR_COL,
    offsetX: (i % 2) * (WIDTH + 20),
    offsetY: 0,
  });
  const base = (title: string) => ({
    title,
    width: WIDTH,
    height: HEIGHT,
    "legend.position": "bottom",
    interpolateNulls: false,
  });
  const charts: ChartSpec[] = [
    {
      key: "ssiMonthly",
      type: "LINE",
      source: "charts",
      ranges: [...monthsTo(2, 3), ...(kpi ? [area(1, kpiCol, 13, 1)] : [])],
      position: place(0),
      options: {
        ...base(m.charts.ssiMonthly),
        "vAxis.viewWindow.min": 0,
        // The KPI reaches 120 when every metric is 20 % over target.
        "vAxis.viewWindow.max": kpi ? 120 : 100,
        colors: [COLORS.ssi, COLORS.target, COLORS.leader, ...(kpi ? [COLORS.kpi] : [])],
        "hAxis.title": m.charts.month,
        "vAxis.title": m.charts.score,
      },
    },
    {
      key: "ssiWeekly",
      type: "LINE",
      source: "log",
      ranges: [
        `${logColumn("date")}:${logColumn("date")}`,
        `${logColumn("total")}:${logColumn("total")}`,
      ],
      position: place(1),
      options: {
        ...base(m.charts.ssiWeekly),
        "vAxis.viewWindow.min": 0,
        "vAxis.viewWindow.max": 100,
        colors: [COLORS.ssi],
        "hAxis.title": m.charts.date,
        "vAxis.title": m.charts.score,
      },
    },
    {
      key: "pillars",
      type: "LINE",
      source: "charts",
      ranges: monthsTo(5, PILLARS.length),
      position: place(2),
      options: {
        ...base(m.charts.pillars),
        "vAxis.viewWindow.min": 0,
        "vAxis.viewWindow.max": 25,
        colors: COLORS.pillars,
        "hAxis.title": m.charts.month,
        "vAxis.title": m.charts.score,
      },
    },
    {
      key: "blockTotals",
      type: "COLUMN",
      source: "charts",
      ranges: monthsTo(blockCol, blocks.length),
      position: place(3),
      options: {
        ...base(m.charts.blockTotals),
        "hAxis.title": m.charts.month,
        "vAxis.title": m.charts.total,
      },
    },
    {
      key: "gaps",
      type: "BAR",
      source: "charts",
      ranges: [area(GAPS_ROW, 1, PILLARS.length + 1, 2)],
      position: place(4),
      options: {
        ...base(fill(m.charts.gaps, { month: m.charts.latest })),
        "hAxis.viewWindow.min": 0,
        "hAxis.viewWindow.max": 25,
        colors: [COLORS.target],
        "hAxis.title": m.charts.gap,
      },
    },
  ];
  if (own.length > 0)
    charts.push({
      key: "own",
      type: "LINE",
      source: "charts",
      ranges: monthsTo(ownCol, own.length),
      position: place(5),
      options: {
        ...base(m.metricSetup.chartOwn),
        "vAxis.viewWindow.min": 0,
        "hAxis.title": m.charts.month,
      },
    });
  return { table, charts };
}
