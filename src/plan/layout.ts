/** Where everything sits on a year's dashboard: one layout that the plan, the reader and the charts share. */
import {
  ALL_BLOCKS,
  BLOCK_IDS,
  type BlockId,
  isOwnId,
  METRIC_IDS,
  type Metric,
  type MetricId,
  metricsOfBlock,
  type OwnId,
  ownMetric,
} from "../domain/catalog";
import { KPI_PARTS, type KpiPart, type KpiSource, kpiItems } from "../domain/companyKpi";
import { fill, messages } from "../domain/i18n";
import type { Language } from "../domain/language";
import { OWN_AGGREGATIONS, type OwnAggregation, type OwnMetricSpec } from "../domain/ownMetric";
import type { MetricSettings } from "../domain/ownMetrics";
import { MAIN_PROFILE, type Profile } from "../domain/profiles";
import { PILLARS, type Pillar } from "../domain/ssi";
import { SUMMARY_FIELDS, type SummaryField } from "./summaryFields";

/** Bumped when rows or columns move; a rebuild then re-maps user values by key. */
export const LAYOUT_VERSION = 4;

export const COL = { key: 1, label: 2, link: 3, target: 4, firstMonth: 5, year: 17 } as const;
export const NUM_COLS = COL.year;

/** The sheet column of a month (1 = January). */
export function monthColumn(month: number): number {
  return COL.firstMonth + month - 1;
}

/** The hidden key row: what each column holds; month columns hold 1–12 so formulas can find the latest month. */
export function columnKeys(): (string | number)[] {
  return ["key", "label", "link", "target", ...Array.from({ length: 12 }, (_, i) => i + 1), "year"];
}

/** The keys column A holds, row 1 down: row 1 is the key row, whose own cell reads "key". */
export function rowKeys(layout: { rows: { key: string }[] }): string[] {
  return layout.rows.map((row, i) => (i === 0 ? String(columnKeys()[0]) : row.key));
}

export type RowKind =
  | "keys"
  | "title"
  | "subtitle"
  | "header"
  | "blockHeader"
  | "metric"
  | "blockTotal"
  | "spacer"
  | "ssiHeader"
  | "readingDate"
  | "pillar"
  | "ssiTotal"
  | "pillarGap"
  | "totalGap"
  | "average"
  | "difference"
  | "rank"
  | "tier"
  | "weakest"
  | "nextAction"
  | "ownHeader"
  | "orphan"
  | "kpiHeader"
  | "kpiItem"
  | "kpiPart"
  | "kpiTotal"
  | "corrHeader"
  | "corr"
  | "summary";

export interface LayoutRow {
  key: string;
  kind: RowKind;
  metric?: Metric;
  block?: BlockId;
  pillar?: Pillar;
  /** For averages, differences and ranks: which comparison. */
  versus?: "industry" | "network";
  /** For the company KPI's rows: its part and what an item measures. */
  part?: KpiPart;
  source?: KpiSource;
  /** A catalog metric the user chose not to show: its row is hidden, its values kept, its total left out. */
  hidden?: boolean;
  /** For the summary's rows: the figure each holds. */
  field?: SummaryField;
}

/**
 * What varies between dashboards below the fixed rows, and which fixed rows are hidden: stored with each
 * sheet, so a month saved into last year's sheet reads last year's layout even after the settings moved on.
 */
export interface DashboardShape {
  hidden: MetricId[];
  /** The user's own metrics, in the order of their rows, with how they add up (what a block total takes). */
  own: { id: OwnId; block: BlockId; aggregation: OwnAggregation }[];
  kpi: { part: KpiPart; source: KpiSource }[];
  /** The business metrics the SSI is correlated with. */
  corr: KpiSource[];
  /** The summary a manager's spreadsheet imports, at the bottom (sheets built before it have none). */
  summary: boolean;
}

export const EMPTY_SHAPE: DashboardShape = {
  hidden: [],
  own: [],
  kpi: [],
  corr: [],
  summary: false,
};

/** The shape the settings ask for: own metrics by block, the KPI's items, and the business metrics to correlate. */
export function shapeOf(metrics: MetricSettings): DashboardShape {
  const own = ALL_BLOCKS.flatMap((block) =>
    metrics.own
      .filter((o) => o.block === block)
      .map((o) => ({ id: o.id, block, aggregation: o.aggregation })),
  );
  const kpi = metrics.kpi
    ? kpiItems(metrics.kpi).map(({ part, source }) => ({ part, source }))
    : [];
  const corr = [
    ...(metrics.kpi?.business.map((i) => i.source) ?? []),
    ...metrics.own.filter((o) => o.block === "business").map((o) => o.id),
  ].filter((s, i, all) => all.indexOf(s) === i);
  return { hidden: [...metrics.hidden], own, kpi, corr, summary: true };
}

