/** The team sheet's plan: kept and linked profiles side by side, one import per linked seller. */
import { beforeEach, describe, expect, it } from "vitest";
import {
  figureFormulas,
  monthFormula,
  SUMMARY_FIELDS,
  summaryIndex,
  summaryRangeName,
} from "../../src/plan/summary";
import { type TeamMember, teamPlan } from "../../src/plan/team";
import { NUMERIC, spillCell, teamColumns } from "../../src/plan/team/columns";

const URL = "https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit";
const kept: TeamMember = { id: "main", name: "Marta", dashboard: "KPI 2026" };
const linked: TeamMember = { id: "p2", name: "Ana", dashboard: null, source: URL };

describe("the summary a seller's dashboard keeps", () => {
  it("has 28 fields, the version first, the twelve months and the depth last, named by year and profile", () => {
    expect(SUMMARY_FIELDS).toHaveLength(28);
    expect(summaryIndex("version")).toBe(0);
    expect(summaryIndex("month12")).toBe(26);
    expect(summaryIndex("depth")).toBe(27);
    expect(summaryRangeName(2026, { id: "main", name: "Ana" })).toBe("SSI_SUMMARY_2026");
    expect(summaryRangeName(2027, { id: "p3", name: "Jan" })).toBe("SSI_SUMMARY_2027_p3");
  });
});

describe("the team's columns", () => {
  it("average every figure of a profile's year but its latest day", () => {
    expect(NUMERIC).toEqual([
      "ssi",
      "brand",
      "findPeople",
      "engage",
      "relationships",
      "target",
      "gap",
      "change",
      "monthsOnTarget",
      "followers",
      "impressions",
    ]);
  });

  it("add a status, the importing cell and its spill only when a profile is linked", () => {
    expect(teamColumns(false, false)).toMatchObject({ width: 16, kpi: 0, status: 0, source: 0 });
    const both = teamColumns(true, true);
    expect(both).toMatchObject({ width: 17 + 2 + 27, kpi: 17, source: 18, status: 46 });
    expect(both.keys).toHaveLength(both.width);
    expect(spillCell(both, "version", 6)).toBe("R6");
    expect(spillCell(both, "ssi", 6)).toBe("U6");
  });
});

/** Plans made in each test, never while the file loads: a mutation run switches mutants per test. */
type Built = ReturnType<typeof teamPlan>;

