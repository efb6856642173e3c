/** How the dashboard looks: its colours, the conditional colours of targets and gaps, and its shape. */
import { area, columnLetter } from "../a1";
import { COL, type LayoutRow, NUM_COLS, rowOf } from "../layout";
import { type ConditionalRuleSpec, OUR_RULE_MARK, type SheetPlan } from "../sheetPlan";

export const COLORS = {
  header: "#0a66c2",
  headerText: "#ffffff",
  block: "#dbe9f7",
  total: "#e8eef5",
  formula: "#f3f3f3",
  input: "#ffffff",
  current: "#fff4cc",
  currentHeader: "#f5b400",
  met: "#d9ead3",
  missed: "#f4cccc",
  gapOpen: "#fce5cd",
};

/** True when the row's target column is typed by the user. */
function hasTarget(row: LayoutRow): boolean {
  return row.kind === "metric" || row.kind === "pillar" || row.kind === "ssiTotal";
}

/** Months against their row's target (met or missed), and gaps (closed or open). */
export function conditionalRules(
  rows: LayoutRow[],
  r: (key: string) => number,
): ConditionalRuleSpec[] {
  const targetRows = rows.filter(hasTarget).map((x) => r(x.key));
  const monthsAndYear = (rowNo: number) => area(rowNo, COL.firstMonth, 1, 13);
  const gapRows = rows
    .filter((x) => x.kind === "pillarGap" || x.kind === "totalGap")
    .map((x) => r(x.key));
  return [
    conditional("met", targetRows.map(monthsAndYear), COLORS.met),
    conditional("missed", targetRows.map(monthsAndYear), COLORS.missed),
    conditional("closed", gapRows.map(monthsAndYear), COLORS.met),
    conditional("open", gapRows.map(monthsAndYear), COLORS.gapOpen),
  ];
}

/** Conditional colours: a month meets or misses its row's target; a gap is closed or open. */
function conditional(
  kind: "met" | "missed" | "closed" | "open",
  ranges: string[],
  background: string,
): ConditionalRuleSpec {
  const first = ranges[0] ?? "E1";
  const topLeft = first.split(":")[0] ?? "E1";
  const row = topLeft.replace(/[A-Z]+/, "");
  const x = topLeft;
  const target = `$${columnLetter(COL.target)}${row}`;
  const formula = {
    met: `=AND(ISNUMBER(${x}),ISNUMBER(${target}),${x}>=${target},${OUR_RULE_MARK})`,
    missed: `=AND(ISNUMBER(${x}),ISNUMBER(${target}),${x}<${target},${OUR_RULE_MARK})`,
    closed: `=AND(ISNUMBER(${x}),${x}=0,${OUR_RULE_MARK})`,
    open: `=AND(ISNUMBER(${x}),${x}>0,${OUR_RULE_MARK})`,
  }[kind];
  return { formula, background, ranges };
}

/** The sheet's shape: frozen header and labels, hidden keys, column widths, and wrapped texts. */
export function shape(
  rows: LayoutRow[],
  at: Map<string, number>,
  rowCount: number,
): Pick<
  SheetPlan,
  "frozenRows" | "frozenColumns" | "hiddenRows" | "hiddenColumns" | "columnWidths" | "wraps"
> {
  // The correlations' sentences run across the empty month cells beside them, as the title does.
  const runsAcross = new Set([
    rowOf(at, "title"),
    rowOf(at, "subtitle"),
    ...rows.filter((x) => x.kind === "corr").map((x) => rowOf(at, x.key)),
  ]);
  return {
    frozenRows: rowOf(at, "header"),
    frozenColumns: COL.label,
    // The keys, the metrics the user chose not to show and the summary: hidden, never deleted.
    hiddenRows: [
      rowOf(at, "keys"),
      ...rows.filter((x) => x.hidden || x.kind === "summary").map((x) => rowOf(at, x.key)),
    ],
    hiddenColumns: [COL.key],
    columnWidths: [
      { col: COL.label, count: 1, width: 330 },
      { col: COL.link, count: 1, width: 150 },
      { col: COL.target, count: 14, width: 100 },
    ],
    // Every text wraps in its column but the title and subtitle, which run across the empty row.
    wraps: Array.from({ length: rowCount }, (_, r) =>
      Array.from({ length: NUM_COLS }, (_, c) => c + 1 >= COL.label && !runsAcross.has(r + 1)),
    ),
  };
}
