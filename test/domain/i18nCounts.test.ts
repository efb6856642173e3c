/** Counts in messages come from the catalog: adding a metric touches no message. */
import { describe, expect, it } from "vitest";
import { METRIC_IDS } from "../../src/domain/catalog";
import { fill, fillCount, messages } from "../../src/domain/i18n";
import { LANGUAGES } from "../../src/domain/language";
import { helpPage } from "../../src/functions/help";

/** Every text of a catalog, with its path. */
function texts(value: unknown, path = ""): [string, string][] {
  if (typeof value === "string") return [[path, value]];
  if (value && typeof value === "object")
    return Object.entries(value).flatMap(([k, v]) => texts(v, `${path}.${k}`));
  return [];
}

describe.each(LANGUAGES)("the %s catalog", (language) => {
  it("writes no metric count of its own", () => {
    const counted = texts(messages(language)).filter(([, text]) => /\b18\b/.test(text));
    expect(counted).toEqual([]);
  });

  it("says the catalog's count where it names the metrics", () => {
    const t = messages(language).metricSetup;
    const count = String(METRIC_IDS.length);
    expect(fill(t.presetAll, { metrics: METRIC_IDS.length })).toContain(count);
    expect(fillCount(language, t.shownSaved, 6, { metrics: METRIC_IDS.length })).toContain(count);
    const steps = helpPage(language).split("<h3>")[0] ?? "";
    expect(steps).toMatch(new RegExp(`\\b${count}\\b`));
    expect(steps).not.toContain("{metrics}");
  });
});
