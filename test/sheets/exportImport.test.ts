/** Filling months from LinkedIn's export, through the built bundle's sidebar endpoints on the stand-in. */
import { describe, expect, it } from "vitest";
import type { ExportSummary } from "../../src/domain/exportSummary";
import { readExport } from "../../src/export/read";
import { columnLetter } from "../../src/plan/a1";
import type { ImportPreview } from "../../src/plan/import/preview";
import { monthColumn } from "../../src/plan/layout";
import { freshAddon, rowOfKey, typeAt, valueAt } from "../support/addon";
import { exportZip, TARGETS, ZIP_NAME } from "../support/exportFiles";

const KPI = "KPI 2026";
const col = (month: number) => columnLetter(monthColumn(month));
const APR = col(4);
const MAY = col(5);
const JUN = col(6);

function summaryOf(targets = TARGETS, zip = exportZip()): ExportSummary {
  const read = readExport([{ name: ZIP_NAME, bytes: zip }], targets, "en");
  if (!read.ok) throw new Error(read.message);
  // What crosses from the browser is JSON.
  return JSON.parse(JSON.stringify(read.summary)) as ExportSummary;
}

function setUp(locale?: string) {
  const addon = freshAddon(locale ? { locale } : {});
  addon.call("buildDashboard");
  const saved = addon.callFromClient("saveSettings", [{ targetCompanies: TARGETS.join("\n") }]);
  expect(saved.error).toBeUndefined();
  return addon;
}

function preview(addon: ReturnType<typeof freshAddon>, summary: ExportSummary): ImportPreview {
  const answer = addon.callFromClient("previewImport", [summary]);
  expect(answer.error).toBeUndefined();
  return answer.result as ImportPreview;
}

function apply(
  addon: ReturnType<typeof freshAddon>,
  summary: ExportSummary,
  options: { overwrite?: boolean; build?: number[] } = {},
): string {
  const answer = addon.callFromClient("applyImport", [
    { summary, overwrite: options.overwrite ?? false, build: options.build ?? [] },
  ]);
  expect(answer.error).toBeUndefined();
  const result = answer.result as { ok: boolean; message: string };
  expect(result.ok).toBe(true);
  return result.message;
}

