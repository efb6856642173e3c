/** A day is a calendar day, "yyyy-mm-dd": only real days are made, and read back as they were. */
import { describe, expect, it } from "vitest";
import { dayOf, dayParts } from "../../src/domain/day";

describe("dayOf", () => {
  it("makes a real day, padded", () => {
    expect(dayOf(2026, 2, 28)).toBe("2026-02-28");
    expect(dayOf(2024, 2, 29)).toBe("2024-02-29");
    expect(dayOf(2026, 11, 3)).toBe("2026-11-03");
  });

  it("refuses a day, month or year that does not exist or is not whole", () => {
    expect(dayOf(2026, 2, 29)).toBeNull();
    expect(dayOf(2026, 13, 1)).toBeNull();
    expect(dayOf(2026, 0, 10)).toBeNull();
    expect(dayOf(2026, 4, 0)).toBeNull();
    expect(dayOf(2026, 1, 1.5)).toBeNull();
    expect(dayOf(2026, 1.5, 1)).toBeNull();
    expect(dayOf(2026.5, 1, 1)).toBeNull();
    // JavaScript reads years 0–99 as 1900–1999: "26" is not 2026, nor 1926.
    expect(dayOf(26, 1, 1)).toBeNull();
  });
});

describe("dayParts", () => {
  it("splits a day into its year, month and day of month", () => {
    expect(dayParts("2026-11-03")).toEqual({ year: 2026, month: 11, day: 3 });
  });
});
