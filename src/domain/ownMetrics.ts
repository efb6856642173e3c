/** Which metrics a dashboard shows and the user's own metrics: chosen in Settings, checked here. */

import {
  ALL_BLOCKS,
  type BlockId,
  isOwnId,
  METRIC_IDS,
  type MetricId,
  type OwnId,
} from "./catalog";
import type { CompanyKpi } from "./companyKpi";
import { isRecord, malformed, type Refused, refused, unknownFields } from "./input";
import { isLanguage, type Language } from "./language";
import {
  OWN_AGGREGATIONS,
  OWN_FEEDS,
  type OwnAggregation,
  type OwnFeed,
  type OwnMetricSpec,
  ownMetricFed,
} from "./ownMetric";
import { type Problem, problem } from "./problem";

/** What the dashboard shows: the catalog's metrics minus the hidden ones, the user's own, and the company KPI. */
export interface MetricSettings {
  hidden: MetricId[];
  own: OwnMetricSpec[];
  /** The number the next own metric gets: ids are never reused. */
  nextOwn: number;
  kpi: CompanyKpi | null;
}

export const MAX_OWN_METRICS = 12;
const MAX_NAME = 60;

/** A spreadsheet's metric settings before the user chooses anything: all 18, none of their own, no KPI. */
export function defaultMetricSettings(): MetricSettings {
  return { hidden: [], own: [], nextOwn: 1, kpi: null };
}

/** Reads stored metric settings leniently: whatever is malformed is left out, never guessed. */
export function parseMetricSettings(
  raw: unknown,
  parseKpi: (raw: unknown, own: OwnMetricSpec[]) => CompanyKpi | null,
): MetricSettings {
  if (!isRecord(raw)) return defaultMetricSettings();
  const hidden = Array.isArray(raw.hidden)
    ? METRIC_IDS.filter((id) => (raw.hidden as unknown[]).includes(id))
    : [];
  const own: OwnMetricSpec[] = [];
  for (const x of Array.isArray(raw.own) ? raw.own : []) {
    if (!isRecord(x) || !isOwnId(x.id) || own.some((o) => o.id === x.id)) continue;
    if (typeof x.name !== "string" || !x.name.trim()) continue;
    if (!ALL_BLOCKS.includes(x.block as BlockId)) continue;
    if (!OWN_AGGREGATIONS.includes(x.aggregation as OwnAggregation)) continue;
    const feeds = OWN_FEEDS.find((f) => f === x.feeds && !own.some((o) => o.feeds === f));
    own.push({
      id: x.id,
      name: x.name.trim().slice(0, MAX_NAME),
      block: x.block as BlockId,
      aggregation: x.aggregation as OwnAggregation,
      whole: x.whole !== false,
      ...(feeds ? { feeds } : {}),
    });
  }
  const highest = Math.max(0, ...own.map((o) => Number(o.id.slice(3))));
  const next = Number(raw.nextOwn);
  return {
    hidden,
    own: own.slice(0, MAX_OWN_METRICS),
    nextOwn: Number.isInteger(next) && next > highest ? next : highest + 1,
    kpi: parseKpi(raw.kpi, own),
  };
}

/** The language a request names, English when it names none. */
export function requestLanguage(input: unknown): Language {
  return isRecord(input) && isLanguage(input.language) ? input.language : "en";
}

/** Checks the metrics chosen to show: a list of the catalog's ids; the others are hidden, keeping their values. */
export function checkMetricChoice(
  input: unknown,
  settings: MetricSettings,
): { ok: true; metrics: MetricSettings } | Refused {
  const language = requestLanguage(input);
  const shown = isRecord(input) ? input.shown : undefined;
  if (!Array.isArray(shown) || !shown.every((id) => typeof id === "string"))
    return refused(language, { shown: malformed("shown") });
  const unknown = shown.filter((id) => !(METRIC_IDS as readonly string[]).includes(id));
  if (unknown.length > 0)
    return refused(language, {
      shown: problem("metricSetup.unknownMetric", {
        value: unknown.join(", "),
        metrics: METRIC_IDS.length,
      }),
    });
  if (shown.length === 0 && settings.own.length === 0)
    return refused(language, { shown: problem("metricSetup.noneShown") });
  return {
    ok: true,
    metrics: { ...settings, hidden: METRIC_IDS.filter((id) => !shown.includes(id)) },
  };
}

