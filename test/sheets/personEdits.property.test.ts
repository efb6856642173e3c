/**
 * Property: whatever rows, columns, values, notes, formulas, array formulas, wraps, formats, rich text
 * and checkboxes a person adds to a dashboard (and deletes again, theirs or ours), whatever they type beside
 * the Charts table and on the team sheet, and whatever menu actions and saves follow, in any language,
 * no action writes a cell in a person's line, every cell the person made reads back as they left it,
 * and every total the add-on computes is right. A fresh draw each run (fast-check's seed is printed on
 * failure).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { freshAddon, typeAt } from "../support/addon";

type Addon = ReturnType<typeof freshAddon>;
const KPI = "KPI 2026";
const PRESALE = ["open_contacts", "meetings"] as const;
/** Each Pre-sale metric's target, typed before the person's edits begin. */
const TARGET = 250;
const ANCHORS = ["metric:profile_views", "metric:meetings", "total:presale", "ssi:total", "next"];

function letter(col: number): string {
  return col <= 26 ? String.fromCharCode(64 + col) : `A${String.fromCharCode(64 + col - 26)}`;
}

/** Where a key row and a month column are now on the sheet. */
function where(addon: Addon) {
  const sheet = addon.standIn.sheet(KPI);
  const grid = sheet.getDataRange().getValues();
  const row = (key: string) => grid.findIndex((r) => r[0] === key) + 1;
  const col = (month: number) => (grid[0] ?? []).indexOf(month) + 1;
  return { sheet, grid, row, col };
}

type Edit =
  | { kind: "row"; after: string }
  | { kind: "column"; afterMonth: number }
  | { kind: "figure"; metric: (typeof PRESALE)[number]; month: number; value: number }
  | { kind: "formula"; metric: (typeof PRESALE)[number]; month: number }
  | { kind: "deleteRow"; ours: boolean }
  | { kind: "deleteColumn" }
  | { kind: "free"; sheet: "charts" | "team" }
  | { kind: "teamRow" }
  | { kind: "array"; which: number }
  | { kind: "look"; which: number };

type Action =
  | { kind: "build" }
  | { kind: "charts" }
  | { kind: "team" }
  | { kind: "language"; language: "en" | "es" | "de" | "pl" }
  | { kind: "save"; metric: (typeof PRESALE)[number]; month: number; value: number };

const edit: fc.Arbitrary<Edit> = fc.oneof(
  fc.record({ kind: fc.constant("row" as const), after: fc.constantFrom(...ANCHORS) }),
  fc.record({ kind: fc.constant("column" as const), afterMonth: fc.integer({ min: 1, max: 11 }) }),
  fc.record({
    kind: fc.constant("figure" as const),
    metric: fc.constantFrom(...PRESALE),
    month: fc.integer({ min: 1, max: 3 }),
    value: fc.integer({ min: 0, max: 500 }),
  }),
  fc.record({
    kind: fc.constant("formula" as const),
    metric: fc.constantFrom(...PRESALE),
    month: fc.integer({ min: 1, max: 3 }),
  }),
  fc.record({ kind: fc.constant("deleteRow" as const), ours: fc.boolean() }),
  fc.constant({ kind: "deleteColumn" as const }),
  fc.record({ kind: fc.constant("free" as const), sheet: fc.constantFrom("charts", "team") }),
  fc.constant({ kind: "teamRow" as const }),
  fc.record({ kind: fc.constant("array" as const), which: fc.integer({ min: 0, max: 2 }) }),
  fc.record({ kind: fc.constant("look" as const), which: fc.integer({ min: 0, max: 4 }) }),
);

/** A person's array formulas, typed in a row of theirs, and what each spills along it. */
const ARRAYS = [
  { formula: "=TRANSPOSE({1;2;3})", spills: [1, 2, 3] },
  { formula: '=SPLIT("a,b,c", ",")', spills: ["a", "b", "c"] },
  { formula: "=ARRAYFORMULA({1,2,3}*7)", spills: [7, 14, 21] },
];

const action: fc.Arbitrary<Action> = fc.oneof(
  fc.constant({ kind: "build" as const }),
  fc.constant({ kind: "charts" as const }),
  fc.constant({ kind: "team" as const }),
  fc.record({
    kind: fc.constant("language" as const),
    language: fc.constantFrom("en", "es", "de", "pl"),
  }),
  fc.record({
    kind: fc.constant("save" as const),
    metric: fc.constantFrom(...PRESALE),
    month: fc.integer({ min: 1, max: 3 }),
    value: fc.integer({ min: 0, max: 500 }),
  }),
);

