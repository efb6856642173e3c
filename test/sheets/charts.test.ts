/** Trend charts: drawn with the dashboard, refreshed in place, never duplicated, users' charts left alone. */
import { describe, expect, it } from "vitest";
import { freshAddon, logReading, MONTH, typeAt } from "../support/addon";

function built(locale?: string) {
  const addon = freshAddon(locale ? { locale } : {});
  addon.call("buildDashboard");
  return addon;
}

const charts = (addon: ReturnType<typeof freshAddon>, sheet = "Charts") =>
  addon.standIn.sheet(sheet).state.charts;
const a1 = (
  addon: ReturnType<typeof freshAddon>,
  r: { sheetId: number; area: { row: number; col: number; numRows: number; numCols: number } },
) => {
  const sheet = addon.standIn.workbook.sheetById(r.sheetId);
  const end = r.area.row + r.area.numRows - 1;
  const col = (c: number) => String.fromCharCode(64 + c);
  return `${sheet.name}!${col(r.area.col)}${r.area.row}:${col(r.area.col + r.area.numCols - 1)}${end}`;
};

describe("the charts", () => {
  it("are five, of the right types, titled in the dashboard's language", () => {
    const addon = built();
    expect(charts(addon).map((c) => [c.type, c.options.title])).toEqual([
      ["LINE", "SSI per month against target"],
      ["LINE", "SSI readings"],
      ["LINE", "SSI pillars per month"],
      ["COLUMN", "Block totals, first month = 100"],
      ["BAR", "Pillar gaps, latest month"],
    ]);
    const es = built("es_ES");
    expect(charts(es, "Gráficos").map((c) => c.options.title)).toContain(
      "Factores del SSI por mes",
    );
  });

  it("read the chart table and whole columns of the log, so new readings appear without a rebuild", () => {
    const addon = built();
    const [monthly, weekly, pillars, blocks, gaps] = charts(addon);
    expect(monthly?.ranges.map((r) => a1(addon, r))).toEqual(["Charts!A1:A13", "Charts!B1:D13"]);
    // Whole columns: every row the log sheet has.
    expect(weekly?.ranges.map((r) => a1(addon, r))).toEqual([
      "SSI log!A1:A1000",
      "SSI log!F1:F1000",
    ]);
    expect(pillars?.ranges.map((r) => a1(addon, r))).toEqual(["Charts!A1:A13", "Charts!E1:H13"]);
    expect(blocks?.ranges.map((r) => a1(addon, r))).toEqual(["Charts!A1:A13", "Charts!I1:M13"]);
    expect(gaps?.ranges.map((r) => a1(addon, r))).toEqual(["Charts!A16:B20"]);
    expect(pillars?.options["vAxis.viewWindow.max"]).toBe(25);
  });

  it("plot the SSI with its target and the 70 leader line; empty months are gaps, not zeros", () => {
    const addon = built();
    logReading(addon, "2026-10-12", [21.7, 21.16, 16.95, 15.4]);
    typeAt(addon, "KPI 2026", "ssi:total", MONTH.target, 85);
    const table = addon.standIn.sheet("Charts").getRange("A1:D13").getValues();
    expect(table[0]).toEqual(["Month", "SSI total", "Target", "LinkedIn leader (70)"]);
    expect(table[10]).toEqual(["Oct", 75.21, 85, 70]);
    expect(table[1]?.[1]).toBe("#N/A");
    const gaps = addon.standIn.sheet("Charts").getRange("A17:B20").getValues();
    expect(gaps).toEqual([
      ["Establish your professional brand", 3.3],
      ["Find the right people", 3.84],
      ["Engage with insights", 8.05],
      ["Build relationships", 9.6],
    ]);
  });

  it("draw each block as an index of its first month (= 100), so a small block's trend shows", () => {
    const addon = built();
    typeAt(addon, "KPI 2026", "metric:first_degree", MONTH.jan, 700);
    typeAt(addon, "KPI 2026", "metric:first_degree", MONTH.feb, 770);
    typeAt(addon, "KPI 2026", "metric:meetings", MONTH.feb, 4);
    typeAt(addon, "KPI 2026", "metric:meetings", MONTH.mar, 6);
    const table = addon.standIn.sheet("Charts").getRange("A1:M4").getDisplayValues();
    const column = (label: string) => table[0]!.indexOf(label);
    const network = column("Network size & reach");
    const presale = column("Pre-sale");
    expect(table.slice(1).map((r) => r[network])).toEqual(["100", "110", "#N/A"]);
    expect(table.slice(1).map((r) => r[presale])).toEqual(["#N/A", "100", "150"]);
  });

  it("are placed beside the table, not over it", () => {
    const addon = built();
    for (const c of charts(addon)) expect(c.position.col).toBeGreaterThan(13);
  });
});

describe("Refresh charts and Build", () => {
  it("replace the add-on's charts in place, never duplicate them, and leave a user's chart alone", () => {
    const addon = built();
    const sheet = addon.standIn.sheet("Charts");
    const mine = sheet
      .newChart()
      .setChartType("PIE")
      .addRange(sheet.getRange("A1:B5"))
      .setPosition(40, 1, 0, 0)
      .build();
    sheet.insertChart(mine);
    const ids = charts(addon).map((c) => c.id);
    addon.call("refreshCharts");
    addon.call("refreshCharts");
    addon.call("buildDashboard");
    expect(charts(addon)).toHaveLength(6);
    expect(charts(addon).map((c) => c.id)).toEqual(ids);
    expect(charts(addon).filter((c) => c.type === "PIE")).toHaveLength(1);
  });

  it("redraw a chart of ours that the user deleted", () => {
    const addon = built();
    const sheet = addon.standIn.sheet("Charts");
    sheet.removeChart(sheet.getCharts()[2]!);
    addon.call("buildDashboard");
    expect(charts(addon)).toHaveLength(5);
    expect(charts(addon).map((c) => c.options.title)).toContain("SSI pillars per month");
  });
});
