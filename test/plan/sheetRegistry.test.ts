/** The registry of our sheets: each known by its kind, profile and year, read from the store without a call. */
import { describe, expect, it } from "vitest";
import {
  archiveSheet,
  chartsSheet,
  dashboardSheet,
  dashboardYears,
  hasDashboard,
  importLogSheet,
  logSheet,
  networkSheet,
  recordKeys,
  removedMetricsSheet,
  sheetRecord,
  teamSheet,
} from "../../src/plan/sheetRegistry";

const ana = { id: "main", name: "Ana Ruiz" };
const tom = { id: "p2", name: "Tom Baker" };

// Stored in no order: 2027 was built before an import built 2025.
const STORED: Record<string, string> = {
  "sheet:dashboard:2027": "KPI 2027",
  "layout:sheet:dashboard:2027": "7:b",
  "id:sheet:dashboard:2027": "4",
  "sheet:dashboard:2025": "KPI 2025",
  "layout:sheet:dashboard:2025": "7:a",
  // Made, never built (a step stopped between the two): not a year of Ana's yet.
  "sheet:dashboard:2028": "KPI 2028",
  "sheet:dashboard:2026:p2": "Tom's KPIs",
  "layout:sheet:dashboard:2026:p2": "7:c|s",
  "look:sheet:dashboard:2026:p2": "look",
  "lines:sheet:dashboard:2026:p2": "r4+1",
  "id:sheet:dashboard:2026:p2": "9",
};

describe("the registry of our sheets", () => {
  it("names each kind in the spreadsheet's language, with its names in every language", () => {
    expect(dashboardSheet(2026, "de", tom)).toEqual({
      key: "sheet:dashboard:2026:p2",
      ownName: "KPI 2026 · Tom Baker",
      names: Array(4).fill("KPI 2026 · Tom Baker"),
    });
    expect(logSheet("es", ana)).toMatchObject({ key: "sheet:log", ownName: "Registro SSI" });
    expect(logSheet("pl", tom).names).toContain("SSI log · Tom Baker");
    expect(chartsSheet("de", tom)).toMatchObject({
      key: "sheet:charts:p2",
      ownName: "Diagramme · Tom Baker",
    });
    expect(networkSheet("es", ana).ownName).toBe("Red");
    expect(teamSheet(2026, "pl")).toMatchObject({ key: "team:2026", ownName: "Zespół 2026" });
    expect(archiveSheet(2025, "de")).toMatchObject({
      key: "sheet:archive:2025",
      ownName: "Archiv 2025",
    });
    expect(importLogSheet("pl")).toMatchObject({
      key: "sheet:importLog",
      ownName: "Dziennik importu",
    });
    expect(removedMetricsSheet("de")).toMatchObject({
      key: "sheet:removedMetrics",
      ownName: "Entfernte Kennzahlen",
    });
  });

  it("reads a sheet's record: its name now, layout, look and lines", () => {
    expect(sheetRecord(STORED, dashboardSheet(2026, "en", tom))).toMatchObject({
      name: "Tom's KPIs",
      ownName: "KPI 2026 · Tom Baker",
      layout: "7:c|s",
      look: "look",
      lines: "r4+1",
    });
    const never = sheetRecord(STORED, dashboardSheet(2030, "en", ana));
    expect(never).toMatchObject({ name: "KPI 2030", layout: undefined, lines: undefined });
  });

  it("knows a profile's built years from its keys, never another profile's", () => {
    expect(dashboardYears(STORED, ana)).toEqual([2025, 2027]);
    expect(dashboardYears(STORED, tom)).toEqual([2026]);
    expect(hasDashboard(STORED, 2026, tom)).toBe(true);
    expect(hasDashboard(STORED, 2026, ana)).toBe(false);
    expect(hasDashboard(STORED, 2028, ana)).toBe(false);
  });

  it("lists every stored key of a sheet, to forget them when it goes", () => {
    expect(recordKeys(STORED, "sheet:dashboard:2026:p2").sort()).toEqual([
      "id:sheet:dashboard:2026:p2",
      "layout:sheet:dashboard:2026:p2",
      "lines:sheet:dashboard:2026:p2",
      "look:sheet:dashboard:2026:p2",
      "sheet:dashboard:2026:p2",
    ]);
    expect(recordKeys(STORED, "sheet:dashboard:2025")).toEqual([
      "sheet:dashboard:2025",
      "layout:sheet:dashboard:2025",
    ]);
  });
});
