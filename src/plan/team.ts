/** The team sheet: one row per active profile, live formulas over each profile's dashboard, and two charts. */
import { fill, messages } from "../domain/i18n";
import type { Language } from "../domain/language";
import { PILLARS } from "../domain/ssi";
import { area, columnLetter, quoteSheet } from "./a1";
import type { LineKeys } from "./keyedLines";
import { COL, dashboardRows, monthColumn, rowNumbers, rowOf } from "./layout";
import {
  type CellContent,
  grid,
  literalText,
  mutedGaps,
  OUR_RULE_MARK,
  type SheetPlan,
} from "./sheetPlan";

/** A profile as the team sheet reads it: its id, its name and its dashboard for the year, if built. */
export interface TeamMember {
  id: string;
  name: string;
  dashboard: string | null;
}

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

const HEADER_ROW = 4;
const FIRST_ROW = HEADER_ROW + 1;
export const TEAM_COLUMNS = [
  "profile",
  "latest",
  "ssi",
  ...PILLARS,
  "target",
  "gap",
  "tier",
  "weakest",
  "change",
  "monthsOnTarget",
  "rank",
] as const;
const COLS = TEAM_COLUMNS.length;
const col = (key: (typeof TEAM_COLUMNS)[number]) => TEAM_COLUMNS.indexOf(key) + 1;
const letter = (key: (typeof TEAM_COLUMNS)[number]) => columnLetter(col(key));
/** Columns a team average and median make sense for. */
const NUMERIC = ["ssi", ...PILLARS, "target", "gap", "change", "monthsOnTarget"] as const;
const BLUE = "#0a66c2";

