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
