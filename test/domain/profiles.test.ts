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
  shownName,
  spreadsheetAddress,
  spreadsheetId,
  teamProfiles,
} from "../../src/domain/profiles";
import { said, saidIn } from "../support/said";

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
    expect(said(checked).errors[field]).toContain(message);
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
    expect(said(archived).errors.archived).toBe("At least one profile must stay active.");
    const thirty = Array.from({ length: 30 }, (_, i) => ({
      ...jan,
      id: `p${i}`,
      name: `Rep ${i}`,
    }));
    const more = checkProfileInput({ name: "Rep 31" }, thirty);
    expect(said(more).errors.name).toBe(
      "A spreadsheet holds at most 30 profiles. Archive or remove one first.",
    );
  });
});

describe("the 30 profiles kept here", () => {
  it("counts only the profiles kept in this spreadsheet: linked ones have their own limit", () => {
    const kept = Array.from({ length: 29 }, (_, i) => ({ ...jan, id: `k${i}`, name: `Rep ${i}` }));
    const linked = {
      ...jan,
      id: "l1",
      name: "Linked rep",
      source: "https://docs.google.com/spreadsheets/d/1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_/edit",
    };
    expect(checkProfileInput({ name: "Rep 30" }, [...kept, linked]).ok).toBe(true);
  });
});

describe("shownName", () => {
  it("is the profile's name, or the name for an unnamed one when it is blank", () => {
    expect(shownName({ name: "Ana Ruiz" }, "My LinkedIn profile")).toBe("Ana Ruiz");
    expect(shownName({ name: "" }, "My LinkedIn profile")).toBe("My LinkedIn profile");
    expect(shownName({ name: "   " }, "Mi perfil de LinkedIn")).toBe("Mi perfil de LinkedIn");
  });
});

