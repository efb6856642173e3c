/**
 * Work that spans profiles (a language change, own metrics, the metric choice, the company KPI, New
 * month, New year), done in steps: each execution rebuilds the profiles that fit in its time, and what
 * is left waits in the document, so no execution grows with the number of profiles.
 */

/** One profile's dashboard for a year, rebuilt with the stored settings; carried figures as asked. */
export interface WorkTask {
  id: string;
  year: number;
  /** Targets are carried from this year's dashboard (New year, New month into January). */
  targetsFrom?: number;
  /** Stock figures are carried from a month of a year into the task's month (New month). */
  stocks?: { year: number; from: number; to: number };
  /** The profile's SSI total target changed: the dashboard's own takes the new one. */
  newTarget?: boolean;
  /** Not a rebuild: the profile's dashboard of `year` is folded into the year's archive sheet. */
  fold?: boolean;
}

/** A team sheet to write when every task is done: `make` one that does not exist yet. */
export interface WorkTeam {
  year: number;
  make: boolean;
}

export interface Work {
  tasks: WorkTask[];
  done: number;
  total: number;
  teams: WorkTeam[];
  /** What the finished work says. */
  message: string;
  warnings: string[];
}

/** Where the work stands after an execution; `message` is the progress line, or the end's message. */
export interface WorkAnswer {
  finished: boolean;
  /** Another person's update held the document: nothing was done; ask again in a moment. */
  busy?: boolean;
  done: number;
  total: number;
  message: string;
}

/** An endpoint's answer: when work is left, `pending` says how far it got and the sidebar goes on. */
export interface StepAnswer {
  ok: true;
  message: string;
  pending?: WorkAnswer;
}

/** The document property the pending work is kept under. */
export const WORK_KEY = "work";

/**
 * Stop starting another profile after this much of an execution's time: a step holds the document
 * lock, and another person waits for it at most 30 s (`LOCK_WAIT_MS`).
 */
export const STEP_BUDGET_MS = 8_000;

/**
 * At most this many profiles in one step, however fast they go: a rebuild at the largest layout (12
 * own metrics, the KPI) is some 85 calls, so a step stays short enough for another person to wait.
 */
export const STEP_PROFILES = 2;

/** At most this many warnings are kept for the end, each cut to this many characters: the property stays small. */
const MAX_WARNINGS = 5;
const MAX_WARNING_CHARS = 400;

const isInt = Number.isInteger as (v: unknown) => v is number;

function parseTask(value: unknown): WorkTask | null {
  const t = value as Partial<WorkTask> | null;
  if (!t || typeof t.id !== "string" || !isInt(t.year)) return null;
  const task: WorkTask = { id: t.id, year: t.year };
  if (isInt(t.targetsFrom)) task.targetsFrom = t.targetsFrom;
  const s = t.stocks;
  if (s && isInt(s.year) && isInt(s.from) && isInt(s.to))
    task.stocks = { year: s.year, from: s.from, to: s.to };
  if (t.newTarget === true) task.newTarget = true;
  if (t.fold === true) task.fold = true;
  return task;
}

/** A task as stored: [profile id, year, targets from (0: none), [stocks' year, from, to] or 0, flags]. */
type StoredTask = [string, number, number, [number, number, number] | 0, number];

const NEW_TARGET = 1;
const FOLD = 2;

/**
 * The pending work as one document property, compact: 90 tasks (30 profiles over three years, every
 * kind of work queued at once) with five long warnings stay well under Apps Script's 9 KB.
 */
export function encodeWork(work: Work): string {
  const tasks: StoredTask[] = work.tasks.map((t) => [
    t.id,
    t.year,
    t.targetsFrom ?? 0,
    t.stocks ? [t.stocks.year, t.stocks.from, t.stocks.to] : 0,
    (t.newTarget ? NEW_TARGET : 0) | (t.fold ? FOLD : 0),
  ]);
  return JSON.stringify({
    v: 2,
    t: tasks,
    d: work.done,
    n: work.total,
    y: work.teams.map((team) => [team.year, team.make ? 1 : 0]),
    m: work.message,
    w: work.warnings,
  });
}

