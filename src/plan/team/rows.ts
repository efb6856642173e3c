/** A profile's row on the team sheet: live formulas over its dashboard here, or over its seller's summary. */
import { fill, type Messages } from "../../domain/i18n";
import type { Language } from "../../domain/language";
import { PILLARS } from "../../domain/ssi";
import { columnLetter, literal, quoteSheet } from "../a1";
import { tierFormula } from "../dashboard/formulas";
import { COL, monthColumn } from "../layout";
import { type CellContent, literalText } from "../sheetPlan";
import {
  DEPTH,
  FIGURES,
  type Figure,
  figureFormulas,
  SUMMARY_VERSION,
  summaryRangeName,
  teamSummaryName,
} from "../summary";
import { col, FIRST_ROW, letter, spillCell, type TeamColumns } from "./columns";

/** A profile as the team sheet reads it: kept here with its dashboard (if built), or linked to a seller's. */
export interface TeamMember {
  id: string;
  name: string;
  dashboard: string | null;
  /** The seller's own spreadsheet, for a linked profile: its address. */
  source?: string;
  /** A linked team: the row reads that spreadsheet's team summary. */
  team?: boolean;
  /** The dashboard's row of the own metric that holds post impressions, when it has one. */
  impressionsRow?: number;
}

type Put = (row: number, c: number, v: CellContent) => void;

export interface RowContext {
  year: number;
  language: Language;
  m: Messages;
  columns: TeamColumns;
  /** The dashboard's rows by key. */
  r: (key: string) => number;
  /** The last profile row: ranks run over every profile, kept or linked. */
  last: number;
  put: Put;
}

/** Rank, tier and weakest pillar: worked out on this sheet from the row's own SSI and pillars. */
function derived(ctx: RowContext, row: number, withTier: boolean): void {
  const { put, language, m } = ctx;
  const ssi = `${letter("ssi")}${row}`;
  // 1 + how many score higher: ties share a rank, as RANK does.
  put(
    row,
    col("rank"),
    `=IF(ISNUMBER(${ssi}),1+COUNTIF($${letter("ssi")}$${FIRST_ROW}:$${letter("ssi")}$${ctx.last},">"&${ssi}),"")`,
  );
  if (!withTier) return;
  put(row, col("tier"), `=IF(ISNUMBER(${ssi}),${tierFormula(ssi, language)},"")`);
  const span = `${letter(PILLARS[0])}${row}:${letter(PILLARS[PILLARS.length - 1]!)}${row}`;
  const names = PILLARS.map((p) => literal(m.pillars[p])).join(",");
  put(
    row,
    col("weakest"),
    `=IF(ISNUMBER(${ssi}),CHOOSE(MATCH(MIN(${span}),${span},0),${names}),"")`,
  );
}

/** A profile kept here: its figures read from its dashboard, whose tier and weakest pillar it shows. */
export function keptRow(ctx: RowContext, member: TeamMember, row: number): void {
  const { put, r, year } = ctx;
  put(row, col("profile"), literalText(member.name));
  if (ctx.columns.source) put(row, ctx.columns.source, literalText(ctx.m.links.sourceHere));
  if (!member.dashboard) {
    put(row, col("latest"), literalText(fill(ctx.m.team.noDashboard, { year })));
    return;
  }
  const d = `${quoteSheet(member.dashboard)}!`;
  const figures = figureFormulas(d, r, member.impressionsRow);
  for (const f of FIGURES) put(row, col(f), `=${figures[f]}`);
  const yearCell = (key: string) => `${d}$${columnLetter(COL.year)}$${r(key)}`;
  put(row, col("tier"), `=${yearCell("tier")}`);
  put(row, col("weakest"), `=${yearCell("weakest")}`);
  // The KPI section sits below each profile's own metrics, which vary: found by its key, live.
  if (ctx.columns.kpi)
    put(
      row,
      ctx.columns.kpi,
      `=IFERROR(INDEX(${d}$${columnLetter(COL.year)}:$${columnLetter(COL.year)},MATCH("kpi:total",${d}$A:$A,0)),"")`,
    );
  derived(ctx, row, false);
}

/**
 * True (as a formula) when a linked row's import came through in the summary's version we read, and,
 * for a team, is a team of sellers (a team of teams would make a chain of three imports).
 */
function readable(ctx: RowContext, member: TeamMember, row: number): string {
  const version = `${spillCell(ctx.columns, "version", row)}=${SUMMARY_VERSION}`;
  if (!member.team) return `IFERROR(${version},0)`;
  return `IFERROR(AND(${version},${spillCell(ctx.columns, "depth", row)}=${DEPTH.team}),0)`;
}

/**
 * A seller's own spreadsheet: one IMPORTRANGE of its summary, in a cell of its own with nothing around
 * it (an error there is where Sheets offers Allow access), spilled into hidden columns the row reads.
 */
export function linkedRow(ctx: RowContext, member: TeamMember, row: number): void {
  const { put, columns, m } = ctx;
  const t = m.links;
  const anchor = spillCell(columns, "version", row);
  const ok = readable(ctx, member, row);
  const range = member.team
    ? teamSummaryName(ctx.year)
    : summaryRangeName(ctx.year, { id: "main", name: "" });
  put(row, col("profile"), literalText(member.name));
  put(
    row,
    columns.source,
    `=TRANSPOSE(IMPORTRANGE(${literal(member.source ?? "")},${literal(range)}))`,
  );
  const figure = (f: Figure | "kpi") => {
    const at = spillCell(columns, f, row);
    return `=IF(${ok},IF(ISNUMBER(${at}),${at},""),"")`;
  };
  for (const f of FIGURES) put(row, col(f), figure(f));
  if (columns.kpi) put(row, columns.kpi, figure("kpi"));
  derived(ctx, row, true);
  // The words follow the cell wherever a person's lines move it.
  const here = `ADDRESS(ROW(${anchor}),COLUMN(${anchor}),4)`;
  const words = {
    name: member.name,
    year: ctx.year,
    version: SUMMARY_VERSION,
    address: member.source ?? "",
  };
  const waiting = `SUBSTITUTE(${literal(fill(member.team ? t.waitingTeam : t.waiting, words))},"{cell}",${here})`;
  const older = `SUBSTITUTE(${literal(fill(t.oldVersion, words))},"{found}",${anchor})`;
  const linked = literal(fill(member.team ? t.linkedTeam : t.linked, words));
  // A summary of our version that is not readable is a team that links teams itself.
  const unreadable = member.team
    ? `IF(${anchor}=${SUMMARY_VERSION},${literal(fill(t.teamOfTeams, words))},${older})`
    : older;
  put(row, columns.status, `=IF(ISERROR(${anchor}),${waiting},IF(${ok},${linked},${unreadable}))`);
}

/** A profile's SSI month by month for the line chart: blanks are NA(), a gap in the line. */
export function monthsRow(
  ctx: RowContext,
  member: TeamMember,
  row: number,
  profileRow: number,
): void {
  const { put, r } = ctx;
  put(row, 1, literalText(member.name));
  for (let month = 1; month <= 12; month++) {
    if (member.source) {
      const at = spillCell(ctx.columns, `month${month}`, profileRow);
      put(
        row,
        month + 1,
        `=IF(${readable(ctx, member, profileRow)},IF(ISNUMBER(${at}),${at},NA()),NA())`,
      );
    } else if (member.dashboard) {
      const ref = `${quoteSheet(member.dashboard)}!${columnLetter(monthColumn(month))}${r("ssi:total")}`;
      put(row, month + 1, `=IF(ISNUMBER(${ref}),${ref},NA())`);
    }
  }
}
