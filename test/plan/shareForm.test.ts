/** Settings' share block: a seller's address always, a team's part only where there is a team. */
import { describe, expect, it } from "vitest";
import { dayOf } from "../../src/domain/day";
import { defaultSettings } from "../../src/domain/settings";
import { settingsForm } from "../../src/plan/entryForm";

const URL = "https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789/edit";

describe("the share block of Settings", () => {
  it("offers a director the team only when the spreadsheet lists more than one profile", () => {
    const settings = defaultSettings("en_US", dayOf(2026, 12, 3)!);
    const alone = settingsForm(settings, "main", URL);
    expect(alone.share).toEqual({ url: URL, year: 2026, team: false });
    const main = settings.profiles[0]!;
    const two = { ...settings, profiles: [main, { ...main, id: "p2", name: "Ana" }] };
    expect(settingsForm(two, "main", URL).share.team).toBe(true);
    // An archived profile is not on the team sheet, so it makes no team.
    const archived = { ...settings, profiles: [main, { ...main, id: "p2", archived: true }] };
    expect(settingsForm(archived, "main", URL).share.team).toBe(false);
  });
});
