/**
 * At the sizes the README promises, inside Apps Script's quotas (taught to the stand-in): 30 profiles with
 * 60-character names and addresses and 200 target companies of 100 characters fit the 9 KB per property.
 */
import { describe, expect, it } from "vitest";
import { readExport } from "../../src/export/read";
import type { SettingsForm } from "../../src/plan/entryForm";
import { freshAddon, leadsInNovember } from "../support/addon";
import { exportZip, TARGETS, ZIP_NAME } from "../support/exportFiles";

const bytes = (t: string) => Buffer.byteLength(t, "utf8");
const name60 = (i: number) =>
  `Łucja Wiśniewska-Kowalczyk ${String(i).padStart(2, "0")} (Key Account Director)`
    .padEnd(60, "x")
    .slice(0, 60);
const company100 = (i: number) =>
  `Przedsiębiorstwo Handlowo-Usługowe Żółć ${String(i).padStart(3, "0")} `.padEnd(94, "ą") +
  " Sp. z";

function ok(addon: ReturnType<typeof freshAddon>, fn: string, input: unknown) {
  const answer = addon.callFromClient(fn, [input]);
  expect(answer.error, fn).toBeUndefined();
  const result = answer.result as { ok: boolean; message: string; errors?: unknown };
  expect(result.ok, `${fn}: ${result.message} ${JSON.stringify(result.errors ?? "")}`).toBe(true);
  return result.message;
}

describe("settings at the promised maxima", () => {
  it("stores 30 profiles and 200 companies in parts under 9 KB each, and reads them back whole after a language change", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    const companies = Array.from({ length: 200 }, (_, i) => company100(i));
    expect(companies.every((c) => c.length === 100)).toBe(true);
    ok(addon, "saveSettings", {
      profileName: name60(0),
      targetCompanies: companies.join("\n"),
    });
    for (let i = 1; i < 30; i++)
      ok(addon, "saveProfile", {
        name: name60(i),
        url: `https://www.linkedin.com/in/${"lucja-wisniewska-kowalczyk-".repeat(3)}${i}`,
        totalTarget: 85,
      });
    const props = addon.standIn.workbook.state.properties.document;
    const sizes = Object.entries(props).map(([k, v]) => bytes(k) + bytes(v));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(9 * 1024);
    expect(Object.keys(props)).toContain("settings:parts");

    // A language change renames every profile's sheets and writes the settings back.
    for (const language of ["pl"]) {
      ok(addon, "saveSettings", { language });
      const form = addon.callFromClient("getSettingsForm", []).result as SettingsForm & {
        targetCompanies: string;
      };
      expect(form.profiles).toHaveLength(30);
      expect(form.profiles.map((p) => p.name)).toEqual(
        Array.from({ length: 30 }, (_, i) => name60(i)),
      );
      expect(form.targetCompanies.split("\n")).toEqual(companies);
      expect(form.language).toBe(language);
    }
    // Every sheet name made for a 60-character profile stays well under Sheets' 100 characters.
    const longest = Math.max(...addon.standIn.workbook.sheets().map((sh) => sh.name.length));
    expect(longest).toBeLessThanOrEqual(80);
    const after = Object.entries(addon.standIn.workbook.state.properties.document);
    expect(Math.max(...after.map(([k, v]) => bytes(k) + bytes(v)))).toBeLessThanOrEqual(9 * 1024);
  }, 120_000);
});

describe("sheets that grow when they must", () => {
  it("12 own metrics with the company KPI on them: the Charts table takes its 27 columns", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    const blocks = ["business", "branding", "network", "interaction", "engagement", "presale"];
    for (let i = 1; i <= 12; i++)
      ok(addon, "saveOwnMetric", {
        name: `Own metric ${i}`,
        block: blocks[i % blocks.length],
        aggregation: "sum",
        whole: true,
      });
    ok(addon, "saveCompanyKpi", {
      language: "en",
      ssi: [{ source: "ssi", target: "80", weight: "40" }],
      strategic: [{ source: "own2", target: "10", weight: "20" }],
      business: [
        { source: "own6", target: "20", weight: "20" },
        { source: "own12", target: "5", weight: "20" },
      ],
    });
    const charts = addon.standIn.sheet("Charts");
    expect(charts.getMaxColumns()).toBeGreaterThanOrEqual(27);
    expect(charts.getCharts().length).toBeGreaterThanOrEqual(6);
  });

  it("the Import log and Removed metrics grow past a new sheet's 1,000 rows", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    leadsInNovember(addon, "5", "business");
    // A long history: both sheets already full to their last row.
    for (const name of ["Import log", "Removed metrics"]) {
      const sheet = addon.standIn.globals.SpreadsheetApp.getActiveSpreadsheet().insertSheet(name);
      sheet
        .getRange(1, 1, 1000, 1)
        .setValues(Array.from({ length: 1000 }, (_, i) => [`line ${i + 1}`]));
    }
    addon.standIn.workbook.state.properties.document["sheet:importLog"] = "Import log";
    ok(addon, "removeOwnMetric", { id: "own1", confirm: true });
    ok(addon, "saveSettings", { targetCompanies: TARGETS.join("\n") });
    const read = readExport([{ name: ZIP_NAME, bytes: exportZip() }], TARGETS, "en");
    if (!read.ok) throw new Error(read.message);
    const imported = addon.callFromClient("applyImport", [
      { summary: read.summary, overwrite: false, build: [] },
    ]);
    expect(imported.error).toBeUndefined();
    const log = addon.standIn.sheet("Import log");
    expect(log.getLastRow()).toBeGreaterThan(1001);
    expect(log.getRange(1000, 1).getValue()).toBe("line 1000");
    const removed = addon.standIn.sheet("Removed metrics");
    expect(removed.getLastRow()).toBeGreaterThan(1000);
    expect(removed.getRange(1000, 1).getValue()).toBe("line 1000");
  });
});