describe("importing LinkedIn's export into this year's dashboard", () => {
  it("previews every empty cell it fills, month by month, before writing anything", () => {
    const addon = setUp();
    const before = JSON.stringify(addon.standIn.workbook.state.sheets);
    const p = preview(addon, summaryOf());
    expect(JSON.stringify(addon.standIn.workbook.state.sheets)).toBe(before);
    expect(p.exportDay).toBe("2026-06-27");
    expect(p.rows.every((r) => r.state === "fill" && !r.build)).toBe(true);
    const june = p.rows.filter((r) => r.monthLabel === "Jun 2026");
    expect(june.map((r) => [r.metricLabel, r.current, r.imported])).toEqual([
      ["1st-degree connections", "", "6"],
      ["Network growth", "", "2"],
      ["Connection requests sent to target contacts", "", "1"],
      ["1st-degree connections at target companies", "", "3"],
      ["Target companies followed", "", "2"],
      ["Connection requests received", "", "1"],
      ["Timeline updates per week", "", "0.47"],
    ]);
    expect(p.buildable).toEqual([]);
    expect(p.tooOld).toEqual([]);
  });

  it("fills the months, notes what the export cannot know, and logs each cell", () => {
    const addon = setUp();
    const message = apply(addon, summaryOf());
    expect(message).toBe(
      "22 figures written. “Import log” lists each with the value it replaced. “Network” shows your network as of 2026-06-27.",
    );
    // Figures worked out by hand in test/export/read.test.ts.
    expect(valueAt(addon, KPI, "metric:first_degree", APR)).toBe(2);
    expect(valueAt(addon, KPI, "metric:first_degree", MAY)).toBe(4);
    expect(valueAt(addon, KPI, "metric:first_degree", JUN)).toBe(6);
    expect(valueAt(addon, KPI, "metric:network_growth", JUN)).toBe(2);
    expect(valueAt(addon, KPI, "metric:first_degree_target_companies", JUN)).toBe(3);
    expect(valueAt(addon, KPI, "metric:requests_sent_target", MAY)).toBe(1);
    expect(valueAt(addon, KPI, "metric:requests_received", JUN)).toBe(1);
    expect(valueAt(addon, KPI, "metric:requests_received", APR)).toBe("");
    expect(valueAt(addon, KPI, "metric:updates_per_week", APR)).toBe(0.23);
    expect(valueAt(addon, KPI, "metric:target_companies_followed", col(3))).toBe(1);
    // The block's share of targets met is the sheet's own formula: it moves with the imported figures.
    typeAt(addon, KPI, "metric:requests_received", "D", 1);
    expect(valueAt(addon, KPI, "total:interaction", JUN)).toBe(1);
    const note = addon.standIn
      .range(`'${KPI}'!${JUN}${rowOfKey(addon, KPI, "metric:first_degree")}`)
      .getNote();
    expect(note).toContain("Connections removed since are not in the export");

    const log = addon.standIn.sheet("Import log").getDataRange().getValues();
    expect(log[0]).toEqual([
      "Imported on",
      "Export of",
      "Sheet",
      "Cell",
      "Figure",
      "Previous value",
      "New value",
      "Files read",
    ]);
    expect(log).toHaveLength(2 + 22);
    expect(String(log[1]?.[7])).toContain("Connections.csv: 6 rows, 2026-04-02 – 2026-06-12");
    const june = log.find((r) => r[3] === `${JUN}${rowOfKey(addon, KPI, "metric:first_degree")}`);
    expect(june?.slice(2)).toEqual([
      KPI,
      june?.[3],
      "1st-degree connections · Jun 2026",
      "",
      6,
      "",
    ]);
  });

  it("writes no one's name into the spreadsheet", () => {
    const addon = setUp();
    apply(addon, summaryOf());
    const everything = JSON.stringify(addon.standIn.workbook.state);
    for (const name of ["García", "Kowalski", "Schmidt", "Pia Lang", "ana-garcia", "secret"])
      expect(everything).not.toContain(name);
  });

  it("writes the Network sheet: months, seniority, target companies with white spots, top companies", () => {
    const addon = setUp();
    apply(addon, summaryOf());
    const network = addon.standIn.sheet("Network");
    const values = network.getDataRange().getValues();
    expect(values[0]?.[0]).toBe("LinkedIn network: data export of 2026-06-27");
    expect(values[3]?.slice(0, 5)).toEqual([
      "Month",
      "Connections made",
      "Connections (total)",
      "At target companies",
      "Decision makers",
    ]);
    expect(values.slice(4, 7).map((r) => r.slice(0, 5))).toEqual([
      ["Apr 2026", 2, 2, 1, 0],
      ["May 2026", 2, 4, 2, 1],
      ["Jun 2026", 2, 6, 3, 2],
    ]);
    const side = values.map((r) => r.slice(6, 11));
    expect(side).toContainEqual(["Kestrel AG", 0, 0, "", "White spot"]);
    expect(side).toContainEqual(["Vantora", 1, 1, "2026-06-12", ""]);
    expect(side).toContainEqual(["Directors and heads", 1, 0.2, "", ""]);
    // A company named like a formula lands as its text, never as a formula.
    expect(side).toContainEqual(['=HYPERLINK("x")', 1, "", "", ""]);
    expect(network.getCharts()).toHaveLength(1);
  });

  it("writes company names starting with =, +, - or @ as text, never as formulas", () => {
    const addon = setUp();
    const summary = summaryOf();
    const names = ["=1+2", "+49 Media", "-Minus Labs", "@home GmbH"];
    summary.network = {
      ...(summary.network as NonNullable<ExportSummary["network"]>),
      top: names.map((name) => ({ name, connections: 1 })),
    };
    apply(addon, summary);
    const values = addon.standIn.sheet("Network").getDataRange().getValues();
    for (const name of names) expect(values.some((row) => row[6] === name)).toBe(true);
    const display = JSON.stringify(
      addon.standIn.sheet("Network").getDataRange().getDisplayValues(),
    );
    expect(display).not.toContain("#ERROR");
  });

  it("a second import of the same export changes nothing", () => {
    const addon = setUp();
    const summary = summaryOf();
    apply(addon, summary);
    const before = JSON.stringify(addon.standIn.workbook.state);
    expect(preview(addon, summary).rows).toEqual([]);
    expect(preview(addon, summary).same).toBe(22);
    addon.standIn.counter.reset();
    expect(apply(addon, summary)).toBe("Nothing to write: the sheet already holds these figures.");
    expect(JSON.stringify(addon.standIn.workbook.state)).toBe(before);
  });

  it("keeps figures the user typed unless asked to replace them, and logs what it replaced", () => {
    const addon = setUp();
    typeAt(addon, KPI, "metric:first_degree", JUN, 650);
    const summary = summaryOf();
    const differs = preview(addon, summary).rows.filter((r) => r.state === "differs");
    expect(differs.map((r) => [r.metric, r.monthLabel, r.current, r.imported])).toEqual([
      ["first_degree", "Jun 2026", "650", "6"],
    ]);
    apply(addon, summary);
    expect(valueAt(addon, KPI, "metric:first_degree", JUN)).toBe(650);
    expect(apply(addon, summary, { overwrite: true })).toMatch(/^1 figure written\./);
    expect(valueAt(addon, KPI, "metric:first_degree", JUN)).toBe(6);
    const log = addon.standIn.sheet("Import log").getDataRange().getValues();
    expect(log.at(-1)?.slice(5, 7)).toEqual([650, 6]);
  });

  it("keeps one Import log: a person's name for it stays, and ours follows the language, header too", () => {
    const addon = setUp();
    const summary = summaryOf();
    apply(addon, summary);
    addon.standIn.sheet("Import log").setName("Our imports");
    typeAt(addon, KPI, "metric:first_degree", JUN, 650);
    expect(apply(addon, summary, { overwrite: true })).toContain("“Our imports”");
    const names = () => addon.standIn.workbook.sheets().map((s) => s.name);
    expect(names()).not.toContain("Import log");
    const ours = addon.standIn.sheet("Our imports").getDataRange().getValues();
    expect(ours.at(-1)?.slice(5, 7)).toEqual([650, 6]);

    addon.standIn.sheet("Our imports").setName("Import log");
    expect(addon.callFromClient("saveSettings", [{ language: "es" }]).error).toBeUndefined();
    typeAt(addon, KPI, "metric:first_degree", JUN, 651);
    apply(addon, summary, { overwrite: true });
    expect(names()).toContain("Registro de importación");
    expect(names()).not.toContain("Import log");
    const log = addon.standIn.sheet("Registro de importación").getDataRange().getValues();
    expect(log.length).toBeGreaterThan(ours.length);
    expect(log[0]?.[0]).toBe("Importado el");
    expect(log.at(-1)?.slice(5, 7)).toEqual([651, 6]);
  });

  it("offers to build earlier years with figures, at most five years back, and fills them when asked", () => {
    const addon = setUp();
    const summary = summaryOf();
    summary.months["2025-12"] = { network_growth: 3, first_degree: 40 };
    summary.months["2019-05"] = { network_growth: 1 };
    const p = preview(addon, summary);
    expect(p.buildable).toEqual([2025]);
    expect(p.tooOld).toEqual([2019]);
    expect(p.oldestOffered).toBe(2021);
    expect(p.rows.filter((r) => r.build).map((r) => [r.monthLabel, r.metric])).toEqual([
      ["Dec 2025", "first_degree"],
      ["Dec 2025", "network_growth"],
    ]);
    apply(addon, summary);
    expect(addon.standIn.workbook.state.sheets.some((s) => s.name === "KPI 2025")).toBe(false);
    expect(apply(addon, summary, { build: [2025] })).toMatch(/^2 figures written\./);
    expect(valueAt(addon, "KPI 2025", "metric:first_degree", col(12))).toBe(40);
    const refused = addon.callFromClient("applyImport", [
      { summary, overwrite: false, build: [2019] },
    ]);
    expect(refused.error).toBe(
      "2019 cannot be built from this import: only years with figures, five years back at most.",
    );
  });

  it("fills the dashboards of the profile it is given, with that profile's own Network sheet", () => {
    const addon = setUp();
    const added = addon.callFromClient("saveProfile", [{ name: "Jan Kowalski" }]);
    expect(added.error).toBeUndefined();
    const answer = addon.callFromClient("applyImport", [
      { summary: summaryOf(), overwrite: false, build: [], profile: "p2" },
    ]);
    expect((answer.result as { ok: boolean }).ok).toBe(true);
    expect(valueAt(addon, "KPI 2026 · Jan Kowalski", "metric:first_degree", JUN)).toBe(6);
    expect(valueAt(addon, KPI, "metric:first_degree", JUN)).toBe("");
    const names = addon.standIn.workbook.state.sheets.map((s) => s.name);
    expect(names).toContain("Network · Jan Kowalski");
    expect(names).not.toContain("Network");
  });

  it("speaks the spreadsheet's language, decimal commas included", () => {
    const addon = setUp("es_ES");
    const p = preview(addon, summaryOf());
    expect(p.rows.find((r) => r.metric === "updates_per_week" && r.month === 6)?.imported).toBe(
      "0,47",
    );
    expect(apply(addon, summaryOf())).toMatch(/^22 cifras escritas\. «Registro de importación»/);
    expect(addon.standIn.workbook.state.sheets.some((s) => s.name === "Red")).toBe(true);
  });

  it("refuses what the browser did not send right, writing nothing", () => {
    const addon = setUp("de_DE");
    const before = JSON.stringify(addon.standIn.workbook.state);
    const answer = addon.callFromClient("applyImport", [
      { summary: { ...summaryOf(), exportDay: "yesterday" }, overwrite: false, build: [] },
    ]);
    expect(answer.result).toEqual({
      ok: false,
      message: "Der Import ließ sich nicht lesen. Wählen Sie die Dateien erneut.",
    });
    expect(JSON.stringify(addon.standIn.workbook.state)).toBe(before);
  });

  it("a busy document: the import answers that someone else is updating it, and writes nothing", () => {
    const addon = setUp("pl_PL");
    const before = JSON.stringify(addon.standIn.workbook.state);
    addon.standIn.ctx.lockHeldElsewhere = true;
    const answer = addon.callFromClient("applyImport", [
      { summary: summaryOf(), overwrite: false, build: [] },
    ]);
    expect(answer.error).toMatch(/aktualizuje/);
    expect(JSON.stringify(addon.standIn.workbook.state)).toBe(before);
  });

  it("writes a year's figures in a fixed handful of calls, however many months it fills", () => {
    const full = summaryOf();
    const calls = (summary: ExportSummary) => {
      const addon = setUp();
      // KPI 2025, the Network sheet and the log exist already: what is measured is an import's write.
      apply(addon, { ...full, months: { "2025-01": { network_growth: 0 } } }, { build: [2025] });
      addon.standIn.counter.reset();
      apply(addon, { ...summary, network: null });
      return addon.standIn.counter.total;
    };
    const june = { ...full, months: { "2026-06": full.months["2026-06"] ?? {} } };
    const year = calls(full);
    expect(calls(june)).toBe(year);
    const twoYears = calls({ ...full, months: { ...full.months, "2025-12": { first_degree: 7 } } });
    expect(twoYears - year).toBeLessThanOrEqual(10);
    expect(year).toBeLessThanOrEqual(20);
  });
});

