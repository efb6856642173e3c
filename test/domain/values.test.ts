/** One typed figure against what its field allows: the reason, in the user's language, when it does not fit. */
import { describe, expect, it } from "vitest";
import { render } from "../../src/domain/i18n/render";
import type { Language } from "../../src/domain/language";
import {
  checkLevel,
  checkNumber,
  commaHint,
  PERCENT_RULE,
  PILLAR_RULE,
  parseLevel,
  ruleOf,
} from "../../src/domain/values";
import { saidIn } from "../support/said";

/** The comma hint as the sidebar says it ("" when there is none). */
const hint = (raw: unknown, language: Language) => {
  const found = commaHint(raw, language);
  return found ? render(language, found) : "";
};

const message = (checked: Parameters<typeof saidIn>[1], language: Language = "en") =>
  saidIn(language, checked);

describe("checkNumber", () => {
  it("takes a blank as no figure, and a figure within its rule", () => {
    expect(checkNumber(" ", ruleOf("count"), "en")).toEqual({ ok: true, value: null });
    expect(checkNumber("1.000.000.000", ruleOf("count"), "de")).toEqual({ ok: true, value: 1e9 });
    expect(checkNumber("2,5", ruleOf("rate"), "es")).toEqual({ ok: true, value: 2.5 });
    expect(checkNumber("25", PILLAR_RULE, "en")).toEqual({ ok: true, value: 25 });
    expect(checkNumber("0", PILLAR_RULE, "en")).toEqual({ ok: true, value: 0 });
  });

  it("says why a figure does not fit: negative, out of range, not whole, too many decimals", () => {
    expect(message(checkNumber("-1", ruleOf("count"), "en"))).toBe(
      "-1 is negative. Enter 0 or more.",
    );
    expect(message(checkNumber("25.01", PILLAR_RULE, "en"))).toBe("25.01 is outside 0–25.");
    expect(message(checkNumber("1000000001", ruleOf("count"), "en"))).toBe(
      "1000000001 is outside 0–1,000,000,000.",
    );
    expect(message(checkNumber("0", { min: 1 }, "en"))).toBe("0 is outside 1–∞.");
    expect(message(checkNumber("-3", { min: -2 }, "en"))).toBe("-3 is outside -2–∞.");
    expect(checkNumber("-2", { min: -2 }, "en").ok).toBe(true);
    expect(message(checkNumber("2.5", ruleOf("count"), "en"))).toBe(
      "2.5 is not a whole number. Counts have no decimals.",
    );
    expect(message(checkNumber("100.001", PERCENT_RULE, "en"))).toContain(
      "100.001 is outside 0–100.",
    );
    expect(message(checkNumber("99.999", PERCENT_RULE, "en"))).toContain(
      "has more than 2 decimals",
    );
    expect(checkNumber("21.16", PILLAR_RULE, "en").ok).toBe(true);
    expect(message(checkNumber("many", ruleOf("count"), "en"))).toBe(
      "“many” is not a number. Type digits, e.g. 21.16 or 21,16.",
    );
  });

  it("hints at a decimal point when an English figure with a comma is refused", () => {
    expect(message(checkNumber("21,165", PILLAR_RULE, "en"))).toBe(
      "21165 is outside 0–25. In English a comma separates thousands; write decimals with a point, e.g. 21.165.",
    );
    expect(hint(" -21,5 ", "en")).toContain("e.g. -21.5.");
    expect(hint("+21,5", "en")).toContain("e.g. +21.5.");
    for (const raw of ["21.5", "1,234,567", "21,", ",5", "a,5", "21,5x", 21.5])
      expect(hint(raw, "en"), String(raw)).toBe("");
    expect(hint("21,5", "de")).toBe("");
  });
});

describe("profile levels", () => {
  it("reads a level by its id or its label in any language, whatever the case and spaces", () => {
    expect(parseLevel("all_star")).toBe("all_star");
    expect(parseLevel(" EXPERTE ")).toBe("expert");
    expect(parseLevel("Mittelstufe")).toBe("intermediate");
    expect(parseLevel("Rookie")).toBeNull();
    expect(parseLevel(3)).toBeNull();
  });

  it("takes a blank as no level, and lists the levels in the user's language when one is not known", () => {
    for (const raw of [null, undefined, "", "  "])
      expect(checkLevel(raw), String(raw)).toEqual({ ok: true, value: null });
    expect(checkLevel("Experto")).toEqual({ ok: true, value: "expert" });
    expect(message(checkLevel("Guru"), "de")).toBe(
      "„Guru“ ist keine Profilstärke. Wählen Sie eine von: Anfänger, Mittelstufe, Fortgeschritten, Experte, All-Star.",
    );
  });
});
