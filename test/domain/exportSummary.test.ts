/**
 * What the browser sends after reading an export is checked whole on the server: one bad part and
 * nothing is written. Each case below changes one thing in a summary that is otherwise fine.
 */
import { describe, expect, it } from "vitest";
import {
  checkImportRequest,
  checkSummary,
  daysInMonth,
  type ExportSummary,
} from "../../src/domain/exportSummary";
import { saidIn } from "../support/said";

const summary = (): ExportSummary => ({
  exportDay: "2026-06-27",
  files: [
    {
      name: "Connections.csv",
      kind: "connections",
      rows: 2,
      first: "2026-05-02",
      last: "2026-06-20",
    },
    { name: "Shares.csv", kind: "shares", rows: 0, first: null, last: null },
  ],
  ignored: ["messages.csv"],
  months: {
    "2026-05": { network_growth: 1, first_degree: 1 },
    "2026-06": { network_growth: 1, first_degree: 2, updates_per_week: 0.23 },
  },
  network: {
    months: [
      { month: "2026-05", made: 1, total: 1, atTargets: 1, decisionMakers: 1 },
      { month: "2026-06", made: 1, total: 2, atTargets: null, decisionMakers: 1 },
    ],
    seniority: { cLevel: 1, vp: 0, director: 0, manager: 0, other: 1 },
    hidden: 0,
    targets: [{ name: "Vantora", connections: 1, decisionMakers: 1, latest: "2026-05-02" }],
    top: [{ name: "Vantora GmbH", connections: 1 }],
  },
});

// biome-ignore lint/suspicious/noExplicitAny: each case breaks the summary's shape on purpose.
type Loose = Record<string, any>;
type Change = (s: Loose) => void;

/** Applies one change to a fresh summary and checks it. */
const checked = (change: Change) => {
  const s = summary() as unknown as Loose;
  change(s);
  return checkSummary(s).ok;
};

