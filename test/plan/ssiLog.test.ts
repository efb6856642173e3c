/** The SSI log's layout: what each column accepts and shows, the header apart, in the user's language. */
import { describe, expect, it } from "vitest";
import { messages } from "../../src/domain/i18n";
import { LOG_COLUMNS, ssiLogPlan } from "../../src/plan/ssiLog";

const column = (name: string) => [...LOG_COLUMNS, "today"].indexOf(name);

describe("the SSI log's plan", () => {
  // Made inside each test: the mutation runner switches a change on per test.
  const planned = () => {
    const plan = ssiLogPlan("SSI log", 1000, "de");
    return { plan, body: plan.validations[1] ?? [] };
  };

  it("checks each reading's cells as LinkedIn gives them: a date, pillars 0–25, the rest 0–100, notes free", () => {
    const { plan, body } = planned();
    const v = messages("de").validation;
    expect(body[column("date")]).toEqual({ kind: "date", help: v.date });
    expect(body[column("brand")]).toEqual({ kind: "between", min: 0, max: 25, help: v.pillar });
    expect(body[column("relationships")]).toEqual({
      kind: "between",
      min: 0,
      max: 25,
      help: v.pillar,
    });
    expect(body[column("total")]).toEqual({ kind: "between", min: 0, max: 100, help: v.total });
    expect(body[column("industryRank")]).toEqual({
      kind: "between",
      min: 0,
      max: 100,
      help: v.rank,
    });
    expect(body[column("networkRank")]).toEqual({
      kind: "between",
      min: 0,
      max: 100,
      help: v.rank,
    });
    expect(body[column("networkAvg")]).toEqual({
      kind: "between",
      min: 0,
      max: 100,
      help: v.total,
    });
    expect(body[column("note")]).toBeNull();
    expect(body[column("today")]).toBeNull();
    // The header is labels: nothing to check.
    expect(plan.validations[0]?.every((x) => x === null)).toBe(true);
  });

  it("repeats one rule down each column, so the adapter builds each rule once", () => {
    const { plan, body } = planned();
    expect(plan.validations[999]?.[column("brand")]).toBe(body[column("brand")]);
    expect(plan.validations[500]?.[column("date")]).toBe(body[column("date")]);
  });

  it("shows dates as days, ranks whole, scores with two decimals, and today's cell as a day", () => {
    const { plan } = planned();
    const formats = plan.numberFormats[1] ?? [];
    expect(formats[column("date")]).toBe("yyyy-mm-dd");
    expect(formats[column("engage")]).toBe("0.00");
    expect(formats[column("networkRank")]).toBe("0");
    expect(formats[column("note")]).toBe("");
    expect(formats[column("today")]).toBe("");
    expect(plan.numberFormats[0]?.[column("date")]).toBe("");
    expect(plan.numberFormats[0]?.[column("today")]).toBe("yyyy-mm-dd");
    expect(plan.values[0]?.[column("today")]).toBe("=TODAY()");
  });

  it("draws the header white on LinkedIn blue, wraps its labels and the notes only, and explains today's cell", () => {
    const { plan } = planned();
    const today = column("today");
    expect(plan.backgrounds[0]?.[0]).toBe("#0a66c2");
    expect(plan.fontColors[0]?.[0]).toBe("#ffffff");
    expect(plan.fontWeights[0]?.[0]).toBe("bold");
    expect(plan.backgrounds[1]?.[0]).toBe("#ffffff");
    expect(plan.fontColors[1]?.[0]).toBe("#000000");
    expect(plan.fontWeights[1]?.[0]).toBe("normal");
    expect(plan.wraps[0]?.every(Boolean)).toBe(true);
    expect(plan.wraps[1]?.map((w, c) => (w ? c : -1)).filter((c) => c >= 0)).toEqual([
      column("note"),
    ]);
    expect(plan.notes[0]?.[today]).toBe(messages("de").log.future);
    expect(plan.notes.flat().filter(Boolean)).toHaveLength(1);
  });
});
