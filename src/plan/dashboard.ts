/** The yearly KPI dashboard as a sheet plan: metrics by block, totals, the SSI section, gaps, all as formulas. */
import { METRICS, type Metric, PROFILE_LEVELS } from "../domain/catalog";
import { fill, messages } from "../domain/i18n";
import { LANGUAGES, type Language } from "../domain/language";
import { DEFAULT_PILLAR_TARGET, PILLARS, TIER_THRESHOLDS, TIERS } from "../domain/ssi";
import {
  checkLevel,
  checkNumber,
  type NumberRule,
  PILLAR_RULE,
  parseLevel,
  ruleOf,
} from "../domain/values";
import { area, cell, columnLetter, literal, quoteSheet } from "./a1";
import {
  COL,
  columnKeys,
  dashboardName,
  dashboardRows,
  type LayoutRow,
  monthColumn,
  NUM_COLS,
  rangeName,
  rowNumbers,
  rowOf,
} from "./layout";
import {
  type CellContent,
  type ConditionalRuleSpec,
  grid,
  literalText,
  OUR_RULE_MARK,
  type SheetPlan,
  type ValidationSpec,
} from "./sheetPlan";
import { type LogColumn, logColumn } from "./ssiLog";

/** A user's cell found on the sheet before a rebuild, by row key and column key. */
export interface KeptCell {
  content: CellContent;
  note: string;
}
export type KeptCells = Map<string, KeptCell>;

/** The key of a kept cell: row key and column key ("metric:profile_views|3"). */
export function keptKey(rowKey: string, colKey: string | number): string {
  return `${rowKey}|${colKey}`;
}

export interface DashboardInput {
  year: number;
  language: Language;
  profileName: string;
  totalTarget: number;
  /** The month to highlight, or null when the current month is in another year. */
  highlightMonth: number | null;
  logName: string;
  kept: KeptCells;
}

