/** The SSI section: each month's latest reading from the log, pillars, total, gaps, comparisons, level, next action. */
import { fill } from "../../domain/i18n";
import { DEFAULT_PILLAR_TARGET, PILLARS } from "../../domain/ssi";
import { PILLAR_RULE } from "../../domain/values";
import { cell, columnLetter, literal } from "../a1";
import { COL, type LayoutRow, monthColumn } from "../layout";
import { type LogColumn, logToday } from "../ssiLog";
import type { DashboardContext } from "./context";
import { FIRST, LAST, MONTHS, tierFormula } from "./formulas";
import type { DashboardGrid } from "./grid";
import { COLORS } from "./look";

/** The log column behind an average or rank row, by comparison. */
const LOG_FIELD = {
  average: { industry: "industryAvg", network: "networkAvg" },
  rank: { industry: "industryRank", network: "networkRank" },
} as const;

/** Writes one row of the SSI section. */
export function ssiRow(
  g: DashboardGrid,
  ctx: DashboardContext,
  row: LayoutRow,
  rowNo: number,
): void {
  const { m, input, r, log } = ctx;
  const { language } = input;
  const reading = r("reading");
  const total = r("ssi:total");
  const fromLog = (x: string, c: LogColumn) =>
    `INDEX(${log(c)},MATCH(${x}${reading},${log("date")},0))`;
  const each = (make: (x: string, col: number) => string) => eachColumn(g, rowNo, make);
  switch (row.kind) {
    case "readingDate":
      readingDateLine(g, ctx, rowNo);
      break;
    case "pillar":
    case "ssiTotal":
      scoreLine(g, ctx, row, rowNo);
      break;
    case "pillarGap": {
      const p = r(`pillar:${row.pillar}`);
      g.set(rowNo, COL.label, fill(m.dashboard.gap, { pillar: m.pillars[row.pillar!] }));
      each((x) => `=IF(${x}${p}="","",ROUND(MAX(0,$${columnLetter(COL.target)}$${p}-${x}${p}),2))`);
      g.formatRow(rowNo, "0.00");
      break;
    }
    case "totalGap":
      g.set(rowNo, COL.label, m.dashboard.totalGap);
      each(
        (x) =>
          `=IF(${x}${total}="","",ROUND(MAX(0,$${columnLetter(COL.target)}$${total}-${x}${total}),2))`,
      );
      g.formatRow(rowNo, "0.00");
      g.style(rowNo, COL.label, COL.label, COLORS.formula, "#000000", true);
      break;
    case "average":
    case "rank": {
      // Optional log columns: blank in the log stays blank here rather than 0.
      const c = LOG_FIELD[row.kind][row.versus!];
      g.set(rowNo, COL.label, m.dashboard[c]);
      each((x) => `=IF(${x}${reading}="","",IF(${fromLog(x, c)}="","",${fromLog(x, c)}))`);
      g.formatRow(rowNo, row.kind === "rank" ? "0" : "0.00");
      break;
    }
    case "difference": {
      const avg = r(`avg:${row.versus}`);
      g.set(
        rowNo,
        COL.label,
        row.versus === "industry" ? m.dashboard.diffIndustry : m.dashboard.diffNetwork,
      );
      each((x) => `=IF(OR(${x}${total}="",${x}${avg}=""),"",ROUND(${x}${total}-${x}${avg},2))`);
      g.formatRow(rowNo, "+0.00;-0.00;0");
      break;
    }
    case "tier": {
      g.set(rowNo, COL.label, m.dashboard.tier);
      each((x) => `=IF(${x}${total}="","",${tierFormula(`${x}${total}`, language)})`);
      break;
    }
    case "weakest":
    case "nextAction":
      weakestLine(g, ctx, row, rowNo);
      break;
    default:
      break;
  }
}

/** Each month's column and the year's: a formula made from the column's letter and number. */
function eachColumn(
  g: DashboardGrid,
  rowNo: number,
  make: (x: string, col: number) => string,
): void {
  for (const col of [...MONTHS.map(monthColumn), COL.year])
    g.set(rowNo, col, make(columnLetter(col), col));
}

