/** An export import from start to end: plan the years, build the ones asked for, write, log. */
import type { ExportSummary, ImportRequest, NetworkFacts } from "../domain/exportSummary";
import { fill, fillCount, messages } from "../domain/i18n";
import { ownMetricFed } from "../domain/ownMetric";
import type { Profile } from "../domain/profiles";
import type { Settings } from "../domain/settings";
import {
  type CellImport,
  cellsToWrite,
  firstDegreeNote,
  type OwnTarget,
  yearsOf,
} from "../plan/import/changes";
import { type YearPlan, yearPlans } from "../plan/import/preview";
import { dashboardLayout, shapeOf } from "../plan/layout";
import { hasDashboard } from "../plan/sheetRegistry";
import type { StoreChanges } from "../plan/storeKeys";
import { now } from "../sheets/clock";
import { buildYear } from "../sheets/dashboardSheet";
import type { Doc } from "../sheets/document";
import { UserError } from "../sheets/errors";
import {
  appendImportLog,
  type ReadColumns,
  readYearColumns,
  writeNetworkSheet,
  writeYear,
} from "../sheets/importSheets";
import { ensureLog } from "../sheets/ssiLogSheet";
import type { Store } from "../sheets/store";
import { writeStore } from "../sheets/store";

type Spreadsheet = GoogleAppsScript.Spreadsheet.Spreadsheet;

/** Where a dashboard built now keeps post impressions: the own metric that takes them, if any. */
export function freshImpressions(settings: Settings): OwnTarget | null {
  const fed = ownMetricFed(settings.metrics.own, "impressions");
  if (!fed) return null;
  const layout = dashboardLayout(shapeOf(settings.metrics), settings.metrics.own);
  const row = layout.at.get(`own:${fed.id}`);
  return row ? { id: fed.id, name: fed.name, row } : null;
}

/** The plan of every year with figures, and the cells read for it: only dashboards the add-on built are read. */
export function readYearPlans(
  ss: Spreadsheet,
  store: Store,
  summary: ExportSummary,
  profile: Profile,
): { plans: YearPlan[]; sheets: Map<number, ReadColumns | null> } {
  const { current } = store.settings;
  const sheets = new Map(
    yearsOf(summary).map((year) => {
      const read = hasDashboard(store.all, year, profile)
        ? readYearColumns(ss, year, store.settings, profile, store.all)
        : null;
      return [year, read] as const;
    }),
  );
  const fresh = freshImpressions(store.settings);
  return { plans: yearPlans(summary, sheets, current.year, fresh), sheets };
}

/** Runs a confirmed import into a profile's dashboards under the document lock; answers what it wrote. */
export function importExport(doc: Doc, request: ImportRequest, profile: Profile): string {
  const { settings } = doc.store;
  const { language } = settings;
  const m = messages(language).exportImport;
  const { summary } = request;
  const read = readYearPlans(doc.ss, doc.store, summary, profile);
  const { sheets } = read;
  let { plans } = read;
  const buildable = new Set(plans.filter((p) => p.kind === "buildable").map((p) => p.year));
  const refused = request.build.find((year) => !buildable.has(year));
  if (refused !== undefined) throw new UserError(fill(m.errors.buildYear, { year: refused }));

  const changes: StoreChanges = {};
  if (request.build.length > 0) {
    const log = ensureLog(doc.ss, doc.store.all, language, profile);
    Object.assign(changes, log.changes);
    for (const year of [...request.build].sort()) {
      const built = buildYear(doc.ss, doc.store, year, settings, profile, log.name);
      Object.assign(changes, built.changes);
      // Only the years just built are read: the others were read above.
      sheets.set(
        year,
        readYearColumns(doc.ss, year, settings, profile, { ...doc.store.all, ...changes }),
      );
    }
    plans = yearPlans(summary, sheets, settings.current.year, freshImpressions(settings));
  }

  const note = firstDegreeNote(language, summary.exportDay);
  const written: CellImport[] = [];
  for (const plan of plans) {
    const columns = sheets.get(plan.year);
    if (plan.kind !== "sheet" || !columns) continue;
    // Read under the lock: what the plan compares with is what is there now.
    const writes = cellsToWrite(plan.imports, request.overwrite, request.partial);
    writeYear(doc.ss, columns, writes, note);
    written.push(...writes);
  }

  const parts: string[] = [];
  if (summary.network) {
    const network = writeNetworkSheet(
      doc.ss,
      doc.store.all,
      summary as ExportSummary & { network: NetworkFacts },
      language,
      profile,
    );
    Object.assign(changes, network.changes);
    if (Object.keys(network.changes).length > 0)
      parts.push(fill(m.networkWritten, { sheet: network.name, day: summary.exportDay }));
  }
  if (written.length > 0) {
    const log = appendImportLog(doc.ss, doc.store.all, summary, written, now(), language, profile);
    Object.assign(changes, log.changes);
    parts.unshift(fillCount(language, m.done, written.length, { log: log.name }));
  } else parts.unshift(m.nothing);
  writeStore(doc.store, changes);
  return parts.join(" ");
}
