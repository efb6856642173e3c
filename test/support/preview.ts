/** What the preview's browser tests share: the days they pin, a browser, the demo of a day, and the JSON API. */
import { copyFileSync, existsSync, mkdtempSync, renameSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll } from "vitest";
import type { LocalDay } from "../../dev/preview/calendar";
import { startPreview } from "../../scripts/screenshots";
import { messages } from "../../src/domain/i18n";
import { launch } from "./browser";

/**
 * The days the preview is pinned to: the one the figures below were worked out on, and the calendar's
 * edges, each on the spreadsheet's own wall clock (the machine's zone is another one).
 */
export const DAYS = [
  { today: "2026-11-23T10:00", zone: "Europe/Warsaw" },
  { today: "2027-01-01T00:05", zone: "Europe/Warsaw" },
  { today: "2028-02-29T12:00", zone: "Pacific/Auckland" },
  { today: "2026-12-31T23:30", zone: "America/Los_Angeles" },
].map((d) => {
  const [year, month, day] = d.today.slice(0, 10).split("-").map(Number) as number[];
  return { ...d, local: { year, month, day } as LocalDay };
});
/** The month names the English sidebar and sheets show. */
export const MONTHS = messages("en").monthsLong;
export const SHORT = messages("en").months;
/** The letter of a month's column on a dashboard (E is January). */
export const monthColumn = (month: number) => String.fromCharCode(68 + month);
export const pin = (d: (typeof DAYS)[number]) => ["--today", d.today, "--tz", d.zone];

export type PinnedDay = (typeof DAYS)[number];

/**
 * Starts the preview on the demo of a pinned day. Entering the demo (a manager and three sellers, eleven
 * months each) is some ten seconds of a server's work: the run's first start on a day enters it
 * (`--reset`) and keeps the state file the server writes as it starts; a later start on that day opens a
 * copy, as a restart does (restart.test.ts checks a restart shows what the demo showed).
 */
export async function startDemo(d: PinnedDay, statePath: string) {
  const folder = process.env.PREVIEW_DEMOS;
  const kept = folder ? join(folder, `${d.today}-${d.zone.replaceAll("/", "-")}.json`) : null;
  if (kept && existsSync(kept)) {
    copyFileSync(kept, statePath);
    return startPreview(pin(d), statePath);
  }
  const started = await startPreview(["--reset", ...pin(d)], statePath);
  if (kept) {
    // Whole or not at all: a start reading it meanwhile never sees half a file.
    const part = `${kept}.${process.pid}`;
    copyFileSync(statePath, part);
    renameSync(part, kept);
  }
  return started;
}

/** A folder for the tests' state files. */
export const previewDir = () => mkdtempSync(join(tmpdir(), "ssi-preview-"));

/** Calls a function of the add-on through the preview's JSON API. */
export async function api(url: string, fn: string, args: unknown[] = []) {
  const res = await fetch(`${url}api/call`, { method: "POST", body: JSON.stringify({ fn, args }) });
  return (await res.json()) as {
    result: unknown;
    error: string | null;
    writes?: { sheet: string; a1: string; what: string }[];
  };
}

/**
 * Waits until the page shows the sheet the add-on made active: after a sidebar call the page fetches the
 * state again and follows a new active sheet, which would undo a tab clicked in between.
 */
export async function settled(page: import("playwright-core").Page, url: string): Promise<void> {
  const state = (await (await fetch(`${url}api/state`)).json()) as { active: string };
  await page
    .locator(`nav#tabs button[aria-selected="true"]`, { hasText: state.active })
    .first()
    .waitFor();
}

/** Opens one headless Chromium for a test file and closes it after; the getter gives the open one. */
export function sharedBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser) throw new Error("The browser is not open yet.");
    return browser;
  };
}
