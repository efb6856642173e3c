/**
 * The team's own summary, for a director's team sheet to link: the same fields as a seller's, in hidden
 * rows under the chart table, each the team's average (its months too), and its depth: a team that
 * links teams is never read as one, which keeps chains of imports two long.
 */
import { fill, type Messages } from "../../domain/i18n";
import { columnLetter } from "../a1";
import { type CellContent, literalText } from "../sheetPlan";
import {
  DEPTH,
  type Figure,
  SUMMARY_FIELDS,
  SUMMARY_VERSION,
  summaryLabel,
  teamSummaryName,
} from "../summary";
import { col, FIRST_ROW, letter } from "./columns";

/** Where the team's rows, averages, chart table and summary sit. */
export interface TeamSummaryAt {
  last: number;
  average: number;
  table: number;
  tableEnd: number;
  summary: number;
}

/** The summary's rows, in the sheet's second column, and the name a director's sheet imports. */
export function teamSummary(
  put: (row: number, c: number, v: CellContent) => void,
  m: Messages,
  year: number,
  at: TeamSummaryAt,
  kpi: number,
  linksTeams: boolean,
): { name: string; a1: string } {
  const span = (c: string, from: number, to: number) => `${c}${from}:${c}${to}`;
  SUMMARY_FIELDS.forEach((field, i) => {
    const row = at.summary + i;
    put(row, 1, literalText(`${m.links.teamSummaryTitle}: ${summaryLabel(m, field)}`));
    const month = /^month(\d+)$/.exec(field);
    let value: CellContent;
    if (field === "version") value = SUMMARY_VERSION;
    else if (field === "name") value = literalText(fill(m.team.title, { year }));
    else if (field === "depth") value = linksTeams ? DEPTH.teamOfTeams : DEPTH.team;
    // A team of teams is never read (see DEPTH): its summary says so, and computes nothing.
    else if (linksTeams) value = null;
    else if (field === "latest") {
      const latest = span(letter("latest"), FIRST_ROW, at.last);
      value = `=IF(COUNT(${latest})=0,"",MAX(${latest}))`;
    } else if (field === "kpi") value = kpi ? `=${columnLetter(kpi)}${at.average}` : null;
    else if (month) {
      // The chart table's blanks are NA(): AVERAGEIF passes over them, AVERAGE would not.
      const months = span(columnLetter(Number(month[1]) + 1), at.table + 1, at.tableEnd);
      value = `=IFERROR(ROUND(AVERAGEIF(${months},">=0"),2),"")`;
    } else value = `=${columnLetter(col(field as Figure))}${at.average}`;
    put(row, 2, value);
  });
  const end = at.summary + SUMMARY_FIELDS.length - 1;
  return { name: teamSummaryName(year), a1: `B${at.summary}:B${end}` };
}
