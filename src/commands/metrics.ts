/** Sidebar: which metrics the dashboards show, the user's own metrics, and the company KPI. */
import { METRIC_IDS, METRICS } from "../domain/catalog";
import { checkCompanyKpiInput, kpiItems } from "../domain/companyKpi";
import { fill, fillCount, messages } from "../domain/i18n";
import { refusal, renderRefused } from "../domain/i18n/render";
import { metricLabel } from "../domain/labels";
import {
  checkMetricChoice,
  checkOwnMetricInput,
  checkOwnRemoval,
  type MetricSettings,
  requestLanguage,
} from "../domain/ownMetrics";
import { activeProfiles } from "../domain/profiles";
import { type MetricsForm, metricsForm } from "../plan/metricsForm";
import type { StepAnswer } from "../plan/work";
import { type Doc, readDocument, withDocument } from "../sheets/document";
import type { Answer } from "./answer";
import { startWork, stepAnswer } from "./steps";

/** Sidebar: the metrics to choose from, the own metrics and the company KPI, in the document's language. */
export function getMetricsForm(): MetricsForm {
  return metricsForm(readDocument().store.settings);
}

/** Sidebar: the catalog metrics to show; hidden ones keep their values, and this year's dashboards follow. */
export function saveMetricChoice(input: unknown): Answer {
  return withDocument((doc) => {
    const checked = checkMetricChoice(input, doc.store.settings.metrics);
    if (!checked.ok) return renderRefused(checked);
    const language = requestLanguage(input);
    const shown = METRIC_IDS.length - checked.metrics.hidden.length;
    const saved = fillCount(language, messages(language).metricSetup.shownSaved, shown, {
      metrics: METRIC_IDS.length,
    });
    return applyMetrics(doc, checked.metrics, saved);
  });
}

/** Sidebar: adds an own metric or renames or changes one; its values stay on its row. */
export function saveOwnMetric(input: unknown): Answer {
  return withDocument((doc) => {
    const language = requestLanguage(input);
    const labels = METRICS.map((x) => metricLabel(x, language));
    const checked = checkOwnMetricInput(input, doc.store.settings.metrics, labels);
    if (!checked.ok) return renderRefused(checked);
    const t = messages(language).metricSetup;
    const { name, block } = checked.metric;
    const message = checked.before
      ? fill(t.ownSaved, { name })
      : fill(t.ownAdded, { name, block: messages(language).blocks[block] });
    // A metric turned to whole numbers over decimals typed before: the rebuild names those cells.
    return applyMetrics(doc, checked.metrics, message);
  });
}

/** Sidebar: removes an own metric once confirmed; its values are copied to the Removed metrics sheet first. */
export function removeOwnMetric(input: unknown): Answer {
  return withDocument((doc) => {
    const checked = checkOwnRemoval(input, doc.store.settings.metrics);
    const language = requestLanguage(input);
    if (!checked.ok) return refusal(language, checked.problem);
    const t = messages(language).metricSetup;
    const message = fill(t.ownRemoved, { name: checked.removed.name, sheet: t.removedSheet });
    return applyMetrics(doc, checked.metrics, message);
  });
}

/** Sidebar: composes the company KPI (or switches it off with no item); every dashboard's KPI section follows. */
export function saveCompanyKpi(input: unknown): Answer {
  return withDocument((doc) => {
    const language = requestLanguage(input);
    const checked = checkCompanyKpiInput(input, doc.store.settings.metrics.own, language);
    if (!checked.ok) return renderRefused(checked);
    const t = messages(language).metricSetup;
    const count = checked.kpi ? kpiItems(checked.kpi).length : 0;
    const message = count ? fillCount(language, t.kpiSaved, count) : t.kpiOff;
    return applyMetrics(doc, { ...doc.store.settings.metrics, kpi: checked.kpi }, message);
  });
}

/**
 * Stores the metric settings and rebuilds this year's dashboard of each active profile with them, in
 * steps; `message` is what the answer says once all are done. Other years keep the layout they were
 * built with until they are rebuilt; a save into them reads that one.
 */
function applyMetrics(doc: Doc, metrics: MetricSettings, message: string): StepAnswer {
  const settings = { ...doc.store.settings, metrics };
  const year = settings.current.year;
  const tasks = activeProfiles(settings.profiles).map((p) => ({ id: p.id, year }));
  return stepAnswer(startWork(doc, settings, { tasks, teams: [{ year, make: false }], message }));
}
