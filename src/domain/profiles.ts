/** The people a spreadsheet tracks: each with a name, a LinkedIn address, an SSI target, active or archived. */
import { fill, fillCount, messages } from "./i18n";
import { isLanguage, type Language } from "./language";
import { DEFAULT_TOTAL_TARGET } from "./ssi";
import { checkNumber } from "./values";

export interface Profile {
  /** Stable: sheets and stored keys follow it when the name changes. */
  id: string;
  name: string;
  url: string;
  totalTarget: number;
  archived: boolean;
}

/** The profile every spreadsheet starts with; its sheets keep the names they had before profiles. */
export const MAIN_PROFILE = "main";
export const MAX_PROFILES = 30;
const MAX_NAME = 60;
const TARGET_RULE = { min: 1, max: 100, decimals: 2 };

/** The profile of a spreadsheet made before profiles existed, from its old settings. */
export function mainProfile(name: string, totalTarget = DEFAULT_TOTAL_TARGET): Profile {
  return { id: MAIN_PROFILE, name, url: "", totalTarget, archived: false };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

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
      typeof p.archived === "boolean"
    );
  });
  return profiles.length > 0 ? profiles.slice(0, MAX_PROFILES) : [fallback];
}

/** The profiles the team sheet and the menu's monthly actions cover. */
export function activeProfiles(profiles: readonly Profile[]): Profile[] {
  return profiles.filter((p) => !p.archived);
}

/** A profile by id; the first active one when the id is unknown (a stale choice in another browser). */
export function profileById(profiles: readonly Profile[], id: unknown): Profile {
  const found = profiles.find((p) => p.id === id);
  return found ?? activeProfiles(profiles)[0] ?? (profiles[0] as Profile);
}

/** A new profile's id: never one used before in this spreadsheet's list. */
function newId(profiles: readonly Profile[]): string {
  let n = profiles.length + 1;
  while (profiles.some((p) => p.id === `p${n}`)) n++;
  return `p${n}`;
}

export type ProfileCheck =
  | { ok: true; profiles: Profile[]; profile: Profile; before: Profile | null }
  | { ok: false; message: string; errors: Record<string, string> };

const PROFILE_FIELDS = ["language", "id", "name", "url", "totalTarget", "archived"];

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
  language: Language,
): string | null {
  const t = messages(language).profiles;
  if (name.length > MAX_NAME) return fill(t.nameTooLong, { count: name.length, max: MAX_NAME });
  // Two profiles of one name would want the same sheets.
  if (profiles.some((p) => p.id !== id && p.name.toLowerCase() === name.toLowerCase()))
    return fill(t.nameTaken, { name });
  return null;
}

/**
 * Checks a new or changed profile as the settings send it: a name of its own (1–60 characters), a
 * LinkedIn profile address or none, a target from 1 to 100, and never the last active profile archived.
 */
export function checkProfileInput(input: unknown, profiles: readonly Profile[]): ProfileCheck {
  const d = isRecord(input) ? input : {};
  const language: Language = isLanguage(d.language) ? d.language : "en";
  const m = messages(language).errors;
  const errors: Record<string, string> = {};
  const fail = (): ProfileCheck => ({
    ok: false,
    errors,
    message: fillCount(language, m.fixErrors, Object.keys(errors).length),
  });
  if (!isRecord(input)) {
    errors.form = fill(m.malformed, { field: "profile" });
    return fail();
  }
  for (const key of Object.keys(d))
    if (!PROFILE_FIELDS.includes(key)) errors[key] = fill(m.unknownField, { value: key });
  const before = profiles.find((p) => p.id === d.id) ?? null;
  if (d.id !== undefined && !before) errors.id = messages(language).profiles.unknown;
  if (!before && profiles.length >= MAX_PROFILES)
    errors.name = fill(messages(language).profiles.tooMany, { max: MAX_PROFILES });

  const name = typeof d.name === "string" ? tidyName(d.name) : before?.name;
  if (name === undefined || name === "") errors.name ??= messages(language).profiles.nameMissing;
  else {
    const problem = profileNameProblem(name, profiles, before?.id, language);
    if (problem) errors.name = problem;
  }

  const url = typeof d.url === "string" ? d.url.trim() : (before?.url ?? "");
  if (url && !/^https:\/\/([a-z]{2,3}\.)?(www\.)?linkedin\.com\/in\/[^/\s?#]+\/?$/i.test(url))
    errors.url = fill(messages(language).profiles.badUrl, { value: url });

  let totalTarget = before?.totalTarget ?? DEFAULT_TOTAL_TARGET;
  if (d.totalTarget !== undefined) {
    const checked = checkNumber(d.totalTarget, TARGET_RULE, language);
    if (checked.ok && checked.value !== null) totalTarget = checked.value;
    else errors.totalTarget = checked.ok ? m.settingsTarget : checked.message;
  }
  let archived = before?.archived ?? false;
  if (d.archived !== undefined) {
    if (typeof d.archived === "boolean") archived = d.archived;
    else errors.archived = fill(m.malformed, { field: "archived" });
  }
  const othersActive = activeProfiles(profiles).some((p) => p.id !== before?.id);
  if (archived && !othersActive) errors.archived = messages(language).profiles.lastActive;
  if (Object.keys(errors).length > 0) return fail();

  const profile: Profile = {
    id: before?.id ?? newId(profiles),
    name: name as string,
    url,
    totalTarget,
    archived,
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

/** Removing a profile for good needs its name typed as confirmation, and another profile left. */
export function checkRemoval(
  input: unknown,
  profiles: readonly Profile[],
  language: Language,
): { ok: true; profile: Profile; profiles: Profile[] } | { ok: false; message: string } {
  const t = messages(language).profiles;
  const d = isRecord(input) ? input : {};
  const profile = profiles.find((p) => p.id === d.id);
  if (!profile) return { ok: false, message: t.unknown };
  if (typeof d.confirm !== "string" || d.confirm.trim() !== profile.name)
    return { ok: false, message: fill(t.confirmRemoval, { name: profile.name }) };
  const rest = profiles.filter((p) => p.id !== profile.id);
  if (activeProfiles(rest).length === 0) return { ok: false, message: t.lastActive };
  return { ok: true, profile, profiles: rest };
}