/** The shape as stored with a sheet: compact, and empty for sheets built before shapes. */
export function encodeShape(shape: DashboardShape): string {
  const { hidden, own, kpi, corr, summary } = shape;
  if (hidden.length + own.length + kpi.length + corr.length === 0 && !summary) return "";
  return JSON.stringify({
    h: hidden,
    o: own.map((o) => [o.id, o.block, o.aggregation]),
    k: kpi.map((k) => [k.part, k.source]),
    c: corr,
    ...(summary ? { s: 1 } : {}),
  });
}

/** Reads a stored shape; anything unreadable reads as the plain layout, which the save then checks. */
export function decodeShape(text: string | undefined): DashboardShape {
  if (!text) return EMPTY_SHAPE;
  try {
    const d = JSON.parse(text) as {
      h?: unknown;
      o?: unknown;
      k?: unknown;
      c?: unknown;
      s?: unknown;
    };
    const pairs = (v: unknown) =>
      Array.isArray(v)
        ? v.filter((x): x is [string, string, string?] => Array.isArray(x) && x.length >= 2)
        : [];
    return {
      hidden: Array.isArray(d.h) ? METRIC_IDS.filter((id) => (d.h as unknown[]).includes(id)) : [],
      own: pairs(d.o)
        .filter(([id, block]) => isOwnId(id) && ALL_BLOCKS.includes(block as BlockId))
        .map(([id, block, aggregation]) => ({
          id: id as OwnId,
          block: block as BlockId,
          aggregation: OWN_AGGREGATIONS.includes(aggregation as OwnAggregation)
            ? (aggregation as OwnAggregation)
            : "sum",
        })),
      kpi: pairs(d.k)
        .filter(([part]) => (KPI_PARTS as readonly string[]).includes(part))
        .map(([part, source]) => ({ part: part as KpiPart, source: source as KpiSource })),
      corr: Array.isArray(d.c) ? d.c.filter((x): x is KpiSource => typeof x === "string") : [],
      summary: d.s === 1,
    };
  } catch {
    return EMPTY_SHAPE;
  }
}

/** A dashboard's rows and where each sits. */
export interface DashboardLayout {
  rows: LayoutRow[];
  at: Map<string, number>;
  shape: DashboardShape;
}

/** The layout of a shape; own metrics no longer in the settings stay as rows kept as they are. */
export function dashboardLayout(
  shape: DashboardShape = EMPTY_SHAPE,
  own: readonly OwnMetricSpec[] = [],
): DashboardLayout {
  const rows = dashboardRows(shape, own);
  return { rows, at: rowNumbers(rows), shape };
}

/** The dashboard's rows, top to bottom: the fixed ones, then own metrics, the company KPI and the correlations. */
export function dashboardRows(
  shape: DashboardShape = EMPTY_SHAPE,
  ownSpecs: readonly OwnMetricSpec[] = [],
): LayoutRow[] {
  const rows = fixedRows(shape.hidden);
  if (shape.own.length > 0) {
    rows.push({ key: "own", kind: "ownHeader" });
    for (const { id, block, aggregation } of shape.own) {
      const spec = ownSpecs.find((o) => o.id === id);
      // A metric removed since this sheet was built: its row stays as it is (and in its block's total)
      // until a rebuild copies and drops it.
      rows.push(
        spec
          ? { key: `own:${id}`, kind: "metric", metric: ownMetric({ ...spec, block }), block }
          : {
              key: `own:${id}`,
              kind: "orphan",
              metric: ownMetric({ id, name: "", block, aggregation, whole: false }),
              block,
            },
      );
    }
    if (shape.own.some((o) => o.block === "business"))
      rows.push({ key: "total:business", kind: "blockTotal", block: "business" });
  }
  if (shape.kpi.length > 0) {
    rows.push({ key: "kpi", kind: "kpiHeader" });
    for (const { part, source } of shape.kpi)
      rows.push({ key: `kpi:${part}:${source}`, kind: "kpiItem", part, source });
    for (const part of KPI_PARTS)
      if (shape.kpi.some((k) => k.part === part))
        rows.push({ key: `kpiPart:${part}`, kind: "kpiPart", part });
    rows.push({ key: "kpi:total", kind: "kpiTotal" });
  }
  if (shape.corr.length > 0) {
    rows.push({ key: "corr", kind: "corrHeader" });
    for (const source of shape.corr) rows.push({ key: `corr:${source}`, kind: "corr", source });
  }
  if (shape.summary)
    for (const field of SUMMARY_FIELDS)
      rows.push({ key: `summary:${field}`, kind: "summary", field });
  return rows;
}

