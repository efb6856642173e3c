/** What arrives from the sidebar is untrusted JSON: the one test that it is an object of fields. */

/** True for a plain object of fields: not null, not an array, not a value. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
