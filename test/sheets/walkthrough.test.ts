/** A newcomer's mistakes through the sidebar's endpoints: each gets a clear answer, and nothing is lost or doubled. */
import { describe, expect, it } from "vitest";
import { freshAddon, rowOfKey } from "../support/addon";

const READING = { brand: "12.5", findPeople: "21", engage: "16.95", relationships: "25" };

function ready() {
  const addon = freshAddon();
  addon.call("buildDashboard");
  return addon;
}

function save(
  addon: ReturnType<typeof freshAddon>,
  entry: Record<string, unknown>,
): { ok: boolean; message: string; errors?: Record<string, string> } {
  const answer = addon.callFromClient("saveEntry", [
    { language: "en", year: 2026, month: 11, values: {}, reading: null, ...entry },
  ]);
  expect(answer.error).toBeUndefined();
  return answer.result as { ok: boolean; message: string; errors?: Record<string, string> };
}

function logRows(addon: ReturnType<typeof freshAddon>): string[][] {
  const log = addon.standIn.sheet("SSI log");
  const last = log.getLastRow();
  return last < 2 ? [] : log.getRange(2, 1, last - 1, 11).getDisplayValues();
}

describe("saving a reading", () => {
  it("twice on the same day asks first, writes nothing until told, then replaces its row, never a second one", () => {
    const addon = ready();
    const first = save(addon, { reading: { ...READING, date: "2026-11-16" } });
    expect(first.message).toBe(
      "Saved November 2026. Reading of 2026-11-16 added to November 2026.",
    );
    const before = JSON.stringify(addon.standIn.workbook.state.sheets);
    const second = {
      values: { meetings: "4" },
      reading: { ...READING, engage: "17.1", date: "2026-11-16" },
    };
    const asked = save(addon, second) as ReturnType<typeof save> & {
      sameDay?: { day: string; saved: string; incoming: string };
    };
    expect(asked.ok).toBe(false);
    // 12.5 + 21 + 16.95 + 25 = 75.45 saved; 12.5 + 21 + 17.1 + 25 = 75.6 now.
    expect(asked.sameDay).toEqual({ day: "2026-11-16", saved: "75.45", incoming: "75.6" });
    expect(asked.message).toBe(
      "A reading of 2026-11-16 is already saved: SSI 75.45. This one: SSI 75.6. Replace the saved one?",
    );
    // Nothing was written: neither the reading nor the month's figures.
    expect(JSON.stringify(addon.standIn.workbook.state.sheets)).toBe(before);
    const again = save(addon, { ...second, replaceReading: true });
    expect(again.message).toContain("Reading of 2026-11-16 updated in November 2026");
    expect(logRows(addon)).toHaveLength(1);
    expect(logRows(addon)[0]?.[3]).toBe("17.10");
  });

  it("refuses a note without the pillars, saying what is missing, and writes nothing", () => {
    const addon = ready();
    const before = JSON.stringify(addon.standIn.workbook.state.sheets);
    const answer = save(addon, { reading: { date: "2026-11-16", note: "great week" } });
    expect(answer.ok).toBe(false);
    expect(answer.errors?.["reading.note"]).toBe(
      "A note belongs to an SSI reading: enter the four pillars too, or clear the note.",
    );
    expect(JSON.stringify(addon.standIn.workbook.state.sheets)).toBe(before);
  });

  it.each([
    ["1900-01-01", "1900-01-01 is before 2014, when LinkedIn introduced the SSI."],
    ["2999-12-31", "2999-12-31 is after today (2026-11-23)."],
    ["2026-11-24", "2026-11-24 is after today (2026-11-23)."],
  ])("refuses the date %s", (date, message) => {
    const addon = ready();
    const answer = save(addon, { reading: { ...READING, date } });
    expect(answer.ok).toBe(false);
    expect(answer.errors?.["reading.date"]).toContain(message);
    expect(logRows(addon)).toHaveLength(0);
  });

  it("files a date of another month under its own month, names it, and keeps the log in date order", () => {
    const addon = ready();
    save(addon, { reading: { ...READING, date: "2026-11-16" } });
    const march = save(addon, { reading: { ...READING, brand: "10", date: "2026-03-09" } });
    expect(march.message).toBe("Saved November 2026. Reading of 2026-03-09 added to March 2026.");
    expect(logRows(addon).map((r) => r[0])).toEqual(["2026-03-09", "2026-11-16"]);
    const marchBrand = rowOfKey(addon, "KPI 2026", "pillar:brand");
    expect(addon.standIn.range(`'KPI 2026'!G${marchBrand}`).getDisplayValue()).toBe("10.00");
  });
});

