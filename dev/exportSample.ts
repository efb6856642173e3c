/** A made-up LinkedIn data export of any size, the same on every run: for the bench, the preview and screenshots. */
import { strToU8, zipSync } from "fflate";

/** The target companies the sample's network is built around. */
export const SAMPLE_TARGETS = [
  "Vantora",
  "Kestrel AG",
  "Nubia",
  "Łódź Logistics",
  "Harbor Analytics",
  "Quillon",
];

const COMPANIES = [
  "Vantora GmbH",
  "Kestrel AG",
  "Nubia, S.L.",
  "Łódź Logistics Sp. z o.o.",
  "Vantora Labs",
  "Northwind Traders",
  "Bluefin Systems",
  "Acme Inc.",
  "Solera Energía S.A.",
  "Brückner Maschinenbau GmbH",
  "Polmar S.A.",
  "Lumen Health",
  "Cobalt Capital",
  "Atlas Freight",
  "Meridian Software",
  "Orbit Retail",
  "Granite Partners LLC",
  "Sierra Foods",
  "Tundra Mobility",
  "Vistula Bank",
];

const TITLES = [
  "Chief Executive Officer",
  "CFO",
  "Founder",
  "Vice President Sales",
  "Head of Procurement",
  "Directora Comercial",
  "Leiter Einkauf",
  "Dyrektor Sprzedaży",
  "Key Account Manager",
  "Kierownik Zakupów",
  "Gerente de Cuentas",
  "Account Executive",
  "Software Engineer",
  "Consultant",
  "Werkstudent",
  "Asistente de Dirección",
  "Marketing Specialist",
  "Sales Development Representative",
];

const FIRST = [
  "Ana",
  "Jan",
  "Lena",
  "Marta",
  "Tom",
  "Eva",
  "Max",
  "Pia",
  "Ola",
  "Luis",
  "Kai",
  "Ida",
];
const LAST = [
  "García",
  "Kowalski",
  "Schmidt",
  "Ruiz",
  "Baker",
  "Nowak",
  "Weber",
  "Lang",
  "Costa",
  "Berg",
];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A small seeded generator (mulberry32): the same sample on every run. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const pick = <T>(list: readonly T[], r: () => number): T =>
  list[Math.floor(r() * list.length)] as T;

/** Days spread over the months before `end`, newest first, more of them in recent months. */
function sampleDays(count: number, end: Date, months: number, r: () => number): Date[] {
  const span = months * 30.4 * 86_400_000;
  return Array.from({ length: count }, () => new Date(end.getTime() - span * r() ** 1.6)).sort(
    (a, b) => b.getTime() - a.getTime(),
  );
}

const two = (n: number) => String(n).padStart(2, "0");
const connectedOn = (d: Date) =>
  `${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`;
const usDate = (d: Date) =>
  `"${d.getUTCMonth() + 1}/${d.getUTCDate()}/${String(d.getUTCFullYear()).slice(2)}, 9:${two(d.getUTCMinutes())} AM"`;
const isoTime = (d: Date) => `${d.toISOString().slice(0, 10)} 09:${two(d.getUTCMinutes())}:00`;

const PREAMBLE =
  'Notes:\n"When exporting your connection data, you may notice that some of the email addresses are missing."\n\n';

/** Connections.csv as LinkedIn writes it today: notes, URL column, newest first, no final newline. */
export function sampleConnections(count: number, end: Date, months: number, seed = 1): string {
  const r = random(seed);
  const rows = sampleDays(count, end, months, r).map((day, i) => {
    if (r() < 0.03) return `,,,,,,${connectedOn(day)}`;
    const first = pick(FIRST, r);
    const last = pick(LAST, r);
    const company = pick(COMPANIES, r);
    const quoted = company.includes(",") ? `"${company}"` : company;
    return `${first},${last},https://www.linkedin.com/in/${first.toLowerCase()}-${i},,${quoted},${pick(TITLES, r)},${connectedOn(day)}`;
  });
  return `${PREAMBLE}First Name,Last Name,URL,Email Address,Company,Position,Connected On\n${rows.join("\n")}`;
}

/** A whole export archive: our four files among others, sized by the number of connections. */
export function sampleExportZip(
  connections: number,
  end: Date,
  months: number,
  seed = 1,
): Uint8Array {
  const r = random(seed + 1);
  const invitations = sampleDays(Math.round(connections / 8), end, 6, r).map((day, i) =>
    r() < 0.4
      ? `Someone ${i},Me,${usDate(day)},,INCOMING,https://www.linkedin.com/in/s${i},https://www.linkedin.com/in/me`
      : `Me,${pick(FIRST, r)} ${pick(LAST, r)},${usDate(day)},,OUTGOING,https://www.linkedin.com/in/me,https://www.linkedin.com/in/${pick(FIRST, r).toLowerCase()}-${Math.floor(r() * connections)}`,
  );
  const shares = sampleDays(Math.round(months * 4), end, months, r).map(
    (day, i) =>
      `${isoTime(day)},https://www.linkedin.com/feed/update/urn:li:share:${i},"Post ${i}",,,MEMBER_NETWORK`,
  );
  const follows = COMPANIES.slice(0, 12).map((company, i) => {
    const day = new Date(end.getTime() - (i + 1) * 40 * 86_400_000);
    const text = day
      .toUTCString()
      .replace(/^(\w+), (\d+) (\w+) (\d+) ([\d:]+) GMT$/, "$1 $3 $2 $5 UTC $4");
    return `${company.includes(",") ? `"${company}"` : company},${text}`;
  });
  return zipSync({
    "Connections.csv": strToU8(sampleConnections(connections, end, months, seed)),
    "Invitations.csv": strToU8(
      `From,To,Sent At,Message,Direction,inviterProfileUrl,inviteeProfileUrl\n${invitations.join("\n")}`,
    ),
    "Shares.csv": strToU8(
      `Date,ShareLink,ShareCommentary,SharedUrl,MediaUrl,Visibility\n${shares.join("\n")}`,
    ),
    "Company Follows.csv": strToU8(`Organization,Followed On\n${follows.join("\n")}`),
    "Profile.csv": strToU8("First Name,Last Name,Headline\nDemo,Seller,Account Executive"),
    "messages.csv": strToU8("CONVERSATION ID,FROM,TO,CONTENT\n1,A,B,hello"),
  });
}

/** The name LinkedIn gives an export made on a day. */
export function sampleZipName(end: Date): string {
  return `Basic_LinkedInDataExport_${two(end.getUTCMonth() + 1)}-${two(end.getUTCDate())}-${end.getUTCFullYear()}.zip`;
}
