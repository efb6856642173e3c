/**
 * The custom functions called directly, as units: what the bundle tests check through Sheets' formula engine,
 * here against the sources (Stryker's per-test coverage credits only tests that import them).
 */
import { describe, expect, it } from "vitest";
import { isBlank, languageArg, numberOf } from "../../src/functions/args";
import { KPI_GROWTH, KPI_TOTAL, SOCIAL_KPI } from "../../src/functions/kpiFunctions";
import { CUSTOM_FUNCTIONS } from "../../src/functions/registry";
import {
  SSI_GAP,
  SSI_NEXT_ACTION,
  SSI_TIER,
  SSI_TOTAL,
  SSI_WEAKEST,
} from "../../src/functions/ssiFunctions";

describe("arguments", () => {
  it("reads a language code in any case and spacing; English when blank", () => {
    expect(languageArg("X", undefined)).toBe("en");
    expect(languageArg("X", null)).toBe("en");
    expect(languageArg("X", "")).toBe("en");
    expect(languageArg("X", " ES ")).toBe("es");
    expect(() => languageArg("SSI_TIER", "fr")).toThrow(
      "SSI_TIER: language must be one of en, es, de, pl; got “fr”.",
    );
  });

  it("knows a blank cell, and reads numbers with a decimal comma", () => {
    expect([null, undefined, ""].map(isBlank)).toEqual([true, true, true]);
    expect([0, " ", "0", false].map((v) => isBlank(v as never))).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(numberOf("X", "", "en")).toBeNull();
    expect(numberOf("X", "21,16", "en")).toBe(21.16);
    expect(() => numberOf("SSI_GAP", true, "en")).toThrow("SSI_GAP: “true” is not a number.");
    expect(() => numberOf("SSI_GAP", new Date(0), "es")).toThrow("SSI_GAP:");
    expect(() => numberOf("SSI_GAP", "abc", "en")).toThrow("SSI_GAP: “abc” is not a number.");
  });
});

describe("SSI_GAP", () => {
  it("gives max(0, target − score) against 25 or a target, single or per cell", () => {
    expect(SSI_GAP(21.16)).toBe(3.84);
    expect(SSI_GAP(21.16, "")).toBe(3.84);
    expect(SSI_GAP(66.99, 80)).toBe(13.01);
    expect(SSI_GAP(90, 80)).toBe(0);
    expect(SSI_GAP([[21.7, 16.95]], 25)).toEqual([[3.3, 8.05]]);
    expect(SSI_GAP([[21.7, 16.95]], [[22, 20]])).toEqual([[0.3, 3.05]]);
    expect(SSI_GAP([[21.7], [""]])).toEqual([[3.3], [""]]);
  });

  it("names a wrong shape, a score out of range and a negative target", () => {
    expect(() => SSI_GAP([[1, 2]], [[1, 2, 3]])).toThrow(
      "SSI_GAP: target must have the same shape as the scores (1×2).",
    );
    expect(() => SSI_GAP([[1, 2]], [[1], [2]])).toThrow("same shape");
    expect(() => SSI_GAP(30)).toThrow("SSI_GAP: a pillar score must be 0–25, got 30.");
    expect(() => SSI_GAP(-1)).toThrow("SSI_GAP: a pillar score must be 0–25, got -1.");
    expect(() => SSI_GAP(101, 80)).toThrow("SSI_GAP: an SSI total must be 0–100, got 101.");
    expect(SSI_GAP(0, 0)).toBe(0);
    expect(() => SSI_GAP(10, -1)).toThrow("SSI_GAP: the target must be 0 or more, got -1.");
  });
});

describe("SSI_TOTAL, SSI_TIER, SSI_WEAKEST and SSI_NEXT_ACTION", () => {
  it("add four pillars, given apart or as one range; blank when all are blank", () => {
    expect(SSI_TOTAL(12.5, 21, 16.95, 25)).toBe(75.45);
    expect(SSI_TOTAL([[12.5, 21, 16.95, 25]])).toBe(75.45);
    expect(SSI_TOTAL([["", "", "", ""]])).toBe("");
    expect(() => SSI_TOTAL([[12.5, "", 16.95, 25]])).toThrow(
      "SSI_TOTAL: give the four pillar scores",
    );
    expect(() => SSI_TOTAL(12.5, 21)).toThrow("got 2 value(s)");
    expect(() => SSI_TOTAL(26, 21, 16.95, 25)).toThrow(
      "SSI_TOTAL: a pillar score must be 0–25, got 26.",
    );
  });

  it("name the level, the weakest pillar and its next actions, in the language asked", () => {
    expect(SSI_TIER(76)).toBe("LinkedIn leader (70+)");
    expect(SSI_TIER("")).toBe("");
    expect(SSI_TIER([[69.99, 90]], "de")).toEqual([
      ["Unter Leader-Niveau (< 70)", "Spitzenniveau (90+)"],
    ]);
    expect(() => SSI_TIER(101)).toThrow("SSI_TIER: an SSI total must be 0–100, got 101.");
    expect(SSI_WEAKEST([[21.7, 21.16, 16.95, 15.4]], "es")).toBe("Crear relaciones");
    expect(SSI_WEAKEST([["", "", "", ""]])).toBe("");
    expect(() => SSI_WEAKEST([[21.7, 30, 16.95, 15.4]])).toThrow("SSI_WEAKEST: a pillar score");
    expect(SSI_NEXT_ACTION([[21.7, 21.16, 16.95, 15.4]])).toContain("Connect with 2nd/3rd-degree");
    expect(SSI_NEXT_ACTION([["", "", "", ""]])).toBe("");
    expect(() => SSI_NEXT_ACTION([[1, 2]])).toThrow("SSI_NEXT_ACTION: give the four pillar scores");
  });

  it("name themselves in every message, a bad language and a bad number included", () => {
    expect(() => SSI_TIER("x")).toThrow("SSI_TIER: “x” is not a number.");
    expect(() => SSI_TIER(76, "fr")).toThrow("SSI_TIER: language must be");
    expect(() => SSI_WEAKEST([[1, 2, 3, 4]], "fr")).toThrow("SSI_WEAKEST: language must be");
    expect(() => SSI_NEXT_ACTION([[1, 2, 3, 4]], "fr")).toThrow(
      "SSI_NEXT_ACTION: language must be",
    );
  });
});

