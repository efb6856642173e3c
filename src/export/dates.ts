/** The dates LinkedIn's export files carry, in every spelling seen, as calendar days. */
import { type Day, dayOf } from "../domain/day";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

const monthNumber = (name: string) => MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
const fullYear = (y: string) => (y.length === 2 ? 2000 + Number(y) : Number(y));

/**
 * A day from "12 Jun 2026", "18-Jun-24", "6/14/24, 5:57 AM" (US order), "2024-06-11 09:51:14" or
 * "Fri Jun 27 10:20:30 UTC 2026"; null for anything else. The time of day is dropped: LinkedIn
 * writes these days in UTC and the dashboard counts whole days.
 */
export function exportDay(text: string): Day | null {
  const t = text.trim();
  let m = /^(\d{1,2})[ -]([A-Za-z]{3,9})[ -](\d{2}|\d{4})$/.exec(t);
  if (m) return dayOf(fullYear(m[3] ?? ""), monthNumber(m[2] ?? ""), Number(m[1]));
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{2}|\d{4})(,?\s+\d{1,2}:\d{2}(:\d{2})?(\s*[AP]M)?)?$/i.exec(t);
  if (m) return dayOf(fullYear(m[3] ?? ""), Number(m[1]), Number(m[2]));
  m = /^(\d{4})-(\d{2})-(\d{2})([ T]\d{2}:\d{2}(:\d{2})?(\.\d+)?Z?)?$/.exec(t);
  if (m) return dayOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^[A-Za-z]{3} ([A-Za-z]{3}) (\d{1,2}) \d{2}:\d{2}:\d{2} [A-Z]{2,5} (\d{4})$/.exec(t);
  if (m) return dayOf(Number(m[3]), monthNumber(m[1] ?? ""), Number(m[2]));
  return null;
}

/** The day in an export archive's name ("Basic_LinkedInDataExport_06-27-2026.zip"), if any. */
export function dayInArchiveName(name: string): Day | null {
  // A second download of the same file is saved as "… (1).zip".
  const m = /(\d{2})-(\d{2})-(\d{4})(?: ?\(\d+\))?(?:\.zip)?$/i.exec(name);
  return m ? dayOf(Number(m[3]), Number(m[1]), Number(m[2])) : null;
}
