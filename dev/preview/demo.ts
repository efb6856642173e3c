/**
 * Demo data from the articles: a consultant's project (seed 002) with four executives. The first one's SSI
 * goes from 32.45 to 66.99 in two weeks, then grows; the team sheet compares all four. The company KPI is
 * seed 004's three parts, with seed 002's 40 opportunities a month from two profiles (20 each) as target.
 */
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
    own1: grow(8, 1.3),
  };
}

/** Seed 004: SSI + strategic goals (posts, likes and shares, new relationships) + business goals. */
const DEMO_KPI = {
  ssi: [{ source: "ssi", target: "80", weight: "40" }],
  strategic: [
    { source: "updates_per_week", target: "3", weight: "10" },
    { source: "actions_on_updates", target: "300", weight: "10" },
    { source: "network_growth", target: "60", weight: "10" },
  ],
  business: [
    { source: "own1", target: "20", weight: "20" },
    { source: "meetings", target: "8", weight: "10" },
  ],
};

/** The demo's own metric and company KPI, set through the sidebar's endpoints. */
function composeKpi(addon: Addon): void {
  for (const [fn, input] of [
    [
      "saveOwnMetric",
      { name: "Opportunities", block: "business", aggregation: "sum", whole: true },
    ],
    ["saveCompanyKpi", { language: "en", ...DEMO_KPI }],
  ] as const) {
    const answer = addon.callFromClient(fn, [input]);
    if (answer.error) throw new Error(answer.error);
    const result = answer.result as { ok: boolean; message: string };
    if (!result.ok) throw new Error(result.message);
  }
}

/** Saves through the sidebar's endpoint, as the form would, for a profile (the main one unless told). */
function save(
  addon: Addon,
  month: number,
  values: Record<string, string>,
  reading: Record<string, unknown> | null,
  profile?: { id: string; name: string },
): void {
  const answer = addon.callFromClient("saveEntry", [
    { language: "en", year: 2026, month, values, reading, ...(profile ? { profile } : {}) },
  ]);
  if (answer.error) throw new Error(answer.error);
  const result = answer.result as { ok: boolean; message: string };
  if (!result.ok) throw new Error(result.message);
}

/**
 * Seed 002's consultancy: three more executives beside the first, with pillars in the range the article
 * gives (find people 21.16 and 21, engage 16.95, relationships 25), read once a month since spring.
 */
const EXECUTIVES: {
  name: string;
  target: number;
  from: number;
  start: number[];
  step: number[];
}[] = [
  {
    name: "Jan Kowalski (CFO)",
    target: 70,
    from: 4,
    start: [11, 19, 13, 17],
    step: [0.6, 0.3, 0.5, 0.9],
  },
  {
    name: "Lena Schmidt (Sales Director)",
    target: 85,
    from: 3,
    start: [16, 20, 15.2, 21.5],
    step: [0.5, 0.16, 0.25, 0.5],
  },
  {
    name: "Tom Baker (VP Sales)",
    target: 80,
    from: 5,
    start: [13, 18.5, 12, 18],
    step: [0.7, 0.4, 0.6, 1],
  },
];

/** Adds the other executives through Settings' endpoint and enters their readings and meetings. */
function loadTeam(addon: Addon): void {
  for (const e of EXECUTIVES) {
    const added = addon.callFromClient("saveProfile", [{ name: e.name, totalTarget: e.target }]);
    if (added.error) throw new Error(added.error);
  }
  const form = addon.callFromClient("getSettingsForm", []).result as {
    profiles: { id: string; name: string }[];
  };
  EXECUTIVES.forEach((e, i) => {
    const profile = form.profiles[i + 1] as { id: string; name: string };
    for (let month = e.from; month <= 11; month++) {
      const n = month - e.from;
      const [brand, findPeople, engage, relationships] = e.start.map((v, k) =>
        Math.min(25, Math.round((v + n * (e.step[k] ?? 0)) * 100) / 100),
      );
      // A dip in September for Tom: the team sheet marks a drop of 5 points or more.
      const dip = e.name.startsWith("Tom") && month === 9 ? 3 : 0;
      const reading = {
        date: `2026-${String(month).padStart(2, "0")}-1${i + 2}`,
        brand: (brand ?? 0) - dip,
        findPeople,
        engage: (engage ?? 0) - dip,
        relationships,
      };
      const values = {
        meetings: String(2 + ((month + i) % 4)),
        own1: String(10 + n + i * 2),
        updates_per_week: String(2 + ((month + i) % 3)),
        actions_on_updates: String(180 + 15 * n),
        network_growth: String(35 + 3 * n + i * 5),
      };
      save(addon, month, values, reading, profile);
    }
  });
  // The main profile is the one the demo's user works on.
  addon.callFromClient("getEntryForm", [{ profile: "main" }]);
  addon.call("buildTeamSheet");
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
    profileName: "Ana Ruiz (CEO)",
    totalTarget: 80,
    carryForward: true,
  });
  addon.call("buildDashboard");
  composeKpi(addon);
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
  loadTeam(addon);
  // A new spreadsheet's empty first sheet has no part in the demo: remove it, as a user would.
  const wb = addon.standIn.workbook;
  const blank = wb.sheetByName("Sheet1");
  if (blank && wb.lastRow(blank) === 0 && wb.sheets().length > 1) wb.removeSheet(blank);
}