describe("an import into a dashboard a person edited", () => {
  it("writes each month where it is, around a person's row and column, and keeps theirs", () => {
    const addon = setUp();
    const sheet = addon.standIn.sheet(KPI);
    // A comment column after March and a row of the person's own after 1st-degree connections.
    sheet.insertColumnAfter(7);
    sheet.getRange("H4").setValue("Comment");
    const row = rowOfKey(addon, KPI, "metric:first_degree");
    sheet.insertRowAfter(row);
    sheet.getRange(row + 1, 2, 1, 2).setValues([["Met at the fair", 4]]);
    addon.call("buildDashboard");
    expect(apply(addon, summaryOf())).toMatch(/figures written/);
    // June is one column further right, in the same row of ours.
    expect(valueAt(addon, KPI, "metric:first_degree", columnLetter(monthColumn(6) + 1))).toBe(6);
    expect(sheet.getRange("H4").getValue()).toBe("Comment");
    expect(sheet.getRange(row + 1, 2, 1, 2).getValues()).toEqual([["Met at the fair", 4]]);
    // The import wrote its figures around the person's row and column, never over them.
    const writes = addon.standIn.ctx.writes.filter((w) => w.sheet === KPI);
    expect(writes.length).toBeGreaterThan(0);
    for (const w of writes) {
      const area = addon.standIn.range(`'${KPI}'!${w.a1}`);
      expect(row + 1 >= area.getRow() && row + 1 <= area.getLastRow(), w.a1).toBe(false);
      expect(8 >= area.getColumn() && 8 <= area.getLastColumn(), w.a1).toBe(false);
    }
  });
});
