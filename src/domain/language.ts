/** The languages the add-on speaks, and how a locale maps onto them. */

export const LANGUAGES = ["en", "es", "de", "pl"] as const;
export type Language = (typeof LANGUAGES)[number];

/** True when `value` names one of our languages. */
export function isLanguage(value: unknown): value is Language {
  return typeof value === "string" && (LANGUAGES as readonly string[]).includes(value);
}

/** Our language for a spreadsheet or user locale such as "es_ES" or "de-AT"; English otherwise. */
export function languageOfLocale(locale: string | null | undefined): Language {
  const code = (locale ?? "").slice(0, 2).toLowerCase();
  return isLanguage(code) ? code : "en";
}

/** The decimal separator people write in a language. */
export function decimalSeparator(language: Language): "," | "." {
  return language === "en" ? "." : ",";
}

/** A number as people of a language write it in a sentence: decimal mark, no grouping ("12,5"). */
export function numberInText(value: number, language: Language): string {
  const text = String(value);
  return decimalSeparator(language) === "," ? text.replace(".", ",") : text;
}

/** A figure as a language shows it in a table, grouped ("221,150", "221.150", "221 150"). */
export function groupedNumber(value: number, language: Language): string {
  return new Intl.NumberFormat(language, { maximumFractionDigits: 2 }).format(value);
}

/** A share (0.5) as the language writes a percentage: 50% · 50 % · 50 %; blank for anything else. */
export function shareText(value: unknown, language: Language): string {
  if (typeof value !== "number") return "";
  return new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 0 }).format(
    value,
  );
}
