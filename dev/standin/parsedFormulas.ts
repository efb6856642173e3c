/**
 * Formulas parsed once per process, by one parser. HyperFormula parses every formula it is given, even one it has
 * parsed before: it reads its characters, makes its key and copies its tree each time, the most of a
 * write's time. The stand-in writes the same formulas into the same cells again and again (every
 * rebuild, every test's new spreadsheet), so a parse is remembered by the formula's text, its cell and
 * the sheets it names; another engine with those sheets under the same numbers reuses it.
 */
import type { HyperFormula } from "hyperformula";

type SheetResolver = (name: string) => number | undefined;

interface FormulaParser {
  resolveSheetReference: SheetResolver;
  performSelfAnalysis(): void;
}

interface Parser {
  cache: unknown;
  resolveSheetReference: SheetResolver;
  lexerConfig: unknown;
  lexer: unknown;
  formulaParser: FormulaParser;
  parse(text: string, at: { sheet: number; row: number; col: number }): unknown;
}

/**
 * The first engine's grammar (its tokens, lexer and parser), which every later engine uses: making an
 * engine's parser analyses the whole formula grammar (chevrotain's performSelfAnalysis, most of the
 * time of a new engine, and the stand-in makes one for every spreadsheet a test opens). Every engine is
 * made with the same settings (`ENGINE` in workbook.ts), so the grammars are the same; the parser keeps
 * nothing between two parses but the sheet names it resolves, which each parse sets.
 */
let grammar: Pick<Parser, "lexerConfig" | "lexer" | "formulaParser"> | undefined;
/** While true, a new engine's parser skips its analysis: it is never used, the shared one is. */
let analysing = true;
/** Whether the shared parser is inside a parse (one never starts another: checked, not assumed). */
let parsing = false;

/** Makes an engine (`build`), its parser's grammar not analysed again once one engine has it. */
export function withSharedGrammar(build: () => HyperFormula): HyperFormula {
  if (!grammar) return build();
  analysing = false;
  try {
    return build();
  } finally {
    analysing = true;
  }
}

/** Keeps the first engine's grammar, and teaches its parser's class to skip the analysis when told. */
function keepGrammar(parser: Parser): void {
  const { lexerConfig, lexer, formulaParser } = parser;
  grammar = { lexerConfig, lexer, formulaParser };
  const analyse = formulaParser.performSelfAnalysis;
  const ownClass = Object.getPrototypeOf(formulaParser) as FormulaParser;
  ownClass.performSelfAnalysis = function (this: FormulaParser) {
    if (analysing) analyse.call(this);
  };
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
  if (!grammar) keepGrammar(parser);
  else Object.assign(parser, grammar);
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
  const parse = parser.parse.bind(parser);
  parser.parse = (text, at) => {
    const key = `${at.sheet}:${at.row}:${at.col}:${text}`;
    const known = remembered.get(key);
    // Looking the names up again registers them with this engine, as the parse would have.
    const same = known?.find((p) => p.names.every((n, i) => resolve(n) === p.ids[i]));
    if (same) return same.result;
    if (parsing)
      throw new Error("The stand-in's shared formula parser was asked to parse inside a parse.");
    heard = { names: [], ids: [] };
    parsing = true;
    // The shared parser resolves this engine's sheet names.
    parser.formulaParser.resolveSheetReference = listening;
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
      parsing = false;
    }
  };
}
