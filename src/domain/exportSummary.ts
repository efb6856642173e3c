/**
 * What the browser sends after reading LinkedIn's data export: per-month counts and company names,
 * never a person's name, e-mail or message. The server trusts none of it until `checkSummary` says so.
 */
import type { MetricId } from "./catalog";
import { type Day, dayOf } from "./day";
import { messages } from "./i18n";
import type { Language } from "./language";
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
] as const satisfies readonly MetricId[];
export type ImportedMetric = (typeof IMPORTED_METRICS)[number];

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

export interface ExportSummary {
  /** The export's last day: from the ZIP's name, else the latest date in its files. */
  exportDay: Day;
  files: FileRead[];
  /** Files in the ZIP that are not ours to read. */
  ignored: string[];
  /** Per month, the figures known for it; a metric missing from a month is unknown, not zero. */
  months: Record<MonthKey, Partial<Record<ImportedMetric, number>>>;
  network: NetworkFacts | null;
}

/** The month key of a day. */
export function monthOf(day: Day): MonthKey {
  return day.slice(0, 7);
}

/** The number of days in a month (1–12). */
export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export type SummaryCheck = { ok: true; summary: ExportSummary } | { ok: false; message: string };

const MAX_FILES = 20;
const MAX_MONTHS = 12 * 30;
const MAX_COMPANIES = 500;
const MAX_NAME = 200;

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);
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

/** Checks what the browser sent, all of it, before anything is written. */
export function checkSummary(input: unknown, language: Language): SummaryCheck {
  const bad: SummaryCheck = {
    ok: false,
    message: messages(language).exportImport.errors.malformed,
  };
  if (!isRecord(input)) return bad;
  const { exportDay, files, ignored, months, network } = input;
  if (!isDay(exportDay)) return bad;
  if (!Array.isArray(files) || files.length === 0 || files.length > MAX_FILES) return bad;
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
  if (!isRecord(months) || Object.keys(months).length > MAX_MONTHS) return bad;
  for (const [key, figures] of Object.entries(months)) {
    if (!isMonth(key) || key > monthOf(exportDay) || !isRecord(figures)) return bad;
    for (const [metric, value] of Object.entries(figures)) {
      const known = (IMPORTED_METRICS as readonly string[]).includes(metric);
      if (!known || !isFigure(metric as ImportedMetric, value)) return bad;
    }
  }
  if (network !== undefined && !checkNetwork(network)) return bad;
  return { ok: true, summary: input as unknown as ExportSummary };
}

export interface ImportRequest {
  summary: ExportSummary;
  /** Replace figures that differ from the export's, not only fill empty cells. */
  overwrite: boolean;
  /** Years to build a dashboard for before filling it. */
  build: number[];
  /** The profile whose dashboards are filled (the user's pick when left out). */
  profile?: string;
}

/** Checks a confirmed import as the sidebar sends it. */
export function checkImportRequest(
  input: unknown,
  language: Language,
): { ok: true; request: ImportRequest } | { ok: false; message: string } {
  const bad = { ok: false as const, message: messages(language).exportImport.errors.malformed };
  if (!isRecord(input)) return bad;
  const { summary, overwrite, build, profile } = input;
  if (typeof overwrite !== "boolean") return bad;
  if (profile !== undefined && typeof profile !== "string") return bad;
  if (!Array.isArray(build) || build.length > 10 || !build.every((y) => Number.isInteger(y)))
    return bad;
  const checked = checkSummary(summary, language);
  if (!checked.ok) return checked;
  const request: ImportRequest = { summary: checked.summary, overwrite, build: build as number[] };
  if (typeof profile === "string") request.profile = profile;
  return { ok: true, request };
}
