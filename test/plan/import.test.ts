/** What an import writes: empty cells by default, the user's formulas and notes kept, five years back. */
import { describe, expect, it } from "vitest";
import type { ExportSummary } from "../../src/domain/exportSummary";
import {
  cellAddress,
  cellsToWrite,
  columnsToWrite,
  firstDegreeNote,
  importedRow,
  type YearColumns,
  yearImports,
  yearsOf,
} from "../../src/plan/import/changes";
import { networkPlan } from "../../src/plan/import/networkSheet";
import { importPreview, yearPlans } from "../../src/plan/import/preview";
import { COLUMN_ROWS } from "../../src/plan/monthEntry";

function summary(months: ExportSummary["months"]): ExportSummary {
  return { exportDay: "2026-06-27", files: [], ignored: [], months, network: null };
}

/** A year's month columns, empty but for what a test puts in. */
function columns(): YearColumns {
  const grid = <T>(v: T) => Array.from({ length: COLUMN_ROWS }, () => Array<T>(12).fill(v));
  return { values: grid<unknown>(""), formulas: grid(""), notes: grid("") };
}

const FIRST = importedRow("first_degree") - 1;
const GROWTH = importedRow("network_growth") - 1;

describe("where an import writes", () => {
  it("addresses a month's cell on the metric's dashboard row", () => {
    expect(cellAddress("first_degree", 5)).toBe("I13");
    expect(cellAddress("network_growth", 12)).toBe("P15");
  });

  it("lists the years that have a figure, oldest first", () => {
    expect(
      yearsOf(
        summary({
          "2026-01": { first_degree: 5 },
          "2027-02": {},
          "2024-12": { network_growth: 1 },
        }),
      ),
    ).toEqual([2024, 2026]);
  });

  it("dates the caveat on a connections total with the export's day", () => {
    expect(firstDegreeNote("en", "2026-06-27")).toContain("2026-06-27");
    expect(firstDegreeNote("de", "2026-06-27")).toContain("2026-06-27");
  });
});

describe("yearImports", () => {
  it("marks each figure: an empty cell to fill, the same figure, a different one, a formula typed there", () => {
    const sheet = columns();
    sheet.values[FIRST]![4] = 4; // May: same
    sheet.values[FIRST]![5] = 650; // June: different
    sheet.values[GROWTH]![5] = 2;
    sheet.formulas[GROWTH]![5] = "=1+1"; // June: a formula, even with the same value
    const imports = yearImports(
      summary({
        "2026-04": { first_degree: 2 },
        "2026-05": { first_degree: 4 },
        "2026-06": { first_degree: 6, network_growth: 2 },
      }),
      2026,
      sheet,
    );
    expect(imports.map((c) => [c.month, c.metric, c.state, c.previous])).toEqual([
      [4, "first_degree", "fill", null],
      [5, "first_degree", "same", 4],
      [6, "first_degree", "differs", 650],
      [6, "network_growth", "differs", "=1+1"],
    ]);
    expect(cellsToWrite(imports, false).map((c) => c.month)).toEqual([4]);
    expect(cellsToWrite(imports, true).map((c) => c.month)).toEqual([4, 6, 6]);
  });
});

describe("columnsToWrite", () => {
  it("writes the figures, keeps every formula and note, and adds the export's caveat to a user's note", () => {
    const sheet = columns();
    sheet.formulas[0]![0] = "=SUM(E2:E3)";
    sheet.values[0]![0] = 9;
    sheet.notes[FIRST]![5] = "Counted by hand";
    const imports = yearImports(summary({ "2026-06": { first_degree: 6 } }), 2026, sheet);
    const { values, notes, notesChanged } = columnsToWrite(sheet, imports, "From the export.");
    expect(values[0]![0]).toBe("=SUM(E2:E3)");
    expect(values[FIRST]![5]).toBe(6);
    expect(notes[FIRST]![5]).toBe("Counted by hand\nFrom the export.");
    expect(notesChanged).toBe(true);
    const again = columnsToWrite({ ...sheet, notes }, imports, "From the export.");
    expect(again.notesChanged).toBe(false);
  });

  it("writes back exactly the rows read, and puts the caveat on connections totals only", () => {
    const sheet = columns();
    const imports = yearImports(summary({ "2026-06": { network_growth: 3 } }), 2026, sheet);
    const { values, notes, notesChanged } = columnsToWrite(sheet, imports, "From the export.");
    expect(values).toHaveLength(COLUMN_ROWS);
    expect(notes).toHaveLength(COLUMN_ROWS);
    expect(values[GROWTH]![5]).toBe(3);
    expect(notes.flat().every((n) => n === "")).toBe(true);
    expect(notesChanged).toBe(false);
  });

  it("reads a row without notes as one without any", () => {
    const sheet = { ...columns(), notes: [] };
    const imports = yearImports(summary({ "2026-06": { first_degree: 6 } }), 2026, sheet);
    const { notes } = columnsToWrite(sheet, imports, "From the export.");
    expect(notes[FIRST]![5]).toBe("From the export.");
    expect(notes[0]).toEqual(Array(12).fill(""));
  });
});

