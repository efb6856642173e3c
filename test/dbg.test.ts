import { it } from "vitest";
import { freshAddon, rowOfKey } from "./support/addon";

it("dbg", () => {
  const addon = freshAddon();
  addon.call("buildDashboard");
  const log = addon.standIn.sheet("SSI log");
  log.getParent().deleteSheet(log);
  const row = rowOfKey(addon, "KPI 2026", "reading");
  console.log(
    "FORMULA",
    addon.standIn.range(`'KPI 2026'!E${row}`).getFormula(),
    addon.standIn.range(`'KPI 2026'!E${row}`).getDisplayValue(),
  );
  const r = addon.callFromClient("saveEntry", [
    {
      language: "en",
      year: 2026,
      month: 1,
      values: {},
      reading: {
        date: "2026-01-20",
        brand: "12",
        findPeople: "10",
        engage: "9",
        relationships: "11",
      },
    },
  ]);
  console.log(JSON.stringify(r));
  addon.standIn.sheet("KPI 2026").setName("My KPI 2026");
  const r2 = addon.callFromClient("saveEntry", [
    { language: "en", year: 2026, month: 1, values: { meetings: "3" }, reading: null },
  ]);
  console.log(JSON.stringify(r2));
});
