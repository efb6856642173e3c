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

  it("reads Polish names with ł and Ł, in any case", () => {
    expect(parseSsiPage("Znajdowanie właściwych osób\n21,16").found).toEqual({ findPeople: 21.16 });
    expect(parseSsiPage("ZNAJDOWANIE WŁAŚCIWYCH OSÓB 21,16").found).toEqual({ findPeople: 21.16 });
  });

  it("takes scores at their maximum, spaces and tabs as typed, and Windows line breaks", () => {
    expect(
      parseSsiPage(
        "100 out of 100\nEstablish your professional brand\n\n25\nFind the right  people\t 21",
      ).found,
    ).toEqual({ total: 100, brand: 25, findPeople: 21 });
    expect(
      parseSsiPage("Social Selling Index\r\n67 / 100\r\nBuild relationships\r\n15,4").found,
    ).toEqual({
      total: 67,
      relationships: 15.4,
    });
    expect(parseSsiPage("Engage with insights: 16,95 of 25 points").found).toEqual({
      engage: 16.95,
    });
  });

  it("takes no total over 100, and no percentage for a pillar's score", () => {
    expect(parseSsiPage("101 out of 100").found).toEqual({});
    expect(parseSsiPage("Build relationships\n15 %\nEngage with insights 26\n16,95").found).toEqual(
      {
        engage: 16.95,
      },
    );
    expect(parseSsiPage("Build relationships 155").found).toEqual({});
  });

  it("falls back on the order only with exactly four scores of 0–25, keeping a pillar found by name", () => {
    const four = "Pillar\n12,5\nPillar\n21,5\nPillar\n16,74\nPillar\n16,75";
    expect(parseSsiPage(`Build relationships 9\n${four}`).found).toEqual({
      brand: 12.5,
      findPeople: 21.5,
      engage: 16.74,
      relationships: 9,
    });
    expect(parseSsiPage(four.replace("21,5", "26,5")).found).toEqual({});
    expect(parseSsiPage(`${four}\nPillar\n3,5`).found).toEqual({});
  });

  it("finds averages and ranks only next to the words industry or network", () => {
    expect(parseSsiPage("Industry average SSI 24, top 3 %\nNetwork average: 48").found).toEqual({
      industryAvg: 24,
      networkAvg: 48,
      industryRank: 3,
    });
    expect(
      parseSsiPage("Network rank top 12 %\nIndustry rank top 3%\nNetwork top 40%").found,
    ).toEqual({
      networkRank: 12,
      industryRank: 3,
    });
    expect(parseSsiPage("Top 5%\nsomething").found).toEqual({});
    expect(parseSsiPage(`Industry${" x".repeat(90)}\nTop 5%`).found).toEqual({});
    expect(parseSsiPage("Average: 24").found).toEqual({});
  });

  it("finds nothing in unrelated text", () => {
    expect(parseSsiPage("Hello, this is not the SSI page.").found).toEqual({});
  });
});
