/** Rebuilding, New month and New year keep every value the user typed, and cost the same whatever the data. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { METRICS } from "../../src/domain/catalog";
import { freshAddon, logReading, MONTH, rowOfKey, typeAt, valueAt } from "../support/addon";

const KPI = "KPI 2026";
const INPUTS = METRICS.filter((m) => m.input === "count" || m.input === "rate");
const COLUMNS = ["D", "E", "F", "G", "H", "I", "J", "K", "L", "M", "N", "O", "P"];

function userCells(addon: ReturnType<typeof freshAddon>, sheet = KPI) {
  const s = addon.standIn.sheet(sheet);
  const values = s.getRange("A1:Q60").getValues();
  const notes = s.getRange("A1:Q60").getNotes();
  const out: Record<string, unknown> = {};
  values.forEach((row, r) => {
    const key = String(row[0]);
    if (!key.startsWith("metric:")) return;
    row.forEach((v, c) => {
      if (c >= 3 && c <= 15 && v !== "") out[`${key}|${c}`] = v;
      if (c >= 3 && notes[r]?.[c]) out[`${key}|${c}|note`] = notes[r]?.[c];
    });
  });
  return out;
}

describe("Build again", () => {
  it("keeps every typed value, target and note in its metric and month (property)", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    const cell = fc.record({
      metric: fc.integer({ min: 0, max: INPUTS.length - 1 }),
      col: fc.integer({ min: 0, max: COLUMNS.length - 1 }),
      // The edges too: 0, the largest count we accept, and a month left empty.
      value: fc.oneof(fc.constantFrom(0, 1_000_000_000, ""), fc.integer({ min: 0, max: 100_000 })),
      note: fc.option(fc.string({ minLength: 1, maxLength: 20 }), { nil: undefined }),
    });
    const inputRows = INPUTS.map((m) => rowOfKey(addon, KPI, `metric:${m.id}`));
    fc.assert(
      fc.property(fc.array(cell, { minLength: 1, maxLength: 12 }), (cells) => {
        // Each run starts from an empty dashboard, so a failure shrinks to its own cells.
        for (const row of inputRows) {
          const range = addon.standIn.range(`'${KPI}'!D${row}:P${row}`);
          range.setValues([Array(13).fill("")]);
          range.setNotes([Array(13).fill("")]);
        }
        for (const c of cells) {
          const row = rowOfKey(addon, KPI, `metric:${INPUTS[c.metric]?.id}`);
          const range = addon.standIn.range(`'${KPI}'!${COLUMNS[c.col]}${row}`);
          range.setValue(c.value);
          if (c.note) range.setNote(c.note);
        }
        const before = userCells(addon);
        addon.call("buildDashboard");
        expect(userCells(addon)).toEqual(before);
      }),
      { numRuns: 15 },
    );
  });

  it("re-maps values by metric id when rows have moved (an older layout)", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    typeAt(addon, KPI, "metric:meetings", MONTH.jan, 7);
    typeAt(addon, KPI, "metric:profile_views", MONTH.feb, 120);
    const sheet = addon.standIn.sheet(KPI);
    const views = rowOfKey(addon, KPI, "metric:profile_views");
    const meetings = rowOfKey(addon, KPI, "metric:meetings");
    const a = sheet.getRange(`A${views}:Q${views}`);
    const b = sheet.getRange(`A${meetings}:Q${meetings}`);
    const [va, vb] = [a.getValues(), b.getValues()];
    a.setValues(vb);
    b.setValues(va);
    addon.call("buildDashboard");
    expect(valueAt(addon, KPI, "metric:meetings", MONTH.jan)).toBe(7);
    expect(valueAt(addon, KPI, "metric:profile_views", MONTH.feb)).toBe(120);
  });

  it("keeps a formula the user typed in an input cell", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    const row = rowOfKey(addon, KPI, "metric:calls_per_week");
    addon.standIn.range(`'${KPI}'!E${row}`).setValue("=3+4");
    addon.call("buildDashboard");
    expect(addon.standIn.range(`'${KPI}'!E${row}`).getFormula()).toBe("=3+4");
  });

  it("refuses to overwrite a sheet of the same name that the add-on did not make", () => {
    const addon = freshAddon();
    addon.standIn.globals.SpreadsheetApp.getActiveSpreadsheet()
      .insertSheet(KPI)
      .getRange("A1")
      .setValue("my own data");
    expect(() => addon.call("buildDashboard")).toThrow(
      "A sheet named “KPI 2026” already exists and was not made by the add-on",
    );
    expect(addon.standIn.range(`'${KPI}'!A1`).getValue()).toBe("my own data");
  });
});

describe("service calls", () => {
  function buildCalls(fill: (addon: ReturnType<typeof freshAddon>) => void): number {
    const addon = freshAddon();
    addon.call("buildDashboard");
    fill(addon);
    addon.standIn.counter.reset();
    addon.call("buildDashboard");
    return addon.standIn.counter.total;
  }

  it("a rebuild costs the same with no data, a month or a full year and 100 readings, and at most 40", () => {
    const empty = buildCalls(() => {});
    const month = buildCalls((a) => typeAt(a, KPI, "metric:profile_views", MONTH.jan, 10));
    const year = buildCalls((a) => {
      for (const m of INPUTS)
        for (const col of COLUMNS)
          a.standIn.range(`'${KPI}'!${col}${rowOfKey(a, KPI, `metric:${m.id}`)}`).setValue(5);
      for (let i = 0; i < 100; i++)
        logReading(
          a,
          `2026-${String((i % 12) + 1).padStart(2, "0")}-0${(i % 9) + 1}`,
          [20, 20, 15, 15],
        );
    });
    expect(month).toBe(empty);
    expect(year).toBe(empty);
    expect(empty).toBeLessThanOrEqual(40);
  });

  it("building a year's dashboard costs the same next to 1, 3 or 10 years of earlier dashboards", () => {
    const callsForNextYear = (years: number) => {
      const addon = freshAddon();
      const props = addon.standIn.workbook.state.properties.document;
      const buildYear = (year: number) => {
        props.settings = JSON.stringify({ language: "en", current: { year, month: 6 } });
        addon.call("buildDashboard");
      };
      for (let y = 0; y < years; y++) buildYear(2020 + y);
      addon.standIn.counter.reset();
      buildYear(2020 + years);
      expect(addon.standIn.workbook.sheets().filter((s) => s.name.startsWith("KPI ")).length).toBe(
        years + 1,
      );
      return addon.standIn.counter.total;
    };
    const one = callsForNextYear(1);
    expect(callsForNextYear(3)).toBe(one);
    expect(callsForNextYear(10)).toBe(one);
  });
});

describe("New month", () => {
  it("moves the highlight on and carries stocks forward into blank cells only", () => {
    const addon = freshAddon({ today: new Date(Date.UTC(2026, 9, 5)) });
    addon.call("buildDashboard");
    typeAt(addon, KPI, "metric:first_degree", MONTH.oct, 700);
    typeAt(addon, KPI, "metric:total_reach", MONTH.oct, 30000);
    typeAt(addon, KPI, "metric:total_reach", MONTH.nov, 31000);
    typeAt(addon, KPI, "metric:profile_views", MONTH.oct, 90);
    addon.setToday(new Date(Date.UTC(2026, 10, 2)));
    addon.call("newMonth");
    expect(addon.standIn.range(`'${KPI}'!O4`).getBackground()).toBe("#f5b400");
    expect(valueAt(addon, KPI, "metric:first_degree", MONTH.nov)).toBe(700);
    expect(valueAt(addon, KPI, "metric:total_reach", MONTH.nov)).toBe(31000);
    expect(valueAt(addon, KPI, "metric:profile_views", MONTH.nov)).toBe("");
    const toasts = addon.standIn.ctx.ui.filter((e) => e.kind === "toast");
    expect(toasts.at(-1)?.message).toBe("November 2026 is now the current month.");
  });

  it("is idempotent: a second run in the same month changes nothing", () => {
    const addon = freshAddon({ today: new Date(Date.UTC(2026, 9, 5)) });
    addon.call("buildDashboard");
    addon.setToday(new Date(Date.UTC(2026, 10, 2)));
    addon.call("newMonth");
    const before = JSON.stringify(addon.standIn.workbook.state.sheets);
    addon.call("newMonth");
    expect(JSON.stringify(addon.standIn.workbook.state.sheets)).toBe(before);
    expect(addon.standIn.ctx.ui.filter((e) => e.kind === "toast").at(-1)?.message).toBe(
      "November 2026 is already the current month.",
    );
  });

  it("does not copy stocks when the user says no", () => {
    const addon = freshAddon({ today: new Date(Date.UTC(2026, 9, 5)) });
    addon.call("buildDashboard");
    typeAt(addon, KPI, "metric:first_degree", MONTH.oct, 700);
    addon.setToday(new Date(Date.UTC(2026, 10, 2)));
    addon.standIn.ctx.alertResponses.push("NO");
    addon.call("newMonth");
    expect(valueAt(addon, KPI, "metric:first_degree", MONTH.nov)).toBe("");
  });

  it("on January starts the new year's sheet with the targets, leaving the old year untouched", () => {
    const addon = freshAddon({ today: new Date(Date.UTC(2026, 11, 1)) });
    addon.call("buildDashboard");
    typeAt(addon, KPI, "metric:profile_views", MONTH.target, 150);
    typeAt(addon, KPI, "ssi:total", MONTH.target, 85);
    typeAt(addon, KPI, "metric:first_degree", MONTH.dec, 900);
    const oldYear = JSON.stringify(addon.standIn.sheet(KPI).state.contents);
    addon.setToday(new Date(Date.UTC(2027, 0, 3)));
    addon.call("newMonth");
    expect(JSON.stringify(addon.standIn.sheet(KPI).state.contents)).toBe(oldYear);
    expect(valueAt(addon, "KPI 2027", "metric:profile_views", MONTH.target)).toBe(150);
    expect(valueAt(addon, "KPI 2027", "ssi:total", MONTH.target)).toBe(85);
    expect(valueAt(addon, "KPI 2027", "metric:first_degree", MONTH.jan)).toBe(900);
    expect(addon.standIn.range("'KPI 2027'!E4").getBackground()).toBe("#f5b400");
  });
});

describe("New year", () => {
  it("creates next year's sheet with the targets, and running it twice changes nothing more", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    typeAt(addon, KPI, "metric:meetings", MONTH.target, 8);
    typeAt(addon, KPI, "metric:meetings", MONTH.jan, 3);
    addon.call("newYear");
    expect(valueAt(addon, "KPI 2027", "metric:meetings", MONTH.target)).toBe(8);
    expect(valueAt(addon, "KPI 2027", "metric:meetings", MONTH.jan)).toBe("");
    expect(valueAt(addon, KPI, "metric:meetings", MONTH.jan)).toBe(3);
    const once = JSON.stringify(addon.standIn.workbook.state.sheets.map((s) => s.contents));
    addon.call("newYear");
    expect(JSON.stringify(addon.standIn.workbook.state.sheets.map((s) => s.contents))).toBe(once);
    expect(
      addon.standIn.workbook
        .sheets()
        .filter((s) => s.name.startsWith("KPI"))
        .map((s) => s.name)
        .sort(),
    ).toEqual(["KPI 2026", "KPI 2027"]);
  });
});
