/** The preview page's script: `dev/preview/page.ts` and what it imports, in one file for the browser. */
import { join } from "node:path";
import { BROWSER_BUNDLE } from "../../scripts/browserBundle";

/** Bundles the page's script (esbuild, loaded only when a build is wanted). */
export async function buildPageScript(): Promise<string> {
  const { build } = await import("esbuild");
  const result = await build({
    ...BROWSER_BUNDLE,
    entryPoints: [join(import.meta.dirname, "page.ts")],
  });
  return result.outputFiles[0]?.text ?? "";
}
