/** Choosing the metrics to show and the user's own metrics: checked whole, in the user's language. */
import { describe, expect, it } from "vitest";
import { ESSENTIAL_METRICS, isOwnId, METRIC_IDS, ownMetric } from "../../src/domain/catalog";
import { parseCompanyKpi } from "../../src/domain/companyKpi";
import { ownMetricFed } from "../../src/domain/ownMetric";
import {
  checkMetricChoice,
  checkOwnMetricInput,
  checkOwnRemoval,
  defaultMetricSettings,
  MAX_OWN_METRICS,
  type MetricSettings,
  parseMetricSettings,
} from "../../src/domain/ownMetrics";
import { said, saidIn } from "../support/said";

const LEADS = {
  id: "own1",
  name: "Leads",
  block: "presale",
  aggregation: "sum",
  whole: true,
} as const;
const withLeads: MetricSettings = { ...defaultMetricSettings(), own: [LEADS], nextOwn: 2 };

describe("choosing metrics", () => {
  it("hides the catalog's metrics not chosen, keeping their order", () => {
    const checked = checkMetricChoice({ shown: [...ESSENTIAL_METRICS] }, defaultMetricSettings());
    expect(checked.ok && checked.metrics.hidden).toEqual(
      METRIC_IDS.filter((id) => !ESSENTIAL_METRICS.includes(id)),
    );
    expect(ESSENTIAL_METRICS).toHaveLength(6);
  });

  it("refuses unknown ids, a list that is not one, and nothing shown at all", () => {
    expect(said(checkMetricChoice({ shown: ["leads"] }, defaultMetricSettings()))).toMatchObject({
      ok: false,
      errors: { shown: "“leads” is not one of the 18 metrics." },
    });
    expect(
      said(checkMetricChoice({ shown: ["leads", "deals"] }, defaultMetricSettings())).errors.shown,
    ).toBe("“leads, deals” is not one of the 18 metrics.");
    expect(checkMetricChoice({ shown: "ssi" }, defaultMetricSettings()).ok).toBe(false);
    expect(
      said(checkMetricChoice({ language: "pl", shown: [] }, defaultMetricSettings())),
    ).toMatchObject({
      ok: false,
      errors: { shown: "Pokaż co najmniej jeden wskaźnik." },
    });
    // With an own metric, the catalog's may all be hidden.
    expect(checkMetricChoice({ shown: [] }, withLeads).ok).toBe(true);
  });
});

