/** Runs work that spans profiles in steps: the profiles that fit in this execution, the rest kept for the next. */

import { fill, messages } from "../domain/i18n";
import { activeProfiles } from "../domain/profiles";
import type { Settings } from "../domain/settings";
import { carryStocks, carryTargets } from "../plan/carryOver";
import { keptKey } from "../plan/dashboard/kept";
import { teamKey } from "../plan/storeKeys";
import {
  afterTask,
  encodeWork,
  parseWork,
  STEP_BUDGET_MS,
  STEP_PROFILES,
  type StepAnswer,
  WORK_KEY,
  type Work,
  type WorkAnswer,
  type WorkTask,
  type WorkTeam,
  withTasks,
} from "../plan/work";
import { foldProfile } from "../sheets/archiveSheet";
import { now } from "../sheets/clock";
import { readYear } from "../sheets/dashboardSheet";
import { type Doc, selectedProfile } from "../sheets/document";
import { rebuild } from "../sheets/rebuild";
import { forgetKeys, writeStore } from "../sheets/store";
import { buildTeam } from "../sheets/teamSheet";

/**
 * Stores the action's settings with its tasks added to what is pending, in one write, and does the
 * first step at once: with one profile, or a few, that is all of it. Stored before any sheet changes,
 * the work survives an execution stopped halfway: the next step redoes the profile it was on.
 */
export function startWork(
  doc: Doc,
  settings: Settings,
  action: { tasks: WorkTask[]; teams: WorkTeam[]; message: string },
): WorkAnswer {
  const first = selectedProfile(settings).id;
  const pending = parseWork(doc.store.all[WORK_KEY]);
  const work = withTasks(pending, action.tasks, action.teams, action.message, first);
  writeStore(doc.store, { [WORK_KEY]: encodeWork(work) }, settings);
  return step(doc, work);
}

/** The next step of the pending work, if there is any. */
export function continuePending(doc: Doc): WorkAnswer {
  const work = parseWork(doc.store.all[WORK_KEY]);
  if (!work) return { finished: true, done: 0, total: 0, message: "" };
  return step(doc, work);
}

/** An answer that carries its work: finished, it is the end's message; else the progress, pending. */
export function stepAnswer(work: WorkAnswer): StepAnswer {
  return work.finished
    ? { ok: true, message: work.message }
    : { ok: true, message: work.message, pending: work };
}

function step(doc: Doc, start: Work): WorkAnswer {
  let work = start;
  // A profile is started only while the execution is young: it is done whole, or not begun.
  const young = () => now().getTime() - doc.started < STEP_BUDGET_MS;
  while (work.tasks.length > 0 && work.done - start.done < STEP_PROFILES && young()) {
    const [task, ...rest] = work.tasks as [WorkTask, ...WorkTask[]];
    if (task.fold)
      foldProfile(doc, task.year, task.id, !rest.some((t) => t.fold && t.year === task.year));
    work = afterTask(work, task.fold ? "" : runTask(doc, task));
  }
  if (work.tasks.length > 0) {
    if (work.done > start.done) writeStore(doc.store, { [WORK_KEY]: encodeWork(work) });
    const m = messages(doc.store.settings.language);
    return {
      finished: false,
      done: work.done,
      total: work.total,
      message: `${fill(m.toasts.progress, { done: work.done + 1, total: work.total })} ${m.toasts.stepsLeft}`,
    };
  }
  for (const team of work.teams)
    if (team.make || teamKey(team.year) in doc.store.all)
      writeStore(
        doc.store,
        buildTeam(doc.ss, doc.store.all, doc.store.settings, team.year).changes,
      );
  if (WORK_KEY in doc.store.all) forgetKeys(doc.store, [WORK_KEY]);
  return {
    finished: true,
    done: work.done,
    total: work.total,
    message: [work.message, ...work.warnings].filter(Boolean).join(" "),
  };
}

/** Rebuilds one profile's year with the stored settings, carrying what the task asks; its warning. */
function runTask(doc: Doc, task: WorkTask): string {
  const settings = doc.store.settings;
  // A profile archived or removed since the work began has nothing left to do.
  const profile = activeProfiles(settings.profiles).find((p) => p.id === task.id);
  if (!profile) return "";
  const fromYear = (year: number) => readYear(doc.ss, year, settings, profile, doc.store.all).kept;
  const targets = task.targetsFrom === undefined ? null : fromYear(task.targetsFrom);
  const { stocks } = task;
  // Into January both come from last year's dashboard: it is read once.
  const stocksFrom =
    stocks && stocks.year !== task.year
      ? stocks.year === task.targetsFrom
        ? targets
        : fromYear(stocks.year)
      : null;
  return rebuild(doc, task.year, settings, profile, (kept) => {
    if (task.newTarget) kept.delete(keptKey("ssi:total", "target"));
    if (targets) carryTargets(targets, kept);
    if (stocks) carryStocks(stocksFrom ?? kept, stocks.from, stocks.to, kept, settings.metrics.own);
  });
}
