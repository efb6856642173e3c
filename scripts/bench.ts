/** npm run bench: service calls and local time of the add-on's actions, each beside a baseline measured in this run. */

import { statSync } from "node:fs";
import { performance } from "node:perf_hooks";
import { loadAddon } from "../dev/loader";
import { defaultMetricSettings } from "../src/domain/ownMetrics";
import { readCreator } from "../src/export/creator";
import { dashboardPlan } from "../src/plan/dashboard";
import { dashboardLayout } from "../src/plan/layout";
import { AUTOMATIC_FORMAT } from "../src/plan/sheetPlan";
import { contentName, creatorXlsx } from "../test/support/creatorFiles";
import { creatorChromium, importCalls, ROWS, readTimings } from "./benchExport";
import { personLineCalls } from "./benchPersonLines";
import { kpiCalls, profileCalls, spanningCosts, teamCalls } from "./benchTeam";

const TODAY = new Date(Date.UTC(2026, 10, 23));

function time<T>(run: () => T): { ms: number; result: T } {
  const start = performance.now();
  const result = run();
  return { ms: performance.now() - start, result };
}

function row(label: string, ours: string, baseline: string): void {
  console.log(`${label.padEnd(44)} ${ours.padStart(18)} ${baseline.padStart(22)}`);
}

/** The same template written the naive way: one cell at a time, as many scripts do. */
function naiveBuild(): { calls: number; ms: number } {
  const addon = loadAddon({ now: () => TODAY });
  const { SpreadsheetApp } = addon.standIn.globals;
  const plan = dashboardPlan({
    year: 2026,
    language: "en",
    profile: { id: "main", name: "" },
    profileName: "",
    totalTarget: 80,
    highlightMonth: 11,
    logName: "SSI log",
    kept: new Map(),
    layout: dashboardLayout(),
    metrics: defaultMetricSettings(),
  });
  addon.standIn.counter.reset();
  const { ms } = time(() => {
    const ss = SpreadsheetApp.getActiveSpreadsheet();
    ss.insertSheet("SSI log");
    const sheet = ss.insertSheet(plan.name);
    for (let r = 0; r < plan.rows; r++) {
      for (let c = 0; c < plan.cols; c++) {
        const cell = sheet.getRange(r + 1, c + 1);
        cell.setValue(plan.values[r]?.[c] ?? "");
        // The automatic format as Sheets reports it, where the plan gives none (as the adapter writes it).
        cell.setNumberFormat(plan.numberFormats[r]?.[c] || AUTOMATIC_FORMAT);
        cell.setBackground(plan.backgrounds[r]?.[c] ?? null);
        cell.setFontColor(plan.fontColors[r]?.[c] ?? null);
        cell.setFontWeight(plan.fontWeights[r]?.[c] ?? null);
      }
    }
  });
  return { calls: addon.standIn.counter.total, ms };
}

function ourBuild(years: number): { calls: number; ms: number } {
  const addon = loadAddon({ now: () => TODAY });
  const props = addon.standIn.workbook.state.properties.document;
  const build = (year: number) => {
    props.settings = JSON.stringify({ language: "en", current: { year, month: 6 } });
    addon.call("buildDashboard");
  };
  for (let y = 0; y < years - 1; y++) build(2020 + y);
  addon.standIn.counter.reset();
  const { ms } = time(() => build(2020 + years - 1));
  return { calls: addon.standIn.counter.total, ms };
}

function rebuildWithData(): { calls: number; ms: number } {
  const addon = loadAddon({ now: () => TODAY });
  addon.call("buildDashboard");
  for (let m = 1; m <= 11; m++) {
    addon.callFromClient("saveEntry", [
      {
        language: "en",
        year: 2026,
        month: m,
        values: { profile_views: String(90 + m), first_degree: String(700 + 40 * m) },
        reading: {
          date: `2026-${String(m).padStart(2, "0")}-10`,
          brand: "20",
          findPeople: "21",
          engage: "16.95",
          relationships: "15.4",
        },
      },
    ]);
  }
  addon.standIn.counter.reset();
  const { ms } = time(() => addon.call("buildDashboard"));
  return { calls: addon.standIn.counter.total, ms };
}

function saveMonth(withReading: boolean): { calls: number; ms: number } {
  const addon = loadAddon({ now: () => TODAY });
  addon.call("buildDashboard");
  addon.standIn.counter.reset();
  const reading = withReading
    ? {
        date: "2026-11-16",
        brand: "12.5",
        findPeople: "21",
        engage: "16.74",
        relationships: "16.75",
      }
    : null;
  const { ms } = time(() =>
    addon.callFromClient("saveEntry", [
      {
        language: "en",
        year: 2026,
        month: 11,
        values: { profile_views: "120", meetings: "4" },
        reading,
      },
    ]),
  );
  return { calls: addon.standIn.counter.total, ms };
}

function ssiGapRange(): { ours: number; loop: number } {
  const addon = loadAddon({ now: () => TODAY });
  const range = Array.from({ length: 100 }, (_, r) =>
    Array.from({ length: 100 }, (_, c) => ((r * 100 + c) % 2501) / 100),
  );
  addon.call("SSI_GAP", range);
  const ours = Math.min(...[1, 2, 3, 4, 5].map(() => time(() => addon.call("SSI_GAP", range)).ms));
  const loop = Math.min(
    ...[1, 2, 3, 4, 5].map(
      () =>
        time(() =>
          range.map((line) => line.map((x) => Math.round(Math.max(0, 25 - x) * 100) / 100)),
        ).ms,
    ),
  );
  return { ours, loop };
}

