/** Finds the SSI figures in the text of LinkedIn's SSI page as a user copies it (select all, copy). */
import { parseNumber } from "./numbers";
import { PILLARS, type Pillar } from "./ssi";

export type SsiPageField =
  | "total"
  | Pillar
  | "industryAvg"
  | "networkAvg"
  | "industryRank"
  | "networkRank";

export interface SsiPageResult {
  found: Partial<Record<SsiPageField, number>>;
  missing: SsiPageField[];
}

/**
 * How each pillar is named on the page and in the articles, in English, Spanish, German and Polish.
 * Matched without accents and case; LinkedIn rewords them now and then, so stems are enough.
 */
const PILLAR_NAMES: Record<Pillar, RegExp> = {
  brand:
    /professional brand|marca (personal|profesional)|(professionelle|eigene) marke|marke etablieren|marki (osobistej|zawodowej)|marke/,
  findPeople:
    /right people|gente adecuada|personas adecuadas|richtigen (personen|leute|kontakte)|wartosciowych kontaktow|wlasciwe osoby|wlasciwych osob/,
  engage:
    /engage with insights|insights|ofreciendo informacion|interactua|zaangazowanie|angazuj|dzielenie sie wiedza/,
  relationships: /build relationships|relationships|relaciones|beziehungen|relacji|relacje/,
};
const INDUSTRY = /industry|sector|branche|branz|sektor/;
const NETWORK = /network|\bred\b|netzwerk|siec|sieci/;
const AVERAGE = /average|promedio|media|medio|durchschnitt|sredni|srednia/;
const OUT_OF_100 = /(\d{1,3}(?:[.,]\d+)?)\s*(?:out of|de|sobre|von|na|z|\/)\s*100\b/;
const TOP_PERCENT = /top\s*(\d{1,3}(?:[.,]\d+)?)\s*%/g;
const NUMBER = /\d{1,3}(?:[.,]\d{1,3})?/g;

function fold(text: string): string {
  return text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/ł/g, "l")
    .replace(/Ł/g, "L")
    .toLowerCase();
}

function num(text: string): number | null {
  const parsed = parseNumber(text);
  return parsed.ok ? parsed.value : null;
}

/** Reads the SSI total, the four pillars, the industry and network averages and ranks. */
export function parseSsiPage(text: string): SsiPageResult {
  const lines = fold(text)
    .split(/\r?\n/)
    .map((l) => l.replace(/\s+/g, " ").trim())
    .filter((l) => l !== "");
  const found: Partial<Record<SsiPageField, number>> = {};

  lines.forEach((line, i) => {
    for (const pillar of PILLARS) {
      if (found[pillar] !== undefined || !PILLAR_NAMES[pillar].test(line)) continue;
      const score = pillarScoreNear(line, lines[i + 1]);
      if (score !== null) found[pillar] = score;
    }
  });
  if (PILLARS.some((p) => found[p] === undefined)) fallBackOnOrder(lines, found);

  const joined = lines.join("\n");
  const total = OUT_OF_100.exec(joined);
  if (total?.[1]) {
    const value = num(total[1]);
    if (value !== null && value <= 100) found.total = value;
  }

  findAverages(lines, found);
  findRanks(joined, found);

  const all: SsiPageField[] = [
    "total",
    ...PILLARS,
    "industryAvg",
    "networkAvg",
    "industryRank",
    "networkRank",
  ];
  return { found, missing: all.filter((f) => found[f] === undefined) };
}

/** The pillar's score: the number right after its name, on its line or the next. */
function pillarScoreNear(line: string, next: string | undefined): number | null {
  const after = line.replace(/^.*?(?=\d)/, "");
  for (const candidate of [after, next ?? ""]) {
    // A whole number only, never the start of a longer one or a percentage ("15 %" is not 1).
    const m = /^(\d{1,2}(?:[.,]\d{1,3})?)(?![\d.,]|\s*%)/.exec(candidate.trim());
    const value = m?.[1] ? num(m[1]) : null;
    if (value !== null && value <= 25) return value;
  }
  return null;
}

/** Where names were reworded past recognition: the page lists the four scores in a fixed order. */
function fallBackOnOrder(lines: string[], found: Partial<Record<SsiPageField, number>>): void {
  const scores: number[] = [];
  for (const line of lines) {
    const m = /^(\d{1,2}[.,]\d{1,3})$/.exec(line);
    const value = m?.[1] ? num(m[1]) : null;
    if (value !== null && value <= 25) scores.push(value);
  }
  if (scores.length !== PILLARS.length) return;
  PILLARS.forEach((p, i) => {
    if (found[p] === undefined && scores[i] !== undefined) found[p] = scores[i];
  });
}

function findAverages(lines: string[], found: Partial<Record<SsiPageField, number>>): void {
  for (const line of lines) {
    if (!AVERAGE.test(line)) continue;
    const field = INDUSTRY.test(line) ? "industryAvg" : NETWORK.test(line) ? "networkAvg" : null;
    if (!field || found[field] !== undefined) continue;
    const numbers = (line.replace(TOP_PERCENT, "").match(NUMBER) ?? []).map(num);
    const value = numbers.reverse().find((n): n is number => n !== null && n <= 100);
    if (value !== undefined) found[field] = value;
  }
}

function findRanks(joined: string, found: Partial<Record<SsiPageField, number>>): void {
  for (const match of joined.matchAll(TOP_PERCENT)) {
    const before = joined.slice(Math.max(0, (match.index ?? 0) - 160), match.index);
    const lastIndustry = lastIndexOf(before, INDUSTRY);
    const lastNetwork = lastIndexOf(before, NETWORK);
    if (lastIndustry < 0 && lastNetwork < 0) continue;
    const field = lastIndustry > lastNetwork ? "industryRank" : "networkRank";
    const value = match[1] ? num(match[1]) : null;
    if (found[field] === undefined && value !== null) found[field] = value;
  }
}

function lastIndexOf(text: string, pattern: RegExp): number {
  let last = -1;
  for (const m of text.matchAll(new RegExp(pattern.source, "g"))) last = m.index ?? last;
  return last;
}
