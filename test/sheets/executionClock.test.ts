/** Apps Script's 6 minutes per execution, taught to the stand-in: each round trip costs its modeled latency. */
import vm from "node:vm";
import { describe, expect, it } from "vitest";
import { EXECUTION_LIMIT_MS, latencyOf } from "../../dev/standin";
import { freshAddon, NOV_23_2026 } from "../support/addon";

describe("the execution clock", () => {
  it("models each kind of round trip's latency, as the README's table says", () => {
    expect(latencyOf("Sheet.insertChart")).toBe(400);
    expect(latencyOf("Sheet.updateChart")).toBe(400);
    expect(latencyOf("Spreadsheet.insertSheet")).toBe(300);
    expect(latencyOf("Spreadsheet.setNamedRange")).toBe(100);
    expect(latencyOf("Range.getValues")).toBe(80);
    expect(latencyOf("Properties.setProperties")).toBe(50);
    expect(latencyOf("Range.setValues")).toBe(40);
    expect(latencyOf("Spreadsheet.getSheetByName")).toBe(20);
    expect(EXECUTION_LIMIT_MS).toBe(360_000);
  });

  it("a rebuild's modeled time is the sum of its calls' latencies, and Date.now() inside moves with it", () => {
    const addon = freshAddon();
    addon.call("buildDashboard");
    const before = new Map(addon.standIn.counter.summary());
    addon.call("buildDashboard");
    let expected = 0;
    for (const [name, n] of addon.standIn.counter.summary())
      expected += (n - (before.get(name) ?? 0)) * latencyOf(name);
    expect(addon.standIn.lastExecutionMs).toBe(expected);
    expect(expected).toBeGreaterThan(500);
    vm.runInContext(
      "function probeClock() { const t = Date.now(); SpreadsheetApp.getActiveSpreadsheet(); return [t, Date.now()]; }",
      addon.context,
    );
    const [start, end] = addon.call("probeClock") as [number, number];
    expect(start).toBe(NOV_23_2026.getTime());
    expect(end - start).toBe(20);
    // Outside an execution, a test's own look inside takes no script time.
    addon.standIn.sheet("KPI 2026").getRange("A1").getValue();
    expect(addon.standIn.ctx.execution.elapsedMs).toBe(0);
  });

  it("stops an execution past its limit with Apps Script's message, keeping what it wrote so far", () => {
    const addon = freshAddon();
    addon.standIn.ctx.execution.limitMs = 2_000;
    expect(() => addon.call("buildDashboard")).toThrow("Exceeded maximum execution time");
    // No rollback: the sheet it had inserted is there, half built.
    expect(addon.standIn.workbook.sheetByName("KPI 2026")).not.toBeNull();
    addon.standIn.ctx.execution.limitMs = EXECUTION_LIMIT_MS;
    addon.call("buildDashboard");
    expect(addon.standIn.lastExecutionMs).toBeLessThan(EXECUTION_LIMIT_MS);
  });
});
