/** The preview at the calendar's edges: New Year's first minutes, a leap day, New Year's Eve late at night. */
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe } from "vitest";
import { launch } from "../support/browser";
import { onPinnedDay } from "../support/pinnedDay";
import { DAYS, previewDir } from "../support/preview";

const dir = previewDir();
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(DAYS.slice(1))("the local preview on $today ($zone)", (d) => {
  onPinnedDay(d, () => browser, dir);
});
