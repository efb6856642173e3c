/** The people a spreadsheet tracks: each with a name, a LinkedIn address, an SSI target, active or archived. */

import { isRecord, malformed, type Refused, refused, unknownFields } from "./input";
import { isLanguage, type Language } from "./language";
import { type Problem, problem } from "./problem";
import { DEFAULT_TOTAL_TARGET } from "./ssi";
import { checkNumber } from "./values";

export interface Profile {
  /** Stable: sheets and stored keys follow it when the name changes. */
  id: string;
  name: string;
  url: string;
  totalTarget: number;
  archived: boolean;
  /**
   * A profile linked to its seller's own spreadsheet (its address): the team sheet reads its row from
   * there, and nothing of it is kept here. Absent for a profile kept here, with its own sheets.
   */
  source?: string;
  /** A linked profile that is a whole team: its row reads the team sheet of the linked spreadsheet. */
  team?: true;
}

/** The profile every spreadsheet starts with; its sheets keep the names they had before profiles. */
export const MAIN_PROFILE = "main";
export const MAX_PROFILES = 30;
/** Spreadsheets one team sheet links, sellers' or teams' (each is one IMPORTRANGE of a 26-figure summary). */
export const MAX_LINKED = 100;
const MAX_NAME = 60;
const TARGET_RULE = { min: 1, max: 100, decimals: 2 };

/** The profile of a spreadsheet made before profiles existed, from its old settings. */
export function mainProfile(name: string, totalTarget = DEFAULT_TOTAL_TARGET): Profile {
  return { id: MAIN_PROFILE, name, url: "", totalTarget, archived: false };
}

/** Stored profiles as they were saved; anything malformed is dropped, and there is always one. */
export function parseProfiles(raw: unknown, fallback: Profile): Profile[] {
  if (!Array.isArray(raw)) return [fallback];
  const seen = new Set<string>();
  const profiles = raw.filter((p): p is Profile => {
    if (!isRecord(p) || typeof p.id !== "string" || seen.has(p.id)) return false;
    seen.add(p.id);
    return (
      typeof p.name === "string" &&
      typeof p.url === "string" &&
      typeof p.totalTarget === "number" &&
      p.totalTarget > 0 &&
      p.totalTarget <= 100 &&
      typeof p.archived === "boolean" &&
      (p.source === undefined ||
        (typeof p.source === "string" && spreadsheetId(p.source) !== null)) &&
      (p.team === undefined || (p.team === true && p.source !== undefined))
    );
  });
  const kept = profiles.filter((p) => !p.source).slice(0, MAX_PROFILES);
  const linked = profiles.filter((p) => p.source).slice(0, MAX_LINKED);
  const all = profiles.filter((p) => kept.includes(p) || linked.includes(p));
  return kept.length > 0 ? all : [fallback, ...linked];
}

/** The active profiles kept here, with sheets of their own: what the menu's monthly actions cover. */
export function activeProfiles(profiles: readonly Profile[]): Profile[] {
  return profiles.filter((p) => !p.archived && !p.source);
}

/** The profiles the team sheet lists: the active ones kept here and the linked ones, in their order. */
export function teamProfiles(profiles: readonly Profile[]): Profile[] {
  return profiles.filter((p) => !p.archived);
}

/** A profile's name as it shows: the first profile is "My LinkedIn profile" in the language until it is named. */
export function shownName(profile: { name: string }, unnamed: string): string {
  return profile.name.trim() === "" ? unnamed : profile.name;
}

/** A profile kept here by id; the first active one when the id is unknown (a stale choice in another browser). */
export function profileById(profiles: readonly Profile[], id: unknown): Profile {
  const found = profiles.find((p) => p.id === id && !p.source);
  return found ?? activeProfiles(profiles)[0] ?? (profiles[0] as Profile);
}

