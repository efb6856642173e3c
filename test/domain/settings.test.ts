/** Target companies in the settings: one per line, repeats and blanks dropped, limits explained. */
import { describe, expect, it } from "vitest";
import { periodLabel } from "../../src/domain/labels";
import { checkProfileInput } from "../../src/domain/profiles";
import {
  checkSettingsInput,
  defaultSettings,
  isBefore,
  nextPeriod,
  parseSettings,
  periodOf,
} from "../../src/domain/settings";
import { said } from "../support/said";

const previous = defaultSettings("en", "2026-11-23");
const today = () => "2026-11-23";

describe("target companies", () => {
  it("takes one per line, drops blank lines and second spellings of the same company", () => {
    const checked = checkSettingsInput(
      { targetCompanies: "Vantora GmbH\n\n  Kestrel   AG \nVANTORA\r\nNubia, S.L." },
      previous,
      today,
    );
    expect(checked.ok && checked.value.targetCompanies).toEqual([
      "Vantora GmbH",
      "Kestrel AG",
      "Nubia, S.L.",
    ]);
  });

  it("keeps them across a save of other settings, and reads them back from storage", () => {
    const first = checkSettingsInput({ targetCompanies: ["Vantora"] }, previous, today);
    if (!first.ok) throw new Error(said(first).message);
    const second = checkSettingsInput({ profileName: "Ana" }, first.value, today);
    expect(second.ok && second.value.targetCompanies).toEqual(["Vantora"]);
    expect(parseSettings(JSON.stringify(first.value), previous).targetCompanies).toEqual([
      "Vantora",
    ]);
  });

  it.each([
    [
      { targetCompanies: `${"x".repeat(101)}` },
      "has 101 characters. Keep each company name to 100 or fewer.",
    ],
    [
      { targetCompanies: Array.from({ length: 201 }, (_, i) => `Company ${i}`).join("\n") },
      "201 target companies: keep the list to 200 at most.",
    ],
    [{ targetCompanies: 42 }, "targetCompanies"],
  ])("refuses %#, saying why", (input, message) => {
    const checked = checkSettingsInput(input, previous, today);
    expect(checked.ok).toBe(false);
    expect(said(checked).errors.targetCompanies).toContain(message);
  });
});

describe("the profile fields", () => {
  it("rename the profile asked for, never to another profile's name", () => {
    const two = {
      ...previous,
      profiles: [
        { ...previous.profiles[0]!, name: "Ana Ruiz" },
        { id: "p2", name: "Jan Kowalski", url: "", totalTarget: 70, archived: false },
      ],
    };
    const renamed = checkSettingsInput(
      { profile: "p2", profileName: "Jan K.", totalTarget: 75 },
      two,
      today,
    );
    expect(renamed.ok && renamed.value.profiles[1]).toMatchObject({
      name: "Jan K.",
      totalTarget: 75,
    });
    expect(renamed.ok && renamed.value.profiles[0]?.name).toBe("Ana Ruiz");
    const taken = checkSettingsInput({ profile: "p2", profileName: "ana ruiz" }, two, today);
    expect(said(taken).errors.profileName).toBe("There is already a profile named “ana ruiz”.");
  });
});