/** What the person wrote, by a text of theirs that finds it again: "p3" is their third row. */
interface Written {
  rows: {
    label: string;
    formula?: { metric: string; month: number };
    /** An array formula of theirs in column D of the row. */
    array?: number;
  }[];
  columns: { header: string; month: number }[];
  figures: Map<string, number>;
  /** Texts typed on other sheets of ours: sheet (its name in English) → texts. */
  elsewhere: { sheet: string; text: string; afterProfile?: string }[];
}

/** Our other sheets by the names they have in English (the check runs after a rebuild in English). */
const OTHER = { charts: "Charts", team: "Team 2026" } as const;

function otherSheet(addon: Addon, name: string) {
  return addon.standIn.workbook.sheetByName(name) ? addon.standIn.sheet(name) : null;
}

function apply(addon: Addon, e: Edit, w: Written): void {
  const at = where(addon);
  if (e.kind === "row") {
    const label = `p${w.rows.length}`;
    // After a row of ours the person deleted there is nothing to insert after.
    if (at.row(e.after) <= 0) return;
    at.sheet.insertRowAfter(at.row(e.after));
    // Sheets gives the new row our row's look and validation; the person removes the validation.
    at.sheet.getRange(at.row(e.after) + 1, 1, 1, 26).clearDataValidations();
    at.sheet
      .getRange(at.row(e.after) + 1, 2)
      .setValue(label)
      .setNote(`note ${label}`);
    w.rows.push({ label });
  } else if (e.kind === "column") {
    const header = `c${w.columns.length}`;
    at.sheet.insertColumnAfter(at.col(e.afterMonth));
    at.sheet.getRange(1, at.col(e.afterMonth) + 1, 100, 1).clearDataValidations();
    at.sheet.getRange(4, at.col(e.afterMonth) + 1).setValue(header);
    w.columns.push({ header, month: e.afterMonth });
  } else if (e.kind === "figure") {
    at.sheet.getRange(at.row(`metric:${e.metric}`), at.col(e.month)).setValue(e.value);
    w.figures.set(`${e.metric}|${e.month}`, e.value);
  } else if (e.kind === "deleteRow") {
    // Ours (it comes back empty) or the person's last one (theirs to delete).
    const theirs = w.rows.at(-1);
    const row = e.ours
      ? at.row("metric:profile_views")
      : theirs
        ? at.grid.findIndex((r) => r[1] === theirs.label) + 1
        : 0;
    if (row <= 0) return;
    at.sheet.deleteRow(row);
    if (!e.ours) w.rows.pop();
  } else if (e.kind === "deleteColumn") {
    const theirs = w.columns.pop();
    if (theirs) at.sheet.deleteColumn((at.grid[3] ?? []).indexOf(theirs.header) + 1);
  } else if (e.kind === "free" || e.kind === "teamRow") {
    const name = e.kind === "free" ? OTHER[e.sheet] : OTHER.team;
    // The check reads them in English: another language's sheet name is not looked for here.
    const sheet = otherSheet(addon, name);
    if (!sheet) return;
    const text = `${name} ${w.elsewhere.length}`;
    if (e.kind === "teamRow") {
      const profile = String(sheet.getRange(5, 1).getValue());
      sheet.insertRowAfter(5);
      sheet.getRange(6, 1).setValue(text);
      w.elsewhere.push({ sheet: name, text, afterProfile: profile });
    } else {
      // Below our table (on Charts it reaches row 53, the weekly SSI's last week).
      sheet.getRange(60 + w.elsewhere.length, 1).setValue(text);
      w.elsewhere.push({ sheet: name, text });
    }
  } else if (e.kind === "array" || e.kind === "look") {
    // In the person's last plain row: an array formula in D, or a look of their own in C.
    const mine = w.rows.filter((r) => !r.formula).at(-1);
    const r = mine ? at.grid.findIndex((line) => line[1] === mine.label) + 1 : 0;
    if (!mine || r <= 0) return;
    if (e.kind === "array") {
      at.sheet.getRange(r, 4).setFormula(ARRAYS[e.which]?.formula ?? "");
      mine.array = e.which;
    } else {
      const cell = at.sheet.getRange(r, 3);
      if (e.which === 0) cell.setWrap(false);
      else if (e.which === 1) cell.setNumberFormat("0.0%");
      else if (e.which === 2) cell.setBackground("#fde68a").setFontWeight("bold");
      else if (e.which === 3) {
        const link = addon.standIn.globals.SpreadsheetApp.newRichTextValue()
          .setText("their deck")
          .setLinkUrl(6, 10, "https://example.com/deck")
          .build();
        cell.setRichTextValue(link);
      } else {
        const box = addon.standIn.globals.SpreadsheetApp.newDataValidation()
          .requireCheckbox()
          .build();
        cell.setDataValidation(box).setValue(true);
      }
    }
  } else {
    // A formula of the person's own, in a row of theirs, pointing at one of our cells.
    const label = `f${w.rows.length}`;
    const target = `${letter(at.col(e.month))}${at.row(`metric:${e.metric}`)}`;
    at.sheet.insertRowAfter(at.row("next"));
    at.sheet.getRange(at.row("next") + 1, 1, 1, 26).clearDataValidations();
    at.sheet.getRange(at.row("next") + 1, 2, 1, 2).setValues([[label, `=${target}*1`]]);
    w.rows.push({ label, formula: { metric: e.metric, month: e.month } });
  }
}

