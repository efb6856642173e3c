/** Reading LinkedIn's creator analytics exports (.xlsx) in the browser: every variant, figures worked out apart. */
import { performance } from "node:perf_hooks";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { Day } from "../../src/domain/day";
import { type CreatorMonth, readCreator } from "../../src/export/creator";
import { sheetRows, xmlText } from "../../src/export/xlsx";
import {
  aggregateName,
  type CreatorFileOptions,
  CSV_AS_XLSX,
  contentName,
  creatorXlsx,
  daysFrom,
  type Figures,
  figuresOf,
  truncated,
} from "../support/creatorFiles";
import { PNG, utf8 } from "../support/exportFiles";

const TODAY: Day = "2026-06-15";

function file(options: CreatorFileOptions, name = contentName(options.first, options.last)) {
  return { name, bytes: creatorXlsx(options) };
}

function months(files: { name: string; bytes: Uint8Array }[], today = TODAY) {
  const read = readCreator(files, today);
  if (!read.ok) throw new Error(`${read.problem}: ${read.file}`);
  return read.summary;
}

/**
 * What the months should say, summed here day by day from the figures the files were made of: each
 * day once, from the last window that holds it (the windows given in order of their end).
 */
function expected(
  windows: { first: Day; last: Day; figures?: (day: Day) => Figures }[],
): Record<string, CreatorMonth> {
  const byDay = new Map<Day, Figures>();
  for (const w of windows)
    for (const day of daysFrom(w.first, w.last)) byDay.set(day, (w.figures ?? figuresOf)(day));
  const out: Record<string, CreatorMonth> = {};
  for (const day of [...byDay.keys()].sort()) {
    const f = byDay.get(day) as Figures;
    const [y, m] = day.split("-").map(Number) as [number, number];
    const key = day.slice(0, 7);
    const month = out[key] ?? {
      followersGained: 0,
      engagements: 0,
      impressions: 0,
      daysCovered: 0,
      daysInMonth: new Date(Date.UTC(y, m, 0)).getUTCDate(),
      partial: false,
    };
    out[key] = month;
    month.followersGained += f.newFollowers;
    month.engagements += f.engagements;
    month.impressions += f.impressions;
    month.daysCovered++;
    month.partial = month.daysCovered < month.daysInMonth;
  }
  return out;
}

const YEAR = { first: "2025-01-01", last: "2025-12-31" };

describe("a year in one file", () => {
  it("gives every month of the year, whole, summed day by day", () => {
    const summary = months([file(YEAR)]);
    expect(summary.months).toEqual(expected([YEAR]));
    expect(Object.keys(summary.months)).toHaveLength(12);
    expect(Object.values(summary.months).every((m) => !m.partial)).toBe(true);
    expect(summary.windows).toEqual([
      { file: "Content_2025-01-01_2025-12-31_AnaGarcia.xlsx", ...YEAR },
    ]);
  });

  it("sums January's 31 days by hand from the figures it was made of", () => {
    // figuresOf("2025-01-01"): day 20089 since 1970: 150 + (20089 × 7919) mod 2400 = 941 impressions,
    // (20089 × 31) mod 47 = 9 engagements, (20089 × 13) mod 9 = 4 followers; the test sums them all.
    expect(figuresOf("2025-01-01")).toEqual({ impressions: 941, engagements: 9, newFollowers: 4 });
    const january = months([file(YEAR)]).months["2025-01"];
    const days = daysFrom("2025-01-01", "2025-01-31").map(figuresOf);
    expect(january).toEqual({
      followersGained: days.reduce((s, f) => s + f.newFollowers, 0),
      engagements: days.reduce((s, f) => s + f.engagements, 0),
      impressions: days.reduce((s, f) => s + f.impressions, 0),
      daysCovered: 31,
      daysInMonth: 31,
      partial: false,
    });
  });

  it("reads the file the same whatever its strings are kept as: shared or inline", () => {
    const inline = months([file({ ...YEAR, strings: "inline" })]);
    expect(inline.months).toEqual(months([file(YEAR)]).months);
  });
});

