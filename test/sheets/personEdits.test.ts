/**
 * What a person adds to a dashboard survives every action: a row inserted between two of ours, a column
 * inserted between two months, with their labels, figures, notes and own formulas.
 */
import { describe, expect, it } from "vitest";
import { freshAddon, ok, rowOfKey, typeAt, valueAt } from "../support/addon";
import { insertColumnAfter, insertRowAfter, rowAfterKey, typeRow } from "../support/person";

type Addon = ReturnType<typeof freshAddon>;
const KPI = "KPI 2026";

function save(addon: Addon, month: number, values: Record<string, string>) {
  return ok(addon, "saveEntry", { language: "en", year: 2026, month, values, reading: null });
}

/** The person's campaign row, read where they put it: right after Visits (meetings). */
function campaignRow(addon: Addon, sheet = KPI) {
  const row = rowAfterKey(addon, sheet, "metric:meetings");
  const range = addon.standIn.range(`'${sheet}'!A${row}:F${row}`);
  return {
    key: range.getValues()[0]?.[0],
    label: range.getValues()[0]?.[1],
    figure: range.getValues()[0]?.[4],
    double: range.getValues()[0]?.[5],
    formula: range.getFormulas()[0]?.[5],
    note: range.getNotes()[0]?.[1],
  };
}

function withCampaignRow(): Addon {
  const addon = freshAddon();
  addon.call("buildDashboard");
  save(addon, 1, { meetings: "7" });
  typeAt(addon, KPI, "metric:meetings", "D", 5);
  const meetings = rowOfKey(addon, KPI, "metric:meetings");
  insertRowAfter(
    addon,
    KPI,
    "metric:meetings",
    { B: "Spring campaign", E: 3, F: `=E${meetings}*2` },
    { B: "Our own row: webinar sign-ups" },
  );
  return addon;
}

const CAMPAIGN = {
  key: "",
  label: "Spring campaign",
  figure: 3,
  double: 14,
  note: "Our own row: webinar sign-ups",
};

describe("a row a person inserts in a dashboard", () => {
  it("stays after the same row of ours through a rebuild, with its label, figure, note and formula", () => {
    const addon = withCampaignRow();
    addon.call("buildDashboard");
    expect(campaignRow(addon)).toMatchObject(CAMPAIGN);
    // Pre-sale's targets met still read its own metrics only: meetings, 7 against 5.
    expect(valueAt(addon, KPI, "total:presale", "E")).toBe(1);
  });

  it("stays through a save, a language change, New month, an own metric and the company KPI", () => {
    const addon = withCampaignRow();
    save(addon, 1, { meetings: "9" });
    expect(campaignRow(addon)).toMatchObject({ ...CAMPAIGN, double: 18 });
    ok(addon, "saveSettings", { language: "es" });
    expect(campaignRow(addon, "KPI 2026")).toMatchObject({ ...CAMPAIGN, double: 18 });
    ok(addon, "saveSettings", { language: "en" });
    addon.call("newMonth");
    expect(campaignRow(addon)).toMatchObject({ ...CAMPAIGN, double: 18 });
    ok(addon, "saveOwnMetric", {
      name: "Leads",
      block: "presale",
      aggregation: "sum",
      whole: true,
    });
    expect(campaignRow(addon)).toMatchObject({ ...CAMPAIGN, double: 18 });
    save(addon, 1, { own1: "5" });
    typeAt(addon, KPI, "own:own1", "D", 10);
    // The own metric counts in its block: 5 leads against 10 is one target of two missed.
    expect(valueAt(addon, KPI, "total:presale", "E")).toBe(0.5);
    ok(addon, "saveCompanyKpi", {
      language: "en",
      ssi: [{ source: "ssi", target: "85", weight: "40" }],
      strategic: [],
      business: [{ source: "meetings", target: "8", weight: "10" }],
    });
    addon.call("buildDashboard");
    expect(campaignRow(addon)).toMatchObject({ ...CAMPAIGN, double: 18 });
    addon.call("buildTeamSheet");
    expect(campaignRow(addon)).toMatchObject({ ...CAMPAIGN, double: 18 });
  });

  it("leaves the Charts and team sheets pointing at our figures, not at the person's row", () => {
    const addon = withCampaignRow();
    ok(addon, "saveEntry", {
      language: "en",
      year: 2026,
      month: 1,
      values: {},
      reading: {
        date: "2026-01-20",
        brand: "12",
        findPeople: "10",
        engage: "9",
        relationships: "11",
      },
    });
    addon.call("buildDashboard");
    addon.call("refreshCharts");
    addon.call("buildTeamSheet");
    ok(addon, "saveSettings", { language: "de" });
    ok(addon, "saveSettings", { language: "en" });
    addon.call("refreshCharts");
    addon.call("buildTeamSheet");
    // January's SSI total is 42 on the Charts table (its second month: December 2025 to November 2026)
    // and on the team sheet.
    expect(addon.standIn.range("Charts!B3").getValue()).toBe(42);
    const team = addon.standIn.sheet("Team 2026").getDataRange().getValues();
    const header = team[3] ?? [];
    const me = team[4] ?? [];
    expect(me[header.indexOf("SSI total")]).toBe(42);
  });
});

