/** A submission is checked whole: any bad field means nothing is saved, with a message in the user's language. */
import { describe, expect, it } from "vitest";
import { checkEntry, parseDate } from "../../src/domain/entry";

const reading = {
  date: "2026-11-16",
  brand: "21,7",
  findPeople: "21,16",
  engage: "16,95",
  relationships: "15,4",
};

describe("checkEntry", () => {
  it("accepts a month's figures and a reading with decimal commas", () => {
    const result = checkEntry({
      language: "es",
      year: 2026,
      month: 11,
      values: { profile_views: "120", updates_per_week: "2,5", profile_level: "Experto" },
      reading,
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.entry.values).toEqual({
      profile_views: 120,
      updates_per_week: 2.5,
      profile_level: "expert",
    });
    expect(result.entry.reading?.pillars).toEqual([21.7, 21.16, 16.95, 15.4]);
    expect(result.entry.reading?.date).toBe("2026-11-16");
  });

  it("names each bad field, in the user's language", () => {
    const result = checkEntry({
      language: "de",
      year: 2026,
      month: 11,
      values: { profile_views: "-3", first_degree: "12,5", meetings: "viele" },
      reading: { ...reading, engage: "30" },
    });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.errors).toEqual({
      profile_views: "-3 ist negativ. Geben Sie 0 oder mehr ein.",
      first_degree: "12,5 ist keine ganze Zahl. Anzahlen haben keine Nachkommastellen.",
      meetings: "„viele“ ist keine Zahl. Geben Sie Ziffern ein, z. B. 21,16 oder 21.16.",
      "reading.engage": "30 liegt außerhalb von 0–25.",
    });
    expect(result.message).toContain("Nichts wurde gespeichert");
  });

  it("needs all four pillars for a reading", () => {
    const result = checkEntry({
      language: "en",
      year: 2026,
      month: 11,
      values: {},
      reading: { date: "2026-11-16", brand: "12.5" },
    });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(Object.keys(result.errors)).toEqual([
        "reading.findPeople",
        "reading.engage",
        "reading.relationships",
      ]);
  });

  it("refuses fields it does not know and derived metrics", () => {
    const result = checkEntry({
      language: "en",
      year: 2026,
      month: 11,
      values: { ssi: "70", bogus: "1" },
      reading: null,
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(Object.keys(result.errors).sort()).toEqual(["bogus", "ssi"]);
  });

  it("refuses a month or year that does not exist", () => {
    const result = checkEntry({ language: "pl", year: 1999, month: 13, values: {}, reading: null });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(result.errors.month).toBe("Miesiąc 13 nie istnieje. Wybierz miesiąc od 1 do 12.");
  });
});

describe("scores have at most two decimals, as LinkedIn shows them", () => {
  it.each([
    ["en", "21.155", "21.155 has more than 2 decimals"],
    ["es", "21,155", "21,155 tiene más de 2 decimales"],
    ["de", "21,155", "21,155 hat mehr als 2 Nachkommastellen"],
    ["pl", "21,155", "21,155 ma więcej niż 2 miejsca po przecinku"],
  ])("%s: %s is refused, saying why", (language, brand, message) => {
    const result = checkEntry({
      language,
      year: 2026,
      month: 11,
      values: {},
      reading: { ...reading, brand, industryAvg: "" },
    });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors["reading.brand"]).toContain(message);
  });

  it("accepts 21.16, 25 and 0.01, and refuses an average of 33.333", () => {
    const ok = checkEntry({
      language: "en",
      year: 2026,
      month: 11,
      values: {},
      reading: {
        date: "2026-11-16",
        brand: "21.16",
        findPeople: "25",
        engage: "0.01",
        relationships: "0",
      },
    });
    expect(ok.ok).toBe(true);
    const bad = checkEntry({
      language: "en",
      year: 2026,
      month: 11,
      values: {},
      reading: {
        ...reading,
        brand: "21.7",
        findPeople: "21.16",
        engage: "16.95",
        relationships: "15.4",
        industryAvg: "33.333",
      },
    });
    expect(bad.ok).toBe(false);
  });
});

describe("parseDate", () => {
  it("reads ISO and European dates, and refuses impossible ones", () => {
    expect(parseDate("2026-11-23")).toBe("2026-11-23");
    expect(parseDate("2026-1-5")).toBe("2026-01-05");
    expect(parseDate("23.11.2026")).toBe("2026-11-23");
    expect(parseDate("31/02/2026")).toBeNull();
    expect(parseDate("yesterday")).toBeNull();
  });
});
