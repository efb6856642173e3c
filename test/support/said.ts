/** What a domain check's refusal says on the sidebar: the surface's renderer over its problems. */
import { render, renderRefused } from "../../src/domain/i18n/render";
import type { Refused } from "../../src/domain/input";
import type { Language } from "../../src/domain/language";
import type { Problem } from "../../src/domain/problem";

/** A form's refusal as the sidebar shows it (nothing when the form passed). */
export function said(checked: { ok: true } | Refused | { ok: boolean }): {
  ok: boolean;
  message: string;
  errors: Record<string, string>;
} {
  if (checked.ok || !("problems" in checked)) return { ok: checked.ok, message: "", errors: {} };
  const { message, errors } = renderRefused(checked as Refused);
  return { ok: false, message, errors };
}

/** One value's or request's problem in a language ("" when there is none). */
export function saidIn(language: Language, checked: { ok: boolean; problem?: Problem }): string {
  return !checked.ok && checked.problem ? render(language, checked.problem) : "";
}
