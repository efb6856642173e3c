/** The preview at the calendar's edges: New Year's first minutes, a leap day, New Year's Eve late at night. */
import { describe } from "vitest";
import { onPinnedDay } from "../support/pinnedDay";
import { DAYS, previewDir, sharedBrowser } from "../support/preview";

const dir = previewDir();
const browser = sharedBrowser();

describe.each(DAYS.slice(1))("the local preview on $today ($zone)", (d) => {
  onPinnedDay(d, browser, dir);
});
