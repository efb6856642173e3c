/** The Social Selling Index: four pillars of 0–25, gaps to targets, tiers and the weakest pillar. */
import { round } from "./numbers";

export const PILLARS = ["brand", "findPeople", "engage", "relationships"] as const;
export type Pillar = (typeof PILLARS)[number];

export const PILLAR_MAX = 25;
export const SSI_MAX = 100;
export const DEFAULT_PILLAR_TARGET = 25;
export const DEFAULT_TOTAL_TARGET = 80;
/** The articles' levels: 70 makes a "LinkedIn leader"; 80, 85 and 90 are successively harder. */
export const TIER_THRESHOLDS = [70, 80, 85, 90] as const;
export const TIERS = ["below", "leader", "strong", "advanced", "top"] as const;
export type Tier = (typeof TIERS)[number];
/** The total targets a user can pick in Settings. */
export const TOTAL_TARGET_CHOICES = [70, 80, 85, 90] as const;

export type PillarScores = readonly [number, number, number, number];

/** How far a score is from its target: max(0, target − score), rounded to two decimals. */
export function gap(score: number, target: number): number {
  return round(Math.max(0, target - score), 2);
}

/** The SSI total of four pillar scores, rounded to two decimals. */
export function total(pillars: PillarScores): number {
  return round(pillars[0] + pillars[1] + pillars[2] + pillars[3], 2);
}

/** The highest level a total reaches. */
export function tier(totalScore: number): Tier {
  let reached = 0;
  TIER_THRESHOLDS.forEach((threshold, i) => {
    if (totalScore >= threshold) reached = i + 1;
  });
  return TIERS[reached] ?? "below";
}

/** The weakest pillar; the first one on a tie, as LinkedIn lists them. */
export function weakestPillar(pillars: PillarScores): Pillar {
  let weakest = 0;
  pillars.forEach((score, i) => {
    if (score < (pillars[weakest] ?? score)) weakest = i;
  });
  return PILLARS[weakest] ?? "brand";
}
