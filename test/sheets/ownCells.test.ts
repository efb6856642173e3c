/**
 * The add-on writes only its own cells: a person's array formulas in their own rows and columns keep
 * spilling through every action, what is ours (a deleted dashboard, our names and colour rules) comes
 * back whole and is named in the answer, a person's sheet whose name is ours in another case is left
 * alone, and no automatic number format is ever written.
 */
import { describe, expect, it } from "vitest";
import { AUTOMATIC_FORMAT } from "../../dev/standin/format";
import { freshAddon, ok, rowOfKey } from "../support/addon";
import { insertColumnAfter, insertRowAfter, ownLine } from "../support/person";

type Addon = ReturnType<typeof freshAddon>;
const KPI = "KPI 2026";

/** The last toast's message. */
function lastToast(addon: Addon): string {
  return addon.standIn.ctx.ui.filter((e) => e.kind === "toast").at(-1)?.message ?? "";
}

/** The person's formulas, each with the values it spills (along its row or down its column). */
const ARRAYS = {
  row: [
    { formula: "=TRANSPOSE({1;2;3})", spills: [1, 2, 3] },
    { formula: '=SPLIT("north,south,west", ",")', spills: ["north", "south", "west"] },
    { formula: "=ARRAYFORMULA({1,2,3}*10)", spills: [10, 20, 30] },
  ],
  column: [
    { formula: "=TRANSPOSE({4,5,6})", spills: [4, 5, 6] },
    { formula: "=ARRAYFORMULA({7;8;9}*2)", spills: [14, 16, 18] },
  ],
};

/** Where a formula is on a sheet now (by its id: names follow the language), and what it spills. */
function spilled(addon: Addon, sheetId: number, formula: string, along: "row" | "column") {
  const state = addon.standIn.workbook.state.sheets.find((s) => s.id === sheetId);
  if (!state) return null;
  const at = Object.entries(state.contents).find(([, raw]) => raw === formula)?.[0];
  if (!at) return null;
  const [row, col] = at.split(",").map(Number) as [number, number];
  // As calculated, whatever format the person's line took from ours (a number, not a date).
  const wb = addon.standIn.workbook;
  return [0, 1, 2].map((k) => {
    const [r, c] = along === "row" ? [row, col + k] : [row + k, col];
    return wb.number(state, r, c) ?? wb.value(state, r, c);
  });
}

/** Types the person's array formulas in a row and a column of theirs, from a cell of each. */
function typeArrays(
  addon: Addon,
  sheet: string,
  row: number,
  rowCol: number,
  col: number,
  colRow: number,
) {
  const s = addon.standIn.sheet(sheet);
  ARRAYS.row.forEach((a, i) => {
    s.getRange(row, rowCol + 4 * i).setFormula(a.formula);
  });
  ARRAYS.column.forEach((a, i) => {
    s.getRange(colRow + 4 * i, col).setFormula(a.formula);
  });
}

function expectSpilling(addon: Addon, sheetId: number, when: string): void {
  for (const a of ARRAYS.row)
    expect(spilled(addon, sheetId, a.formula, "row"), when).toEqual(a.spills);
  for (const a of ARRAYS.column)
    expect(spilled(addon, sheetId, a.formula, "column"), when).toEqual(a.spills);
}

describe("a person's array formulas in their own rows and columns", () => {
  it("spill the same values on the dashboard, the Charts sheet and the team sheet after every action", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    ok(addon, "saveProfile", { name: "Jan Kowalski", totalTarget: 80 });
    addon.call("buildTeamSheet");
    // Dashboard: a row after Visits, a column after February.
    insertRowAfter(addon, KPI, "metric:meetings", {});
    insertColumnAfter(addon, KPI, "F", "Ideas", 4);
    const theirRow = rowOfKey(addon, KPI, "metric:meetings") + 1;
    typeArrays(addon, KPI, theirRow, 2, 7, 8);
    // Charts and team sheets: a row after the third and a column after the second.
    for (const name of ["Charts", "Team 2026"]) {
      const sheet = addon.standIn.sheet(name);
      sheet.insertRowAfter(3);
      sheet.insertColumnAfter(2);
      ownLine(addon, name, "4:4");
      ownLine(addon, name, "C:C");
      typeArrays(addon, name, 4, 4, 3, 6);
    }
    const ids = [KPI, "Charts", "Team 2026"].map((n) => addon.standIn.sheet(n).state.id);
    const check = (when: string) => {
      for (const id of ids) expectSpilling(addon, id, when);
    };
    check("typed");
    const steps: [string, () => void][] = [
      ["build", () => addon.call("buildDashboard")],
      ["charts", () => addon.call("refreshCharts")],
      ["team", () => addon.call("buildTeamSheet")],
      [
        "save",
        () =>
          ok(addon, "saveEntry", {
            language: "en",
            year: 2026,
            month: 2,
            values: { meetings: "4", profile_views: "120" },
            reading: {
              date: "2026-11-16",
              brand: "12.5",
              findPeople: "21",
              engage: "16.74",
              relationships: "16.75",
            },
          }),
      ],
      ["Spanish", () => ok(addon, "saveSettings", { language: "es" })],
      ["English", () => ok(addon, "saveSettings", { language: "en" })],
      ["new month", () => addon.call("newMonth")],
      ["new year", () => addon.call("newYear")],
      [
        "panels",
        () => {
          for (const f of ["openSidebar", "openImport", "openSettings", "showHelp"]) addon.call(f);
        },
      ],
      [
        "own metric",
        () =>
          ok(addon, "saveOwnMetric", {
            name: "Webinars",
            block: "presale",
            aggregation: "sum",
            whole: true,
          }),
      ],
    ];
    for (const [when, step] of steps) {
      step();
      check(when);
    }
  });
});

