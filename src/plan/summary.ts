/**
 * A profile's year in a few figures, as live formulas over its dashboard: the team sheet's row of a
 * profile kept here, and the condensed summary each dashboard keeps for a manager's spreadsheet to
 * import (`SSI_SUMMARY_2026`), one column of numbers and no words, so it reads in any language.
 */
import type { Messages } from "../domain/i18n";
import { PILLARS, type Pillar } from "../domain/ssi";
import { columnLetter } from "./a1";
import { COL, monthColumn, type SheetOwner } from "./layout";
import type { Figure, SummaryField } from "./summaryFields";

/** Bumped when the summary's fields change: a manager's sheet reads only the version it knows. */
export const SUMMARY_VERSION = 3;

/**
 * What a summary sums up: one seller, a team of sellers, or a team that links teams. A team sheet reads
 * sellers and teams of sellers only, so a chain of imports is two long at most (each link updates later).
 */
export const DEPTH = { seller: 0, team: 1, teamOfTeams: 2 } as const;

export {
  FIGURES,
  type Figure,
  SUMMARY_FIELDS,
  type SummaryField,
  summaryIndex,
} from "./summaryFields";

/** The label of a summary row, in the sheet's language: what a curious reader finds there. */
export function summaryLabel(m: Messages, field: SummaryField): string {
  const t = m.team;
  const month = /^month(\d+)$/.exec(field);
  if (month) return `${m.dashboard.ssiTotal} · ${m.monthsLong[Number(month[1]) - 1] ?? ""}`;
  if ((PILLARS as readonly string[]).includes(field)) return m.pillars[field as Pillar];
  const labels: Partial<Record<SummaryField, string>> = {
    version: m.links.version,
    name: t.profile,
    latest: t.latest,
    ssi: m.dashboard.ssiTotal,
    target: t.target,
    gap: t.gap,
    change: t.change,
    monthsOnTarget: t.monthsOnTarget,
    followers: t.followers,
    impressions: t.impressions,
    kpi: m.metricSetup.teamKpi,
    depth: m.links.depth,
  };
  return labels[field] ?? field;
}

/** The summary's range name: the main profile's is the one a manager links to. */
export function summaryRangeName(year: number, owner: SheetOwner): string {
  return owner.id === "main" ? `SSI_SUMMARY_${year}` : `SSI_SUMMARY_${year}_${owner.id}`;
}

/** The team sheet's summary, which a director's team sheet links to. */
export function teamSummaryName(year: number): string {
  return `SSI_TEAM_${year}`;
}

/**
 * Each figure as a formula (without "=") over a dashboard: `d` is its sheet's prefix ("'KPI 2026'!",
 * or "" on the dashboard itself) and `r` its rows by key.
 */
export function figureFormulas(
  d: string,
  r: (key: string) => number,
  /** The row of the own metric that holds post impressions, when the dashboard has one. */
  impressionsRow?: number,
): Record<Figure, string> {
  const year = columnLetter(COL.year);
  const first = columnLetter(monthColumn(1));
  const last = columnLetter(monthColumn(12));
  const total = r("ssi:total");
  const ssiRow = `${d}$${first}$${total}:$${last}$${total}`;
  const keys = `${d}$${first}$1:$${last}$1`;
  const latestMonth = `MAXIFS(${keys},${ssiRow},">=0")`;
  // INDEX is given the month's place found by MATCH, never a 0 (which reads a whole row in Sheets).
  const inMonth = (offset: number) =>
    `INDEX(${ssiRow},1,MATCH(${latestMonth},${keys},0)${offset ? `-${offset}` : ""})`;
  const yearCell = (key: string) => `${d}$${year}$${r(key)}`;
  const target = `${d}$${columnLetter(COL.target)}$${total}`;
  return {
    latest: yearCell("reading"),
    ssi: yearCell("ssi:total"),
    ...(Object.fromEntries(PILLARS.map((p) => [p, yearCell(`pillar:${p}`)])) as Record<
      Pillar,
      string
    >),
    target,
    gap: yearCell("gap:total"),
    change: `IF(${latestMonth}<2,"",IF(AND(ISNUMBER(${inMonth(0)}),ISNUMBER(${inMonth(1)})),ROUND(${inMonth(0)}-${inMonth(1)},2),""))`,
    monthsOnTarget: `COUNTIF(${ssiRow},">="&${target})`,
    followers: latestFigure(d, r("metric:followers_gained")),
    impressions: impressionsRow ? latestFigure(d, impressionsRow) : '""',
  };
}

/** A row's figure in the latest month that has one (a formula without "="), blank for none. */
function latestFigure(d: string, row: number): string {
  const months = `${d}$${columnLetter(monthColumn(1))}$${row}:$${columnLetter(monthColumn(12))}$${row}`;
  const keys = `${d}$${columnLetter(monthColumn(1))}$1:$${columnLetter(monthColumn(12))}$1`;
  return `IFERROR(INDEX(${months},1,MATCH(MAXIFS(${keys},${months},"<>"),${keys},0)),"")`;
}

/** A month's SSI total on a dashboard, a number or blank. */
export function monthFormula(d: string, r: (key: string) => number, month: number): string {
  const ref = `${d}${columnLetter(monthColumn(month))}${r("ssi:total")}`;
  return `IF(ISNUMBER(${ref}),${ref},"")`;
}
