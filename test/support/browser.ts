/** Headless Chromium driving the real sidebar, its server calls bridged to the bundle. */
import { existsSync } from "node:fs";
import sparticuz from "@sparticuz/chromium";
import { type Browser, chromium, type Page } from "playwright-core";
import { withShim } from "../../dev/gasShim";
import type { Addon } from "../../dev/loader";

const SYSTEM = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-headless-shell",
  "/usr/bin/chromium-browser",
];

/**
 * Where Chromium is: CHROMIUM_PATH, else a system Chromium, else the one the npm package
 * `@sparticuz/chromium` ships (unpacked once into the temp folder), so a fresh machine needs only
 * `npm install`.
 */
export async function chromiumPath(): Promise<string> {
  const chosen = process.env.CHROMIUM_PATH;
  if (chosen) {
    if (!existsSync(chosen)) throw new Error(`CHROMIUM_PATH=${chosen}: no such file.`);
    return chosen;
  }
  const system = SYSTEM.find((p) => existsSync(p));
  if (system) return system;
  try {
    return await sparticuz.executablePath();
  } catch (err) {
    throw new Error(
      `No Chromium: none at ${SYSTEM.join(", ")}, and @sparticuz/chromium could not unpack its own (${(err as Error).message}). Run npm install, or set CHROMIUM_PATH.`,
    );
  }
}

/** Launches Chromium headless, quiet on a machine without network; `extra` flags as the bench needs. */
export async function launch(extra: string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: await chromiumPath(),
    args: [
      "--no-sandbox",
      "--disable-dev-shm-usage",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--no-first-run",
      ...extra,
    ],
  });
}
/**
 * Opens the sidebar as the menu shows it, at the sidebar's 300 px, talking to the add-on. With `clock`,
 * the page's timers can be run forward (`page.clock`), so a test need not sit through a wait.
 */
export async function openSidebar(
  browser: Browser,
  addon: Addon,
  handler = "openSidebar",
  { clock = false }: { clock?: boolean } = {},
): Promise<Page & { errors: string[] }> {
  addon.call(handler);
  const shown = addon.standIn.ctx.ui.filter((e) => e.kind === "sidebar").at(-1);
  if (!shown?.html) throw new Error("The sidebar was not shown");
  const page = await browser.newPage({ viewport: { width: 300, height: 900 } });
  const errors: string[] = [];
  page.on("pageerror", (err) => errors.push(err.message));
  (page as Page & { errors: string[] }).errors = errors;
  await page.exposeFunction("__gasCall", (name: string, argsJson: string) =>
    addon.callFromClient(name, JSON.parse(argsJson) as unknown[]),
  );
  if (clock) await page.clock.install();
  await page.setContent(withShim(shown.html));
  return page as Page & { errors: string[] };
}
