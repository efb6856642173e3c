/** Counts the export's rows into monthly figures; names are used here, in the browser, and go no further. */
import { companyKey, targetMatcher } from "../domain/companies";
import type { Day } from "../domain/day";
import {
  daysInMonth,
  type ExportSummary,
  type ImportedMetric,
  type MonthKey,
  monthOf,
  type NetworkFacts,
  type NetworkMonth,
} from "../domain/exportSummary";
import { isDecisionMaker, SENIORITIES, type Seniority, seniorityOf } from "../domain/seniority";

export interface Connection {
  day: Day;
  firstName: string;
  lastName: string;
  url: string;
  company: string;
  position: string;
}

export interface Invitation {
  day: Day;
  direction: "incoming" | "outgoing";
  to: string;
  inviteeUrl: string;
}

/** What the files held, read and dated; any of them may be missing. */
export interface ExportRows {
  connections: Connection[] | null;
  invitations: Invitation[] | null;
  shares: Day[] | null;
  follows: { day: Day; organization: string }[] | null;
}

/** Why a month was left out or a figure could not be worked out: the sidebar says so. */
export type CountNote =
  | { kind: "invitationsFrom"; month: MonthKey; firstDay: Day }
  | { kind: "noTargets"; metrics: ImportedMetric[] }
  | { kind: "needsConnections" };

