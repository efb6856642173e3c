/** Target companies in the settings: one per line, repeats and blanks dropped, limits explained. */
import { describe, expect, it } from "vitest";
import { checkSettingsInput, defaultSettings, parseSettings } from "../../src/domain/settings";

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
    if (!first.ok) throw new Error(first.message);
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
    expect(checked.ok ? "" : checked.errors.targetCompanies).toContain(message);
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
    expect(taken.ok ? "" : taken.errors.profileName).toBe(
      "There is already a profile named “ana ruiz”.",
    );
  });
});
