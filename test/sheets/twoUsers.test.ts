/** Two users at once: the second waits at the document lock and then sees what the first wrote. */
import { describe, expect, it } from "vitest";
import type { SettingsForm } from "../../src/plan/entryForm";
import { freshAddon } from "../support/addon";

type Addon = ReturnType<typeof freshAddon>;

function ok(addon: Addon, fn: string, input?: unknown) {
  const answer = addon.callFromClient(fn, input === undefined ? [] : [input]);
  expect(answer.error, fn).toBeUndefined();
  return answer.result as { ok: boolean; message: string };
}

const form = (addon: Addon) =>
  addon.callFromClient("getSettingsForm", []).result as SettingsForm & { targetCompanies: string };

describe("a second user at the lock", () => {
  it("keeps the first user's new profile when the second adds one while waiting", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    // The first user is adding Max when the second presses Add for Eva: Eva's execution waits for Max's.
    addon.standIn.ctx.othersAtLock.push(() => {
      expect(ok(addon, "saveProfile", { name: "Max Weber" }).ok).toBe(true);
    });
    expect(ok(addon, "saveProfile", { name: "Eva Nowak" }).ok).toBe(true);
    const names = form(addon).profiles.map((p) => p.name);
    expect(names).toHaveLength(3);
    expect(names).toEqual(expect.arrayContaining(["Max Weber", "Eva Nowak"]));
    expect(addon.standIn.workbook.sheetByName("KPI 2026 · Max Weber")).not.toBeNull();
    expect(addon.standIn.workbook.sheetByName("KPI 2026 · Eva Nowak")).not.toBeNull();
  });

  it("keeps the first user's target companies when the second changes the language meanwhile", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    addon.standIn.ctx.othersAtLock.push(() => {
      ok(addon, "saveSettings", { targetCompanies: "Vantora\nKestrel AG" });
    });
    expect(ok(addon, "saveSettings", { language: "de" }).ok).toBe(true);
    const after = form(addon);
    expect(after.language).toBe("de");
    expect(after.targetCompanies).toBe("Vantora\nKestrel AG");
  });

  it("asks New month's question before taking the lock, so no one waits on a dialog", () => {
    const addon = freshAddon({ today: new Date(Date.UTC(2026, 9, 5)) });
    addon.call("saveSettings", { carryForward: true });
    addon.call("buildDashboard");
    addon.setToday(new Date(Date.UTC(2026, 10, 2)));
    addon.call("newMonth");
    const alerts = addon.standIn.ctx.ui.filter((e) => e.kind === "alert");
    expect(alerts).toHaveLength(1);
    expect(alerts[0]?.lockHeld).toBe(false);
    expect(addon.standIn.ctx.ui.filter((e) => e.kind === "toast").at(-1)?.message).toContain(
      "November",
    );
  });
});

describe("two people while work runs over 30 profiles", () => {
  it("a second person's save at the start, the middle and the end of every step of a language change waits and lands; the first person's work finishes", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    for (let i = 2; i <= 30; i++) ok(addon, "saveProfile", { name: `Rep ${i}` });
    addon.call("buildTeamSheet");
    const { ctx } = addon.standIn;
    /** Each step's round trips in the last change, to place the next change's arrivals by them. */
    let lengths: number[] = [];
    const saves: { error?: string; result?: unknown }[] = [];
    const change = (language: string, at: (step: number) => number) => {
      const measured: number[] = [];
      let step = 0;
      const arrive = () => {
        const k = step;
        ctx.arrival = {
          atCall: Math.max(1, at(k)),
          run: () => {
            saves.push(
              addon.callFromClient("saveEntry", [
                {
                  language: "en",
                  year: 2026,
                  month: 1 + (k % 12),
                  values: { meetings: String(k) },
                  reading: null,
                },
              ]),
            );
          },
        };
      };
      const run = (fn: string, args: unknown[]) => {
        arrive();
        addon.standIn.counter.reset();
        const answer = addon.callFromClient(fn, args);
        measured.push(addon.standIn.counter.total);
        // A step holds the lock for less than another person waits for it.
        expect(addon.standIn.lastExecutionMs, `${fn} step ${step}`).toBeLessThan(30_000);
        step++;
        return answer.result as { pending?: { finished: boolean }; finished?: boolean };
      };
      let answer = run("saveSettings", [{ language }]);
      let finished = !answer.pending;
      while (!finished) {
        answer = run("continueWork", []);
        finished = answer.finished === true;
      }
      ctx.arrival = null;
      lengths = measured;
      return step;
    };
    // At the start of every step, then halfway through the shortest step, then at every step's last call.
    const steps = change("es", () => 1);
    expect(steps).toBeGreaterThan(1);
    const halfway = Math.floor(Math.min(...lengths) / 2);
    expect(halfway).toBeGreaterThan(5);
    change("de", () => halfway);
    change("en", () => Number.POSITIVE_INFINITY);
    expect(saves.length).toBe(lengths.length + 2 * steps);
    for (const save of saves) {
      expect(save.error).toBeUndefined();
      expect(save.result).toMatchObject({ ok: true });
    }
    // The first person's change reached every profile: their dashboards are in English again.
    const names = addon.standIn.workbook.state.sheets.map((s) => s.name);
    expect(names.filter((n) => n.startsWith("KPI 2026"))).toHaveLength(30);
    expect(names).toContain("Team 2026");
    expect(names).not.toContain("Equipo 2026");
    expect(names).not.toContain("Team 2026 (2)");
  }, 300_000);

  it("a save that finds the lock held past its wait is refused with the busy message, and writes nothing", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    addon.standIn.ctx.lockBusyMs = 31_000;
    const before = JSON.stringify(addon.standIn.workbook.state.sheets);
    const answer = addon.callFromClient("saveEntry", [
      { language: "es", year: 2026, month: 1, values: { meetings: "3" }, reading: null },
    ]);
    expect(answer.error).toBe(
      "Otra persona está actualizando esta hoja. Inténtalo de nuevo en unos segundos.",
    );
    expect(JSON.stringify(addon.standIn.workbook.state.sheets)).toBe(before);
  });
});
