/**
 * What the browser sends after reading LinkedIn's data export and creator analytics files: per-month
 * counts and company names, never a person's name, e-mail or message, nor a creator file's name (it
 * carries the member's). The server trusts none of it until `checkSummary` says so.
 */

import type { MetricId } from "./catalog";
import { type Day, dayOf } from "./day";
import { isRecord } from "./input";
import { type Problem, problem } from "./problem";
import { SENIORITIES, type Seniority } from "./seniority";

/** The metrics an export fills, in dashboard order. */
export const IMPORTED_METRICS = [
  "first_degree",
  "network_growth",
  "requests_sent_target",
  "first_degree_target_companies",
  "target_companies_followed",
  "requests_received",
  "updates_per_week",
  "actions_on_updates",
  "followers_gained",
] as const satisfies readonly MetricId[];
export type ImportedMetric = (typeof IMPORTED_METRICS)[number];

/** The metrics only creator analytics files fill: a month of them is whole only when its days all are. */
export const CREATOR_METRICS = [
  "actions_on_updates",
  "followers_gained",
] as const satisfies readonly ImportedMetric[];
export type CreatorMetric = (typeof CREATOR_METRICS)[number];

/** True for a metric the creator analytics files fill. */
export function isCreatorMetric(metric: ImportedMetric): metric is CreatorMetric {
  return (CREATOR_METRICS as readonly string[]).includes(metric);
}

export const EXPORT_FILES = ["connections", "invitations", "shares", "follows"] as const;
export type ExportFile = (typeof EXPORT_FILES)[number];

/** A month as "yyyy-mm". */
export type MonthKey = string;

export interface FileRead {
  /** The file's name as the user or the ZIP gave it. */
  name: string;
  kind: ExportFile;
  rows: number;
  first: Day | null;
  last: Day | null;
}

export interface NetworkMonth {
  month: MonthKey;
  made: number;
  total: number;
  /** Null when no target companies are set. */
  atTargets: number | null;
  decisionMakers: number;
}

export interface TargetCompany {
  name: string;
  connections: number;
  decisionMakers: number;
  latest: Day | null;
}

/** What Connections.csv says about the network as a whole; no one in it is named. */
export interface NetworkFacts {
  months: NetworkMonth[];
  seniority: Record<Seniority, number>;
  /** Connections who hide their profile: counted, with no company or title. */
  hidden: number;
  targets: TargetCompany[];
  top: { name: string; connections: number }[];
}

/** A month of the creator analytics windows: how much of it they cover, and its post impressions. */
export interface CreatorMonthFacts {
  /** Days of the month inside at least one window. */
  daysCovered: number;
  daysInMonth: number;
  /** Some day of the month is outside every window: its figures are not written unless asked. */
  partial: boolean;
  /**
   * Written into the user's own metric that takes post impressions, on dashboards with its row (the
   * seed's metrics have none); otherwise shown in the preview only.
   */
  impressions: number;
}

/** What the creator analytics files say, besides the months' figures: windows as days, coverage. */
export interface CreatorFacts {
  /** Each file's window, earliest first; as days only, since LinkedIn's file names carry the member's name. */
  windows: { first: Day; last: Day }[];
  /** By month "yyyy-mm": every month with a day inside a window, and no other. */
  months: Record<MonthKey, CreatorMonthFacts>;
}

export interface ExportSummary {
  /**
   * The data export's last day: from the ZIP's name, else the latest date in its files; with
   * creator analytics files alone, their last window's last day.
   */
  exportDay: Day;
  /** The data export's files; none when only creator analytics files were read. */
  files: FileRead[];
  /** Files in the ZIP that are not ours to read. */
  ignored: string[];
  /** Per month, the figures known for it; a metric missing from a month is unknown, not zero. */
  months: Record<MonthKey, Partial<Record<ImportedMetric, number>>>;
  network: NetworkFacts | null;
  /** Present when creator analytics files were read: their months' followers and engagements are in `months`. */
  creator?: CreatorFacts;
}

/** The month key of a day. */
export function monthOf(day: Day): MonthKey {
  return day.slice(0, 7);
}

/** The number of days in a month (1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export type SummaryCheck = { ok: true; summary: ExportSummary } | { ok: false; problem: Problem };

const MAX_FILES = 20;
/** A file a month over the five years an import reaches back, and then some. */
const MAX_WINDOWS = 100;
const DAY_MS = 86_400_000;
const MAX_MONTHS = 12 * 30;
const MAX_COMPANIES = 500;
const MAX_NAME = 200;

