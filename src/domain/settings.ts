/** The spreadsheet's settings: language, the month worked on, the profiles, carry-forward, target companies. */

import { companyKey } from "./companies";
import { parseCompanyKpi } from "./companyKpi";
import { type Day, dayParts } from "./day";
import { isRecord, malformed, type Refused, refused, unknownFields } from "./input";
import { decimalSeparator, isLanguage, type Language, languageOfLocale } from "./language";
import { defaultMetricSettings, type MetricSettings, parseMetricSettings } from "./ownMetrics";
import { type Problem, problem } from "./problem";
import {
  mainProfile,
  type Profile,
  parseProfiles,
  profileById,
  profileNameProblem,
  tidyName,
} from "./profiles";
import { DEFAULT_TOTAL_TARGET } from "./ssi";
import { checkNumber, commaHint } from "./values";

export interface Period {
  year: number;
  month: number;
}

export interface Settings {
  language: Language;
  /** The people tracked, the first one as old spreadsheets had it; never empty. */
  profiles: Profile[];
  carryForward: boolean;
  /** The companies the user sells to, as typed: the export import counts connections there. */
  targetCompanies: string[];
  /** The month the dashboard highlights and the sidebar opens on. */
  current: Period;
  /** The metrics shown, the user's own ones and the company KPI. */
  metrics: MetricSettings;
}

/** Settings for a spreadsheet that has none yet. */
export function defaultSettings(locale: string, today: Day): Settings {
  const { year, month } = dayParts(today);
  return {
    language: languageOfLocale(locale),
    profiles: [mainProfile("")],
    carryForward: true,
    targetCompanies: [],
    current: { year, month },
    metrics: defaultMetricSettings(),
  };
}

/** Reads stored settings, keeping defaults for anything missing or malformed. */
export function parseSettings(json: string | null, defaults: Settings): Settings {
  if (!json) return defaults;
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return defaults;
  }
  if (typeof data !== "object" || data === null) return defaults;
  const d = data as Record<string, unknown>;
  const current = d.current as Record<string, unknown> | undefined;
  const year = Number(current?.year);
  const month = Number(current?.month);
  return {
    language: isLanguage(d.language) ? d.language : defaults.language,
    // Settings saved before profiles had one person's name and target: that person is the main profile.
    profiles: parseProfiles(
      d.profiles,
      mainProfile(
        typeof d.profileName === "string" ? d.profileName : "",
        isTarget(d.totalTarget) ? d.totalTarget : DEFAULT_TOTAL_TARGET,
      ),
    ),
    carryForward: typeof d.carryForward === "boolean" ? d.carryForward : defaults.carryForward,
    targetCompanies: checkTargetCompanies(d.targetCompanies)?.companies ?? defaults.targetCompanies,
    current: isPeriod(year, month) ? { year, month } : defaults.current,
    metrics: parseMetricSettings(d.metrics, parseCompanyKpi),
  };
}

function isTarget(value: unknown): value is number {
  return typeof value === "number" && value > 0 && value <= 100;
}

function isPeriod(year: number, month: number): boolean {
  return (
    Number.isInteger(year) &&
    year >= 2000 &&
    year <= 2100 &&
    Number.isInteger(month) &&
    month >= 1 &&
    month <= 12
  );
}

export type SettingsCheck = { ok: true; value: Settings } | Refused;

const SETTINGS_FIELDS = [
  "language",
  "profile",
  "profileName",
  "year",
  "totalTarget",
  "carryForward",
  "targetCompanies",
];

/** At most this many target companies, each at most this long: a sales team's account list. */
export const MAX_TARGET_COMPANIES = 200;
const MAX_COMPANY_NAME = 100;

/**
 * Target companies as typed (one per line, or a list): blank lines and repeats of the same company
 * (by its matching key) dropped; null when the input is not text; the first name too long, if any.
 */
function checkTargetCompanies(
  raw: unknown,
): { companies: string[]; tooLong: string | null; tooMany: boolean } | null {
  const lines =
    typeof raw === "string"
      ? raw.split(/\r?\n/)
      : Array.isArray(raw) && raw.every((x) => typeof x === "string")
        ? (raw as string[])
        : null;
  if (!lines) return null;
  const seen = new Set<string>();
  const companies: string[] = [];
  let tooLong: string | null = null;
  for (const line of lines) {
    const name = line.trim().replace(/\s+/g, " ");
    const key = companyKey(name);
    if (!key || seen.has(key)) continue;
    seen.add(key);
    if (name.length > MAX_COMPANY_NAME) tooLong ??= name;
    companies.push(name);
  }
  return { companies, tooLong, tooMany: companies.length > MAX_TARGET_COMPANIES };
}
const TARGET_RULE = { min: 1, max: 100, decimals: 2 };

/**
 * Validates what the Settings form sends, field by field, as strictly as an entry: a field left out
 * keeps its value; any wrong field refuses the whole request. Messages in the language picked.
 */
