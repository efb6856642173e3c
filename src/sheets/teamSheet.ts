/** Builds or refreshes a year's team sheet in a fixed number of calls, however many profiles there are. */
import { messages } from "../domain/i18n";
import { ownMetricFed } from "../domain/ownMetric";
import { activeProfiles, shownName, teamProfiles } from "../domain/profiles";
import type { Settings } from "../domain/settings";
import { fingerprint } from "../plan/fingerprint";
import { LAYOUT_VERSION } from "../plan/layout";
import { movedValues } from "../plan/lines/formulaRefs";
import { chartOnSheet } from "../plan/lines/keyedLines";
import { linesMap } from "../plan/lines/personLines";
import { teamSheet } from "../plan/sheetRegistry";
import { layoutKey, lookKey, type StoreChanges, type Stored } from "../plan/storeKeys";
import { type TeamMember, teamPlan } from "../plan/team";
import { drawChart } from "./chartDraw";
import { builtLayout, dashboardRecord } from "./dashboardSheet";
import { layKeyed } from "./keyedSheet";
import { ensureOurSheet } from "./ourSheets";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** The active profiles as the team sheet lists them; a dashboard is known from the store, not asked for. */
export function teamMembers(settings: Settings, year: number, stored: Stored): TeamMember[] {
  const unnamed = messages(settings.language).dashboard.noProfile;
  return teamProfiles(settings.profiles).map((p) => {
    const name = shownName(p, unnamed);
    if (p.source) return { id: p.id, name, dashboard: null, source: p.source, team: !!p.team };
    const dashboard = dashboardRecord(stored, year, settings, p);
    if (dashboard.layout === undefined) return { id: p.id, name, dashboard: null };
    // Post impressions live in an own metric's row, where that dashboard's layout put it.
    const fed = ownMetricFed(settings.metrics.own, "impressions");
    const row = fed ? builtLayout(dashboard, settings).at.get(`own:${fed.id}`) : undefined;
    return {
      id: p.id,
      name,
      dashboard: dashboard.name,
      ...(row ? { impressionsRow: row } : {}),
    };
  });
}

/**
 * Writes the team sheet for a year and its two charts: rows, averages and colours are one plan applied
 * in batched calls; the charts are updated in place. Returns what to store and how many profiles it lists.
 */
export function buildTeam(
  ss: Spreadsheet,
  stored: Stored,
  settings: Settings,
  year: number,
): { sheet: GoogleAppsScript.Spreadsheet.Sheet; count: number; changes: StoreChanges } {
  const members = teamMembers(settings, year, stored);
  const planned = teamPlan(year, settings.language, members, !!settings.metrics.kpi);
  const { charts } = planned;
  // Each member's cells are where that dashboard's rows and columns are, around a person's own.
  const maps = new Map(
    activeProfiles(settings.profiles).map((p) => {
      const dashboard = dashboardRecord(stored, year, settings, p);
      return [dashboard.name, linesMap(dashboard.lines)] as const;
    }),
  );
  const plan = {
    ...planned.plan,
    values: movedValues(planned.plan.values, (s) => (s === null ? null : (maps.get(s) ?? null))),
  };
  // Ours follows the language; a name a person gave it stays.
  const kind = teamSheet(year, settings.language);
  const { sheet, fresh, changes } = ensureOurSheet(ss, stored, kind);
  const signatureKey = layoutKey(kind.key);
  const look = fingerprint(
    JSON.stringify([plan.rows, plan.cols, plan.conditionalRules, plan.columnWidths]),
  );
  const signature = (lines: string) => `${LAYOUT_VERSION}:${look}${lines ? `:${lines}` : ""}`;
  // Rows of profiles archived or removed since are deleted; a person's rows and columns stay.
  const laid = layKeyed(ss, sheet, plan, planned.keys, {
    fresh,
    layout: (lines) => stored[signatureKey] !== signature(lines),
    look: stored[lookKey(kind.key)],
  });
  // Charts read our lines only: a person's row or column between ours is not a series.
  const specs = charts.map((spec) =>
    chartOnSheet(spec, laid.map, spec.transpose ? "rows" : "cols"),
  );
  const ranges = sheet.getRangeList(specs.flatMap((c) => c.ranges)).getRanges();
  const existing = sheet.getCharts();
  specs.forEach((spec, i) => {
    drawChart(sheet, existing[i], spec, ranges.splice(0, spec.ranges.length));
  });
  return {
    sheet,
    count: members.length,
    changes: {
      ...changes,
      [signatureKey]: signature(laid.lines),
      [lookKey(kind.key)]: laid.look,
    },
  };
}