/** The rows every dashboard has, in place whatever the settings: a user's formula on them never moves. */
function fixedRows(hidden: readonly MetricId[]): LayoutRow[] {
  const rows: LayoutRow[] = [
    { key: "keys", kind: "keys" },
    { key: "title", kind: "title" },
    { key: "subtitle", kind: "subtitle" },
    { key: "header", kind: "header" },
  ];
  for (const block of BLOCK_IDS) {
    rows.push({ key: `block:${block}`, kind: "blockHeader", block });
    for (const metric of metricsOfBlock(block))
      rows.push({
        key: `metric:${metric.id}`,
        kind: "metric",
        metric,
        block,
        ...(hidden.includes(metric.id as MetricId) ? { hidden: true } : {}),
      });
    rows.push({ key: `total:${block}`, kind: "blockTotal", block });
  }
  rows.push(
    { key: "spacer", kind: "spacer" },
    { key: "ssi", kind: "ssiHeader" },
    { key: "reading", kind: "readingDate" },
  );
  for (const pillar of PILLARS) rows.push({ key: `pillar:${pillar}`, kind: "pillar", pillar });
  rows.push({ key: "ssi:total", kind: "ssiTotal" });
  for (const pillar of PILLARS) rows.push({ key: `gap:${pillar}`, kind: "pillarGap", pillar });
  rows.push({ key: "gap:total", kind: "totalGap" });
  for (const versus of ["industry", "network"] as const)
    rows.push({ key: `avg:${versus}`, kind: "average", versus });
  for (const versus of ["industry", "network"] as const)
    rows.push({ key: `diff:${versus}`, kind: "difference", versus });
  for (const versus of ["industry", "network"] as const)
    rows.push({ key: `rank:${versus}`, kind: "rank", versus });
  rows.push(
    { key: "tier", kind: "tier" },
    { key: "weakest", kind: "weakest" },
    { key: "next", kind: "nextAction" },
  );
  return rows;
}

/** How many rows every dashboard has before its own metrics and KPI: what the export import reads and writes. */
export const FIXED_ROWS = fixedRows([]).length;

/** The row key of a KPI source: the SSI total, a pillar, or a metric's row. */
export function sourceRowKey(source: KpiSource): string {
  if (source === "ssi") return "ssi:total";
  if (source.startsWith("pillar:")) return source;
  return isOwnId(source) ? `own:${source}` : `metric:${source}`;
}

/** The 1-based sheet row of each row key. */
export function rowNumbers(rows: LayoutRow[] = dashboardRows()): Map<string, number> {
  return new Map(rows.map((r, i) => [r.key, i + 1]));
}

/** The row of a key, which must exist in the layout. */
export function rowOf(rows: Map<string, number>, key: string): number {
  const row = rows.get(key);
  if (row === undefined) throw new Error(`No row ${key} in the dashboard layout`);
  return row;
}

/** A profile as its sheets are named. */
export type SheetOwner = Pick<Profile, "id" | "name">;

/** A sheet's name for a profile: the main profile's sheets keep their plain names ("KPI 2026 · Ana Ruiz"). */
export function ownedName(base: string, owner?: SheetOwner): string {
  return !owner || owner.id === MAIN_PROFILE ? base : `${base} · ${owner.name}`;
}

/** The dashboard sheet's name for a year and profile ("KPI 2026", "KPI 2026 · Ana Ruiz"). */
export function dashboardName(year: number, language: Language, owner?: SheetOwner): string {
  return ownedName(fill(messages(language).dashboard.sheetName, { year }), owner);
}

/** The SSI log's name in a language; once made, its name is kept in the document's properties. */
export function logName(language: Language, owner?: SheetOwner): string {
  return ownedName(messages(language).log.sheetName, owner);
}

/** Named range names for a year: one per block and one per metric row. */
export function rangeName(year: number, key: string): string {
  return `KPI_${year}_${key.replace(/[^A-Za-z0-9]+/g, "_")}`;
}
