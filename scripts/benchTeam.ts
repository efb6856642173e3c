/** Profiles and the team sheet: service calls to build a profile's year, and the team sheet for 1, 4 and 30 profiles. */
import { loadAddon } from "../dev/loader";
import { ESSENTIAL_METRICS } from "../src/domain/catalog";

/** An add-on with `count` profiles, each with this year's dashboard. */
function withProfiles(today: Date, count: number) {
  const addon = loadAddon({ now: () => today });
  addon.call("buildDashboard");
  for (let i = 2; i <= count; i++) {
    const answer = addon.callFromClient("saveProfile", [{ name: `Rep ${i}` }]);
    if (answer.error) throw new Error(answer.error);
  }
  return addon;
}

/** Calls to add a profile (its first dashboard, log and charts) and to rebuild its dashboard. */
export function profileCalls(today: Date): { add: number; rebuild: number } {
  const addon = withProfiles(today, 2);
  addon.standIn.counter.reset();
  addon.callFromClient("saveProfile", [{ name: "Rep 3" }]);
  const add = addon.standIn.counter.total;
  addon.standIn.counter.reset();
  addon.call("buildDashboard");
  return { add, rebuild: addon.standIn.counter.total };
}

/** Calls to refresh the team sheet with a number of profiles. */
export function teamCalls(today: Date, count: number): number {
  const addon = withProfiles(today, count);
  addon.call("buildTeamSheet");
  addon.standIn.counter.reset();
  addon.call("buildTeamSheet");
  return addon.standIn.counter.total;
}

/**
 * Calls of a rebuild with the essential six shown, two own metrics and the company KPI (beside a plain
 * rebuild's), and of changing the KPI (this year's dashboard, its charts and the team sheet, rebuilt).
 */
export function kpiCalls(today: Date): { rebuild: number; change: number } {
  const addon = loadAddon({ now: () => today });
  addon.call("buildDashboard");
  const send = (fn: string, input: unknown) => {
    const answer = addon.callFromClient(fn, [input]);
    if (answer.error) throw new Error(answer.error);
  };
  send("saveMetricChoice", { shown: [...ESSENTIAL_METRICS] });
  send("saveOwnMetric", {
    name: "Opportunities",
    block: "business",
    aggregation: "sum",
    whole: true,
  });
  send("saveOwnMetric", { name: "Leads", block: "presale", aggregation: "sum", whole: true });
  send("saveCompanyKpi", {
    ssi: [{ source: "ssi", target: "80", weight: "40" }],
    business: [{ source: "own1", target: "20", weight: "20" }],
  });
  addon.standIn.counter.reset();
  addon.call("buildDashboard");
  const rebuild = addon.standIn.counter.total;
  addon.standIn.counter.reset();
  send("saveCompanyKpi", {
    ssi: [{ source: "ssi", target: "85", weight: "40" }],
    business: [{ source: "own1", target: "20", weight: "20" }],
  });
  return { rebuild, change: addon.standIn.counter.total };
}

/** One execution's service calls and modeled seconds (the stand-in's latency per kind of call). */
export interface ExecutionCost {
  calls: number;
  seconds: number;
}

/** An action that spans profiles: its largest single execution, all its steps together, how many. */
export interface SpanningCost {
  largest: ExecutionCost;
  total: ExecutionCost;
  steps: number;
}

/**
 * The actions that touch every profile, for `count` profiles: a language change, adding an own metric,
 * the company KPI, New year and New month into January, each carried to its end through continueWork.
 */
export function spanningCosts(today: Date, count: number): Record<string, SpanningCost> {
  const december = new Date(Date.UTC(today.getUTCFullYear(), 11, 10));
  let clock = december;
  const addon = loadAddon({ now: () => clock });
  addon.call("buildDashboard");
  for (let i = 2; i <= count; i++) addon.callFromClient("saveProfile", [{ name: `Rep ${i}` }]);
  const costs: Record<string, SpanningCost> = {};
  const once = (run: () => void): ExecutionCost => {
    addon.standIn.counter.reset();
    run();
    return { calls: addon.standIn.counter.total, seconds: addon.standIn.lastExecutionMs / 1000 };
  };
  const measure = (label: string, run: () => void) => {
    const steps = [once(run)];
    const pending = () => "work" in addon.standIn.workbook.state.properties.document;
    while (pending()) steps.push(once(() => addon.callFromClient("continueWork", [])));
    costs[label] = {
      largest: {
        calls: Math.max(...steps.map((s) => s.calls)),
        seconds: Math.max(...steps.map((s) => s.seconds)),
      },
      total: {
        calls: steps.reduce((n, s) => n + s.calls, 0),
        seconds: steps.reduce((n, s) => n + s.seconds, 0),
      },
      steps: steps.length,
    };
  };
  const send = (fn: string, input: unknown) => () => {
    const answer = addon.callFromClient(fn, [input]);
    if (answer.error) throw new Error(`${fn}: ${answer.error}`);
  };
  measure("Language change", send("saveSettings", { language: "es" }));
  measure(
    "Add an own metric",
    send("saveOwnMetric", { name: "Leads", block: "business", aggregation: "sum", whole: true }),
  );
  measure(
    "Company KPI",
    send("saveCompanyKpi", { ssi: [{ source: "ssi", target: "80", weight: "40" }] }),
  );
  measure("New year", () => addon.call("newYear"));
  clock = new Date(Date.UTC(today.getUTCFullYear() + 1, 0, 2));
  measure("New month into January", () => addon.call("newMonth"));
  return costs;
}
