/** Settings kept in parts under Apps Script's 9 KB per property, read back as one text. */
import { describe, expect, it } from "vitest";
import {
  cutBytes,
  joinSettings,
  PART_BYTES,
  PARTS_KEY,
  SETTINGS_KEY,
  settingsParts,
  staleParts,
} from "../../src/plan/settingsParts";

const bytes = (t: string) => Buffer.byteLength(t, "utf8");

describe("settings parts", () => {
  it("reads a spreadsheet made before parts: its one `settings` property, no count", () => {
    expect(SETTINGS_KEY).toBe("settings");
    expect(PARTS_KEY).toBe("settings:parts");
    expect(joinSettings({ settings: '{"language":"de"}' })).toBe('{"language":"de"}');
    expect(joinSettings({ settings: "ab", "settings:2": "cd", "settings:parts": "2" })).toBe(
      "abcd",
    );
  });

  it("counts UTF-8 bytes at each width's edge: 1 to U+007F, 2 to U+07FF, 3 to U+FFFF, then 4", () => {
    expect(cutBytes("\u007f\u007f", 2)).toEqual(["\u007f\u007f"]);
    expect(cutBytes("\u0080\u0080", 2)).toEqual(["\u0080", "\u0080"]);
    expect(cutBytes("a\u07ff", 3)).toEqual(["a\u07ff"]);
    expect(cutBytes("a\u0800", 3)).toEqual(["a", "\u0800"]);
    expect(cutBytes("\u0800a", 4)).toEqual(["\u0800a"]);
    expect(cutBytes("\uffffa", 4)).toEqual(["\uffffa"]);
    expect(cutBytes("\u{10000}a", 4)).toEqual(["\u{10000}", "a"]);
  });

  it("keeps a short settings text as one property, as spreadsheets made before parts hold it", () => {
    const json = JSON.stringify({ language: "pl", profileName: "Łukasz" });
    expect(settingsParts(json, {})).toEqual({ [SETTINGS_KEY]: json });
    expect(joinSettings({ [SETTINGS_KEY]: json })).toBe(json);
    expect(joinSettings({})).toBeNull();
  });

  it("cuts a long text in parts well under 9 KB, never inside a character, and joins them back", () => {
    const json = JSON.stringify({
      companies: Array.from({ length: 200 }, (_, i) => `Łódź ${i} ${"ż".repeat(90)} 🚀`),
    });
    const parts = settingsParts(json, {});
    const keys = Object.keys(parts);
    expect(Number(parts[PARTS_KEY])).toBeGreaterThan(3);
    for (const [k, v] of Object.entries(parts))
      expect(bytes(k) + bytes(v)).toBeLessThanOrEqual(PART_BYTES);
    expect(keys).toContain(`${SETTINGS_KEY}:2`);
    expect(joinSettings(parts)).toBe(json);
    expect(cutBytes("aé🚀", 3)).toEqual(["aé", "🚀"]);
    expect(cutBytes("abcd", 2)).toEqual(["ab", "cd"]);
    expect(cutBytes("", 5)).toEqual([""]);
  });

  it("a missing part reads as no settings, not as half of them", () => {
    const parts = settingsParts("x".repeat(20_000), {});
    delete parts[`${SETTINGS_KEY}:2`];
    expect(joinSettings(parts)).toBeNull();
  });

  it("a shorter text writes its count back to one and names the parts left over", () => {
    const long = settingsParts("x".repeat(20_000), {});
    expect(long[PARTS_KEY]).toBe("3");
    const short = settingsParts("{}", long);
    expect(short).toEqual({ [SETTINGS_KEY]: "{}", [PARTS_KEY]: "1" });
    expect(staleParts(long, short)).toEqual([`${SETTINGS_KEY}:2`, `${SETTINGS_KEY}:3`]);
    expect(staleParts(short, long)).toEqual([]);
    // Written without a count is one part.
    expect(staleParts(long, { [SETTINGS_KEY]: "{}" })).toEqual([
      `${SETTINGS_KEY}:2`,
      `${SETTINGS_KEY}:3`,
    ]);
    expect(joinSettings({ ...long, ...short })).toBe("{}");
  });
});
