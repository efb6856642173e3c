/**
 * Work that spans 30 profiles runs in steps: each execution rebuilds the profiles that fit in about 20
 * modeled seconds and answers at once; `continueWork()` carries the rest, each step well inside Apps
 * Script's 6 minutes, and a step stopped halfway by the time limit is redone.
 */
import { describe, expect, it } from "vitest";
import { EXECUTION_LIMIT_MS } from "../../dev/standin";
import type { WorkAnswer } from "../../src/plan/work";
import { freshAddon, rowOfKey } from "../support/addon";

type Addon = ReturnType<typeof freshAddon>;

/** A spreadsheet with `count` profiles, each with its dashboard, and this year's team sheet. */
function team(count: number): Addon {
  const addon = freshAddon();
  addon.call("buildDashboard");
  for (let i = 2; i <= count; i++) {
    const reply = addon.callFromClient("saveProfile", [{ name: `Rep ${i}`, totalTarget: 80 }]);
    expect(reply.error).toBeUndefined();
  }
  addon.call("buildTeamSheet");
  return addon;
}

interface Step {
  calls: number;
  seconds: number;
  answer: WorkAnswer;
}

/** Runs `first` (an endpoint or a menu action), then continueWork until it says finished. */
function allSteps(addon: Addon, first: () => WorkAnswer): Step[] {
  const steps: Step[] = [];
  const measure = (run: () => WorkAnswer) => {
    addon.standIn.counter.reset();
    const answer = run();
    steps.push({
      calls: addon.standIn.counter.total,
      seconds: addon.standIn.lastExecutionMs / 1000,
      answer,
    });
    return answer;
  };
  let answer = measure(first);
  while (!answer.finished) {
    expect(steps.length).toBeLessThan(40);
    answer = measure(() => addon.callFromClient("continueWork", []).result as WorkAnswer);
  }
  return steps;
}

/** An endpoint's answer as work: pending while steps are left, else finished. */
function asWork(result: unknown): WorkAnswer {
  const r = result as { ok: boolean; message: string; pending?: WorkAnswer };
  expect(r.ok, r.message).toBe(true);
  return r.pending ?? { finished: true, done: 0, total: 0, message: r.message };
}

function expectWithinQuotas(steps: Step[]): void {
  for (const s of steps) {
    expect(s.seconds).toBeLessThanOrEqual(30);
    expect(s.calls).toBeLessThanOrEqual(400);
  }
}

describe("a language change over 30 profiles", () => {
  it("a second start while it is pending adds nothing more, and closing the panel halfway keeps it for later", () => {
    const addon = team(30);
    const first = asWork(addon.callFromClient("saveSettings", [{ language: "de" }]).result);
    expect(first.finished).toBe(false);
    const again = asWork(addon.callFromClient("saveSettings", [{ language: "de" }]).result);
    // The pending profiles are not doubled; a save of settings rebuilds the user's own profile, as ever.
    expect(again.total).toBe(31);
    expect(again.done).toBeGreaterThan(first.done);
    // A month saved meanwhile, for a profile not yet done, lands in its dashboard.
    const form = addon.callFromClient("getSettingsForm", []).result as {
      profiles: { id: string; name: string }[];
    };
    const last = form.profiles.at(-1)!;
    const saved = addon.callFromClient("saveEntry", [
      {
        language: "de",
        profile: last,
        year: 2026,
        month: 11,
        values: { meetings: "6" },
        reading: null,
      },
    ]);
    expect(saved.result).toMatchObject({ ok: true });
    const steps = allSteps(
      addon,
      () => addon.callFromClient("continueWork", []).result as WorkAnswer,
    );
    expect(steps.at(-1)!.answer).toMatchObject({ finished: true, done: 31, total: 31 });
    const dashboard = `KPI 2026 · ${last.name}`;
    const row = rowOfKey(addon, dashboard, "metric:meetings");
    expect(addon.standIn.range(`'${dashboard}'!O${row}`).getValue()).toBe(6);
    // With nothing pending, continueWork says so and changes nothing.
    addon.standIn.counter.reset();
    expect(addon.callFromClient("continueWork", []).result).toEqual({
      finished: true,
      done: 0,
      total: 0,
      message: "",
    });
  }, 120_000);

  it("a step stopped by the time limit is redone: every profile ends built, none half", () => {
    const addon = team(8);
    const first = asWork(addon.callFromClient("saveSettings", [{ language: "pl" }]).result);
    expect(first.finished).toBe(false);
    // The next step is cut off after 7 modeled seconds, in the middle of a profile.
    addon.standIn.ctx.execution.limitMs = 7_000;
    const cut = addon.callFromClient("continueWork", []);
    expect(cut.error).toMatch(/Exceeded maximum execution time/);
    addon.standIn.ctx.execution.limitMs = EXECUTION_LIMIT_MS;
    const steps = allSteps(
      addon,
      () => addon.callFromClient("continueWork", []).result as WorkAnswer,
    );
    expect(steps.at(-1)!.answer).toMatchObject({ finished: true, done: 8, total: 8 });
    const names = addon.standIn.workbook.sheets().map((s) => s.name);
    for (let i = 2; i <= 8; i++) {
      expect(names).toContain(`Dziennik SSI · Rep ${i}`);
      const dashboard = `KPI 2026 · Rep ${i}`;
      expect(rowOfKey(addon, dashboard, "ssi:total")).toBeGreaterThan(0);
    }
  }, 120_000);
});

