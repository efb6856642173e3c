/**
 * How code we ship to a browser is bundled: the sidebar (`build.ts`), and what must run as the sidebar
 * does, the preview page and the export reader in the benchmarks.
 */
import type { BuildOptions } from "esbuild";

/** esbuild's options for one minified script, kept in memory. */
export const BROWSER_BUNDLE = {
  bundle: true,
  format: "iife",
  platform: "browser",
  target: "es2020",
  minify: true,
  write: false,
} as const satisfies BuildOptions;