describe("own metrics", () => {
  it("get ids never used before, and a change keeps the id", () => {
    const added = checkOwnMetricInput(
      { name: "  Pipeline   value ", block: "business", aggregation: "last", whole: false },
      withLeads,
      [],
    );
    expect(added).toMatchObject({
      ok: true,
      metric: {
        id: "own2",
        name: "Pipeline value",
        block: "business",
        aggregation: "last",
        whole: false,
      },
      before: null,
    });
    if (!added.ok) return;
    expect(added.metrics.nextOwn).toBe(3);
    const removed = checkOwnRemoval({ id: "own2", confirm: true }, added.metrics);
    expect(removed.ok).toBe(true);
    if (!removed.ok) return;
    const again = checkOwnMetricInput(
      { name: "Deals", block: "business", aggregation: "sum" },
      removed.metrics,
      [],
    );
    expect(again.ok && again.metric.id).toBe("own3");
    const renamed = checkOwnMetricInput({ id: "own1", name: "Qualified leads" }, withLeads, []);
    expect(renamed).toMatchObject({
      ok: true,
      metric: { ...LEADS, name: "Qualified leads" },
      before: LEADS,
    });
  });

  it("refuses a missing, long or taken name, a wrong block or way to add up, and a 13th metric", () => {
    const bad = checkOwnMetricInput(
      {
        language: "de",
        name: "x".repeat(61),
        block: "sales",
        aggregation: "max",
        whole: "yes",
        colour: 1,
      },
      withLeads,
      [],
    );
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(said(bad).errors).toEqual({
      colour: "„colour“ ist kein Feld dieses Formulars.",
      name: "Der Name hat 61 Zeichen. Höchstens 60 sind möglich.",
      block: "„sales“ ist kein Block des Dashboards.",
      aggregation:
        "„max“ ist keine Art, Monate zu summieren: Wählen Sie pro Monat gezählt, Bestand am Monatsende oder Wochenrate.",
      whole: expect.stringContaining("whole"),
    });
    expect(
      said(
        checkOwnMetricInput({ name: "LEADS", block: "presale", aggregation: "sum" }, withLeads, []),
      ),
    ).toMatchObject({
      ok: false,
      errors: { name: "There is already a metric named “LEADS”. Pick another name." },
    });
    expect(
      checkOwnMetricInput(
        { name: "profile views", block: "presale", aggregation: "sum" },
        withLeads,
        ["Profile views"],
      ).ok,
    ).toBe(false);
    expect(
      checkOwnMetricInput({ name: "", block: "presale", aggregation: "sum" }, withLeads, []).ok,
    ).toBe(false);
    expect(checkOwnMetricInput({ id: "own7", name: "x" }, withLeads, []).ok).toBe(false);
    // A name of its own is free, and a metric keeps its own name in another case.
    expect(
      checkOwnMetricInput({ name: "Demos", block: "presale", aggregation: "sum" }, withLeads, [
        "Profile views",
      ]).ok,
    ).toBe(true);
    expect(
      checkOwnMetricInput({ id: "own1", name: "LEADS" }, withLeads, ["Profile views"]).ok,
    ).toBe(true);
    expect(checkOwnMetricInput("leads", withLeads, []).ok).toBe(false);
    const full: MetricSettings = {
      ...defaultMetricSettings(),
      own: Array.from({ length: MAX_OWN_METRICS }, (_, i) => ({
        ...LEADS,
        id: `own${i + 1}` as const,
        name: `M${i}`,
      })),
      nextOwn: 13,
    };
    expect(
      said(
        checkOwnMetricInput({ name: "One more", block: "presale", aggregation: "sum" }, full, []),
      ),
    ).toMatchObject({
      ok: false,
      errors: { name: "At most 12 own metrics. Remove one first." },
    });
  });

  it("are removed only when confirmed and not part of the company KPI", () => {
    expect(saidIn("en", checkOwnRemoval({ id: "own1" }, withLeads))).toBe(
      "Confirm that “Leads” should be removed.",
    );
    expect(checkOwnRemoval({ id: "own5", confirm: true }, withLeads).ok).toBe(false);
    const inKpi = {
      ...withLeads,
      kpi: {
        ssi: [],
        strategic: [],
        business: [{ source: "own1" as const, target: 5, weight: 1 }],
      },
    };
    expect(
      saidIn("es", checkOwnRemoval({ language: "es", id: "own1", confirm: true }, inKpi)),
    ).toBe(
      "«Leads» forma parte del KPI de la empresa. Sácala primero del KPI y después elimínala.",
    );
  });

  it("become metrics that add up as chosen: counts per month, stocks at month end, weekly rates", () => {
    expect(ownMetric({ ...LEADS })).toMatchObject({
      input: "count",
      unit: "perMonth",
      url: "",
    });
    expect(ownMetric({ ...LEADS, aggregation: "average", whole: false })).toMatchObject({
      input: "rate",
      unit: "perWeek",
    });
    expect(ownMetric({ ...LEADS, aggregation: "last" }).unit).toBe("atMonthEnd");
    expect(isOwnId("own12")).toBe(true);
    expect(isOwnId("own0")).toBe(false);
    expect(isOwnId("owner")).toBe(false);
  });

  it("are read back leniently, with the next id above every one used", () => {
    const parsed = parseMetricSettings(
      {
        hidden: ["total_reach", "nonsense"],
        own: [
          LEADS,
          { ...LEADS },
          { id: "own4", name: " Deals ", block: "business", aggregation: "sum" },
          { id: "x" },
        ],
        nextOwn: 2,
        kpi: { business: [{ source: "own4", target: 3, weight: 1 }] },
      },
      parseCompanyKpi,
    );
    expect(parsed.hidden).toEqual(["total_reach"]);
    expect(parsed.own.map((o) => [o.id, o.name, o.whole])).toEqual([
      ["own1", "Leads", true],
      ["own4", "Deals", true],
    ]);
    expect(parsed.nextOwn).toBe(5);
    expect(parsed.kpi?.business).toEqual([{ source: "own4", target: 3, weight: 1 }]);
    expect(parseMetricSettings(null, parseCompanyKpi)).toEqual(defaultMetricSettings());
  });

  it("keeps the others when one changes or goes, and allows a removal when the KPI measures another", () => {
    const two: MetricSettings = {
      ...defaultMetricSettings(),
      own: [LEADS, { ...LEADS, id: "own2", name: "Deals" }],
      nextOwn: 3,
      kpi: { ssi: [], strategic: [], business: [{ source: "own2", target: 5, weight: 1 }] },
    };
    const renamed = checkOwnMetricInput({ id: "own1", name: "x".repeat(60) }, two, []);
    expect(renamed.ok && renamed.metrics.own.map((o) => o.name)).toEqual(["x".repeat(60), "Deals"]);
    const removed = checkOwnRemoval({ id: "own1", confirm: true }, two);
    expect(removed.ok && removed.metrics.own.map((o) => o.id)).toEqual(["own2"]);
    // One item of the KPI among others is enough to keep a metric.
    const both = {
      ...two,
      kpi: {
        ssi: [],
        strategic: [{ source: "own1" as const, target: 3, weight: 1 }],
        business: [{ source: "own2" as const, target: 5, weight: 1 }],
      },
    };
    expect(checkOwnRemoval({ id: "own1", confirm: true }, both).ok).toBe(false);
    const added = checkOwnMetricInput(
      { name: "Demos", block: "presale", aggregation: "sum" },
      two,
      [],
    );
    expect(added.ok && added.metric.whole).toBe(true);
    expect(checkOwnMetricInput({ id: "own1", name: "Deals" }, two, []).ok).toBe(false);
    expect(said(checkOwnMetricInput({ id: "own9" }, two, []))).toMatchObject({
      ok: false,
      errors: { id: "This metric no longer exists. Close and reopen the sidebar." },
    });
    const malformed = checkOwnMetricInput(null, two, []);
    expect(said(malformed).errors.form).toContain("metric");
    const shown = checkMetricChoice({ shown: [1] }, two);
    expect(said(shown).errors.shown).toContain("shown");
  });

  it("read back: a stored list without a name, block or way to add up is dropped, and at most 12 are kept", () => {
    const many = Array.from({ length: 14 }, (_, i) => ({
      ...LEADS,
      id: `own${i + 1}`,
      name: `M${i}`,
    }));
    const parsed = parseMetricSettings(
      {
        own: [
          ...many,
          { ...LEADS, id: "own20", name: "  " },
          { ...LEADS, id: "own21", block: "sales" },
          { ...LEADS, id: "own22", aggregation: "max" },
          { ...LEADS, id: "own23", name: "y".repeat(70) },
        ],
        nextOwn: 99,
      },
      parseCompanyKpi,
    );
    expect(parsed.own).toHaveLength(12);
    expect(parsed.nextOwn).toBe(99);
    const long = parseMetricSettings(
      { own: [{ ...LEADS, name: "y".repeat(70) }], nextOwn: 1 },
      parseCompanyKpi,
    );
    expect(long.own[0]?.name).toHaveLength(60);
    expect(long.nextOwn).toBe(2);
    expect(parseMetricSettings({ own: "x", hidden: "ssi" }, parseCompanyKpi)).toEqual(
      defaultMetricSettings(),
    );
  });

  it("read back: each malformed stored metric is dropped on its own", () => {
    const parsed = parseMetricSettings(
      {
        own: [
          "x",
          { ...LEADS, id: "lead" },
          { ...LEADS, name: "  " },
          { ...LEADS, block: "sales" },
          { ...LEADS, aggregation: "max" },
          { ...LEADS, whole: false },
          { ...LEADS, name: "Again" },
        ],
      },
      parseCompanyKpi,
    );
    expect(parsed.own).toEqual([{ ...LEADS, whole: false }]);
  });
});

