/**
 * A team of spreadsheets: each seller keeps their own, with its summary; the manager's team sheet links
 * them live, one IMPORTRANGE each, once the manager has allowed access.
 */
import { describe, expect, it } from "vitest";
import { Drive } from "../../dev/standin";
import { finishWork, freshAddon, ok } from "../support/addon";

type Addon = ReturnType<typeof freshAddon>;
const TEAM = "Team 2026";

/** A seller's own spreadsheet with the add-on, its dashboard and one SSI reading. */
function seller(drive: Drive, name: string, pillars: [string, string, string, string]): Addon {
  const addon = freshAddon({ drive });
  addon.call("buildDashboard");
  ok(addon, "saveSettings", { profileName: name });
  read(addon, "2026-10-20", pillars);
  return addon;
}

function read(addon: Addon, date: string, [brand, findPeople, engage, relationships]: string[]) {
  ok(addon, "saveEntry", {
    language: "en",
    year: 2026,
    month: Number(date.slice(5, 7)),
    values: {},
    reading: { date, brand, findPeople, engage, relationships },
  });
}

/** The team sheet's profile rows as name → the row's values. */
function rows(addon: Addon): Map<string, unknown[]> {
  const values = addon.standIn.sheet(TEAM).getDataRange().getValues();
  const end = values.findIndex((row) => row[0] === "Team average");
  return new Map(values.slice(4, end).map((row) => [String(row[0]), row]));
}

const header = (addon: Addon) => {
  const sheet = addon.standIn.sheet(TEAM);
  return sheet.getRange(4, 1, 1, sheet.getLastColumn()).getValues()[0]!;
};
const at = (addon: Addon, name: string, column: string) =>
  rows(addon).get(name)?.[header(addon).indexOf(column)];

/** The manager's spreadsheet: their own profile kept here, and the sellers linked. */
function manager(drive: Drive, sellers: Addon[], names: string[]): Addon {
  const addon = freshAddon({ drive });
  addon.call("buildDashboard");
  ok(addon, "saveSettings", { profileName: "Marta Manager" });
  read(addon, "2026-10-21", ["15", "15", "15", "15"]);
  sellers.forEach((s, i) => {
    ok(addon, "saveProfile", { name: names[i], source: s.standIn.workbook.url() });
  });
  addon.call("buildTeamSheet");
  return addon;
}

describe("a seller's spreadsheet", () => {
  it("keeps a named summary of its year, live: version, name, SSI, pillars, target, gap and the months", () => {
    const ana = seller(new Drive(), "Ana Ruiz", ["21.7", "21.16", "16.95", "15.4"]);
    const named = ana.standIn.workbook.state.namedRanges.find((n) => n.name === "SSI_SUMMARY_2026");
    expect(named?.area).toMatchObject({ numRows: 28, numCols: 1 });
    const values = ana.standIn.workbook
      .rangeValues("SSI_SUMMARY_2026")!
      .map((r) => (typeof r[0] === "symbol" ? "" : r[0]));
    expect(values.slice(0, 2)).toEqual([3, "Ana Ruiz"]);
    expect(values.slice(3, 8)).toEqual([75.21, 21.7, 21.16, 16.95, 15.4]);
    expect(values[8]).toBe(80);
    expect(values[9]).toBe(4.79);
    expect(values.slice(12, 14)).toEqual(["", ""]); // no followers or impressions yet
    expect(values[14]).toBe(""); // no company KPI
    expect(values.slice(15, 27)).toEqual(["", "", "", "", "", "", "", "", "", 75.21, "", ""]);
    expect(values[27]).toBe(0); // one seller, not a team
  });
});

