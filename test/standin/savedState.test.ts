/** The preview's state file keeps each look once: the same spreadsheet comes back, a tenth of the size. */
import { describe, expect, it } from "vitest";
import { createStandIn } from "../../dev/standin";
import { openedState, savedState } from "../../dev/standin/savedState";

/** A sheet laid out as a plan lays out the log: a thousand rows of one look, a header of another. */
function laidOut() {
  const standIn = createStandIn();
  const sheet = standIn.globals.SpreadsheetApp.getActiveSpreadsheet().getSheetByName("Sheet1")!;
  sheet.getRange("A1:L1").setBackground("#0a66c2").setFontWeight("bold");
  const pillar = standIn.globals.SpreadsheetApp.newDataValidation()
    .requireNumberBetween(0, 25)
    .setHelpText("A pillar is a number from 0 to 25.")
    .build();
  sheet.getRange("A2:L1000").setNumberFormat("0.00").setWrap(false).setDataValidation(pillar);
  sheet.getRange("B5").setNote("A person's note").setValue(12.5);
  return standIn.workbook.state;
}

describe("the saved state", () => {
  it("gives back the same spreadsheet, each look written once", () => {
    const state = laidOut();
    const saved = savedState(state);
    expect(saved.looks).toHaveLength(3);
    expect(JSON.parse(JSON.stringify(openedState(saved)))).toEqual(
      JSON.parse(JSON.stringify(state)),
    );
    expect(JSON.stringify(saved).length).toBeLessThan(JSON.stringify(state).length / 5);
  });

  it("knows one look read from an older file in many copies, and opens such a file as it is", () => {
    const older = JSON.parse(JSON.stringify(laidOut()));
    expect(openedState(older)).toBe(older);
    expect(savedState(older).looks).toHaveLength(3);
    // Opened, the cells of one look share it again.
    const sheet = openedState(savedState(older)).sheets[0]!;
    expect(sheet.styles["2,1"]).toBe(sheet.styles["1000,12"]);
  });
});