/** The team sheet for a year: rows, averages, colours for below target and for a drop of 5 or more. */
export function teamPlan(
  year: number,
  language: Language,
  members: TeamMember[],
  kpi = false,
): { plan: SheetPlan; charts: TeamChart[]; keys: LineKeys } {
  const m = messages(language);
  const t = m.team;
  const at = rowNumbers(dashboardRows());
  const r = (key: string) => rowOf(at, key);
  const last = FIRST_ROW + Math.max(members.length, 1) - 1;
  const averageRow = last + 1;
  const medianRow = last + 2;
  const tableTop = medianRow + 3;
  const rows = tableTop + Math.max(members.length, 1);
  // Months across and profiles down: the sheet is as wide for 30 profiles as for one. The company
  // KPI, when there is one, is the last column.
  const width = COLS + (kpi ? 1 : 0);
  const kpiCol = COLS + 1;
  const values = grid<CellContent>(rows, width, null);
  const put = (row: number, c: number, v: CellContent) => {
    values[row - 1]![c - 1] = v;
  };

  put(1, 1, literalText(fill(t.title, { year })));
  put(2, 1, literalText(t.subtitle));
  const headers: Record<(typeof TEAM_COLUMNS)[number], string> = {
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
    rank: t.rank,
  };
  for (const key of TEAM_COLUMNS) put(HEADER_ROW, col(key), literalText(headers[key]));
  if (kpi) put(HEADER_ROW, kpiCol, literalText(m.metricSetup.teamKpi));

  const year0 = columnLetter(COL.year);
  const first = columnLetter(monthColumn(1));
  const lastMonth = columnLetter(monthColumn(12));
  members.forEach((member, i) => {
    const row = FIRST_ROW + i;
    put(row, col("profile"), literalText(member.name));
    if (!member.dashboard) {
      put(row, col("latest"), literalText(fill(t.noDashboard, { year })));
      return;
    }
    const d = `${quoteSheet(member.dashboard)}!`;
    const ssiRow = `${d}$${first}$${r("ssi:total")}:$${lastMonth}$${r("ssi:total")}`;
    const keys = `${d}$${first}$1:$${lastMonth}$1`;
    const latestMonth = `MAXIFS(${keys},${ssiRow},">=0")`;
    const inMonth = (offset: number) =>
      `INDEX(${ssiRow},1,${latestMonth}${offset ? `-${offset}` : ""})`;
    const yearCell = (key: string) => `${d}$${year0}$${r(key)}`;
    put(row, col("latest"), `=${yearCell("reading")}`);
    put(row, col("ssi"), `=${yearCell("ssi:total")}`);
    for (const p of PILLARS) put(row, col(p), `=${yearCell(`pillar:${p}`)}`);
    put(row, col("target"), `=${d}$${columnLetter(COL.target)}$${r("ssi:total")}`);
    put(row, col("gap"), `=${yearCell("gap:total")}`);
    put(row, col("tier"), `=${yearCell("tier")}`);
    put(row, col("weakest"), `=${yearCell("weakest")}`);
    put(
      row,
      col("change"),
      `=IF(${latestMonth}<2,"",IF(AND(ISNUMBER(${inMonth(0)}),ISNUMBER(${inMonth(1)})),ROUND(${inMonth(0)}-${inMonth(1)},2),""))`,
    );
    put(
      row,
      col("monthsOnTarget"),
      `=COUNTIF(${ssiRow},">="&${d}$${columnLetter(COL.target)}$${r("ssi:total")})`,
    );
    // The KPI section sits below each profile's own metrics, which vary: found by its key, live.
    if (kpi)
      put(
        row,
        kpiCol,
        `=IFERROR(INDEX(${d}$${year0}:$${year0},MATCH("kpi:total",${d}$A:$A,0)),"")`,
      );
    const ssi = `${letter("ssi")}${row}`;
    // 1 + how many score higher: ties share a rank, as RANK does.
    put(
      row,
      col("rank"),
      `=IF(ISNUMBER(${ssi}),1+COUNTIF($${letter("ssi")}$${FIRST_ROW}:$${letter("ssi")}$${last},">"&${ssi}),"")`,
    );
  });

  put(averageRow, 1, literalText(t.average));
  put(medianRow, 1, literalText(t.median));
  for (const c of [...NUMERIC.map(col), ...(kpi ? [kpiCol] : [])]) {
    const span = `${columnLetter(c)}${FIRST_ROW}:${columnLetter(c)}${last}`;
    put(averageRow, c, `=IF(COUNT(${span})=0,"",ROUND(AVERAGE(${span}),2))`);
    put(medianRow, c, `=IF(COUNT(${span})=0,"",ROUND(MEDIAN(${span}),2))`);
  }

  // The chart table: each profile's SSI month by month (gaps stay gaps in the line chart).
  put(tableTop, 1, literalText(t.profile));
  for (let month = 1; month <= 12; month++)
    put(tableTop, month + 1, literalText(m.months[month - 1] ?? ""));
  members.forEach((member, i) => {
    put(tableTop + 1 + i, 1, literalText(member.name));
    if (!member.dashboard) return;
    for (let month = 1; month <= 12; month++) {
      const ref = `${quoteSheet(member.dashboard)}!${columnLetter(monthColumn(month))}${r("ssi:total")}`;
      put(tableTop + 1 + i, month + 1, `=IF(ISNUMBER(${ref}),${ref},NA())`);
    }
  });

  const bold = new Set([1, HEADER_ROW, averageRow, medianRow, tableTop]);
  const headerRows = new Set([HEADER_ROW, tableTop]);
  const numberFormat = (row: number, c: number): string => {
    if (row === HEADER_ROW || row === tableTop || row < HEADER_ROW) return "";
    if (row > tableTop) return c === 1 ? "" : "0.00";
    if (c === col("latest")) return "yyyy-mm-dd";
    if (c === col("change")) return "+0.00;-0.00;0";
    if (c === col("monthsOnTarget") || c === col("rank")) return "0";
    return (c >= col("ssi") && c <= col("gap")) || c === kpiCol ? "0.00" : "";
  };
  const plan: SheetPlan = {
    name: teamSheetName(year, language),
    rows,
    cols: width,
    values,
    numberFormats: values.map((_, i) =>
      Array.from({ length: width }, (_, c) => numberFormat(i + 1, c + 1)),
    ),
    backgrounds: values.map((_, i) =>
      Array(width).fill(
        headerRows.has(i + 1)
          ? BLUE
          : i + 1 === averageRow || i + 1 === medianRow
            ? "#e8f0fe"
            : "#ffffff",
      ),
    ),
    fontColors: values.map((_, i) =>
      Array(width).fill(headerRows.has(i + 1) ? "#ffffff" : "#000000"),
    ),
    fontWeights: values.map((_, i) => Array(width).fill(bold.has(i + 1) ? "bold" : "normal")),
    fontSizes: values.map((_, i) => Array(width).fill(i === 0 ? 14 : 10)),
    // Everything wraps in its column but the title and the sentence under it, which run across.
    wraps: values.map((_, i) => Array(width).fill(i + 1 > 2)),
    notes: [],
    validations: [],
    frozenRows: HEADER_ROW,
    frozenColumns: 1,
    hiddenRows: [],
    hiddenColumns: [],
    columnWidths: [
      { col: 1, count: 1, width: 200 },
      { col: 2, count: col("tier") - 2, width: 100 },
      { col: col("tier"), count: 2, width: 170 },
      { col: col("change"), count: width - col("change") + 1, width: 100 },
    ],
    conditionalRules: [
      {
        formula: `=AND(ISNUMBER($${letter("gap")}${FIRST_ROW}),$${letter("gap")}${FIRST_ROW}>0,${OUR_RULE_MARK})`,
        background: "#fce8e6",
        fontColor: "#b3261e",
        ranges: [`${letter("gap")}${FIRST_ROW}:${letter("gap")}${last}`],
      },
      {
        formula: `=AND(ISNUMBER($${letter("change")}${FIRST_ROW}),$${letter("change")}${FIRST_ROW}<=-5,${OUR_RULE_MARK})`,
        background: "#f4c7c3",
        fontColor: "#b3261e",
        ranges: [`${letter("change")}${FIRST_ROW}:${letter("change")}${last}`],
      },
      mutedGaps(`B${tableTop + 1}:M${rows}`),
    ],
    namedRanges: [],
    inputAreas: [],
    protectionDescription: t.protection,
    invalidCells: [],
  };
  const size = { width: 600, height: 330, "legend.position": "bottom" };
  const charts: TeamChart[] = [
    {
      key: "teamSsi",
      type: "LINE",
      transpose: true,
      ranges: [area(tableTop, 1, Math.max(members.length, 1) + 1, 13)],
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
        area(HEADER_ROW, col("profile"), last - HEADER_ROW + 1, 1),
        area(HEADER_ROW, col(PILLARS[0]), last - HEADER_ROW + 1, PILLARS.length),
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
    ],
    cols: [...TEAM_COLUMNS, ...(kpi ? ["kpi"] : [])],
  };
  return { plan, charts, keys };
}
