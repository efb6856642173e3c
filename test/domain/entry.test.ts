/** A submission is checked whole: any bad field means nothing is saved, with a message in the user's language. */
import { describe, expect, it } from "vitest";
import { checkEntry, parseDate } from "../../src/domain/entry";
import { said } from "../support/said";

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
    expect(said(result).errors).toEqual({
      profile_views: "-3 ist negativ. Geben Sie 0 oder mehr ein.",
      first_degree: "12,5 ist keine ganze Zahl. Anzahlen haben keine Nachkommastellen.",
      meetings: "„viele“ ist keine Zahl. Geben Sie Ziffern ein, z. B. 21,16 oder 21.16.",
      "reading.engage": "30 liegt außerhalb von 0–25.",
    });
    expect(said(result).message).toContain("Nichts wurde gespeichert");
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
      expect(Object.keys(said(result).errors)).toEqual([
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
    if (!result.ok) expect(Object.keys(said(result).errors).sort()).toEqual(["bogus", "ssi"]);
    expect(said(result).errors.bogus).toContain("bogus");
  });

  it("refuses a month or year that does not exist", () => {
    const result = checkEntry({ language: "pl", year: 1999, month: 13, values: {}, reading: null });
    expect(result.ok).toBe(false);
    if (!result.ok)
      expect(said(result).errors.month).toBe(
        "Miesiąc 13 nie istnieje. Wybierz miesiąc od 1 do 12.",
      );
  });
});

describe("checkEntry: what the sidebar sends, checked whole", () => {
  const base = { language: "en", year: 2026, month: 11, values: {}, reading: null };
  const errorsOf = (input: unknown, today?: () => string) => {
    const result = checkEntry(input, today);
    return said(result).errors;
  };
  const malformed = (field: string) =>
    `The sidebar sent something the add-on cannot read (${field}). Reload the sidebar and try again.`;

  it("says which part of a submission it could not read", () => {
    expect(errorsOf("entry")).toMatchObject({ form: malformed("entry") });
    expect(errorsOf({ ...base, values: [] })).toEqual({ form: malformed("values") });
    expect(errorsOf({ ...base, reading: "21" })).toEqual({ form: malformed("reading") });
    expect(errorsOf({ ...base, profile: "p1" })).toEqual({ form: malformed("profile") });
    expect(errorsOf({ ...base, profile: { id: 7, name: "Ana" } })).toEqual({
      form: malformed("profile"),
    });
    expect(errorsOf({ ...base, profile: { id: "p1", name: null } })).toEqual({
      form: malformed("profile"),
    });
    expect(errorsOf({ ...base, profile: { id: "p1", name: "A".repeat(101) } })).toEqual({
      form: malformed("profile"),
    });
    expect(checkEntry({ ...base, profile: { id: "p1", name: "A".repeat(100) } }).ok).toBe(true);
  });

  it("takes years 2000 to 2100 and months 1 to 12, whole", () => {
    for (const [year, month] of [
      [2000, 1],
      [2100, 12],
    ])
      expect(checkEntry({ ...base, year, month }).ok, `${year}-${month}`).toBe(true);
    for (const [year, month] of [
      [1999, 0],
      [2101, 13],
      [2026.5, 1.5],
      ["x", "y"],
    ])
      expect(Object.keys(errorsOf({ ...base, year, month })), `${year}-${month}`).toEqual([
        "year",
        "month",
      ]);
    expect(errorsOf({ ...base, year: 1999 }).year).toBe("Year 1999 is outside 2000–2100.");
  });

  it("keeps the profile it was given, and the main one when none is", () => {
    const mine = checkEntry({ ...base, profile: { id: "p2", name: "Ana" } });
    expect(mine.ok && mine.entry.profile).toEqual({ id: "p2", name: "Ana" });
    const main = checkEntry(base);
    expect(main.ok && main.entry.profile).toEqual({ id: "main", name: "" });
  });

  it("refuses a note without a reading, and takes a reading without a note", () => {
    expect(errorsOf({ ...base, reading: { note: "Webinar" } })).toEqual({
      "reading.note":
        "A note belongs to an SSI reading: enter the four pillars too, or clear the note.",
    });
    expect(checkEntry({ ...base, reading: { note: " ", brand: "" } }).ok).toBe(true);
    const noted = checkEntry({ ...base, reading: { ...reading, note: "x".repeat(600) } });
    expect(noted.ok && noted.entry.reading?.note).toHaveLength(500);
    const plain = checkEntry({ ...base, reading });
    expect(plain.ok && plain.entry.reading?.note).toBe("");
  });

  it("asks for the pillars when only the averages or ranks are given", () => {
    expect(Object.keys(errorsOf({ ...base, reading: { industryAvg: "30" } }))).toEqual([
      "reading.brand",
      "reading.findPeople",
      "reading.engage",
      "reading.relationships",
    ]);
  });

  it("dates a reading from 2014 up to the spreadsheet's today, both included", () => {
    const today = () => "2026-11-23";
    expect(checkEntry({ ...base, reading: { ...reading, date: "2014-01-01" } }, today).ok).toBe(
      true,
    );
    expect(checkEntry({ ...base, reading: { ...reading, date: "2026-11-23" } }, today).ok).toBe(
      true,
    );
    expect(errorsOf({ ...base, reading: { ...reading, date: "2013-12-31" } }, today)).toEqual({
      "reading.date":
        "2013-12-31 is before 2014, when LinkedIn introduced the SSI. Enter a later date.",
    });
    expect(errorsOf({ ...base, reading: { ...reading, date: "2026-11-24" } }, today)).toEqual({
      "reading.date": "2026-11-24 is after today (2026-11-23). Enter the day you read the SSI.",
    });
    expect(errorsOf({ ...base, reading: { ...reading, date: "soon" } })).toEqual({
      "reading.date": "“soon” is not a date. Use a date like 2026-11-23.",
    });
    expect(errorsOf({ ...base, reading: { ...reading, date: undefined } })).toEqual({
      "reading.date": "“” is not a date. Use a date like 2026-11-23.",
    });
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
    if (!result.ok) expect(said(result).errors["reading.brand"]).toContain(message);
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
    expect(Object.keys(said(bad).errors)).toEqual(["reading.industryAvg"]);
    // A reading with a pillar left out names each pillar: the one missing, and the one wrong.
    const partial = checkEntry({
      language: "en",
      year: 2026,
      month: 11,
      values: {},
      reading: {
        date: "2026-11-16",
        brand: "26",
        findPeople: "21",
        engage: "",
        relationships: "15",
      },
    });
    expect(Object.keys(said(partial).errors).sort()).toEqual(["reading.brand", "reading.engage"]);
  });
});