/** A year's creator analytics file (365 days, counts as text as the 2026 format has them) read in Node: best of 15. */
function creatorRead(): number {
  const [first, last] = ["2025-11-23", "2026-11-22"];
  const bytes = creatorXlsx({ first, last, numbers: "text" });
  const picked = [{ name: contentName(first, last), bytes }];
  const once = () => {
    const read = readCreator(picked, "2026-11-23");
    if (!read.ok) throw new Error(read.problem);
  };
  return Math.min(...Array.from({ length: 15 }, () => time(once).ms));
}

console.log(
  "Social Selling KPIs: benchmarks (stand-in service calls; local time on this machine)\n",
);
row("", "add-on", "baseline");
const naive = naiveBuild();
const first = ourBuild(1);
row("First build of a year: service calls", String(first.calls), `${naive.calls} (per cell)`);
row("First build of a year: local ms", first.ms.toFixed(0), `${naive.ms.toFixed(0)} (per cell)`);
const again = rebuildWithData();
row("Rebuild over 11 months of data: calls", String(again.calls), `${naive.calls} (per cell)`);
row(
  "Rebuild over 11 months of data: local ms",
  again.ms.toFixed(0),
  `${naive.ms.toFixed(0)} (per cell)`,
);
for (const years of [1, 3, 10])
  row(
    `Build next to ${years - 1} earlier year(s): calls`,
    String(ourBuild(years).calls),
    `${first.calls} (1 year)`,
  );
const lines = personLineCalls(TODAY);
row(
  "Rebuild, no person's lines: calls",
  String(lines.plain),
  `${naive.calls} (per cell); goal ≤ 40`,
);
row(
  "Rebuild around 5 rows + 2 columns of a person's",
  String(lines.around),
  `${lines.plain} (none); goal ≤ 60`,
);
row("  its writes on a person's line", String(lines.onTheirs), "goal 0");
const save = saveMonth(true);
const saveOnly = saveMonth(false);
row("Save a month + SSI reading: calls", String(save.calls), "goal ≤ 10");
row("Save a month, no reading: calls", String(saveOnly.calls), "goal ≤ 10");
const gapBench = ssiGapRange();
row(
  "SSI_GAP over 10,000 cells: ms",
  gapBench.ours.toFixed(2),
  `${gapBench.loop.toFixed(2)} (plain loop)`,
);
row(
  "dist/Code.js: KiB",
  (statSync("dist/Code.js").size / 1024).toFixed(1),
  "Apps Script limit 50 MB",
);
row("dist/Sidebar.html: KiB", (statSync("dist/Sidebar.html").size / 1024).toFixed(1), "");

const reading = await readTimings();
for (const [where, t] of [
  ["Node", reading.node],
  ["Chromium", reading.chromium],
] as const)
  row(
    `Read a ${ROWS.toLocaleString("en")}-row Connections.csv, ${where}: ms`,
    `${t.ours.toFixed(0)} (${(t.ours / t.bare).toFixed(1)}×)`,
    `${t.bare.toFixed(0)} (papaparse alone)`,
  );
row("Read a year's creator analytics .xlsx, Node: ms", creatorRead().toFixed(1), "goal < 1000");
row(
  "Read a year's creator analytics .xlsx, Chromium: ms",
  (await creatorChromium()).toFixed(1),
  "goal < 1000",
);
const imported = importCalls(TODAY);
row("Import a year of the export: calls", String(imported.year), "goal ≤ 10 per year");
row("  each further year: calls", String(imported.perYear), "goal ≤ 10 per year");
row("  first import (Network sheet, log): calls", String(imported.first), "");

const profiles = profileCalls(TODAY);
row(
  "Add a profile (its dashboard, log, charts): calls",
  String(profiles.add),
  `${first.calls} (first build)`,
);
row("Rebuild a profile's dashboard: calls", String(profiles.rebuild), "goal ≤ 37");
const team = [1, 4, 30].map((n) => teamCalls(TODAY, n));
row("Team sheet, 1 / 4 / 30 profiles: calls", team.join(" / "), "goal ≤ 30, flat");
const kpi = kpiCalls(TODAY);
row(
  "Rebuild with 6 shown, 2 own metrics, KPI: calls",
  String(kpi.rebuild),
  `${again.calls} (plain rebuild)`,
);
row("Change the company KPI: calls", String(kpi.change), "");

// Work that spans profiles, in steps: the largest single execution for 1, 4 and 30 profiles, beside
// all its steps together (what one execution did before steps), against Apps Script's 6 minutes.
const spans = [1, 4, 30].map((n) => spanningCosts(TODAY, n));
const cost = (c: { calls: number; seconds: number } | undefined) =>
  c ? `${c.calls} (${c.seconds.toFixed(0)} s)` : "";
for (const action of Object.keys(spans[0] ?? {})) {
  row(
    `${action}, largest step, 1 / 4 / 30 profiles`,
    spans.map((c) => cost(c[action]?.largest)).join(" / "),
    `all in one: ${spans.map((c) => cost(c[action]?.total)).join(" / ")}`,
  );
  row(`${action}, steps for 1 / 4 / 30`, spans.map((c) => c[action]?.steps).join(" / "), "");
}
