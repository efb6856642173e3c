/** What the sidebar's Metrics view shows: the catalog to choose from, the own metrics and the KPI's parts. */
import {
  ALL_BLOCKS,
  type BlockId,
  ESSENTIAL_METRICS,
  METRICS,
  type MetricId,
} from "../domain/catalog";
import {
  GOAL_METRICS,
  KPI_PARTS,
  type KpiPart,
  type KpiSource,
  MAX_KPI_ITEMS,
  SSI_SOURCES,
} from "../domain/companyKpi";
import { type Messages, messages } from "../domain/i18n";
import { metricLabel, sourceLabel } from "../domain/labels";
import type { Language } from "../domain/language";
import { OWN_AGGREGATIONS, type OwnMetricSpec } from "../domain/ownMetric";
import { MAX_OWN_METRICS } from "../domain/ownMetrics";
import type { Settings } from "../domain/settings";
import { showNumber } from "./monthEntry";

export interface MetricsForm {
  language: Language;
  text: Messages["metricSetup"];
  /** The catalog's 18, by block, each shown or hidden. */
  catalog: { id: MetricId; label: string; block: string; shown: boolean }[];
  essential: MetricId[];
  own: OwnMetricSpec[];
  maxOwn: number;
  blocks: { value: BlockId; label: string }[];
  aggregations: { value: string; label: string }[];
  /** Each part's items as the form shows them (numbers in the user's way), and what each part can measure. */
  kpi: Record<KpiPart, { source: string; target: string; weight: string }[]>;
  sources: Record<KpiPart, { value: string; label: string }[]>;
  maxItems: number;
}

/** The form of the metric settings in the document's language. */
export function metricsForm(settings: Settings): MetricsForm {
  const { language, metrics } = settings;
  const m = messages(language);
  const goals = [
    ...GOAL_METRICS.map((id) => ({ value: id, label: metricLabel({ id }, language) })),
    ...metrics.own.map((o) => ({ value: o.id, label: o.name })),
  ];
  const label = (source: KpiSource) => ({
    value: source,
    label: sourceLabel(source, metrics.own, language),
  });
  return {
    language,
    text: m.metricSetup,
    catalog: METRICS.map((x) => ({
      id: x.id as MetricId,
      label: metricLabel(x, language),
      block: m.blocks[x.block],
      shown: !metrics.hidden.includes(x.id as MetricId),
    })),
    essential: [...ESSENTIAL_METRICS],
    own: metrics.own,
    maxOwn: MAX_OWN_METRICS,
    blocks: ALL_BLOCKS.map((value) => ({ value, label: m.blocks[value] })),
    aggregations: OWN_AGGREGATIONS.map((value) => ({
      value,
      label: m.metricSetup.aggregations[value],
    })),
    kpi: Object.fromEntries(
      KPI_PARTS.map((part) => [
        part,
        (metrics.kpi?.[part] ?? []).map((i) => ({
          source: i.source,
          target: showNumber(i.target, language),
          weight: showNumber(i.weight, language),
        })),
      ]),
    ) as MetricsForm["kpi"],
    sources: {
      ssi: SSI_SOURCES.map(label),
      strategic: goals,
      business: goals,
    },
    maxItems: MAX_KPI_ITEMS,
  };
}