const OWN_FIELDS = ["language", "id", "name", "block", "aggregation", "whole", "feeds"];

/**
 * Checks a new or changed own metric: a name of its own (1–60 characters), a block, how its months add up,
 * whole or decimal. A change keeps the id, so the metric's values stay where they are.
 */
export function checkOwnMetricInput(
  input: unknown,
  settings: MetricSettings,
  catalogLabels: readonly string[],
):
  | { ok: true; metrics: MetricSettings; metric: OwnMetricSpec; before: OwnMetricSpec | null }
  | Refused {
  const language = requestLanguage(input);
  const errors: Record<string, Problem> = {};
  if (!isRecord(input)) return refused(language, { form: malformed("metric") });
  unknownFields(input, OWN_FIELDS, errors);
  const before = settings.own.find((o) => o.id === input.id) ?? null;
  if (input.id !== undefined && !before) errors.id = problem("metricSetup.unknownOwn");
  if (!before && settings.own.length >= MAX_OWN_METRICS)
    errors.name = problem("metricSetup.tooManyOwn", { max: MAX_OWN_METRICS });
  const name =
    typeof input.name === "string" ? input.name.trim().replace(/\s+/g, " ") : before?.name;
  if (!name) errors.name ??= problem("metricSetup.nameMissing");
  else if (name.length > MAX_NAME)
    errors.name = problem("metricSetup.nameTooLong", { count: name.length, max: MAX_NAME });
  else if (
    settings.own.some((o) => o.id !== before?.id && o.name.toLowerCase() === name.toLowerCase()) ||
    catalogLabels.some((label) => label.toLowerCase() === name.toLowerCase())
  )
    errors.name = problem("metricSetup.nameTaken", { name });
  const block = input.block ?? before?.block;
  if (!ALL_BLOCKS.includes(block as BlockId))
    errors.block = problem("metricSetup.badBlock", { value: String(block) });
  const aggregation = input.aggregation ?? before?.aggregation;
  if (!OWN_AGGREGATIONS.includes(aggregation as OwnAggregation))
    errors.aggregation = problem("metricSetup.badAggregation", { value: String(aggregation) });
  const whole = input.whole ?? before?.whole ?? true;
  if (typeof whole !== "boolean") errors.whole = malformed("whole");
  const feeds = input.feeds ?? before?.feeds;
  if (feeds !== undefined && !OWN_FEEDS.includes(feeds as OwnFeed))
    errors.feeds = malformed("feeds");
  else if (
    feeds !== undefined &&
    settings.own.some((o) => o.feeds === feeds && o.id !== before?.id)
  )
    errors.feeds = problem("metricSetup.feedTaken", {
      name: ownMetricFed(settings.own, feeds as OwnFeed)?.name ?? "",
    });
  if (Object.keys(errors).length > 0) return refused(language, errors);
  const metric: OwnMetricSpec = {
    id: before?.id ?? (`own${settings.nextOwn}` as OwnId),
    name: name as string,
    block: block as BlockId,
    aggregation: aggregation as OwnAggregation,
    whole: whole as boolean,
    ...(feeds !== undefined ? { feeds: feeds as OwnFeed } : {}),
  };
  return {
    ok: true,
    metric,
    before,
    metrics: before
      ? { ...settings, own: settings.own.map((o) => (o.id === metric.id ? metric : o)) }
      : { ...settings, own: [...settings.own, metric], nextOwn: settings.nextOwn + 1 },
  };
}

/** Removing an own metric: it must exist, be confirmed, and not be part of the company KPI. */
export function checkOwnRemoval(
  input: unknown,
  settings: MetricSettings,
): { ok: true; metrics: MetricSettings; removed: OwnMetricSpec } | { ok: false; problem: Problem } {
  const removed = isRecord(input) ? settings.own.find((o) => o.id === input.id) : undefined;
  if (!removed) return { ok: false, problem: problem("metricSetup.unknownOwn") };
  if (!isRecord(input) || input.confirm !== true)
    return { ok: false, problem: problem("metricSetup.confirmRemoval", { name: removed.name }) };
  const kpi = settings.kpi;
  if (kpi && [...kpi.ssi, ...kpi.strategic, ...kpi.business].some((i) => i.source === removed.id))
    return { ok: false, problem: problem("metricSetup.inKpi", { name: removed.name }) };
  return {
    ok: true,
    removed,
    metrics: { ...settings, own: settings.own.filter((o) => o.id !== removed.id) },
  };
}
