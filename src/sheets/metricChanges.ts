/** Applies changed metric settings: this year's dashboards of every active profile, their charts, the team sheet. */
import type { MetricSettings } from "../domain/ownMetrics";
import { activeProfiles } from "../domain/profiles";
import type { StepAnswer } from "../plan/work";
import type { Doc } from "./document";
import { startWork, stepAnswer } from "./work";

/**
 * Stores the metric settings and rebuilds this year's dashboard of each active profile with them, in
 * steps; `message` is what the answer says once all are done. Other years keep the layout they were
 * built with until they are rebuilt; a save into them reads that one.
 */
export function applyMetrics(doc: Doc, metrics: MetricSettings, message: string): StepAnswer {
  const settings = { ...doc.store.settings, metrics };
  const year = settings.current.year;
  const tasks = activeProfiles(settings.profiles).map((p) => ({ id: p.id, year }));
  return stepAnswer(startWork(doc, settings, { tasks, teams: [{ year, make: false }], message }));
}
