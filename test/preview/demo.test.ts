/** `npm start -- --demo` on any day: history up to the last weeks before that day, across a new year too. */
import { describe, expect, it } from "vitest";
import { atLocal, demoMonths, localDay, parseToday } from "../../dev/preview/calendar";
import { dateToSerial } from "../../dev/standin/format";
import { demoAddon, valueAt } from "../support/addon";

const DAY = 86_400_000;

/** Each log's readings as serial days, and the day they count in (a date cell is a day, not an instant). */
function readings(addon: ReturnType<typeof demoAddon>): { sheet: string; serial: number }[] {
  const wb = addon.standIn.workbook;
  return wb
    .sheets()
    .filter((s) => s.name.startsWith("SSI log"))
    .flatMap((s) =>
      Array.from({ length: Math.max(wb.lastRow(s) - 1, 0) }, (_, i) => ({
        sheet: s.name,
        serial: wb.number(s, i + 2, 1) ?? Number.NaN,
      })),
    );
}

describe("the demo's calendar", () => {
  it.each([
    ["2026-11-23T10:00", "Europe/Warsaw"],
    ["2027-01-01T00:05", "Europe/Warsaw"],
    ["2028-02-29T12:00", "Pacific/Auckland"],
    ["2026-12-31T23:30", "America/Los_Angeles"],
  ])(
    "on %s in %s: eleven months, the last reading in the weeks before today, none after",
    (text, zone) => {
      const today = parseToday(text, zone) as Date;
      const addon = demoAddon(today, zone);
      const todaySerial = Math.floor(dateToSerial(today, zone));
      const all = readings(addon);
      expect(all.length).toBeGreaterThan(20);
      const serials = all.map((r) => r.serial);
      expect(Math.max(...serials)).toBeLessThanOrEqual(todaySerial);
      expect(todaySerial - Math.max(...serials)).toBeLessThanOrEqual(21);
      // Seed 002's start opens the history: 32.45, then 66.99 two weeks later.
      const ana = all.filter((r) => r.sheet === "SSI log").map((r) => r.serial);
      const first = Math.min(...ana);
      expect(todaySerial - first).toBeGreaterThan(6 * 30);
      const log = addon.standIn.sheet("SSI log").getDataRange().getValues();
      const totalOn = (serial: number) =>
        log.find(
          (row) => row[0] instanceof Date && Math.floor(dateToSerial(row[0], zone)) === serial,
        )?.[5];
      expect(totalOn(first)).toBe(32.45);
      expect(totalOn(first + 14)).toBe(66.99);

      // Every month of the history has its figures and SSI on the dashboard of its own year.
      const months = demoMonths(localDay(today, zone));
      for (const m of months) {
        const column = String.fromCharCode("E".charCodeAt(0) + m.month - 1);
        expect(
          valueAt(addon, `KPI ${m.year}`, "metric:meetings", column),
          `${m.year}-${m.month}`,
        ).toEqual(expect.any(Number));
        expect(valueAt(addon, `KPI ${m.year}`, "ssi:total", column)).toEqual(expect.any(Number));
      }
      // Each block's Targets met is a share from 0 to 1 in every month of the demo (its targets are typed),
      // and the block chart's table holds those shares, on one scale.
      for (const m of months) {
        const column = String.fromCharCode("E".charCodeAt(0) + m.month - 1);
        for (const block of ["branding", "network", "interaction", "engagement", "presale"]) {
          const share = valueAt(addon, `KPI ${m.year}`, `total:${block}`, column);
          expect(share, `${block} ${m.year}-${m.month}`).toEqual(expect.any(Number));
          expect(share as number).toBeGreaterThanOrEqual(0);
          expect(share as number).toBeLessThanOrEqual(1);
        }
      }
      const table = addon.standIn.sheet("Charts").getRange("I2:M13").getValues().flat();
      expect(table.filter((v) => typeof v === "number").length).toBeGreaterThan(40);
      expect(table.every((v) => v === "#N/A" || (typeof v === "number" && v >= 0 && v <= 1))).toBe(
        true,
      );
      // The workbook is on this month: its dashboards, and the team sheet of this year.
      const now = localDay(today, zone);
      const names = addon.standIn.workbook.sheets().map((s) => s.name);
      expect(names).toEqual(
        expect.arrayContaining([`KPI ${now.year}`, `Team ${now.year}`, "Network"]),
      );
      const network = addon.standIn.sheet("Network").getRange("A1").getValue();
      expect(network).toBe(
        `LinkedIn network: data export of ${now.year}-${String(now.month).padStart(2, "0")}-${String(now.day).padStart(2, "0")}`,
      );
      expect(atLocal(now, 0, 0, zone).getTime()).toBeLessThanOrEqual(today.getTime());
      expect(today.getTime() - atLocal(now, 0, 0, zone).getTime()).toBeLessThan(DAY);
    },
    60_000,
  );
});

describe("--today", () => {
  it("reads a day (at noon) or a moment on the spreadsheet's wall clock, and refuses anything else", () => {
    expect(parseToday("2027-01-01T00:05", "Europe/Warsaw")).toEqual(
      new Date("2026-12-31T23:05:00Z"),
    );
    expect(parseToday("2028-02-29", "Pacific/Auckland")).toEqual(new Date("2028-02-28T23:00:00Z"));
    expect(parseToday("2026-12-31T23:30", "America/Los_Angeles")).toEqual(
      new Date("2027-01-01T07:30:00Z"),
    );
    for (const bad of ["2027-02-29", "2026-13-01", "2026-12-01T24:00", "1.12.2026", "tomorrow"])
      expect(parseToday(bad, "UTC")).toEqual({
        problem: expect.stringContaining(`--today ${bad}:`),
      });
  });

  it("puts the last month of the demo this month once two days of it have passed", () => {
    const last = (day: string) => {
      const [year, month, d] = day.split("-").map(Number) as [number, number, number];
      const m = demoMonths({ year, month, day: d }).at(-1);
      return `${m?.year}-${m?.month}@${m?.readingDay}`;
    };
    expect(last("2027-01-01")).toBe("2026-12@16");
    expect(last("2027-01-02")).toBe("2026-12@16");
    expect(last("2027-01-03")).toBe("2027-1@1");
    expect(last("2026-11-23")).toBe("2026-11@16");
    expect(last("2028-02-10")).toBe("2028-2@8");
    expect(demoMonths({ year: 2027, month: 1, day: 1 })[0]).toMatchObject({ year: 2026, month: 2 });
  });
});
