/**
 * The stored keys are what spreadsheets built before hold: each keeps its spelling, or those spreadsheets
 * would lose their dashboards' layouts, names and charts.
 */
import { describe, expect, it } from "vitest";
import {
  chartIdsKey,
  IMPORT_LOG_KEY,
  idKey,
  kindLayoutKey,
  layoutKey,
  linesKey,
  lookKey,
  networkImportKey,
  ownedKey,
  REMOVED_METRICS_KEY,
  renamedKey,
  sheetKey,
  teamKey,
} from "../../src/plan/storeKeys";

const main = { id: "main", name: "Ana Ruiz" };
const second = { id: "p2", name: "Tom Baker (VP Sales)" };

describe("the stored keys", () => {
  it("of one of our sheets, by the name we gave it", () => {
    expect(layoutKey("KPI 2026")).toBe("layout:KPI 2026");
    expect(lookKey("KPI 2026 · Tom Baker")).toBe("look:KPI 2026 · Tom Baker");
    expect(linesKey("Team 2026")).toBe("lines:Team 2026");
    expect(idKey("SSI log")).toBe("id:SSI log");
    expect(renamedKey("Charts")).toBe("name:Charts");
  });

  it("of a profile's sheets: the first profile's as before profiles, another's with its id", () => {
    expect(ownedKey("charts")).toBe("charts");
    expect(ownedKey("charts", main)).toBe("charts");
    expect(ownedKey("charts", second)).toBe("charts:p2");
    expect(sheetKey("log", main)).toBe("sheet:log");
    expect(sheetKey("charts", second)).toBe("sheet:charts:p2");
    expect(sheetKey("network", second)).toBe("sheet:network:p2");
    expect(kindLayoutKey("log", second)).toBe("layout:log:p2");
    expect(kindLayoutKey("charts", main)).toBe("layout:charts");
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