const COLORS = {
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

const MONTHS = Array.from({ length: 12 }, (_, i) => i + 1);
const FIRST = columnLetter(COL.firstMonth);
const LAST = columnLetter(monthColumn(12));

/** A block's total in one column: the sum of the metrics that count, blank while none is filled. */
export function blockTotalFormula(
  rows: LayoutRow[],
  at: Map<string, number>,
  block: string,
  col: number,
): string {
  const refs = rows
    .filter((x) => x.kind === "metric" && x.block === block && x.metric?.countsInTotal)
    .map((x) => cell(rowOf(at, x.key), col))
    .join(",");
  return `=IF(COUNT(${refs})=0,"",SUM(${refs}))`;
}

/** The log column behind an average or rank row, by comparison. */
const LOG_FIELD = {
  average: { industry: "industryAvg", network: "networkAvg" },
  rank: { industry: "industryRank", network: "networkRank" },
} as const;

/** True when a row is typed by the user in its month columns. */
export function isInputRow(row: LayoutRow): boolean {
  return row.kind === "metric" && row.metric !== undefined && row.metric.input !== "derived";
}

/** True when the row's target column is typed by the user. */
function hasTarget(row: LayoutRow): boolean {
  return row.kind === "metric" || row.kind === "pillar" || row.kind === "ssiTotal";
}

/** A metric's help note on its label: what it is and its unit. */
function helpNote(metric: Metric, language: Language): string {
  const m = messages(language);
  return `${m.metrics[metric.id].help} (${m.units[metric.unit]})`;
}

/** Our own help notes, in every language: a note holding one of them is ours to rewrite. */
function isOurHelp(note: string): boolean {
  return LANGUAGES.some((lang) => METRICS.some((metric) => helpNote(metric, lang) === note));
}

/** Builds the dashboard plan for a year, keeping every user value and note found before. */
export function dashboardPlan(input: DashboardInput): SheetPlan {
  const { year, language, kept } = input;
  const m = messages(language);
  const rows = dashboardRows();
  const at = rowNumbers(rows);
  const r = (key: string) => rowOf(at, key);
  const log = (c: LogColumn) => `${quoteSheet(input.logName)}!$${logColumn(c)}:$${logColumn(c)}`;
  const colKeys = columnKeys();
  const n = rows.length;

  const values = grid<CellContent>(n, NUM_COLS, null);
  const formats = grid(n, NUM_COLS, "");
  const backgrounds = grid(n, NUM_COLS, COLORS.formula);
  const fontColors = grid(n, NUM_COLS, "#000000");
  const weights = grid<"bold" | "normal">(n, NUM_COLS, "normal");
  const sizes = grid(n, NUM_COLS, 10);
  const notes = grid(n, NUM_COLS, "");
  const validations = grid<ValidationSpec | null>(n, NUM_COLS, null);
  const invalid: string[] = [];
  const inputAreas: string[] = [];

  const set = (row: number, col: number, value: CellContent) => {
    values[row - 1]![col - 1] = value;
  };
  const style = (
    row: number,
    from: number,
    to: number,
    bg: string,
    color = "#000000",
    bold = false,
  ) => {
    for (let c = from; c <= to; c++) {
      backgrounds[row - 1]![c - 1] = bg;
      fontColors[row - 1]![c - 1] = color;
      weights[row - 1]![c - 1] = bold ? "bold" : "normal";
    }
  };
  const formatRow = (row: number, format: string) => {
    for (let c = COL.target; c <= COL.year; c++) formats[row - 1]![c - 1] = format;
  };
  /** Puts a user cell: the kept content (checked) or the default, with its validation. */
  const userCell = (
    row: LayoutRow,
    rowNo: number,
    col: number,
    fallback: CellContent,
    rule: CellRule,
  ) => {
    const k = kept.get(keptKey(row.key, colKeys[col - 1] ?? ""));
    let content = k && k.content !== null && k.content !== "" ? k.content : fallback;
    if (content !== null && typeof content === "string" && !content.startsWith("=")) {
      content = normalizeTyped(content, rule, language) ?? content;
    }
    const broken = content !== null && !isValid(content, rule, language);
    if (broken) invalid.push(cell(rowNo, col));
    set(rowNo, col, content);
    const validation = validationOf(rule, language);
    validations[rowNo - 1]![col - 1] = broken ? { ...validation, warnOnly: true } : validation;
    backgrounds[rowNo - 1]![col - 1] = COLORS.input;
  };

  rows.forEach((row, i) => {
    const rowNo = i + 1;
    set(rowNo, COL.key, row.key);
    switch (row.kind) {
      case "keys":
        colKeys.forEach((k, c) => {
          set(rowNo, c + 1, k);
        });
        break;
      case "title":
        set(rowNo, COL.label, fill(m.dashboard.title, { year }));
        style(rowNo, 1, NUM_COLS, COLORS.input, COLORS.header, true);
        sizes[i] = sizes[i]!.map(() => 14);
        break;
      case "subtitle":
        set(
          rowNo,
          COL.label,
          // It begins with the profile name, which may begin with "=": a text, never a formula.
          literalText(
            fill(m.dashboard.subtitle, { profile: input.profileName || m.dashboard.noProfile }),
          ),
        );
        style(rowNo, 1, NUM_COLS, COLORS.input, "#555555");
        break;
      case "header":
        set(rowNo, COL.label, m.dashboard.metric);
        set(rowNo, COL.link, m.dashboard.link);
        set(rowNo, COL.target, m.dashboard.target);
        for (const month of MONTHS)
          set(rowNo, monthColumn(month), `${m.months[month - 1]} ${year}`);
        set(rowNo, COL.year, fill(m.dashboard.year, { year }));
        style(rowNo, 1, NUM_COLS, COLORS.header, COLORS.headerText, true);
        break;
      case "blockHeader":
        set(rowNo, COL.label, m.blocks[row.block!]);
        style(rowNo, 1, NUM_COLS, COLORS.block, "#000000", true);
        break;
      case "metric": {
        const metric = row.metric!;
        set(rowNo, COL.label, m.metrics[metric.id].label);
        set(
          rowNo,
          COL.link,
          `=HYPERLINK(${literal(metric.url)},${literal(m.dashboard.linkLabel)})`,
        );
        formatRow(rowNo, metricFormat(metric));
        userCell(row, rowNo, COL.target, null, {
          kind: "number",
          rule: { min: 0 },
          help: m.validation.target,
        });
        if (metric.input === "derived") {
          for (const month of MONTHS) {
            const x = columnLetter(monthColumn(month));
            set(
              rowNo,
              monthColumn(month),
              `=IF(${x}${r("ssi:total")}="","",${x}${r("ssi:total")})`,
            );
          }
        } else {
          const rule = ruleOfMetric(metric, language);
          for (const month of MONTHS) userCell(row, rowNo, monthColumn(month), null, rule);
          inputAreas.push(area(rowNo, COL.firstMonth, 1, 12));
        }
        inputAreas.push(cell(rowNo, COL.target));
        set(rowNo, COL.year, yearFormula(metric, rowNo));
        break;
      }
      case "blockTotal": {
        set(rowNo, COL.label, fill(m.dashboard.blockTotal, { block: m.blocks[row.block!] }));
        for (const col of [...MONTHS.map(monthColumn), COL.year]) {
          set(rowNo, col, blockTotalFormula(rows, at, row.block!, col));
        }
        formatRow(rowNo, "#,##0");
        style(rowNo, 1, NUM_COLS, COLORS.total, "#000000", true);
        break;
      }
      case "spacer":
        style(rowNo, 1, NUM_COLS, COLORS.input);
        break;
      case "ssiHeader":
        set(rowNo, COL.label, m.dashboard.ssiSection);
        style(rowNo, 1, NUM_COLS, COLORS.block, "#000000", true);
        break;
      default:
        ssiRow(row, rowNo);
    }
    const noteCol = row.kind === "metric" ? COL.label : null;
    colKeys.forEach((k, c) => {
      const keptNote = kept.get(keptKey(row.key, k))?.note ?? "";
      const help = noteCol === c + 1 && row.metric ? helpNote(row.metric, language) : "";
      notes[i]![c] = keptNote && !(help && isOurHelp(keptNote)) ? keptNote : help;
    });
  });

  function ssiRow(row: LayoutRow, rowNo: number): void {
    const reading = r("reading");
    const total = r("ssi:total");
    const pillarRows = PILLARS.map((p) => r(`pillar:${p}`));
    const firstPillar = pillarRows[0]!;
    const lastPillar = pillarRows[pillarRows.length - 1]!;
    const fromLog = (x: string, c: LogColumn) =>
      `INDEX(${log(c)},MATCH(${x}${reading},${log("date")},0))`;
    const each = (make: (x: string, col: number) => string) => {
      for (const col of [...MONTHS.map(monthColumn), COL.year])
        set(rowNo, col, make(columnLetter(col), col));
    };
    switch (row.kind) {
      case "readingDate":
        set(rowNo, COL.label, m.dashboard.readingDate);
        MONTHS.forEach((month) => {
          const next = month === 12 ? `DATE(${year + 1},1,1)` : `DATE(${year},${month + 1},1)`;
          const latest = `MAXIFS(${log("date")},${log("date")},">="&DATE(${year},${month},1),${log("date")},"<"&${next})`;
          set(rowNo, monthColumn(month), `=IF(${latest}=0,"",${latest})`);
        });
        set(
          rowNo,
          COL.year,
          `=IF(COUNT(${FIRST}${rowNo}:${LAST}${rowNo})=0,"",MAX(${FIRST}${rowNo}:${LAST}${rowNo}))`,
        );
        formatRow(rowNo, "yyyy-mm-dd");
        formats[rowNo - 1]![COL.target - 1] = "";
        break;
      case "pillar":
        set(rowNo, COL.label, m.pillars[row.pillar!]);
        userCell(row, rowNo, COL.target, DEFAULT_PILLAR_TARGET, {
          kind: "number",
          rule: PILLAR_RULE,
          help: m.validation.pillar,
        });
        inputAreas.push(cell(rowNo, COL.target));
        each((x) => `=IF(${x}${reading}="","",${fromLog(x, row.pillar!)})`);
        formatRow(rowNo, "0.00");
        break;
      case "ssiTotal":
        set(rowNo, COL.label, m.dashboard.ssiTotal);
        userCell(row, rowNo, COL.target, input.totalTarget, {
          kind: "number",
          rule: { min: 0, max: 100 },
          help: m.validation.total,
        });
        inputAreas.push(cell(rowNo, COL.target));
        each((x) => `=IF(${x}${reading}="","",ROUND(SUM(${x}${firstPillar}:${x}${lastPillar}),2))`);
        formatRow(rowNo, "0.00");
        style(rowNo, COL.label, COL.label, COLORS.formula, "#000000", true);
        break;
      case "pillarGap": {
        const p = r(`pillar:${row.pillar}`);
        set(rowNo, COL.label, fill(m.dashboard.gap, { pillar: m.pillars[row.pillar!] }));
        each(
          (x) => `=IF(${x}${p}="","",ROUND(MAX(0,$${columnLetter(COL.target)}$${p}-${x}${p}),2))`,
        );
        formatRow(rowNo, "0.00");
        break;
      }
      case "totalGap":
        set(rowNo, COL.label, m.dashboard.totalGap);
        each(
          (x) =>
            `=IF(${x}${total}="","",ROUND(MAX(0,$${columnLetter(COL.target)}$${total}-${x}${total}),2))`,
        );
        formatRow(rowNo, "0.00");
        style(rowNo, COL.label, COL.label, COLORS.formula, "#000000", true);
        break;
      case "average":
      case "rank": {
        // Optional log columns: blank in the log stays blank here rather than 0.
        const c = LOG_FIELD[row.kind][row.versus!];
        set(rowNo, COL.label, m.dashboard[c]);
        each((x) => `=IF(${x}${reading}="","",IF(${fromLog(x, c)}="","",${fromLog(x, c)}))`);
        formatRow(rowNo, row.kind === "rank" ? "0" : "0.00");
        break;
      }
      case "difference": {
        const avg = r(`avg:${row.versus}`);
        set(
          rowNo,
          COL.label,
          row.versus === "industry" ? m.dashboard.diffIndustry : m.dashboard.diffNetwork,
        );
        each((x) => `=IF(OR(${x}${total}="",${x}${avg}=""),"",ROUND(${x}${total}-${x}${avg},2))`);
        formatRow(rowNo, "+0.00;-0.00;0");
        break;
      }
      case "tier": {
        set(rowNo, COL.label, m.dashboard.tier);
        each((x) => `=IF(${x}${total}="","",${tierFormula(`${x}${total}`, language)})`);
        break;
      }
      case "weakest":
      case "nextAction": {
        const texts = PILLARS.map((p) =>
          literal(row.kind === "weakest" ? m.pillars[p] : m.nextActions[p]),
        );
        set(
          rowNo,
          COL.label,
          row.kind === "weakest" ? m.dashboard.weakest : m.dashboard.nextAction,
        );
        each((x) => {
          const span = `${x}${firstPillar}:${x}${lastPillar}`;
          return `=IF(${x}${total}="","",CHOOSE(MATCH(MIN(${span}),${span},0),${texts.join(",")}))`;
        });
        break;
      }
      default:
        break;
    }
  }

  // Highlight the month being worked on.
  if (input.highlightMonth !== null) {
    const col = monthColumn(input.highlightMonth);
    rows.forEach((row, i) => {
      if (row.kind === "header") {
        backgrounds[i]![col - 1] = COLORS.currentHeader;
        fontColors[i]![col - 1] = "#000000";
      } else if (isInputRow(row)) backgrounds[i]![col - 1] = COLORS.current;
    });
  }

  const targetRows = rows.filter(hasTarget).map((x) => r(x.key));
  const monthsAndYear = (rowNo: number) => area(rowNo, COL.firstMonth, 1, 13);
  const gapRows = rows
    .filter((x) => x.kind === "pillarGap" || x.kind === "totalGap")
    .map((x) => r(x.key));
  const conditionalRules: ConditionalRuleSpec[] = [
    conditional("met", targetRows.map(monthsAndYear), COLORS.met),
    conditional("missed", targetRows.map(monthsAndYear), COLORS.missed),
    conditional("closed", gapRows.map(monthsAndYear), COLORS.met),
    conditional("open", gapRows.map(monthsAndYear), COLORS.gapOpen),
  ];

  const namedRanges = rows.flatMap((row) => {
    if (row.kind === "metric")
      return [
        { name: rangeName(year, row.metric!.id), a1: area(r(row.key), COL.firstMonth, 1, 12) },
      ];
    if (row.kind === "blockHeader") {
      const first = r(row.key);
      return [
        {
          name: rangeName(year, row.block!),
          a1: area(first, COL.label, r(`total:${row.block}`) - first + 1, NUM_COLS - 1),
        },
      ];
    }
    if (row.kind === "ssiHeader") {
      return [
        {
          name: rangeName(year, "ssi_section"),
          a1: area(r(row.key), COL.label, n - r(row.key) + 1, NUM_COLS - 1),
        },
      ];
    }
    return [];
  });

  return {
    name: dashboardName(year, language),
    rows: n,
    cols: NUM_COLS,
    values,
    numberFormats: formats,
    backgrounds,
    fontColors,
    fontWeights: weights,
    fontSizes: sizes,
    // Every text wraps in its column but the title and subtitle, which run across the empty row.
    wraps: values.map((_, r) =>
      Array.from(
        { length: NUM_COLS },
        (_, c) =>
          c + 1 >= COL.label && r + 1 !== rowOf(at, "title") && r + 1 !== rowOf(at, "subtitle"),
      ),
    ),
    notes,
    validations,
    frozenRows: rowOf(at, "header"),
    frozenColumns: COL.label,
    hiddenRows: [rowOf(at, "keys")],
    hiddenColumns: [COL.key],
    columnWidths: [
      { col: COL.label, count: 1, width: 330 },
      { col: COL.link, count: 1, width: 150 },
      { col: COL.target, count: 14, width: 100 },
    ],
    conditionalRules,
    namedRanges,
    inputAreas,
    protectionDescription: m.dashboard.protection,
    invalidCells: invalid,
  };
}

type CellRule =
  | { kind: "number"; rule: NumberRule; help: string }
  | { kind: "level"; labels: string[]; help: string };

function ruleOfMetric(metric: Metric, language: Language): CellRule {
  const m = messages(language);
  if (metric.input === "level") {
    const labels = PROFILE_LEVELS.map((l) => m.levels[l]);
    return { kind: "level", labels, help: fill(m.validation.level, { levels: labels.join(", ") }) };
  }
  const kind = metric.input === "rate" ? "rate" : "count";
  return { kind: "number", rule: ruleOf(kind), help: m.validation[kind] };
}

function validationOf(rule: CellRule, _language: Language): ValidationSpec {
  if (rule.kind === "level") return { kind: "list", values: rule.labels, help: rule.help };
  if (rule.rule.max !== undefined)
    return { kind: "between", min: rule.rule.min, max: rule.rule.max, help: rule.help };
  return { kind: "atLeast", min: rule.rule.min, help: rule.help };
}

/** A kept text that is a number or level in disguise ("21,16", "experto") in today's form. */
function normalizeTyped(text: string, rule: CellRule, language: Language): CellContent | undefined {
  if (rule.kind === "level") {
    const level = parseLevel(text);
    return level ? messages(language).levels[level] : undefined;
  }
  const checked = checkNumber(text, rule.rule, language);
  return checked.ok && checked.value !== null ? checked.value : undefined;
}

function isValid(content: CellContent, rule: CellRule, language: Language): boolean {
  if (typeof content === "string" && content.startsWith("=")) return true;
  if (rule.kind === "level") return checkLevel(content, language).ok;
  return typeof content === "number" && checkNumber(content, rule.rule, language).ok;
}

function metricFormat(metric: Metric): string {
  // Levels are texts: no number format, and no plain-text "@" either (texts are written escaped).
  if (metric.input === "level") return "";
  // "0.##" would show 67 as "67." in Sheets: scores and rates keep two decimals.
  if (metric.input === "rate" || metric.input === "derived") return "0.00";
  return "#,##0";
}

/** The year column: flows sum, rates average, stocks and levels take the latest month. */
function yearFormula(metric: Metric, row: number): string {
  const months = `${FIRST}${row}:${LAST}${row}`;
  const keys = `$${FIRST}$1:$${LAST}$1`;
  switch (metric.aggregation) {
    case "sum":
      return `=IF(COUNT(${months})=0,"",SUM(${months}))`;
    case "average":
      return `=IF(COUNT(${months})=0,"",ROUND(AVERAGE(${months}),2))`;
    // INDEX with column 0 would return the whole row (a spill in Sheets) when MAXIFS finds nothing:
    // MATCH turns "nothing" into #N/A, shown blank.
    case "last":
      return `=IFERROR(INDEX(${months},1,MATCH(MAXIFS(${keys},${months},">=0"),${keys},0)),"")`;
    case "level":
      return `=IFERROR(INDEX(${months},1,MATCH(MAXIFS(${keys},${months},"<>"),${keys},0)),"")`;
  }
}

function tierFormula(ref: string, language: Language): string {
  const labels = messages(language).tiers;
  let formula = literal(labels[TIERS[0]]);
  TIER_THRESHOLDS.forEach((threshold, i) => {
    formula = `IF(${ref}>=${threshold},${literal(labels[TIERS[i + 1]!])},${formula})`;
  });
  return formula;
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