describe("parseDate", () => {
  it("reads ISO and European dates, and refuses impossible ones", () => {
    expect(parseDate("2026-11-23")).toBe("2026-11-23");
    expect(parseDate("2026-1-5")).toBe("2026-01-05");
    expect(parseDate("23.11.2026")).toBe("2026-11-23");
    expect(parseDate("31/02/2026")).toBeNull();
    expect(parseDate("yesterday")).toBeNull();
    expect(parseDate(" 23/11/2026 ")).toBe("2026-11-23");
    for (const text of [
      "x2026-11-23",
      "2026-11-23x",
      "123.11.2026",
      "23.11.20267",
      "1.1.2026 9:00",
    ])
      expect(parseDate(text), text).toBeNull();
    expect(parseDate(20261123)).toBeNull();
  });
});

describe("replacing a reading of the same day", () => {
  const reading = {
    date: "2026-11-16",
    brand: "12.5",
    findPeople: "21",
    engage: "16.95",
    relationships: "25",
  };
  const base = { language: "en", year: 2026, month: 11, values: {}, reading };

  it("is never asked for by default, only by a plain true", () => {
    for (const [given, expected] of [
      [undefined, false],
      ["true", false],
      [1, false],
      [true, true],
    ] as const) {
      const checked = checkEntry({
        ...base,
        ...(given === undefined ? {} : { replaceReading: given }),
      });
      expect(checked.ok && checked.entry.replaceReading).toBe(expected);
    }
  });
});
