/** How many sheets a spreadsheet holds, and when folding an old year makes room. */
import { describe, expect, it } from "vitest";
import { foldMakesRoom, MAX_SHEETS, sheetsProblem } from "../../src/domain/capacity";
import { render } from "../../src/domain/i18n/render";

describe("the 200 sheets", () => {
  it("lets an action add sheets up to 200 and refuses the 201st, saying how many it needs and has", () => {
    expect(MAX_SHEETS).toBe(200);
    expect(sheetsProblem(197, 3)).toBeNull();
    const problem = sheetsProblem(198, 3);
    expect(problem && render("en", problem)).toBe(
      "This needs 3 new sheets, but the spreadsheet already has 198 of at most 200. Remove sheets you no longer need (an archived profile's, or old years' dashboards) and try again. Nothing was changed.",
    );
    expect(sheetsProblem(200, 0)).toBeNull();
  });

  it("folds only when the archive sheet and the new ones fit once the old ones go", () => {
    // 200 sheets, 30 new dashboards: folding 31 leaves 169 + 1 archive + 30 = 200.
    expect(foldMakesRoom(200, 30, 31)).toBe(true);
    expect(foldMakesRoom(200, 30, 30)).toBe(false);
    // Folding one sheet into one archive frees nothing.
    expect(foldMakesRoom(199, 0, 1)).toBe(false);
    expect(foldMakesRoom(150, 2, 2)).toBe(true);
  });
});