describe("checkSummary", () => {
  it("takes a well-formed summary, with or without the network, and days and figures at their edges", () => {
    expect(checkSummary(summary())).toEqual({ ok: true, summary: summary() });
    const fine: Record<string, Change> = {
      "no network facts": (s) => delete s.network,
      "network null": (s) => (s.network = null),
      "a month up to the export's": (s) =>
        (s.months["2026-06"] = { requests_received: 1_000_000_000 }),
      "posts per week with 2 decimals": (s) =>
        (s.months["2026-06"] = { updates_per_week: 1_000_000 }),
      "zero figures": (s) => (s.months["2026-05"] = { first_degree: 0, updates_per_week: 0 }),
      "29 February in a leap year": (s) => (s.files[0].first = "2024-02-29"),
      December: (s) => (s.months["2025-12"] = { first_degree: 1 }),
      "a 200-character file name": (s) => (s.files[0].name = "a".repeat(200)),
      "20 files": (s) => (s.files = Array.from({ length: 20 }, () => summary().files[0])),
      "1000 ignored files": (s) => (s.ignored = Array(1000).fill("x.csv")),
      "25 top companies": (s) => (s.network.top = Array(25).fill({ name: "A", connections: 1 })),
      "500 targets": (s) => (s.network.targets = Array(500).fill(summary().network?.targets[0])),
      "a target never met": (s) => (s.network.targets[0].latest = null),
    };
    for (const [what, change] of Object.entries(fine)) expect(checked(change), what).toBe(true);
  });

  it("refuses a summary with any one part out of shape", () => {
    const bad: Record<string, Change> = {
      "export day not a day": (s) => (s.exportDay = "2026-02-30"),
      "export day with a time": (s) => (s.exportDay = "2026-06-27T10:00"),
      "export day a number": (s) => (s.exportDay = 20260627),
      "no files": (s) => (s.files = []),
      "21 files": (s) => (s.files = Array.from({ length: 21 }, () => summary().files[0])),
      "files not a list": (s) => (s.files = { 0: s.files[0] }),
      "a file not an object": (s) => (s.files[0] = "Connections.csv"),
      "a file without a name": (s) => (s.files[0].name = ""),
      "a 201-character file name": (s) => (s.files[0].name = "a".repeat(201)),
      "an unknown kind of file": (s) => (s.files[0].kind = "messages"),
      "a negative row count": (s) => (s.files[0].rows = -1),
      "a fractional row count": (s) => (s.files[0].rows = 1.5),
      "a row count over a billion": (s) => (s.files[0].rows = 1_000_000_001),
      "a row count as text": (s) => (s.files[0].rows = "2"),
      "a first day that is not one": (s) => (s.files[0].first = "2026-13-01"),
      "a last day that is not one": (s) => (s.files[0].last = "yesterday"),
      "ignored not a list": (s) => (s.ignored = "messages.csv"),
      "1001 ignored files": (s) => (s.ignored = Array(1001).fill("x.csv")),
      "an ignored file without a name": (s) => (s.ignored = [""]),
      "months not an object": (s) => (s.months = []),
      "361 months": (s) => {
        s.months = {};
        for (let i = 0; i < 361; i++)
          s.months[`${1700 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`] = {};
      },
      "a month 13": (s) => (s.months["2026-13"] = {}),
      "a month 00": (s) => (s.months["2026-00"] = {}),
      "a month with a day": (s) => (s.months["2026-05-01"] = {}),
      "a month after the export": (s) => (s.months["2026-07"] = {}),
      "a month's figures not an object": (s) => (s.months["2026-05"] = 3),
      "an unknown metric": (s) => (s.months["2026-05"] = { ssi: 70 }),
      "a count with decimals": (s) => (s.months["2026-05"] = { first_degree: 1.5 }),
      "a negative count": (s) => (s.months["2026-05"] = { network_growth: -1 }),
      "a count over a billion": (s) => (s.months["2026-05"] = { first_degree: 1_000_000_001 }),
      "posts per week with 3 decimals": (s) => (s.months["2026-05"] = { updates_per_week: 0.235 }),
      "negative posts per week": (s) => (s.months["2026-05"] = { updates_per_week: -0.5 }),
      "over a million posts per week": (s) =>
        (s.months["2026-05"] = { updates_per_week: 1_000_001 }),
      "posts per week as text": (s) => (s.months["2026-05"] = { updates_per_week: "1" }),
      "network not an object": (s) => (s.network = "x"),
      "network months not a list": (s) => (s.network.months = {}),
      "361 network months": (s) => (s.network.months = Array(361).fill(s.network.months[0])),
      "a network month not an object": (s) => (s.network.months[0] = 1),
      "a network month without its month": (s) => (s.network.months[0].month = "May"),
      "a network month's made not a count": (s) => (s.network.months[0].made = -1),
      "a network month's total not a count": (s) => (s.network.months[0].total = "2"),
      "a network month's targets not a count": (s) => (s.network.months[0].atTargets = 0.5),
      "a network month's decision makers missing": (s) => delete s.network.months[0].decisionMakers,
      "seniority not an object": (s) => (s.network.seniority = [1, 0, 0, 0, 1]),
      "a seniority not a count": (s) => (s.network.seniority.vp = -1),
      "a seniority missing": (s) => delete s.network.seniority.other,
      "an extra seniority": (s) => (s.network.seniority.intern = 0),
      "hidden not a count": (s) => (s.network.hidden = null),
      "targets not a list": (s) => (s.network.targets = {}),
      "501 targets": (s) => (s.network.targets = Array(501).fill(s.network.targets[0])),
      "a target not an object": (s) => (s.network.targets[0] = "Vantora"),
      "a target without a name": (s) => (s.network.targets[0].name = ""),
      "a target's connections not a count": (s) => (s.network.targets[0].connections = -2),
      "a target's decision makers not a count": (s) => (s.network.targets[0].decisionMakers = "1"),
      "a target's latest day not a day": (s) => (s.network.targets[0].latest = "2026-05"),
      "top not a list": (s) => (s.network.top = null),
      "26 top companies": (s) => (s.network.top = Array(26).fill(s.network.top[0])),
      "a top company not an object": (s) => (s.network.top[0] = "Vantora"),
      "a top company without a name": (s) => (s.network.top[0].name = ""),
      "a top company's connections not a count": (s) => (s.network.top[0].connections = 1.5),
    };
    for (const [what, change] of Object.entries(bad)) expect(checked(change), what).toBe(false);
    expect(checkSummary("summary").ok).toBe(false);
    expect(saidIn("de", checkSummary(null))).toBe(
      "Der Import ließ sich nicht lesen. Wählen Sie die Dateien erneut.",
    );
  });
});

describe("checkImportRequest", () => {
  const request = () => ({
    summary: summary(),
    overwrite: false,
    partial: false,
    build: [2025, 2026],
  });

  it("takes a confirmed import, for a profile or the user's", () => {
    expect(checkImportRequest(request())).toEqual({ ok: true, request: request() });
    expect(checkImportRequest({ ...request(), profile: "p2" })).toEqual({
      ok: true,
      request: { ...request(), profile: "p2" },
    });
    expect(checkImportRequest({ ...request(), build: Array(10).fill(2026) }).ok).toBe(true);
  });

  it("refuses a request with any one part out of shape", () => {
    const bad: Record<string, unknown> = {
      "not an object": "import",
      "overwrite not a yes or no": { ...request(), overwrite: "true" },
      "partial not a yes or no": { ...request(), partial: 1 },
      "a profile not a text": { ...request(), profile: 2 },
      "years not a list": { ...request(), build: 2026 },
      "11 years": { ...request(), build: Array(11).fill(2026) },
      "a year not whole": { ...request(), build: [2026.5] },
      "a bad summary": { ...request(), summary: { ...summary(), exportDay: "" } },
    };
    for (const [what, input] of Object.entries(bad))
      expect(checkImportRequest(input).ok, what).toBe(false);
  });
});

describe("daysInMonth", () => {
  it("knows February in leap years and the months of 30 and 31 days", () => {
    expect([2024, 2026].map((y) => daysInMonth(y, 2))).toEqual([29, 28]);
    expect([4, 12].map((m) => daysInMonth(2026, m))).toEqual([30, 31]);
  });
});
