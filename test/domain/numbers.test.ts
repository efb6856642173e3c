import { describe, expect, it } from "vitest";
import { parseNumber, round } from "../../src/domain/numbers";

describe("parseNumber", () => {
  it("reads the articles' decimal commas and points", () => {
    expect(parseNumber("21,16")).toEqual({ ok: true, value: 21.16 });
    expect(parseNumber("21.7")).toEqual({ ok: true, value: 21.7 });
    expect(parseNumber("32,45")).toEqual({ ok: true, value: 32.45 });
    expect(parseNumber(" 66,99 ")).toEqual({ ok: true, value: 66.99 });
  });

  it("reads thousands separators by language", () => {
    expect(parseNumber("1.234", ",")).toEqual({ ok: true, value: 1234 });
    expect(parseNumber("1,234", ".")).toEqual({ ok: true, value: 1234 });
    expect(parseNumber("1.234,5")).toEqual({ ok: true, value: 1234.5 });
    expect(parseNumber("1,234.5")).toEqual({ ok: true, value: 1234.5 });
    expect(parseNumber("12 345")).toEqual({ ok: true, value: 12345 });
    expect(parseNumber("21.16", ",")).toEqual({ ok: true, value: 21.16 });
  });

  it("reads a typographic minus, signs, and every thousands group of a long number", () => {
    expect(parseNumber("\u22125,5")).toEqual({ ok: true, value: -5.5 });
    expect(parseNumber("+1.234.567")).toEqual({ ok: true, value: 1234567 });
    expect(parseNumber("-1,234,567.25")).toEqual({ ok: true, value: -1234567.25 });
    expect(parseNumber("1 234 567,5")).toEqual({ ok: true, value: 1234567.5 });
    // A comma and a point the same: the later one is the decimal separator.
    expect(parseNumber("1,5.2")).toEqual({ ok: false, text: "1,5.2" });
    expect(parseNumber("1.5,2")).toEqual({ ok: false, text: "1.5,2" });
    expect(parseNumber("7")).toEqual({ ok: true, value: 7 });
    expect(parseNumber("7", ",")).toEqual({ ok: true, value: 7 });
    expect(parseNumber("1,234", ",")).toEqual({ ok: true, value: 1.234 });
  });

  it("refuses text around a number, a minus inside it, and thousands groups that are not three digits", () => {
    for (const text of [
      "x12",
      "12x",
      "1-2",
      "12\u2212",
      "1.234.56",
      "1.23.456",
      "12.3456.789",
      "1234.567.890",
    ])
      expect(parseNumber(text), text).toEqual({ ok: false, text });
    expect(parseNumber("1.234,5.6")).toEqual({ ok: false, text: "1.234,5.6" });
    expect(parseNumber("1,234,5")).toEqual({ ok: false, text: "1,234,5" });
    expect(parseNumber(" 1x ")).toEqual({ ok: false, text: "1x" });
  });

  it("gives null for blanks and a failure for text", () => {
    expect(parseNumber("")).toEqual({ ok: true, value: null });
    expect(parseNumber(null)).toEqual({ ok: true, value: null });
    expect(parseNumber("abc")).toEqual({ ok: false, text: "abc" });
    expect(parseNumber("1,2,3,4")).toEqual({ ok: false, text: "1,2,3,4" });
    expect(parseNumber(Number.NaN).ok).toBe(false);
  });
});

describe("round", () => {
  it("rounds half away from zero like the spreadsheet's ROUND", () => {
    expect(round(25 - 21.16)).toBe(3.84);
    expect(round(80 - 66.99)).toBe(13.01);
    expect(round(1.005)).toBe(1.01);
    expect(round(-2.5, 0)).toBe(-3);
  });
});
