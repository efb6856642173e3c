/** Trend charts: drawn with the dashboard, refreshed in place, never duplicated, users' charts left alone. */
import { describe, expect, it } from "vitest";
import { freshAddon, logReading, MONTH, ok, typeAt } from "../support/addon";

const MONTH_NAMES = [
  "Jan",
  "Feb",
  "Mar",
  "Apr",
  "May",
  "Jun",
  "Jul",
  "Aug",
  "Sep",
  "Oct",
  "Nov",
  "Dec",
];

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
      ["COLUMN", "Targets met per block, %"],
      ["BAR", "Pillar gaps, latest month"],
    ]);
    const es = built("es_ES");
    expect(charts(es, "Gráficos").map((c) => c.options.title)).toContain(
      "Factores del SSI por mes",
    );
  });

  it("read the chart table, which reads the log's whole columns, so new readings appear without a rebuild", () => {
    const addon = built();
    const [monthly, weekly, pillars, blocks, gaps] = charts(addon);
    expect(monthly?.ranges.map((r) => a1(addon, r))).toEqual(["Charts!A1:A13", "Charts!B1:D13"]);
    // The last 52 weeks, each week's latest reading from the log's whole columns.
    expect(weekly?.ranges.map((r) => a1(addon, r))).toEqual(["Charts!N1:N53", "Charts!O1:O53"]);
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
    // The last twelve months end with this one: today is 23 November 2026.
    expect(table[11]).toEqual(["Oct 2026", 75.21, 85, 70]);
    expect(table[1]?.slice(0, 2)).toEqual(["Dec 2025", "#N/A"]);
    expect(table[12]?.slice(0, 2)).toEqual(["Nov 2026", "#N/A"]);
    const gaps = addon.standIn.sheet("Charts").getRange("A17:B20").getValues();
    expect(gaps).toEqual([
      ["Establish your professional brand", 3.3],
      ["Find the right people", 3.84],
      ["Engage with insights", 8.05],
      ["Build relationships", 9.6],
    ]);
  });

  it("draw each block's share of targets met on one 0–100 % scale, so no block dwarfs another", () => {
    const addon = built();
    typeAt(addon, "KPI 2026", "metric:first_degree", "D", 750);
    typeAt(addon, "KPI 2026", "metric:meetings", "D", 5);
    typeAt(addon, "KPI 2026", "metric:first_degree", MONTH.jan, 700);
    typeAt(addon, "KPI 2026", "metric:first_degree", MONTH.feb, 770);
    typeAt(addon, "KPI 2026", "metric:meetings", MONTH.feb, 4);
    typeAt(addon, "KPI 2026", "metric:meetings", MONTH.mar, 6);
    const table = addon.standIn.sheet("Charts").getRange("A1:M13").getDisplayValues();
    const column = (label: string) => table[0]!.indexOf(label);
    const network = column("Network size & reach");
    const presale = column("Pre-sale");
    // Today is 23 November 2026: December 2025 to November 2026.
    const months = table.slice(2, 5);
    expect(months.map((r) => r[0])).toEqual(["Jan 2026", "Feb 2026", "Mar 2026"]);
    expect(months.map((r) => r[network])).toEqual(["0%", "100%", "#N/A"]);
    expect(months.map((r) => r[presale])).toEqual(["#N/A", "0%", "100%"]);
    const blocks = charts(addon)[3]!;
    expect(blocks.options).toMatchObject({
      "vAxis.viewWindow.min": 0,
      "vAxis.viewWindow.max": 1,
      "vAxis.format": "percent",
    });
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

describe("the charts across the new year", () => {
  it("on 5 January show last year's months from last year's dashboard, then this year's as they come", () => {
    const addon = built();
    logReading(addon, "2026-10-12", [21.7, 21.16, 16.95, 15.4]);
    logReading(addon, "2026-11-09", [12.5, 21, 16.74, 16.75]);
    addon.setToday(new Date("2027-01-05T09:00:00Z"));
    addon.call("newYear");
    ok(addon, "saveSettings", { year: 2027 });
    const table = () => addon.standIn.sheet("Charts").getRange("A2:B13").getValues();
    // On 5 January the year has one month: February to December come from last year's dashboard.
    expect(table().map((r) => r[0])).toEqual([
      ...MONTH_NAMES.slice(1).map((m) => `${m} 2026`),
      "Jan 2027",
    ]);
    expect(table()[8]).toEqual(["Oct 2026", 75.21]);
    expect(table()[9]).toEqual(["Nov 2026", 66.99]);
    expect(table()[11]).toEqual(["Jan 2027", "#N/A"]);
    logReading(addon, "2027-01-04", [13, 21, 17, 17]);
    expect(table()[11]).toEqual(["Jan 2027", 68]);
  });

  it("show the SSI week by week over the last 52 weeks, a reading dated after today left out", () => {
    const addon = built();
    logReading(addon, "2025-11-17", [10, 10, 10, 10]);
    logReading(addon, "2026-10-12", [21.7, 21.16, 16.95, 15.4]);
    logReading(addon, "2026-11-09", [12.5, 21, 16.74, 16.75]);
    logReading(addon, "2026-12-01", [20, 20, 20, 20]);
    const weeks = addon.standIn.sheet("Charts").getRange("N2:O53").getDisplayValues();
    // Today is Monday 23 November 2026: the weeks end on Mondays, 2025-12-01 … 2026-11-23.
    expect(weeks[0]).toEqual(["2025-12-01", "#N/A"]);
    expect(weeks[51]).toEqual(["2026-11-23", "#N/A"]);
    expect(weeks.filter((w) => w[1] !== "#N/A")).toEqual([
      ["2026-10-12", "75.21"],
      ["2026-11-09", "66.99"],
    ]);
  });
});
