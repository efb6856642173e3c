import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * The suite's files that take longest, longest first, started before the others: vitest orders a clean
 * checkout's files by size, so a short file with a long browser test ran last, alone, on one of the two
 * cores. Every file of two seconds or more is listed, so what runs last is short; a file not listed runs
 * after them, in vitest's order.
 */
export const LONG_FILES = [
  "test/sheets/steps.test.ts",
  "test/preview/preview.browser.test.ts",
  "test/preview/calendar.browser.test.ts",
  "test/ui/sidebar.browser.test.ts",
  "test/preview/restart.test.ts",
  "test/sheets/profiles.test.ts",
  "test/preview/team.browser.test.ts",
  "test/preview/grid.browser.test.ts",
  "test/deploy.test.ts",
  "test/preview/demo.test.ts",
  "test/sheets/twoUsers.test.ts",
  "test/sheets/personEdits.property.test.ts",
  "test/sheets/companyKpi.test.ts",
  "test/sheets/linkedTeam.test.ts",
  "test/sheets/personEdits.test.ts",
  "test/ui/creatorImport.browser.test.ts",
  "test/sheets/rebuild.test.ts",
  "test/sheets/quotas.test.ts",
  "test/sheets/exportImport.test.ts",
  "test/sheets/asSheetsShows.test.ts",
  "test/sheets/walkthrough.test.ts",
  "test/sheets/dashboard.test.ts",
  "test/sheets/timeZones.test.ts",
  "test/sheets/ownCells.test.ts",
  "test/sheets/personEditsOtherSheets.test.ts",
  "test/sheets/typedText.test.ts",
  "test/sheets/errors.test.ts",
];

function rank(spec: TestSpecification): number {
  const at = LONG_FILES.findIndex((file) => spec.moduleId.endsWith(file));
  return at < 0 ? LONG_FILES.length : at;
}

class LongFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const sorted = await super.sort(files);
    // A stable sort: the files not listed keep vitest's order among themselves.
    return sorted.sort((a, b) => rank(a) - rank(b));
  }
}

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    // The process runs on a zone none of the tests' spreadsheets use: days must come from the
    // spreadsheet's zone, never from the machine's.
    env: { TZ: "Asia/Kolkata" },
    // Chromium is found or unpacked once, before the browser tests start in parallel.
    globalSetup: ["test/support/chromiumSetup.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A poll waits for what a person would wait for: on a loaded machine a save in the preview can take
    // seconds, and the verdict must not depend on that (a poll that never succeeds still fails).
    expect: { poll: { timeout: 20_000 } },
    fileParallelism: true,
    // A worker runs its files in one module graph: the stand-in, HyperFormula and the catalogs are
    // loaded once per worker, not once per file (a third of the small files' time). Each test still
    // loads the bundle afresh into its own context, so no add-on state crosses files.
    isolate: false,
    sequence: { sequencer: LongFirst },
    // The stand-in makes many short-lived objects (a plan's cells, each write's rows): a larger young
    // generation lets them die young instead of being copied, about a sixth less time in the sheet tests.
    execArgv: ["--max-semi-space-size=128"],
    // Vitest keeps one core free by default: on CI's two cores that runs the files one at a time,
    // while the preview's tests spend most of their time waiting on the server they started.
    maxWorkers: 2,
    reporters: ["default", "junit"],
    outputFile: { junit: "test-results/junit.xml" },
  },
});
