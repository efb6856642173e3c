/**
 * Vitest's global setup: finds or unpacks Chromium, and bundles the preview server and its page's script,
 * once, before the files start; makes the folder where the run keeps the demos its previews entered.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { buildPageScript } from "../../dev/preview/pageScript";
import { bundlePreviewServer } from "../../scripts/screenshots";
import { chromiumPath } from "./browser";

export default async function setup(): Promise<() => void> {
  // Unpacking @sparticuz/chromium's binary from two workers at once would hand one of them half a file.
  process.env.CHROMIUM_PATH = await chromiumPath();
  const bundle = await bundlePreviewServer();
  process.env.PREVIEW_SERVER_BUNDLE = bundle;
  // Beside the server's bundle, one per run: each start reads it instead of running esbuild again.
  const page = bundle.replace(/server-(\d+)\.mjs$/, "page-$1.js");
  writeFileSync(page, await buildPageScript());
  process.env.PREVIEW_PAGE_SCRIPT = page;
  // The demos the run's previews enter, kept for the later starts on the same day (startDemo).
  const demos = mkdtempSync(join(tmpdir(), "ssi-demos-"));
  process.env.PREVIEW_DEMOS = demos;
  return () => {
    rmSync(bundle, { force: true });
    rmSync(page, { force: true });
    rmSync(demos, { recursive: true, force: true });
  };
}
