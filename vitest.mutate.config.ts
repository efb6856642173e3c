import { defineConfig } from "vitest/config";

/**
 * `npm run mutate`: the tests that import the pure layers' sources (and the custom functions' bundle
 * test). Quick enough for a whole run; the sheet tests are `npm run mutate:bundle`'s.
 */
export default defineConfig({
  test: {
    include: [
      "test/domain/**/*.test.ts",
      "test/export/**/*.test.ts",
      "test/plan/**/*.test.ts",
      "test/functions/**/*.test.ts",
      "test/scripts/**/*.test.ts",
    ],
    testTimeout: 30_000,
    env: { TZ: "Asia/Kolkata" },
  },
});
