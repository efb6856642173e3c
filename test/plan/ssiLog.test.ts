/** The SSI log's layout: what each column accepts and shows, the header apart, in the user's language. */
import { describe, expect, it } from "vitest";
import { messages } from "../../src/domain/i18n";
import { LOG_COLUMNS, ssiLogPlan } from "../../src/plan/ssiLog";

describe("the SSI log's plan", () => {
  const plan = ssiLogPlan("SSI log", 1000, "de");
  const column = (name: string) => [...LOG_COLUMNS, "today"].indexOf(name);
  const body = plan.validations[1] ?? [];

  it("checks each reading's cells as LinkedIn gives them: a date, pillars 0–25, the rest 0–100, notes free", () => {
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
    expect(plan.validations[999]?.[column("brand")]).toBe(body[column("brand")]);
    expect(plan.validations[500]?.[column("date")]).toBe(body[column("date")]);
  });

  it("shows dates as days, ranks whole, scores with two decimals, and today's cell as a day", () => {
    const formats = plan.numberFormats[1] ?? [];
    expect(formats[column("date")]).toBe("yyyy-mm-dd");
    expect(formats[column("engage")]).toBe("0.00");
    expect(formats[column("networkRank")]).toBe("0");
    expect(formats[column("note")]).toBe("");
    expect(plan.numberFormats[0]?.[column("today")]).toBe("yyyy-mm-dd");
    expect(plan.values[0]?.[column("today")]).toBe("=TODAY()");
  });
});
