/** The add-on's language from a locale, and numbers as each language writes them. */
import { describe, expect, it } from "vitest";
import {
  decimalSeparator,
  groupedNumber,
  languageOfLocale,
  numberInText,
  shareText,
} from "../../src/domain/language";

describe("languages", () => {
  it("picks ours from a spreadsheet or user locale, whatever its case; English otherwise", () => {
    expect(languageOfLocale("es_ES")).toBe("es");
    expect(languageOfLocale("DE-at")).toBe("de");
    expect(languageOfLocale("pl")).toBe("pl");
    expect(languageOfLocale("fr_FR")).toBe("en");
    expect(languageOfLocale(null)).toBe("en");
    expect(languageOfLocale("")).toBe("en");
  });

  it("writes a number in a sentence with the language's decimal mark, and in a table grouped with 2 decimals", () => {
    expect(decimalSeparator("en")).toBe(".");
    expect(decimalSeparator("pl")).toBe(",");
    expect(numberInText(21.16, "de")).toBe("21,16");
    expect(numberInText(21.16, "en")).toBe("21.16");
    expect(groupedNumber(221150.456, "en")).toBe("221,150.46");
    expect(groupedNumber(221150, "de")).toBe("221.150");
  });
});

describe("a share as a percentage", () => {
  it("is written as each language writes it, whole, and blank for what is not a number", () => {
    expect(shareText(0.5, "en")).toBe("50%");
    expect(shareText(0.333, "pl")).toBe("33%");
    expect(shareText(1, "de")).toBe("100\u00a0%");
    expect(shareText(0.25, "es")).toBe("25\u00a0%");
    expect(shareText("", "en")).toBe("");
    expect(shareText(null, "en")).toBe("");
  });
});
