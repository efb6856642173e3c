/** Menu: New month. Moves every active profile on once the month has begun; in January, into a new year. */

import { fill, messages } from "../domain/i18n";
import { periodLabel } from "../domain/labels";
import { activeProfiles } from "../domain/profiles";
import { isBefore, nextPeriod, periodOf, type Settings } from "../domain/settings";
import { teamKey } from "../plan/storeKeys";
import {
  type Doc,
  dashboardsToMake,
  ensureSheetRoom,
  readDocument,
  withDocument,
} from "../sheets/document";

import { confirm, toast } from "../sheets/ui";
import { answerFromMenu } from "./answer";
import { startWork } from "./steps";

/** The answer to the carry-forward question, for the month it was asked about. */
type Carry = { year: number; month: number; carry: boolean } | null;

/** Menu: moves on to the next month once it has begun; on January, starts the new year's sheet. */
export function newMonth(): void {
  // The carry-forward question is asked before the lock is taken: no other user waits on a dialog.
  const asked = askCarryForward();
  withDocument((doc) => {
    const settings = doc.store.settings;
    if (!isBefore(settings.current, periodOf(doc.today()))) return alreadyCurrent(doc);
    const from = settings.current;
    const to = nextPeriod(from);
    const intoJanuary = to.year !== from.year;
    const team = intoJanuary && teamKey(from.year) in doc.store.all;
    if (intoJanuary) {
      const makesTeam = team && !(teamKey(to.year) in doc.store.all);
      const active = activeProfiles(settings.profiles);
      ensureSheetRoom(doc, dashboardsToMake(doc.store, to.year, active) + (makesTeam ? 1 : 0));
    }
    // The answer holds for the month it was asked about; another user may have moved on meanwhile.
    const carry =
      settings.carryForward &&
      asked?.year === from.year &&
      asked.month === from.month &&
      asked.carry;
    const next: Settings = { ...settings, current: to };
    // Every active profile moves on together: the team compares the same months.
    const tasks = activeProfiles(settings.profiles).map((p) => ({
      id: p.id,
      year: to.year,
      ...(intoJanuary ? { targetsFrom: from.year } : {}),
      ...(carry ? { stocks: { year: from.year, from: from.month, to: to.month } } : {}),
    }));
    const m = messages(settings.language);
    const message = fill(m.toasts.newMonth, {
      month: m.monthsLong[to.month - 1] ?? "",
      year: to.year,
    });
    const teams = team ? [{ year: to.year, make: true }] : [];
    answerFromMenu(doc, startWork(doc, next, { tasks, teams, message }));
  });
}

/** The month is still the current one: nothing moves, and the toast says so. */
function alreadyCurrent(doc: Doc): void {
  const { current, language } = doc.store.settings;
  const m = messages(language);
  const label = m.monthsLong[current.month - 1] ?? "";
  toast(doc.ss, fill(m.toasts.alreadyCurrent, { month: label, year: current.year }), language);
}

/** Asks whether to carry stock figures into the month New month moves to, if it will move and carry. */
function askCarryForward(): Carry {
  const { clock, store } = readDocument();
  const { settings } = store;
  const from = settings.current;
  if (!settings.carryForward || !isBefore(from, periodOf(clock.today()))) return null;
  const to = nextPeriod(from);
  const m = messages(settings.language);
  const carry = confirm(
    fill(m.prompts.carryForwardTitle, { month: periodLabel(to, settings.language) }),
    fill(m.prompts.carryForward, {
      from: periodLabel(from, settings.language),
      to: periodLabel(to, settings.language),
    }),
  );
  return { ...from, carry };
}
