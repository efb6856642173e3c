/** What a metric or a KPI source is called: the catalog's names in the language, or the user's own. */
import { describe, expect, it } from "vitest";
import { metricLabel, sourceLabel } from "../../src/domain/labels";

const OWN = [
  { id: "own1", name: "Opportunities", block: "business", aggregation: "sum", whole: true },
  { id: "own2", name: "Pipeline value", block: "business", aggregation: "last", whole: false },
] as const;

describe("labels", () => {
  it("names a catalog metric in the language, an own metric by the name given, an unknown one by its id", () => {
    expect(metricLabel({ id: "meetings" }, "en")).toBe("Visits (meetings)");
    expect(metricLabel({ id: "profile_views" }, "es")).toBe("Visitas al perfil");
    expect(metricLabel({ id: "own2", name: "Pipeline value" }, "de")).toBe("Pipeline value");
    expect(metricLabel({ id: "own9" }, "en")).toBe("own9");
  });

  it("names the SSI total, each pillar, a catalog metric and an own metric as KPI sources", () => {
    expect(sourceLabel("ssi", OWN, "en")).toBe("SSI total");
    expect(sourceLabel("pillar:engage", OWN, "en")).toBe("Engage with insights");
    expect(sourceLabel("pillar:relationships", OWN, "es")).toBe("Crear relaciones");
    expect(sourceLabel("meetings", OWN, "en")).toBe("Visits (meetings)");
    expect(sourceLabel("own2", OWN, "pl")).toBe("Pipeline value");
    expect(sourceLabel("own1", OWN, "en")).toBe("Opportunities");
    expect(sourceLabel("own7", OWN, "en")).toBe("own7");
  });
});
