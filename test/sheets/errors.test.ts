/** When something is in the way, the user reads what and how to fix it, in their language, and nothing is half-written. */
import { describe, expect, it } from "vitest";
import { freshAddon, rowOfKey } from "../support/addon";

describe("clear messages, nothing half-written", () => {
  it("a busy document: Build waits for the lock, then says so and writes nothing", () => {
    const addon = freshAddon({ locale: "es_ES" });
    addon.call("buildDashboard");
    const before = JSON.stringify(addon.standIn.workbook.state.sheets);
    addon.standIn.ctx.lockHeldElsewhere = true;
    expect(() => addon.call("buildDashboard")).toThrow(
      "Otra persona está actualizando esta hoja. Inténtalo de nuevo en unos segundos.",
    );
    expect(JSON.stringify(addon.standIn.workbook.state.sheets)).toBe(before);
  });

  it("a script run outside a document: says there is no document, not that someone is busy", () => {
    const addon = freshAddon({ locale: "de_DE" });
    addon.call("buildDashboard");
    addon.standIn.ctx.noDocument = true;
    expect(() => addon.call("buildDashboard")).toThrow(
      "Das funktioniert nur in einer Tabelle: Öffnen Sie die Tabelle",
    );
  });

  it.each([
    [
      "saveEntry",
      {
        language: "es",
        year: 2026,
        month: 11,
        values: { meetings: "2" },
        reading: {
          date: "2026-11-16",
          brand: "12,5",
          findPeople: "21",
          engage: "16,95",
          relationships: "25",
        },
      },
    ],
    ["saveSettings", { language: "es", profileName: "Ana" }],
    ["saveProfile", { language: "es", name: "Jan Kowalski" }],
    ["removeProfile", { id: "main", confirm: "" }],
    ["saveMetricChoice", { language: "es", shown: ["ssi", "meetings"] }],
    ["saveOwnMetric", { language: "es", name: "Leads", block: "presale", aggregation: "sum" }],
    ["removeOwnMetric", { language: "es", id: "own1", confirm: true }],
    ["saveCompanyKpi", { language: "es", ssi: [{ source: "ssi", target: "80", weight: "1" }] }],
    [
      "applyImport",
      {
        summary: {
          exportDay: "2026-06-27",
          files: [
            {
              name: "Shares.csv",
              kind: "shares",
              rows: 1,
              first: "2026-06-11",
              last: "2026-06-11",
            },
          ],
          ignored: [],
          months: { "2026-06": { updates_per_week: 0.23 } },
          network: null,
        },
        overwrite: false,
        build: [],
      },
    ],
  ])(
    "a busy document: %s answers that someone else is updating it, and writes nothing",
    (fn, input) => {
      const addon = freshAddon({ locale: "es_ES" });
      addon.call("buildDashboard");
      const before = JSON.stringify(addon.standIn.workbook.state);
      addon.standIn.ctx.lockHeldElsewhere = true;
      const answer = addon.callFromClient(fn, [input]);
      expect(answer.error).toBe(
        "Otra persona está actualizando esta hoja. Inténtalo de nuevo en unos segundos.",
      );
      expect(JSON.stringify(addon.standIn.workbook.state)).toBe(before);
    },
  );

  it("saving into a year that has no dashboard says which menu item creates it", () => {
    const addon = freshAddon({ locale: "de_DE" });
    addon.call("buildDashboard");
    const answer = addon.callFromClient("saveEntry", [
      { language: "de", year: 2031, month: 3, values: { meetings: "2" }, reading: null },
    ]);
    expect(answer.error).toBe(
      "Für 2031 gibt es noch kein Dashboard. Verwenden Sie zuerst Erweiterungen → Social Selling KPIs → Dashboard erstellen oder aktualisieren.",
    );
  });

  it("a dashboard whose rows were moved by hand is not written into: the user is told to rebuild", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    const sheet = addon.standIn.sheet("KPI 2026");
    const total = rowOfKey(addon, "KPI 2026", "total:branding");
    sheet.getRange(`A${total}:Q${total}`).setValues([Array(17).fill("")]);
    const before = JSON.stringify(addon.standIn.workbook.state.sheets);
    const answer = addon.callFromClient("saveEntry", [
      { language: "en", year: 2026, month: 11, values: { meetings: "2" }, reading: null },
    ]);
    expect(answer.error).toBe(
      "The layout of “KPI 2026” was changed by hand. Run Build or refresh dashboard to repair it, then save again.",
    );
    expect(JSON.stringify(addon.standIn.workbook.state.sheets)).toBe(before);
  });
});