const isCount = (v: unknown): v is number =>
  typeof v === "number" && Number.isInteger(v) && v >= 0 && v <= 1e9;
const isDay = (v: unknown): v is Day =>
  typeof v === "string" &&
  /^\d{4}-\d{2}-\d{2}$/.test(v) &&
  dayOf(Number(v.slice(0, 4)), Number(v.slice(5, 7)), Number(v.slice(8))) === v;
const isMonth = (v: unknown): v is MonthKey =>
  typeof v === "string" && /^\d{4}-(0[1-9]|1[0-2])$/.test(v);
const isName = (v: unknown): v is string =>
  typeof v === "string" && v.length > 0 && v.length <= MAX_NAME;

/** A figure of a month: whole counts, or posts per week with at most 2 decimals. */
function isFigure(metric: ImportedMetric, v: unknown): v is number {
  if (metric !== "updates_per_week") return isCount(v);
  return typeof v === "number" && v >= 0 && v <= 1e6 && Math.round(v * 100) / 100 === v;
}

function checkNetwork(v: unknown): boolean {
  if (v === null) return true;
  if (!isRecord(v)) return false;
  const { months, seniority, hidden, targets, top } = v;
  return (
    Array.isArray(months) &&
    months.length <= MAX_MONTHS &&
    months.every(
      (m) =>
        isRecord(m) &&
        isMonth(m.month) &&
        isCount(m.made) &&
        isCount(m.total) &&
        (m.atTargets === null || isCount(m.atTargets)) &&
        isCount(m.decisionMakers),
    ) &&
    isRecord(seniority) &&
    SENIORITIES.every((s) => isCount(seniority[s])) &&
    Object.keys(seniority).length === SENIORITIES.length &&
    isCount(hidden) &&
    Array.isArray(targets) &&
    targets.length <= MAX_COMPANIES &&
    targets.every(
      (t) =>
        isRecord(t) &&
        isName(t.name) &&
        isCount(t.connections) &&
        isCount(t.decisionMakers) &&
        (t.latest === null || isDay(t.latest)),
    ) &&
    Array.isArray(top) &&
    top.length <= 25 &&
    top.every((t) => isRecord(t) && isName(t.name) && isCount(t.connections))
  );
}

/** Every day of a window, both ends included; a window longer than a leap year is refused before. */
function windowDays(first: Day, last: Day): Day[] {
  const out: Day[] = [];
  const end = Date.parse(`${last}T00:00:00Z`);
  for (let t = Date.parse(`${first}T00:00:00Z`); t <= end; t += DAY_MS)
    out.push(new Date(t).toISOString().slice(0, 10));
  return out;
}

/** A month's coverage as the windows give it, and its impressions: exactly these four fields. */
function isCreatorMonth(key: MonthKey, v: unknown, covered: number | undefined): boolean {
  if (covered === undefined || !isRecord(v) || Object.keys(v).length !== 4) return false;
  const { daysCovered, daysInMonth: stated, partial, impressions } = v;
  const length = daysInMonth(Number(key.slice(0, 4)), Number(key.slice(5, 7)));
  return (
    isMonth(key) &&
    stated === length &&
    daysCovered === covered &&
    partial === covered < length &&
    isCount(impressions)
  );
}

/**
 * The creator facts: windows of at most a year each, and months that are exactly the windows' months
 * with the days they cover, so a month cannot claim to be whole that the windows leave partial.
 */
function checkCreator(v: unknown): v is CreatorFacts {
  if (!isRecord(v) || Object.keys(v).length !== 2) return false;
  const { windows, months } = v;
  if (!Array.isArray(windows) || windows.length === 0 || windows.length > MAX_WINDOWS) return false;
  const days = new Set<Day>();
  for (const w of windows) {
    if (!isRecord(w) || Object.keys(w).length !== 2) return false;
    if (!isDay(w.first) || !isDay(w.last) || w.first > w.last) return false;
    // LinkedIn exports at most 365 days; a leap year's 366 is the most a window can span.
    const span = (Date.parse(`${w.last}T00:00:00Z`) - Date.parse(`${w.first}T00:00:00Z`)) / DAY_MS;
    if (span > 365) return false;
    for (const day of windowDays(w.first, w.last)) days.add(day);
  }
  const covered = new Map<MonthKey, number>();
  for (const day of days) covered.set(monthOf(day), (covered.get(monthOf(day)) ?? 0) + 1);
  if (!isRecord(months) || Object.keys(months).length !== covered.size) return false;
  return Object.entries(months).every(([key, m]) => isCreatorMonth(key, m, covered.get(key)));
}