describe("the Charts sheet", () => {
  it("keeps a person's note on the table and their text beside it through a refresh and a language change", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    addon.standIn.range("Charts!B2").setNote("SSI went up after the webinar");
    addon.standIn.range("Charts!A60").setValue("Checked with my manager");
    addon.call("refreshCharts");
    ok(addon, "saveSettings", { language: "pl" });
    ok(addon, "saveSettings", { language: "en" });
    addon.call("refreshCharts");
    expect(addon.standIn.range("Charts!B2").getNote()).toBe("SSI went up after the webinar");
    expect(addon.standIn.range("Charts!A60").getValue()).toBe("Checked with my manager");
  });

  it("is typed in without the protection's warning", () => {
    const addon = withCampaignRow();
    addon.call("buildDashboard");
    const row = rowAfterKey(addon, KPI, "metric:meetings");
    const range = addon.standIn.range(`'${KPI}'!C${row}`);
    expect(addon.standIn.typeInto(`'${KPI}'!C${row}`, "x")).toMatchObject({ rejected: null });
    expect(range.getValue()).toBe("x");
  });
});

describe("a column a person inserts between two months", () => {
  it("stays beside February with its header and comments, and January's totals stay right", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    save(addon, 1, { meetings: "7", open_contacts: "2" });
    typeAt(addon, KPI, "metric:meetings", "D", 5);
    typeAt(addon, KPI, "metric:open_contacts", "D", 3);
    insertColumnAfter(addon, KPI, "F", "Comment", 4);
    typeRow(addon, KPI, rowOfKey(addon, KPI, "metric:meetings"), { G: "two were cancelled" });
    addon.call("buildDashboard");
    save(addon, 3, { meetings: "4" });
    const header = addon.standIn.range(`'${KPI}'!G4`).getValue();
    expect(header).toBe("Comment");
    expect(valueAt(addon, KPI, "metric:meetings", "G")).toBe("two were cancelled");
    expect(valueAt(addon, KPI, "metric:meetings", "H")).toBe(4);
    expect(valueAt(addon, KPI, "total:presale", "E")).toBe(0.5);
    expect(valueAt(addon, KPI, "total:presale", "H")).toBe(0);
    // The year's total moved to R and still adds January and March, not the comments.
    expect(valueAt(addon, KPI, "metric:meetings", "R")).toBe(11);
  });
});

describe("a row of ours a person deleted", () => {
  it("comes back empty at its place, and the answer names it", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    const row = rowOfKey(addon, KPI, "metric:calls_per_week");
    addon.standIn.sheet(KPI).deleteRow(row);
    addon.call("buildDashboard");
    expect(rowOfKey(addon, KPI, "metric:calls_per_week")).toBe(row);
    const toast = addon.standIn.ctx.ui.filter((e) => e.kind === "toast").at(-1);
    expect(toast?.message).toMatch(/Calls per week/);
  });
});

describe("many rows of ours deleted", () => {
  it("come back, and the answer names eight of them and counts the rest", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    const keys = addon.standIn
      .sheet(KPI)
      .getDataRange()
      .getValues()
      .map((row) => String(row[0]))
      .filter((key) => key.startsWith("metric:"))
      .slice(0, 10);
    for (const key of keys) addon.standIn.sheet(KPI).deleteRow(rowOfKey(addon, KPI, key));
    addon.call("buildDashboard");
    for (const key of keys) expect(rowOfKey(addon, KPI, key)).toBeGreaterThan(0);
    const toast = addon.standIn.ctx.ui.filter((e) => e.kind === "toast").at(-1)?.message ?? "";
    expect(toast).toMatch(
      /Rows of the dashboard that had been deleted are back, empty: ([^,]+, ){8}and 2 more\./,
    );
  });
});