describe("the manager's team sheet of linked sellers", () => {
  it("says which cell to click until access is allowed, then fills the row, and follows the seller's next reading", () => {
    const drive = new Drive();
    const ana = seller(drive, "Ana Ruiz", ["21.7", "21.16", "16.95", "15.4"]);
    const boss = manager(drive, [ana], ["Ana Ruiz"]);
    const status = String(at(boss, "Ana Ruiz", "Link"));
    expect(status).toContain("Loading, or waiting for Allow access: click cell Q6");
    expect(status).toContain("Allow access");
    // Where Sheets shows no button, a plain import of one cell grants the pair's access as well.
    expect(status).toContain(
      `If no button shows, type =IMPORTRANGE("https://docs.google.com/spreadsheets/d/${ana.standIn.workbook.id}/edit","A1") in an empty cell`,
    );
    expect(boss.standIn.range(`'${TEAM}'!Q6`).getValue()).toBe("#REF!");
    expect(boss.standIn.range(`'${TEAM}'!Q6`).getFormula()).toMatch(/^=TRANSPOSE\(IMPORTRANGE\(/);
    expect(at(boss, "Ana Ruiz", "SSI total")).toBe("");

    boss.standIn.workbook.allowImportsFrom(ana.standIn.workbook.id);
    expect(at(boss, "Ana Ruiz", "SSI total")).toBe(75.21);
    expect(at(boss, "Ana Ruiz", "Weakest pillar")).toBe("Build relationships");
    expect(at(boss, "Ana Ruiz", "Link")).toBe("Read live from Ana Ruiz's spreadsheet.");

    read(ana, "2026-11-16", ["22", "21.5", "17", "16"]);
    expect(at(boss, "Ana Ruiz", "SSI total")).toBe(76.5);
    expect(at(boss, "Ana Ruiz", "Change in a month")).toBe(1.29);
  });

  it("ranks kept and linked profiles together, with the team's average and median over both", () => {
    const drive = new Drive();
    const ana = seller(drive, "Ana Ruiz", ["21.7", "21.16", "16.95", "15.4"]);
    const jan = seller(drive, "Jan Kowalski", ["10", "10", "10", "10"]);
    const boss = manager(drive, [ana, jan], ["Ana Ruiz", "Jan Kowalski"]);
    for (const s of [ana, jan]) boss.standIn.workbook.allowImportsFrom(s.standIn.workbook.id);
    expect(at(boss, "Ana Ruiz", "Rank")).toBe(1);
    expect(at(boss, "Marta Manager", "Rank")).toBe(2);
    expect(at(boss, "Jan Kowalski", "Rank")).toBe(3);
    // The Source column says where each row comes from, in words (a linked row holds the summary's version).
    const shown = boss.standIn.sheet(TEAM).getDataRange().getDisplayValues();
    const source = shown.find((r) => r.includes("Source"))!.indexOf("Source");
    const sourceOf = (name: string) => shown.find((r) => r[0] === name)?.[source];
    expect(sourceOf("Ana Ruiz")).toBe("Their own spreadsheet");
    expect(sourceOf("Marta Manager")).toBe("This spreadsheet");
    // A long status (the waiting instruction runs to some 600 characters) wraps: all of it shows.
    const link = shown.find((r) => r.includes("Link"))!.indexOf("Link");
    const row = shown.findIndex((r) => r[0] === "Ana Ruiz") + 1;
    expect(
      boss.standIn
        .sheet(TEAM)
        .getRange(row, link + 1)
        .getWrap(),
    ).toBe(true);
    const values = boss.standIn.sheet(TEAM).getDataRange().getValues();
    const average = values.find((r) => r[0] === "Team average");
    expect(average?.[2]).toBe(Math.round(((75.21 + 60 + 40) / 3) * 100) / 100);
  });

  it("shows each seller's followers gained and post impressions of the latest month, kept here or linked", () => {
    const drive = new Drive();
    const ana = seller(drive, "Ana Ruiz", ["21.7", "21.16", "16.95", "15.4"]);
    // Ana keeps post impressions in an own metric, as the creator analytics import makes it.
    ok(ana, "saveOwnMetric", {
      name: "Post impressions",
      block: "engagement",
      aggregation: "sum",
      whole: true,
      feeds: "impressions",
    });
    finishWork(ana);
    ok(ana, "saveEntry", {
      language: "en",
      year: 2026,
      month: 10,
      values: { followers_gained: "40", own1: "900" },
      reading: null,
    });
    ok(ana, "saveEntry", {
      language: "en",
      year: 2026,
      month: 11,
      values: { followers_gained: "55", own1: "1200" },
      reading: null,
    });
    const boss = manager(drive, [ana], ["Ana Ruiz"]);
    ok(boss, "saveEntry", {
      language: "en",
      year: 2026,
      month: 10,
      values: { followers_gained: "12" },
      reading: null,
    });
    boss.standIn.workbook.allowImportsFrom(ana.standIn.workbook.id);
    expect(at(boss, "Ana Ruiz", "Followers gained, latest month")).toBe(55);
    expect(at(boss, "Ana Ruiz", "Post impressions, latest month")).toBe(1200);
    expect(at(boss, "Marta Manager", "Followers gained, latest month")).toBe(12);
    expect(at(boss, "Marta Manager", "Post impressions, latest month")).toBe("");
  });

  it("says so in words when a source cannot be read or has an older summary, never only #REF!", () => {
    const drive = new Drive();
    const ana = seller(drive, "Ana Ruiz", ["21.7", "21.16", "16.95", "15.4"]);
    const boss = manager(drive, [ana], ["Ana Ruiz"]);
    ok(boss, "saveProfile", { name: "Gone Seller", source: `1${"z".repeat(43)}` });
    boss.standIn.workbook.allowImportsFrom(ana.standIn.workbook.id);
    expect(String(at(boss, "Gone Seller", "Link"))).toContain("cannot find the spreadsheet");
    // The seller's summary of another version: the row waits for them to update.
    const version = ana.standIn.workbook.state.namedRanges.find(
      (n) => n.name === "SSI_SUMMARY_2026",
    )!;
    const sheet = ana.standIn.workbook.sheetById(version.sheetId);
    ana.standIn.range(`'${sheet.name}'!D${version.area.row}`).setValue(1);
    expect(at(boss, "Ana Ruiz", "Link")).toBe(
      "Ana Ruiz's spreadsheet has summary version 1; this sheet reads version 3. Ask Ana Ruiz to update the add-on and rebuild their dashboard or team sheet.",
    );
    expect(at(boss, "Ana Ruiz", "SSI total")).toBe("");
  });

  it("refuses an address that is not a spreadsheet, this spreadsheet's own, and one linked already", () => {
    const drive = new Drive();
    const ana = seller(drive, "Ana Ruiz", ["21.7", "21.16", "16.95", "15.4"]);
    const boss = manager(drive, [ana], ["Ana Ruiz"]);
    const errors = (source: string) =>
      (
        boss.callFromClient("saveProfile", [{ name: "Someone", source }]).result as {
          errors?: Record<string, string>;
        }
      ).errors?.source;
    expect(errors("https://example.com/sheet")).toContain("is not a Google Sheets address");
    expect(errors(boss.standIn.workbook.url())).toBe(
      "That is this spreadsheet's own address: paste the seller's spreadsheet instead.",
    );
    expect(errors(ana.standIn.workbook.id)).toBe(
      "“Ana Ruiz” is already linked to that spreadsheet.",
    );
  });

  it("refreshes a team of 80 linked sellers within 30 calls, as for one", () => {
    const calls = (count: number) => {
      const boss = freshAddon({ drive: new Drive() });
      boss.call("buildDashboard");
      for (let i = 1; i <= count; i++)
        ok(boss, "saveProfile", {
          name: `Seller ${i}`,
          source: `1seller${String(i).padStart(3, "0")}${"q".repeat(36)}`,
        });
      boss.call("buildTeamSheet");
      boss.standIn.counter.reset();
      boss.call("buildTeamSheet");
      return boss.standIn.counter.total;
    };
    const one = calls(1);
    expect(calls(80)).toBe(one);
    expect(one).toBeLessThanOrEqual(30);
  }, 120_000);
});

/** A manager's spreadsheet with its sellers linked and allowed: a team a director can link. */
function allowedTeam(
  drive: Drive,
  name: string,
  sellers: [string, [string, string, string, string]][],
): Addon & { sellers: Addon[] } {
  const own = sellers.map(([n, pillars]) => seller(drive, n, pillars));
  const boss = manager(
    drive,
    own,
    sellers.map(([n]) => n),
  );
  ok(boss, "saveSettings", { profileName: name });
  for (const s of own) boss.standIn.workbook.allowImportsFrom(s.standIn.workbook.id);
  boss.call("buildTeamSheet");
  return Object.assign(boss, { sellers: own });
}

/** Links `team`'s spreadsheet as a team in `reader`'s, with access allowed. */
function linkTeam(reader: Addon, name: string, team: Addon): void {
  ok(reader, "saveProfile", { name, source: team.standIn.workbook.url(), team: true });
  reader.standIn.workbook.allowImportsFrom(team.standIn.workbook.id);
}

describe("teams of teams: a director's team sheet links managers' team sheets", () => {
  it("keeps each team sheet's own summary: the team's averages, its months and depth 1", () => {
    const drive = new Drive();
    const north = allowedTeam(drive, "Marta Manager", [
      ["Ana Ruiz", ["21.7", "21.16", "16.95", "15.4"]],
      ["Jan Kowalski", ["10", "10", "10", "10"]],
    ]);
    const values = north.standIn.workbook
      .rangeValues("SSI_TEAM_2026")!
      .map((r) => (typeof r[0] === "symbol" ? "" : r[0]));
    expect(values).toHaveLength(28);
    expect(values.slice(0, 2)).toEqual([3, "Team SSI 2026"]);
    // Marta 60, Ana 75.21, Jan 40: the team average, as the sheet's own average row.
    expect(values[3]).toBe(58.4);
    expect(values[24]).toBe(58.4); // October's average over the three
    expect(values[27]).toBe(1);
    const sheet = north.standIn.sheet(TEAM);
    const named = north.standIn.workbook.state.namedRanges.find((n) => n.name === "SSI_TEAM_2026");
    expect(sheet.isRowHiddenByUser(named!.area.row)).toBe(true);
  });

  it("shows a linked team as one row of its averages, ranked with the sellers linked directly", () => {
    const drive = new Drive();
    const north = allowedTeam(drive, "Marta Manager", [
      ["Ana Ruiz", ["21.7", "21.16", "16.95", "15.4"]],
      ["Jan Kowalski", ["10", "10", "10", "10"]],
    ]);
    const eve = seller(drive, "Eve Direct", ["20", "20", "20", "20"]);
    const director = manager(drive, [eve], ["Eve Direct"]);
    ok(director, "saveProfile", {
      name: "North team",
      source: north.standIn.workbook.url(),
      team: true,
    });
    expect(String(at(director, "North team", "Link"))).toContain(
      "ask for its 2026 team sheet to be built",
    );
    for (const s of [eve, north]) director.standIn.workbook.allowImportsFrom(s.standIn.workbook.id);
    expect(at(director, "North team", "SSI total")).toBe(58.4);
    expect(at(director, "North team", "Link")).toBe(
      "Read live from the team sheet of North team's spreadsheet: the team's averages.",
    );
    expect(at(director, "Eve Direct", "Rank")).toBe(1);
    expect(at(director, "Marta Manager", "Rank")).toBe(2);
    expect(at(director, "North team", "Rank")).toBe(3);
    // A reading in a seller's own spreadsheet moves the team's row two spreadsheets away.
    read(north.sellers[1]!, "2026-10-27", ["13", "13", "13", "13"]);
    expect(at(director, "North team", "SSI total")).toBe(
      Math.round(((60 + 75.21 + 52) / 3) * 100) / 100,
    );
  });

  it("refuses, in words, a team that links teams itself: two levels, seller, team and director", () => {
    const drive = new Drive();
    const north = allowedTeam(drive, "Marta Manager", [
      ["Ana Ruiz", ["21.7", "21.16", "16.95", "15.4"]],
    ]);
    const region = allowedTeam(drive, "Rita Regional", []);
    linkTeam(region, "North team", north);
    // Marta 60 and Ana 75.21: 67.605, half-way, rounded up as Sheets' ROUND does.
    expect(at(region, "North team", "SSI total")).toBe(67.61);
    const director = allowedTeam(drive, "Dora Director", []);
    linkTeam(director, "Region", region);
    expect(at(director, "Region", "Link")).toBe(
      "Region's spreadsheet links teams itself. A team sheet reads sellers and teams of sellers, two levels at most, as every further level of imports updates later: link that spreadsheet's teams here one by one.",
    );
    expect(at(director, "Region", "SSI total")).toBe("");
    // A team of teams is never read as a team: its summary says its depth, and computes nothing.
    const named = region.standIn.workbook.state.namedRanges.find(
      (n) => n.name === "SSI_TEAM_2026",
    )!;
    const formulas = region.standIn.sheet(TEAM).getRange(named.area.row, 2, 28, 1).getFormulas();
    expect(formulas.flat().every((f) => f === "")).toBe(true);
    expect(region.standIn.workbook.rangeValues("SSI_TEAM_2026")?.[27]?.[0]).toBe(2);
  });

  it("says what to do when two managers link each other, whose imports Sheets never finishes loading", () => {
    const drive = new Drive();
    const north = allowedTeam(drive, "Marta Manager", [
      ["Ana Ruiz", ["21.7", "21.16", "16.95", "15.4"]],
    ]);
    const south = allowedTeam(drive, "Sam Manager", [["Jan Kowalski", ["10", "10", "10", "10"]]]);
    linkTeam(north, "South team", south);
    linkTeam(south, "North team", north);
    for (const [book, other] of [
      [north, "South team"],
      [south, "North team"],
    ] as const) {
      // Loading and not allowed look the same from here: the status says both, never only one.
      expect(at(book, other, "Link")).toMatch(/^Loading, or waiting for Allow access: click cell /);
      expect(at(book, other, "Link")).toContain(
        "If that spreadsheet also links this one, neither ever finishes loading: remove one of the two links.",
      );
      expect(at(book, other, "SSI total")).toBe("");
    }
    // South removes its link: North reads South's team again.
    const gone = south.callFromClient("removeProfile", [{ id: "p3", confirm: "North team" }]);
    expect((gone.result as { ok: boolean }).ok).toBe(true);
    expect(at(north, "South team", "SSI total")).toBe(50);
  });

  it("takes “a team” only for a linked profile, with the reason in the user's language", () => {
    const boss = freshAddon({ drive: new Drive() });
    boss.call("buildDashboard");
    const result = boss.callFromClient("saveProfile", [
      { language: "es", name: "Equipo", team: true },
    ]).result as { errors?: Record<string, string> };
    expect(result.errors?.team).toBe(
      "Solo un perfil vinculado puede ser un equipo: pega la dirección de la hoja de cálculo del equipo o desmarca «un equipo».",
    );
  });
});