describe("checkSettingsInput: each field checked, in the user's language", () => {
  const errorsOf = (input: unknown) => {
    const result = checkSettingsInput(input, previous, today);
    return said(result).errors;
  };
  const saved = (input: Record<string, unknown>) => {
    const result = checkSettingsInput(input, previous, today);
    if (!result.ok) throw new Error(JSON.stringify(said(result).errors));
    return result.value;
  };

  it("says what it could not read, and which field it does not know", () => {
    expect(errorsOf(null)).toEqual({
      form: "The sidebar sent something the add-on cannot read (settings). Reload the sidebar and try again.",
    });
    expect(errorsOf([])).toHaveProperty("form");
    expect(errorsOf({ language: "fr" })).toEqual({
      language: "“fr” is not one of the add-on's languages: English, Español, Deutsch or Polski.",
    });
    expect(errorsOf({ colour: "red" })).toEqual({
      colour: "“colour” is not a field of this form.",
    });
    expect(Object.keys(errorsOf({ profile: "nobody" }))).toEqual(["profile"]);
  });

  it("takes the SSI target as the language writes it, and says why it does not", () => {
    expect(saved({ totalTarget: 85 }).profiles[0]?.totalTarget).toBe(85);
    expect(saved({ totalTarget: " 82.5 " }).profiles[0]?.totalTarget).toBe(82.5);
    expect(saved({ language: "es", totalTarget: "82,5" }).profiles[0]?.totalTarget).toBe(82.5);
    expect(saved({ totalTarget: "100" }).profiles[0]?.totalTarget).toBe(100);
    expect(errorsOf({ totalTarget: "82,5" })).toEqual({
      totalTarget:
        "The SSI total target must be between 1 and 100. In English a comma separates thousands; write decimals with a point, e.g. 82.5.",
    });
    expect(errorsOf({ totalTarget: "eighty" })).toEqual({
      totalTarget: "“eighty” is not a number. Type digits, e.g. 21.16 or 21,16.",
    });
    expect(errorsOf({ totalTarget: true })).toEqual({
      totalTarget: "The SSI total target must be between 1 and 100.",
    });
    expect(Object.keys(errorsOf({ totalTarget: 101 }))).toEqual(["totalTarget"]);
    expect(Object.keys(errorsOf({ totalTarget: "0.5" }))).toEqual(["totalTarget"]);
    expect(Object.keys(errorsOf({ language: "de", totalTarget: "82.5" }))).toEqual(["totalTarget"]);
  });

  it("moves to another year's month: this month now, December of a past year, January of a future one", () => {
    expect(saved({ year: 2026 }).current).toEqual({ year: 2026, month: 11 });
    expect(saved({ year: 2025 }).current).toEqual({ year: 2025, month: 12 });
    expect(saved({ year: 2027 }).current).toEqual({ year: 2027, month: 1 });
    expect(saved({ year: 2000 }).current.year).toBe(2000);
    expect(saved({ year: 2100 }).current.year).toBe(2100);
    for (const year of [1999, 2101, 2026.5, "2026"])
      expect(errorsOf({ year }), String(year)).toEqual({
        year: `Year ${year} is outside 2000–2100.`,
      });
  });

  it("takes a profile name of up to 60 characters, tidied, by the same rule as Settings → Profiles", () => {
    expect(
      saved({ profileName: `  ${"A".repeat(30)}   ${"B".repeat(29)}  ` }).profiles[0]?.name,
    ).toBe(`${"A".repeat(30)} ${"B".repeat(29)}`);
    expect(errorsOf({ profileName: ` ${"A".repeat(61)} ` })).toEqual({
      profileName: "The name has 61 characters. Keep it to 60 or fewer.",
    });
    const profiles = checkProfileInput({ name: "A".repeat(61) }, []);
    expect(said(profiles).errors.name).toBe(errorsOf({ profileName: "A".repeat(61) }).profileName);
    expect(errorsOf({ profileName: 7 })).toEqual({
      profileName:
        "The sidebar sent something the add-on cannot read (profileName). Reload the sidebar and try again.",
    });
  });

  it("switches carrying forward on and off, and nothing else", () => {
    expect(saved({ carryForward: false }).carryForward).toBe(false);
    expect(saved({}).carryForward).toBe(true);
    expect(errorsOf({ carryForward: "no" })).toEqual({
      carryForward: "Carry-forward must be switched on or off.",
    });
  });

  it("names a target company that is too long by its first 40 characters", () => {
    const long = `Vantora ${"x".repeat(95)}`;
    expect(errorsOf({ targetCompanies: long }).targetCompanies).toContain(`${long.slice(0, 40)}…`);
    expect(saved({ targetCompanies: `Vantora ${"x".repeat(92)}` }).targetCompanies).toHaveLength(1);
    expect(errorsOf({ targetCompanies: [1, 2] })).toHaveProperty("targetCompanies");
  });
});

describe("stored settings", () => {
  it("keeps the defaults for what is missing, malformed or not JSON", () => {
    expect(parseSettings(null, previous)).toBe(previous);
    expect(parseSettings("{", previous)).toBe(previous);
    expect(parseSettings("null", previous)).toBe(previous);
    expect(parseSettings("7", previous)).toBe(previous);
    const read = parseSettings(
      JSON.stringify({ current: { year: 2026, month: 13 }, totalTarget: 120, carryForward: "yes" }),
      previous,
    );
    expect(read.current).toEqual(previous.current);
    expect(read.profiles[0]?.totalTarget).toBe(80);
    expect(read.profiles[0]?.name).toBe("");
    expect(read.carryForward).toBe(true);
  });

  it("reads settings saved before profiles: one person's name and target become the main profile", () => {
    const read = parseSettings(
      JSON.stringify({ profileName: "Ana", totalTarget: 100, current: { year: 2000, month: 1 } }),
      previous,
    );
    expect(read.profiles).toEqual([
      { id: "main", name: "Ana", url: "", totalTarget: 100, archived: false },
    ]);
    expect(read.current).toEqual({ year: 2000, month: 1 });
    expect(
      parseSettings(JSON.stringify({ totalTarget: 0 }), previous).profiles[0]?.totalTarget,
    ).toBe(80);
  });

  it("start in the spreadsheet's language and month, carrying stocks forward, with no targets", () => {
    expect(defaultSettings("pl_PL", "2026-03-05")).toMatchObject({
      language: "pl",
      profiles: [{ id: "main", name: "" }],
      carryForward: true,
      targetCompanies: [],
      current: { year: 2026, month: 3 },
    });
  });
});

describe("periods", () => {
  it("steps to the next month across a year's end, orders months, and names them", () => {
    expect(nextPeriod({ year: 2026, month: 11 })).toEqual({ year: 2026, month: 12 });
    expect(nextPeriod({ year: 2026, month: 12 })).toEqual({ year: 2027, month: 1 });
    expect(isBefore({ year: 2025, month: 12 }, { year: 2026, month: 1 })).toBe(true);
    expect(isBefore({ year: 2026, month: 1 }, { year: 2026, month: 1 })).toBe(false);
    expect(isBefore({ year: 2026, month: 2 }, { year: 2025, month: 3 })).toBe(false);
    expect(periodOf("2026-11-23")).toEqual({ year: 2026, month: 11 });
    expect(periodLabel({ year: 2026, month: 11 }, "es")).toBe("noviembre 2026");
    expect(periodLabel({ year: 2026, month: 1 }, "en")).toBe("January 2026");
  });
});

describe("the month worked on", () => {
  it("stays as stored when a save keeps the year, and moves to the year's month to work on when the year changes", () => {
    const march = { ...previous, current: { year: 2026, month: 3 } };
    const kept = checkSettingsInput({ carryForward: false }, march, today);
    expect(kept.ok && kept.value.current).toEqual({ year: 2026, month: 3 });
    const past = checkSettingsInput({ year: 2025 }, march, today);
    expect(past.ok && past.value.current).toEqual({ year: 2025, month: 12 });
  });
});
