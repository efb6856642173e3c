/** The fingerprints that let a rebuild skip what it wrote last time: short, stable, and changed by any change. */
import { describe, expect, it } from "vitest";
import { fingerprint, lookSignature } from "../../src/plan/fingerprint";
import { grid } from "../../src/plan/sheetPlan";

describe("fingerprint", () => {
  it("is the djb2 hash of a text in base 36", () => {
    expect(fingerprint("")).toBe((5381).toString(36));
    // 5381 × 33 + 97 ("a")
    expect(fingerprint("a")).toBe((5381 * 33 + 97).toString(36));
    expect(fingerprint("ab")).toBe(((5381 * 33 + 97) * 33 + 98).toString(36));
    expect(fingerprint("ab")).not.toBe(fingerprint("ba"));
  });
});

describe("lookSignature", () => {
  const look = () => ({
    validations: grid(2, 2, null),
    backgrounds: grid(2, 2, "#ffffff"),
    fontColors: grid(2, 2, "#000000"),
    fontWeights: grid(2, 2, "normal"),
    fontSizes: grid(2, 2, 10),
    wraps: grid(2, 2, false),
    notes: grid(2, 2, ""),
  });

  it("is the same for the same look and lines, and changes with any part of it", () => {
    const base = lookSignature(look(), "");
    expect(lookSignature(look(), "")).toBe(base);
    expect(lookSignature(look(), "3|")).not.toBe(base);
    const parts: [keyof ReturnType<typeof look>, unknown][] = [
      ["validations", { kind: "atLeast", min: 0, help: "" }],
      ["backgrounds", "#eeeeee"],
      ["fontColors", "#ff0000"],
      ["fontWeights", "bold"],
      ["fontSizes", 12],
      ["wraps", true],
      ["notes", "a note"],
    ];
    for (const [part, value] of parts) {
      const changed = look();
      (changed[part] as unknown[][])[1]![1] = value;
      expect(lookSignature(changed, ""), part).not.toBe(base);
    }
  });
});