describe("a file a month", () => {
  it("gives the same months as the year in one file, picked in any order", () => {
    const files = Array.from({ length: 12 }, (_, i) => {
      const first = `2025-${String(i + 1).padStart(2, "0")}-01`;
      const last = new Date(Date.UTC(2025, i + 1, 0)).toISOString().slice(0, 10);
      return file({ first, last }, aggregateName(first, last));
    }).reverse();
    const summary = months(files);
    expect(summary.months).toEqual(expected([YEAR]));
    expect(summary.windows.map((w) => w.first)).toEqual(
      Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, "0")}-01`),
    );
  });
});

describe("overlapping windows", () => {
  it("count a day in two files once, from the file whose window ends later (worked out by hand)", () => {
    const a = { first: "2025-01-30", last: "2025-02-02" };
    const b = { first: "2025-02-01", last: "2025-02-04" };
    const flat = (impressions: number, engagements: number, newFollowers: number) => () => ({
      impressions,
      engagements,
      newFollowers,
    });
    const summary = months([
      file({ ...b, figures: flat(200, 20, 2) }),
      file({ ...a, figures: flat(100, 10, 1) }),
    ]);
    // January: 30 and 31 from a (2 × 100, 2 × 10, 2 × 1). February: 1–4 from b only, 1 and 2 once
    // (4 × 200, 4 × 20, 4 × 2), never a's 1 and 2 on top.
    expect(summary.months).toEqual({
      "2025-01": {
        followersGained: 2,
        engagements: 20,
        impressions: 200,
        daysCovered: 2,
        daysInMonth: 31,
        partial: true,
      },
      "2025-02": {
        followersGained: 8,
        engagements: 80,
        impressions: 800,
        daysCovered: 4,
        daysInMonth: 28,
        partial: true,
      },
    });
    expect(summary.windows.map((w) => [w.first, w.last])).toEqual([
      ["2025-01-30", "2025-02-02"],
      ["2025-02-01", "2025-02-04"],
    ]);
  });

  it("count March once when two quarters share it, and the same file picked twice changes nothing", () => {
    const q1 = { first: "2025-01-01", last: "2025-03-31" };
    const spring = { first: "2025-03-01", last: "2025-05-31" };
    const summary = months([file(q1), file(spring), file(spring)]);
    expect(summary.months).toEqual(expected([q1, spring]));
    expect(summary.months["2025-03"]).toEqual(expected([YEAR])["2025-03"]);
  });

  it("leave a gap between windows uncovered: the months at its edges are partial", () => {
    const summary = months([
      file({ first: "2025-01-01", last: "2025-02-10" }),
      file({ first: "2025-03-20", last: "2025-04-30" }),
    ]);
    expect(Object.keys(summary.months)).toEqual(["2025-01", "2025-02", "2025-03", "2025-04"]);
    expect(summary.months["2025-02"]).toMatchObject({ daysCovered: 10, partial: true });
    expect(summary.months["2025-03"]).toMatchObject({ daysCovered: 12, partial: true });
    expect(summary.months["2025-04"]?.partial).toBe(false);
  });
});

describe("a window across a year", () => {
  it("splits into the months of both years, the first and last partial", () => {
    const w = { first: "2025-11-15", last: "2026-02-14" };
    const summary = months([file(w)]);
    expect(summary.months).toEqual(expected([w]));
    expect(
      Object.entries(summary.months).map(([k, m]) => [k, m.daysCovered, m.daysInMonth, m.partial]),
    ).toEqual([
      ["2025-11", 16, 30, true],
      ["2025-12", 31, 31, false],
      ["2026-01", 31, 31, false],
      ["2026-02", 14, 28, true],
    ]);
  });
});

describe("numbers stored as text", () => {
  it('reads "1,234" and "1234" as the 2026 format writes them', () => {
    const w = { first: "2026-01-01", last: "2026-03-31" };
    const bytes = creatorXlsx({ ...w, numbers: "text" });
    const summary = months([{ name: aggregateName(w.first, w.last), bytes }]);
    expect(summary.months).toEqual(expected([w]));
    expect(Object.values(summary.months).some((m) => m.impressions > 999)).toBe(true);
  });

  it("reads a negative day of new followers (LinkedIn's figure is net of those who left)", () => {
    const w = { first: "2025-04-01", last: "2025-04-03" };
    const figures = (day: Day) => ({
      ...figuresOf(day),
      newFollowers: day.endsWith("02") ? -3 : 5,
    });
    const summary = months([file({ ...w, figures, numbers: "text" })]);
    expect(summary.months["2025-04"]?.followersGained).toBe(7);
  });
});

describe("translated exports", () => {
  it("finds the Spanish sheets by their shape and reads day-first dates (d/m/yyyy)", () => {
    const w = { first: "2025-06-01", last: "2025-07-31" };
    const summary = months([file({ ...w, language: "es", numbers: "text", strings: "inline" })]);
    expect(summary.months).toEqual(expected([w]));
  });

  it('reads German dotted dates and "1.234"', () => {
    const w = { first: "2025-02-01", last: "2025-03-31" };
    const summary = months([file({ ...w, language: "de", numbers: "text" })]);
    expect(summary.months).toEqual(expected([w]));
  });

  it("tells day-first from month-first when no day is past the 12th: by the days' run", () => {
    // English sheets with day-first dates, as a Spanish Excel re-saves them: 1/6/2025 to 10/6/2025 is
    // the 1st to the 10th of June, one day a row; month-first they would be ten days of ten months.
    const w = { first: "2025-06-01", last: "2025-06-10" };
    const dateText = (day: Day) => `${Number(day.slice(8))}/${Number(day.slice(5, 7))}/2025`;
    expect(months([file({ ...w, dateText }, "analytics.xlsx")]).months).toEqual(expected([w]));
    // Serial days with the window stated day-first: the order under which the window is the days'.
    const serial = months([file({ ...w, language: "es", dates: "serial" }, "analytics.xlsx")]);
    expect(serial.windows[0]).toMatchObject(w);
  });

  it("a one-day window, 5/6/2025: by the name's window, else by the language of the sheets", () => {
    const w = { first: "2025-06-05", last: "2025-06-05" };
    const dateText = () => "5/6/2025";
    expect(months([file({ ...w, dateText })]).windows[0]).toMatchObject(w);
    const english = months([file({ ...w, dateText }, "analytics.xlsx")]);
    expect(english.windows[0]).toMatchObject({ first: "2025-05-06", last: "2025-05-06" });
    const spanish = months([file({ ...w, language: "es" }, "analytics.xlsx")]);
    expect(spanish.windows[0]).toMatchObject(w);
  });

  it("a short window in a renamed Spanish or English file", () => {
    const w = { first: "2025-06-01", last: "2025-06-10" };
    const es = months([file({ ...w, language: "es" }, "analytics.xlsx")]);
    expect(es.months).toEqual(expected([w]));
    const march = { first: "2025-03-01", last: "2025-03-05" };
    const en = months([file(march, "analytics.xlsx")]);
    expect(en.months).toEqual(expected([march]));
  });
});

describe("Excel serial dates", () => {
  it("reads dates stored as numbers in date-formatted cells", () => {
    const w = { first: "2025-12-15", last: "2026-01-20" };
    const summary = months([file({ ...w, dates: "serial" })]);
    expect(summary.months).toEqual(expected([w]));
  });

  it("counts them from 1904 when the workbook says so", () => {
    const w = { first: "2025-05-01", last: "2025-05-31" };
    const summary = months([file({ ...w, dates: "serial", date1904: true })]);
    expect(summary.months).toEqual(expected([w]));
  });
});

describe("a file without the window stated", () => {
  it("takes the window from the name, else from its days", () => {
    const w = { first: "2025-08-01", last: "2025-08-31" };
    const named = months([file({ ...w, without: ["discovery"] })]);
    expect(named.windows[0]).toMatchObject(w);
    const renamed = months([file({ ...w, without: ["discovery"] }, "export.xlsx")]);
    expect(renamed.windows[0]).toMatchObject(w);
    expect(renamed.months).toEqual(expected([w]));
  });
});

describe("what leaves the reader", () => {
  it("is the monthly counts and the windows: no post address, no demographic", () => {
    const read = readCreator([file(YEAR)], TODAY);
    expect(Object.keys(read)).toEqual(["ok", "summary"]);
    const text = JSON.stringify(read);
    expect(text).not.toMatch(/linkedin\.com|urn:li|Sales Manager|Madrid|%/);
    expect(Object.keys(read.ok ? read.summary : {})).toEqual(["months", "windows"]);
  });
});

describe("refused files", () => {
  const refused = (picked: { name: string; bytes: Uint8Array }[], today = TODAY) =>
    readCreator(picked, today);
  const good = () => file(YEAR);

  it("nothing picked", () => {
    expect(refused([])).toEqual({ ok: false, problem: "noFiles", file: "" });
  });

  it.each([
    ["no FOLLOWERS sheet", "noFollowers", { without: ["followers"] }],
    ["no ENGAGEMENT sheet", "noEngagement", { without: ["engagement"] }],
    ["neither daily sheet", "notCreator", { without: ["engagement", "followers"] }],
  ] as const)("%s: %s", (_, problem, options) => {
    const broken = file({ ...YEAR, ...options, without: [...options.without] }, "broken.xlsx");
    expect(refused([good(), broken])).toEqual({ ok: false, problem, file: "broken.xlsx" });
  });

  it("a CSV renamed .xlsx, a picture, LinkedIn's data export archive: notXlsx", () => {
    for (const bytes of [CSV_AS_XLSX, PNG, zipSync({ "Connections.csv": utf8("First Name\n") })])
      expect(refused([{ name: "x.xlsx", bytes }])).toEqual({
        ok: false,
        problem: "notXlsx",
        file: "x.xlsx",
      });
  });

  it("a truncated download, cut anywhere: damaged", () => {
    const whole = creatorXlsx(YEAR);
    for (const keep of [0.2, 0.5, 0.9, 0.999])
      expect(refused([{ name: "cut.xlsx", bytes: truncated(whole, keep) }])).toMatchObject({
        problem: "damaged",
      });
  });

  it("a window that ends after tomorrow: futureWindow; one ending tomorrow is a time zone's lead", () => {
    const tomorrow = { first: "2026-05-17", last: "2026-06-16" };
    expect(refused([file(tomorrow)]).ok).toBe(true);
    const after = file({ first: "2026-05-18", last: "2026-06-17" });
    expect(refused([after])).toEqual({ ok: false, problem: "futureWindow", file: after.name });
  });

  it("a date no order reads: badDates", () => {
    const dateText = (day: Day) =>
      day === "2025-03-15" ? "31/31/2025" : `3/${Number(day.slice(8))}/2025`;
    const bytes = creatorXlsx({ first: "2025-03-01", last: "2025-03-31", dateText });
    expect(refused([{ name: "dates.xlsx", bytes }])).toMatchObject({ problem: "badDates" });
  });

  it("a count that is no number: badNumbers", () => {
    const figures = (day: Day) =>
      day === "2025-03-15" ? { ...figuresOf(day), engagements: Number.NaN } : figuresOf(day);
    const bytes = creatorXlsx({
      first: "2025-03-01",
      last: "2025-03-31",
      figures,
      numbers: "text",
    });
    expect(refused([{ name: "n.xlsx", bytes }])).toMatchObject({ problem: "badNumbers" });
  });
});

describe("the sheet XML", () => {
  it("resolves entities, character references and OOXML's _xHHHH_ escapes", () => {
    expect(xmlText("R&amp;D &lt;1% &#233;t&#xE9; a_x000D_b &bogus;")).toBe(
      "R&D <1% été a\rb &bogus;",
    );
  });

  it("reads cells without references, prefixed tags, rich text, phonetic guides, formulas and errors", () => {
    const xml = `<x:worksheet><x:sheetData>
      <x:row><x:c t="inlineStr"><x:is><x:r><x:t>Da</x:t></x:r><x:r><x:t xml:space="preserve">te </x:t></x:r><x:rPh sb="0" eb="1"><x:t>デ</x:t></x:rPh></x:is></x:c><x:c><x:v>7</x:v></x:c></x:row>
      <x:row r="4"><x:c r="C4" t="s"><x:v>0</x:v></x:c><x:c t="str"><x:f>A1</x:f><x:v>x&amp;y</x:v></x:c><x:c t="e"><x:v>#N/A</x:v></x:c><x:c r="H4"/></x:row>
      </x:sheetData></x:worksheet>`;
    const rows = sheetRows(xml, ["東京"]);
    expect(rows[0]).toEqual(["Date ", 7]);
    expect(rows[1]).toBeUndefined();
    expect(rows[3]?.slice(2)).toEqual(["東京", "x&y", "#N/A"]);
    expect(rows[3]?.[7]).toBeUndefined();
  });
});

describe("speed", () => {
  it("reads a year's file (365 days, counts as text) well within a second", () => {
    const bytes = creatorXlsx({ ...YEAR, numbers: "text" });
    const picked = [{ name: contentName(YEAR.first, YEAR.last), bytes }];
    readCreator(picked, TODAY);
    let best = Number.POSITIVE_INFINITY;
    for (let i = 0; i < 5; i++) {
      const start = performance.now();
      readCreator(picked, TODAY);
      best = Math.min(best, performance.now() - start);
    }
    expect(best).toBeLessThan(250);
  });
});
