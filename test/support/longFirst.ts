/**
 * Starts the suite's long files first. Vitest orders a clean checkout's files by size, so a short file
 * with a long browser test ran last, alone, on one of the two cores; started first, the short files
 * fill the other core around it. Measured in a clean `npm test` (seconds each, two workers).
 */
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** The files that take longest, longest first (a file not listed runs after them, as vitest orders it). */
export const LONG_FILES = [
  "test/sheets/steps.test.ts",
  "test/preview/preview.browser.test.ts",
  "test/preview/calendar.browser.test.ts",
  "test/ui/sidebar.browser.test.ts",
  "test/sheets/profiles.test.ts",
  "test/preview/restart.test.ts",
  "test/sheets/linkedTeam.test.ts",
  "test/preview/team.browser.test.ts",
  "test/preview/demo.test.ts",
  "test/sheets/personEdits.property.test.ts",
  "test/sheets/twoUsers.test.ts",
];

function rank(spec: TestSpecification): number {
  const at = LONG_FILES.findIndex((file) => spec.moduleId.endsWith(file));
  return at < 0 ? LONG_FILES.length : at;
}

export default class LongFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // A stable sort: the files not listed keep vitest's order among themselves.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}