describe("numbers", () => {
  it("refuses a count above a billion, with the ceiling in the user's way of writing numbers", () => {
    const addon = ready();
    const en = save(addon, { values: { profile_views: 1e308 } });
    expect(en.errors?.profile_views).toBe("1e+308 is outside 0–1,000,000,000.");
    const es = save(addon, { language: "es", values: { profile_views: "2000000000" } });
    expect(es.errors?.profile_views).toBe("2000000000 está fuera de 0–1.000.000.000.");
  });

  it("in English, says that a comma is not a decimal mark when 21,165 is refused", () => {
    const addon = ready();
    const answer = save(addon, { reading: { ...READING, brand: "21,165", date: "2026-11-16" } });
    expect(answer.errors?.["reading.brand"]).toBe(
      "21165 is outside 0–25. In English a comma separates thousands; write decimals with a point, e.g. 21.165.",
    );
  });

  it("clears a figure given as spaces, and says what it cleared", () => {
    const addon = ready();
    save(addon, { values: { meetings: "4", profile_views: "120" } });
    const answer = save(addon, { values: { meetings: "   " } });
    expect(answer.message).toBe("Saved November 2026. Cleared: Visits (meetings).");
    const row = rowOfKey(addon, "KPI 2026", "metric:meetings");
    expect(addon.standIn.range(`'KPI 2026'!O${row}`).getValue()).toBe("");
  });
});

describe("malformed requests", () => {
  it.each([
    ["values that are not a list of fields", { values: "abc" }],
    ["a reading that is not a record", { reading: "abc" }],
  ])("saveEntry with %s answers in words, not a JavaScript error", (_what, entry) => {
    const addon = ready();
    const answer = save(addon, { language: "de", ...entry });
    expect(answer.ok).toBe(false);
    expect(answer.message).toMatch(/^Nichts wurde gespeichert/);
    expect(Object.values(answer.errors ?? {}).join(" ")).toMatch(/Seitenleiste/);
  });
});

describe("settings", () => {
  it.each([
    ["null", null, "form", "The sidebar sent something the add-on cannot read (settings)."],
    ["[]", [], "form", "(settings)"],
    ["5", 5, "form", "(settings)"],
    ['"x"', "x", "form", "(settings)"],
    [
      '{ language: "fr" }',
      { language: "fr" },
      "language",
      "“fr” is not one of the add-on's languages",
    ],
    [
      '{ carryForward: "false" }',
      { carryForward: "false" },
      "carryForward",
      "Carry-forward must be switched on or off.",
    ],
    ['{ totalTarget: "0x50" }', { totalTarget: "0x50" }, "totalTarget", "“0x50” is not a number"],
    [
      '{ totalTarget: "75.555" }',
      { totalTarget: "75.555" },
      "totalTarget",
      "75.555 has more than 2 decimals",
    ],
    [
      "{ totalTarget: '12,5' }",
      { totalTarget: "12,5" },
      "totalTarget",
      "between 1 and 100. In English a comma separates thousands; write decimals with a point, e.g. 12.5.",
    ],
    [
      "{ totalTarget: [90] }",
      { totalTarget: [90] },
      "totalTarget",
      "The SSI total target must be between 1 and 100.",
    ],
    ["{ totalTarget: 0 }", { totalTarget: 0 }, "totalTarget", "0 is outside 1–100."],
    [
      "a profile name of a million characters",
      { profileName: "x".repeat(1_000_000) },
      "profileName",
      "1000000 characters",
    ],
    ["{ profileName: 7 }", { profileName: 7 }, "profileName", "(profileName)"],
    ['{ colour: "red" }', { colour: "red" }, "colour", "“colour” is not a field of this form."],
  ])(
    "refuses %s whole, saying which field and why, and changes nothing",
    (_label, input, field, message) => {
      const addon = ready();
      const before = JSON.stringify(addon.standIn.workbook.state);
      const answer = addon.callFromClient("saveSettings", [input]).result as {
        ok: boolean;
        message: string;
        errors: Record<string, string>;
      };
      expect(answer.ok).toBe(false);
      expect(answer.errors[field]).toContain(message);
      expect(answer.message).toMatch(/Nothing was saved/);
      expect(JSON.stringify(addon.standIn.workbook.state)).toBe(before);
    },
  );

  it("answers in the language picked when other fields are wrong", () => {
    const addon = ready();
    const answer = addon.callFromClient("saveSettings", [{ language: "pl", carryForward: "tak" }])
      .result as { ok: boolean; message: string; errors: Record<string, string> };
    expect(answer.errors.carryForward).toBe("Przenoszenie musi być włączone albo wyłączone.");
    expect(answer.message).toBe("Nic nie zapisano. Popraw zaznaczone pole i zapisz ponownie.");
  });
});

describe("after a language change", () => {
  it("names the log and charts sheets, and titles the sidebar, in the new language", () => {
    const addon = ready();
    addon.callFromClient("saveSettings", [{ language: "de" }]);
    const names = addon.standIn.workbook.sheets().map((s) => s.name);
    expect(names).toEqual(expect.arrayContaining(["KPI 2026", "SSI-Verlauf", "Diagramme"]));
    expect(names).not.toContain("SSI log");
    expect(names).not.toContain("Charts");
    // The dashboard's formulas follow the renamed log.
    save(addon, { language: "de", reading: { ...READING, date: "2026-11-16" } });
    expect(
      addon.standIn.range(`'KPI 2026'!O${rowOfKey(addon, "KPI 2026", "ssi:total")}`).getValue(),
    ).toBe(75.45);
    addon.call("openSidebar");
    expect(addon.standIn.ctx.ui.at(-1)?.title).toBe("Daten eingeben");
  });
});
