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

  it("archives a profile while another stays active, and edits the only active one", () => {
    const archived = checkProfileInput({ id: "p2", archived: true }, team);
    expect(archived.ok && archived.profiles).toEqual([ana, { ...jan, archived: true }, old]);
    const renamed = checkProfileInput({ id: "main", name: "Ana María Ruiz" }, [ana, old]);
    expect(renamed.ok && renamed.profiles).toEqual([{ ...ana, name: "Ana María Ruiz" }, old]);
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

describe("edges", () => {
  it("gives a new profile an id no profile has, even after removals", () => {
    const checked = checkProfileInput({ name: "Lena" }, [ana, { ...jan, id: "p3" }]);
    expect(checked.ok && checked.profile.id).toBe("p4");
  });

  it("refuses a request that is not an object, and names an unknown field", () => {
    const notObject = checkProfileInput("Lena", team);
    expect(notObject.ok ? "" : notObject.errors.form).toContain("profile");
    const unknown = checkProfileInput({ name: "Lena", colour: "red" }, team);
    expect(unknown.ok ? "" : unknown.errors.colour).toContain("colour");
    expect(checkProfileInput(["Lena"], team).ok).toBe(false);
  });

  it("takes a name of exactly 60 characters, and LinkedIn addresses in their usual forms only", () => {
    expect(checkProfileInput({ name: "x".repeat(60) }, team).ok).toBe(true);
    for (const url of [
      "https://linkedin.com/in/ana",
      " https://www.linkedin.com/in/ana-b/ ",
      "https://pl.linkedin.com/in/ana",
    ])
      expect(checkProfileInput({ name: "Eva", url }, team).ok, url).toBe(true);
    for (const url of [
      "http://www.linkedin.com/in/ana",
      "https://www.linkedin.com/in/ana/details",
      "https://www.linkedin.com/in/",
      "xhttps://www.linkedin.com/in/ana",
      "https://www.linkedin.com/company/ana",
      "https://abcd.linkedin.com/in/ana",
    ]) {
      const checked = checkProfileInput({ name: "Eva", url }, team);
      expect(checked.ok ? "" : checked.errors.url, url).toContain(url.trim());
    }
  });

  it("keeps only well-formed stored profiles, thirty at most", () => {
    const bad = [
      ["not an object"],
      { ...jan, id: "a", name: 1 },
      { ...jan, id: "b", url: null },
      { ...jan, id: "c", totalTarget: 101 },
      { ...jan, id: "d", totalTarget: "80" },
      { ...jan, id: "e", archived: "no" },
      { ...jan, id: 7 },
      null,
    ];
    expect(
      parseProfiles([...bad, { ...jan, id: "ok", totalTarget: 100 }], ana).map((p) => p.id),
    ).toEqual(["ok"]);
    const many = Array.from({ length: 35 }, (_, i) => ({ ...jan, id: `p${i}` }));
    expect(parseProfiles(many, ana)).toHaveLength(30);
  });
});
