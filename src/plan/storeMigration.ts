/**
 * Moves what a spreadsheet stored before the registry to the registry's keys: a dashboard's layout, id,
 * person's name, lines and look were kept under the name we gave it, a log's and Charts' signature under
 * their kind, a team sheet's under its name in the language of the day.
 */
import { LANGUAGES, type Language } from "../domain/language";
import type { Profile } from "../domain/profiles";
import { dashboardName } from "./layout";
import {
  dashboardKey,
  idKey,
  LEGACY,
  layoutKey,
  linesKey,
  lookKey,
  type StoreChanges,
  type Stored,
  sheetKey,
  teamKey,
  teamYearOf,
} from "./storeKeys";
import { teamSheetName } from "./team";

/** Keys to set and to forget; both empty when nothing is stored the old way. */
export interface MovedKeys {
  set: StoreChanges;
  forget: string[];
}

/** What to move so that every sheet of ours is stored under its registry key (no call to Sheets). */
export function movedKeys(
  stored: Stored,
  language: Language,
  profiles: readonly Pick<Profile, "id" | "name">[],
): MovedKeys {
  const moved: MovedKeys = { set: {}, forget: [] };
  // Every action reads the store: one scan of its keys when nothing is left to move.
  if (!Object.keys(stored).some(LEGACY.isLegacy)) return moved;
  const move = (from: string, to: string) => {
    if (!(from in stored)) return;
    if (!(to in stored) && !(to in moved.set)) moved.set[to] = stored[from] as string;
    moved.forget.push(from);
  };
  const legacyLayout = LEGACY.layout("");
  for (const key of Object.keys(stored)) {
    // Only a layout says a dashboard was built; its other keys follow it.
    if (!key.startsWith(legacyLayout) || !LEGACY.isLegacy(key)) continue;
    const ourName = key.slice(legacyLayout.length);
    const owned = dashboardOf(ourName, language, profiles);
    if (!owned) continue;
    const to = dashboardKey(owned.year, owned.profile);
    if (!(to in stored)) moved.set[to] = stored[LEGACY.renamed(ourName)] || ourName;
    move(LEGACY.layout(ourName), layoutKey(to));
    move(LEGACY.id(ourName), idKey(to));
    move(LEGACY.lines(ourName), linesKey(to));
    move(LEGACY.look(ourName), lookKey(to));
    if (LEGACY.renamed(ourName) in stored) moved.forget.push(LEGACY.renamed(ourName));
  }
  for (const profile of profiles)
    for (const kind of ["log", "charts"] as const)
      move(LEGACY.kindLayout(kind, profile), layoutKey(sheetKey(kind, profile)));
  for (const year of Object.keys(stored).map(teamYearOf))
    if (year !== null)
      // Its name in today's language first: the signature the sheet was last laid out with. "Team 2026"
      // is the same in English and German: each name once.
      for (const name of new Set([language, ...LANGUAGES].map((l) => teamSheetName(year, l)))) {
        move(LEGACY.layout(name), layoutKey(teamKey(year)));
        move(LEGACY.look(name), lookKey(teamKey(year)));
      }
  return moved;
}

/** The profile and year a dashboard's name was ours for, if it was. */
function dashboardOf(
  ourName: string,
  language: Language,
  profiles: readonly Pick<Profile, "id" | "name">[],
): { profile: Pick<Profile, "id" | "name">; year: number } | null {
  for (const found of ourName.matchAll(/\d{4}/g)) {
    const year = Number(found[0]);
    const profile = profiles.find((p) => dashboardName(year, language, p) === ourName);
    if (profile) return { profile, year };
  }
  return null;
}
