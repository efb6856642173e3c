/**
 * Formulas parsed once per process. HyperFormula parses every formula it is given, even one it has
 * parsed before: it reads its characters, makes its key and copies its tree each time, the most of a
 * write's time. The stand-in writes the same formulas into the same cells again and again (every
 * rebuild, every test's new spreadsheet), so a parse is remembered by the formula's text, its cell and
 * the sheets it names; another engine with those sheets under the same numbers reuses it.
 */
import type { HyperFormula } from "hyperformula";

type SheetResolver = (name: string) => number | undefined;

interface Parser {
  cache: unknown;
  resolveSheetReference: SheetResolver;
  formulaParser: { resolveSheetReference: SheetResolver };
  parse(text: string, at: { sheet: number; row: number; col: number }): unknown;
}

interface Parsed {
  /** The sheet names the parse looked up, and the numbers they had: a reuse needs the same. */
  names: string[];
  ids: (number | undefined)[];
  result: unknown;
}

/** Beyond this many remembered parses the memory is emptied (a worker lives through many files). */
const LIMIT = 200_000;
let remembered = new Map<string, Parsed[]>();
let count = 0;
/** HyperFormula's own cache of parsed trees, shared by every engine of the process. */
let trees: unknown;

/** Makes an engine's parser reuse what any engine of the process parsed. */
export function shareParses(hf: HyperFormula): void {
  const parser = (hf as unknown as { _parser: Parser })._parser;
  trees ??= parser.cache;
  parser.cache = trees;
  const resolve = parser.resolveSheetReference;
  // The names a parse looks up, as it looks them up: they are what its tree depends on.
  let heard: { names: string[]; ids: (number | undefined)[] } | null = null;
  const listening: SheetResolver = (name) => {
    const id = resolve(name);
    if (heard && !heard.names.includes(name)) {
      heard.names.push(name);
      heard.ids.push(id);
    }
    return id;
  };
  parser.resolveSheetReference = listening;
  parser.formulaParser.resolveSheetReference = listening;
  const parse = parser.parse.bind(parser);
  parser.parse = (text, at) => {
    const key = `${at.sheet}:${at.row}:${at.col}:${text}`;
    const known = remembered.get(key);
    // Looking the names up again registers them with this engine, as the parse would have.
    const same = known?.find((p) => p.names.every((n, i) => resolve(n) === p.ids[i]));
    if (same) return same.result;
    heard = { names: [], ids: [] };
    try {
      const result = parse(text, at);
      if (count >= LIMIT) {
        remembered = new Map();
        count = 0;
      }
      const entry: Parsed = { ...heard, result };
      remembered.set(key, known ? [...known, entry] : [entry]);
      count++;
      return result;
    } finally {
      heard = null;
    }
  };
}
