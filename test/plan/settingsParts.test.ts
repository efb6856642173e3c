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
    expect(joinSettings({ ...long, ...short })).toBe("{}");
  });
});
