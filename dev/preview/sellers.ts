/**
 * Seed 004's sales team, each seller in a spreadsheet of their own with the add-on and this year's
 * history; the manager's spreadsheet (the demo's) links them on its team sheet. Access is allowed for
 * all but the last, whose row shows what to click, as in Sheets before Allow access.
 */
import type { Addon } from "../loader";
import { atLocal, type DemoMonth, demoMonths, isoDay, localDay } from "./calendar";
import type { DemoClock } from "./demo";

export const SELLERS: { name: string; target: number; start: number[]; step: number[] }[] = [
  { name: "Piotr Nowak", target: 75, start: [14, 17, 12, 15], step: [0.5, 0.3, 0.6, 0.4] },
  { name: "Sofía García", target: 80, start: [18, 20, 15, 19], step: [0.3, 0.2, 0.4, 0.5] },
  { name: "Mark Evans", target: 70, start: [9, 12, 10, 11], step: [0.8, 0.7, 0.5, 0.9] },
];

function ok(addon: Addon, fn: string, input?: unknown): void {
  const answer = addon.callFromClient(fn, input === undefined ? [] : [input]);
  const result = answer.result as { ok?: boolean; message?: string } | null;
  if (answer.error || result?.ok === false)
    throw new Error(`${fn}: ${answer.error ?? result?.message}`);
}

/** A seller's own spreadsheet: their dashboard of this year, and a reading and a figure each month of it. */
export function loadSeller(addon: Addon, seller: (typeof SELLERS)[number], clock: DemoClock): void {
  const zone = addon.standIn.workbook.state.timeZone;
  const today = localDay(clock.today, zone);
  addon.standIn.workbook.state.name = `Social selling KPIs · ${seller.name}`;
  ok(addon, "saveSettings", {
    language: "en",
    profileName: seller.name,
    totalTarget: seller.target,
    carryForward: true,
  });
  addon.call("buildDashboard");
  const months = demoMonths(today).filter((m: DemoMonth) => m.year === today.year);
  months.forEach((period, n) => {
    clock.travel(atLocal({ ...period, day: period.lastDay }, 19, 0, zone));
    const [brand, findPeople, engage, relationships] = seller.start.map((v, k) =>
      Math.min(25, Math.round((v + n * (seller.step[k] ?? 0)) * 100) / 100),
    );
    ok(addon, "saveEntry", {
      language: "en",
      year: period.year,
      month: period.month,
      values: { meetings: String(3 + (n % 4)), calls_per_week: String(5 + (n % 3)) },
      reading: {
        date: isoDay({ year: period.year, month: period.month, day: period.lastDay }),
        brand,
        findPeople,
        engage,
        relationships,
      },
    });
  });
  clock.travel(null);
}

/** Links each seller's spreadsheet from the manager's; access is allowed for all but the last. */
export function linkSellers(manager: Addon, sellers: Addon[]): void {
  sellers.forEach((seller, i) => {
    ok(manager, "saveProfile", {
      name: SELLERS[i]?.name ?? `Seller ${i + 1}`,
      source: seller.standIn.workbook.url(),
    });
    if (i < sellers.length - 1)
      manager.standIn.workbook.allowImportsFrom(seller.standIn.workbook.id);
  });
  manager.call("buildTeamSheet");
}
