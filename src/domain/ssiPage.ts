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

type Found = Partial<Record<SsiPageField, number>>;

const ALL_FIELDS: SsiPageField[] = [
  "total",
  ...PILLARS,
  "industryAvg",
  "networkAvg",
  "industryRank",
  "networkRank",
];

/**
 * How each pillar is named on the page and in the articles, in English, Spanish, German and Polish.
 * Matched without accents and case; LinkedIn rewords them now and then, so stems are enough. In any
 * other language the page's structure is read instead: the four scores come in a fixed order.
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
// Where a word says which of the two a rank or an average is; elsewhere the page's order does.
const INDUSTRY = /industry|sector|branche|branz|sektor/;
const NETWORK = /network|\bred\b|netzwerk|siec|sieci/;
const AVERAGE = /average|promedio|media|medio|durchschnitt|sredni|srednia/;
// The page names the SSI in every language, even where the index's name is translated.
const NAMES_SSI = /\bssi\b|social selling/;
const NUMBER = /(?<![\d.,])\d{1,4}(?:[.,]\d{1,3})?(?![\d])/g;
// "Top 3 %", "Top 3%", "%18", "上位6%": a percentage written either way round.
const PERCENT = /%\s*(\d{1,3}(?:[.,]\d{1,3})?)(?![\d])|(?<![\d.,])(\d{1,3}(?:[.,]\d{1,3})?)\s*%/g;
const LONE_NUMBER = /^(\d{1,2}(?:[.,]\d{1,3})?)$/;
const LONE_TOTAL = /^\d{1,3}(?:[.,]\d{1,2})?$/;
const LONE_DECIMAL = /^(\d{1,2}[.,]\d{1,3})$/;
// "out of", "von", "sur", "van de", "üzerinden", "点中", "/": the words between a total and 100.
const MAX_WORDS_AROUND_100 = 16;
const MAX_HEADING = 60;

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
  const found: Found = {};
  findPillarsByName(lines, found);
  const byName = PILLARS.some((p) => found[p] !== undefined);
  const namesSsi = lines.some((l) => NAMES_SSI.test(l));
  const totalAt = namesSsi || byName ? findTotal(lines, found) : -1;
  const section = totalAt < 0 ? lines : lines.slice(totalAt + 1);
  if (PILLARS.some((p) => found[p] === undefined) && (namesSsi || byName)) {
    fallBackOnOrder(section, totalAt >= 0, found);
  }
  // A feed or a profile has numbers too: without an SSI on the page, nothing on it is one.
  if (!PILLARS.some((p) => found[p] !== undefined) && found.total === undefined) {
    return { found: {}, missing: ALL_FIELDS };
  }
  findRanks(section, found);
  findAverages(section, found);
  return { found, missing: ALL_FIELDS.filter((f) => found[f] === undefined) };
}

function findPillarsByName(lines: string[], found: Found): void {
  lines.forEach((line, i) => {
    for (const pillar of PILLARS) {
      if (found[pillar] !== undefined || !PILLAR_NAMES[pillar].test(line)) continue;
      const score = pillarScoreNear(line, lines[i + 1]);
      if (score !== null) found[pillar] = score;
    }
  });
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

/** The total is the one other number beside a "100", before or after it, on its line or the line before. */
function findTotal(lines: string[], found: Found): number {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] ?? "";
    if (line.includes("%")) continue;
    const numbers = [...line.matchAll(NUMBER)];
    const hundred = numbers.findIndex((m) => m[0] === "100");
    if (hundred < 0) continue;
    if (numbers.length === 2) {
      const [first, second] = numbers as [RegExpMatchArray, RegExpMatchArray];
      const gap = line.slice((first.index ?? 0) + first[0].length, second.index);
      const other = hundred === 0 ? second : first;
      const value = num(other[0]);
      if (gap.length <= MAX_WORDS_AROUND_100 && value !== null && value <= 100) {
        found.total = value;
        return i;
      }
    }
    const before = lines[i - 1] ?? "";
    // A line of the words and the "100" alone ("su 100"), under the total's lone number.
    if (numbers.length === 1 && line.length <= MAX_WORDS_AROUND_100 + "100".length) {
      const value = LONE_TOTAL.test(before) ? num(before) : null;
      if (value !== null && value <= 100) {
        found.total = value;
        return i;
      }
    }
  }
  return -1;
}

/**
 * Where names were reworded or translated: the page lists the four scores in a fixed order. After
 * the total, a lone number up to 25 is a score until the sentences on averages; without a total,
 * only lone decimals are taken, so that a counter is never one.
 */
function fallBackOnOrder(section: string[], afterTotal: boolean, found: Found): void {
  const end = section.findIndex((l) => isAverageSentence(l));
  const window = end < 0 ? section : section.slice(0, end);
  const scores = (pattern: RegExp) =>
    window
      .map((l) => (pattern.test(l) ? num(l) : null))
      .filter((v): v is number => v !== null && v <= 25);
  let list = afterTotal ? scores(LONE_NUMBER) : [];
  if (list.length !== PILLARS.length) list = scores(LONE_DECIMAL);
  if (list.length !== PILLARS.length) return;
  PILLARS.forEach((p, i) => {
    if (found[p] === undefined && list[i] !== undefined) found[p] = list[i];
  });
}

function isAverageSentence(line: string): boolean {
  return (NAMES_SSI.test(line) || AVERAGE.test(line)) && /\d/.test(line.replace(PERCENT, ""));
}

/** Which of two fields a piece of the page is about: a word for it, or else the first not found yet. */
function industryOrNetwork<F extends SsiPageField>(
  context: string,
  industry: F,
  network: F,
  found: Found,
): F | null {
  const lastIndustry = lastIndexOf(context, INDUSTRY);
  const lastNetwork = lastIndexOf(context, NETWORK);
  const named = lastIndustry > lastNetwork ? industry : lastNetwork >= 0 ? network : null;
  if (named && found[named] === undefined) return named;
  return [industry, network].find((f) => found[f] === undefined) ?? null;
}

/**
 * A rank is a percentage under a heading that names the SSI (or, in our languages, the industry or
 * the network): the industry's comes first, then the network's.
 */
function findRanks(section: string[], found: Found): void {
  section.forEach((line, i) => {
    const above = section[i - 1] ?? "";
    for (const match of line.matchAll(PERCENT)) {
      const heading = `${above.length <= MAX_HEADING ? above : ""}\n${line.slice(0, match.index)}`;
      if (![NAMES_SSI, INDUSTRY, NETWORK].some((word) => word.test(heading))) continue;
      const value = num(match[1] ?? match[2] ?? "");
      if (value === null || value > 100) continue;
      const field = industryOrNetwork(heading, "industryRank", "networkRank", found);
      if (field) found[field] = value;
    }
  });
}

/** The two averages are in the sentences that name the SSI: the industry's first, then the network's. */
function findAverages(section: string[], found: Found): void {
  for (const line of section) {
    if (!isAverageSentence(line)) continue;
    const numbers = (line.replace(PERCENT, "").match(NUMBER) ?? []).map(num);
    const value = numbers.reverse().find((n): n is number => n !== null && n <= 100);
    if (value === undefined) continue;
    const field = industryOrNetwork(line, "industryAvg", "networkAvg", found);
    if (field) found[field] = value;
  }
}

function lastIndexOf(text: string, pattern: RegExp): number {
  let last = -1;
  for (const m of text.matchAll(new RegExp(pattern.source, "g"))) last = m.index ?? last;
  return last;
}
