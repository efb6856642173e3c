/** The company KPI section (attainment per metric, the three parts, the KPI) and the SSI's correlations. */
import { ATTAINMENT_CAP, type KpiPart } from "../../domain/companyKpi";
import { fill } from "../../domain/i18n";
import { sourceLabel } from "../../domain/labels";
import { cell, columnLetter, literal } from "../a1";
import { COL, type LayoutRow, monthColumn, NUM_COLS, sourceRowKey } from "../layout";
import type { DashboardContext } from "./context";
import { FIRST, LAST, MONTHS, yearFormula } from "./formulas";
import type { DashboardGrid } from "./grid";
import { COLORS } from "./look";

const C = columnLetter(COL.link);
const D = columnLetter(COL.target);

/** Writes one row of the KPI or correlation sections; false when the row is another section's. */
export function kpiRow(
  g: DashboardGrid,
  ctx: DashboardContext,
  row: LayoutRow,
  rowNo: number,
): boolean {
  const { m, rows, r } = ctx;
  const t = m.metricSetup;
  const monthsAndYear = (make: (x: string) => string) => monthsThenYear(g, rowNo, make);
  // The KPI's item rows of a part (or of all parts): contiguous, as the layout puts them.
  const itemRows = (part?: KpiPart) =>
    rows
      .filter((x) => x.kind === "kpiItem" && (part === undefined || x.part === part))
      .map((x) => r(x.key));
  const weightedMean = (items: number[]) => {
    const first = items[0] as number;
    const last = items[items.length - 1] as number;
    const weights = `$${C}$${first}:$${C}$${last}`;
    return (x: string) =>
      `=IF(COUNT(${x}${first}:${x}${last})<${items.length},"",ROUND(SUMPRODUCT(${x}${first}:${x}${last},${weights})/SUM(${weights})*100,2))`;
  };
  // A section's header row: its title and what its columns hold, on the block colour.
  const header = (...cells: [number, string][]) => {
    for (const [col, text] of cells) g.set(rowNo, col, text);
    g.style(rowNo, 1, NUM_COLS, COLORS.block, "#000000", true);
  };
  switch (row.kind) {
    case "ownHeader":
      header([COL.label, t.ownSection], [COL.link, t.ownBlock]);
      break;
    case "kpiHeader":
      header([COL.label, t.kpiSection], [COL.link, t.weight], [COL.target, t.target]);
      break;
    case "kpiItem":
      attainmentLine(g, ctx, row, rowNo);
      break;
    case "kpiPart":
      g.set(rowNo, COL.label, fill(t.partRow, { part: t.parts[row.part!] }));
      monthsAndYear(weightedMean(itemRows(row.part)));
      g.formatRow(rowNo, "0.00");
      break;
    case "kpiTotal":
      g.set(rowNo, COL.label, t.kpiTotal);
      monthsAndYear(weightedMean(itemRows()));
      g.formatRow(rowNo, "0.00");
      g.style(rowNo, 1, NUM_COLS, COLORS.total, "#000000", true);
      break;
    case "corrHeader":
      header(
        [COL.label, t.corrSection],
        [COL.target, t.corrMonths],
        [COL.firstMonth, t.corrNote],
        [COL.year, t.corrValue],
      );
      break;
    case "corr":
      correlationLine(g, ctx, row, rowNo);
      break;
    default:
      return false;
  }
  return true;
}

/** A month's figures in each month column, and the year's latest in the year column. */
function monthsThenYear(g: DashboardGrid, rowNo: number, make: (x: string) => string): void {
  for (const month of MONTHS)
    g.set(rowNo, monthColumn(month), make(columnLetter(monthColumn(month))));
  g.set(rowNo, COL.year, yearFormula({ aggregation: "last" }, rowNo));
}

/** The name of a KPI item's or a correlation's metric, in the dashboard's language. */
function sourceName(ctx: DashboardContext, source: LayoutRow["source"]): string {
  return source ? sourceLabel(source, ctx.input.metrics.own, ctx.input.language) : "";
}

/** A KPI item's row: its weight and target, and each month's attainment, capped. */
function attainmentLine(
  g: DashboardGrid,
  ctx: DashboardContext,
  row: LayoutRow,
  rowNo: number,
): void {
  const { r } = ctx;
  const t = ctx.m.metricSetup;
  const { metrics } = ctx.input;
  const item = metrics.kpi?.[row.part!].find((i) => i.source === row.source);
  const source = r(sourceRowKey(row.source!));
  g.set(
    rowNo,
    COL.label,
    fill(t.attainment, { part: t.parts[row.part!], metric: sourceName(ctx, row.source) }),
  );
  g.set(rowNo, COL.link, item?.weight ?? null);
  g.set(rowNo, COL.target, item?.target ?? null);
  monthsThenYear(
    g,
    rowNo,
    (x) => `=IF(ISNUMBER(${x}${source}),MIN(${ATTAINMENT_CAP},${x}${source}/$${D}$${rowNo}),"")`,
  );
  g.formatRow(rowNo, "0%");
  // Weights and targets as typed (12.5, 20): Sheets would show "0.##" as "20." for a whole number.
  g.formats[rowNo - 1]![COL.link - 1] = "";
  g.formats[rowNo - 1]![COL.target - 1] = "";
}

/** A business metric's correlation with the SSI over the months that have both, and what it can say. */
function correlationLine(
  g: DashboardGrid,
  ctx: DashboardContext,
  row: LayoutRow,
  rowNo: number,
): void {
  const { r } = ctx;
  const t = ctx.m.metricSetup;
  const ssi = r("ssi:total");
  const other = r(sourceRowKey(row.source!));
  const span = (at: number) => `$${FIRST}$${at}:$${LAST}$${at}`;
  const count = cell(rowNo, COL.target);
  const say = (text: string) => `SUBSTITUTE(${literal(text)},"{count}",${count})`;
  g.set(rowNo, COL.label, fill(t.corrRow, { metric: sourceName(ctx, row.source) }));
  // Only months where both are numbers: a month without a reading is blank, never 0.
  g.set(rowNo, COL.target, `=COUNTIFS(${span(ssi)},">=0",${span(other)},">=0")`);
  g.set(
    rowNo,
    COL.firstMonth,
    `=IF(${count}=0,${literal(t.corrNone)},IF(${count}<6,${say(t.corrFew)},${say(t.corrEnough)}))`,
  );
  // CORREL is given the months where both are numbers (FILTER): how it treats a blank on one
  // side only is not documented.
  const both = `ISNUMBER(${span(ssi)}),ISNUMBER(${span(other)})`;
  const paired = (at: number) => `FILTER(${span(at)},${both})`;
  g.set(
    rowNo,
    COL.year,
    `=IF(${count}<3,"",IFERROR(ROUND(CORREL(${paired(ssi)},${paired(other)}),2),""))`,
  );
  g.formatRow(rowNo, "0.00");
  g.formats[rowNo - 1]![COL.target - 1] = "0";
}
