/** What arrives from the sidebar is untrusted JSON: the checks every form shares. */
import { fill, fillCount, messages } from "./i18n";
import type { Language } from "./language";

/** True for a plain object of fields: not null, not an array, not a value. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A form refused: each field's message, and one line asking to fix them. */
export interface Refused {
  ok: false;
  message: string;
  errors: Record<string, string>;
}

/** Refuses a form with its fields' errors, asking in the user's language to fix them ("Fix 2 fields"). */
export function refused(language: Language, errors: Record<string, string>): Refused {
  const count = Object.keys(errors).length;
  return {
    ok: false,
    errors,
    message: fillCount(language, messages(language).errors.fixErrors, count),
  };
}

/** Names each field a form sent that it may not send, as unknown, among the form's errors. */
export function unknownFields(
  input: Record<string, unknown>,
  allowed: readonly string[],
  language: Language,
  errors: Record<string, string>,
): void {
  const m = messages(language).errors;
  for (const key of Object.keys(input))
    if (!allowed.includes(key)) errors[key] = fill(m.unknownField, { value: key });
}