/** The spreadsheet id in a Google Sheets address (or an id itself), or null when it is neither. */
export function spreadsheetId(text: string): string | null {
  const t = text.trim();
  const inUrl =
    /^https:\/\/docs\.google\.com\/spreadsheets\/(?:u\/\d+\/)?d\/([A-Za-z0-9_-]{20,})(?:[/?#].*)?$/.exec(
      t,
    );
  if (inUrl) return inUrl[1] ?? null;
  return /^[A-Za-z0-9_-]{20,}$/.test(t) ? t : null;
}

/** A spreadsheet's address as the team sheet imports it. */
export function spreadsheetAddress(id: string): string {
  return `https://docs.google.com/spreadsheets/d/${id}/edit`;
}

/** A new profile's id: never one used before in this spreadsheet's list. */
function newId(profiles: readonly Profile[]): string {
  let n = profiles.length + 1;
  while (profiles.some((p) => p.id === `p${n}`)) n++;
  return `p${n}`;
}

export type ProfileCheck =
  | { ok: true; profiles: Profile[]; profile: Profile; before: Profile | null }
  | Refused;

const PROFILE_FIELDS = [
  "language",
  "id",
  "name",
  "url",
  "totalTarget",
  "archived",
  "source",
  "team",
];

/** A profile's name as typed, with its spaces tidied: the same in Settings and in Profiles. */
export function tidyName(typed: string): string {
  return typed.trim().replace(/\s+/g, " ");
}

/**
 * What is wrong with a profile's name (too long for its sheets' names, or another profile's), or null:
 * one rule for Settings and Profiles, in the browser and on the server.
 */
export function profileNameProblem(
  name: string,
  profiles: readonly Profile[],
  id: string | undefined,
): Problem | null {
  if (name.length > MAX_NAME)
    return problem("profiles.nameTooLong", { count: name.length, max: MAX_NAME });
  // Two profiles of one name would want the same sheets.
  if (profiles.some((p) => p.id !== id && p.name.toLowerCase() === name.toLowerCase()))
    return problem("profiles.nameTaken", { name });
  return null;
}

/**
 * Checks a new or changed profile as the settings send it: a name of its own (1–60 characters), a
 * LinkedIn profile address or none, a target from 1 to 100, and never the last active profile archived.
 */
export function checkProfileInput(
  input: unknown,
  profiles: readonly Profile[],
  ownId = "",
): ProfileCheck {
  const d = isRecord(input) ? input : {};
  const language: Language = isLanguage(d.language) ? d.language : "en";
  const errors: Record<string, Problem> = {};
  const fail = (): ProfileCheck => refused(language, errors);
  if (!isRecord(input)) {
    errors.form = malformed("profile");
    return fail();
  }
  unknownFields(d, PROFILE_FIELDS, errors);
  const before = profiles.find((p) => p.id === d.id) ?? null;
  if (d.id !== undefined && !before) errors.id = problem("profiles.unknown");
  const source = checkSource(d.source, before, profiles, ownId, errors);
  const count = profiles.filter((p) => !p.source === !source).length;
  if (!before && !source && count >= MAX_PROFILES)
    errors.name = problem("profiles.tooMany", { max: MAX_PROFILES });
  if (!before && source && count >= MAX_LINKED)
    errors.source = problem("links.tooManyLinked", { max: MAX_LINKED });
  let team = before?.team ?? false;
  if (d.team !== undefined) {
    if (typeof d.team === "boolean") team = d.team;
    else errors.team = malformed("team");
  }
  if (team && !source && !errors.source) errors.team = problem("links.teamNeedsSource");

  const name = typeof d.name === "string" ? tidyName(d.name) : before?.name;
  if (name === undefined || name === "") errors.name ??= problem("profiles.nameMissing");
  else {
    const wrong = profileNameProblem(name, profiles, before?.id);
    if (wrong) errors.name = wrong;
  }

  const url = typeof d.url === "string" ? d.url.trim() : (before?.url ?? "");
  if (url && !/^https:\/\/([a-z]{2,3}\.)?(www\.)?linkedin\.com\/in\/[^/\s?#]+\/?$/i.test(url))
    errors.url = problem("profiles.badUrl", { value: url });

  let totalTarget = before?.totalTarget ?? DEFAULT_TOTAL_TARGET;
  if (d.totalTarget !== undefined) {
    const checked = checkNumber(d.totalTarget, TARGET_RULE, language);
    if (checked.ok && checked.value !== null) totalTarget = checked.value;
    else errors.totalTarget = checked.ok ? problem("errors.settingsTarget") : checked.problem;
  }
  let archived = before?.archived ?? false;
  if (d.archived !== undefined) {
    if (typeof d.archived === "boolean") archived = d.archived;
    else errors.archived = malformed("archived");
  }
  const othersActive = activeProfiles(profiles).some((p) => p.id !== before?.id);
  if (archived && !othersActive) errors.archived = problem("profiles.lastActive");
  if (Object.keys(errors).length > 0) return fail();

  const profile: Profile = {
    id: before?.id ?? newId(profiles),
    name: name as string,
    url,
    totalTarget,
    archived,
    ...(source ? { source } : {}),
    ...(source && team ? { team: true as const } : {}),
  };
  return {
    ok: true,
    profile,
    before,
    profiles: before
      ? profiles.map((p) => (p.id === profile.id ? profile : p))
      : [...profiles, profile],
  };
}

/**
 * A profile's linked spreadsheet as typed: none, or a Google Sheets address or id (not this spreadsheet's,
 * not another profile's). A profile keeps its kind: one kept here is never linked, nor the other way.
 */
function checkSource(
  typed: unknown,
  before: Profile | null,
  profiles: readonly Profile[],
  ownId: string,
  errors: Record<string, Problem>,
): string {
  const text =
    typed === undefined ? (before?.source ?? "") : typeof typed === "string" ? typed : null;
  if (text === null) {
    errors.source = malformed("source");
    return "";
  }
  if (text.trim() === "") {
    if (before?.source) errors.source = problem("links.linkedStays");
    return "";
  }
  const id = spreadsheetId(text);
  if (!id) errors.source = problem("links.badSource", { value: text.trim() });
  else if (id === ownId) errors.source = problem("links.ownSource");
  else if (before && !before.source) errors.source = problem("links.keptStays");
  else {
    const other = profiles.find(
      (p) => p.id !== before?.id && p.source && spreadsheetId(p.source) === id,
    );
    if (other) errors.source = problem("links.sourceTaken", { name: other.name });
  }
  return id ? spreadsheetAddress(id) : "";
}

/** Removing a profile for good needs its name typed as confirmation, and another profile left. */
export function checkRemoval(
  input: unknown,
  profiles: readonly Profile[],
): { ok: true; profile: Profile; profiles: Profile[] } | { ok: false; problem: Problem } {
  const d = isRecord(input) ? input : {};
  const profile = profiles.find((p) => p.id === d.id);
  if (!profile) return { ok: false, problem: problem("profiles.unknown") };
  if (typeof d.confirm !== "string" || d.confirm.trim() !== profile.name)
    return { ok: false, problem: problem("profiles.confirmRemoval", { name: profile.name }) };
  const rest = profiles.filter((p) => p.id !== profile.id);
  if (activeProfiles(rest).length === 0)
    return { ok: false, problem: problem("profiles.lastActive") };
  return { ok: true, profile, profiles: rest };
}
