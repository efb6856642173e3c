/**
 * The stored keys are what spreadsheets built before hold: each keeps its spelling, or those spreadsheets
 * would lose their dashboards' layouts, names and charts (keys from before the registry are moved, in
 * `storeMigration.test.ts`).
 */
import { describe, expect, it } from "vitest";
import {
  archiveKey,
  chartIdsKey,
  dashboardKey,
  dashboardYearOf,
  IMPORT_LOG_KEY,
  idKey,
  LEGACY,
  layoutKey,
  linesKey,
  lookKey,
  networkImportKey,
  ownedKey,
  REMOVED_METRICS_KEY,
  sheetKey,
  teamKey,
  teamYearOf,
} from "../../src/plan/storeKeys";

const main = { id: "main", name: "Ana Ruiz" };
const second = { id: "p2", name: "Tom Baker (VP Sales)" };

describe("the stored keys", () => {
  it("of one of our sheets, by its key in the registry", () => {
    expect(dashboardKey(2026, main)).toBe("sheet:dashboard:2026");
    expect(dashboardKey(2026, second)).toBe("sheet:dashboard:2026:p2");
    expect(layoutKey(dashboardKey(2026, second))).toBe("layout:sheet:dashboard:2026:p2");
    expect(lookKey(dashboardKey(2026))).toBe("look:sheet:dashboard:2026");
    expect(linesKey(teamKey(2026))).toBe("lines:team:2026");
    expect(idKey(sheetKey("log", main))).toBe("id:sheet:log");
    expect(archiveKey(2025)).toBe("sheet:archive:2025");
  });

  it("read back: a dashboard's year only for its own profile, a team sheet's year", () => {
    expect(dashboardYearOf("sheet:dashboard:2026", main)).toBe(2026);
    expect(dashboardYearOf("sheet:dashboard:2026:p2", second)).toBe(2026);
    expect(dashboardYearOf("sheet:dashboard:2026:p2", main)).toBeNull();
    expect(dashboardYearOf("sheet:dashboard:2026", second)).toBeNull();
    expect(dashboardYearOf("sheet:dashboard:2026:p22", second)).toBeNull();
    expect(dashboardYearOf("sheet:log", main)).toBeNull();
    expect(dashboardYearOf("layout:sheet:dashboard:2026", main)).toBeNull();
    expect(dashboardYearOf("sheet:dashboard:2026 (2)", main)).toBeNull();
    expect(teamYearOf("team:2027")).toBe(2027);
    expect(teamYearOf("team:x")).toBeNull();
    expect(teamYearOf("team:2027:p2")).toBeNull();
    expect(teamYearOf("sheet:team:2027")).toBeNull();
  });

  it("from before the registry, kept only to be moved", () => {
    expect(LEGACY.layout("KPI 2026")).toBe("layout:KPI 2026");
    expect(LEGACY.renamed("KPI 2026 · Tom Baker")).toBe("name:KPI 2026 · Tom Baker");
    expect(LEGACY.kindLayout("log", second)).toBe("layout:log:p2");
    expect(LEGACY.kindLayout("charts", main)).toBe("layout:charts");
    expect(LEGACY.isLegacy("layout:KPI 2026")).toBe(true);
    expect(LEGACY.isLegacy("id:KPI 2026 · Tom Baker")).toBe(true);
    expect(LEGACY.isLegacy("layout:log")).toBe(true);
    expect(LEGACY.isLegacy("layout:sheet:log")).toBe(false);
    expect(LEGACY.isLegacy("look:team:2026")).toBe(false);
    expect(LEGACY.isLegacy("id:sheet:importLog")).toBe(false);
    expect(LEGACY.isLegacy("sheet:log")).toBe(false);
    expect(LEGACY.isLegacy("charts:p2")).toBe(false);
    expect(LEGACY.isLegacy("import:network:p2")).toBe(false);
    expect(LEGACY.isLegacy("sheet:name:x")).toBe(false);
  });

  it("of a profile's sheets: the first profile's as before profiles, another's with its id", () => {
    expect(ownedKey("charts")).toBe("charts");
    expect(ownedKey("charts", main)).toBe("charts");
    expect(ownedKey("charts", second)).toBe("charts:p2");
    expect(sheetKey("log", main)).toBe("sheet:log");
    expect(sheetKey("charts", second)).toBe("sheet:charts:p2");
    expect(sheetKey("network", second)).toBe("sheet:network:p2");
    expect(chartIdsKey(second)).toBe("charts:p2");
    expect(networkImportKey(main)).toBe("import:network");
    expect(networkImportKey(second)).toBe("import:network:p2");
  });

  it("of the document's own sheets", () => {
    expect(teamKey(2027)).toBe("team:2027");
    expect(IMPORT_LOG_KEY).toBe("sheet:importLog");
    expect(REMOVED_METRICS_KEY).toBe("sheet:removedMetrics");
  });
});
