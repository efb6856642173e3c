import { defineConfig } from "vitest/config";
import unit from "./vitest.mutate.config";

/** `npm run mutate:bundle`: the unit tests and every test through the built bundle against the stand-in. */
export default defineConfig({
  test: {
    ...unit.test,
    include: [...(unit.test?.include ?? []), "test/sheets/**/*.test.ts"],
  },
});
