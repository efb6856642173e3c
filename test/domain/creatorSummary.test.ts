/**
 * The creator analytics part of what the browser sends: windows as days, each month's coverage and
 * impressions, and the two metrics they fill. Each case changes one thing in a summary otherwise fine.
 */
import { describe, expect, it } from "vitest";
import {
  CREATOR_METRICS,
  checkImportRequest,
  checkSummary,
  type ExportSummary,
  IMPORTED_METRICS,
  isCreatorMetric,
} from "../../src/domain/exportSummary";

/** Creator files alone: 2025-11-15 – 2026-01-31 and 2026-01-01 – 2026-02-14, overlapping in January. */
const creatorOnly = (): ExportSummary => ({
  exportDay: "2026-02-14",
  files: [],
  ignored: [],
  months: {
    "2025-11": { actions_on_updates: 40, followers_gained: 3 },
    "2025-12": { actions_on_updates: 90, followers_gained: 0 },
    "2026-01": { actions_on_updates: 70, followers_gained: 12 },
    "2026-02": { actions_on_updates: 20, followers_gained: 5 },
  },
  network: null,
  creator: {
    windows: [
      { first: "2025-11-15", last: "2026-01-31" },
      { first: "2026-01-01", last: "2026-02-14" },
    ],
    months: {
      "2025-11": { daysCovered: 16, daysInMonth: 30, partial: true, impressions: 1200 },
      "2025-12": { daysCovered: 31, daysInMonth: 31, partial: false, impressions: 0 },
      "2026-01": { daysCovered: 31, daysInMonth: 31, partial: false, impressions: 5000 },
      "2026-02": { daysCovered: 14, daysInMonth: 28, partial: true, impressions: 700 },
    },
  },
});

/** With a data export of 2026-01-20: its figures up to January, the creator's on to February. */
const withExport = (): ExportSummary => {
  const s = creatorOnly();
  return {
    ...s,
    exportDay: "2026-01-20",
    files: [
      { name: "Shares.csv", kind: "shares", rows: 3, first: "2025-12-01", last: "2026-01-20" },
    ],
    months: {
      ...s.months,
      "2025-12": { ...s.months["2025-12"], updates_per_week: 0.5 },
      "2026-01": { ...s.months["2026-01"], updates_per_week: 0.25 },
    },
  };
};

/** A creator-only summary whose months are the windows' own, worked out day by day. */
function covering(windows: { first: string; last: string }[]): ExportSummary {
  const days = new Set<string>();
  for (const w of windows)
    for (let t = Date.parse(w.first); t <= Date.parse(w.last); t += 86_400_000)
      days.add(new Date(t).toISOString().slice(0, 10));
  const creator: NonNullable<ExportSummary["creator"]> = { windows, months: {} };
  const months: ExportSummary["months"] = {};
  for (const day of days) {
    const key = day.slice(0, 7);
    const length = new Date(
      Date.UTC(Number(day.slice(0, 4)), Number(day.slice(5, 7)), 0),
    ).getUTCDate();
    const m = creator.months[key] ?? {
      daysCovered: 0,
      daysInMonth: length,
      partial: true,
      impressions: 0,
    };
    m.daysCovered++;
    m.partial = m.daysCovered < length;
    creator.months[key] = m;
    months[key] = { actions_on_updates: 1, followers_gained: 1 };
  }
  const exportDay =
    windows
      .map((w) => w.last)
      .sort()
      .at(-1) ?? "";
  return { exportDay, files: [], ignored: [], months, network: null, creator };
}

// biome-ignore lint/suspicious/noExplicitAny: each case breaks the summary's shape on purpose.
type Loose = Record<string, any>;
type Change = (s: Loose) => void;

const checked = (base: () => ExportSummary, change: Change) => {
  const s = base() as unknown as Loose;
  change(s);
  return checkSummary(s).ok;
};

describe("the creator metrics", () => {
  it("are catalog metrics the import fills, after the data export's", () => {
    expect(IMPORTED_METRICS.slice(-2)).toEqual(["actions_on_updates", "followers_gained"]);
    expect(CREATOR_METRICS.every(isCreatorMetric)).toBe(true);
    expect(isCreatorMetric("first_degree")).toBe(false);
  });
});

