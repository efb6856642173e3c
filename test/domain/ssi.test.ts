/** The SSI model on the articles' figures. */
import { describe, expect, it } from "vitest";
import { gap, tier, total, weakestPillar } from "../../src/domain/ssi";

describe("pillar gaps against 25", () => {
  it.each([
    [21.7, 3.3],
    [21.16, 3.84],
    [16.95, 8.05],
    [15.4, 9.6],
    [12.5, 12.5],
    [25, 0],
  ])("%s → %s", (score, expected) => expect(gap(score, 25)).toBe(expected));
});

describe("the total gap", () => {
  it("is 13.01 for 66.99 against 80, and 0 for 90", () => {
    expect(gap(66.99, 80)).toBe(13.01);
    expect(gap(90, 80)).toBe(0);
  });
});

describe("tiers", () => {
  it("follow the articles' levels: 70 leader, then 80, 85, 90", () => {
    expect(tier(32.45)).toBe("below");
    expect(tier(66.99)).toBe("below");
    expect(tier(70)).toBe("leader");
    expect(tier(76)).toBe("leader");
    expect(tier(80)).toBe("strong");
    expect(tier(85)).toBe("advanced");
    expect(tier(90)).toBe("top");
  });
});

describe("total and weakest pillar", () => {
  it("adds the four pillars to two decimals", () => {
    expect(total([21.7, 21.16, 16.95, 15.4])).toBe(75.21);
  });

  it("names the weakest pillar, the first on a tie", () => {
    expect(weakestPillar([21.7, 21.16, 16.95, 15.4])).toBe("relationships");
    expect(weakestPillar([12.5, 21, 16.95, 25])).toBe("brand");
    expect(weakestPillar([20, 20, 25, 25])).toBe("brand");
  });
});
