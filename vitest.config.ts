import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    fileParallelism: true,
    reporters: ["default", "junit"],
    outputFile: { junit: "test-results/junit.xml" },
  },
});
