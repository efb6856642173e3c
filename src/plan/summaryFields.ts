/** The summary's fields in their order: what a manager's team sheet finds at each place of a seller's summary. */
import { PILLARS } from "../domain/ssi";

/** The figures of a profile's year that both the team sheet and the summary show, in their order. */
export const FIGURES = [
  "latest",
  "ssi",
  ...PILLARS,
  "target",
  "gap",
  "change",
  "monthsOnTarget",
  "followers",
  "impressions",
] as const;
export type Figure = (typeof FIGURES)[number];

/** The summary's fields, top to bottom: what a manager's team sheet finds at each place. */
export const SUMMARY_FIELDS = [
  "version",
  "name",
  ...FIGURES,
  "kpi",
  ...Array.from({ length: 12 }, (_, i) => `month${i + 1}` as const),
  "depth",
] as const;
export type SummaryField = (typeof SUMMARY_FIELDS)[number];

/** Where a field sits in the summary (0 for the version). */
export function summaryIndex(field: SummaryField): number {
  return SUMMARY_FIELDS.indexOf(field);
}
