/** Bench: a rebuild with and without a person's 5 rows and 2 columns, and whether it wrote any of theirs. */
import { type Addon, loadAddon } from "../dev/loader";

/** A dashboard built once, with a person's 5 rows (in two places) and 2 columns (in two places). */
function dashboard(today: Date, withPerson: boolean): Addon {
  const addon = loadAddon({ now: () => today });
  addon.call("buildDashboard");
  if (!withPerson) return addon;
  const sheet = addon.standIn.sheet("KPI 2026");
  const rowOf = (key: string) =>
    sheet
      .getDataRange()
      .getValues()
      .findIndex((r) => r[0] === key) + 1;
  for (const [key, count] of [
    ["metric:profile_views", 3],
    ["metric:meetings", 2],
  ] as const) {
    sheet.insertRowsAfter(rowOf(key), count);
    const first = rowOf(key) + 1;
    sheet.getRange(first, 1, count, 26).clearDataValidations();
    sheet
      .getRange(first, 2, count, 2)
      .setValues(Array.from({ length: count }, (_, i) => [`their row ${i}`, "=TRANSPOSE({1;2})"]));
  }
  for (const col of [6, 11]) {
    sheet.insertColumnAfter(col);
    sheet.getRange(1, col + 1, 100, 1).clearDataValidations();
    sheet.getRange(4, col + 1).setValue("Their column");
  }
  addon.call("buildDashboard");
  return addon;
}

/** The service calls of a rebuild, after one rebuild that settles what the person added. */
function rebuildCalls(addon: Addon): number {
  addon.standIn.counter.reset();
  addon.call("buildDashboard");
  return addon.standIn.counter.total;
}

/** Calls of a rebuild without and with a person's lines, and the writes that touched a person's line. */
export function personLineCalls(today: Date): { plain: number; around: number; onTheirs: number } {
  const plain = rebuildCalls(dashboard(today, false));
  const addon = dashboard(today, true);
  const around = rebuildCalls(addon);
  const grid = addon.standIn.sheet("KPI 2026").getDataRange().getValues();
  const theirRows = grid.flatMap((row, r) => (row[0] === "" && r < 60 ? [r + 1] : []));
  const theirCols = (grid[0] ?? []).flatMap((key, c) => (key === "" ? [c + 1] : []));
  const onTheirs = addon.standIn.ctx.writes.filter((w) => {
    const area = addon.standIn.range(`'KPI 2026'!${w.a1}`);
    const within = (n: number, first: number, last: number) => n >= first && n <= last;
    return (
      theirRows.some((r) => within(r, area.getRow(), area.getLastRow())) ||
      theirCols.some((c) => within(c, area.getColumn(), area.getLastColumn()))
    );
  }).length;
  return { plain, around, onTheirs };
}
