/** Demo data from the articles: a profile whose SSI goes from 32.45 to 66.99 in two weeks, then grows. */
import { readExport } from "../../src/export/read";
import { SAMPLE_TARGETS, sampleExportZip, sampleZipName } from "../exportSample";
import type { Addon } from "../loader";

type Reading = [
  date: string,
  brand: number,
  findPeople: number,
  engage: number,
  relationships: number,
  industryAvg: number,
  networkAvg: number,
];

/** Weekly-ish readings: the article's 32.45 → 66.99 in the first two weeks, then steady growth past 70. */
export const DEMO_READINGS: Reading[] = [
  ["2026-01-05", 5.2, 12.1, 7.9, 7.25, 24, 48],
  ["2026-01-19", 12.5, 21, 16.74, 16.75, 24, 48],
  ["2026-02-16", 13.4, 21.2, 17.1, 17.3, 24, 48],
  ["2026-03-16", 14.6, 21.3, 17.6, 17.9, 24, 49],
  ["2026-04-13", 15.9, 21.4, 18.0, 18.6, 25, 49],
  ["2026-05-18", 17.1, 21.5, 18.3, 19.4, 25, 49],
  ["2026-06-15", 18.2, 21.6, 18.7, 20.1, 25, 50],
  ["2026-07-13", 19.0, 21.7, 18.9, 21.0, 25, 50],
  ["2026-08-17", 19.8, 21.8, 19.2, 21.8, 25, 50],
  ["2026-09-14", 20.4, 21.9, 19.5, 22.6, 26, 51],
  ["2026-10-12", 21.7, 21.16, 16.95, 23.4, 26, 51],
  ["2026-11-16", 21.9, 22.4, 17.6, 25, 26, 52],
];

/** A month's figures for each block, growing through the year (700+ executives as 1st-degree contacts). */
function monthValues(month: number): Record<string, string> {
  const grow = (start: number, step: number) => String(Math.round(start + step * (month - 1)));
  return {
    profile_level:
      month < 3 ? "intermediate" : month < 7 ? "advanced" : month < 10 ? "expert" : "all_star",
    profile_views: grow(90, 18),
    search_appearances: grow(35, 6),
    total_reach: grow(180000, 9000),
    first_degree: grow(700, 45),
    second_degree: grow(150000, 7000),
    network_growth: grow(40, 4),
    requests_sent_target: grow(60, 5),
    first_degree_target_companies: grow(120, 12),
    target_companies_followed: grow(25, 2),
    requests_received: grow(20, 3),
    updates_per_week: String(2 + (month % 3)),
    actions_on_updates: grow(150, 30),
    followers_gained: grow(30, 6),
    open_contacts: grow(8, 2),
    calls_per_week: String(3 + (month % 4)),
    meetings: grow(4, 1),
  };
}

/** Saves through the sidebar's endpoint, as the form would. */
function save(
  addon: Addon,
  month: number,
  values: Record<string, string>,
  reading: Record<string, unknown> | null,
): void {
  const answer = addon.callFromClient("saveEntry", [
    { language: "en", year: 2026, month, values, reading },
  ]);
  if (answer.error) throw new Error(answer.error);
}

/**
 * Imports a made-up LinkedIn export as the sidebar would (read here, only counts sent): the months typed
 * above are kept, the Network sheet shows the network behind them.
 */
function importSample(addon: Addon): void {
  const end = new Date(Date.UTC(2026, 10, 20));
  addon.callFromClient("saveSettings", [{ targetCompanies: SAMPLE_TARGETS.join("\n") }]);
  const read = readExport(
    [{ name: sampleZipName(end), bytes: sampleExportZip(1_150, end, 30) }],
    SAMPLE_TARGETS,
    "en",
  );
  if (!read.ok) throw new Error(read.message);
  const answer = addon.callFromClient("applyImport", [
    { summary: read.summary, overwrite: false, build: [] },
  ]);
  if (answer.error) throw new Error(answer.error);
}

/** Loads the demo through the add-on's own menu and sidebar endpoints, as a user would. */
export function loadDemo(addon: Addon): void {
  addon.call("saveSettings", {
    language: "en",
    profileName: "Demo: new project (seed 002)",
    totalTarget: 80,
    carryForward: true,
  });
  addon.call("buildDashboard");
  for (let month = 1; month <= 11; month++) {
    save(addon, month, monthValues(month), null);
    for (const [
      date,
      brand,
      findPeople,
      engage,
      relationships,
      industryAvg,
      networkAvg,
    ] of DEMO_READINGS) {
      if (Number(date.slice(5, 7)) !== month) continue;
      const reading = { date, brand, findPeople, engage, relationships, industryAvg, networkAvg };
      save(addon, month, {}, { ...reading, industryRank: 5, networkRank: 10 });
    }
  }
  importSample(addon);
  addon.call("refreshCharts");
  // A new spreadsheet's empty first sheet has no part in the demo: remove it, as a user would.
  const wb = addon.standIn.workbook;
  const blank = wb.sheetByName("Sheet1");
  if (blank && wb.lastRow(blank) === 0 && wb.sheets().length > 1) wb.removeSheet(blank);
}
