/** Display values: how Sheets shows a number under the few number formats the add-on uses. */

const SERIAL_EPOCH = Date.UTC(1899, 11, 30);
const DAY = 86_400_000;

const zoneFormats = new Map<string, Intl.DateTimeFormat>();
const QUARTER = 15 * 60_000;
const quarterOffsets = new Map<string, Map<number, number>>();

/** How far a zone's wall clock is ahead of UTC at an instant, in ms (DST included). */
export function zoneOffset(instant: number, timeZone: string): number {
  // Zones change their offset on a quarter hour: a quarter whose two ends agree has one offset.
  const quarter = Math.floor(instant / QUARTER);
  let known = quarterOffsets.get(timeZone);
  if (!known) {
    known = new Map();
    quarterOffsets.set(timeZone, known);
  }
  const cached = known.get(quarter);
  if (cached !== undefined) return cached;
  const offset = measuredOffset(instant, timeZone);
  const start = quarter * QUARTER;
  if (
    measuredOffset(start, timeZone) === offset &&
    measuredOffset(start + QUARTER - 1, timeZone) === offset
  )
    known.set(quarter, offset);
  return offset;
}

function measuredOffset(instant: number, timeZone: string): number {
  let f = zoneFormats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    zoneFormats.set(timeZone, f);
  }
  const p = Object.fromEntries(f.formatToParts(new Date(instant)).map((x) => [x.type, x.value]));
  const wall = Date.UTC(
    Number(p.year),
    Number(p.month) - 1,
    Number(p.day),
    Number(p.hour),
    Number(p.minute),
    Number(p.second),
  );
  return wall - (instant - (((instant % 1000) + 1000) % 1000));
}

/** The instant a zone's wall clock shows `wall` (a UTC-coded wall time): how Sheets turns a cell into a Date. */
export function wallToInstant(wall: number, timeZone: string): number {
  const first = wall - zoneOffset(wall, timeZone);
  return wall - zoneOffset(first, timeZone);
}

/** The spreadsheet serial number (days since 1899-12-30) of an instant, on the wall clock of `timeZone`. */
export function dateToSerial(date: Date, timeZone = "UTC"): number {
  const wall = date.getTime() + zoneOffset(date.getTime(), timeZone);
  return (wall - SERIAL_EPOCH) / DAY;
}

/** The instant a serial number stands for in `timeZone`: midnight of a day cell is midnight there. */
export function serialToDate(serial: number, timeZone = "UTC"): Date {
  // To the second: the formula engine keeps 14 significant digits, which is ~30 ms on a date-time.
  const wall = SERIAL_EPOCH + Math.round((serial * DAY) / 1000) * 1000;
  return new Date(wallToInstant(wall, timeZone));
}

/** The serial number of a calendar day (no zone: a day cell holds the day itself). */
export function daySerial(year: number, month: number, day: number): number {
  return (Date.UTC(year, month - 1, day) - SERIAL_EPOCH) / DAY;
}

/** The automatic number format, as Sheets' `getNumberFormat()` reports it for a cell never formatted. */
export const AUTOMATIC_FORMAT = "0.###############";

/** True when a number format shows dates. */
export function isDateFormat(format: string): boolean {
  const f = format.replace(/"[^"]*"/g, "");
  return /[dy]/i.test(f) || /m{3,}/i.test(f);
}

/**
 * The number marks of a spreadsheet locale: Sheets shows 180,000.5 in en_US as 180.000,5 in es_ES and
 * de_DE and 180 000,5 in pl_PL.
 */
export function localizeNumber(text: string, locale: string): string {
  const lang = locale.slice(0, 2);
  if (lang === "en" || !/\d/.test(text)) return text;
  const group = lang === "pl" ? "\u00a0" : ".";
  return text.replace(/[.,]/g, (mark) => (mark === "." ? "," : group));
}

/** Formats a cell value as Sheets would display it in a spreadsheet of `locale`. */
export function formatLocalized(value: unknown, format: string, locale: string): string {
  if (typeof value !== "number" || (format && isDateFormat(format)))
    return formatValue(value, format);
  return localizeNumber(formatValue(value, format), locale);
}

/** Formats a cell value as Sheets would display it (in an en_US spreadsheet). */
export function formatValue(value: unknown, format: string): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value !== "number") return String(value);
  if (format && isDateFormat(format)) return formatDate(serialToDate(value), format);
  if (!format || format === "General" || format === "@") return formatGeneral(value);
  const literal = literalSection(value, format);
  if (literal !== null) return literal;
  const pct = format.includes("%");
  const n = pct ? value * 100 : value;
  const section = format.split(";")[n < 0 && format.includes(";") ? 1 : 0] ?? format;
  const fraction = /\.([0#]+)/.exec(section)?.[1] ?? "";
  const required = (fraction.match(/0/g) ?? []).length;
  let text = Math.abs(n).toFixed(fraction.length);
  // "#" digits are optional: trailing zeros beyond the required ones are dropped, as Sheets does.
  if (fraction.length > required) {
    const [whole, frac = ""] = text.split(".");
    const kept = frac.replace(/0+$/, "").padEnd(required, "0");
    text = kept ? `${whole}.${kept}` : (whole ?? "");
  }
  const sign = section.trim().startsWith("+") && n > 0 ? "+" : "";
  if (format.includes(",")) text = groupThousands(text);
  return `${n < 0 ? "-" : sign}${text}${pct ? "%" : ""}`;
}

/**
 * A section made of quoted text only (`"Own spreadsheet"`) shows that text whatever the number, as
 * Sheets does; null for a section with digits, which the caller formats. Sheets picks the section by
 * sign: positive;negative;zero.
 */
function literalSection(value: number, format: string): string | null {
  if (!format.includes('"')) return null;
  const sections = format.split(";");
  const section =
    (value < 0 ? sections[1] : value === 0 ? sections[2] : undefined) ?? sections[0] ?? "";
  const outside = section.replace(/"[^"]*"/g, "");
  if (/[0#?]/.test(outside)) return null;
  return (value < 0 && sections.length < 2 ? "-" : "") + section.replace(/"([^"]*)"/g, "$1");
}

function formatGeneral(value: number): string {
  if (Number.isInteger(value)) return String(value);
  return String(Number(value.toPrecision(10)));
}

function groupThousands(text: string): string {
  const [whole = "", frac] = text.split(".");
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return frac === undefined ? grouped : `${grouped}.${frac}`;
}

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** Formats a date with a Sheets/Java-style pattern (yyyy, MM/mm, MMM, dd, HH, ss). */
export function formatDate(date: Date, pattern: string): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  const tokens: Record<string, string> = {
    yyyy: String(date.getUTCFullYear()),
    MMMM: MONTHS[date.getUTCMonth()] ?? "",
    MMM: MONTHS[date.getUTCMonth()] ?? "",
    MM: pad(date.getUTCMonth() + 1),
    dd: pad(date.getUTCDate()),
    d: String(date.getUTCDate()),
    HH: pad(date.getUTCHours()),
    ss: pad(date.getUTCSeconds()),
  };
  // Sheets writes months as lower-case "mm" next to a day or year; Java as "MM".
  const normalized = pattern.replace(/mmmm/g, "MMMM").replace(/mmm/g, "MMM").replace(/mm/g, "MM");
  return normalized.replace(/yyyy|MMMM|MMM|MM|dd|d|HH|ss/g, (t) => tokens[t] ?? t);
}
