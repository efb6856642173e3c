/**
 * Property: whatever rows, columns, values, notes and formulas a person adds to a dashboard, and whatever
 * menu actions and saves follow, in any language, every cell the person wrote is still there and every
 * total the add-on computes is right. A fresh draw each run (fast-check's seed is printed on failure).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { freshAddon } from "../support/addon";

type Addon = ReturnType<typeof freshAddon>;
const KPI = "KPI 2026";
const PRESALE = ["open_contacts", "meetings"] as const;
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
  | { kind: "formula"; metric: (typeof PRESALE)[number]; month: number };

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
);

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
  rows: { label: string; formula?: { metric: string; month: number } }[];
  columns: { header: string; month: number }[];
  figures: Map<string, number>;
}

function apply(addon: Addon, e: Edit, w: Written): void {
  const at = where(addon);
  if (e.kind === "row") {
    const label = `p${w.rows.length}`;
    at.sheet.insertRowAfter(at.row(e.after));
    at.sheet
      .getRange(at.row(e.after) + 1, 2)
      .setValue(label)
      .setNote(`note ${label}`);
    w.rows.push({ label });
  } else if (e.kind === "column") {
    const header = `c${w.columns.length}`;
    at.sheet.insertColumnAfter(at.col(e.afterMonth));
    at.sheet.getRange(4, at.col(e.afterMonth) + 1).setValue(header);
    w.columns.push({ header, month: e.afterMonth });
  } else if (e.kind === "figure") {
    at.sheet.getRange(at.row(`metric:${e.metric}`), at.col(e.month)).setValue(e.value);
    w.figures.set(`${e.metric}|${e.month}`, e.value);
  } else {
    // A formula of the person's own, in a row of theirs, pointing at one of our cells.
    const label = `f${w.rows.length}`;
    const target = `${letter(at.col(e.month))}${at.row(`metric:${e.metric}`)}`;
    at.sheet.insertRowAfter(at.row("next"));
    at.sheet.getRange(at.row("next") + 1, 2, 1, 2).setValues([[label, `=${target}*1`]]);
    w.rows.push({ label, formula: { metric: e.metric, month: e.month } });
  }
}

function run(addon: Addon, a: Action, w: Written): void {
  if (a.kind === "build") addon.call("buildDashboard");
  else if (a.kind === "charts") addon.call("refreshCharts");
  else if (a.kind === "team") addon.call("buildTeamSheet");
  else if (a.kind === "language") {
    const reply = addon.callFromClient("saveSettings", [{ language: a.language }]);
    expect(reply.result).toMatchObject({ ok: true });
  } else {
    const reply = addon.callFromClient("saveEntry", [
      {
        language: "en",
        year: 2026,
        month: a.month,
        values: { [a.metric]: String(a.value) },
        reading: null,
      },
    ]);
    expect(reply.result, JSON.stringify(reply.result)).toMatchObject({ ok: true });
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
  for (const month of [1, 2, 3]) {
    const figures = PRESALE.map((m) => w.figures.get(`${m}|${month}`)).filter(
      (v) => v !== undefined,
    );
    const total = at.grid[at.row("total:presale") - 1]?.[at.col(month) - 1];
    expect(total).toBe(figures.length === 0 ? "" : figures.reduce((a, b) => a + b, 0));
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
          const w: Written = { rows: [], columns: [], figures: new Map() };
          for (const step of steps) {
            if ("e" in step) apply(addon, step.e, w);
            else run(addon, step.a, w);
          }
          addon.call("buildDashboard");
          check(addon, w);
        },
      ),
      { numRuns: 8 },
    );
  }, 180_000);
});
