/** A calendar day as "yyyy-mm-dd": a day in the spreadsheet's time zone, never an instant. */

export type Day = string;

/** The day for a year, month and day of month; null when there is no such day (31 April). */
export function dayOf(year: number, month: number, day: number): Day | null {
  const check = new Date(Date.UTC(year, month - 1, day));
  // A day, month or year that is not a whole one, or out of range, reads back different.
  if (
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  )
    return null;
  const pad = (n: number, width = 2) => String(n).padStart(width, "0");
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`;
}

/** A day's year, month (1–12) and day of month. */
export function dayParts(day: Day): { year: number; month: number; day: number } {
  const [year = 0, month = 0, date = 0] = day.split("-").map(Number);
  return { year, month, day: date };
}
