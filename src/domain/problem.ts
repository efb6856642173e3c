/**
 * What is wrong with an input, as data: a message of the catalogs by its place, and the values it names.
 * The domain says what is wrong; each surface (the sidebar, a server answer, a cell's validation) says it
 * in the person's language with `render`.
 */
import type { Messages, Plural } from "./i18n/en";

/** The dotted places of a catalog's texts and plural messages ("errors.notNumber"); lists are not messages. */
type Places<T, Prefix extends string = ""> = {
  [K in keyof T & string]: T[K] extends string | Plural
    ? `${Prefix}${K}`
    : T[K] extends readonly unknown[]
      ? never
      : T[K] extends object
        ? Places<T[K], `${Prefix}${K}.`>
        : never;
}[keyof T & string];

/** A message of the catalogs by its place: the same in every language. */
export type MessageKey = Places<Messages>;

/** A value a message names: as it is, or texts of the catalog listed in the person's language. */
export type ProblemParam = string | number | { texts: readonly MessageKey[] };

/** One thing wrong, as data; a second sentence may follow it (the decimal comma's hint). */
export interface Problem {
  key: MessageKey;
  params?: Record<string, ProblemParam>;
  hint?: Problem;
}

/** A problem named by its message and the values it names. */
export function problem(key: MessageKey, params?: Record<string, ProblemParam>): Problem {
  return params ? { key, params } : { key };
}