describe("teamPlan with a linked seller", () => {
  let plan: Built["plan"];
  let keys: Built["keys"];
  let imports: string[];
  beforeEach(() => {
    ({ plan, keys } = teamPlan(2026, "en", [kept, linked], false));
    const formulas = plan.values.flat().filter((v): v is string => typeof v === "string");
    // An import is a call, not the word in a status's words.
    imports = formulas.filter((f) => f.replace(/"(?:[^"]|"")*"/g, '""').includes("IMPORTRANGE"));
  });

  it("imports each linked seller once, unwrapped, so Sheets can offer Allow access in that cell", () => {
    expect(imports).toEqual([`=TRANSPOSE(IMPORTRANGE("${URL}","SSI_SUMMARY_2026"))`]);
    const row = plan.values[5]!;
    expect(row[16]).toBe(imports[0]);
    // The spill's cells are left empty, and hidden; the link's status comes after them.
    expect(row.slice(17, 44)).toEqual(Array(27).fill(null));
    expect(plan.hiddenColumns).toEqual(Array.from({ length: 27 }, (_, i) => 18 + i));
    expect(keys.cols.slice(16, 18)).toEqual(["source", "summary:name"]);
    expect(keys.cols.at(-1)).toBe("status");
  });

  it("reads the linked row's figures from the spill only in the version it knows, and works out tier and weakest here", () => {
    const row = plan.values[5]!;
    expect(row[2]).toBe('=IF(IFERROR(Q6=3,0),IF(ISNUMBER(T6),T6,""),"")');
    expect(String(row[9])).toMatch(/^=IF\(ISNUMBER\(C6\),IF\(C6>=90,/);
    expect(String(row[10])).toContain("CHOOSE(MATCH(MIN(D6:G6),D6:G6,0)");
    expect(String(row[44])).toContain("ADDRESS(ROW(Q6),COLUMN(Q6),4)");
    // The kept row still reads its dashboard's own tier.
    expect(plan.values[4]![9]).toBe(`='KPI 2026'!$Q$${String(plan.values[4]![9]).split("$Q$")[1]}`);
  });

  it("ranks over every profile's row, and charts the linked seller's months from the spill", () => {
    expect(plan.values[5]![15]).toContain("COUNTIF($C$5:$C$6");
    const chartRow = plan.values.findIndex((r) => r[0] === "Ana" && r !== plan.values[5]);
    expect(plan.values[chartRow]![1]).toBe("=IF(IFERROR(Q6=3,0),IF(ISNUMBER(AF6),AF6,NA()),NA())");
  });
});

describe("a profile's figures as formulas over a dashboard", () => {
  const rows: Record<string, number> = {
    "ssi:total": 40,
    reading: 35,
    "pillar:brand": 36,
    "pillar:findPeople": 37,
    "pillar:engage": 38,
    "pillar:relationships": 39,
    "gap:total": 45,
  };
  const f = figureFormulas("'KPI 2026'!", (key) => rows[key] ?? 0);

  it("reads the year column, the target, and the latest month found by MATCH (never an INDEX of 0)", () => {
    expect(f.latest).toBe("'KPI 2026'!$Q$35");
    expect(f.ssi).toBe("'KPI 2026'!$Q$40");
    expect(f.engage).toBe("'KPI 2026'!$Q$38");
    expect(f.target).toBe("'KPI 2026'!$D$40");
    expect(f.gap).toBe("'KPI 2026'!$Q$45");
    expect(f.monthsOnTarget).toBe("COUNTIF('KPI 2026'!$E$40:$P$40,\">=\"&'KPI 2026'!$D$40)");
    const latest = `MAXIFS('KPI 2026'!$E$1:$P$1,'KPI 2026'!$E$40:$P$40,">=0")`;
    const at = (offset: string) =>
      `INDEX('KPI 2026'!$E$40:$P$40,1,MATCH(${latest},'KPI 2026'!$E$1:$P$1,0)${offset})`;
    expect(f.change).toBe(
      `IF(${latest}<2,"",IF(AND(ISNUMBER(${at("")}),ISNUMBER(${at("-1")})),ROUND(${at("")}-${at("-1")},2),""))`,
    );
  });

  it("gives a month's SSI total as a number or blank, on the dashboard itself too", () => {
    expect(monthFormula("", (key) => rows[key] ?? 0, 3)).toBe('IF(ISNUMBER(G40),G40,"")');
    expect(monthFormula("'KPI 2026'!", (key) => rows[key] ?? 0, 12)).toBe(
      "IF(ISNUMBER('KPI 2026'!P40),'KPI 2026'!P40,\"\")",
    );
  });

  it("keys the company KPI's column when there is one", () => {
    expect(teamColumns(true, false).keys.at(-1)).toBe("kpi");
  });
});

describe("teamPlan with a linked team", () => {
  const team: TeamMember = { id: "p3", name: "North", dashboard: null, source: URL, team: true };

  it("imports the team's summary and reads it only from a team of sellers, saying why otherwise", () => {
    const { plan } = teamPlan(2026, "en", [kept, team], false);
    const row = plan.values[5]!;
    expect(row[16]).toBe(`=TRANSPOSE(IMPORTRANGE("${URL}","SSI_TEAM_2026"))`);
    expect(row[2]).toBe('=IF(IFERROR(AND(Q6=3,AR6=1),0),IF(ISNUMBER(T6),T6,""),"")');
    const status = String(row[44]);
    expect(status).toContain("IF(Q6=3,\"North's spreadsheet links teams itself.");
    expect(status).toContain("Read live from the team sheet of North's spreadsheet");
  });

  it("keeps its own summary in hidden rows under the chart table: averages, months, and its depth", () => {
    const sellers = teamPlan(2026, "en", [kept, linked], true);
    const named = sellers.plan.namedRanges[0]!;
    const first = Number(/^B(\d+):/.exec(named.a1)?.[1]);
    expect(named).toEqual({ name: "SSI_TEAM_2026", a1: `B${first}:B${first + 27}` });
    const column = sellers.plan.values.slice(first - 1).map((r) => r[1]);
    // Two profiles: rows 5–6, the average in row 7, the chart table from row 11.
    expect(column.slice(0, 4)).toEqual([
      3,
      "Team SSI 2026",
      '=IF(COUNT(B5:B6)=0,"",MAX(B5:B6))',
      "=C7",
    ]);
    // Followers gained and post impressions, then the KPI: the team's averages.
    expect(column.slice(12, 15)).toEqual(["=N7", "=O7", "=Q7"]);
    expect(column[15]).toBe('=IFERROR(ROUND(AVERAGEIF(B12:B13,">=0"),2),"")');
    expect(column[26]).toBe('=IFERROR(ROUND(AVERAGEIF(M12:M13,">=0"),2),"")'); // December
    expect(column[27]).toBe(1);
    expect(sellers.plan.values[first - 1]![0]).toBe(
      "Team summary for a director's team sheet: Summary version",
    );
    expect(sellers.plan.values[first + 25]![0]).toBe(
      "Team summary for a director's team sheet: SSI total · December",
    );
    expect(sellers.plan.hiddenRows).toEqual(Array.from({ length: 29 }, (_, i) => first - 1 + i));
    expect(sellers.keys.rows.slice(-29, -27)).toEqual(["space:summary", "summary:version"]);
    // A team of teams says its depth and computes nothing: it is never read as a team.
    const teams = teamPlan(2026, "en", [kept, team], false);
    const its = teams.plan.values.slice(first - 1).map((r) => r[1]);
    expect(its[27]).toBe(2);
    expect(its.slice(2, 27).every((v) => v === null)).toBe(true);
  });
});

describe("the team sheet's layout", () => {
  const waiting: TeamMember = { id: "p4", name: "Jan", dashboard: null };
  let plan: Built["plan"];
  let keys: Built["keys"];
  beforeEach(() => {
    ({ plan, keys } = teamPlan(2026, "en", [kept, linked, waiting], true));
  });

  it("keys every row by what it is: a profile's two rows by its id, the summary by its fields", () => {
    expect(keys.marker).toBe("keys:team");
    expect(keys.rows.slice(0, 16)).toEqual([
      "title",
      "subtitle",
      "space:top",
      "header",
      "profile:main",
      "profile:p2",
      "profile:p4",
      "average",
      "median",
      "space:1",
      "space:2",
      "months",
      "months:main",
      "months:p2",
      "months:p4",
      "space:summary",
    ]);
    expect(keys.rows).toHaveLength(plan.rows);
    expect(teamPlan(2026, "en", [], false).keys.rows.slice(4, 5)).toEqual(["profile:none"]);
  });

  it("heads the chart table with the months, each profile's months in its row, and ranks from row 5", () => {
    expect(plan.values[11]!.slice(0, 13)).toEqual([
      "Profile",
      ...["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"],
    ]);
    expect(plan.values[12]![0]).toBe("Marta");
    expect(plan.values[12]![1]).toMatch(
      /^=IF\(ISNUMBER\('KPI 2026'!E(\d+)\),'KPI 2026'!E\1,NA\(\)\)$/,
    );
    expect(plan.values[13]![12]).toContain("AR6"); // Ana's December from her spill
    expect(plan.values[14]!.slice(1).every((v) => v === null)).toBe(true); // no dashboard yet
    expect(plan.values[6]![1]).toBe("No dashboard for 2026 yet: pick this profile and build it.");
    expect(plan.values[8]![0]).toBe("Team median");
  });

  it("reads a kept profile's tier, weakest pillar and KPI from its dashboard, and names the pillars for a linked one", () => {
    const row = plan.values[4]!;
    expect(row[10]).toMatch(/^='KPI 2026'!\$Q\$\d+$/);
    expect(row[10]).not.toBe(row[9]);
    expect(row[16]).toBe(
      `=IFERROR(INDEX('KPI 2026'!$Q:$Q,MATCH("kpi:total",'KPI 2026'!$A:$A,0)),"")`,
    );
    expect(row[2]).toMatch(/^='KPI 2026'!\$Q\$\d+$/);
    // A linked seller's KPI comes from the spill, and an older summary is said in words.
    expect(plan.values[5]![16]).toBe('=IF(IFERROR(R6=3,0),IF(ISNUMBER(AF6),AF6,""),"")');
    expect(String(plan.values[5]![45])).toContain("has summary version {found}");
    expect(String(plan.values[5]![10])).toContain(
      'CHOOSE(MATCH(MIN(D6:G6),D6:G6,0),"Establish your professional brand","Find the right people","Engage with insights","Build relationships")',
    );
    expect(teamPlan(2026, "en", [kept], false).plan.values[4]![16]).toBeUndefined();
  });

  it("wraps its cells but the title and the sentence under it, which run on; a link's long status wraps whole", () => {
    const linkedOnly = teamPlan(2026, "en", [kept, linked], false).plan;
    const status = 45;
    expect(linkedOnly.wraps[0]![0]).toBe(false);
    expect(linkedOnly.wraps[1]![0]).toBe(false);
    expect(linkedOnly.wraps[3]![status - 1]).toBe(true);
    expect(linkedOnly.wraps[5]![status - 1]).toBe(true);
    expect(linkedOnly.wraps[5]![status - 2]).toBe(true);
    // The Source column says where a row comes from: a linked row's version shows as words.
    const source = linkedOnly.values[3]!.indexOf("Source");
    expect(linkedOnly.numberFormats[5]![source]).toBe('"Their own spreadsheet"');
    expect(linkedOnly.values[4]![source]).toBe("This spreadsheet");
    expect(linkedOnly.backgrounds[3]![0]).toBe("#0a66c2");
    // Only the chart table's gaps are muted, not the summary under it.
    expect(plan.conditionalRules.at(-1)?.ranges).toEqual(["B13:M15"]);
  });
});
