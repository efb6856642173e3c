/** An error whose message is for the user as it stands: already localized, saying what to do. */
export class UserError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "UserError";
  }
}