describe("KPI_GROWTH, KPI_TOTAL and SOCIAL_KPI", () => {
  it("KPI_GROWTH gives growth cell by cell against one value or a range of the same shape", () => {
    expect(KPI_GROWTH(66.99, 32.45)).toBeCloseTo(1.0644, 4);
    expect(KPI_GROWTH([[20, 30]], 10)).toEqual([[1, 2]]);
    expect(KPI_GROWTH([[20, 30]], [[10, 0]])).toEqual([[1, ""]]);
    expect(KPI_GROWTH("", 10)).toBe("");
    expect(() => KPI_GROWTH([[1, 2]], [[1, 2, 3]])).toThrow(
      "KPI_GROWTH: previous must have the same shape as the scores (1×2).",
    );
    expect(() => KPI_GROWTH([[1, 2]], [[1], [2]])).toThrow("same shape");
    expect(() => KPI_GROWTH("x", 1)).toThrow("KPI_GROWTH: “x” is not a number.");
    expect(() => KPI_GROWTH(1, "y")).toThrow("KPI_GROWTH: “y” is not a number.");
  });

  it("KPI_TOTAL sums, takes the last or averages; blank when nothing is filled", () => {
    expect(KPI_TOTAL([[120, "", 80]], "last")).toBe(80);
    expect(KPI_TOTAL([[120, "", 80]])).toBe(200);
    expect(KPI_TOTAL([[120, "", 80]], " Average ")).toBe(100);
    expect(KPI_TOTAL([["", ""]], "sum")).toBe("");
    expect(() => KPI_TOTAL([[1]], "max")).toThrow(
      "KPI_TOTAL: kind must be one of sum, last, average; got “max”.",
    );
    expect(() => KPI_TOTAL([["z"]])).toThrow("KPI_TOTAL: “z” is not a number.");
  });

  it("SOCIAL_KPI gives seed 004's KPI of the worked example", () => {
    expect(
      SOCIAL_KPI(
        [[66.99, 2, 180, 55, 20, 12]],
        [[85, 3, 150, 50, 20, 8]],
        [[40, 10, 10, 10, 20, 10]],
      ),
    ).toBe(93.19);
    expect(SOCIAL_KPI([[1, ""]], [[1, 1]], [[1, 1]])).toBe("");
    expect(() => SOCIAL_KPI([[1, 2]], [[1, 2]], [[1]])).toThrow(
      "SOCIAL_KPI: weights must have the same shape",
    );
    expect(() => SOCIAL_KPI([[1]], [[""]], [[1]])).toThrow(
      "every target must be a number above 0, got .",
    );
    expect(() => SOCIAL_KPI([[1]], [[1]], [[""]])).toThrow("weights must be 0 or more");
    // The value refused is quoted as typed.
    expect(() => SOCIAL_KPI([[1]], [[-5]], [[1]])).toThrow("above 0, got -5.");
    expect(() => SOCIAL_KPI([[1]], [[1]], [[-2]])).toThrow("not all 0, got -2.");
    expect(() => SOCIAL_KPI([[1]], [[1]], [[0]])).toThrow("not all 0, got 0.");
  });
});

describe("the registry", () => {
  /** Each function's parameters as its code declares them. */
  const declared = (fn: (...a: never[]) => unknown) =>
    /\(([^)]*)\)/
      .exec(fn.toString())?.[1]
      ?.split(",")
      .map((p) =>
        p
          .trim()
          .replace(/[=:?].*$/, "")
          .trim(),
      )
      .filter(Boolean) ?? [];

  it("documents every parameter the code takes, by name, with a type, a description, and which are optional", () => {
    const optional: Record<string, string[]> = {
      SSI_GAP: ["target"],
      SSI_TOTAL: ["findPeople", "engage", "relationships"],
      SSI_TIER: ["language"],
      SSI_WEAKEST: ["language"],
      SSI_NEXT_ACTION: ["language"],
      KPI_GROWTH: [],
      KPI_TOTAL: ["kind"],
      SOCIAL_KPI: [],
    };
    expect(CUSTOM_FUNCTIONS.map((f) => f.name)).toEqual(Object.keys(optional));
    for (const f of CUSTOM_FUNCTIONS) {
      expect(
        f.params.map((p) => p.name),
        f.name,
      ).toEqual(declared(f.impl as never).map((p) => (p === "totalScore" ? "total" : p)));
      expect(
        f.params.filter((p) => p.optional).map((p) => p.name),
        f.name,
      ).toEqual(optional[f.name]);
      for (const p of f.params) {
        expect(p.type, `${f.name} ${p.name}`).toMatch(
          /^(number|string|Array<Array<number>>)(\|Array<Array<number>>)?$/,
        );
        expect(p.description.length, `${f.name} ${p.name}`).toBeGreaterThan(10);
      }
      expect(f.summary.length, f.name).toBeGreaterThan(20);
      expect(f.returns.length, f.name).toBeGreaterThan(10);
    }
  });
});