export function checkSettingsInput(
  input: unknown,
  previous: Settings,
  today: () => Day,
): SettingsCheck {
  const d = isRecord(input) ? input : null;
  const picked = d?.language ?? previous.language;
  const language = isLanguage(picked) ? picked : previous.language;
  const errors: Record<string, Problem> = {};
  const fail = (): SettingsCheck => refused(language, errors);
  if (!d) {
    errors.form = malformed("settings");
    return fail();
  }
  if (!isLanguage(picked))
    errors.language = problem("errors.settingsLanguage", { value: String(picked) });
  unknownFields(d, SETTINGS_FIELDS, errors);

  // The name and target fields are a profile's: the one named by `profile`, else the first.
  const profile = profileById(previous.profiles, d.profile ?? previous.profiles[0]?.id);
  if (d.profile !== undefined && profile.id !== d.profile)
    errors.profile = problem("profiles.unknown");
  let totalTarget = profile.totalTarget;
  if (d.totalTarget !== undefined) {
    const checked = checkedTarget(d.totalTarget, language);
    if ("error" in checked) errors.totalTarget = checked.error;
    else totalTarget = checked.value;
  }
  let year = previous.current.year;
  if (d.year !== undefined) {
    if (typeof d.year === "number" && isPeriod(d.year, 1)) year = d.year;
    else errors.year = problem("errors.year", { value: String(d.year) });
  }
  let profileName = profile.name;
  if (d.profileName !== undefined) {
    const typed = typeof d.profileName === "string" ? tidyName(d.profileName) : "";
    const wrong =
      typeof d.profileName !== "string"
        ? malformed("profileName")
        : profileNameProblem(typed, previous.profiles, profile.id);
    if (wrong) errors.profileName = wrong;
    else profileName = typed;
  }
  let carryForward = previous.carryForward;
  if (d.carryForward !== undefined) {
    if (typeof d.carryForward === "boolean") carryForward = d.carryForward;
    else errors.carryForward = problem("errors.carryForward");
  }
  let targetCompanies = previous.targetCompanies;
  if (d.targetCompanies !== undefined) {
    const checked = checkedCompanies(d.targetCompanies);
    if ("error" in checked) errors.targetCompanies = checked.error;
    else targetCompanies = checked.value;
  }
  if (Object.keys(errors).length > 0) return fail();
  return {
    ok: true,
    value: {
      ...previous,
      language,
      profiles: previous.profiles.map((p) =>
        p.id === profile.id ? { ...p, name: profileName, totalTarget } : p,
      ),
      carryForward,
      targetCompanies,
      current:
        year === previous.current.year
          ? previous.current
          : { year, month: monthToWorkOn(year, today()) },
    },
  };
}

/** A profile's SSI total target as the form sent it: the number, or what is wrong with it. */
function checkedTarget(raw: unknown, language: Language): { value: number } | { error: Problem } {
  const notTarget = problem("errors.settingsTarget");
  if (typeof raw === "number" || (typeof raw === "string" && isPlainNumber(raw, language))) {
    const checked = checkNumber(raw, TARGET_RULE, language);
    if (checked.ok && checked.value !== null) return { value: checked.value };
    return { error: checked.ok ? notTarget : checked.problem };
  }
  const hint = commaHint(raw, language);
  if (hint) return { error: { ...notTarget, hint } };
  if (typeof raw === "string") return { error: problem("errors.notNumber", { value: raw }) };
  return { error: notTarget };
}

/** The target companies as the form sent them (one per line): the list, or what is wrong with it. */
function checkedCompanies(raw: unknown): { value: string[] } | { error: Problem } {
  const checked = checkTargetCompanies(raw);
  if (!checked) return { error: malformed("targetCompanies") };
  if (checked.tooLong)
    return {
      error: problem("errors.targetCompanyTooLong", {
        name: `${checked.tooLong.slice(0, 40)}…`,
        count: checked.tooLong.length,
      }),
    };
  if (checked.tooMany)
    return {
      error: problem("errors.tooManyTargetCompanies", {
        count: checked.companies.length,
        max: MAX_TARGET_COMPANIES,
      }),
    };
  return { value: checked.companies };
}

/** Digits with at most the language's decimal mark: "80", "82.5" in English, "82,5" in Spanish. */
function isPlainNumber(text: string, language: Language): boolean {
  const mark = decimalSeparator(language) === "," ? "," : "\\.";
  return new RegExp(`^\\s*\\d+(${mark}\\d+)?\\s*$`).test(text);
}

/** The month to work on in a year: this month in the current year, December of past years, January of future ones. */
function monthToWorkOn(year: number, today: Day): number {
  const now = dayParts(today);
  return year === now.year ? now.month : year < now.year ? 12 : 1;
}

/** The month a day falls in. */
export function periodOf(day: Day): Period {
  const { year, month } = dayParts(day);
  return { year, month };
}

/** The month after a period. */
export function nextPeriod(p: Period): Period {
  return p.month === 12 ? { year: p.year + 1, month: 1 } : { year: p.year, month: p.month + 1 };
}

/** True when period a comes before period b. */
export function isBefore(a: Period, b: Period): boolean {
  return a.year * 12 + a.month < b.year * 12 + b.month;
}
