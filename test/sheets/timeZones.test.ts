/**
 * Every day the add-on handles is a day in the spreadsheet's time zone: readings keep their day and land
 * in their own month, and "today" is the spreadsheet's day, whatever the script's or the machine's zone.
 */
import { describe, expect, it } from "vitest";
import { wallToInstant } from "../../dev/standin/format";
import { freshAddon, rowOfKey } from "../support/addon";

const ZONES = ["Etc/UTC", "Europe/Warsaw", "America/Los_Angeles", "Pacific/Auckland"];

/** The instant a clock in `zone` shows this local date and time. */
function localTime(zone: string, iso: string): Date {
  const [date = "", time = "00:00"] = iso.split("T");
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const [h, mi] = time.split(":").map(Number) as [number, number];
  return new Date(wallToInstant(Date.UTC(y, m - 1, d, h, mi), zone));
}

const PILLARS = { brand: "12.5", findPeople: "21", engage: "16.95", relationships: "25" };

function saveReading(addon: ReturnType<typeof freshAddon>, day: string, brand = "12.5") {
  const [year, month] = day.split("-").map(Number);
  const answer = addon.callFromClient("saveEntry", [
    {
      language: "en",
      year,
      month,
      values: {},
      reading: { ...PILLARS, brand, date: day, note: `reading of ${day}` },
    },
  ]);
  expect(answer.error).toBeUndefined();
  expect((answer.result as { ok: boolean }).ok).toBe(true);
}

/** What the grid shows in a dashboard row for a month column (E = January). */
function shown(addon: ReturnType<typeof freshAddon>, year: number, key: string, month: number) {
  const sheet = `KPI ${year}`;
  const col = String.fromCharCode("E".charCodeAt(0) + month - 1);
  return addon.standIn.range(`'${sheet}'!${col}${rowOfKey(addon, sheet, key)}`).getDisplayValue();
}

function logDays(addon: ReturnType<typeof freshAddon>): string[] {
  const log = addon.standIn.sheet("SSI log");
  return log
    .getRange(2, 1, log.getLastRow() - 1, 1)
    .getDisplayValues()
    .map((r) => r[0] ?? "");
}

describe.each(ZONES)("a spreadsheet on %s (the process on Asia/Kolkata)", (zone) => {
  it("keeps each reading's day through save, rebuild and language changes, in its own month", () => {
    const addon = freshAddon({ timeZone: zone, today: localTime(zone, "2026-12-31T22:00") });
    addon.call("buildDashboard");
    saveReading(addon, "2026-07-01", "10");
    saveReading(addon, "2026-07-31", "11");
    saveReading(addon, "2026-06-30", "9");
    saveReading(addon, "2026-12-31", "12");
    const check = () => {
      expect(logDays(addon)).toEqual(["2026-06-30", "2026-07-01", "2026-07-31", "2026-12-31"]);
      expect(shown(addon, 2026, "reading", 7)).toBe("2026-07-31");
      expect(shown(addon, 2026, "pillar:brand", 7)).toBe("11.00");
      expect(shown(addon, 2026, "reading", 6)).toBe("2026-06-30");
      expect(shown(addon, 2026, "pillar:brand", 6)).toBe("9.00");
      expect(shown(addon, 2026, "reading", 12)).toBe("2026-12-31");
      expect(shown(addon, 2026, "reading", 8)).toBe("");
    };
    check();
    addon.call("buildDashboard");
    check();
    for (const language of ["es", "de", "pl", "en"]) {
      const answer = addon.callFromClient("saveSettings", [{ language }]);
      expect(answer.error).toBeUndefined();
    }
    check();
  });

  it("moves to a new month and a new year on the spreadsheet's day, not UTC's", () => {
    const addon = freshAddon({ timeZone: zone, today: localTime(zone, "2026-11-30T23:30") });
    addon.call("buildDashboard");
    // Half an hour before midnight there: still November, whatever UTC says.
    addon.call("newMonth");
    expect(addon.standIn.ctx.ui.at(-1)?.message).toContain("November 2026 is already");
    addon.setToday(localTime(zone, "2026-12-01T00:30"));
    addon.call("newMonth");
    expect(addon.standIn.ctx.ui.at(-1)?.message).toContain("December");
    expect(addon.callFromClient("getEntryForm", []).result).toMatchObject({
      year: 2026,
      month: 12,
      today: "2026-12-01",
    });
    addon.setToday(localTime(zone, "2027-01-01T00:30"));
    addon.call("newMonth");
    expect(addon.standIn.workbook.sheetByName("KPI 2027")).not.toBeNull();
    saveReading(addon, "2027-01-01", "13");
    expect(shown(addon, 2027, "reading", 1)).toBe("2027-01-01");
    expect(shown(addon, 2027, "pillar:brand", 1)).toBe("13.00");
    expect(addon.callFromClient("getEntryForm", []).result).toMatchObject({
      year: 2027,
      month: 1,
      today: "2027-01-01",
    });
  });
});

describe("the stand-in's clock", () => {
  it("hands a day cell to the script as midnight in the spreadsheet's zone", () => {
    const addon = freshAddon({ timeZone: "America/Los_Angeles" });
    addon.call("buildDashboard");
    saveReading(addon, "2026-07-01");
    const cell = addon.standIn.range("'SSI log'!A2").getValue() as Date;
    expect(cell.toISOString()).toBe("2026-07-01T07:00:00.000Z");
  });
});