describe("service calls around a person's lines", () => {
  function calls(addon: Addon, run: () => void): number {
    addon.standIn.counter.reset();
    run();
    return addon.standIn.counter.total;
  }

  it("a rebuild costs at most 40 calls, and 60 around 5 rows and 2 columns of a person's", () => {
    const plain = freshAddon();
    plain.call("buildDashboard");
    plain.call("buildDashboard");
    const without = calls(plain, () => plain.call("buildDashboard"));
    expect(without).toBeLessThanOrEqual(40);
    const many = withCampaignRow();
    // Rows in two places and columns in two: nine blocks of ours between the person's lines.
    for (let i = 0; i < 4; i++)
      insertRowAfter(many, KPI, "metric:profile_views", { B: `row ${i}`, E: i });
    insertColumnAfter(many, KPI, "F", "Comment", 4);
    insertColumnAfter(many, KPI, "K", "Why", 4);
    many.call("buildDashboard");
    const withMany = calls(many, () => many.call("buildDashboard"));
    expect(withMany).toBeLessThanOrEqual(60);
  });

  it("a rebuild writes none of the person's rows and columns", () => {
    const addon = withCampaignRow();
    insertColumnAfter(addon, KPI, "F", "Comment", 4);
    addon.call("buildDashboard");
    const grid = addon.standIn.sheet(KPI).getDataRange().getValues();
    const theirRows = grid.flatMap((row, r) => (row[0] === "" ? [r + 1] : []));
    const theirCols = (grid[0] ?? []).flatMap((key, c) => (key === "" ? [c + 1] : []));
    expect(theirRows.length).toBeGreaterThan(0);
    expect(theirCols.length).toBeGreaterThan(0);
    const writes = addon.standIn.ctx.writes.filter((w) => w.sheet === KPI);
    expect(writes.length).toBeGreaterThan(0);
    for (const w of writes) {
      const area = addon.standIn.range(`'${KPI}'!${w.a1}`);
      const inRows = (r: number) => r >= area.getRow() && r <= area.getLastRow();
      const inCols = (c: number) => c >= area.getColumn() && c <= area.getLastColumn();
      expect(theirRows.filter(inRows), w.a1).toEqual([]);
      expect(theirCols.filter(inCols), w.a1).toEqual([]);
    }
  });

  it("a save costs the same with a person's row among ours, and writes none of it", () => {
    const plain = freshAddon();
    plain.call("buildDashboard");
    const without = calls(plain, () => save(plain, 1, { meetings: "3" }));
    const addon = withCampaignRow();
    addon.call("buildDashboard");
    // The changed part of the column is reached by its own address, around the person's row.
    expect(calls(addon, () => save(addon, 1, { meetings: "3" }))).toBe(without);
    const theirs = rowAfterKey(addon, KPI, "metric:meetings");
    for (const w of addon.standIn.ctx.writes.filter((x) => x.sheet === KPI)) {
      const area = addon.standIn.range(`'${KPI}'!${w.a1}`);
      expect(theirs >= area.getRow() && theirs <= area.getLastRow(), w.a1).toBe(false);
    }
    // A row inserted after the last build is found from the keys, that once.
    insertRowAfter(addon, KPI, "metric:profile_views", { B: "later" });
    expect(calls(addon, () => save(addon, 1, { meetings: "4" }))).toBeLessThanOrEqual(without + 8);
    expect(valueAt(addon, KPI, "metric:meetings", "E")).toBe(4);
    expect(calls(addon, () => save(addon, 1, { meetings: "5" }))).toBe(without);
  });
});

const READING = {
  date: "2026-01-20",
  brand: "12",
  findPeople: "10",
  engage: "9",
  relationships: "11",
};

describe("our sheets renamed or deleted by a person", () => {
  it("a renamed dashboard takes the next save and the next rebuild under its new name, and no second one is made", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    addon.standIn.sheet(KPI).setName("My KPI 2026");
    expect(
      ok(addon, "saveEntry", {
        language: "en",
        year: 2026,
        month: 1,
        values: { meetings: "3" },
        reading: READING,
      }),
    ).toMatch(/^Saved January 2026/);
    addon.call("buildDashboard");
    addon.call("refreshCharts");
    addon.call("buildTeamSheet");
    const names = addon.standIn.workbook.sheets().map((s) => s.name);
    expect(names).toContain("My KPI 2026");
    expect(names).not.toContain(KPI);
    expect(valueAt(addon, "My KPI 2026", "metric:meetings", "E")).toBe(3);
    expect(valueAt(addon, "My KPI 2026", "ssi:total", "E")).toBe(42);
    expect(addon.standIn.range("Charts!B3").getValue()).toBe(42);
    const form = addon.callFromClient("getEntryForm", [{ year: 2026, month: 1 }]);
    expect(JSON.stringify(form.result)).toContain('"value":"3"');
  });

  it("a deleted log is made again by the next save, which says so, and the reading lands in it", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    const log = addon.standIn.sheet("SSI log");
    log.getParent().deleteSheet(log);
    const message = ok(addon, "saveEntry", {
      language: "en",
      year: 2026,
      month: 1,
      values: {},
      reading: READING,
    });
    expect(message).toMatch(/The SSI log “SSI log” was missing, so it was made again/);
    expect(addon.standIn.sheet("SSI log").getRange("B2").getValue()).toBe(12);
    expect(valueAt(addon, KPI, "ssi:total", "E")).toBe(42);
  });

  it("a deleted log is made again by the next rebuild, which says so, in the user's language", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    ok(addon, "saveSettings", { language: "de" });
    const name = addon.standIn.workbook.sheets().find((s) => s.name.startsWith("SSI-"))?.name ?? "";
    const log = addon.standIn.sheet(name);
    log.getParent().deleteSheet(log);
    addon.call("buildDashboard");
    const toast = addon.standIn.ctx.ui.filter((e) => e.kind === "toast").at(-1);
    expect(toast?.message).toMatch(/fehlte und wurde neu angelegt/);
    expect(addon.standIn.workbook.sheets().map((s) => s.name)).toContain(name);
  });
});