/**
 * The months' figures: known metrics only, a data export's up to its day, and the creator metrics
 * both or neither, in exactly the months the creator facts cover.
 */
function checkMonths(
  months: unknown,
  exportDay: Day,
  creator: CreatorFacts | undefined,
  fromExport: boolean,
): boolean {
  if (!isRecord(months) || Object.keys(months).length > MAX_MONTHS) return false;
  for (const [key, figures] of Object.entries(months)) {
    if (!isMonth(key) || !isRecord(figures)) return false;
    const metrics = Object.keys(figures);
    for (const [metric, value] of Object.entries(figures)) {
      const known = (IMPORTED_METRICS as readonly string[]).includes(metric);
      if (!known || !isFigure(metric as ImportedMetric, value)) return false;
    }
    const own = metrics.filter((m) => !isCreatorMetric(m as ImportedMetric));
    const inWindows = creator !== undefined && key in creator.months;
    // A data export counts nothing after its day; creator files, exported another day, may.
    if (!inWindows && key > monthOf(exportDay)) return false;
    if (own.length > 0 && (!fromExport || key > monthOf(exportDay))) return false;
    const creatorFigures = metrics.length - own.length;
    if (creatorFigures !== (inWindows ? CREATOR_METRICS.length : 0)) return false;
  }
  return Object.keys(creator?.months ?? {}).every((key) => key in months);
}

/** Checks what the browser sent, all of it, before anything is written. */
export function checkSummary(input: unknown): SummaryCheck {
  const bad: SummaryCheck = { ok: false, problem: problem("exportImport.errors.malformed") };
  if (!isRecord(input)) return bad;
  const { exportDay, files, ignored, months, network, creator } = input;
  if (!isDay(exportDay)) return bad;
  if (creator !== undefined && !checkCreator(creator)) return bad;
  const facts = creator as CreatorFacts | undefined;
  // Creator analytics files alone send no data export file; a summary of nothing is refused.
  const minFiles = facts ? 0 : 1;
  if (!Array.isArray(files) || files.length < minFiles || files.length > MAX_FILES) return bad;
  const filesOk = files.every(
    (f) =>
      isRecord(f) &&
      isName(f.name) &&
      (EXPORT_FILES as readonly unknown[]).includes(f.kind) &&
      isCount(f.rows) &&
      (f.first === null || isDay(f.first)) &&
      (f.last === null || isDay(f.last)),
  );
  if (!filesOk) return bad;
  if (!Array.isArray(ignored) || ignored.length > 1000 || !ignored.every(isName)) return bad;
  if (!checkMonths(months, exportDay, facts, files.length > 0)) return bad;
  if (network !== undefined && !checkNetwork(network)) return bad;
  if (network && files.length === 0) return bad;
  // Alone, creator files date the import by their last day; with an export, they may end later.
  const lastWindow = facts?.windows.reduce((a, w) => (w.last > a ? w.last : a), "") ?? "";
  if (files.length === 0 && exportDay !== lastWindow) return bad;
  return { ok: true, summary: input as unknown as ExportSummary };
}

export interface ImportRequest {
  summary: ExportSummary;
  /** Replace figures that differ from the export's, not only fill empty cells. */
  overwrite: boolean;
  /** Also write creator figures of months the files cover only in part (left out when not sent). */
  partial: boolean;
  /** Years to build a dashboard for before filling it. */
  build: number[];
  /** The profile whose dashboards are filled (the user's pick when left out). */
  profile?: string;
}

/** Checks a confirmed import as the sidebar sends it. */
export function checkImportRequest(
  input: unknown,
): { ok: true; request: ImportRequest } | { ok: false; problem: Problem } {
  const bad = { ok: false as const, problem: problem("exportImport.errors.malformed") };
  if (!isRecord(input)) return bad;
  const { summary, overwrite, partial, build, profile } = input;
  if (typeof overwrite !== "boolean") return bad;
  // Left out by callers older than creator analytics: their imports have no partial month to write.
  if (partial !== undefined && typeof partial !== "boolean") return bad;
  if (profile !== undefined && typeof profile !== "string") return bad;
  if (!Array.isArray(build) || build.length > 10 || !build.every((y) => Number.isInteger(y)))
    return bad;
  const checked = checkSummary(summary);
  if (!checked.ok) return checked;
  const request: ImportRequest = {
    summary: checked.summary,
    overwrite,
    partial: partial === true,
    build: build as number[],
  };
  if (typeof profile === "string") request.profile = profile;
  return { ok: true, request };
}
