/** What the sidebar shows and sends: the form model it is built from, and what a save answers. */

import type { Day } from "../domain/day";
import type { Entry, EntrySubmission } from "../domain/entry";
import { fill, type Messages, messages } from "../domain/i18n";
import { periodLabel } from "../domain/labels";
import { LANGUAGES, type Language, numberInText } from "../domain/language";
import type { OwnMetricSpec } from "../domain/ownMetric";
import { type Profile, shownName, teamProfiles } from "../domain/profiles";
import { periodOf, type Settings } from "../domain/settings";
import { PILLARS, TOTAL_TARGET_CHOICES, total } from "../domain/ssi";
import type { DashboardLayout } from "./layout";
import { formFields, type MonthColumn, type MonthResults, monthResults } from "./monthEntry";
import type { ReadingPlace } from "./ssiLog";

/** A profile as the sidebar's picker lists it. */
export interface ProfileChoice {
  id: string;
  name: string;
  archived: boolean;
}

export interface EntryForm {
  language: Language;
  /** Whose month the form shows; sent back with the save. */
  profile: { id: string; name: string };
  /** Every profile, for the picker at the top (one profile: no picker). */
  profiles: ProfileChoice[];
  profileText: Messages["profiles"];
  year: number;
  month: number;
  months: string[];
  today: string;
  text: Messages["sidebar"];
  errors: Pick<Messages["errors"], "pasteEmpty" | "pasteNothing" | "pasteMissing" | "fixErrors">;
  readingLabels: Record<string, string>;
  blocks: ReturnType<typeof formFields>;
  results: MonthResults;
  /** The own metrics, so the sidebar checks their fields as the server will. */
  own: OwnMetricSpec[];
}

export interface SettingsForm {
  language: Language;
  languages: { value: Language; label: string }[];
  year: number;
  /** Every profile with its name, address, target and state; `selected` is the one the user works on. */
  profiles: Profile[];
  /** What an unnamed profile is called in the picker ("My LinkedIn profile"). */
  unnamed: string;
  selected: string;
  targetChoices: number[];
  carryForward: boolean;
  /** One company per line, as the settings box shows them. */
  targetCompanies: string;
  text: Messages["sidebar"];
  profileText: Messages["profiles"];
  linkText: Messages["links"];
  /**
   * What a seller shares with their manager: this spreadsheet's address and the year it shows; `team`
   * when it holds a team a director can link.
   */
  share: { url: string; year: number; team: boolean };
}

export type SaveAnswer =
  | { ok: true; message: string; results: MonthResults }
  | {
      ok: false;
      message: string;
      errors: Record<string, string>;
      /** The day already has a reading: nothing was written; the person chooses, having seen both. */
      sameDay?: { day: string; saved: string; incoming: string };
    };

export type { EntrySubmission };

const LANGUAGE_NAMES: Record<Language, string> = {
  en: "English",
  es: "Español",
  de: "Deutsch",
  pl: "Polski",
};

/** The entry form for a month, prefilled from its column. */
export function entryForm(
  column: MonthColumn,
  year: number,
  month: number,
  language: Language,
  today: Day,
  profile: Profile,
  profiles: readonly Profile[],
  layout: DashboardLayout,
  own: OwnMetricSpec[] = [],
): EntryForm {
  const m = messages(language);
  const readingLabels: Record<string, string> = {
    date: m.sidebar.readingDate,
    total: m.dashboard.ssiTotal,
    industryAvg: m.dashboard.industryAvg,
    networkAvg: m.dashboard.networkAvg,
    industryRank: m.dashboard.industryRank,
    networkRank: m.dashboard.networkRank,
    note: m.log.note,
  };
  for (const p of PILLARS) readingLabels[p] = m.pillars[p];
  return {
    language,
    profile: { id: profile.id, name: profile.name },
    // A linked profile's figures are entered in its seller's own spreadsheet.
    profiles: profiles
      .filter((p) => !p.source)
      .map((p) => ({ id: p.id, name: shownName(p, m.dashboard.noProfile), archived: p.archived })),
    profileText: m.profiles,
    year,
    month,
    months: m.monthsLong,
    today,
    text: m.sidebar,
    errors: {
      pasteEmpty: m.errors.pasteEmpty,
      pasteNothing: m.errors.pasteNothing,
      pasteMissing: m.errors.pasteMissing,
      fixErrors: m.errors.fixErrors,
    },
    readingLabels,
    blocks: formFields(column, language, layout),
    results: monthResults(column.values, language, layout),
    own,
  };
}

/** The settings form, with the profile the user works on selected. */
export function settingsForm(settings: Settings, selected: string, url: string): SettingsForm {
  return {
    language: settings.language,
    languages: LANGUAGES.map((value) => ({ value, label: LANGUAGE_NAMES[value] })),
    year: settings.current.year,
    profiles: settings.profiles,
    unnamed: messages(settings.language).dashboard.noProfile,
    selected,
    targetChoices: [...TOTAL_TARGET_CHOICES],
    carryForward: settings.carryForward,
    targetCompanies: settings.targetCompanies.join("\n"),
    text: messages(settings.language).sidebar,
    profileText: messages(settings.language).profiles,
    linkText: messages(settings.language).links,
    share: { url, year: settings.current.year, team: teamProfiles(settings.profiles).length > 1 },
  };
}

/**
 * The answer to a reading whose day has one saved already: nothing was written, and the person is
 * shown both totals to choose. `saved` is the log's row: four pillars and the total.
 */
export function sameDayAnswer(entry: Entry, saved: (number | null)[]): SaveAnswer {
  const m = messages(entry.language);
  const day = entry.reading?.date ?? "";
  const shown = (n: number | null | undefined) =>
    typeof n === "number" ? numberInText(Math.round(n * 100) / 100, entry.language) : "–";
  const texts = {
    day,
    saved: shown(saved[4]),
    incoming: shown(entry.reading ? total(entry.reading.pillars) : null),
  };
  return {
    ok: false,
    message: fill(m.sidebar.sameDay, texts),
    errors: { "reading.date": fill(m.sidebar.sameDay, texts) },
    sameDay: texts,
  };
}

/** What a save answers: the month saved, the fields it emptied, and where the reading went. */
export function savedMessage(
  entry: Entry,
  cleared: string[],
  reading: ReadingPlace | null,
  remadeLog?: string,
): string {
  const m = messages(entry.language);
  const parts = [
    fill(m.toasts.saved, { month: m.monthsLong[entry.month - 1] ?? "", year: entry.year }),
  ];
  if (remadeLog) parts.push(fill(m.toasts.logRemade, { name: remadeLog }));
  if (cleared.length > 0) parts.push(fill(m.toasts.cleared, { fields: cleared.join(", ") }));
  if (entry.reading && reading) {
    const period = periodOf(entry.reading.date);
    const template =
      reading.kind === "update"
        ? m.toasts.readingUpdated
        : reading.kind === "appendUnsorted"
          ? m.toasts.readingAppendedUnsorted
          : m.toasts.readingAdded;
    parts.push(
      fill(template, { day: entry.reading.date, month: periodLabel(period, entry.language) }),
    );
  }
  return parts.join(" ");
}
