/** A message with a form per plural category of the language (Intl.PluralRules); `other` always. */
export interface Plural {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}
