/**
 * Seed 004's company Social Selling KPI: SSI + strategic goals + business goals. Each metric's attainment
 * is actual ÷ monthly target, capped at 120 %; the KPI is their weighted mean × 100.
 */

import { isOwnId, METRICS, type MetricId, type OwnId } from "./catalog";
import { isRecord, malformed, type Refused, refused, unknownFields } from "./input";
import type { Language } from "./language";
import { round } from "./numbers";
import type { OwnMetricSpec } from "./ownMetric";
import { type Problem, problem } from "./problem";
import { PILLARS, type Pillar } from "./ssi";
import { checkNumber } from "./values";

export const KPI_PARTS = ["ssi", "strategic", "business"] as const;
export type KpiPart = (typeof KPI_PARTS)[number];

/** What a KPI item measures: the SSI total ("ssi"), a pillar, a catalog metric or an own metric. */
export type KpiSource = "ssi" | `pillar:${Pillar}` | MetricId | OwnId;

export interface KpiItem {
  source: KpiSource;
  /** The monthly target the actual is measured against (> 0). */
  target: number;
  /** Its weight in the KPI (> 0); weights need not add up to 100. */
  weight: number;
}

export type CompanyKpi = Record<KpiPart, KpiItem[]>;

/** An actual above its target counts up to this much, so one strong metric cannot hide a weak one. */
export const ATTAINMENT_CAP = 1.2;
export const MAX_KPI_ITEMS = 12;
const TARGET_RULE = { min: 0.01, max: 1_000_000_000, decimals: 2 };
const WEIGHT_RULE = { min: 0.01, max: 100, decimals: 2 };

/** The sources the SSI part may use: the total or a pillar. */
export const SSI_SOURCES: readonly KpiSource[] = [
  "ssi",
  ...PILLARS.map((p) => `pillar:${p}` as const),
];

/** Catalog metrics a goal can be measured by: numbers typed each month (not the SSI or the profile level). */
export const GOAL_METRICS: readonly MetricId[] = METRICS.filter(
  (m) => m.input === "count" || m.input === "rate",
).map((m) => m.id as MetricId);

/** One metric's attainment: actual ÷ target, capped at 120 %. */
export function attainment(actual: number, target: number): number {
  return Math.min(actual / target, ATTAINMENT_CAP);
}

/** The weighted mean of attainments × 100, rounded to 2 decimals; null while any actual is missing. */
export function socialKpi(
  items: readonly { actual: number | null; target: number; weight: number }[],
): number | null {
  if (items.length === 0 || items.some((i) => i.actual === null)) return null;
  const weights = items.reduce((sum, i) => sum + i.weight, 0);
  if (weights <= 0) return null;
  const weighted = items.reduce(
    (sum, i) => sum + i.weight * attainment(i.actual as number, i.target),
    0,
  );
  return round((weighted / weights) * 100, 2);
}

/** Every item of a KPI with its part, in dashboard order. */
export function kpiItems(kpi: CompanyKpi): (KpiItem & { part: KpiPart })[] {
  return KPI_PARTS.flatMap((part) => kpi[part].map((item) => ({ ...item, part })));
}

/** A month's KPI and its three parts from the actuals of its sources (null where an actual is missing). */
export function kpiOfMonth(
  kpi: CompanyKpi,
  actual: (source: KpiSource) => number | null,
): Record<KpiPart | "total", number | null> {
  const of = (items: KpiItem[]) =>
    socialKpi(items.map((i) => ({ ...i, actual: actual(i.source) })));
  return {
    ssi: of(kpi.ssi),
    strategic: of(kpi.strategic),
    business: of(kpi.business),
    total: of(kpiItems(kpi)),
  };
}

/** True when a source may be used in a part, given the own metrics there are. */
function allowed(
  source: unknown,
  part: KpiPart,
  own: readonly OwnMetricSpec[],
): source is KpiSource {
  if (part === "ssi") return SSI_SOURCES.includes(source as KpiSource);
  return (
    GOAL_METRICS.includes(source as MetricId) ||
    (isOwnId(source) && own.some((o) => o.id === source))
  );
}

/** Reads a stored KPI leniently: items that no longer make sense are left out; no item, no KPI. */
export function parseCompanyKpi(raw: unknown, own: readonly OwnMetricSpec[]): CompanyKpi | null {
  if (!isRecord(raw)) return null;
  const kpi = { ssi: [], strategic: [], business: [] } as CompanyKpi;
  for (const part of KPI_PARTS) {
    for (const x of Array.isArray(raw[part]) ? (raw[part] as unknown[]) : []) {
      if (!isRecord(x) || !allowed(x.source, part, own)) continue;
      const target = Number(x.target);
      const weight = Number(x.weight);
      if (!(target > 0) || !(weight > 0)) continue;
      kpi[part].push({ source: x.source as KpiSource, target, weight });
    }
  }
  return kpiItems(kpi).length > 0 ? kpi : null;
}

type KpiCheck = { ok: true; kpi: CompanyKpi | null } | Refused;

/**
 * Checks a KPI as the settings compose it: per part, items of a source, a monthly target and a weight,
 * typed in the user's language. No item at all switches the KPI off. Errors are keyed "business.1.target".
 */
export function checkCompanyKpiInput(
  input: unknown,
  own: readonly OwnMetricSpec[],
  language: Language,
): KpiCheck {
  const errors: Record<string, Problem> = {};
  const fail = (): KpiCheck => refused(language, errors);
  if (!isRecord(input)) {
    errors.form = malformed("kpi");
    return fail();
  }
  unknownFields(input, [...KPI_PARTS, "language"], errors);
  const kpi = { ssi: [], strategic: [], business: [] } as CompanyKpi;
  const seen = new Set<string>();
  for (const part of KPI_PARTS) {
    const items = input[part] ?? [];
    if (!Array.isArray(items)) {
      errors[part] = malformed(part);
      continue;
    }
    items.forEach((x: unknown, i) => {
      const at = `${part}.${i}`;
      if (!isRecord(x)) {
        errors[at] = malformed(at);
        return;
      }
      if (!allowed(x.source, part, own))
        errors[`${at}.source`] = problem("metricSetup.badSource", { value: String(x.source) });
      else if (seen.has(x.source)) errors[`${at}.source`] = problem("metricSetup.sourceTwice");
      else seen.add(x.source);
      const target = checkNumber(x.target, TARGET_RULE, language);
      if (!target.ok) errors[`${at}.target`] = target.problem;
      else if (target.value === null) errors[`${at}.target`] = problem("metricSetup.targetMissing");
      const weight = checkNumber(x.weight, WEIGHT_RULE, language);
      if (!weight.ok) errors[`${at}.weight`] = weight.problem;
      else if (weight.value === null) errors[`${at}.weight`] = problem("metricSetup.weightMissing");
      if (target.ok && weight.ok && target.value !== null && weight.value !== null)
        kpi[part].push({
          source: x.source as KpiSource,
          target: target.value,
          weight: weight.value,
        });
    });
  }
  if (kpiItems(kpi).length > MAX_KPI_ITEMS)
    errors.form = problem("metricSetup.tooManyItems", { max: MAX_KPI_ITEMS });
  if (Object.keys(errors).length > 0) return fail();
  return { ok: true, kpi: kpiItems(kpi).length > 0 ? kpi : null };
}
