/** Creator analytics workbooks and the data export picked together: sorted, read, joined, or refused. */
import { describe, expect, it } from "vitest";
import type { Day } from "../../src/domain/day";
import { checkSummary } from "../../src/domain/exportSummary";
import { messages } from "../../src/domain/i18n";
import { LANGUAGES } from "../../src/domain/language";
import { CREATOR_PROBLEMS } from "../../src/export/creator";
import { isWorkbook, readPicked } from "../../src/export/picked";
import {
  CSV_AS_XLSX,
  contentName,
  creatorXlsx,
  daysFrom,
  figuresOf,
  truncated,
} from "../support/creatorFiles";
import { exportZip, TARGETS, ZIP_NAME } from "../support/exportFiles";

const TODAY: Day = "2026-11-23";

const creator = (first: Day, last: Day) => ({
  name: contentName(first, last),
  bytes: creatorXlsx({ first, last }),
});
const zip = () => ({ name: ZIP_NAME, bytes: exportZip() });

/** A month's sums of the generated figures, each day once. */
function sums(days: Day[], month: string) {
  const inMonth = [...new Set(days)].filter((d) => d.startsWith(month)).map(figuresOf);
  return {
    actions_on_updates: inMonth.reduce((a, f) => a + f.engagements, 0),
    followers_gained: inMonth.reduce((a, f) => a + f.newFollowers, 0),
    impressions: inMonth.reduce((a, f) => a + f.impressions, 0),
  };
}

describe("isWorkbook", () => {
  it("knows a workbook by its name or by its parts, and a data export ZIP as none", () => {
    const bytes = creatorXlsx({ first: "2026-01-01", last: "2026-01-31" });
    expect(isWorkbook({ name: "download", bytes })).toBe(true);
    expect(isWorkbook({ name: "Content.XLSX", bytes: CSV_AS_XLSX })).toBe(true);
    expect(isWorkbook(zip())).toBe(false);
    expect(isWorkbook({ name: "Connections.csv", bytes: CSV_AS_XLSX })).toBe(false);
    // Cut short, its directory is gone: left to the export reader, which says the ZIP is damaged.
    expect(isWorkbook({ name: "x.zip", bytes: truncated(bytes) })).toBe(false);
  });
});

describe("readPicked", () => {
  it("joins overlapping creator files and a data export into one summary the server takes", () => {
    const picked = [
      creator("2026-03-10", "2026-05-31"),
      creator("2026-05-01", "2026-06-15"),
      zip(),
    ];
    const read = readPicked(picked, TARGETS, "en", TODAY);
    if (!read.ok) throw new Error(read.message);
    const { summary } = read;
    expect(checkSummary(summary).ok).toBe(true);
    const days = [...daysFrom("2026-03-10", "2026-05-31"), ...daysFrom("2026-05-01", "2026-06-15")];
    for (const month of ["2026-03", "2026-04", "2026-05", "2026-06"]) {
      const { impressions, ...figures } = sums(days, month);
      expect(summary.months[month], month).toMatchObject(figures);
      expect(summary.creator?.months[month]?.impressions, month).toBe(impressions);
    }
    // The export's own figures are still there, beside the creator's.
    expect(summary.months["2026-06"]?.first_degree).toBe(6);
    expect(summary.exportDay).toBe("2026-06-27");
    expect(summary.creator?.windows).toEqual([
      { first: "2026-03-10", last: "2026-05-31" },
      { first: "2026-05-01", last: "2026-06-15" },
    ]);
    expect(summary.creator?.months["2026-03"]).toMatchObject({ daysCovered: 22, partial: true });
    expect(summary.creator?.months["2026-05"]).toMatchObject({ daysCovered: 31, partial: false });
    expect(read.said).toEqual([
      "Read 4 files, exported on 2026-06-27.",
      "Read 2 creator analytics files, 2026-03-10 – 2026-06-15.",
    ]);
    // No file name of the creator's crosses: LinkedIn puts the member's name in it.
    expect(JSON.stringify(summary)).not.toContain("AnaGarcia");
  });

  it("reads creator files alone, dated by their last day", () => {
    const read = readPicked([creator("2025-12-20", "2026-01-31")], [], "de", TODAY);
    if (!read.ok) throw new Error(read.message);
    expect(read.summary.files).toEqual([]);
    expect(read.summary.network).toBeNull();
    expect(read.summary.exportDay).toBe("2026-01-31");
    expect(Object.keys(read.summary.months)).toEqual(["2025-12", "2026-01"]);
    expect(checkSummary(read.summary).ok).toBe(true);
    expect(read.said).toEqual(["1 Datei der Creator-Analysen gelesen, 2025-12-20 – 2026-01-31."]);
  });

  it("fills a month that lost more followers than it gained with 0, and says so", () => {
    const bytes = creatorXlsx({
      first: "2026-02-01",
      last: "2026-02-28",
      figures: (day) => ({
        impressions: 10,
        engagements: 1,
        newFollowers: day < "2026-02-06" ? -2 : 0,
      }),
    });
    const read = readPicked([{ name: "f.xlsx", bytes }], [], "en", TODAY);
    if (!read.ok) throw new Error(read.message);
    expect(read.summary.months["2026-02"]).toEqual({ actions_on_updates: 28, followers_gained: 0 });
    expect(read.notes).toEqual([
      "February 2026: LinkedIn counts 10 followers more lost than gained; followers gained is filled with 0.",
    ]);
    expect(checkSummary(read.summary).ok).toBe(true);
  });

  it("refuses a broken workbook by name, in the user's language, whatever comes with it", () => {
    const good = creator("2026-01-01", "2026-01-31");
    const cases = [
      ["Content_csv_renamed.xlsx", CSV_AS_XLSX, "is not an Excel workbook (.xlsx)"],
      ["Content_truncated.xlsx", truncated(good.bytes), "is damaged"],
      [
        "Content_no_followers.xlsx",
        creatorXlsx({ first: "2026-01-01", last: "2026-01-31", without: ["followers"] }),
        "has no FOLLOWERS sheet",
      ],
    ] as const;
    for (const [name, bytes, says] of cases) {
      const read = readPicked([good, zip(), { name, bytes }], TARGETS, "en", TODAY);
      expect(read.ok, name).toBe(false);
      if (!read.ok)
        expect(read.message).toMatch(new RegExp(`^${name} ${says.replace(/[().]/g, "\\$&")}`));
    }
    const future = readPicked([creator("2026-11-01", "2026-11-30")], [], "es", TODAY);
    expect(future).toEqual({
      ok: false,
      message: expect.stringMatching(
        /^Content_2026-11-01_2026-11-30_AnaGarcia\.xlsx cubre días posteriores/,
      ),
    });
  });

  it("has a sentence naming the file for every reason a creator file is refused, in every language", () => {
    for (const language of LANGUAGES)
      for (const problem of CREATOR_PROBLEMS) {
        const text = messages(language).exportImport.creator.errors[problem];
        expect(text.length, `${language} ${problem}`).toBeGreaterThan(20);
        if (problem !== "noFiles") expect(text, `${language} ${problem}`).toContain("{file}");
      }
  });
});
