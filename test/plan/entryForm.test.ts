/** What a save answers when the reading's day has one saved: both totals, in the user's language, nothing written. */
import { describe, expect, it } from "vitest";
import type { Entry } from "../../src/domain/entry";
import { sameDayAnswer } from "../../src/plan/entryForm";

function entry(language: Entry["language"]): Entry {
  return {
    language,
    profile: { id: "main", name: "" },
    year: 2026,
    month: 11,
    values: {},
    reading: {
      date: "2026-11-16",
      pillars: [21.7, 21.16, 16.95, 15.4],
      industryAvg: null,
      networkAvg: null,
      industryRank: null,
      networkRank: null,
      note: "",
    },
    replaceReading: false,
  };
}

describe("sameDayAnswer", () => {
  it("shows the saved total and this one's (21.7 + 21.16 + 16.95 + 15.4 = 75.21), and says it saved nothing", () => {
    const answer = sameDayAnswer(entry("en"), [12.5, 21, 16.74, 16.75, 66.99]);
    expect(answer).toEqual({
      ok: false,
      message:
        "A reading of 2026-11-16 is already saved: SSI 66.99. This one: SSI 75.21. Replace the saved one?",
      errors: {
        "reading.date":
          "A reading of 2026-11-16 is already saved: SSI 66.99. This one: SSI 75.21. Replace the saved one?",
      },
      sameDay: { day: "2026-11-16", saved: "66.99", incoming: "75.21" },
    });
  });

  it("writes the figures as the language does, and a dash for a total the log lacks", () => {
    const answer = sameDayAnswer(entry("de"), [null, null, null, null, null]);
    expect(answer.ok).toBe(false);
    if (answer.ok) return;
    expect(answer.sameDay).toEqual({ day: "2026-11-16", saved: "–", incoming: "75,21" });
    expect(answer.message).toContain(
      "Für den 2026-11-16 ist schon eine Messung gespeichert: SSI –",
    );
    const rounded = sameDayAnswer(entry("es"), [1, 1, 1, 1, 66.994]);
    expect(!rounded.ok && rounded.sameDay?.saved).toBe("66,99");
  });
});