describe("what is ours comes back whole", () => {
  it("a deleted dashboard comes back with every named range and colour rule, and the answer says so", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    const before = addon.standIn.sheet(KPI);
    const names = addon.standIn.workbook.state.namedRanges
      .filter((n) => n.sheetId === before.state.id)
      .map((n) => n.name)
      .sort();
    const rules = before.state.cfRules.length;
    expect(names.length).toBeGreaterThan(0);
    expect(rules).toBeGreaterThan(0);
    addon.standIn.globals.SpreadsheetApp.getActiveSpreadsheet().deleteSheet(before);
    addon.call("buildDashboard");
    const after = addon.standIn.sheet(KPI);
    expect(
      addon.standIn.workbook.state.namedRanges
        .filter((n) => n.sheetId === after.state.id)
        .map((n) => n.name)
        .sort(),
    ).toEqual(names);
    expect(after.state.cfRules.length).toBe(rules);
    expect(lastToast(addon)).toMatch(/“KPI 2026” was missing, so it was made again/);
  });

  it("named ranges and colour rules a person removed are put back, and the answer counts them", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    const sheet = addon.standIn.sheet(KPI);
    const state = addon.standIn.workbook.state;
    const ours = state.namedRanges.filter((n) => n.sheetId === sheet.state.id);
    const removed = ours.slice(0, 2).map((n) => n.name);
    for (const name of removed) addon.standIn.workbook.removeNamedRange(name);
    const rules = sheet.state.cfRules.length;
    sheet.state.cfRules = sheet.state.cfRules.slice(1);
    addon.call("buildDashboard");
    for (const name of removed) expect(state.namedRanges.some((n) => n.name === name)).toBe(true);
    expect(sheet.state.cfRules.length).toBe(rules);
    expect(lastToast(addon)).toMatch(/\(2 named ranges, 1 colour rules\)/);
    // Nothing missing: the next rebuild says nothing of it.
    addon.call("buildDashboard");
    expect(lastToast(addon)).not.toMatch(/named ranges/);
  });
});

describe("a person's sheet named as ours in another case", () => {
  it("is left alone; ours gets a name that does not clash, and the answer says so in Spanish", () => {
    const addon = freshAddon();
    const ss = addon.standIn.globals.SpreadsheetApp.getActiveSpreadsheet();
    ss.insertSheet("kpi 2026").getRange("A1").setValue("my own notes");
    // The first build here is the one a language change makes.
    const answer = ok(addon, "saveSettings", { language: "es" });
    expect(addon.standIn.workbook.state.sheets.map((s) => s.name)).toContain("KPI 2026 (2)");
    const theirs = () => addon.standIn.range("'kpi 2026'!A1:B2").getValues();
    const asTyped = [
      ["my own notes", ""],
      ["", ""],
    ];
    expect(theirs()).toEqual(asTyped);
    expect(answer).toMatch(/Una hoja suya se llama «kpi 2026».*«KPI 2026 \(2\)»/);
    // The next rebuild finds ours under that name: no third sheet.
    const count = addon.standIn.workbook.state.sheets.length;
    addon.call("buildDashboard");
    expect(addon.standIn.workbook.state.sheets.length).toBe(count);
    expect(theirs()).toEqual(asTyped);
    expect(addon.standIn.workbook.state.sheets.filter((s) => s.name === "kpi 2026")).toHaveLength(
      1,
    );
  });
});

describe("number formats", () => {
  it("no action writes the automatic format's pattern into a cell", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    ok(addon, "saveProfile", { name: "Jan Kowalski", totalTarget: 80 });
    addon.call("buildTeamSheet");
    ok(addon, "saveSettings", { language: "de" });
    addon.call("buildDashboard");
    addon.call("newMonth");
    for (const sheet of addon.standIn.workbook.state.sheets)
      for (const [cell, style] of Object.entries(sheet.styles))
        expect(style.nf, `${sheet.name}!${cell}`).not.toBe(AUTOMATIC_FORMAT);
  });
});
