/** One message catalog per language, and the one way to fill in a message's placeholders. */
import type { Language } from "../language";
import { de } from "./de";
import { en, type Messages, type Plural } from "./en";
import { es } from "./es";
import { pl } from "./pl";

export type { Messages, Plural };

const CATALOGS: Record<Language, Messages> = { en, es, de, pl };

/** The messages of a language. */
export function messages(language: Language): Messages {
  return CATALOGS[language];
}

/** Fills `{name}` placeholders in a message. */
export function fill(template: string, params: Record<string, string | number> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    key in params ? String(params[key]) : whole,
  );
}

/** Fills the form of a plural message that fits `count` in the language ("1 field", "3 fields", "5 pól"). */
export function fillCount(
  language: Language,
  forms: Plural,
  count: number,
  params: Record<string, string | number> = {},
): string {
  const category = new Intl.PluralRules(language).select(count) as keyof Plural;
  return fill(forms[category] ?? forms.other, { ...params, count });
}
