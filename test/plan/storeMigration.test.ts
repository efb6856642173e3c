/**
 * A spreadsheet from before the registry keeps everything it stored: each key moves to the registry's,
 * with its value, and only keys of ours that the registry no longer reads are forgotten.
 */
import { describe, expect, it } from "vitest";
import { movedKeys } from "../../src/plan/storeMigration";

const ana = { id: "main", name: "Ana Ruiz" };
const tom = { id: "p2", name: "Tom Baker (VP Sales)" };

/** What a spreadsheet with two profiles stored before the registry. */
const BEFORE: Record<string, string> = {
  settings: "{}",
  work: "[]",
  "layout:KPI 2025": "7:abc",
  "id:KPI 2025": "0",
  "look:KPI 2025": "look25",
  "layout:KPI 2026": "7:def|s1",
  "id:KPI 2026": "11",
  "lines:KPI 2026": "r5+1",
  "look:KPI 2026": "look26",
  "layout:KPI 2026 · Tom Baker (VP Sales)": "7:ghi",
  "id:KPI 2026 · Tom Baker (VP Sales)": "12",
  "name:KPI 2026 · Tom Baker (VP Sales)": "Tom's KPIs",
  "sheet:log": "SSI log",
  "id:sheet:log": "13",
  "layout:log": "7:en",
  "sheet:log:p2": "SSI log · Tom Baker (VP Sales)",
  "layout:log:p2": "7:en",
  "layout:charts:p2": "7:c#lines",
  "charts:p2": '{"ssi":4}',
  "team:2026": "Team 2026",
  "id:team:2026": "14",
  "layout:Team 2026": "7:team",
  "look:Team 2026": "teamlook",
  "layout:Zespół 2026": "7:old",
  "sheet:importLog": "Import log",
  "id:sheet:importLog": "15",
};

describe("keys stored before the registry", () => {
  const moved = movedKeys(BEFORE, "en", [ana, tom]);

  it("move a dashboard's layout, id, lines and look to its profile and year, and its name now with them", () => {
    expect(moved.set).toMatchObject({
      "sheet:dashboard:2025": "KPI 2025",
      "layout:sheet:dashboard:2025": "7:abc",
      "id:sheet:dashboard:2025": "0",
      "look:sheet:dashboard:2025": "look25",
      "sheet:dashboard:2026": "KPI 2026",
      "layout:sheet:dashboard:2026": "7:def|s1",
      "id:sheet:dashboard:2026": "11",
      "lines:sheet:dashboard:2026": "r5+1",
      "look:sheet:dashboard:2026": "look26",
      // Tom renamed his dashboard: the name he gave it is its name now.
      "sheet:dashboard:2026:p2": "Tom's KPIs",
      "layout:sheet:dashboard:2026:p2": "7:ghi",
      "id:sheet:dashboard:2026:p2": "12",
    });
  });

  it("move a log's and Charts' signature under their sheet's key, and a team sheet's from its name", () => {
    expect(moved.set).toMatchObject({
      "layout:sheet:log": "7:en",
      "layout:sheet:log:p2": "7:en",
      "layout:sheet:charts:p2": "7:c#lines",
      "layout:team:2026": "7:team",
      "look:team:2026": "teamlook",
    });
  });

  it("forget only the old keys, and keep everything else as it is", () => {
    expect(new Set(moved.forget)).toEqual(
      new Set([
        "layout:KPI 2025",
        "id:KPI 2025",
        "look:KPI 2025",
        "layout:KPI 2026",
        "id:KPI 2026",
        "lines:KPI 2026",
        "look:KPI 2026",
        "layout:KPI 2026 · Tom Baker (VP Sales)",
        "id:KPI 2026 · Tom Baker (VP Sales)",
        "name:KPI 2026 · Tom Baker (VP Sales)",
        "layout:log",
        "layout:log:p2",
        "layout:charts:p2",
        "layout:Team 2026",
        "look:Team 2026",
        // A team sheet's signature from a language left since: the sheet is laid out again once.
        "layout:Zespół 2026",
      ]),
    );
    // Each once: a store's keys are forgotten in one call, listed once.
    expect(moved.forget).toHaveLength(new Set(moved.forget).size);
    const after = { ...BEFORE, ...moved.set };
    for (const key of moved.forget) delete after[key];
    expect(Object.keys(after).filter((k) => !(k in moved.set))).toEqual([
      "settings",
      "work",
      "sheet:log",
      "id:sheet:log",
      "sheet:log:p2",
      "charts:p2",
      "team:2026",
      "id:team:2026",
      "sheet:importLog",
      "id:sheet:importLog",
    ]);
  });

  it("are moved once: a store already moved, or never built, has nothing to move", () => {
    const after = { ...BEFORE, ...moved.set };
    for (const key of moved.forget) delete after[key];
    expect(movedKeys(after, "en", [ana, tom])).toEqual({ set: {}, forget: [] });
    expect(movedKeys({ settings: "{}" }, "pl", [ana])).toEqual({ set: {}, forget: [] });
  });

  it("leave a key the registry already has: a newer value is never replaced by an older one", () => {
    const both = { ...BEFORE, "layout:sheet:log": "8:de", "sheet:dashboard:2025": "Mine" };
    const again = movedKeys(both, "de", [ana, tom]);
    expect(again.set["layout:sheet:log"]).toBeUndefined();
    expect(again.set["sheet:dashboard:2025"]).toBeUndefined();
    expect(again.forget).toContain("layout:log");
    // In German, the team sheet's signature of that language would be the one moved.
    expect(movedKeys({ ...BEFORE }, "pl", [ana, tom]).set["layout:team:2026"]).toBe("7:old");
  });

  it("leave a layout no profile's dashboard had (a profile removed since) where it is", () => {
    const orphan = movedKeys({ "layout:KPI 2026 · Gone": "7:x" }, "en", [ana]);
    expect(orphan).toEqual({ set: {}, forget: [] });
  });
});
