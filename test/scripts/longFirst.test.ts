/** The suite's long files start first: each one listed is still there under that name. */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { LONG_FILES } from "../../vitest.config";

describe("the long files started first", () => {
  it("are files of the suite, each listed once", () => {
    for (const file of LONG_FILES) expect(existsSync(file), file).toBe(true);
    expect(new Set(LONG_FILES).size).toBe(LONG_FILES.length);
  });
});
