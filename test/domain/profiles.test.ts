/** Profiles as the settings send them: names of their own, LinkedIn addresses, targets, one always active. */
import { describe, expect, it } from "vitest";
import {
  activeProfiles,
  checkProfileInput,
  checkRemoval,
  mainProfile,
  type Profile,
  parseProfiles,
  profileById,
} from "../../src/domain/profiles";

const ana = mainProfile("Ana Ruiz", 80);
const jan: Profile = { id: "p2", name: "Jan Kowalski", url: "", totalTarget: 70, archived: false };
const old: Profile = { id: "p3", name: "Eva Nowak", url: "", totalTarget: 85, archived: true };
const team = [ana, jan, old];

describe("checkProfileInput", () => {
  it("adds a profile with a new id, the default target and a trimmed name", () => {
    const checked = checkProfileInput({ name: "  Lena   Schmidt " }, team);
    expect(checked.ok && checked.profile).toEqual({
      id: "p4",
      name: "Lena Schmidt",
      url: "",
      totalTarget: 80,
      archived: false,
    });
    expect(checked.ok && checked.before).toBeNull();
    expect(checked.ok && checked.profiles).toHaveLength(4);
  });

  it("changes only what is sent: a target typed with a decimal comma, a LinkedIn address", () => {
    const checked = checkProfileInput(
      { language: "es", id: "p2", totalTarget: "82,5", url: "https://es.linkedin.com/in/jan-k/" },
      team,
    );
    expect(checked.ok && checked.profile).toEqual({
      ...jan,
      totalTarget: 82.5,
      url: "https://es.linkedin.com/in/jan-k/",
    });
    expect(checked.ok && checked.before).toEqual(jan);
  });

  it.each([
    [{ name: "" }, "name", "Give the profile a name."],
    [{ name: "x".repeat(61) }, "name", "The name has 61 characters. Keep it to 60 or fewer."],
    [{ name: "JAN KOWALSKI" }, "name", "There is already a profile named “JAN KOWALSKI”."],
    [
      { name: "Eva", url: "https://www.linkedin.com/company/vantora" },
      "url",
      "is not a LinkedIn profile address",
    ],
    [{ name: "Eva", totalTarget: 120 }, "totalTarget", "120"],
    [{ name: "Eva", archived: "yes" }, "archived", "archived"],
    [{ id: "p9", name: "Eva" }, "id", "This profile no longer exists."],
    [{ name: "Eva", colour: "red" }, "colour", "is not a field of this form"],
  ])("refuses %j, saying why", (input, field, message) => {
    const checked = checkProfileInput(input, team);
    expect(checked.ok).toBe(false);
    expect(checked.ok ? "" : checked.errors[field]).toContain(message);
  });

  it("keeps one profile active, and stops at 30", () => {
    const alone = [ana, old];
    const archived = checkProfileInput({ id: "main", archived: true }, alone);
    expect(archived.ok ? "" : archived.errors.archived).toBe(
      "At least one profile must stay active.",
    );
    const thirty = Array.from({ length: 30 }, (_, i) => ({
      ...jan,
      id: `p${i}`,
      name: `Rep ${i}`,
    }));
    const more = checkProfileInput({ name: "Rep 31" }, thirty);
    expect(more.ok ? "" : more.errors.name).toBe(
      "A spreadsheet holds at most 30 profiles. Archive or remove one first.",
    );
  });
});

describe("checkRemoval", () => {
  it("needs the exact name typed, and another active profile left", () => {
    expect(checkRemoval({ id: "p2", confirm: "jan kowalski" }, team, "en")).toEqual({
      ok: false,
      message: "Type the profile's name, “Jan Kowalski”, exactly as shown to remove it.",
    });
    const removed = checkRemoval({ id: "p2", confirm: " Jan Kowalski " }, team, "en");
    expect(removed.ok && removed.profiles.map((p) => p.id)).toEqual(["main", "p3"]);
    expect(checkRemoval({ id: "main", confirm: "Ana Ruiz" }, [ana, old], "en")).toEqual({
      ok: false,
      message: "At least one profile must stay active.",
    });
    expect(checkRemoval({ id: "zz", confirm: "x" }, team, "en").ok).toBe(false);
  });
});

describe("stored profiles", () => {
  it("drops malformed entries and repeats, and always keeps one", () => {
    expect(
      parseProfiles([jan, { ...jan }, { id: "p5" }, "x", { ...old, totalTarget: 0 }], ana),
    ).toEqual([jan]);
    expect(parseProfiles("not a list", ana)).toEqual([ana]);
    expect(parseProfiles([], ana)).toEqual([ana]);
  });

  it("finds a profile by id, else the first active one", () => {
    expect(profileById(team, "p2")).toBe(jan);
    expect(profileById([old, jan], "gone")).toBe(jan);
    expect(activeProfiles(team).map((p) => p.id)).toEqual(["main", "p2"]);
  });
});
