/** Applies changed metric settings: this year's dashboards of every active profile, their charts, the team sheet. */
import type { MetricSettings } from "../domain/ownMetrics";
import { activeProfiles } from "../domain/profiles";
import { type Doc, rebuild } from "./document";
import { refreshTeam } from "./profileChanges";

/**
 * Stores the metric settings and rebuilds this year's dashboard of each active profile with them.
 * Other years keep the layout they were built with until they are rebuilt; a save into them reads that one.
 */
export function applyMetrics(doc: Doc, metrics: MetricSettings): string[] {
  const settings = { ...doc.store.settings, metrics };
  const warnings = activeProfiles(settings.profiles).map((profile) =>
    rebuild(doc, settings.current.year, settings, profile),
  );
  refreshTeam(doc, settings);
  return warnings.filter(Boolean);
}
