/** An error whose message is for the user as it stands: already localized, saying what to do. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}

/** The document lock is held by another person's update for longer than an action waits. */
export class BusyError extends UserError {
  constructor(
    message: string,
    /** What to say while the sidebar waits to try again, in the user's language. */
    readonly waiting: string,
  ) {
    super(message);
    this.name = "BusyError";
  }
}
