/**
 * Demo data from the articles: a consultant's project (seed 002) with four executives, over the eleven
 * months before today. The first one's SSI goes from 32.45 to 66.99 in two weeks, then grows; the team
 * sheet compares all four. The company KPI is
 * seed 004's three parts, with seed 002's 40 opportunities a month from two profiles (20 each) as target.
 */
import { readExport } from "../../src/export/read";
import { SAMPLE_TARGETS, sampleExportZip, sampleZipName } from "../exportSample";
import type { Addon } from "../loader";
import { atLocal, type DemoMonth, demoMonths, isoDay, type LocalDay, localDay } from "./calendar";

type Reading = [
  brand: number,
  findPeople: number,
  engage: number,
  relationships: number,
  industryAvg: number,
  networkAvg: number,
];

/**
 * Ana's readings, one a month: the article's 32.45 → 66.99 in the first two weeks (the first month's
 * 5th and its reading day), then steady growth past 70. The dates come from the demo's calendar.
 */
export const DEMO_READINGS: Reading[] = [
  [5.2, 12.1, 7.9, 7.25, 24, 48],
  [12.5, 21, 16.74, 16.75, 24, 48],
  [13.4, 21.2, 17.1, 17.3, 24, 48],
  [14.6, 21.3, 17.6, 17.9, 24, 49],
  [15.9, 21.4, 18.0, 18.6, 25, 49],
  [17.1, 21.5, 18.3, 19.4, 25, 49],
  [18.2, 21.6, 18.7, 20.1, 25, 50],
  [19.0, 21.7, 18.9, 21.0, 25, 50],
  [19.8, 21.8, 19.2, 21.8, 25, 50],
  [20.4, 21.9, 19.5, 22.6, 26, 51],
  [21.7, 21.16, 16.95, 23.4, 26, 51],
  [21.9, 22.4, 17.6, 25, 26, 52],
];

/** A month's figures for each block (its place in the demo, 1 = first), growing (700+ executives as 1st-degree contacts). */
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

/**
 * Monthly targets for the Target column, so each block shows its share of targets met: seed 004's
 * KPI targets (3 updates a week, 300 actions, 60 new connections, 8 meetings), the rest a little
 * above where the demo's figures start, so the share grows through the year.
 */
const DEMO_TARGETS: Record<string, number> = {
  profile_views: 200,
  search_appearances: 60,
  total_reach: 250000,
  first_degree: 1000,
  second_degree: 200000,
  network_growth: 60,
  requests_sent_target: 80,
  first_degree_target_companies: 200,
  target_companies_followed: 40,
  requests_received: 40,
  updates_per_week: 3,
  actions_on_updates: 300,
  followers_gained: 60,
  open_contacts: 20,
  calls_per_week: 5,
  meetings: 8,
};

/** Types the demo's targets into every dashboard's Target column, as a person would (New year carries them on). */
function typeTargets(addon: Addon): void {
  const { workbook } = addon.standIn;
  for (const sheet of workbook.sheets().filter((x) => x.name.startsWith("KPI "))) {
    const keys = addon.standIn.sheet(sheet.name).getRange("A1:A80").getValues();
    keys.forEach(([key], i) => {
      const id = typeof key === "string" ? key.replace(/^metric:/, "") : "";
      const target = DEMO_TARGETS[id];
      if (target !== undefined) addon.standIn.typeInto(`${quote(sheet.name)}!D${i + 1}`, target);
    });
  }
}

/** A sheet's name as a formula or an address spells it. */
function quote(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
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
  period: DemoMonth,
  values: Record<string, string>,
  reading: Record<string, unknown> | null,
  profile?: { id: string; name: string },
): void {
  const { year, month } = period;
  const answer = addon.callFromClient("saveEntry", [
    { language: "en", year, month, values, reading, ...(profile ? { profile } : {}) },
  ]);
  if (answer.error) throw new Error(answer.error);
  const result = answer.result as { ok: boolean; message: string };
  if (!result.ok) throw new Error(result.message);
}

/**
 * A menu action, then what is left of its work over several profiles: the sidebar the menu opens
 * carries it on, step by step, as it would for the user.
 */
function menu(addon: Addon, fn: string): void {
  addon.call(fn);
  for (let step = 0; step < 100; step++) {
    const answer = addon.callFromClient("continueWork", []);
    if (answer.error) throw new Error(`continueWork: ${answer.error}`);
    if ((answer.result as { finished: boolean }).finished) return;
  }
  throw new Error(`${fn}: its work did not finish`);
}

/** A menu action or endpoint that must succeed for the demo to make sense. */
function run(addon: Addon, fn: string, ...args: unknown[]): void {
  const answer = addon.callFromClient(fn, args);
  if (answer.error) throw new Error(`${fn}: ${answer.error}`);
}

/**
 * Seed 002's consultancy: three more executives beside the first, with pillars in the range the article
 * gives (find people 21.16 and 21, engage 16.95, relationships 25), read once a month from their month
 * `from` of the demo on (1 = its first month).
 */