/** A stored task back as a task; the older form (an object per task) reads as before. */
function storedTask(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  const [id, year, targetsFrom, stocks, flags] = value as Partial<StoredTask>;
  return {
    id,
    year,
    ...(targetsFrom ? { targetsFrom } : {}),
    ...(Array.isArray(stocks)
      ? { stocks: { year: stocks[0], from: stocks[1], to: stocks[2] } }
      : {}),
    ...(isInt(flags) && flags & NEW_TARGET ? { newTarget: true } : {}),
    ...(isInt(flags) && flags & FOLD ? { fold: true } : {}),
  };
}

/** The stored work in the older form, whichever form it was stored in. */
function unpacked(raw: Record<string, unknown>): Partial<Work> {
  if (raw.v !== 2) return raw as Partial<Work>;
  return {
    tasks: Array.isArray(raw.t) ? (raw.t.map(storedTask) as WorkTask[]) : [],
    done: raw.d as number,
    total: raw.n as number,
    teams: (Array.isArray(raw.y) ? raw.y : []).map((y: unknown) =>
      Array.isArray(y) ? { year: y[0], make: y[1] === 1 } : y,
    ) as WorkTeam[],
    message: raw.m as string,
    warnings: raw.w as string[],
  };
}

/** The pending work as stored, or null when there is none or it cannot be read. */
export function parseWork(text: string | undefined): Work | null {
  if (!text) return null;
  let raw: Partial<Work>;
  try {
    // Anything but an object (null, a number) fails here or below, and reads as no work.
    raw = unpacked(JSON.parse(text) as Record<string, unknown>);
  } catch {
    return null;
  }
  if (!Array.isArray(raw.tasks) || !isInt(raw.done) || !isInt(raw.total)) return null;
  const tasks = raw.tasks.map(parseTask).filter((t): t is WorkTask => t !== null);
  const teams = (Array.isArray(raw.teams) ? raw.teams : []).filter(
    (t): t is WorkTeam => !!t && isInt(t.year) && typeof t.make === "boolean",
  );
  return {
    tasks,
    done: raw.done,
    total: Math.max(raw.total, raw.done + tasks.length),
    teams,
    message: typeof raw.message === "string" ? raw.message : "",
    warnings: (Array.isArray(raw.warnings) ? raw.warnings : []).filter(
      (w): w is string => typeof w === "string",
    ),
  };
}

/**
 * Adds an action's tasks to the pending work. A profile's year already waiting is done once: what
 * the new task carries is added to what the waiting one carried. `first` (the profile the user works
 * on) goes first, so their own dashboard changes at once.
 */
export function withTasks(
  pending: Work | null,
  tasks: WorkTask[],
  teams: WorkTeam[],
  message: string,
  first?: string,
): Work {
  const all = [...(pending?.tasks ?? [])];
  for (const task of tasks) {
    const i = all.findIndex((t) => t.id === task.id && t.year === task.year);
    // What the new task does not say (no key at all), the waiting one's says still.
    if (i < 0) all.push(task);
    else all[i] = { ...all[i], ...task };
  }
  // Folds go before every rebuild: they free the tabs New year's dashboards need.
  const byUser = (tasks: WorkTask[]) =>
    first
      ? [...tasks.filter((t) => t.id === first), ...tasks.filter((t) => t.id !== first)]
      : tasks;
  const ordered = [...byUser(all.filter((t) => t.fold)), ...byUser(all.filter((t) => !t.fold))];
  const allTeams = [...(pending?.teams ?? [])];
  for (const team of teams) {
    const i = allTeams.findIndex((t) => t.year === team.year);
    if (i < 0) allTeams.push(team);
    else allTeams[i] = { year: team.year, make: team.make || !!allTeams[i]?.make };
  }
  const done = pending?.done ?? 0;
  return {
    tasks: ordered,
    done,
    total: done + ordered.length,
    teams: allTeams,
    message,
    warnings: pending?.warnings ?? [],
  };
}

/** The work once its first task is done, with that task's warning kept (a few, no repeats). */
export function afterTask(work: Work, warning: string): Work {
  const kept =
    warning.length > MAX_WARNING_CHARS ? `${warning.slice(0, MAX_WARNING_CHARS - 1)}…` : warning;
  const warnings =
    kept && !work.warnings.includes(kept) && work.warnings.length < MAX_WARNINGS
      ? [...work.warnings, kept]
      : work.warnings;
  return { ...work, tasks: work.tasks.slice(1), done: work.done + 1, warnings };
}
