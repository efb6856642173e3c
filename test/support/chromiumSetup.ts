/** Vitest's global setup: finds or unpacks Chromium, and bundles the preview server, once, before the files start. */
import { rmSync } from "node:fs";
import { bundlePreviewServer } from "../../scripts/screenshots";
import { chromiumPath } from "./browser";

export default async function setup(): Promise<() => void> {
  // Unpacking @sparticuz/chromium's binary from two workers at once would hand one of them half a file.
  process.env.CHROMIUM_PATH = await chromiumPath();
  const bundle = await bundlePreviewServer();
  process.env.PREVIEW_SERVER_BUNDLE = bundle;
  return () => rmSync(bundle, { force: true });
}
