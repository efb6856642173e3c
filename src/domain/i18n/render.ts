/** Says a problem in a language: the one way the domain's problems become text, on every surface. */
import type { Refused } from "../input";
import type { Language } from "../language";
import { type Problem, type ProblemParam, problem } from "../problem";
import type { Plural } from "./en";
import { fill, fillCount, messages } from "./index";

/** The text of a catalog's message by its place. */
function textAt(language: Language, key: string): string | Plural {
  let at: unknown = messages(language);
  for (const part of key.split(".")) at = (at as Record<string, unknown>)[part];
  if (typeof at === "string" || (typeof at === "object" && at !== null && "other" in at))
    return at as string | Plural;
  throw new Error(`No message at ${key}`);
}

function paramText(language: Language, param: ProblemParam): string | number {
  if (typeof param !== "object") return param;
  return param.texts.map((key) => textAt(language, key)).join(", ");
}

/** A problem in the person's language, its hint after it; a plural message takes its `count`. */
export function render(language: Language, problem: Problem): string {
  const params: Record<string, string | number> = {};
  for (const [name, param] of Object.entries(problem.params ?? {}))
    params[name] = paramText(language, param);
  const text = textAt(language, problem.key);
  const said =
    typeof text === "string"
      ? fill(text, params)
      : fillCount(language, text, Number(params.count ?? 0), params);
  return problem.hint ? `${said} ${render(language, problem.hint)}` : said;
}

/** Each field's problem in the person's language. */
export function renderAll(
  language: Language,
  problems: Record<string, Problem>,
): Record<string, string> {
  return Object.fromEntries(Object.entries(problems).map(([k, p]) => [k, render(language, p)]));
}

/** A request refused for one reason, as the sidebar shows it. */
export function refusal(language: Language, problem: Problem): { ok: false; message: string } {
  return { ok: false, message: render(language, problem) };
}

/** A refused form as the sidebar shows it: each field's message, and one line asking to fix them ("Fix 2 fields"). */
export function renderRefused(refused: Refused): {
  ok: false;
  message: string;
  errors: Record<string, string>;
} {
  const { language, problems } = refused;
  const count = Object.keys(problems).length;
  return {
    ok: false,
    errors: renderAll(language, problems),
    message: render(language, problem("errors.fixErrors", { count })),
  };
}
