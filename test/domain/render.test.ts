/** Problems said in the user's language: one renderer for the sidebar, the server's answers and the sheet. */
import { describe, expect, it } from "vitest";
import { refusal, render, renderRefused } from "../../src/domain/i18n/render";
import { refused } from "../../src/domain/input";
import { type MessageKey, problem } from "../../src/domain/problem";

describe("render", () => {
  it("fills a message's values, lists catalog texts in the language, and says a hint after it", () => {
    expect(render("en", problem("errors.notNumber", { value: "abc" }))).toBe(
      "“abc” is not a number. Type digits, e.g. 21.16 or 21,16.",
    );
    const levels = { texts: ["levels.beginner", "levels.expert"] as MessageKey[] };
    expect(render("de", problem("errors.level", { value: "Guru", levels }))).toBe(
      "„Guru“ ist keine Profilstärke. Wählen Sie eine von: Anfänger, Experte.",
    );
    const outside = problem("errors.outOfRange", { value: "21,165", min: "0", max: "25" });
    const hint = problem("errors.commaHint", { suggestion: "21.165" });
    expect(render("en", { ...outside, hint })).toBe(
      `${render("en", outside)} ${render("en", hint)}`,
    );
  });

  it("takes a plural message's form from its count, and refuses a place that is no message", () => {
    expect(render("en", problem("errors.fixErrors", { count: 1 }))).toBe(
      "Nothing was saved. Fix the highlighted field and save again.",
    );
    expect(render("en", problem("errors.fixErrors", { count: 8 }))).toBe(
      "Nothing was saved. Fix the 8 highlighted fields and save again.",
    );
    expect(() => render("en", problem("menu" as MessageKey))).toThrow("No message at menu");
    expect(() => render("en", problem("months" as MessageKey))).toThrow("No message at months");
  });

  it("says a refused form's fields and one line asking to fix them, in the form's language", () => {
    const answer = renderRefused(
      refused("es", {
        year: problem("errors.year", { value: "20x6" }),
        form: problem("errors.carryForward"),
      }),
    );
    expect(answer.ok).toBe(false);
    expect(Object.keys(answer.errors)).toEqual(["year", "form"]);
    expect(answer.errors.year).toContain("20x6");
    expect(answer.message).toBe(render("es", problem("errors.fixErrors", { count: 2 })));
  });

  it("says a request refused for one reason as one message", () => {
    expect(refusal("en", problem("profiles.lastActive"))).toEqual({
      ok: false,
      message: "At least one profile must stay active.",
    });
  });
});
