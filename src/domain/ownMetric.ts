/** A user's own metric as stored: its name, block, how its months add up, and what an import writes into it. */
import type { BlockId, OwnId } from "./catalog";

/** How an own metric's months add up: counted per month, a stock at month end, or a weekly rate. */
export const OWN_AGGREGATIONS = ["sum", "last", "average"] as const;
export type OwnAggregation = (typeof OWN_AGGREGATIONS)[number];

export interface OwnMetricSpec {
  id: OwnId;
  name: string;
  block: BlockId;
  aggregation: OwnAggregation;
  /** Whole numbers (a count) or decimals with two places (a value, a rate). */
  whole: boolean;
  /** What LinkedIn's creator analytics import writes into it: post impressions (one metric at most). */
  feeds?: OwnFeed;
}

/** Figures an import can write into an own metric, since the seed's 18 metrics have no row for them. */
export const OWN_FEEDS = ["impressions"] as const;
export type OwnFeed = (typeof OWN_FEEDS)[number];

/** The own metric an import writes a figure into, if the user has one. */
export function ownMetricFed(own: readonly OwnMetricSpec[], feed: OwnFeed): OwnMetricSpec | null {
  return own.find((o) => o.feeds === feed) ?? null;
}
