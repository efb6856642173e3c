/** The summary a manager's team sheet imports: hidden rows at the bottom, one figure each in the target column. */
import { messages } from "../../domain/i18n";
import { ownMetricFed } from "../../domain/ownMetric";
import { columnLetter } from "../a1";
import { COL, type LayoutRow } from "../layout";
import { literalText } from "../sheetPlan";
import {
  DEPTH,
  type Figure,
  figureFormulas,
  monthFormula,
  SUMMARY_VERSION,
  summaryLabel,
} from "../summary";
import type { DashboardContext } from "./context";
import type { DashboardGrid } from "./grid";

/** Writes one summary row: its label, and its figure as a live formula over this dashboard. */
export function summaryRow(
  g: DashboardGrid,
  ctx: DashboardContext,
  row: LayoutRow,
  rowNo: number,
): boolean {
  if (row.kind !== "summary" || !row.field) return false;
  const { field } = row;
  g.set(
    rowNo,
    COL.label,
    literalText(`${ctx.m.links.summaryTitle}: ${summaryLabel(ctx.m, field)}`),
  );
  const fed = ownMetricFed(ctx.input.metrics.own, "impressions");
  const impressions = fed ? ctx.at.get(`own:${fed.id}`) : undefined;
  const figures = figureFormulas("", ctx.r, impressions);
  const month = /^month(\d+)$/.exec(field);
  let value: string | number | null;
  if (field === "version") value = SUMMARY_VERSION;
  else if (field === "depth") value = DEPTH.seller;
  else if (field === "name")
    value = literalText(ctx.input.profile.name || messages(ctx.input.language).dashboard.noProfile);
  else if (month) value = `=${monthFormula("", ctx.r, Number(month[1]))}`;
  else if (field === "kpi") {
    const kpi = ctx.at.get("kpi:total");
    const ref = kpi ? `${columnLetter(COL.year)}${kpi}` : "";
    value = ref ? `=IF(ISNUMBER(${ref}),${ref},"")` : null;
  } else value = `=${figures[field as Figure]}`;
  g.set(rowNo, COL.target, value);
  return true;
}
