/** What a metric or a KPI source is called in the user's language: the catalog's names, or the user's own. */
import { isOwnId, type Metric, type MetricId } from "./catalog";
import type { KpiSource } from "./companyKpi";
import { fill, messages } from "./i18n";
import type { Language } from "./language";
import type { OwnMetricSpec } from "./ownMetric";
import type { Period } from "./settings";
import type { Pillar } from "./ssi";

/** A metric's label: the name the user gave their own metric, or the catalog's in the language. */
export function metricLabel(metric: Pick<Metric, "id" | "name">, language: Language): string {
  return metric.name ?? messages(language).metrics[metric.id as MetricId]?.label ?? metric.id;
}

/** A KPI source's label: the SSI total, a pillar, a catalog metric or an own metric by its name. */
export function sourceLabel(
  source: KpiSource,
  own: readonly OwnMetricSpec[],
  language: Language,
): string {
  const m = messages(language);
  if (source === "ssi") return m.dashboard.ssiTotal;
  if (source.startsWith("pillar:")) return m.pillars[source.slice(7) as Pillar];
  if (isOwnId(source)) return own.find((o) => o.id === source)?.name ?? source;
  return metricLabel({ id: source as MetricId }, language);
}

/** "November 2026" in the user's language. */
export function periodLabel(p: Period, language: Language): string {
  return fill("{month} {year}", {
    month: messages(language).monthsLong[p.month - 1] ?? "",
    year: p.year,
  });
}
