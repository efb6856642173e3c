/** Vitest's global setup: finds or unpacks Chromium once, before the test files start in parallel. */
import { chromiumPath } from "./browser";

/** Unpacking @sparticuz/chromium's binary from two workers at once would hand one of them half a file. */
export default async function setup(): Promise<void> {
  process.env.CHROMIUM_PATH = await chromiumPath();
}
