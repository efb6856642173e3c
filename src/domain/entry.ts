/** A month's figures and an SSI reading as the sidebar sends them: validated whole, or not at all. */

import { type FieldId, METRICS, type Metric, ownMetric, type ProfileLevel } from "./catalog";
import { type Day, dayOf } from "./day";
import { isRecord, malformed, type Refused, refused } from "./input";
import { isLanguage, type Language } from "./language";
import type { OwnMetricSpec } from "./ownMetric";
import { type Problem, problem } from "./problem";
import { MAIN_PROFILE } from "./profiles";
import { PILLARS, type Pillar, type PillarScores } from "./ssi";
import { checkLevel, checkNumber, PERCENT_RULE, PILLAR_RULE, ruleOf } from "./values";

/** What a reading has besides its date, pillars and note: the page's comparisons. */
export const READING_COMPARISONS = [
  "industryAvg",
  "networkAvg",
  "industryRank",
  "networkRank",
] as const;
export const READING_FIELDS = ["date", ...PILLARS, ...READING_COMPARISONS, "note"] as const;
export type ReadingField = (typeof READING_FIELDS)[number];

/** What crosses from the sidebar: plain strings as typed, keyed by metric id and reading field. */
export interface EntrySubmission {
  language: Language;
  year: number;
  month: number;
  values: Partial<Record<FieldId, string | number | null>>;
  reading: Partial<Record<ReadingField, string | number | null>> | null;
  /** Whose month: the profile the form was opened for (the main profile when left out). */
  profile?: { id: string; name: string };
  /** The person saw the reading already saved for that day and chose to replace it. */
  replaceReading?: boolean;
}

export interface SsiReading {
  /** The reading's day, as the user gave it: no time zone can move it. */
  date: Day;
  pillars: PillarScores;
  industryAvg: number | null;
  networkAvg: number | null;
  industryRank: number | null;
  networkRank: number | null;
  note: string;
}

export type MonthValue = number | ProfileLevel | null;

export interface Entry {
  language: Language;
  /** Whose sheets the entry goes to. */
  profile: { id: string; name: string };
  year: number;
  month: number;
  values: Partial<Record<FieldId, MonthValue>>;
  reading: SsiReading | null;
  /** Replace a reading already saved for the same day (asked first, never by default). */
  replaceReading: boolean;
}

export type EntryCheck = { ok: true; entry: Entry } | Refused;

