/** The SSI custom functions: gap, total, tier, weakest pillar and its next actions. */
import { fill, messages } from "../domain/i18n";
import type { Language } from "../domain/language";
import {
  DEFAULT_PILLAR_TARGET,
  gap,
  PILLAR_MAX,
  type PillarScores,
  SSI_MAX,
  tier,
  total,
  weakestPillar,
} from "../domain/ssi";
import {
  type Arg,
  asGrid,
  cells,
  functionMessages,
  isBlank,
  languageArg,
  mapCells,
  numberOf,
} from "./args";

function checkScore(name: string, score: number, max: number, language: Language): number {
  if (score < 0 || score > max) {
    const key = max === PILLAR_MAX ? "pillarRange" : "totalRange";
    throw new Error(fill(functionMessages(language)[key], { name, value: String(score) }));
  }
  return score;
}

/** max(0, target − score), rounded to 2 decimals; ranges give ranges, blanks give blanks. */
export function SSI_GAP(score: Arg, target?: Arg): number | string | (number | string)[][] {
  const name = "SSI_GAP";
  const language: Language = "en";
  // No target is a single blank one: each score is then measured against 25.
  const targets = asGrid(target);
  const scores = asGrid(score);
  const single = targets.length === 1 && targets[0]?.length === 1;
  if (!single && (targets.length !== scores.length || targets[0]?.length !== scores[0]?.length)) {
    throw new Error(
      fill(functionMessages(language).shape, {
        name,
        what: "target",
        rows: scores.length,
        cols: scores[0]?.length ?? 0,
      }),
    );
  }
  return mapCells(score, (cell, r, c) => {
    const value = numberOf(name, cell, language);
    if (value === null) return "";
    const rawTarget = single ? targets[0]?.[0] : targets[r]?.[c];
    const t = numberOf(name, rawTarget, language) ?? DEFAULT_PILLAR_TARGET;
    if (t < 0)
      throw new Error(fill(functionMessages(language).negativeTarget, { name, value: String(t) }));
    checkScore(name, value, t <= PILLAR_MAX ? PILLAR_MAX : SSI_MAX, language);
    return gap(value, t);
  });
}

/** Four pillar scores, given one by one or as one range of four cells. */
function pillarsOf(name: string, args: Arg[], language: Language): PillarScores | null {
  const all = args.flatMap((a) => cells(a));
  if (all.every(isBlank)) return null;
  const numbers = all.filter((c) => !isBlank(c)).map((c) => numberOf(name, c, language) ?? 0);
  if (numbers.length !== 4) {
    throw new Error(fill(functionMessages(language).fourPillars, { name, count: numbers.length }));
  }
  for (const n of numbers) checkScore(name, n, PILLAR_MAX, language);
  return numbers as unknown as PillarScores;
}

/** The SSI total of four pillars, rounded to 2 decimals. */
export function SSI_TOTAL(
  brand: Arg,
  findPeople?: Arg,
  engage?: Arg,
  relationships?: Arg,
): number | string {
  const args = [brand, findPeople, engage, relationships].filter((a) => a !== undefined) as Arg[];
  const pillars = pillarsOf("SSI_TOTAL", args, "en");
  return pillars ? total(pillars) : "";
}

/** The level a total reaches, as a label in the given language. */
export function SSI_TIER(totalScore: Arg, language?: Arg): string | string[][] {
  const lang = languageArg("SSI_TIER", language);
  return mapCells(totalScore, (cell) => {
    const value = numberOf("SSI_TIER", cell, lang);
    if (value === null) return "";
    return messages(lang).tiers[tier(checkScore("SSI_TIER", value, SSI_MAX, lang))];
  });
}

/** The weakest of four pillars (the first on a tie), named in the given language. */
export function SSI_WEAKEST(pillars: Arg, language?: Arg): string {
  const lang = languageArg("SSI_WEAKEST", language);
  const scores = pillarsOf("SSI_WEAKEST", [pillars], lang);
  return scores ? messages(lang).pillars[weakestPillar(scores)] : "";
}

/** The next concrete actions for the weakest pillar. */
export function SSI_NEXT_ACTION(pillars: Arg, language?: Arg): string {
  const lang = languageArg("SSI_NEXT_ACTION", language);
  const scores = pillarsOf("SSI_NEXT_ACTION", [pillars], lang);
  return scores ? messages(lang).nextActions[weakestPillar(scores)] : "";
}