describe("yearPlans", () => {
  it("fills dashboards that exist, offers to build years up to five back, and leaves older ones out", () => {
    const plans = yearPlans(
      summary({
        "2019-03": { network_growth: 1 },
        "2020-12": { network_growth: 1 },
        "2021-01": { network_growth: 1 },
        "2026-01": { network_growth: 1 },
      }),
      new Map([
        [2020, columns()],
        [2026, columns()],
      ]),
      2026,
    );
    expect(plans.map((p) => [p.year, p.kind])).toEqual([
      [2019, "tooOld"],
      [2020, "sheet"],
      [2021, "buildable"],
      [2026, "sheet"],
    ]);
  });
});

describe("networkPlan", () => {
  it("writes company names as text whatever they start with", () => {
    const { plan } = networkPlan(
      {
        ...summary({}),
        network: {
          months: [{ month: "2026-06", made: 1, total: 1, atTargets: null, decisionMakers: 0 }],
          seniority: { cLevel: 0, vp: 0, director: 0, manager: 0, other: 1 },
          hidden: 0,
          targets: [],
          top: [
            { name: '=HYPERLINK("x")', connections: 1 },
            { name: "'quoted", connections: 1 },
          ],
        },
      },
      "en",
      "Network",
    );
    const texts = plan.values.flat().filter((v) => typeof v === "string");
    expect(texts).toContain('\'=HYPERLINK("x")');
    expect(texts).toContain("''quoted");
    expect(texts).toContain("No target companies yet: add them in Settings and import again.");
  });
});

describe("importPreview", () => {
  it("lists what to fill or replace month by month, counts what is the same, and offers the years to build", () => {
    const sheet = columns();
    sheet.values[FIRST]![5] = 6; // June: the same
    sheet.values[GROWTH]![5] = "=about 2"; // June: a text typed there, that looks like a formula
    // May: a date typed by mistake, midnight of 3 May in Warsaw (still 2 May in UTC).
    sheet.values[FIRST]![4] = new Date("2026-05-02T22:00:00Z");
    sheet.values[FIRST]![3] = 3; // April: a formula of the user's, shown as its formula
    sheet.formulas[FIRST]![3] = "=1+2";
    const summary2 = summary({
      "2019-01": { network_growth: 1 },
      "2025-12": { first_degree: 40 },
      "2026-04": { first_degree: 2 },
      "2026-05": { first_degree: 4 },
      "2026-06": { first_degree: 6, network_growth: 2 },
    });
    const plans = yearPlans(summary2, new Map([[2026, sheet]]), 2026);
    const warsawDay = (d: Date) =>
      new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Warsaw" }).format(d);
    const preview = importPreview(summary2, plans, 2026, "es", warsawDay);
    expect(preview.same).toBe(1);
    expect(preview.buildable).toEqual([2025]);
    expect(preview.tooOld).toEqual([2019]);
    expect(preview.oldestOffered).toBe(2021);
    expect(preview.exportDay).toBe("2026-06-27");
    expect(
      preview.rows.map((r) => [r.monthLabel, r.metric, r.current, r.imported, r.state, r.build]),
    ).toEqual([
      ["dic 2025", "first_degree", "", "40", "fill", true],
      ["abr 2026", "first_degree", "=1+2", "2", "differs", false],
      ["may 2026", "first_degree", "2026-05-03", "4", "differs", false],
      ["jun 2026", "network_growth", "=about 2", "2", "differs", false],
    ]);
  });

  it("shows the export's figures as the dashboard does, ungrouped; only impressions run to thousands and are grouped", () => {
    const sheet = columns();
    sheet.values[FIRST]![5] = 1100; // June: typed, different
    const summary3 = summary({ "2026-06": { first_degree: 1150 } });
    const plans = yearPlans(summary3, new Map([[2026, sheet]]), 2026);
    const preview = importPreview(summary3, plans, 2026, "en", () => "");
    expect(preview.rows.map((r) => [r.metric, r.current, r.imported])).toEqual([
      ["first_degree", "1100", "1150"],
    ]);
  });
});