describe("an own metric an import writes into", () => {
  const IMPRESSIONS = {
    name: "Post impressions",
    block: "engagement",
    aggregation: "sum",
    whole: true,
    feeds: "impressions",
  } as const;

  it("is marked as holding post impressions, kept as stored, and found by what it holds", () => {
    const added = checkOwnMetricInput(IMPRESSIONS, withLeads, []);
    if (!added.ok) throw new Error(said(added).message);
    expect(added.metric).toMatchObject({ id: "own2", feeds: "impressions" });
    expect(ownMetricFed(added.metrics.own, "impressions")?.id).toBe("own2");
    expect(ownMetricFed(withLeads.own, "impressions")).toBeNull();
    const parsed = parseMetricSettings(JSON.parse(JSON.stringify(added.metrics)), () => null);
    expect(parsed.own.map((o) => o.feeds)).toEqual([undefined, "impressions"]);
    // A rename keeps what it holds.
    const renamed = checkOwnMetricInput({ id: "own2", name: "Impressions" }, added.metrics, []);
    expect(renamed.ok && renamed.metric.feeds).toBe("impressions");
  });

  it("is one at most, and holds only what an import knows", () => {
    const added = checkOwnMetricInput(IMPRESSIONS, withLeads, []);
    if (!added.ok) throw new Error(said(added).message);
    const second = checkOwnMetricInput({ ...IMPRESSIONS, name: "Views" }, added.metrics, []);
    expect(said(second)).toMatchObject({
      ok: false,
      errors: { feeds: "“Post impressions” already holds the post impressions an import writes." },
    });
    const unknown = checkOwnMetricInput({ ...IMPRESSIONS, feeds: "likes" }, withLeads, []);
    expect(said(unknown)).toMatchObject({
      ok: false,
      errors: { feeds: expect.stringContaining("feeds") },
    });
    // An ordinary own metric holds nothing an import writes: no such field at all.
    const leads = checkOwnMetricInput(
      { name: "Deals", block: "presale", aggregation: "sum" },
      withLeads,
      [],
    );
    expect(leads.ok && Object.keys(leads.metric)).not.toContain("feeds");
    // Stored twice by hand: the first keeps it, the second is an ordinary own metric.
    const twice = parseMetricSettings(
      {
        own: [
          { ...IMPRESSIONS, id: "own1" },
          { ...IMPRESSIONS, id: "own2", name: "Views" },
        ],
      },
      () => null,
    );
    expect(twice.own.map((o) => o.feeds)).toEqual(["impressions", undefined]);
  });
});