describe("checkSummary with creator analytics", () => {
  it("takes creator files alone or with a data export, and months at their edges", () => {
    expect(checkSummary(creatorOnly())).toEqual({ ok: true, summary: creatorOnly() });
    expect(checkSummary(withExport()).ok).toBe(true);
    const fine: Record<string, Change> = {
      "a window of one day": (s) => {
        s.exportDay = "2026-02-14";
        s.creator.windows = [{ first: "2026-02-14", last: "2026-02-14" }];
        s.creator.months = {
          "2026-02": { daysCovered: 1, daysInMonth: 28, partial: true, impressions: 0 },
        };
        s.months = { "2026-02": { actions_on_updates: 0, followers_gained: 0 } };
      },
      "windows in any order": (s) => s.creator.windows.reverse(),
      "followers gained of a billion": (s) =>
        (s.months["2026-01"].followers_gained = 1_000_000_000),
    };
    for (const [what, change] of Object.entries(fine))
      expect(checked(creatorOnly, change), what).toBe(true);
    // LinkedIn exports up to 365 days: a leap year's 366 pass, a window a day longer does not.
    expect(checkSummary(covering([{ first: "2024-01-01", last: "2024-12-31" }])).ok).toBe(true);
    expect(checkSummary(covering([{ first: "2024-01-01", last: "2025-01-01" }])).ok).toBe(false);
    const many = Array.from({ length: 100 }, () => ({ first: "2025-01-01", last: "2025-01-31" }));
    expect(checkSummary(covering(many)).ok).toBe(true);
    expect(checkSummary(covering([...many, many[0]!])).ok).toBe(false);
  });

  it("refuses creator parts out of shape, or that do not match their windows", () => {
    const bad: Record<string, Change> = {
      "creator null": (s) => (s.creator = null),
      "creator a list": (s) => (s.creator = []),
      "an extra creator field": (s) => (s.creator.files = ["Content_AnaGarcia.xlsx"]),
      "no windows": (s) => (s.creator.windows = []),
      "a window with the file's name": (s) => (s.creator.windows[0].file = "Content_Ana.xlsx"),
      "a window back to front": (s) =>
        (s.creator.windows[1] = { first: "2026-02-14", last: "2026-01-01" }),
      "a window's day not a day": (s) => (s.creator.windows[1].last = "2026-02-30"),
      "a month not a month": (s) => {
        s.creator.months["2026-13"] = s.creator.months["2026-02"];
        delete s.creator.months["2026-02"];
      },
      "a month's coverage missing": (s) => delete s.creator.months["2026-02"],
      "a month no window covers": (s) =>
        (s.creator.months["2025-10"] = {
          daysCovered: 31,
          daysInMonth: 31,
          partial: false,
          impressions: 0,
        }),
      "more days covered than the windows cover": (s) =>
        (s.creator.months["2026-02"].daysCovered = 15),
      "a partial month said whole": (s) => {
        s.creator.months["2026-02"].daysCovered = 28;
        s.creator.months["2026-02"].partial = false;
      },
      "a partial month's flag false": (s) => (s.creator.months["2026-02"].partial = false),
      "a whole month's flag true": (s) => (s.creator.months["2026-01"].partial = true),
      "a month's length wrong": (s) => (s.creator.months["2026-02"].daysInMonth = 29),
      "negative impressions": (s) => (s.creator.months["2026-01"].impressions = -1),
      "impressions as text": (s) => (s.creator.months["2026-01"].impressions = "5000"),
      "an extra field in a month": (s) => (s.creator.months["2026-01"].members = 3),
      "negative followers gained": (s) => (s.months["2026-01"].followers_gained = -2),
      "engagements with decimals": (s) => (s.months["2026-01"].actions_on_updates = 1.5),
      "one creator metric without the other": (s) => delete s.months["2026-01"].followers_gained,
      "a covered month without its figures": (s) => delete s.months["2026-02"],
      "creator figures in a month no window covers": (s) =>
        (s.months["2025-10"] = { actions_on_updates: 1, followers_gained: 1 }),
      "creator figures without creator facts": (s) => delete s.creator,
      "an export figure without an export": (s) => (s.months["2026-01"].first_degree = 3),
      "network facts without an export": (s) =>
        (s.network = {
          months: [],
          seniority: { cLevel: 0, vp: 0, director: 0, manager: 0, other: 0 },
          hidden: 0,
          targets: [],
          top: [],
        }),
      "alone, a day other than the last window's": (s) => (s.exportDay = "2026-02-13"),
    };
    for (const [what, change] of Object.entries(bad))
      expect(checked(creatorOnly, change), what).toBe(false);
  });

  it("with a data export, takes creator months after its day but not the export's own figures", () => {
    expect(checked(withExport, (s) => (s.months["2026-02"].updates_per_week = 1))).toBe(false);
    expect(checked(withExport, (s) => (s.months["2026-03"] = {}))).toBe(false);
    expect(checked(withExport, (s) => (s.months["2026-02"] = {}))).toBe(false);
  });
});

describe("checkImportRequest's partial months", () => {
  const request = () => ({ summary: creatorOnly(), overwrite: false, build: [] });

  it("writes partial months only when asked, and reads a request without the box as not asked", () => {
    const asked = checkImportRequest({ ...request(), partial: true });
    expect(asked.ok && asked.request.partial).toBe(true);
    const left = checkImportRequest(request());
    expect(left.ok && left.request.partial).toBe(false);
    for (const partial of ["true", 1, null])
      expect(checkImportRequest({ ...request(), partial }).ok, String(partial)).toBe(false);
  });
});
