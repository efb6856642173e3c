/**
 * At the sizes the README promises, inside Apps Script's quotas (taught to the stand-in): 30 profiles with
 * 60-character names and addresses and 200 target companies of 100 characters fit the 9 KB per property.
 */
import { describe, expect, it } from "vitest";
import type { SettingsForm } from "../../src/plan/entryForm";
import { freshAddon } from "../support/addon";

const bytes = (t: string) => Buffer.byteLength(t, "utf8");
const name60 = (i: number) =>
  `Łucja Wiśniewska-Kowalczyk ${String(i).padStart(2, "0")} (Key Account Director)`
    .padEnd(60, "x")
    .slice(0, 60);
const company100 = (i: number) =>
  `Przedsiębiorstwo Handlowo-Usługowe Żółć ${String(i).padStart(3, "0")} `.padEnd(94, "ą") +
  " Sp. z";

function ok(addon: ReturnType<typeof freshAddon>, fn: string, input: unknown) {
  const answer = addon.callFromClient(fn, [input]);
  expect(answer.error, fn).toBeUndefined();
  const result = answer.result as { ok: boolean; message: string; errors?: unknown };
  expect(result.ok, `${fn}: ${result.message} ${JSON.stringify(result.errors ?? "")}`).toBe(true);
  return result.message;
}

describe("settings at the promised maxima", () => {
  it("stores 30 profiles and 200 companies in parts under 9 KB each, and reads them back whole after a language change", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    const companies = Array.from({ length: 200 }, (_, i) => company100(i));
    expect(companies.every((c) => c.length === 100)).toBe(true);
    ok(addon, "saveSettings", {
      profileName: name60(0),
      targetCompanies: companies.join("\n"),
    });
    for (let i = 1; i < 30; i++)
      ok(addon, "saveProfile", {
        name: name60(i),
        url: `https://www.linkedin.com/in/${"lucja-wisniewska-kowalczyk-".repeat(3)}${i}`,
        totalTarget: 85,
      });
    const props = addon.standIn.workbook.state.properties.document;
    const sizes = Object.entries(props).map(([k, v]) => bytes(k) + bytes(v));
    expect(Math.max(...sizes)).toBeLessThanOrEqual(9 * 1024);
    expect(Object.keys(props)).toContain("settings:parts");

    // A language change renames every profile's sheets and writes the settings back.
    for (const language of ["pl"]) {
      ok(addon, "saveSettings", { language });
      const form = addon.callFromClient("getSettingsForm", []).result as SettingsForm & {
        targetCompanies: string;
      };
      expect(form.profiles).toHaveLength(30);
      expect(form.profiles.map((p) => p.name)).toEqual(
        Array.from({ length: 30 }, (_, i) => name60(i)),
      );
      expect(form.targetCompanies.split("\n")).toEqual(companies);
      expect(form.language).toBe(language);
    }
    const after = Object.entries(addon.standIn.workbook.state.properties.document);
    expect(Math.max(...after.map(([k, v]) => bytes(k) + bytes(v)))).toBeLessThanOrEqual(9 * 1024);
  }, 120_000);
});
