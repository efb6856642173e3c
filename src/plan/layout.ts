/** Where everything sits on a year's dashboard: one layout that the plan, the reader and the charts share. */
import { BLOCK_IDS, type BlockId, type Metric, metricsOfBlock } from "../domain/catalog";
import { fill, messages } from "../domain/i18n";
import type { Language } from "../domain/language";
import { MAIN_PROFILE, type Profile } from "../domain/profiles";
import { PILLARS, type Pillar } from "../domain/ssi";

/** Bumped when rows or columns move; a rebuild then re-maps user values by key. */
export const LAYOUT_VERSION = 3;

export const COL = { key: 1, label: 2, link: 3, target: 4, firstMonth: 5, year: 17 } as const;
export const NUM_COLS = COL.year;

/** The sheet column of a month (1 = January). */
export function monthColumn(month: number): number {
  return COL.firstMonth + month - 1;
}

/** The hidden key row: what each column holds; month columns hold 1–12 so formulas can find the latest month. */
export function columnKeys(): (string | number)[] {
  return ["key", "label", "link", "target", ...Array.from({ length: 12 }, (_, i) => i + 1), "year"];
}

export type RowKind =
  | "keys"
  | "title"
  | "subtitle"
  | "header"
  | "blockHeader"
  | "metric"
  | "blockTotal"
  | "spacer"
  | "ssiHeader"
  | "readingDate"
  | "pillar"
  | "ssiTotal"
  | "pillarGap"
  | "totalGap"
  | "average"
  | "difference"
  | "rank"
  | "tier"
  | "weakest"
  | "nextAction";

export interface LayoutRow {
  key: string;
  kind: RowKind;
  metric?: Metric;
  block?: BlockId;
  pillar?: Pillar;
  /** For averages, differences and ranks: which comparison. */
  versus?: "industry" | "network";
}

/** The dashboard's rows, top to bottom. */
export function dashboardRows(): LayoutRow[] {
  const rows: LayoutRow[] = [
    { key: "keys", kind: "keys" },
    { key: "title", kind: "title" },
    { key: "subtitle", kind: "subtitle" },
    { key: "header", kind: "header" },
  ];
  for (const block of BLOCK_IDS) {
    rows.push({ key: `block:${block}`, kind: "blockHeader", block });
    for (const metric of metricsOfBlock(block))
      rows.push({ key: `metric:${metric.id}`, kind: "metric", metric, block });
    rows.push({ key: `total:${block}`, kind: "blockTotal", block });
  }
  rows.push(
    { key: "spacer", kind: "spacer" },
    { key: "ssi", kind: "ssiHeader" },
    { key: "reading", kind: "readingDate" },
  );
  for (const pillar of PILLARS) rows.push({ key: `pillar:${pillar}`, kind: "pillar", pillar });
  rows.push({ key: "ssi:total", kind: "ssiTotal" });
  for (const pillar of PILLARS) rows.push({ key: `gap:${pillar}`, kind: "pillarGap", pillar });
  rows.push({ key: "gap:total", kind: "totalGap" });
  for (const versus of ["industry", "network"] as const)
    rows.push({ key: `avg:${versus}`, kind: "average", versus });
  for (const versus of ["industry", "network"] as const)
    rows.push({ key: `diff:${versus}`, kind: "difference", versus });
  for (const versus of ["industry", "network"] as const)
    rows.push({ key: `rank:${versus}`, kind: "rank", versus });
  rows.push(
    { key: "tier", kind: "tier" },
    { key: "weakest", kind: "weakest" },
    { key: "next", kind: "nextAction" },
  );
  return rows;
}

/** The 1-based sheet row of each row key. */
export function rowNumbers(rows: LayoutRow[] = dashboardRows()): Map<string, number> {
  return new Map(rows.map((r, i) => [r.key, i + 1]));
}

/** The row of a key, which must exist in the layout. */
export function rowOf(rows: Map<string, number>, key: string): number {
  const row = rows.get(key);
  if (row === undefined) throw new Error(`No row ${key} in the dashboard layout`);
  return row;
}

/** A profile as its sheets are named. */
export type SheetOwner = Pick<Profile, "id" | "name">;

/** A sheet's name for a profile: the main profile's sheets keep their plain names ("KPI 2026 · Ana Ruiz"). */
export function ownedName(base: string, owner?: SheetOwner): string {
  return !owner || owner.id === MAIN_PROFILE ? base : `${base} · ${owner.name}`;
}

/** A stored key for a profile: the main profile's keys are the ones stored before profiles. */
export function ownedKey(key: string, owner?: SheetOwner): string {
  return !owner || owner.id === MAIN_PROFILE ? key : `${key}:${owner.id}`;
}

/** The dashboard sheet's name for a year and profile ("KPI 2026", "KPI 2026 · Ana Ruiz"). */
export function dashboardName(year: number, language: Language, owner?: SheetOwner): string {
  return ownedName(fill(messages(language).dashboard.sheetName, { year }), owner);
}

/** The SSI log's name in a language; once made, its name is kept in the document's properties. */
export function logName(language: Language, owner?: SheetOwner): string {
  return ownedName(messages(language).log.sheetName, owner);
}

/** Named range names for a year: one per block and one per metric row. */
export function rangeName(year: number, key: string): string {
  return `KPI_${year}_${key.replace(/[^A-Za-z0-9]+/g, "_")}`;
}