/** A person's lines on one of our sheets now: those without our key (column A and row 1 on a dashboard, the hidden keys elsewhere). */
function theirLines(addon: Addon, name: string): { rows: number[]; cols: number[] } | null {
  const sheet = otherSheet(addon, name);
  if (!sheet) return null;
  const grid = sheet.getDataRange().getValues();
  const empty = (v: unknown) => v === "" || v === null || v === undefined;
  if (name === KPI) {
    const last = grid.length - [...grid].reverse().findIndex((row) => !empty(row[0])) - 1;
    return {
      rows: grid.flatMap((row, r) => (r < last && empty(row[0]) ? [r + 1] : [])),
      cols: (grid[0] ?? []).flatMap((key, c) => (empty(key) ? [c + 1] : [])),
    };
  }
  for (let r = grid.length - 1; r >= 0; r--) {
    const c = (grid[r] ?? []).findIndex((v) => typeof v === "string" && v.startsWith("keys:"));
    if (c < 0) continue;
    return {
      rows: grid.flatMap((row, i) => (i < r && empty(row[c]) ? [i + 1] : [])),
      cols: (grid[r] ?? []).flatMap((key, j) => (j < c && empty(key) ? [j + 1] : [])),
    };
  }
  return null;
}

/** The write log of the last action touches no line of a person's on our sheets. */
function noWriteOnTheirs(addon: Addon): void {
  for (const name of [KPI, OTHER.charts, OTHER.team]) {
    const theirs = theirLines(addon, name);
    if (!theirs) continue;
    for (const w of addon.standIn.ctx.writes.filter((x) => x.sheet === name)) {
      const area = addon.standIn.range(`'${name}'!${w.a1}`);
      const rows = theirs.rows.filter((r) => r >= area.getRow() && r <= area.getLastRow());
      const cols = theirs.cols.filter((c) => c >= area.getColumn() && c <= area.getLastColumn());
      expect(rows, `${w.what} ${name}!${w.a1} wrote a person's row`).toEqual([]);
      expect(cols, `${w.what} ${name}!${w.a1} wrote a person's column`).toEqual([]);
    }
  }
}

/**
 * Every cell in a person's rows and columns of the dashboard, by what finds it again (our key or their
 * label in column B, our key or their header in row 4): content as typed, format, wrap, note and
 * validation. A formula's text is left out: Sheets itself rewrites its references when lines move.
 */
function theirCells(addon: Addon): Map<string, string> {
  const out = new Map<string, string>();
  const theirs = theirLines(addon, KPI);
  if (!theirs) return out;
  const { sheet, grid } = where(addon);
  const state = sheet.state;
  const wb = addon.standIn.workbook;
  const rowId = (r: number) =>
    theirs.rows.includes(r) ? `p:${grid[r - 1]?.[1]}` : `o:${grid[r - 1]?.[0]}`;
  const colId = (c: number) =>
    theirs.cols.includes(c) ? `p:${grid[3]?.[c - 1]}` : `o:${grid[0]?.[c - 1]}`;
  const cells = [
    ...theirs.rows.flatMap((r) => (grid[0] ?? []).map((_, c) => [r, c + 1] as const)),
    ...theirs.cols.flatMap((c) => grid.map((_, r) => [r + 1, c] as const)),
  ];
  for (const [r, c] of cells) {
    const raw = wb.raw(state, r, c);
    const { nf, wrap, note, validation, bg, bold } = wb.style(state, r, c);
    const content = typeof raw === "string" && raw.startsWith("=") ? "formula" : raw;
    out.set(
      `${rowId(r)}|${colId(c)}`,
      JSON.stringify([content, nf, wrap, note, validation, bg, bold]),
    );
  }
  return out;
}