export const EXECUTIVES: {
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

/** An executive's figures in a month of the demo (the month's place, 1 = first), or null before they start. */
export function executiveMonth(
  e: (typeof EXECUTIVES)[number],
  i: number,
  period: DemoMonth,
): { reading: Record<string, string | number>; values: Record<string, string> } | null {
  if (period.index < e.from) return null;
  const n = period.index - e.from;
  const [brand, findPeople, engage, relationships] = e.start.map((v, k) =>
    Math.min(25, Math.round((v + n * (e.step[k] ?? 0)) * 100) / 100),
  );
  // A dip in the demo's ninth month for Tom: the team sheet marks a drop of 5 points or more.
  const dip = e.name.startsWith("Tom") && period.index === 9 ? 3 : 0;
  const day = Math.min(12 + i, period.lastDay);
  return {
    reading: {
      date: isoDay({ year: period.year, month: period.month, day }),
      brand: (brand ?? 0) - dip,
      findPeople: findPeople ?? 0,
      engage: (engage ?? 0) - dip,
      relationships: relationships ?? 0,
    },
    values: {
      meetings: String(2 + ((period.index + i) % 4)),
      own1: String(10 + n + i * 2),
      updates_per_week: String(2 + ((period.index + i) % 3)),
      actions_on_updates: String(180 + 15 * n),
      network_growth: String(35 + 3 * n + i * 5),
    },
  };
}

/** Ana's readings in a month of the demo: two in the first (the 5th and two weeks on), one after. */
function anaReadings(period: DemoMonth): Record<string, unknown>[] {
  const at = (k: number, day: number) => {
    const [brand, findPeople, engage, relationships, industryAvg, networkAvg] = DEMO_READINGS[
      k
    ] as Reading;
    const date = isoDay({ year: period.year, month: period.month, day });
    return { date, brand, findPeople, engage, relationships, industryAvg, networkAvg };
  };
  const readings =
    period.index === 1 ? [at(0, 5), at(1, 19)] : [at(period.index, period.readingDay)];
  return readings.map((r) => ({ ...r, industryRank: 5, networkRank: 10 }));
}

/** The demo's clock: today (pinned or real), and a way to go back in time while the history is entered. */
export interface DemoClock {
  today: Date;
  /** Moves the add-on's clock to a moment, or back to today with null. */
  travel(at: Date | null): void;
}

/**
 * Imports a made-up LinkedIn export, made today, as the sidebar would (read here, only counts sent): the
 * months typed before are kept, the Network sheet shows the network behind them.
 */
function importSample(addon: Addon, today: LocalDay): void {
  const end = new Date(Date.UTC(today.year, today.month - 1, today.day));
  run(addon, "saveSettings", { targetCompanies: SAMPLE_TARGETS.join("\n") });
  const read = readExport(
    [{ name: sampleZipName(end), bytes: sampleExportZip(1_150, end, 30) }],
    SAMPLE_TARGETS,
    "en",
  );
  if (!read.ok) throw new Error(read.message);
  run(addon, "applyImport", { summary: read.summary, overwrite: false, build: [] });
}

/**
 * Loads the demo through the add-on's own menu and sidebar endpoints, as a user would have over the
 * last eleven months: the clock goes back to the first month, the menu's New month runs at each month's
 * start (into January it starts the new year's dashboards), each month's figures and readings are
 * saved on their day, and the clock comes back to today for the import.
 */
export function loadDemo(addon: Addon, clock: DemoClock): void {
  const zone = addon.standIn.workbook.state.timeZone;
  const today = localDay(clock.today, zone);
  const months = demoMonths(today);
  const first = months[0] as DemoMonth;
  clock.travel(atLocal({ ...first, day: 1 }, 9, 0, zone));
  addon.call("saveSettings", {
    language: "en",
    profileName: "Ana Ruiz (CEO)",
    totalTarget: 80,
    carryForward: true,
  });
  addon.call("buildDashboard");
  composeKpi(addon);
  for (const e of EXECUTIVES) run(addon, "saveProfile", { name: e.name, totalTarget: e.target });
  typeTargets(addon);
  const form = addon.callFromClient("getSettingsForm", []).result as {
    profiles: { id: string; name: string }[];
  };
  addon.call("buildTeamSheet");
  for (const period of months) {
    if (period.index > 1) {
      clock.travel(atLocal({ ...period, day: 1 }, 8, 0, zone));
      menu(addon, "newMonth");
    }
    // The month's entries are made on its last reading's day, in the evening.
    const days = EXECUTIVES.map((_, i) => Math.min(12 + i, period.lastDay));
    const day = period.index === 1 ? 19 : Math.max(period.readingDay, ...days);
    clock.travel(atLocal({ ...period, day }, 20, 0, zone));
    save(addon, period, monthValues(period.index), null);
    for (const reading of anaReadings(period)) save(addon, period, {}, reading);
    EXECUTIVES.forEach((e, i) => {
      const entry = executiveMonth(e, i, period);
      const profile = form.profiles[i + 1] as { id: string; name: string };
      if (entry) save(addon, period, entry.values, entry.reading, profile);
    });
  }
  clock.travel(null);
  // Early in a month the history ends last month: New month, as the user would on its first day.
  menu(addon, "newMonth");
  // The main profile is the one the demo's user works on, and whose export is imported.
  addon.callFromClient("getEntryForm", [{ profile: "main" }]);
  importSample(addon, today);
  addon.call("refreshCharts");
  addon.call("buildTeamSheet");
  // A new spreadsheet's empty first sheet has no part in the demo: remove it, as a user would.
  const wb = addon.standIn.workbook;
  const blank = wb.sheetByName("Sheet1");
  if (blank && wb.lastRow(blank) === 0 && wb.sheets().length > 1) wb.removeSheet(blank);
}
