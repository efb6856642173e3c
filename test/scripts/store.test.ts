/** The Marketplace listing's assets and texts are within what the listing accepts, in the four languages. */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../src/domain/language";

const store = join(import.meta.dirname, "../../store");

/** A PNG's width and height, from its IHDR chunk. */
function pngSize(path: string): { width: number; height: number } {
  const bytes = readFileSync(path);
  expect(bytes.subarray(1, 4).toString("latin1")).toBe("PNG");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

/** A listing's sections by their `## ` heading. */
function sections(lang: string): Record<string, string> {
  const text = readFileSync(join(store, lang, "listing.md"), "utf8");
  const found: Record<string, string> = {};
  for (const part of text.split(/^## /m).slice(1)) {
    const [heading = "", ...body] = part.split("\n");
    found[heading.trim()] = body.join("\n").trim();
  }
  return found;
}

describe("the Marketplace graphics", () => {
  it.each([
    ["icon-128.png", 128, 128],
    ["icon-32.png", 32, 32],
    ["banner-220x140.png", 220, 140],
  ])("%s is %i × %i", (file, width, height) => {
    expect(pngSize(join(store, file))).toEqual({ width, height });
  });

  it("has three to five screenshots, each 1280 × 800", () => {
    const shots = readdirSync(join(store, "screenshots")).filter((f) => f.endsWith(".png"));
    expect(shots.length).toBeGreaterThanOrEqual(3);
    expect(shots.length).toBeLessThanOrEqual(5);
    for (const shot of shots)
      expect(pngSize(join(store, "screenshots", shot))).toEqual({ width: 1280, height: 800 });
  });
});

describe.each(LANGUAGES)("the %s listing", (lang) => {
  const s = sections(lang);

  it("has the five sections, none empty", () => {
    expect(Object.keys(s)).toEqual([
      "Name",
      "Short description",
      "Detailed description",
      "Scopes",
      "Support",
    ]);
    for (const body of Object.values(s)) expect(body.length).toBeGreaterThan(0);
  });

  it("keeps the name within 50 characters and free of Google's names", () => {
    expect(s.Name!.length).toBeLessThanOrEqual(50);
    expect(s.Name).not.toMatch(/google|sheets/i);
  });

  it("keeps the short description within 200 characters, on one line", () => {
    expect(s["Short description"]!.length).toBeLessThanOrEqual(200);
    expect(s["Short description"]).not.toContain("\n");
  });

  it("keeps the detailed description under 16,000 characters", () => {
    expect(s["Detailed description"]!.length).toBeLessThan(16_000);
  });

  it("explains exactly the manifest's scopes", () => {
    const manifest = JSON.parse(
      readFileSync(join(import.meta.dirname, "../../appsscript.json"), "utf8"),
    ) as { oauthScopes: string[] };
    const named = [...s.Scopes!.matchAll(/`(https:[^`]+)`/g)].map((m) => m[1]);
    expect(named.sort()).toEqual([...manifest.oauthScopes].sort());
  });
});