/** The months from one to another, both included ("2026-05" … "2026-07"). */
export function monthsBetween(from: MonthKey, to: MonthKey): MonthKey[] {
  const out: MonthKey[] = [];
  let [y, m] = from.split("-").map(Number) as [number, number];
  const [ty, tm] = to.split("-").map(Number) as [number, number];
  while (y < ty || (y === ty && m <= tm)) {
    out.push(`${y}-${String(m).padStart(2, "0")}`);
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}

function nextMonth(month: MonthKey): MonthKey {
  return monthsBetween(month, `${Number(month.slice(0, 4)) + 1}-12`)[1] ?? month;
}

/** A profile address reduced to its /in/ path, so "https://www.linkedin.com/in/ana-b/" matches "linkedin.com/in/ana-b". */
export function profileKey(url: string): string | null {
  const m = /linkedin\.com\/in\/([^/?#\s]+)/i.exec(url);
  return m?.[1] ? decodeURIComponent(m[1]).toLowerCase() : null;
}

/** A person's full name as a key: case, accents and spacing ignored. */
function nameKey(name: string): string {
  return name.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** Titles and companies repeat across a network: each is classified once. */
function memo<T>(fn: (text: string) => T): (text: string) => T {
  const seen = new Map<string, T>();
  return (text) => {
    if (!seen.has(text)) seen.set(text, fn(text));
    return seen.get(text) as T;
  };
}

const emptyMix = (): Record<Seniority, number> =>
  Object.fromEntries(SENIORITIES.map((s) => [s, 0])) as Record<Seniority, number>;

const isHidden = (c: Connection) =>
  c.firstName === "" && c.lastName === "" && c.company.trim() === "" && c.position.trim() === "";

type MonthFigures = ExportSummary["months"];

function put(months: MonthFigures, month: MonthKey, metric: ImportedMetric, value: number): void {
  months[month] ??= {};
  (months[month] as Partial<Record<ImportedMetric, number>>)[metric] = value;
}

/** Connections: made per month, and the network at each month's end, as far as today's list knows it. */
function countConnections(
  connections: Connection[],
  targets: readonly string[],
  exportDay: Day,
  months: MonthFigures,
): NetworkFacts {
  const target = targetMatcher(targets);
  const levelOf = memo(seniorityOf);
  // Company often has a trailing space; its key groups spellings; its target, if it is one.
  const companyOf = memo((raw) => {
    const name = raw.trim().replace(/\s+/g, " ");
    return name
      ? { name, key: companyKey(name) || name.toLowerCase(), target: target(name) }
      : null;
  });
  const withTargets = targets.length > 0;
  const perMonth = new Map<MonthKey, { made: number; atTargets: number; decisionMakers: number }>();
  const seniority = emptyMix();
  let hidden = 0;
  const byTarget = new Map<string, { connections: number; decisionMakers: number; latest: Day }>();
  const companies = new Map<string, { name: string; connections: number }>();
  let slot = { made: 0, atTargets: 0, decisionMakers: 0 };
  let slotMonth = "";
  for (const c of connections) {
    // Rows come in date order: a row is mostly in the month of the one before it.
    if (slotMonth === "" || !c.day.startsWith(slotMonth)) {
      slotMonth = monthOf(c.day);
      const found = perMonth.get(slotMonth);
      if (found) slot = found;
      else {
        slot = { made: 0, atTargets: 0, decisionMakers: 0 };
        perMonth.set(slotMonth, slot);
      }
    }
    slot.made++;
    if (isHidden(c)) {
      hidden++;
      continue;
    }
    const level = levelOf(c.position);
    seniority[level]++;
    const decides = isDecisionMaker(level);
    if (decides) slot.decisionMakers++;
    const company = companyOf(c.company);
    if (company) {
      const seen = companies.get(company.key);
      if (seen) seen.connections++;
      else companies.set(company.key, { name: company.name, connections: 1 });
    }
    const matched = company?.target;
    if (matched) {
      slot.atTargets++;
      const t = byTarget.get(matched) ?? { connections: 0, decisionMakers: 0, latest: c.day };
      t.connections++;
      if (decides) t.decisionMakers++;
      if (c.day > t.latest) t.latest = c.day;
      byTarget.set(matched, t);
    }
  }
  const network = networkMonths(perMonth, exportDay, withTargets, months);
  return {
    months: network,
    seniority,
    hidden,
    targets: targetFacts(targets, target, byTarget),
    top: [...companies.values()]
      .sort((a, b) => b.connections - a.connections || a.name.localeCompare(b.name))
      .slice(0, 25),
  };
}

/** Each target company once (two spellings in the settings are one), with its connections or none. */
function targetFacts(
  targets: readonly string[],
  target: (name: string) => string | null,
  byTarget: Map<string, { connections: number; decisionMakers: number; latest: Day }>,
): NetworkFacts["targets"] {
  const seen = new Set<string>();
  return targets
    .filter((name) => {
      const key = target(name) ?? name;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .map((name) => {
      const t = byTarget.get(name);
      return {
        name,
        connections: t?.connections ?? 0,
        decisionMakers: t?.decisionMakers ?? 0,
        latest: t?.latest ?? null,
      };
    });
}

/** The network month by month, from the first connection to the export's month, into the figures too. */
function networkMonths(
  perMonth: Map<MonthKey, { made: number; atTargets: number; decisionMakers: number }>,
  exportDay: Day,
  withTargets: boolean,
  months: MonthFigures,
): NetworkMonth[] {
  const network: NetworkMonth[] = [];
  const first = [...perMonth.keys()].sort()[0];
  let total = 0;
  let atTargets = 0;
  let decisionMakers = 0;
  for (const month of first ? monthsBetween(first, monthOf(exportDay)) : []) {
    const slot = perMonth.get(month) ?? { made: 0, atTargets: 0, decisionMakers: 0 };
    total += slot.made;
    atTargets += slot.atTargets;
    decisionMakers += slot.decisionMakers;
    network.push({
      month,
      made: slot.made,
      total,
      atTargets: withTargets ? atTargets : null,
      decisionMakers,
    });
    put(months, month, "network_growth", slot.made);
    put(months, month, "first_degree", total);
    if (withTargets) put(months, month, "first_degree_target_companies", atTargets);
  }
  return network;
}

/**
 * Invitations: LinkedIn keeps only the last months, so the first month in the file is cut short and
 * left out unless the file starts on its 1st; earlier months are unknown, never zero.
 */
function countInvitations(
  invitations: Invitation[],
  connections: Connection[] | null,
  targets: readonly string[],
  exportDay: Day,
  months: MonthFigures,
  notes: CountNote[],
): void {
  const firstDay = invitations.map((i) => i.day).sort()[0];
  if (!firstDay) return;
  const from = firstDay.endsWith("-01") ? monthOf(firstDay) : nextMonth(monthOf(firstDay));
  notes.push({ kind: "invitationsFrom", month: from, firstDay });
  const target = targetMatcher(targets);
  const atTarget = new Set<string>();
  const namesAtTarget = new Set<string>();
  for (const c of connections ?? []) {
    if (!c.company || !target(c.company)) continue;
    const url = profileKey(c.url);
    if (url) atTarget.add(url);
    namesAtTarget.add(nameKey(`${c.firstName} ${c.lastName}`));
  }
  const countSent = targets.length > 0 && connections !== null;
  const received = new Map<MonthKey, number>();
  const sent = new Map<MonthKey, number>();
  for (const inv of invitations) {
    const month = monthOf(inv.day);
    if (inv.direction === "incoming") received.set(month, (received.get(month) ?? 0) + 1);
    else if (countSent) {
      const url = profileKey(inv.inviteeUrl);
      // An address identifies a person; a name is the fallback when the export has no address.
      const matched = url ? atTarget.has(url) : namesAtTarget.has(nameKey(inv.to));
      if (matched) sent.set(month, (sent.get(month) ?? 0) + 1);
    }
  }
  if (targets.length > 0 && connections === null) notes.push({ kind: "needsConnections" });
  if (from > monthOf(exportDay)) return;
  for (const month of monthsBetween(from, monthOf(exportDay))) {
    put(months, month, "requests_received", received.get(month) ?? 0);
    if (countSent) put(months, month, "requests_sent_target", sent.get(month) ?? 0);
  }
}

/** Shares: the whole history, so a month without a post is a real zero from the first post on. */
function countShares(shares: Day[], exportDay: Day, months: MonthFigures): void {
  const first = [...shares].sort()[0];
  if (!first) return;
  const posts = new Map<MonthKey, number>();
  for (const day of shares) posts.set(monthOf(day), (posts.get(monthOf(day)) ?? 0) + 1);
  for (const month of monthsBetween(monthOf(first), monthOf(exportDay))) {
    const days = daysInMonth(Number(month.slice(0, 4)), Number(month.slice(5)));
    const perWeek = Math.round(((posts.get(month) ?? 0) / (days / 7)) * 100) / 100;
    put(months, month, "updates_per_week", perWeek);
  }
}

/** Company follows: how many target companies were followed at each month's end. */
function countFollows(
  follows: { day: Day; organization: string }[],
  targets: readonly string[],
  exportDay: Day,
  months: MonthFigures,
): void {
  const first = follows.map((f) => f.day).sort()[0];
  if (!first || targets.length === 0) return;
  const target = targetMatcher(targets);
  const since = new Map<string, Day>();
  for (const f of follows) {
    const matched = target(f.organization);
    if (matched && (!since.has(matched) || f.day < (since.get(matched) as Day)))
      since.set(matched, f.day);
  }
  for (const month of monthsBetween(monthOf(first), monthOf(exportDay))) {
    const followed = [...since.values()].filter((day) => monthOf(day) <= month).length;
    put(months, month, "target_companies_followed", followed);
  }
}

/** Every figure the rows give, with the network's facts; names stay behind. */
export function countExport(
  rows: ExportRows,
  targets: readonly string[],
  exportDay: Day,
): { months: MonthFigures; network: NetworkFacts | null; notes: CountNote[] } {
  const months: MonthFigures = {};
  const notes: CountNote[] = [];
  const network = rows.connections
    ? countConnections(rows.connections, targets, exportDay, months)
    : null;
  if (rows.invitations)
    countInvitations(rows.invitations, rows.connections, targets, exportDay, months, notes);
  if (rows.shares) countShares(rows.shares, exportDay, months);
  if (rows.follows) countFollows(rows.follows, targets, exportDay, months);
  if (targets.length === 0) {
    const needTargets: ImportedMetric[] = [];
    if (rows.connections) needTargets.push("first_degree_target_companies");
    if (rows.invitations) needTargets.push("requests_sent_target");
    if (rows.follows) needTargets.push("target_companies_followed");
    if (needTargets.length > 0) notes.push({ kind: "noTargets", metrics: needTargets });
  }
  return { months, network, notes };
}
