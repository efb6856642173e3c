/** Target companies: one key per company, so "Vantora GmbH", "VANTORA" and "Vántora, Inc." are one. */

/** Legal forms at the end of a name, as words once punctuation is gone ("Sp. z o.o." → "sp z o o"). */
const LEGAL_FORMS = [
  "gmbh",
  "ag",
  "kg",
  "kgaa",
  "ug",
  "ev",
  "e v",
  "se",
  "sa",
  "s a",
  "sl",
  "s l",
  "slu",
  "s l u",
  "sas",
  "s a s",
  "sa de cv",
  "s a de c v",
  "sarl",
  "srl",
  "s r l",
  "spa",
  "s p a",
  "inc",
  "incorporated",
  "llc",
  "l l c",
  "llp",
  "lp",
  "ltd",
  "limited",
  "plc",
  "corp",
  "corporation",
  "co",
  "company",
  "pty",
  "bv",
  "b v",
  "nv",
  "n v",
  "oy",
  "ab",
  "as",
  "a s",
  "aps",
  "sp z o o",
  "spolka z ograniczona odpowiedzialnoscia",
  "sp j",
  "sp k",
  "s c",
].map((form) => form.split(" "));

/** Lower case, no accents (ł and ß too), punctuation as spaces, single spaces. */
export function plainWords(text: string): string[] {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/ł/g, "l")
    .replace(/ß/g, "ss")
    .replace(/ø/g, "o")
    .replace(/æ/g, "ae")
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim()
    .split(" ")
    .filter(Boolean);
}

function endsWith(words: string[], form: string[]): boolean {
  if (form.length >= words.length) return false;
  const tail = words.slice(words.length - form.length);
  return tail.every((w, i) => w === form[i]);
}

/**
 * A company's matching key: case, accents, punctuation, spacing and legal forms ignored, nothing else;
 * legal forms come off the end one after another ("GmbH & Co. KG"), never down to nothing.
 */
export function companyKey(name: string): string {
  const words = plainWords(name);
  let stripped = true;
  while (stripped) {
    stripped = false;
    for (const form of LEGAL_FORMS) {
      if (endsWith(words, form)) {
        words.splice(words.length - form.length, form.length);
        stripped = true;
        break;
      }
    }
  }
  return words.join(" ");
}

/** Looks a company up among the targets by key: whole names only ("Vantora" is not "Vantora Labs"). */
export function targetMatcher(targets: readonly string[]): (company: string) => string | null {
  const byKey = new Map<string, string>();
  for (const target of targets) {
    const key = companyKey(target);
    if (key && !byKey.has(key)) byKey.set(key, target);
  }
  return (company) => byKey.get(companyKey(company)) ?? null;
}
