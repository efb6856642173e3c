/** Sidebar: the next step of work that spans profiles (a language change, New year…), until it is done. */
import type { WorkAnswer } from "../plan/work";
import { withDocument } from "../sheets/document";
import { BusyError } from "../sheets/errors";
import { continuePending } from "./steps";

/** Sidebar: the next step of work that spans profiles, if any is pending: how far it got. */
export function continueWork(): WorkAnswer {
  try {
    return withDocument((doc) => continuePending(doc));
  } catch (err) {
    // Another person's update holds the lock: the sidebar waits and asks again; nothing is dropped.
    if (err instanceof BusyError)
      return { finished: false, busy: true, done: 0, total: 0, message: err.waiting };
    throw err;
  }
}
