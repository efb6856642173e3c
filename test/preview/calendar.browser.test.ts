/** The preview at the calendar's edges: New Year's first minutes, a leap day, New Year's Eve late at night. */
import { describe } from "vitest";
import { onPinnedDay } from "../support/pinnedDay";
import { DAYS, previewDir, sharedBrowser } from "../support/preview";

const dir = previewDir();
const browser = sharedBrowser();

// The demo's team runs on New Year's first minutes, where its months cross into a new year; the leap
// day and New Year's Eve check the month's save and the import, whose dates they test.
describe.each(DAYS.slice(1))("the local preview on $today ($zone)", (d) => {
  onPinnedDay(d, browser, dir, { team: d.today.startsWith("2027-01-01") });
});
