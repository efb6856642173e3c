/** Pasting LinkedIn's SSI page fills the reading, in each of our four languages. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseSsiPage } from "../../src/domain/ssiPage";

const page = (lang: string) => readFileSync(`test/fixtures/ssi-page-${lang}.txt`, "utf8");

describe("parseSsiPage", () => {
  it.each(["en", "es", "de", "pl"])(
    "finds every figure on a %s page, decimal commas included",
    (lang) => {
      const result = parseSsiPage(page(lang));
      expect(result.found).toEqual({
        total: 76,
        brand: 21.7,
        findPeople: 21.16,
        engage: 16.95,
        relationships: 15.4,
        industryAvg: 24,
        networkAvg: 48,
        industryRank: 3,
        networkRank: 12,
      });
      expect(result.missing).toEqual([]);
    },
  );

  it("falls back on the pillars' fixed order when their names are reworded", () => {
    const text =
      "Social Selling Index\n67 out of 100\nPillar one\n12,5\nPillar two\n21\nPillar three\n16,74\nPillar four\n16,75";
    const found = parseSsiPage(text.replace("\n21\n", "\n21,00\n")).found;
    expect([found.brand, found.findPeople, found.engage, found.relationships]).toEqual([
      12.5, 21, 16.74, 16.75,
    ]);
  });

  it("says what it did not find", () => {
    const result = parseSsiPage(
      "Establish your professional brand\n12.5\nFind the right people\n21",
    );
    expect(result.found).toEqual({ brand: 12.5, findPeople: 21 });
    expect(result.missing).toEqual([
      "total",
      "engage",
      "relationships",
      "industryAvg",
      "networkAvg",
      "industryRank",
      "networkRank",
    ]);
  });

  it("finds nothing in unrelated text", () => {
    expect(parseSsiPage("Hello, this is not the SSI page.").found).toEqual({});
  });
});