describe("checkRemoval", () => {
  it("needs the exact name typed, and another active profile left", () => {
    const wrongName = checkRemoval({ id: "p2", confirm: "jan kowalski" }, team);
    expect(saidIn("en", wrongName)).toBe(
      "Type the profile's name, “Jan Kowalski”, exactly as shown to remove it.",
    );
    const removed = checkRemoval({ id: "p2", confirm: " Jan Kowalski " }, team);
    expect(removed.ok && removed.profiles.map((p) => p.id)).toEqual(["main", "p3"]);
    const last = checkRemoval({ id: "main", confirm: "Ana Ruiz" }, [ana, old]);
    expect(saidIn("en", last)).toBe("At least one profile must stay active.");
    expect(saidIn("en", checkRemoval({ id: "zz", confirm: "x" }, team))).toContain(
      "This profile no longer exists.",
    );
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
    expect(said(notObject).errors.form).toContain("profile");
    const unknown = checkProfileInput({ name: "Lena", colour: "red" }, team);
    expect(said(unknown).errors.colour).toContain("colour");
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
      expect(said(checked).errors.url, url).toContain(url.trim());
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

describe("profiles linked to a seller's own spreadsheet", () => {
  const id = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd";
  const url = `https://docs.google.com/spreadsheets/d/${id}/edit#gid=0`;
  const linked: Profile = { ...jan, id: "p4", name: "Ola Lis", source: spreadsheetAddress(id) };

  it("reads a spreadsheet's id from its address in the forms Sheets gives, or the id itself", () => {
    expect(spreadsheetId(url)).toBe(id);
    expect(spreadsheetId(`https://docs.google.com/spreadsheets/u/1/d/${id}/view?usp=sharing`)).toBe(
      id,
    );
    expect(spreadsheetId(`  ${id} `)).toBe(id);
    expect(spreadsheetId(`https://docs.google.com/spreadsheets/d/${id}`)).toBe(id);
    expect(spreadsheetId(`https://docs.google.com/spreadsheets/u/12/d/${id}/edit`)).toBe(id);
    for (const bad of [
      `https://docs.google.com/document/d/${id}`,
      `http://docs.google.com/spreadsheets/d/${id}`,
      "https://docs.google.com/spreadsheets/d/short",
      "short",
      `${id} and more`,
      `see https://docs.google.com/spreadsheets/d/${id}`,
      `https://docs.google.com/spreadsheets/d/${id} and more`,
    ])
      expect(spreadsheetId(bad), bad).toBeNull();
  });

  it("links a new profile by address, kept as the plain address, and refuses this spreadsheet's own", () => {
    const checked = checkProfileInput({ name: "Ola Lis", source: url }, team, "own");
    expect(checked.ok && checked.profile).toMatchObject({ source: spreadsheetAddress(id) });
    const own = checkProfileInput({ name: "Ola Lis", source: id }, team, id);
    expect(said(own).errors.source).toBe(
      "That is this spreadsheet's own address: paste the seller's spreadsheet instead.",
    );
    const bad = checkProfileInput({ language: "de", name: "Ola", source: "  nope " }, team);
    expect(said(bad).errors.source).toContain("„nope“ ist keine Google-Tabellen-Adresse");
    const typed = checkProfileInput({ name: "Ola", source: 7 }, team);
    expect(said(typed).errors.source).toContain("source");
  });

  it("marks a linked profile as a team when asked, keeps it so until unticked, and never a kept one", () => {
    const north = checkProfileInput({ name: "North", source: url, team: true }, team);
    expect(north.ok && north.profile).toMatchObject({ source: spreadsheetAddress(id), team: true });
    const stored = north.ok ? north.profiles : [];
    const renamed = checkProfileInput({ id: "p4", name: "North team" }, stored);
    expect(renamed.ok && renamed.profile.team).toBe(true);
    const unticked = checkProfileInput({ id: "p4", team: false }, stored);
    expect(unticked.ok && "team" in unticked.profile).toBe(false);
    const kept = checkProfileInput({ language: "pl", name: "Zespół", team: true }, team);
    expect(said(kept).errors.team).toBe(
      "Zespołem może być tylko połączony profil: wklej adres arkusza zespołu albo odznacz „zespół”.",
    );
    // A bad address says what is wrong with it, not that a team needs one.
    const badAddress = checkProfileInput({ name: "Zespół", source: "nope", team: true }, team);
    expect(said(badAddress).errors).toMatchObject({ source: expect.any(String) });
    expect(said(badAddress).errors).not.toHaveProperty("team");
    const typed = checkProfileInput({ name: "North", source: url, team: "yes" }, team);
    expect(said(typed).errors.team).toContain("team");
    expect(
      parseProfiles([jan, { ...linked, team: true }, { ...jan, id: "p9", team: true }], ana),
    ).toEqual([jan, { ...linked, team: true }]);
  });

  it("keeps a profile's kind, one spreadsheet per profile, and never counts a linked one as kept", () => {
    const both = [...team, linked];
    const kept = checkProfileInput({ id: jan.id, source: url }, both);
    expect(said(kept).errors.source).toContain("stays kept");
    const unlink = checkProfileInput({ id: linked.id, source: " " }, both);
    expect(said(unlink).errors.source).toContain("stays linked");
    const again = checkProfileInput({ name: "Other", source: id }, both);
    expect(said(again).errors.source).toBe("“Ola Lis” is already linked to that spreadsheet.");
    const another = checkProfileInput({ name: "Other", source: `${id.slice(0, 30)}zzzz` }, both);
    expect(another.ok).toBe(true);
    const renamed = checkProfileInput({ id: linked.id, name: "Ola L." }, both);
    expect(renamed.ok && renamed.profile).toMatchObject({ name: "Ola L.", source: linked.source });
    expect(activeProfiles(both).map((p) => p.id)).toEqual(["main", "p2"]);
    expect(teamProfiles(both).map((p) => p.id)).toEqual(["main", "p2", "p4"]);
    expect(profileById(both, "p4").id).toBe("main");
    // The last profile kept here cannot be archived, however many are linked.
    const alone = [ana, linked];
    const archived = checkProfileInput({ id: "main", archived: true }, alone);
    expect(archived.ok).toBe(false);
  });

  it("holds 30 profiles kept here and 100 linked, and refuses the next of each", () => {
    const keptMany = Array.from({ length: 30 }, (_, i) => ({
      ...jan,
      id: `k${i}`,
      name: `K ${i}`,
    }));
    const linkedMany = Array.from({ length: 100 }, (_, i) => ({
      ...linked,
      id: `l${i}`,
      name: `L ${i}`,
      source: spreadsheetAddress(`${id.slice(0, 30)}${String(i).padStart(4, "0")}`),
    }));
    const all = [...keptMany, ...linkedMany];
    expect(parseProfiles([...all, { ...jan, id: "x" }, { ...linked, id: "y" }], ana)).toHaveLength(
      130,
    );
    const oneMoreKept = checkProfileInput({ name: "New" }, all);
    expect(said(oneMoreKept).errors.name).toContain("at most 30 profiles");
    const oneMoreLinked = checkProfileInput({ name: "New", source: `${id.slice(0, 30)}9999` }, all);
    expect(said(oneMoreLinked).errors.source).toContain("at most 100");
    // At the limits, a profile already there is still changed: the limits count new ones only.
    expect(checkProfileInput({ id: "k3", name: "K three" }, all).ok).toBe(true);
    expect(checkProfileInput({ id: "l3", name: "L three" }, all).ok).toBe(true);
    expect(checkProfileInput({ id: "l3", name: "L three", team: true }, all).ok).toBe(true);
    expect(parseProfiles([linked], ana).map((p) => p.id)).toEqual(["main", "p4"]);
    expect(parseProfiles([{ ...linked, source: "nope" }], ana).map((p) => p.id)).toEqual(["main"]);
    expect(parseProfiles([{ ...linked, team: "yes" }], ana).map((p) => p.id)).toEqual(["main"]);
  });
});
