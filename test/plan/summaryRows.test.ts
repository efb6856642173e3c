/** The summary each dashboard keeps for a manager's spreadsheet: its hidden rows, labelled, one figure each. */
import { describe, expect, it } from "vitest";
import { defaultMetricSettings } from "../../src/domain/ownMetrics";
import { dashboardPlan } from "../../src/plan/dashboard";
import { dashboardLayout, shapeOf } from "../../src/plan/layout";
import { SUMMARY_FIELDS } from "../../src/plan/summary";

function plan(language: "en" | "de", kpi = false, name = "Ana Ruiz") {
  const metrics = defaultMetricSettings();
  const settings = kpi
    ? {
        ...metrics,
        kpi: {
          ssi: [{ source: "ssi" as const, target: 80, weight: 1 }],
          strategic: [],
          business: [],
        },
      }
    : metrics;
  const layout = dashboardLayout(shapeOf(settings), []);
  return dashboardPlan({
    year: 2026,
    language,
    profile: { id: "main", name },
    profileName: name,
    totalTarget: 80,
    highlightMonth: 11,
    logName: "SSI log",
    kept: new Map(),
    layout,
    metrics: settings,
  });
}

const summaryRows = (p: ReturnType<typeof plan>) => {
  const named = p.namedRanges.find((n) => n.name === "SSI_SUMMARY_2026")!;
  const first = Number(/(\d+):/.exec(named.a1)?.[1]);
  return p.values.slice(first - 1, first - 1 + SUMMARY_FIELDS.length);
};

describe("a dashboard's summary rows", () => {
  it("name an unnamed profile “My LinkedIn profile” in the sheet's language, and a named one by its name", () => {
    const nameOf = (p: ReturnType<typeof plan>) => summaryRows(p)[1]?.[3];
    expect(nameOf(plan("en"))).toBe("Ana Ruiz");
    expect(nameOf(plan("en", false, ""))).toBe("My LinkedIn profile");
    expect(nameOf(plan("de", false, ""))).toBe("Mein LinkedIn-Profil");
  });

  it("label each figure in the sheet's language and hold the version, the name, live figures and depth 0", () => {
    const rows = summaryRows(plan("en"));
    expect(rows).toHaveLength(28);
    const labels = rows.map((r) => r[1]);
    const prefix = "Summary for a manager's team sheet: ";
    expect(labels.slice(0, 5)).toEqual(
      [
        "Summary version",
        "Profile",
        "Latest reading",
        "SSI total",
        "Establish your professional brand",
      ].map((l) => prefix + l),
    );
    expect(labels.slice(8, 16)).toEqual(
      [
        "Target",
        "Gap to target",
        "Change in a month",
        "Months on target",
        "Followers gained, latest month",
        "Post impressions, latest month",
        "Company KPI",
        "SSI total · January",
      ].map((l) => prefix + l),
    );
    expect(labels[26]).toBe(`${prefix}SSI total · December`);
    expect(rows[26]![3]).toMatch(/^=IF\(ISNUMBER\(P(\d+)\),P\1,""\)$/);
    expect(labels[27]).toBe(`${prefix}Depth (0 one seller, 1 a team, 2 a team of teams)`);
    const values = rows.map((r) => r[3]);
    expect(values[0]).toBe(3);
    expect(values[1]).toBe("Ana Ruiz");
    expect(String(values[3])).toMatch(/^=\$Q\$\d+$/);
    // The SSI section the summary reads is written too, not taken for summary rows.
    const ssiRow = Number(/(\d+)$/.exec(String(values[3]))?.[1]);
    expect(String(plan("en").values[ssiRow - 1]![16])).toMatch(/^=/);
    // Followers gained in the latest month with a figure; no impressions without an own metric for them.
    expect(String(values[12])).toMatch(
      /^=IFERROR\(INDEX\(\$E\$(\d+):\$P\$\1,1,MATCH\(MAXIFS\(\$E\$1:\$P\$1,\$E\$\1:\$P\$\1,"<>"\),\$E\$1:\$P\$1,0\)\),""\)$/,
    );
    expect(values[13]).toBe('=""');
    expect(values[14]).toBeNull(); // no company KPI
    expect(values[15]).toMatch(/^=IF\(ISNUMBER\(E(\d+)\),E\1,""\)$/); // January, in column E
    expect(values[27]).toBe(0);
    // Hidden, every one of them.
    const p = plan("en");
    const named = p.namedRanges.find((n) => n.name === "SSI_SUMMARY_2026")!;
    const first = Number(/(\d+):/.exec(named.a1)?.[1]);
    for (let i = 0; i < 28; i++) expect(p.hiddenRows).toContain(first + i);
  });

  it("reads the company KPI's year total when there is one, in another language's labels", () => {
    const rows = summaryRows(plan("de", true));
    expect(rows[14]![1]).toBe("Zusammenfassung für das Team-Blatt einer Führungskraft: Firmen-KPI");
    expect(rows[14]![3]).toMatch(/^=IF\(ISNUMBER\(Q(\d+)\),Q\1,""\)$/);
  });
});