describe("New month into January over 30 profiles", () => {
  it("opens the panel, which carries every profile into next year with its targets, and makes next year's team sheet", () => {
    const addon = team(30);
    const newMonth = () => {
      addon.call("newMonth");
      const work = addon.standIn.workbook.state.properties.document.work;
      return work
        ? { finished: false, done: 0, total: 30, message: "" }
        : { finished: true, done: 30, total: 30, message: "" };
    };
    addon.setToday(new Date(Date.UTC(2026, 11, 1)));
    expectWithinQuotas(allSteps(addon, newMonth));
    addon.setToday(new Date(Date.UTC(2027, 0, 4)));
    addon.standIn.ctx.ui.length = 0;
    const steps = allSteps(addon, newMonth);
    expect(addon.standIn.ctx.ui.some((e) => e.kind === "sidebar")).toBe(true);
    expect(steps.length).toBeGreaterThan(1);
    expectWithinQuotas(steps);
    const names = addon.standIn.workbook.sheets().map((s) => s.name);
    for (let i = 2; i <= 30; i++) expect(names).toContain(`KPI 2027 · Rep ${i}`);
    expect(names).toContain("Team 2027");
    const targetRow = rowOfKey(addon, "KPI 2027 · Rep 30", "ssi:total");
    expect(addon.standIn.range(`'KPI 2027 · Rep 30'!D${targetRow}`).getValue()).toBe(80);
  }, 180_000);
});

describe("New year that folds the oldest year over 10 profiles", () => {
  it("folds one profile's old dashboard at a time in steps before the new ones, each step inside the quotas, every figure kept", () => {
    const addon = freshAddon({ today: new Date(Date.UTC(2025, 5, 2)) });
    addon.call("buildDashboard");
    for (let i = 2; i <= 10; i++)
      expect(addon.callFromClient("saveProfile", [{ name: `Rep ${i}` }]).error).toBeUndefined();
    addon.call("buildTeamSheet");
    const rep9 = "KPI 2025 · Rep 9";
    addon.standIn.range(`'${rep9}'!F${rowOfKey(addon, rep9, "metric:meetings")}`).setValue(9);
    addon.setToday(new Date(Date.UTC(2026, 5, 2)));
    allSteps(addon, () => {
      addon.call("newYear");
      return { finished: false, done: 0, total: 10, message: "" };
    });
    const ss = addon.standIn.globals.SpreadsheetApp.getActiveSpreadsheet();
    for (let i = ss.getNumSheets(); i < 200; i++) ss.insertSheet(`Notes ${i}`);

    const year = allSteps(addon, () => {
      addon.call("newYear");
      return { finished: false, done: 0, total: 20, message: "" };
    });
    expectWithinQuotas(year);
    expect(year.length).toBeGreaterThan(3);
    const names = addon.standIn.workbook.sheets().map((sh) => sh.name);
    expect(names.filter((n) => n.startsWith("KPI 2027"))).toHaveLength(10);
    expect(names.filter((n) => n.startsWith("KPI 2025"))).toEqual([]);
    expect(names).not.toContain("Team 2025");
    expect(names.length).toBeLessThanOrEqual(200);
    const archive = addon.standIn.sheet("Archive 2025").getDataRange().getValues();
    expect(new Set(archive.slice(1).map((r) => r[0])).size).toBe(10);
    const meetings = archive.find((r) => r[0] === "Rep 9" && r[2] === "metric:meetings");
    expect(meetings?.[6]).toBe(9);
    expect(addon.standIn.workbook.state.properties.document.work).toBeUndefined();
    expect(String(year.at(-1)?.answer.message)).toContain("folded into “Archive 2025”");
  }, 120_000);
});

