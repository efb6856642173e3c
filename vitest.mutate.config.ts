import { defineConfig } from "vitest/config";

/** `npm run mutate`: every test that runs the pure layers (directly or through the bundle), no browser. */
export default defineConfig({
  test: {
    include: [
      "test/domain/**/*.test.ts",
      "test/export/**/*.test.ts",
      "test/plan/**/*.test.ts",
      "test/functions/**/*.test.ts",
      "test/sheets/**/*.test.ts",
    ],
    testTimeout: 30_000,
    env: { TZ: "Asia/Kolkata" },
  },
});