describe("a log a person sorted by another column", () => {
  it("still gives each month its latest reading, and the next save adds at its end and says so", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    const reading = (date: string, brand: string) => ({ ...READING, date, brand });
    for (const [date, brand] of [
      ["2026-01-10", "5"],
      ["2026-01-24", "12"],
      ["2026-02-14", "20"],
    ] as const)
      ok(addon, "saveEntry", {
        language: "en",
        year: 2026,
        month: 1,
        values: {},
        reading: reading(date, brand),
      });
    const before = ["E", "F"].map((c) => valueAt(addon, KPI, "ssi:total", c));
    expect(before).toEqual([42, 50]);
    // By total, highest first: February, late January, early January.
    const log = addon.standIn.sheet("SSI log");
    log.getRange(2, 1, 3, 11).sort({ column: 6, ascending: false });
    expect(log.getRange("B2:B4").getValues().flat()).toEqual([20, 12, 5]);
    expect(["E", "F"].map((c) => valueAt(addon, KPI, "ssi:total", c))).toEqual(before);
    const message = ok(addon, "saveEntry", {
      language: "en",
      year: 2026,
      month: 1,
      values: {},
      reading: reading("2026-01-31", "15"),
    });
    expect(message).toMatch(/not in date order .* added at its end/);
    expect(log.getRange("A5").getDisplayValue()).toBe("2026-01-31");
    expect(valueAt(addon, KPI, "ssi:total", "E")).toBe(45);
    expect(valueAt(addon, KPI, "ssi:total", "F")).toBe(50);
  });
});

describe("a value typed over one of our formulas", () => {
  it("goes into the cell's note when the formula comes back, and the toast names the cell", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    save(addon, 1, { meetings: "7" });
    typeAt(addon, KPI, "metric:meetings", "D", 5);
    const row = rowOfKey(addon, KPI, "total:presale");
    addon.standIn.range(`'${KPI}'!E${row}`).setValue(99);
    addon.call("buildDashboard");
    expect(valueAt(addon, KPI, "total:presale", "E")).toBe(1);
    expect(addon.standIn.range(`'${KPI}'!E${row}`).getNote()).toBe(
      "Typed here before the formula came back: 99",
    );
    const toast = addon.standIn.ctx.ui.filter((e) => e.kind === "toast").at(-1);
    expect(toast?.message).toContain(
      `1 cell held a value typed over the add-on's formula (E${row})`,
    );
    // Once is enough: the next rebuild has nothing to move and says nothing about it.
    addon.call("buildDashboard");
    expect(addon.standIn.ctx.ui.filter((e) => e.kind === "toast").at(-1)?.message).not.toMatch(
      /typed over/,
    );
  });
});

describe("our other sheets renamed by a person", () => {
  it("the log, the Charts and the team sheet keep their new names through saves, rebuilds and a language change", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    addon.call("buildTeamSheet");
    addon.standIn.sheet("SSI log").setName("My readings");
    addon.standIn.sheet("Charts").setName("My charts");
    addon.standIn.sheet("Team 2026").setName("Our team");
    ok(addon, "saveEntry", { language: "en", year: 2026, month: 1, values: {}, reading: READING });
    addon.call("buildDashboard");
    addon.call("refreshCharts");
    addon.call("buildTeamSheet");
    ok(addon, "saveSettings", { language: "es" });
    ok(addon, "saveSettings", { language: "en" });
    const names = addon.standIn.workbook.sheets().map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["My readings", "My charts", "Our team"]));
    for (const ours of [
      "SSI log",
      "Charts",
      "Team 2026",
      "Registro SSI",
      "Gráficos",
      "Equipo 2026",
    ])
      expect(names).not.toContain(ours);
    expect(addon.standIn.sheet("My readings").getRange("B2").getValue()).toBe(12);
    expect(valueAt(addon, KPI, "ssi:total", "E")).toBe(42);
    expect(addon.standIn.range("'My charts'!B3").getValue()).toBe(42);
  });
});
