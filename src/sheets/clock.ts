/** The one place the add-on reads the clock: Apps Script's `new Date()`, which the stand-in pins. */

/** This moment, for "today", the import log's time and a removed metric's copy. */
export function now(): Date {
  return new Date();
}
