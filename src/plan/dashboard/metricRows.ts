/** The rows above the SSI section: title, header, each block's metrics and its total. */
import { fill } from "../../domain/i18n";
import { metricLabel } from "../../domain/labels";
import { area, cell, columnLetter, literal } from "../a1";
import { COL, type LayoutRow, monthColumn, NUM_COLS } from "../layout";
import { literalText } from "../sheetPlan";
import { metricFormat, ruleOfMetric } from "./cellRules";
import type { DashboardContext } from "./context";
import { MONTHS, targetsMetFormula, targetsMetYearFormula, yearFormula } from "./formulas";
import type { DashboardGrid } from "./grid";
import { COLORS } from "./look";

/** Writes one row above the SSI section; false when the row belongs to the SSI section. */
export function metricRow(
  g: DashboardGrid,
  ctx: DashboardContext,
  row: LayoutRow,
  rowNo: number,
): boolean {
  const { m, input } = ctx;
  const { year } = input;
  switch (row.kind) {
    case "keys":
      g.colKeys.forEach((k, c) => {
        g.set(rowNo, c + 1, k);
      });
      break;
    case "title":
      g.set(rowNo, COL.label, fill(m.dashboard.title, { year }));
      g.style(rowNo, 1, NUM_COLS, COLORS.input, COLORS.header, true);
      g.sizes[rowNo - 1] = g.sizes[rowNo - 1]!.map(() => 14);
      break;
    case "subtitle":
      g.set(
        rowNo,
        COL.label,
        // It begins with the profile name, which may begin with "=": a text, never a formula.
        literalText(
          fill(m.dashboard.subtitle, { profile: input.profileName || m.dashboard.noProfile }),
        ),
      );
      g.style(rowNo, 1, NUM_COLS, COLORS.input, "#555555");
      break;
    case "header":
      g.set(rowNo, COL.label, m.dashboard.metric);
      g.set(rowNo, COL.link, m.dashboard.link);
      g.set(rowNo, COL.target, m.dashboard.target);
      for (const month of MONTHS)
        g.set(rowNo, monthColumn(month), `${m.months[month - 1]} ${year}`);
      g.set(rowNo, COL.year, fill(m.dashboard.year, { year }));
      g.style(rowNo, 1, NUM_COLS, COLORS.header, COLORS.headerText, true);
      break;
    case "blockHeader":
      g.set(rowNo, COL.label, m.blocks[row.block!]);
      g.style(rowNo, 1, NUM_COLS, COLORS.block, "#000000", true);
      break;
    case "metric":
      metricLine(g, ctx, row, rowNo);
      break;
    case "blockTotal":
      targetsMetLine(g, ctx, row, rowNo);
      break;
    case "spacer":
      g.style(rowNo, 1, NUM_COLS, COLORS.input);
      break;
    case "ssiHeader":
      g.set(rowNo, COL.label, m.dashboard.ssiSection);
      g.style(rowNo, 1, NUM_COLS, COLORS.block, "#000000", true);
      break;
    default:
      return false;
  }
  return true;
}

/** A metric's row: its label, LinkedIn link, target, twelve months (typed, or the SSI's) and its year. */
function metricLine(g: DashboardGrid, ctx: DashboardContext, row: LayoutRow, rowNo: number): void {
  const { m, input, r } = ctx;
  const { language } = input;
  const metric = row.metric!;
  // An own metric's name is the user's text, which may begin with "=": a text, never a formula.
  g.set(rowNo, COL.label, literalText(metricLabel(metric, language)));
  g.set(
    rowNo,
    COL.link,
    metric.url
      ? `=HYPERLINK(${literal(metric.url)},${literal(m.dashboard.linkLabel)})`
      : m.blocks[metric.block],
  );
  g.formatRow(rowNo, metricFormat(metric));
  if (metric.input === "derived") {
    // The SSI's target is one figure, the SSI total's, typed there or in Settings.
    g.set(rowNo, COL.target, `=${columnLetter(COL.target)}${r("ssi:total")}`);
    for (const month of MONTHS) {
      const x = columnLetter(monthColumn(month));
      g.set(rowNo, monthColumn(month), `=IF(${x}${r("ssi:total")}="","",${x}${r("ssi:total")})`);
    }
  } else {
    const rule = ruleOfMetric(metric, language);
    for (const month of MONTHS) g.userCell(row, rowNo, monthColumn(month), null, rule);
    g.inputAreas.push(area(rowNo, COL.firstMonth, 1, 12));
    g.userCell(row, rowNo, COL.target, null, {
      kind: "number",
      rule: { min: 0 },
      help: m.validation.target,
    });
    g.inputAreas.push(cell(rowNo, COL.target));
  }
  g.set(rowNo, COL.year, yearFormula(metric, rowNo));
}

/** A block's Targets met row: month by month the share of its metrics that reached their target. */
function targetsMetLine(
  g: DashboardGrid,
  ctx: DashboardContext,
  row: LayoutRow,
  rowNo: number,
): void {
  const { m, rows, at } = ctx;
  g.set(rowNo, COL.label, fill(m.dashboard.blockTotal, { block: m.blocks[row.block!] }));
  g.notes[rowNo - 1]![COL.label - 1] = m.dashboard.blockTotalNote;
  for (const month of MONTHS) {
    g.set(rowNo, monthColumn(month), targetsMetFormula(rows, at, row.block!, monthColumn(month)));
  }
  g.set(rowNo, COL.year, targetsMetYearFormula(rowNo));
  g.formatRow(rowNo, "0%");
  g.style(rowNo, 1, NUM_COLS, COLORS.total, "#000000", true);
}
