/** A profile's year rebuilt as a whole (dashboard, log, charts), and its charts redrawn alone. */
import { fill, fillCount, messages } from "../domain/i18n";
import type { Profile } from "../domain/profiles";
import type { Settings } from "../domain/settings";
import type { KeptCells } from "../plan/dashboard/kept";
import { rowOf } from "../plan/layout";
import { hasDashboard } from "../plan/sheetRegistry";
import type { Stored } from "../plan/storeKeys";
import { type ChartYear, drawCharts } from "./chartsSheet";
import { buildYear, builtLayout, dashboardRecord } from "./dashboardSheet";
import type { Doc } from "./document";
import { takeNamesTaken } from "./ourSheets";
import { ensureLog } from "./ssiLogSheet";
import { writeStore } from "./store";

/**
 * Builds a profile's dashboard for a year, its log and its charts, stores settings and signatures;
 * returns any warning.
 */
export function rebuild(
  doc: Doc,
  year: number,
  settings: Settings,
  profile: Profile,
  adjust?: (kept: KeptCells) => void,
): string {
  const log = ensureLog(doc.ss, doc.store.all, settings.language, profile);
  const built = buildYear(doc.ss, doc.store, year, settings, profile, log.name, adjust);
  const stored = { ...doc.store.all, ...built.changes };
  const charts = drawCharts(
    doc.ss,
    stored,
    settings.language,
    {
      current: { year, name: built.name, key: built.key, layout: built.layout },
      previous: chartYear(stored, year - 1, settings, profile),
    },
    log.name,
    // A row of ours made again leaves #REF! where the table pointed at it: the table is written anew.
    built.restored.length > 0,
    profile,
  );
  const changes = { ...log.changes, ...built.changes, ...charts };
  writeStore(doc.store, changes, settings);
  built.sheet.activate();
  const m = messages(settings.language);
  const cells = built.cells.invalid;
  const overwritten = built.cells.overwritten;
  const listed = (list: string[]) => list.slice(0, 8).join(", ") + (list.length > 8 ? "…" : "");
  // A row of ours a person deleted is named by its label, as the sheet shows it.
  const labels = built.restored.map((key) => {
    const label = built.plan.values[rowOf(built.layout.at, key) - 1]?.[1];
    return typeof label === "string" && label ? label.replace(/^'/, "") : key;
  });
  const { names, rules } = built.restoredLayout;
  return [
    built.remade ? fill(m.toasts.dashboardRemade, { name: built.name }) : "",
    names + rules > 0
      ? fill(m.toasts.layoutRestored, {
          name: built.name,
          names: String(names),
          rules: String(rules),
        })
      : "",
    log.remade ? fill(m.toasts.logRemade, { name: log.name }) : "",
    ...takeNamesTaken().map((taken) => fill(m.toasts.nameTaken, { ...taken })),
    labels.length === 0
      ? ""
      : fill(m.toasts.rowsRestored, {
          rows:
            labels.slice(0, 8).join(", ") +
            (labels.length > 8 ? `, ${fill(m.toasts.andMore, { count: labels.length - 8 })}` : ""),
        }),
    overwritten.length === 0
      ? ""
      : fillCount(settings.language, m.toasts.overwritten, overwritten.length, {
          cells: listed(overwritten),
        }),
    cells.length === 0
      ? ""
      : fillCount(settings.language, m.errors.invalidCells, cells.length, { cells: listed(cells) }),
  ]
    .filter(Boolean)
    .join(" ");
}

/** Redraws a profile's charts for the current year, replacing the add-on's own in place. */
export function redrawCharts(doc: Doc, profile: Profile): void {
  const { settings } = doc.store;
  const { language, current } = settings;
  const log = ensureLog(doc.ss, doc.store.all, language, profile);
  const stored = doc.store.all;
  writeStore(doc.store, {
    ...log.changes,
    ...drawCharts(
      doc.ss,
      stored,
      language,
      {
        current: yearSheet(stored, current.year, settings, profile),
        previous: chartYear(stored, current.year - 1, settings, profile),
      },
      log.name,
      true,
      profile,
    ),
  });
}

/** A profile's dashboard of a year as the charts read it; null when that year was never built. */
function chartYear(
  stored: Stored,
  year: number,
  settings: Settings,
  profile: Profile,
): ChartYear | null {
  return hasDashboard(stored, year, profile) ? yearSheet(stored, year, settings, profile) : null;
}

/** A profile's dashboard of a year: its name now, our name for it, and the layout it was built with. */
function yearSheet(stored: Stored, year: number, settings: Settings, profile: Profile): ChartYear {
  const record = dashboardRecord(stored, year, settings, profile);
  return { year, name: record.name, key: record.key, layout: builtLayout(record, settings) };
}
