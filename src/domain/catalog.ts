/** The metric catalog: seed 003's 5 blocks and 18 metrics, which every feature reads. */

export const BLOCK_IDS = ["branding", "network", "interaction", "engagement", "presale"] as const;
/** Seed 003's five blocks, and "Business results", which appears once a user's own metric is put in it. */
export type BlockId = (typeof BLOCK_IDS)[number] | "business";
/** Every block a metric can be in, in dashboard order. */
export const ALL_BLOCKS: readonly BlockId[] = [...BLOCK_IDS, "business"];

/** How a metric's months add up to a year or a block: flows sum, stocks and levels take the latest value, per-week rates average. */
export type Aggregation = "sum" | "last" | "average" | "level";

/** What a figure counts: a score, a level, something per month, a stock at month end, or a weekly rate. */
export type Unit = "score" | "level" | "perMonth" | "atMonthEnd" | "perWeek";

/** What a user may type: a whole count, a non-negative rate, one of the profile levels, or nothing (derived by formula). */
export type InputKind = "count" | "rate" | "level" | "derived";

export interface Metric {
  readonly id: MetricId | OwnId;
  /** A user's own metric carries the name they gave it; the catalog's are named by the messages. */
  readonly name?: string;
  readonly block: BlockId;
  readonly aggregation: Aggregation;
  readonly input: InputKind;
  /** Where the figure can be read on LinkedIn. */
  readonly url: string;
  readonly unit: Unit;
}

export const METRIC_IDS = [
  "ssi",
  "profile_level",
  "profile_views",
  "search_appearances",
  "total_reach",
  "first_degree",
  "second_degree",
  "network_growth",
  "requests_sent_target",
  "first_degree_target_companies",
  "target_companies_followed",
  "requests_received",
  "updates_per_week",
  "actions_on_updates",
  "followers_gained",
  "open_contacts",
  "calls_per_week",
  "meetings",
] as const;
export type MetricId = (typeof METRIC_IDS)[number];
/** A user's own metric: numbered once, never reused, so a removed metric's values never come back under another name. */
export type OwnId = `own${number}`;
/** A field of the month's form: a catalog metric or an own one. */
export type FieldId = MetricId | OwnId;

/** Seed 003's advice of fewer, better KPIs: the SSI and one activity per block. */
export const ESSENTIAL_METRICS: readonly MetricId[] = [
  "ssi",
  "profile_views",
  "first_degree",
  "requests_sent_target",
  "actions_on_updates",
  "meetings",
];

export const PROFILE_LEVELS = [
  "beginner",
  "intermediate",
  "advanced",
  "expert",
  "all_star",
] as const;
export type ProfileLevel = (typeof PROFILE_LEVELS)[number];

const LI = "https://www.linkedin.com";

function metric(
  id: MetricId,
  block: BlockId,
  aggregation: Aggregation,
  input: InputKind,
  path: string,
): Metric {
  return {
    id,
    block,
    aggregation,
    input,
    url: `${LI}${path}`,
    unit: unitOf(aggregation, input),
  };
}

/** The metric behind a user's own one: counted per month, a stock at month end, or a weekly rate; whole or decimal. */
export function ownMetric(own: {
  id: OwnId;
  name: string;
  block: BlockId;
  aggregation: "sum" | "last" | "average";
  whole: boolean;
}): Metric {
  const input: InputKind = own.whole ? "count" : "rate";
  return {
    id: own.id,
    name: own.name,
    block: own.block,
    aggregation: own.aggregation,
    input,
    url: "",
    unit: unitOf(own.aggregation, input),
  };
}

/** The unit follows from how a metric aggregates: flows are per month, stocks at month end. */
function unitOf(aggregation: Aggregation, input: InputKind): Unit {
  if (input === "derived") return "score";
  if (aggregation === "level") return "level";
  if (aggregation === "average") return "perWeek";
  return aggregation === "sum" ? "perMonth" : "atMonthEnd";
}

/** The 18 metrics in dashboard order. */
export const METRICS: readonly Metric[] = [
  metric("ssi", "branding", "last", "derived", "/sales/ssi"),
  metric("profile_level", "branding", "level", "level", "/in/me/"),
  metric("profile_views", "branding", "sum", "count", "/me/profile-views/"),
  metric("search_appearances", "branding", "average", "rate", "/me/search-appearances/"),
  metric("total_reach", "network", "last", "count", "/mynetwork/"),
  metric("first_degree", "network", "last", "count", "/mynetwork/invite-connect/connections/"),
  metric(
    "second_degree",
    "network",
    "last",
    "count",
    "/search/results/people/?network=%5B%22S%22%5D",
  ),
  metric("network_growth", "network", "sum", "count", "/mynetwork/invite-connect/connections/"),
  metric(
    "requests_sent_target",
    "interaction",
    "sum",
    "count",
    "/mynetwork/invitation-manager/sent/",
  ),
  metric(
    "first_degree_target_companies",
    "interaction",
    "last",
    "count",
    "/search/results/people/?network=%5B%22F%22%5D",
  ),
  metric(
    "target_companies_followed",
    "interaction",
    "last",
    "count",
    "/feed/following/?filterType=company",
  ),
  metric("requests_received", "interaction", "sum", "count", "/mynetwork/invitation-manager/"),
  metric("updates_per_week", "engagement", "average", "rate", "/in/me/recent-activity/all/"),
  metric("actions_on_updates", "engagement", "sum", "count", "/analytics/creator/content/"),
  metric("followers_gained", "engagement", "sum", "count", "/analytics/creator/audience/"),
  metric("open_contacts", "presale", "sum", "count", "/mynetwork/invite-connect/connections/"),
  metric("calls_per_week", "presale", "average", "rate", "/messaging/"),
  metric("meetings", "presale", "sum", "count", "/messaging/"),
];

/** The metrics of one block, in dashboard order. */
export function metricsOfBlock(block: BlockId): Metric[] {
  return METRICS.filter((m) => m.block === block);
}

/** True for the id of a user's own metric. */
export function isOwnId(id: unknown): id is OwnId {
  return typeof id === "string" && /^own[1-9]\d{0,3}$/.test(id);
}

/** Stocks whose last value is a sensible starting point for the next month. */
export function isStock(m: Metric): boolean {
  return m.aggregation === "last" && m.input === "count";
}