function run(addon: Addon, a: Action, w: Written): void {
  if (a.kind === "build") addon.call("buildDashboard");
  else if (a.kind === "charts") addon.call("refreshCharts");
  else if (a.kind === "team") addon.call("buildTeamSheet");
  else if (a.kind === "language") {
    const reply = addon.callFromClient("saveSettings", [{ language: a.language }]);
    expect(reply.result).toMatchObject({ ok: true });
  } else {
    const entry = {
      language: "en",
      year: 2026,
      month: a.month,
      values: { [a.metric]: String(a.value) },
      reading: null,
    };
    let reply = addon.callFromClient("saveEntry", [entry]);
    // A row of ours the person deleted: the answer says to rebuild first, and the person does.
    if (reply.error?.includes("Run Build or refresh dashboard to repair it")) {
      addon.call("buildDashboard");
      reply = addon.callFromClient("saveEntry", [entry]);
    }
    expect(reply.result, JSON.stringify(reply)).toMatchObject({ ok: true });
    w.figures.set(`${a.metric}|${a.month}`, a.value);
  }
}

function check(addon: Addon, w: Written): void {
  const at = where(addon);
  const labels = at.grid.map((r) => r[1]);
  for (const row of w.rows) {
    const r = labels.indexOf(row.label);
    expect(r, `${row.label} is gone`).toBeGreaterThan(0);
    expect(at.grid[r]?.[0]).toBe("");
    if (row.formula) {
      const value = w.figures.get(`${row.formula.metric}|${row.formula.month}`) ?? 0;
      expect(at.grid[r]?.[2], `${row.label} points elsewhere`).toBe(value);
    } else expect(at.sheet.getRange(r + 1, 2).getNote()).toBe(`note ${row.label}`);
    if (row.array !== undefined) {
      const { sheet } = at;
      const spilt = [4, 5, 6].map((c) => {
        const n = addon.standIn.workbook.number(sheet.state, r + 1, c);
        return n ?? addon.standIn.workbook.value(sheet.state, r + 1, c);
      });
      expect(spilt, `${row.label}'s array`).toEqual(ARRAYS[row.array]?.spills);
    }
  }
  for (const column of w.columns) {
    const c = (at.grid[3] ?? []).indexOf(column.header);
    expect(c, `${column.header} is gone`).toBeGreaterThan(0);
    expect(at.grid[0]?.[c]).toBe("");
  }
  for (const [key, value] of w.figures) {
    const [metric, month] = key.split("|");
    expect(at.grid[at.row(`metric:${metric}`) - 1]?.[at.col(Number(month)) - 1]).toBe(value);
  }
  // A row of ours the person deleted is back.
  expect(at.row("metric:profile_views")).toBeGreaterThan(0);
  for (const typed of w.elsewhere) {
    const sheet = otherSheet(addon, typed.sheet);
    const column = (sheet?.getDataRange().getValues() ?? []).map((r) => r[0]);
    const r = column.indexOf(typed.text);
    expect(r, `${typed.text} is gone`).toBeGreaterThanOrEqual(0);
    // A row on the team sheet stays after the profile's, before the team's average.
    if (typed.afterProfile) {
      expect(column.indexOf(typed.afterProfile)).toBeLessThan(r);
      expect(column.indexOf("Team average")).toBeGreaterThan(r);
    }
  }
  for (const month of [1, 2, 3]) {
    const figures = PRESALE.map((m) => w.figures.get(`${m}|${month}`)).filter(
      (v) => v !== undefined,
    );
    const share = at.grid[at.row("total:presale") - 1]?.[at.col(month) - 1];
    const met = figures.filter((v) => v >= TARGET).length;
    expect(share).toBe(figures.length === 0 ? "" : met / figures.length);
  }
}

describe("a person's edits and the add-on's actions, in any order", () => {
  it("keep every cell the person wrote and every total right (property)", () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.oneof(
            edit.map((e) => ({ e })),
            action.map((a) => ({ a })),
          ),
          {
            minLength: 3,
            maxLength: 8,
          },
        ),
        (steps) => {
          const addon = freshAddon();
          addon.call("buildDashboard");
          for (const metric of PRESALE) typeAt(addon, "KPI 2026", `metric:${metric}`, "D", TARGET);
          const w: Written = { rows: [], columns: [], figures: new Map(), elsewhere: [] };
          for (const step of steps) {
            if ("e" in step) {
              apply(addon, step.e, w);
              continue;
            }
            const before = theirCells(addon);
            run(addon, step.a, w);
            noWriteOnTheirs(addon);
            const after = theirCells(addon);
            for (const [id, cell] of before)
              if (after.has(id)) expect(after.get(id), `${id} after ${step.a.kind}`).toBe(cell);
          }
          // The check reads the sheets' English names and labels.
          run(addon, { kind: "language", language: "en" }, w);
          addon.call("buildDashboard");
          check(addon, w);
        },
      ),
      { numRuns: 25 },
    );
  }, 180_000);
});
