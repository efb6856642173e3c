/** Pasting LinkedIn's SSI page fills the reading, in our four languages and in any other. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseSsiPage } from "../../src/domain/ssiPage";

const page = (lang: string) => readFileSync(`test/fixtures/ssi-page-${lang}.txt`, "utf8");

describe("parseSsiPage", () => {
  const everyFigure = {
    total: 76,
    brand: 21.7,
    findPeople: 21.16,
    engage: 16.95,
    relationships: 15.4,
    industryAvg: 24,
    networkAvg: 48,
    industryRank: 3,
    networkRank: 12,
  };

  it.each(["en", "es", "de", "pl"])(
    "finds every figure on a %s page, decimal commas included",
    (lang) => {
      const result = parseSsiPage(page(lang));
      expect(result.found).toEqual(everyFigure);
      expect(result.missing).toEqual([]);
    },
  );

  it.each(["fr", "pt", "it", "nl", "tr", "ja"])(
    "reads a %s page by its structure, with menus, counters and footers around it",
    (lang) => {
      const result = parseSsiPage(page(lang));
      // The Japanese page has a whole score (15) among the decimals, as LinkedIn shows a round one.
      const relationships = lang === "ja" ? 15 : 15.4;
      expect(result.found).toEqual({ ...everyFigure, relationships });
      expect(result.missing).toEqual([]);
    },
  );

  it.each(["feed", "profile"])(
    "fills nothing from a LinkedIn %s page: numbers, percentages and a 100, but no SSI",
    (kind) => {
      const result = parseSsiPage(readFileSync(`test/fixtures/not-ssi-${kind}.txt`, "utf8"));
      expect(result.found).toEqual({});
      expect(result.missing).toHaveLength(9);
    },
  );

  it("finds the total beside 100, before or after it, on its line or split over two", () => {
    const total = (text: string) => parseSsiPage(`SSI\n${text}`).found.total;
    expect(total("76 out of 100")).toBe(76);
    expect(total("100 üzerinden 76")).toBe(76);
    expect(total("100点中76点")).toBe(76);
    expect(total("76/100")).toBe(76);
    expect(total("76\nsu 100")).toBe(76);
    expect(total("Aktuell 76 von insgesamt möglichen 100")).toBeUndefined();
    expect(total("76 out of 100 (top 5%)")).toBeUndefined();
    expect(total("12 of 100 of 7")).toBeUndefined();
    expect(total("Social Selling Index 76 out of 100 points")).toBe(76);
    expect(total("Today\nsu 100")).toBeUndefined();
  });

  it("reads a rank under a heading naming the SSI, written either way round", () => {
    const ranks = (text: string) => {
      const { industryRank, networkRank } = parseSsiPage(`SSI\n76 / 100\n${text}`).found;
      return [industryRank, networkRank];
    };
    expect(ranks("Sektördeki SSI sıralaması\nİlk %3\nAğınızdaki SSI\n%12")).toEqual([3, 12]);
    expect(ranks("業界内のSSIランク 上位3%\nネットワーク内のSSIランク 上位12%")).toEqual([3, 12]);
    expect(ranks("Menu\nSave 20%\nIndustry SSI rank\nTop 3%")).toEqual([3, undefined]);
    expect(ranks(`SSI${" x".repeat(40)}\nTop 5%`)).toEqual([undefined, undefined]);
    expect(ranks("Network SSI rank\nTop 120%")).toEqual([undefined, undefined]);
  });

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

  it("places averages and ranks by the words industry or network where our languages name them", () => {
    const onPage = (text: string) => parseSsiPage(`Your SSI\n76 out of 100\n${text}`).found;
    expect(onPage("Network average: 48\nIndustry average SSI 24, top 3 %")).toEqual({
      total: 76,
      industryAvg: 24,
      networkAvg: 48,
      industryRank: 3,
    });
    expect(onPage("Network rank top 12 %\nIndustry rank top 3%\nNetwork top 40%")).toEqual({
      total: 76,
      networkRank: 12,
      industryRank: 3,
    });
    expect(onPage(`Industry${" x".repeat(90)}\nTop 5%`)).toEqual({ total: 76 });
    expect(onPage("Something 5%")).toEqual({ total: 76 });
    expect(parseSsiPage("Top 5%\nsomething").found).toEqual({});
    expect(parseSsiPage("Average: 24").found).toEqual({});
  });

  it("takes the averages from the sentences naming the SSI, the industry's first", () => {
    const averages = (text: string) => {
      const { industryAvg, networkAvg } = parseSsiPage(`SSI\n76 / 100\n${text}`).found;
      return [industryAvg, networkAvg];
    };
    expect(averages("Der SSI liegt bei 24.\nIhr Netz: SSI 48")).toEqual([24, 48]);
    expect(averages("平均SSIは24です。\n平均SSIは48です。\nSSI 150")).toEqual([24, 48]);
    expect(averages("SSI of 24, top 3%")).toEqual([24, undefined]);
    expect(averages("Notifications 12\nSSI")).toEqual([undefined, undefined]);
  });

  it("takes only lone numbers as scores in order: a counter beside a word, or before the total, is not one", () => {
    const scores = (text: string) => {
      const f = parseSsiPage(text).found;
      return [f.brand, f.findPeople, f.engage, f.relationships];
    };
    const four = "  21,7\n21,16 \n16,95\n15";
    expect(scores(`Messages\n3\n76 out of 100\nSSI\n${four}`)).toEqual([21.7, 21.16, 16.95, 15]);
    expect(scores(`SSI\n76 out of 100\nMessages 3\n${four}\n3 new`)).toEqual([
      21.7, 21.16, 16.95, 15,
    ]);
    // Without a total, whole numbers are counters: only lone decimals are taken, and only four.
    expect(scores("Build relationships 9\n3\n12,5\n21,5\n16,74")).toEqual([
      undefined,
      undefined,
      undefined,
      9,
    ]);
    expect(
      scores("Build relationships 9\nRating 4,5\n12,5\n21,5\n4,5 stars\n16,74\n16,75"),
    ).toEqual([12.5, 21.5, 16.74, 9]);
  });

  it("takes a total split over two lines only from a lone number, two decimals at most", () => {
    const total = (text: string) => parseSsiPage(`SSI\n${text}`).found.total;
    expect(total("76,55\nsu 100")).toBe(76.55);
    expect(total("Index 76\nsu 100")).toBeUndefined();
    expect(total("76 pts\nsu 100")).toBeUndefined();
    expect(total("76,555\nsu 100")).toBeUndefined();
  });

  it("finds nothing in unrelated text", () => {
    expect(parseSsiPage("Hello, this is not the SSI page.").found).toEqual({});
  });
});
