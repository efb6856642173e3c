/** What arrives from the sidebar is untrusted JSON: the checks every form shares. */
import type { Language } from "./language";
import { type Problem, problem } from "./problem";

/** True for a plain object of fields: not null, not an array, not a value. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A form refused: each field's problem, said in the language the form was filled in. */
export interface Refused {
  ok: false;
  language: Language;
  problems: Record<string, Problem>;
}

/** Refuses a form with its fields' problems, to be said in `language`. */
export function refused(language: Language, problems: Record<string, Problem>): Refused {
  return { ok: false, language, problems };
}

/** Names each field a form sent that it may not send, as unknown, among the form's problems. */
export function unknownFields(
  input: Record<string, unknown>,
  allowed: readonly string[],
  problems: Record<string, Problem>,
): void {
  for (const key of Object.keys(input))
    if (!allowed.includes(key)) problems[key] = problem("errors.unknownField", { value: key });
}

/** A field the sidebar sent in a shape no form sends (a bug or a hand-made request, not a typo). */
export function malformed(field: string): Problem {
  return problem("errors.malformed", { field });
}
