/**
 * A spreadsheet built before the registry stored its dashboards' keys by their names: the add-on reads it
 * as moved, stores the move with its next write, and nothing a person sees changes.
 */
import { describe, expect, it } from "vitest";
import type { Addon } from "../../dev/loader";
import { dashboardName } from "../../src/plan/layout";
import { dashboardKey, LEGACY, sheetKey, teamKey } from "../../src/plan/storeKeys";
import { teamSheetName } from "../../src/plan/team";
import { freshAddon, ok } from "../support/addon";

const ANA = { id: "main", name: "Ana Ruiz" };

/** Two profiles, Tom's dashboard renamed by a person, a reading each, and the team sheet. */
function twoProfiles(): { addon: Addon; tom: { id: string; name: string } } {
  const addon = freshAddon();
  addon.call("buildDashboard");
  ok(addon, "saveSettings", { profileName: ANA.name, totalTarget: 80 });
  ok(addon, "saveProfile", { name: "Tom Baker", totalTarget: 70 });
  const form = addon.callFromClient("getSettingsForm", []).result as {
    profiles: { id: string; name: string }[];
  };
  const tom = form.profiles[1] as { id: string; name: string };
  addon.standIn.sheet("KPI 2026 · Tom Baker").setName("Tom's KPIs");
  for (const [profile, total] of [
    [ANA, 13.01],
    [tom, 20],
  ] as const)
    ok(addon, "saveEntry", {
      language: "en",
      profile,
      year: 2026,
      month: 11,
      values: { meetings: "3" },
      reading: {
        date: "2026-11-20",
        brand: 3.3,
        findPeople: 3.84,
        engage: 2.07,
        relationships: total - 9.21,
      },
    });
  addon.call("buildTeamSheet");
  return { addon, tom };
}

/** The store as the add-on kept it before the registry: a dashboard's keys by the name we gave it. */
function asBeforeTheRegistry(addon: Addon, profiles: { id: string; name: string }[]): void {
  const props = addon.standIn.workbook.state.properties.document;
  const old: Record<string, string> = {};
  for (const [key, value] of Object.entries(props)) {
    const dashboard = /^(?:(layout|id|lines|look):)?sheet:dashboard:(\d+)(?::(.+))?$/.exec(key);
    const kind = /^layout:sheet:(log|charts)(?::(.+))?$/.exec(key);
    const team = /^(layout|look):team:(\d+)$/.exec(key);
    if (dashboard) {
      const [, field, year, id = "main"] = dashboard;
      const profile = profiles.find((p) => p.id === id)!;
      const ours = dashboardName(Number(year), "en", profile);
      if (!field) {
        if (value !== ours) old[LEGACY.renamed(ours)] = value;
      } else old[LEGACY[field as "layout" | "id" | "lines" | "look"](ours)] = value;
    } else if (kind) {
      const profile = profiles.find((p) => p.id === (kind[2] ?? "main"))!;
      old[LEGACY.kindLayout(kind[1] as "log" | "charts", profile)] = value;
    } else if (team) {
      const name = teamSheetName(Number(team[2]), "en");
      old[team[1] === "layout" ? LEGACY.layout(name) : LEGACY.look(name)] = value;
    } else old[key] = value;
  }
  for (const key of Object.keys(props)) delete props[key];
  Object.assign(props, old);
}

/** Every sheet's values, by name. */
function sheets(addon: Addon): Record<string, unknown[][]> {
  const ss = addon.standIn.globals.SpreadsheetApp.getActiveSpreadsheet();
  return Object.fromEntries(
    ss.getSheets().map((s) => [s.getName(), s.getDataRange().getValues()] as const),
  );
}

describe("a spreadsheet from before the registry", () => {
  it("is rebuilt in as many calls as one built since, into the same sheets and the same store", () => {
    const now = twoProfiles();
    const before = twoProfiles();
    asBeforeTheRegistry(before.addon, [ANA, before.tom]);
    const props = before.addon.standIn.workbook.state.properties.document;
    expect(props[LEGACY.renamed("KPI 2026 · Tom Baker")]).toBe("Tom's KPIs");
    expect(props[LEGACY.kindLayout("log", ANA)]).toBeDefined();
    expect(props[LEGACY.layout("Team 2026")]).toBeDefined();
    const calls = (addon: Addon) => {
      addon.standIn.counter.reset();
      addon.call("buildDashboard");
      return addon.standIn.counter.total;
    };
    expect(calls(before.addon)).toBe(calls(now.addon));
    expect(sheets(before.addon)).toEqual(sheets(now.addon));
    expect(props).toEqual(now.addon.standIn.workbook.state.properties.document);
    expect(Object.keys(props).filter(LEGACY.isLegacy)).toEqual([]);
  });

  it("saves a month into a dashboard a person renamed; the move is stored with the next write", () => {
    const { addon, tom } = twoProfiles();
    asBeforeTheRegistry(addon, [ANA, tom]);
    ok(addon, "saveEntry", {
      language: "en",
      profile: tom,
      year: 2026,
      month: 10,
      values: { meetings: "7" },
      reading: null,
    });
    const values = addon.standIn.sheet("Tom's KPIs").getDataRange().getValues();
    const meetings = values.find((row) => row[0] === "metric:meetings")!;
    // October is column N, November O.
    expect([meetings[13], meetings[14]]).toEqual([7, 3]);
    // The save had nothing to store: the store is read as moved, and left as it was.
    const props = addon.standIn.workbook.state.properties.document;
    expect(props[LEGACY.renamed("KPI 2026 · Tom Baker")]).toBe("Tom's KPIs");
    addon.standIn.counter.reset();
    addon.call("buildTeamSheet");
    expect(addon.standIn.counter.byMethod.get("Properties.setProperties")).toBe(1);
    expect(Object.keys(props).filter(LEGACY.isLegacy)).toEqual([]);
    expect(props[dashboardKey(2026, tom)]).toBe("Tom's KPIs");
    expect(props[sheetKey("log", tom)]).toBe("SSI log · Tom Baker");
    expect(props[teamKey(2026)]).toBe("Team 2026");
  });

  it("renames a profile's sheets with the profile, keeping the name a person gave one", () => {
    const { addon, tom } = twoProfiles();
    asBeforeTheRegistry(addon, [ANA, tom]);
    ok(addon, "saveProfile", { id: tom.id, name: "Tom B." });
    const names = sheets(addon);
    expect(Object.keys(names)).toEqual(
      expect.arrayContaining(["Tom's KPIs", "SSI log · Tom B.", "Charts · Tom B.", "KPI 2026"]),
    );
    expect(Object.keys(names).filter((n) => n.includes("Tom Baker"))).toEqual([]);
    ok(addon, "saveEntry", {
      language: "en",
      profile: { id: tom.id, name: "Tom B." },
      year: 2026,
      month: 10,
      values: { meetings: "5" },
      reading: null,
    });
    const meetings = addon.standIn
      .sheet("Tom's KPIs")
      .getDataRange()
      .getValues()
      .find((row) => row[0] === "metric:meetings")!;
    expect(meetings[13]).toBe(5);
  });
});
