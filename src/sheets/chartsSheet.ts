/** Draws the add-on's charts on the Charts sheet; a refresh updates them in place and leaves other charts alone. */
import type { Language } from "../domain/language";
import { type ChartKey, type ChartSpec, chartsPlan, type YearSheet } from "../plan/charts";
import { fingerprint } from "../plan/fingerprint";
import { encodeShape, LAYOUT_VERSION, type SheetOwner } from "../plan/layout";
import { movedValues } from "../plan/lines/formulaRefs";
import { chartOnSheet } from "../plan/lines/keyedLines";
import { linesMap } from "../plan/lines/personLines";
import { chartsSheet } from "../plan/sheetRegistry";
import {
  chartIdsKey,
  layoutKey,
  linesKey,
  type StoreChanges,
  type Stored,
} from "../plan/storeKeys";
import { drawChart } from "./chartDraw";
import { layKeyed } from "./keyedSheet";
import { ensureOurSheet } from "./ourSheets";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;
type Range = GoogleAppsScript.Spreadsheet.Range;
type Sheet = GoogleAppsScript.Spreadsheet.Sheet;

/** A year's dashboard the charts read: its year, name now, its key in the registry and its layout. */
export interface ChartYear extends YearSheet {
  key: string;
}

/** Our charts' ids by key, as stored. */
function storedIds(all: Stored, key: string): Partial<Record<ChartKey, number>> {
  try {
    return JSON.parse(all[key] ?? "{}") as Partial<Record<ChartKey, number>>;
  } catch {
    return {};
  }
}

/**
 * Lays out the chart table and draws the five charts, updating ours in place. Unless `force`d, a chart
 * that is there with the same layout is left as it is, so a rebuild costs two calls here.
 */
export function drawCharts(
  ss: Spreadsheet,
  stored: Stored,
  language: Language,
  /** This year's dashboard and last year's (when built): names now (formulas point at them) and their keys. */
  years: { current: ChartYear; previous: ChartYear | null },
  /** The log's name now: the table's weeks read it. */
  logName: string,
  force: boolean,
  owner: SheetOwner,
): StoreChanges {
  const kind = chartsSheet(language, owner);
  const LAYOUT = layoutKey(kind.key);
  const CHART_IDS = chartIdsKey(owner);
  const ours = ensureOurSheet(ss, stored, kind);
  const { sheet, name: sheetName, fresh } = ours;
  const { plan, signature } = placedCharts(stored, language, years, sheetName, logName);
  // The person's lines on this sheet follow the signature, so charts drawn later point past them too.
  const [storedSignature = "", storedLines = ""] = (stored[LAYOUT] ?? "").split("#");
  const relayout = force || fresh || storedSignature !== signature;
  // A wider or narrower table inserts or deletes its own columns: what a person typed, noted or
  // added around it stays where it is.
  const laid = relayout
    ? layKeyed(ss, sheet, plan.table, plan.keys, { fresh, layout: () => true })
    : { map: linesMap(storedLines), lines: storedLines };
  const onSheet = (spec: ChartSpec): ChartSpec => chartOnSheet(spec, laid.map, "cols");

  const ids = fresh ? {} : storedIds(stored, CHART_IDS);
  const existing = sheet.getCharts();
  const byId = new Map(existing.map((c) => [c.getChartId(), c]));
  const todo = plan.charts
    .filter((spec) => relayout || !byId.has(ids[spec.key] ?? null))
    .map(onSheet);
  // A chart the plan no longer has (the own metrics' chart, once none is left) goes.
  for (const key of Object.keys(ids) as ChartKey[]) {
    const gone = byId.get(ids[key] ?? null);
    if (gone && !plan.charts.some((spec) => spec.key === key)) {
      sheet.removeChart(gone);
      delete ids[key];
    }
  }
  const changes = {
    ...ours.changes,
    [LAYOUT]: laid.lines ? `${signature}#${laid.lines}` : signature,
  };
  const drawn = drawAndNumber(sheet, plan.charts, todo, ids, existing);
  return { ...changes, [CHART_IDS]: JSON.stringify(drawn) };
}

/** The charts' plan, its table pointing past a person's lines on the dashboards, and its signature. */
function placedCharts(
  stored: Stored,
  language: Language,
  years: { current: ChartYear; previous: ChartYear | null },
  sheetName: string,
  logName: string,
): { plan: ReturnType<typeof chartsPlan>; signature: string } {
  const { current, previous } = years;
  const planned = chartsPlan(language, current, previous, sheetName, logName);
  // The table points at the dashboards' rows and columns where they are, around a person's own.
  const lines = [current, previous].map((y) => (y ? (stored[linesKey(y.key)] ?? "") : ""));
  // Only a dashboard with a person's lines moves the references into it: most have none to move.
  const maps = new Map(
    [current, previous].flatMap((y, i) =>
      y && lines[i] ? [[y.name, linesMap(lines[i])] as const] : [],
    ),
  );
  const plan = {
    ...planned,
    table: {
      ...planned.table,
      values:
        maps.size === 0
          ? planned.table.values
          : movedValues(planned.table.values, (s) => (s === null ? null : (maps.get(s) ?? null))),
    },
  };
  const shapes = [current, previous].map((y) => (y ? encodeShape(y.layout.shape) : "")).join("/");
  const signature = `${LAYOUT_VERSION}:${language}:${current.name}:${previous?.name ?? ""}:${logName}:${fingerprint(shapes + lines.join("/"))}`;
  return { plan, signature };
}

/** Draws the charts to draw (ours updated in place, new ones inserted); answers each chart's id. */
function drawAndNumber(
  sheet: Sheet,
  charts: ChartSpec[],
  todo: ChartSpec[],
  ids: Partial<Record<ChartKey, number>>,
  existing: GoogleAppsScript.Spreadsheet.EmbeddedChart[],
): Partial<Record<ChartKey, number>> {
  const byId = new Map(existing.map((c) => [c.getChartId(), c]));
  if (todo.length === 0) return ids;

  const tableRanges = sheet.getRangeList(todo.flatMap((c) => c.ranges)).getRanges();
  const rangesOf = (spec: ChartSpec): Range[] => tableRanges.splice(0, spec.ranges.length);

  let inserted = false;
  for (const spec of todo) {
    const id = ids[spec.key];
    const current = id === undefined ? undefined : byId.get(id);
    if (drawChart(sheet, current, spec, rangesOf(spec))) inserted = true;
  }
  if (!inserted) return ids;
  // New charts get their ids on insertion: read them back once, in insertion order.
  const known = new Set(existing.map((c) => c.getChartId()));
  const fresh = sheet
    .getCharts()
    .map((c) => c.getChartId())
    .filter((id) => id !== null && !known.has(id));
  const next: Partial<Record<ChartKey, number>> = {};
  for (const spec of charts) {
    const id = ids[spec.key];
    next[spec.key] = id !== undefined && byId.has(id) ? id : (fresh.shift() as number);
  }
  return next;
}