describe("at the promised maxima", () => {
  const name60 = (i: number) =>
    `Łucja Wiśniewska-Kowalczyk ${String(i).padStart(2, "0")} (Key Account Director)`
      .padEnd(60, "x")
      .slice(0, 60);

  it("30 profiles of 60 characters, 200 companies, 12 own metrics and the KPI: a language change answers at once and goes on step by step with its progress to every profile's sheets in Polish, then New year, each step inside the quotas, every typed value kept", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    const answer = (fn: string, input: unknown) => {
      const reply = addon.callFromClient(fn, [input]);
      expect(reply.error, fn).toBeUndefined();
      return asWork(reply.result);
    };
    const blocks = ["business", "branding", "network", "interaction", "engagement", "presale"];
    for (let i = 1; i <= 12; i++)
      answer("saveOwnMetric", {
        name: `Own metric ${i}`,
        block: blocks[i % blocks.length],
        aggregation: "sum",
        whole: true,
      });
    answer("saveCompanyKpi", {
      language: "en",
      ssi: [{ source: "ssi", target: "80", weight: "40" }],
      business: [{ source: "own6", target: "20", weight: "30" }],
      strategic: [{ source: "own2", target: "10", weight: "30" }],
    });
    const companies = Array.from({ length: 200 }, (_, i) => `Company ${i}`.padEnd(100, "ą"));
    answer("saveSettings", { profileName: name60(0), targetCompanies: companies.join("\n") });
    for (let i = 1; i < 30; i++)
      answer("saveProfile", {
        name: name60(i),
        url: `https://www.linkedin.com/in/${"lucja-wisniewska-kowalczyk-".repeat(3)}${i}`,
        totalTarget: 85,
      });
    addon.call("buildTeamSheet");
    // A figure typed in the last profile's own metric, to find again at the end.
    const last = `KPI 2026 · ${name60(29)}`;
    const own6 = rowOfKey(addon, last, "own:own6");
    addon.standIn.range(`'${last}'!O${own6}`).setValue(17);

    // Into Polish, whose sheet names are the longest in bytes ("Sieć", "Zespół"), carried to its end: a
    // language change's steps do the same work in every language, so one shows the quotas hold.
    const change = allSteps(addon, () => answer("saveSettings", { language: "pl" }));
    expectWithinQuotas(change);
    expect(change.length).toBeGreaterThan(2);
    const first = change[0]!.answer;
    expect(first.finished).toBe(false);
    expect(first.total).toBe(30);
    expect(first.message).toMatch(/^Stosowanie do profilu \d+ z 30…/);
    // Progress only moves forward, to 30 of 30.
    const done = change.map((s) => s.answer.done);
    expect(done).toEqual([...done].sort((a, b) => a - b));
    expect(change.at(-1)!.answer).toMatchObject({ finished: true, done: 30, total: 30 });
    expect(change.at(-1)!.answer.message).toBe("Ustawienia zapisane.");
    const changed = addon.standIn.workbook.sheets().map((s) => s.name);
    for (let i = 1; i < 30; i++) expect(changed).toContain(`Dziennik SSI · ${name60(i)}`);
    expect(changed).toContain("Zespół 2026");
    expect(changed.some((n) => n.startsWith("SSI log"))).toBe(false);
    expect(addon.standIn.workbook.state.properties.document.work).toBeUndefined();
    addon.setToday(new Date(Date.UTC(2026, 11, 1)));
    const year = allSteps(addon, () => {
      addon.call("newYear");
      return {
        finished: !("work" in addon.standIn.workbook.state.properties.document),
        done: 0,
        total: 30,
        message: "",
      };
    });
    expectWithinQuotas(year);
    const names = addon.standIn.workbook.sheets().map((s) => s.name);
    expect(names).toContain(`KPI 2027 · ${name60(29)}`);
    expect(addon.standIn.range(`'${last}'!O${rowOfKey(addon, last, "own:own6")}`).getValue()).toBe(
      17,
    );
    const props = Object.entries(addon.standIn.workbook.state.properties.document);
    const bytes = (t: string) => Buffer.byteLength(t, "utf8");
    expect(Math.max(...props.map(([k, v]) => bytes(k) + bytes(v)))).toBeLessThanOrEqual(9 * 1024);
    expect(addon.standIn.workbook.state.properties.document.work).toBeUndefined();
  }, 300_000);
});
