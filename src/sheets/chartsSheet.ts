/** Draws the add-on's charts on the Charts sheet; a refresh updates them in place and leaves other charts alone. */
import type { Language } from "../domain/language";
import { type ChartKey, type ChartSpec, chartsPlan, chartsSheetNames } from "../plan/charts";
import { applySheetPlan } from "./applyPlan";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;
type Range = GoogleAppsScript.Spreadsheet.Range;

const CHART_IDS = "charts";

/** Our charts' ids by key, as stored. */
function storedIds(all: Record<string, string>): Partial<Record<ChartKey, number>> {
  try {
    return JSON.parse(all[CHART_IDS] ?? "{}") as Partial<Record<ChartKey, number>>;
  } catch {
    return {};
  }
}

/** Lays out the chart table and draws or updates the five charts; returns the ids to store. */
export function drawCharts(
  ss: Spreadsheet,
  all: Record<string, string>,
  language: Language,
  dashboard: string,
  log: Sheet,
  logName: string,
): Record<string, string> {
  let sheet: Sheet | null = null;
  for (const name of chartsSheetNames(language)) {
    sheet = ss.getSheetByName(name);
    if (sheet) break;
  }
  sheet ??= ss.insertSheet(chartsSheetNames(language)[0] ?? "Charts");
  const plan = chartsPlan(language, dashboard, logName, sheet.getName());
  applySheetPlan(ss, sheet, plan.table, { namedRanges: false });

  const tableRanges = sheet.getRangeList(plan.charts.filter((c) => c.source === "charts").flatMap((c) => c.ranges)).getRanges();
  const logRanges = log.getRangeList(plan.charts.filter((c) => c.source === "log").flatMap((c) => c.ranges)).getRanges();
  const rangesOf = (spec: ChartSpec): Range[] => {
    const pool = spec.source === "charts" ? tableRanges : logRanges;
    return pool.splice(0, spec.ranges.length);
  };

  const ids = storedIds(all);
  const existing = sheet.getCharts();
  const byId = new Map(existing.map((c) => [c.getChartId(), c]));
  let inserted = false;
  for (const spec of plan.charts) {
    const id = ids[spec.key];
    const current = id === undefined ? undefined : byId.get(id);
    let builder = current ? current.modify().clearRanges() : sheet.newChart();
    builder = builder.setChartType(Charts.ChartType[spec.type]).setPosition(spec.position.row, spec.position.col, spec.position.offsetX, spec.position.offsetY).setNumHeaders(1);
    for (const range of rangesOf(spec)) builder = builder.addRange(range);
    for (const [option, value] of Object.entries(spec.options)) builder = builder.setOption(option, value);
    if (current) sheet.updateChart(builder.build());
    else {
      sheet.insertChart(builder.build());
      inserted = true;
    }
  }
  if (!inserted) return { [CHART_IDS]: JSON.stringify(ids) };
  // New charts get their ids on insertion: read them back once, in insertion order.
  const known = new Set(existing.map((c) => c.getChartId()));
  const fresh = sheet.getCharts().map((c) => c.getChartId()).filter((id) => id !== null && !known.has(id));
  const next: Partial<Record<ChartKey, number>> = {};
  for (const spec of plan.charts) {
    const id = ids[spec.key];
    next[spec.key] = id !== undefined && byId.has(id) ? id : (fresh.shift() as number);
  }
  return { [CHART_IDS]: JSON.stringify(next) };
}