/** Reads a date typed as 2026-11-23, 23.11.2026 or 23/11/2026 as that calendar day. */
export function parseDate(raw: unknown): Day | null {
  if (typeof raw !== "string") return null;
  const text = raw.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(text);
  if (iso) return dayOf(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const eu = /^(\d{1,2})[./](\d{1,2})[./](\d{4})$/.exec(text);
  if (eu) return dayOf(Number(eu[3]), Number(eu[2]), Number(eu[1]));
  return null;
}

/** The first day a reading can have: LinkedIn introduced the SSI in 2014. */
export const FIRST_READING_DAY: Day = "2014-01-01";

/**
 * Validates a whole submission; the error map is keyed by field ("profile_views", "reading.brand").
 * `today` (the spreadsheet's day) bounds a reading's date; it is asked for only when there is one.
 * The user's own metrics are checked as the catalog's are, by their kind (whole or decimal).
 */
export function checkEntry(
  input: unknown,
  today?: () => Day,
  own: readonly OwnMetricSpec[] = [],
): EntryCheck {
  const s = (isRecord(input) ? input : {}) as Partial<EntrySubmission>;
  const language: Language = isLanguage(s.language) ? s.language : "en";
  const errors: Record<string, Problem> = {};
  if (!isRecord(input)) errors.form = malformed("entry");
  if (s.values !== undefined && !isRecord(s.values)) errors.form = malformed("values");
  if (s.reading !== undefined && s.reading !== null && !isRecord(s.reading))
    errors.form = malformed("reading");
  const year = Number(s.year);
  const month = Number(s.month);
  if (!Number.isInteger(year) || year < 2000 || year > 2100) {
    errors.year = problem("errors.year", { value: String(s.year) });
  }
  if (!Number.isInteger(month) || month < 1 || month > 12) {
    errors.month = problem("errors.month", { value: String(s.month) });
  }

  const values: Partial<Record<FieldId, MonthValue>> = {};
  const given = (isRecord(s.values) ? s.values : {}) as EntrySubmission["values"];
  const fields: Metric[] = [...METRICS, ...own.map(ownMetric)];
  for (const key of Object.keys(given)) {
    if (!fields.some((x) => x.id === key && x.input !== "derived")) {
      errors[key] = problem("errors.unknownField", { value: key });
    }
  }
  for (const metric of fields) {
    if (metric.input === "derived" || !(metric.id in given)) continue;
    const raw = given[metric.id];
    const checked =
      metric.input === "level" ? checkLevel(raw) : checkNumber(raw, ruleOf(metric.input), language);
    if (checked.ok) values[metric.id] = checked.value;
    else errors[metric.id] = checked.problem;
  }

  const profile = isRecord(s.profile) ? s.profile : { id: MAIN_PROFILE, name: "" };
  if (
    typeof profile.id !== "string" ||
    typeof profile.name !== "string" ||
    profile.name.length > 100 ||
    (s.profile !== undefined && !isRecord(s.profile))
  )
    errors.form = malformed("profile");
  const reading = isRecord(s.reading) ? checkReading(s.reading, language, errors, today) : null;
  if (Object.keys(errors).length > 0) return refused(language, errors);
  const whose = { id: String(profile.id), name: String(profile.name) };
  const replaceReading = s.replaceReading === true;
  return {
    ok: true,
    entry: { language, profile: whose, year, month, values, reading, replaceReading },
  };
}

function checkReading(
  raw: Partial<Record<ReadingField, string | number | null>>,
  language: Language,
  errors: Record<string, Problem>,
  today?: () => Day,
): SsiReading | null {
  const blank = (v: unknown) => v === null || v === undefined || String(v).trim() === "";
  const pillarsGiven = PILLARS.filter((p) => !blank(raw[p]));
  const othersGiven = READING_COMPARISONS.some((f) => !blank(raw[f]));
  if (pillarsGiven.length === 0 && !othersGiven) {
    // A note alone would be dropped without a word: say what it needs.
    if (!blank(raw.note)) errors["reading.note"] = problem("errors.noteWithoutReading");
    return null;
  }
  if (pillarsGiven.length < PILLARS.length) {
    for (const p of PILLARS) {
      const checked = checkNumber(raw[p], PILLAR_RULE, language);
      if (blank(raw[p])) errors[`reading.${p}`] = problem("errors.readingWithoutPillars");
      else if (!checked.ok) errors[`reading.${p}`] = checked.problem;
    }
    return null;
  }
  const date = parseDate(raw.date);
  if (!date) errors["reading.date"] = problem("errors.date", { value: String(raw.date ?? "") });
  else if (date < FIRST_READING_DAY)
    errors["reading.date"] = problem("errors.dateTooEarly", { value: date });
  else if (today && date > today())
    errors["reading.date"] = problem("errors.dateInFuture", { value: date, today: today() });
  const scores = PILLARS.map((p: Pillar) => {
    const checked = checkNumber(raw[p], PILLAR_RULE, language);
    if (!checked.ok) errors[`reading.${p}`] = checked.problem;
    return checked.ok ? (checked.value ?? 0) : 0;
  }) as unknown as PillarScores;
  const optional = (field: (typeof READING_COMPARISONS)[number]) => {
    const checked = checkNumber(raw[field], PERCENT_RULE, language);
    if (!checked.ok) errors[`reading.${field}`] = checked.problem;
    return checked.ok ? checked.value : null;
  };
  const reading: SsiReading = {
    date: date ?? "",
    pillars: scores,
    industryAvg: optional("industryAvg"),
    networkAvg: optional("networkAvg"),
    industryRank: optional("industryRank"),
    networkRank: optional("networkRank"),
    note: typeof raw.note === "string" ? raw.note.slice(0, 500) : "",
  };
  return reading;
}
