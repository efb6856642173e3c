/** The user's settings: language, active year and month, profile name, SSI total target, carry-forward. */
import { type Day, dayParts } from "./day";
import { fill, messages } from "./i18n";
import { isLanguage, type Language, languageOfLocale } from "./language";
import { DEFAULT_TOTAL_TARGET } from "./ssi";
import type { Checked } from "./values";

export interface Period {
  year: number;
  month: number;
}

export interface Settings {
  language: Language;
  profileName: string;
  totalTarget: number;
  carryForward: boolean;
  /** The month the dashboard highlights and the sidebar opens on. */
  current: Period;
}

/** Settings for a spreadsheet that has none yet. */
export function defaultSettings(locale: string, today: Day): Settings {
  const { year, month } = dayParts(today);
  return {
    language: languageOfLocale(locale),
    profileName: "",
    totalTarget: DEFAULT_TOTAL_TARGET,
    carryForward: true,
    current: { year, month },
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
    profileName: typeof d.profileName === "string" ? d.profileName : defaults.profileName,
    totalTarget: isTarget(d.totalTarget) ? d.totalTarget : defaults.totalTarget,
    carryForward: typeof d.carryForward === "boolean" ? d.carryForward : defaults.carryForward,
    current: isPeriod(year, month) ? { year, month } : defaults.current,
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

/** Validates what the Settings form sends; messages in the language the user picked. */
export function checkSettingsInput(
  input: unknown,
  previous: Settings,
  today: () => Day,
): Checked<Settings> {
  const d = (typeof input === "object" && input !== null ? input : {}) as Record<string, unknown>;
  const language = isLanguage(d.language) ? d.language : previous.language;
  const m = messages(language).errors;
  const target = Number(String(d.totalTarget ?? previous.totalTarget).replace(",", "."));
  if (!isTarget(target)) return { ok: false, message: m.settingsTarget };
  const year = Number(d.year ?? previous.current.year);
  if (!isPeriod(year, 1)) return { ok: false, message: fill(m.year, { value: String(d.year) }) };
  const name =
    typeof d.profileName === "string" ? d.profileName.trim().slice(0, 100) : previous.profileName;
  return {
    ok: true,
    value: {
      ...previous,
      language,
      profileName: name,
      totalTarget: target,
      carryForward: typeof d.carryForward === "boolean" ? d.carryForward : previous.carryForward,
      current:
        year === previous.current.year
          ? previous.current
          : { year, month: monthToWorkOn(year, today()) },
    },
  };
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

/** "November 2026" in the user's language. */
export function periodLabel(p: Period, language: Language): string {
  return fill("{month} {year}", {
    month: messages(language).monthsLong[p.month - 1] ?? "",
    year: p.year,
  });
}