/** The reading each month shows: the latest in the log in that month, not after today. */
function readingDateLine(g: DashboardGrid, ctx: DashboardContext, rowNo: number): void {
  const { m, input, log } = ctx;
  const { year } = input;
  g.set(rowNo, COL.label, m.dashboard.readingDate);
  MONTHS.forEach((month) => {
    const next = month === 12 ? `DATE(${year + 1},1,1)` : `DATE(${year},${month + 1},1)`;
    // A reading dated after today waits for its day (the log's today cell, the spreadsheet's own day).
    const latest = `MAXIFS(${log("date")},${log("date")},">="&DATE(${year},${month},1),${log("date")},"<"&${next},${log("date")},"<="&${logToday(input.logName)})`;
    g.set(rowNo, monthColumn(month), `=IF(${latest}=0,"",${latest})`);
  });
  g.set(
    rowNo,
    COL.year,
    `=IF(COUNT(${FIRST}${rowNo}:${LAST}${rowNo})=0,"",MAX(${FIRST}${rowNo}:${LAST}${rowNo}))`,
  );
  g.formatRow(rowNo, "yyyy-mm-dd");
  g.formats[rowNo - 1]![COL.target - 1] = "";
}

/** The weakest pillar, or what to do for it, month by month: the first of the lowest on a tie. */
function weakestLine(g: DashboardGrid, ctx: DashboardContext, row: LayoutRow, rowNo: number): void {
  const { m, r } = ctx;
  const total = r("ssi:total");
  const pillarRows = PILLARS.map((p) => r(`pillar:${p}`));
  const firstPillar = pillarRows[0]!;
  const lastPillar = pillarRows[pillarRows.length - 1]!;
  const each = (make: (x: string, col: number) => string) => eachColumn(g, rowNo, make);
  const texts = PILLARS.map((p) =>
    literal(row.kind === "weakest" ? m.pillars[p] : m.nextActions[p]),
  );
  g.set(rowNo, COL.label, row.kind === "weakest" ? m.dashboard.weakest : m.dashboard.nextAction);
  each((x) => {
    const span = `${x}${firstPillar}:${x}${lastPillar}`;
    return `=IF(${x}${total}="","",CHOOSE(MATCH(MIN(${span}),${span},0),${texts.join(",")}))`;
  });
}

/** A pillar's or the total's row: its target (typed), and each month's score from the reading it shows. */
function scoreLine(g: DashboardGrid, ctx: DashboardContext, row: LayoutRow, rowNo: number): void {
  const { m, input, r, log } = ctx;
  const reading = r("reading");
  const pillarRows = PILLARS.map((p) => r(`pillar:${p}`));
  const firstPillar = pillarRows[0]!;
  const lastPillar = pillarRows[pillarRows.length - 1]!;
  const fromLog = (x: string, c: LogColumn) =>
    `INDEX(${log(c)},MATCH(${x}${reading},${log("date")},0))`;
  const each = (make: (x: string, col: number) => string) => eachColumn(g, rowNo, make);
  if (row.kind === "pillar") {
    g.set(rowNo, COL.label, m.pillars[row.pillar!]);
    g.userCell(row, rowNo, COL.target, DEFAULT_PILLAR_TARGET, {
      kind: "number",
      rule: PILLAR_RULE,
      help: m.validation.pillar,
    });
    g.inputAreas.push(cell(rowNo, COL.target));
    each((x) => `=IF(${x}${reading}="","",${fromLog(x, row.pillar!)})`);
    g.formatRow(rowNo, "0.00");
    return;
  }
  g.set(rowNo, COL.label, m.dashboard.ssiTotal);
  g.userCell(row, rowNo, COL.target, input.totalTarget, {
    kind: "number",
    rule: { min: 0, max: 100 },
    help: m.validation.total,
  });
  g.inputAreas.push(cell(rowNo, COL.target));
  each((x) => `=IF(${x}${reading}="","",ROUND(SUM(${x}${firstPillar}:${x}${lastPillar}),2))`);
  g.formatRow(rowNo, "0.00");
  g.style(rowNo, COL.label, COL.label, COLORS.formula, "#000000", true);
}
