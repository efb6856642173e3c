/** The stand-in's spreadsheet state: plain data for persistence, with HyperFormula computing formulas. */
import {
  ArraySize,
  CellError,
  DetailedCellError,
  EmptyValue,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";
import { type Area, parseA1, quoteSheet, splitSheet, toA1 } from "./a1";
import { dateToSerial, formatLocalized, isDateFormat, serialToDate } from "./format";
import {
  cellOfKey,
  type GridEdit,
  inheritedStyles,
  movedArea,
  movedCells,
  movedFrozen,
  movedLine,
  movedLines,
} from "./gridEdits";
import {
  asImporter,
  countedOnce,
  type Drive,
  editsSeenBy,
  type ImportSource,
  importsChanged,
  importsVersion,
  spreadsheetUrl,
} from "./importRange";
import { shareParses, withSharedGrammar } from "./parsedFormulas";
import type { RichTextData } from "./richText";

export type Raw = string | number | boolean | null;

export interface ValidationData {
  criteria: string;
  args: unknown[];
  allowInvalid: boolean;
  helpText: string;
}

export interface CellStyle {
  nf?: string;
  bg?: string;
  color?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  align?: string;
  /**
   * Set wrapping: true is WRAP, false an explicit OVERFLOW, "clip" CLIP. Absent, a cell has Sheets'
   * default: OVERFLOW as its strategy, yet `getWrap()` answers true (only an explicit OVERFLOW is false).
   */
  wrap?: boolean | "clip";
  note?: string;
  validation?: ValidationData;
  /** Links inside the cell's text (a RichTextValue); a value written over the cell drops them. */
  rich?: RichTextData;
}

export interface CfRuleData {
  formula: string;
  background: string | null;
  fontColor: string | null;
  bold: boolean | null;
  ranges: { sheetId: number; area: Area }[];
}

export interface ChartData {
  id: number;
  type: string;
  ranges: { sheetId: number; area: Area }[];
  position: { row: number; col: number; offsetX: number; offsetY: number };
  options: Record<string, unknown>;
  numHeaders: number;
  /** Rows are series (setTransposeRowsAndColumns). */
  transpose?: boolean;
}

export interface ProtectionData {
  kind: "SHEET" | "RANGE";
  area: Area | null;
  description: string;
  warningOnly: boolean;
  unprotected: Area[];
}

export interface SheetState {
  id: number;
  name: string;
  maxRows: number;
  maxCols: number;
  contents: Record<string, Raw>;
  styles: Record<string, CellStyle>;
  frozenRows: number;
  frozenCols: number;
  colWidths: Record<string, number>;
  hiddenRows: number[];
  hiddenCols: number[];
  /** Hidden from the tab bar (Sheet.hideSheet); absent in states saved before. */
  hidden?: boolean;
  merges: Area[];
  cfRules: CfRuleData[];
  charts: ChartData[];
  protections: ProtectionData[];
}

export interface WorkbookState {
  name: string;
  locale: string;
  timeZone: string;
  sheets: SheetState[];
  activeSheetId: number;
  namedRanges: { name: string; sheetId: number; area: Area }[];
  properties: { document: Record<string, string>; user: Record<string, string> };
  nextId: number;
  /** The spreadsheet's id (its URL's part); given when it joins a drive. */
  id?: string;
  /** Spreadsheets a person allowed this one to import from (the Allow access click), by id. */
  importsFrom?: string[];
  /** Not shared with the people who import from it: their IMPORTRANGE cannot read it. */
  unshared?: boolean;
}

/** Custom functions (=SSI_GAP() …) that formulas in the stand-in may call, by name. */
export type CustomFunctions = Record<string, (...args: unknown[]) => unknown>;

// The same "row,col" string for a cell every time: a key seen before is already hashed, so the
// stand-in's many per-cell lookups over large ranges stay cheap.
const keys: string[][] = [];

/** A formula as the engine's parser gives it: its tree, its references (relative to its cell), its errors. */
interface ParsedTree {
  ast: unknown;
  dependencies: unknown[];
  errors: unknown[];
}

/**
 * The engine's own parts that calculate a formula at a cell without writing it there (what its public
 * `calculateFormula` does at A1): its parsers, its evaluator and the conversion of a result to a value.
 */
interface EngineInternals {
  _cellContentParser: { parse(text: string): { formula?: unknown } };
  _parser: { parse(formula: string, at: CellAt): ParsedTree };
  evaluator: { runAndForget(ast: unknown, at: CellAt, dependencies: unknown[]): unknown };
  _exporter: { exportScalarOrRange(value: unknown): unknown };
}
type CellAt = { sheet: number; row: number; col: number };

// Sheets' undo is the person's, not the script's: the engine keeps no undo stack, which would
// otherwise copy what every write replaces and scan it again on the next one.
const ENGINE = { licenseKey: "gpl-v3", maxRows: 50_000, undoLimit: 0 };

/**
 * The keys of a sheet's formula cells, by its contents object, and of those that may name another sheet
 * (a reference to one always has a "!"): a rename or an inserted line looks at those only.
 */
const formulaKeys = new WeakMap<Record<string, Raw>, { all: string[]; crossSheet: string[] }>();
const isFormula = (raw: Raw | undefined): raw is string =>
  typeof raw === "string" && raw.charCodeAt(0) === 61;
function formulasOf(contents: Record<string, Raw>): { all: string[]; crossSheet: string[] } {
  let found = formulaKeys.get(contents);
  if (!found) {
    found = { all: [], crossSheet: [] };
    for (const k in contents) {
      const raw = contents[k];
      if (!isFormula(raw)) continue;
      found.all.push(k);
      if (raw.includes("!")) found.crossSheet.push(k);
    }
    formulaKeys.set(contents, found);
  }
  return found;
}
/**
 * A style with one field set, made once per style, field and value and then shared: a plan that sets
 * the same look (or the same validation rule) on a thousand cells makes one object, not a thousand
 * copies. Never changed in place. A style made for an object (a rule) is kept only while that object
 * lives, so a test's rules do not outlive it in a worker that runs many files; a long text (a note) is
 * copied, not kept.
 */
interface Derived {
  plain: Map<string, Map<unknown, CellStyle>>;
  objects: Map<string, WeakMap<object, CellStyle>>;
  without: Map<string, CellStyle>;
}
const stylesWith = new WeakMap<CellStyle, Derived>();
const NO_STYLE: CellStyle = {};

/** The styles made from `base` so far. */
function derivedOf(base: CellStyle): Derived {
  let derived = stylesWith.get(base);
  if (!derived) {
    derived = { plain: new Map(), objects: new Map(), without: new Map() };
    stylesWith.set(base, derived);
  }
  return derived;
}

/** A copy with one field set; copied, then set: a literal with a computed key after a spread is made slow. */
function copiedWith<K extends keyof CellStyle>(
  base: CellStyle,
  name: K,
  value: CellStyle[K],
): CellStyle {
  const next = { ...base };
  next[name] = value;
  return next;
}

function withField<K extends keyof CellStyle>(
  cur: CellStyle | undefined,
  name: K,
  value: CellStyle[K],
): CellStyle {
  const base = cur ?? NO_STYLE;
  if (typeof value === "string" && value.length > 40) return copiedWith(base, name, value);
  const derived = derivedOf(base);
  if (typeof value === "object" && value !== null) {
    let byObject = derived.objects.get(name);
    if (!byObject) {
      byObject = new WeakMap();
      derived.objects.set(name, byObject);
    }
    let next = byObject.get(value);
    if (!next) {
      next = copiedWith(base, name, value);
      byObject.set(value, next);
    }
    return next;
  }
  let byValue = derived.plain.get(name);
  if (!byValue) {
    byValue = new Map();
    derived.plain.set(name, byValue);
  }
  let next = byValue.get(value);
  if (!next) {
    next = copiedWith(base, name, value);
    byValue.set(value, next);
  }
  return next;
}
/** A style without one field, made once per style and field and then shared; no style when none is left. */
function withoutField(cur: CellStyle, name: keyof CellStyle): CellStyle {
  const derived = derivedOf(cur);
  let next = derived.without.get(name);
  if (!next) {
    const left: Record<string, unknown> = {};
    let kept = false;
    for (const field in cur)
      if (field !== name) {
        left[field] = cur[field as keyof CellStyle];
        kept = true;
      }
    next = kept ? (left as CellStyle) : NO_STYLE;
    derived.without.set(name, next);
  }
  return next;
}

/**
 * A cell never coloured answers white and black, so colouring it white or black is the same as
 * clearing: kept as no style, the stand-in does not hold a style for every cell a plan paints plain.
 */
function isDefaultLook(name: keyof CellStyle, value: unknown): boolean {
  return (
    typeof value === "string" &&
    ((name === "bg" && value.toLowerCase() === "#ffffff") ||
      (name === "color" && value.toLowerCase() === "#000000"))
  );
}
/** No value yet: what a run of equal values is compared with first. */
const UNSEEN = Symbol("unseen");

/**
 * The last row and column holding a cell's content (0 for none), by contents object: found by a walk
 * over every cell once, then kept in step by `write` (a cell filled past them moves them; a cell cleared
 * on them has them found again). `getLastRow()` is asked before most reads, and walked every cell each
 * time.
 */
const lastLines = new WeakMap<Record<string, Raw>, { rows: number; columns: number }>();
function lastLinesOf(contents: Record<string, Raw>): { rows: number; columns: number } {
  let found = lastLines.get(contents);
  if (!found) {
    found = { rows: 0, columns: 0 };
    for (const k in contents) {
      const [row, col] = cellOfKey(k);
      if (row > found.rows) found.rows = row;
      if (col > found.columns) found.columns = col;
    }
    lastLines.set(contents, found);
  }
  return found;
}

/** Keeps the last row and column known for `contents` in step with a cell's content filled or cleared. */
function lastLinesAfter(contents: Record<string, Raw>, row: number, col: number, filled: boolean) {
  const known = lastLines.get(contents);
  if (!known) return;
  if (filled) {
    if (row > known.rows) known.rows = row;
    if (col > known.columns) known.columns = col;
  } else if (row >= known.rows || col >= known.columns) lastLines.delete(contents);
}
const key = (row: number, col: number): string => {
  let line = keys[row];
  if (!line) {
    line = [];
    keys[row] = line;
  }
  let k = line[col];
  if (k === undefined) {
    k = `${row},${col}`;
    line[col] = k;
  }
  return k;
};

/** Moves a formula's relative A1 references by rows and columns, as Sheets reads a rule for each cell. */
export function shiftRelative(formula: string, rows: number, cols: number): string {
  // Text in quotes is left alone; so are $-anchored parts and names followed by "(" (functions).
  return formula
    .split(/("(?:[^"]|"")*")/)
    .map((part, i) =>
      i % 2 === 1
        ? part
        : part.replace(
            /(^|[^A-Za-z0-9_.$])(\$?)([A-Z]{1,3})(\$?)([0-9]+)(?![0-9A-Za-z_(])/g,
            (
              _,
              before: string,
              colAbs: string,
              letters: string,
              rowAbs: string,
              digits: string,
            ) => {
              const c = colAbs ? letters : columnName(columnNumber(letters) + cols);
              const r = rowAbs ? digits : String(Number(digits) + rows);
              return `${before}${colAbs}${c}${rowAbs}${r}`;
            },
          ),
    )
    .join("");
}

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

function columnName(n: number): string {
  let name = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26))
    name = String.fromCharCode(65 + ((k - 1) % 26)) + name;
  return name;
}

let activeCustomFunctions: CustomFunctions = {};
const registeredNames = new Set<string>();

/**
 * Sheets' ROUND rounds the decimal a value reads as, to 15 significant digits (as Excel and LibreOffice
 * do): an average of 17.6, 16.5, 17.2 and 15.6 is 16.725 there, so it rounds to 16.73, where the binary
 * neighbour 16.724999999999998 rounds to 16.72. Half-way goes away from zero.
 */
export function sheetsRound(value: number, places: number): number {
  const digits = Math.trunc(places);
  const shown = Number(value.toPrecision(15));
  const scaled = Number((Math.abs(shown) * 10 ** digits).toPrecision(15));
  return (Math.sign(shown) * Math.round(scaled)) / 10 ** digits || 0;
}

/** Replaces HyperFormula's ROUND, which rounds the binary value, with Sheets' own. */
function registerSheetsRounding(): void {
  class SheetsRounding extends FunctionPlugin {
    round(ast: { args: unknown[] }, state: unknown): unknown {
      const run = (this as unknown as { runFunction: (...a: unknown[]) => unknown }).runFunction;
      const meta = (this as unknown as { metadata(n: string): unknown }).metadata("ROUND");
      return run.call(this, ast.args, state, meta, (n: number, places: number) =>
        sheetsRound(n, places),
      );
    }
  }
  (SheetsRounding as unknown as { implementedFunctions: unknown }).implementedFunctions = {
    ROUND: {
      method: "round",
      parameters: [
        { argumentType: FunctionArgumentType.NUMBER },
        { argumentType: FunctionArgumentType.NUMBER, defaultValue: 0 },
      ],
    },
  };
  HyperFormula.unregisterFunction("ROUND");
  HyperFormula.registerFunction("ROUND", SheetsRounding, { enGB: { ROUND: "ROUND" } });
}
registerSheetsRounding();

/**
 * CORREL over cells that are all numbers. How Sheets' CORREL treats a blank or a text on one side only
 * is not documented, so the stand-in refuses it (#N/A) rather than guess: pass the pairs, e.g. through
 * FILTER(…, ISNUMBER(…), ISNUMBER(…)).
 */
function registerStrictCorrel(): void {
  class StrictCorrel extends FunctionPlugin {
    correl(ast: { args: unknown[] }, state: unknown): unknown {
      const run = (this as unknown as { runFunction: (...a: unknown[]) => unknown }).runFunction;
      const meta = (this as unknown as { metadata(n: string): unknown }).metadata("CORREL");
      return run.call(this, ast.args, state, meta, (ys: SimpleRangeValue, xs: SimpleRangeValue) => {
        const y = ys.rawData().flat();
        const x = xs.rawData().flat();
        if (y.length !== x.length) return new CellError("NA" as never, "CORREL: sizes differ");
        if (![...y, ...x].every((v) => typeof v === "number"))
          return new CellError(
            "NA" as never,
            "The stand-in refuses CORREL over blanks or text: Sheets does not document it",
          );
        return pearson(y as number[], x as number[]);
      });
    }
  }
  (StrictCorrel as unknown as { implementedFunctions: unknown }).implementedFunctions = {
    CORREL: {
      method: "correl",
      parameters: [
        { argumentType: FunctionArgumentType.RANGE },
        { argumentType: FunctionArgumentType.RANGE },
      ],
    },
  };
  HyperFormula.unregisterFunction("CORREL");
  HyperFormula.registerFunction("CORREL", StrictCorrel, { enGB: { CORREL: "CORREL" } });
}
registerStrictCorrel();

/** A formula that reads the clock. */
const CLOCK = /\b(TODAY|NOW)\s*\(/i;
/** A formula that imports from another spreadsheet. */
const IMPORTS = /\bIMPORTRANGE\s*\(/i;

/** Each engine's spreadsheet, so TODAY and NOW read its pinned clock on its wall clock. */
const clockOfEngine = new WeakMap<object, { now: () => Date; timeZone: () => string }>();

/**
 * TODAY and NOW as Sheets computes them: the script's clock (pinned in tests, never the machine's)
 * on the spreadsheet's time zone; HyperFormula reads the machine's clock in its own zone. They are
 * computed again when the day turns (`formulasAgain(CLOCK)`), not at every edit: an engine-volatile cell
 * makes every recalculation walk all that reads it, which the stand-in cannot afford. So NOW() moves
 * on with the day only; the add-on reads TODAY() alone.
 */
function registerPinnedClock(): void {
  class PinnedClock extends FunctionPlugin {
    private serial(): number {
      const graph = (this as unknown as { dependencyGraph: object }).dependencyGraph;
      const clock = clockOfEngine.get(graph);
      const now = clock ? clock.now() : new Date(0);
      return dateToSerial(now, clock ? clock.timeZone() : "UTC");
    }
    today(ast: { args: unknown[] }, state: unknown): unknown {
      const run = (this as unknown as { runFunction: (...a: unknown[]) => unknown }).runFunction;
      const meta = (this as unknown as { metadata(n: string): unknown }).metadata("TODAY");
      return run.call(this, ast.args, state, meta, () => Math.floor(this.serial()));
    }
    now(ast: { args: unknown[] }, state: unknown): unknown {
      const run = (this as unknown as { runFunction: (...a: unknown[]) => unknown }).runFunction;
      const meta = (this as unknown as { metadata(n: string): unknown }).metadata("NOW");
      return run.call(this, ast.args, state, meta, () => this.serial());
    }
  }
  (PinnedClock as unknown as { implementedFunctions: unknown }).implementedFunctions = {
    TODAY: { method: "today", parameters: [], returnNumberType: "NUMBER_DATE" },
    NOW: { method: "now", parameters: [], returnNumberType: "NUMBER_DATETIME" },
  };
  for (const name of ["TODAY", "NOW"]) HyperFormula.unregisterFunction(name);
  HyperFormula.registerFunctionPlugin(PinnedClock, {
    enGB: { TODAY: "TODAY", NOW: "NOW" },
  });
}
registerPinnedClock();

/** SPLIT's pieces as Sheets cuts them: at any one of the delimiter's characters, empty pieces dropped. */
function splitPieces(text: string, delimiter: string): string[] {
  if (delimiter === "") return [text];
  const chars = [...delimiter].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("");
  return text.split(new RegExp(`[${chars}]`)).filter((piece) => piece !== "");
}

/**
 * Sheets' SPLIT, which HyperFormula lacks: a text cut into cells across a row, spilling as any array
 * result does. The engine sizes a spill before it calculates, so the stand-in reads SPLIT's text and
 * delimiter as typed in the formula (a SPLIT over a cell's value is refused with #N/A, not guessed).
 */
function registerSplit(): void {
  type Arg = { type?: string; value?: unknown };
  const literal = (ast: { args: Arg[] }) => {
    const [text, delimiter] = ast.args;
    return text?.type === "STRING" && delimiter?.type === "STRING"
      ? splitPieces(String(text.value), String(delimiter.value))
      : null;
  };
  class Split extends FunctionPlugin {
    split(ast: { args: Arg[] }, state: unknown): unknown {
      const run = (this as unknown as { runFunction: (...a: unknown[]) => unknown }).runFunction;
      const meta = (this as unknown as { metadata(n: string): unknown }).metadata("SPLIT");
      return run.call(this, ast.args, state, meta, () => {
        const pieces = literal(ast);
        if (!pieces)
          return new CellError(
            "NA" as never,
            "The stand-in's SPLIT takes its text and delimiter as typed in the formula",
          );
        return SimpleRangeValue.onlyValues([pieces.length > 0 ? pieces : [""]]);
      });
    }
    splitArraySize(ast: { args: Arg[] }): ArraySize {
      const pieces = literal(ast);
      return new ArraySize(Math.max(1, pieces?.length ?? 1), 1);
    }
  }
  (Split as unknown as { implementedFunctions: unknown }).implementedFunctions = {
    SPLIT: {
      method: "split",
      sizeOfResultArrayMethod: "splitArraySize",
      parameters: [
        { argumentType: FunctionArgumentType.STRING },
        { argumentType: FunctionArgumentType.STRING },
      ],
      vectorizationForbidden: true,
    },
  };
  HyperFormula.registerFunction("SPLIT", Split, { enGB: { SPLIT: "SPLIT" } });
}
registerSplit();

/**
 * An array result blocked by a cell under it: HyperFormula says #SPILL!, Sheets #REF! ("Array result
 * was not expanded because it would overwrite data in …").
 */
function asSheetsError(error: string): string {
  return error === "#SPILL!" ? "#REF!" : error;
}

function pearson(ys: number[], xs: number[]): number | CellError {
  const mean = (v: number[]) => v.reduce((a, b) => a + b, 0) / v.length;
  const my = mean(ys);
  const mx = mean(xs);
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  ys.forEach((y, i) => {
    const x = xs[i] ?? 0;
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
    syy += (y - my) ** 2;
  });
  return sxx === 0 || syy === 0
    ? new CellError("DIV_BY_ZERO" as never)
    : sxy / Math.sqrt(sxx * syy);
}

/** Teaches HyperFormula the add-on's custom functions so a cell can call them, as in Sheets. */
function registerCustomFunctions(names: string[]): void {
  const fresh = names.filter((n) => !registeredNames.has(n));
  if (fresh.length === 0) return;
  class AddonFunctions extends FunctionPlugin {}
  const implemented: Record<string, unknown> = {};
  const translations: Record<string, string> = {};
  for (const name of fresh) {
    const method = `call_${name}`;
    implemented[name] = {
      method,
      parameters: [{ argumentType: FunctionArgumentType.ANY }],
      repeatLastArgs: 1,
    };
    translations[name] = name;
    Object.defineProperty(AddonFunctions.prototype, method, {
      value(this: FunctionPlugin, ast: { args: unknown[] }, state: unknown) {
        const meta = (this as unknown as { metadata(n: string): unknown }).metadata(name);
        const run = (this as unknown as { runFunction: (...a: unknown[]) => unknown }).runFunction;
        return run.call(this, ast.args, state, meta, (...args: unknown[]) =>
          callCustomFunction(name, args),
        );
      },
    });
    registeredNames.add(name);
  }
  (AddonFunctions as unknown as { implementedFunctions: unknown }).implementedFunctions =
    implemented;
  HyperFormula.registerFunctionPlugin(AddonFunctions, { enGB: translations });
}

function callCustomFunction(name: string, args: unknown[]): unknown {
  const fn = activeCustomFunctions[name];
  if (!fn) return new CellError("NAME" as never, `Unknown function ${name}`);
  const plain = args.map((a) =>
    a instanceof SimpleRangeValue ? a.rawData().map((row) => row.map(plainCell)) : plainCell(a),
  );
  try {
    const result = fn(...plain);
    if (Array.isArray(result)) {
      const rows = result as unknown[][];
      if (rows.length === 1 && rows[0]?.length === 1) return rows[0][0];
      // Sheets spills a returned array; the stand-in computes arrays only through the bundle.
      return new CellError("VALUE" as never, `${name} returned an array; call it directly`);
    }
    return result instanceof Date ? dateToSerial(result) : result;
  } catch (err) {
    return new CellError("ERROR" as never, err instanceof Error ? err.message : String(err));
  }
}

/**
 * A formula as the engine reads it: Sheets takes "" inside a text as one quote, the engine does not,
 * so it is given CHAR(34) there instead (and `fromEngine` turns it back).
 */
function forEngine(raw: Raw): Raw {
  if (typeof raw !== "string" || !raw.startsWith("=") || !raw.includes('""')) return raw;
  let out = "";
  let inText = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i];
    if (ch !== '"') out += ch;
    else if (!inText) {
      inText = true;
      out += ch;
    } else if (raw[i + 1] === '"') {
      out += QUOTE;
      i++;
    } else {
      inText = false;
      out += ch;
    }
  }
  return out;
}
const QUOTE = '"&CHAR(34)&"';

/** A formula the engine wrote back, with its quotes inside texts as Sheets writes them. */
function fromEngine(formula: string): string {
  return formula.split(QUOTE).join('""');
}

/** A new engine that reuses the formulas the others parsed (parsedFormulas.ts). */
function newEngine(): HyperFormula {
  const hf = withSharedGrammar(() => HyperFormula.buildEmpty(ENGINE));
  shareParses(hf);
  return hf;
}

/** A spreadsheet in memory: its state, and a formula engine kept in step with it. */
export class Workbook implements ImportSource {
  readonly state: WorkbookState;
  /** The formula engine as last made; read it through `hf`, which makes it again first when stale. */
  private made: HyperFormula;
  /**
   * Set by `reload`: the engine is made again from the state when it is next used, not at once. A
   * saved spreadsheet was loaded three times as it opened (its state, its drive, the add-on's
   * functions), each a full calculation; now once, with all three known.
   */
  private stale = false;
  private customFunctions: CustomFunctions = {};
  /** How many custom functions were registered when the engine was made: it knows only those. */
  private engineFunctions = 0;
  /** The spreadsheets this one can import from, when it is on a drive. */
  drive: Drive | null = null;
  /** The sources read by IMPORTRANGE, with how many edits each had then. */
  readonly seen = new Map<string, number>();
  /** The `importsVersion()` at which `seen` was last found in step with its sources. */
  private sourcesCheckedAt = -1;
  private editCount = 0;

  constructor(state?: WorkbookState) {
    this.state = state ?? {
      name: "Social selling KPIs",
      locale: "en_US",
      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
      sheets: [],
      activeSheetId: 0,
      namedRanges: [],
      properties: { document: {}, user: {} },
      nextId: 1,
    };
    this.made = newEngine();
    this.engineFunctions = registeredNames.size;
    this.pinClock();
    if (this.state.sheets.length === 0) this.addSheet("Sheet1");
    else this.reload();
  }

  /** The engine, made again from the state first if a reload asked for it. */
  private get hf(): HyperFormula {
    this.engineInStep();
    return this.made;
  }

  /**
   * Makes the engine again now if a reload asked for it: called before the state changes, so the engine
   * is made from the state it is then told the change of (a sheet added twice would be refused).
   */
  private engineInStep(): void {
    if (this.stale) this.rebuild();
  }

  /** The script's clock, which TODAY() and NOW() read (the stand-in's `now`, pinned in tests). */
  now: () => Date = () => new Date(0);
  /** The day TODAY() was last evaluated on. */
  private evaluatedDay: number | undefined;

  /** Ties this engine's TODAY() and NOW() to the workbook's clock and time zone. */
  private pinClock(): void {
    clockOfEngine.set((this.hf as unknown as { dependencyGraph: object }).dependencyGraph, {
      now: () => this.now(),
      timeZone: () => this.state.timeZone,
    });
  }

  /** Lets formulas call these custom functions (the built bundle's globals). */
  useCustomFunctions(fns: CustomFunctions): void {
    this.customFunctions = fns;
    registerCustomFunctions(Object.keys(fns));
    // An engine knows the functions registered before it was made, and a formula already entered was
    // computed without these: either way it is made again. A new, empty spreadsheet keeps its engine.
    const formulas = this.state.sheets.some((s) =>
      Object.values(s.contents).some((raw) => typeof raw === "string" && raw.startsWith("=")),
    );
    if (formulas || this.engineFunctions !== registeredNames.size) this.reload();
  }

  /**
   * The engine for a change: evaluation waits until the next read, as Sheets recalculates once
   * after a script's writes rather than after each one.
   */
  private edit(): HyperFormula {
    this.editCount++;
    importsChanged();
    if (!this.hf.isEvaluationSuspended()) this.hf.suspendEvaluation();
    return this.hf;
  }

  /** The engine for a read, with every change so far calculated, imports from sources that moved on too. */
  private fresh(): HyperFormula {
    const version = importsVersion();
    if (this.sourcesCheckedAt !== version) {
      const moved =
        this.accessChanged ||
        [...this.seen].some(([id, edits]) => {
          const source = this.drive?.get(id);
          return !source || editsSeenBy(source, this) !== edits;
        });
      if (moved) this.importsAgain();
    }
    // Sheets recalculates TODAY() as the day turns, edit or not: the cells that read the clock are
    // entered again (and what reads them follows).
    const day = Math.floor(dateToSerial(this.now(), this.state.timeZone));
    if (this.evaluatedDay !== undefined && this.evaluatedDay !== day) this.formulasAgain(CLOCK);
    this.evaluatedDay = day;
    if (this.hf.isEvaluationSuspended()) this.withFunctions(() => this.hf.resumeEvaluation());
    // Checked at this version only if nothing moved on meanwhile (a reload, a source calculated anew).
    this.sourcesCheckedAt = importsVersion() === version ? version : -1;
    return this.hf;
  }

  /**
   * Enters again every formula `pattern` finds, so the engine calculates it anew, and what reads it
   * follows, when the read that asked for it resumes the calculation.
   */
  private formulasAgain(pattern: RegExp): void {
    const engine = this.hf;
    this.withFunctions(() => {
      if (!engine.isEvaluationSuspended()) engine.suspendEvaluation();
      for (const s of this.state.sheets)
        for (const k of formulasOf(s.contents).all) {
          const raw = s.contents[k] as string;
          if (!pattern.test(raw)) continue;
          const [r, c] = cellOfKey(k);
          engine.setCellContents(this.addr(s, r, c), [[forEngine(raw)]]);
        }
    });
  }

  private withFunctions<T>(run: () => T): T {
    const previous = activeCustomFunctions;
    activeCustomFunctions = this.customFunctions;
    try {
      return asImporter(this, run);
    } finally {
      activeCustomFunctions = previous;
    }
  }

  get id(): string {
    return this.state.id ?? "standin-spreadsheet";
  }

  /** The spreadsheet's address, as Sheets shows it. */
  url(): string {
    return spreadsheetUrl(this.id);
  }

  /** Puts the spreadsheet on a drive, under a new id unless it has one. */
  joinDrive(drive: Drive): void {
    this.state.id ??= drive.newId();
    this.drive = drive;
    drive.add(this);
    this.reload();
  }

  allowedSources(): string[] {
    return this.state.importsFrom ?? [];
  }

  /** A person's click on Allow access in a cell that imports from `sourceId`: once per pair. */
  allowImportsFrom(sourceId: string): void {
    if (this.allowedSources().includes(sourceId)) return;
    this.state.importsFrom = [...this.allowedSources(), sourceId];
    this.accessChanged = true;
    importsChanged();
  }

  /** Access was allowed since the imports were last calculated. */
  private accessChanged = false;

  /**
   * Enters again every formula that imports, so each reads its source anew (its spill's size too,
   * which is known as the formula is entered) and what reads them follows, as Sheets loads an import
   * again when its source changes or access is allowed. Parsing the whole spreadsheet again for it
   * was most of the time a team of linked spreadsheets took.
   */
  private importsAgain(): void {
    this.accessChanged = false;
    // What IMPORTRANGE reads is recorded again as the imports are calculated.
    this.seen.clear();
    importsChanged();
    if (!this.stale) this.formulasAgain(IMPORTS);
  }

  shared(): boolean {
    return !this.state.unshared;
  }

  /** Its own edits and those of every source it reads, through others too: a chain follows its far end. */
  edits(): number {
    return countedOnce(this, this.editCount, () =>
      [...this.seen.keys()].reduce((sum, id) => sum + (this.drive?.get(id)?.edits() ?? 0), 0),
    );
  }

  /** The sheet and area of "Sheet!A1:B2", "A1:B2" (first sheet) or a named range. */
  private areaOf(range: string): { sheet: SheetState; area: Area } | null {
    const { sheet: name, ref } = splitSheet(range);
    let sheet: SheetState | null = null;
    let area: Area | null = null;
    const named = name ? null : this.state.namedRanges.find((n) => n.name === ref);
    if (named) {
      sheet = this.sheetById(named.sheetId);
      area = named.area;
    } else {
      sheet = name ? this.sheetByName(name) : (this.state.sheets[0] ?? null);
      try {
        area = sheet ? parseA1(ref, sheet.maxRows, sheet.maxCols) : null;
      } catch {
        area = null;
      }
    }
    return sheet && area ? { sheet, area } : null;
  }

  rangeValues(range: string): unknown[][] | null {
    const found = this.areaOf(range);
    if (!found) return null;
    const { sheet, area } = found;
    const engine = this.fresh();
    const { row, col, numRows, numCols } = area;
    return Array.from({ length: numRows }, (_, r) =>
      Array.from({ length: numCols }, (_, c) => {
        const v = engine.getCellValue(this.addr(sheet, row + r, col + c));
        if (v === null || v === undefined) return EmptyValue;
        if (v instanceof DetailedCellError) return new CellError(v.type as never, v.message);
        return v;
      }),
    );
  }

  /** Makes the engine again from the state (before its next use): after a load, a new drive, new access. */
  reload(): void {
    this.seen.clear();
    importsChanged();
    // Older saved states kept text without its leading apostrophe.
    for (const s of this.state.sheets)
      for (const [k, raw] of Object.entries(s.contents))
        if (typeof raw === "string" && !/^[=']/.test(raw)) s.contents[k] = `'${raw}`;
    this.stale = true;
  }

  private rebuild(): void {
    this.stale = false;
    // What IMPORTRANGE reads is recorded again as the new engine calculates.
    this.seen.clear();
    importsChanged();
    this.withFunctions(() => {
      this.made.destroy();
      this.made = newEngine();
      this.engineFunctions = registeredNames.size;
      this.pinClock();
      this.made.batch(() => {
        for (const s of this.state.sheets) this.made.addSheet(s.name);
        // A sheet at a time: the engine's batch grows slower with every cell set on its own.
        for (const s of this.state.sheets) {
          const grid: Raw[][] = [];
          for (const [k, raw] of Object.entries(s.contents)) {
            const [r, c] = cellOfKey(k);
            const line = grid[r - 1] ?? [];
            grid[r - 1] = line;
            line[c - 1] = forEngine(raw);
          }
          const dense = Array.from(grid, (line) => Array.from(line ?? [], (v) => v ?? null));
          if (dense.length > 0) this.made.setSheetContent(this.hfId(s), dense);
        }
        for (const n of this.state.namedRanges) this.defineName(n.name, n.sheetId, n.area);
      });
    });
  }

  sheets(): SheetState[] {
    return this.state.sheets;
  }

  sheetById(id: number): SheetState {
    const s = this.state.sheets.find((x) => x.id === id);
    if (!s) throw new Error(`Sheet ${id} no longer exists.`);
    return s;
  }

  /** As Sheets: names are unique whatever their case, so "kpi 2026" finds "KPI 2026". */
  sheetByName(name: string): SheetState | null {
    const low = name.toLowerCase();
    return this.state.sheets.find((s) => s.name.toLowerCase() === low) ?? null;
  }

  addSheet(name: string, index?: number): SheetState {
    this.engineInStep();
    if (this.sheetByName(name)) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    const sheet: SheetState = {
      id: this.state.nextId++,
      name,
      maxRows: 1000,
      maxCols: 26,
      contents: {},
      styles: {},
      frozenRows: 0,
      frozenCols: 0,
      colWidths: {},
      hiddenRows: [],
      hiddenCols: [],
      merges: [],
      cfRules: [],
      charts: [],
      protections: [],
    };
    const at = index === undefined ? this.state.sheets.length : Math.max(0, index);
    this.state.sheets.splice(at, 0, sheet);
    this.withFunctions(() => this.edit().addSheet(name));
    if (this.state.sheets.length === 1) this.state.activeSheetId = sheet.id;
    return sheet;
  }

  removeSheet(sheet: SheetState): void {
    this.engineInStep();
    if (this.state.sheets.length === 1)
      throw new Error("You can't remove all the sheets in a document.");
    // Its named ranges go with it, from the engine too, so the names can be given again.
    for (const n of this.state.namedRanges.filter((r) => r.sheetId === sheet.id))
      this.removeNamedRange(n.name);
    this.withFunctions(() => this.edit().removeSheet(this.hfId(sheet)));
    this.state.sheets = this.state.sheets.filter((s) => s !== sheet);
    if (this.state.activeSheetId === sheet.id)
      this.state.activeSheetId = this.state.sheets[0]?.id ?? 0;
  }

  renameSheet(sheet: SheetState, name: string): void {
    this.engineInStep();
    if (sheet.name === name) return;
    const other = this.sheetByName(name);
    if (other && other !== sheet) {
      throw new Error(`A sheet with the name "${name}" already exists. Please enter another name.`);
    }
    this.withFunctions(() => this.edit().renameSheet(this.hfId(sheet), name));
    const before = sheet.name;
    sheet.name = name;
    // Formulas elsewhere now say the new name: keep the plain state in step with the engine.
    this.syncFormulas([before, name]);
  }

  /**
   * Inserts or deletes rows or columns as Sheets does: cells move (deleted ones are gone), formulas
   * everywhere follow (a reference to a deleted cell becomes #REF!), and so do named ranges,
   * conditional-format rules, charts' ranges, protections, merges, hidden and frozen lines.
   */
  editGrid(sheet: SheetState, edit: GridEdit): void {
    this.engineInStep();
    const rows = edit.axis === "rows";
    const id = this.hfId(sheet);
    this.withFunctions(() => {
      const span: [number, number] = [edit.at - 1, edit.count];
      if (edit.kind === "insert") {
        if (rows) this.edit().addRows(id, span);
        else this.edit().addColumns(id, span);
      } else if (rows) this.edit().removeRows(id, span);
      else this.edit().removeColumns(id, span);
    });
    sheet.contents = movedCells(sheet.contents, edit);
    sheet.styles = inheritedStyles(movedCells(sheet.styles, edit), edit);
    const delta = edit.kind === "insert" ? edit.count : -edit.count;
    if (rows) {
      sheet.maxRows += delta;
      sheet.hiddenRows = movedLines(sheet.hiddenRows, edit);
      sheet.frozenRows = movedFrozen(sheet.frozenRows, edit);
    } else {
      sheet.maxCols += delta;
      sheet.hiddenCols = movedLines(sheet.hiddenCols, edit);
      sheet.frozenCols = movedFrozen(sheet.frozenCols, edit);
      sheet.colWidths = Object.fromEntries(
        Object.entries(sheet.colWidths).flatMap(([c, w]) => {
          const moved = movedLine(Number(c), edit);
          return moved === null ? [] : [[String(moved), w]];
        }),
      );
    }
    const here = <T extends { sheetId: number; area: Area }>(list: T[]): T[] =>
      list.flatMap((r) => {
        if (r.sheetId !== sheet.id) return [r];
        const area = movedArea(r.area, edit);
        return area ? [{ ...r, area }] : [];
      });
    for (const s of this.state.sheets) {
      s.cfRules = s.cfRules.flatMap((rule) => {
        const before = rule.ranges[0]?.area;
        const ranges = here(rule.ranges);
        const after = ranges[0]?.area;
        if (!before || !after) return [];
        // The rule's relative references are written for its top-left cell: they move with it.
        const formula = shiftRelative(rule.formula, after.row - before.row, after.col - before.col);
        return [{ ...rule, ranges, formula }];
      });
      for (const chart of s.charts) chart.ranges = here(chart.ranges);
    }
    const anchor = sheet.charts.map((c) => c.position);
    for (const p of anchor) {
      const moved = movedLine(rows ? p.row : p.col, edit) ?? edit.at;
      if (rows) p.row = moved;
      else p.col = moved;
    }
    sheet.merges = sheet.merges.flatMap((m) => movedArea(m, edit) ?? []);
    sheet.protections = sheet.protections.flatMap((p) => {
      const unprotected = p.unprotected.flatMap((a) => movedArea(a, edit) ?? []);
      if (!p.area) return [{ ...p, unprotected }];
      const area = movedArea(p.area, edit);
      return area ? [{ ...p, area, unprotected }] : [];
    });
    const names = this.state.namedRanges.filter((n) => n.sheetId === sheet.id);
    for (const n of names) {
      const area = movedArea(n.area, edit);
      this.removeNamedRange(n.name);
      if (area) this.setNamedRange(n.name, sheet, area);
    }
    this.syncFormulas([sheet.name], sheet);
  }

  /**
   * Keeps the plain state's formulas as the engine now writes them: after a rename, those that name
   * either name; after an insert or delete, those too and every formula on the edited sheet.
   */
  private syncFormulas(names: string[], edited?: SheetState): void {
    const escaped = names.flatMap((n) => [n, n.replace(/'/g, "''")]);
    const mentions = new RegExp(
      escaped.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|"),
      "i",
    );
    for (const s of this.state.sheets) {
      const own = s === edited;
      const contents = s.contents;
      const formulas = formulasOf(contents);
      for (const k of own ? formulas.all : formulas.crossSheet) {
        const raw = contents[k] as string;
        if (!(own || mentions.test(raw))) continue;
        const [r, c] = cellOfKey(k);
        const f = this.hf.getCellFormula(this.addr(s, r, c));
        if (f !== undefined) contents[k] = fromEngine(f);
      }
    }
  }

  private hfId(sheet: SheetState): number {
    const id = this.hf.getSheetId(sheet.name);
    if (id === undefined) throw new Error(`Sheet ${sheet.name} is missing from the engine`);
    return id;
  }

  private addr(sheet: SheetState, row: number, col: number) {
    return { sheet: this.hfId(sheet), row: row - 1, col: col - 1 };
  }

  /** Writes raw contents (formulas as "=…", text as "'…") into an area; `null` clears a cell. */
  write(sheet: SheetState, area: Area, data: Raw[][]): void {
    this.engineInStep();
    // Only the cells whose contents change go to the engine, a run of a row at a time: a rebuild
    // writes back mostly what is there, and parsing it again would only cost time.
    const runs: { row: number; col: number; cells: Raw[] }[] = [];
    for (let r = 0; r < area.numRows; r++) {
      let run: { row: number; col: number; cells: Raw[] } | null = null;
      for (let c = 0; c < area.numCols; c++) {
        const given = data[r]?.[c] ?? null;
        const raw = given === "" ? null : given;
        const k = key(area.row + r, area.col + c);
        const was = sheet.contents[k] ?? null;
        if (was === raw) {
          run = null;
          continue;
        }
        if (isFormula(was) || isFormula(raw)) formulaKeys.delete(sheet.contents);
        if (raw === null) delete sheet.contents[k];
        else sheet.contents[k] = raw;
        if (was === null || raw === null)
          lastLinesAfter(sheet.contents, area.row + r, area.col + c, raw !== null);
        if (!run) {
          run = { row: area.row + r, col: area.col + c, cells: [] };
          runs.push(run);
        }
        run.cells.push(raw);
      }
    }
    if (runs.length === 0) return;
    this.withFunctions(() => {
      const engine = this.edit();
      for (const run of runs)
        engine.setCellContents(this.addr(sheet, run.row, run.col), [run.cells.map(forEngine)]);
    });
  }

  raw(sheet: SheetState, row: number, col: number): Raw {
    return sheet.contents[key(row, col)] ?? null;
  }

  formula(sheet: SheetState, row: number, col: number): string {
    const raw = this.raw(sheet, row, col);
    return typeof raw === "string" && raw.startsWith("=") ? raw : "";
  }

  /** The computed value as Apps Script's getValues gives it: number, string, boolean, Date or "". */
  value(sheet: SheetState, row: number, col: number): string | number | boolean | Date {
    const v = this.fresh().getCellValue(this.addr(sheet, row, col));
    if (v === null || v === undefined) return "";
    if (v instanceof DetailedCellError) return asSheetsError(v.value);
    return typeof v === "number" ? this.numberValue(sheet, row, col, v) : v;
  }

  /** A number as getValues gives it: a Date where the cell's format is a date format. */
  private numberValue(sheet: SheetState, row: number, col: number, n: number): number | Date {
    const nf = this.style(sheet, row, col).nf ?? "";
    return nf && isDateFormat(nf) ? serialToDate(n, this.state.timeZone) : n;
  }

  /** The value of a cell as written, without calculating the sheet: for checks made as a value is written. */
  literal(sheet: SheetState, row: number, col: number): string | number | boolean | Date {
    const raw = this.raw(sheet, row, col);
    if (raw === null) return "";
    if (typeof raw === "boolean") return raw;
    if (typeof raw === "number") return this.numberValue(sheet, row, col, raw);
    return raw.startsWith("'") ? raw.slice(1) : this.value(sheet, row, col);
  }

  /** The text Sheets shows in a cell. */
  display(sheet: SheetState, row: number, col: number): string {
    const v = this.fresh().getCellValue(this.addr(sheet, row, col));
    if (v instanceof DetailedCellError) return asSheetsError(v.value);
    return formatLocalized(v, this.style(sheet, row, col).nf ?? "", this.state.locale);
  }

  /** The serial number behind a date or number cell, for charts. */
  number(sheet: SheetState, row: number, col: number): number | null {
    const v = this.fresh().getCellValue(this.addr(sheet, row, col));
    return typeof v === "number" ? v : null;
  }

  style(sheet: SheetState, row: number, col: number): CellStyle {
    return sheet.styles[key(row, col)] ?? {};
  }

  /**
   * The colours a cell shows once its conditional-format rules apply: the first rule whose custom
   * formula, moved from the range's top-left to this cell, is true (Sheets applies the first that
   * matches). Only what a rule sets changes.
   */
  shownStyle(sheet: SheetState, row: number, col: number): CellStyle {
    const own = this.style(sheet, row, col);
    for (const rule of sheet.cfRules) {
      const ranges = rule.ranges.filter((r) => r.sheetId === sheet.id);
      const first = ranges[0]?.area;
      const inside = ranges.some(
        ({ area: a }) =>
          row >= a.row && row < a.row + a.numRows && col >= a.col && col < a.col + a.numCols,
      );
      if (!first || !inside) continue;
      const result = this.ruleResult(rule, sheet, first, row, col);
      if (result !== true && !(typeof result === "number" && result !== 0)) continue;
      return {
        ...own,
        ...(rule.background ? { bg: rule.background } : {}),
        ...(rule.fontColor ? { color: rule.fontColor } : {}),
        ...(rule.bold !== null ? { bold: rule.bold } : {}),
      };
    }
    return own;
  }

  /**
   * A rule's formula calculated at one cell. It is parsed once, at its range's top-left cell, as
   * Sheets moves a rule's relative references with the cell it colours: the engine reads a parsed
   * formula's references relative to the cell it is calculated at, so the one tree serves every cell
   * (parsing it again for each cell of a sheet was most of the time the preview took to draw one).
   */
  private ruleResult(rule: CfRuleData, sheet: SheetState, first: Area, row: number, col: number) {
    const engine = this.fresh() as unknown as EngineInternals;
    const sheetId = this.hfId(sheet);
    let parsed = this.parsedRules.get(rule);
    if (
      parsed?.engine !== engine ||
      parsed.sheet !== sheetId ||
      parsed.formula !== rule.formula ||
      parsed.row !== first.row ||
      parsed.col !== first.col
    ) {
      const origin = { sheet: sheetId, row: first.row - 1, col: first.col - 1 };
      const content = engine._cellContentParser.parse(forEngine(rule.formula) as string);
      const tree =
        typeof content.formula === "string" ? engine._parser.parse(content.formula, origin) : null;
      parsed = {
        engine,
        sheet: sheetId,
        formula: rule.formula,
        row: first.row,
        col: first.col,
        tree: tree && tree.errors.length === 0 ? tree : null,
      };
      this.parsedRules.set(rule, parsed);
    }
    // A formula that does not parse colours nothing, as calculateFormula's error did.
    if (!parsed.tree) return null;
    const at = { sheet: sheetId, row: row - 1, col: col - 1 };
    const value = engine.evaluator.runAndForget(parsed.tree.ast, at, parsed.tree.dependencies);
    return engine._exporter.exportScalarOrRange(value);
  }
  private parsedRules = new WeakMap<
    CfRuleData,
    {
      engine: EngineInternals;
      sheet: number;
      formula: string;
      row: number;
      col: number;
      tree: ParsedTree | null;
    }
  >();

  /** Sets one style field of a cell. */
  setStyleField<K extends keyof CellStyle>(
    sheet: SheetState,
    row: number,
    col: number,
    name: K,
    value: CellStyle[K] | undefined,
  ): void {
    this.setStyleFields(sheet, { row, col, numRows: 1, numCols: 1 }, name, [[value]]);
  }

  /**
   * Sets one style field over an area, a value per cell: a range's setter. Kept cheap, as a plan sets
   * the look of a thousand rows at once: what a value means is worked out once per run of equal values,
   * and a cell whose style and value are those of the cell before takes the same style object.
   */
  setStyleFields<K extends keyof CellStyle>(
    sheet: SheetState,
    area: Area,
    name: K,
    data: readonly (readonly (CellStyle[K] | null | undefined)[] | undefined)[],
  ): void {
    const styles = sheet.styles;
    let value: CellStyle[K] | null | undefined;
    let seen: unknown = UNSEEN;
    let empty = false;
    let from: CellStyle | undefined;
    let made: CellStyle | undefined;
    for (let r = 0; r < area.numRows; r++) {
      const line = data[r];
      const row = area.row + r;
      for (let c = 0; c < area.numCols; c++) {
        const given = line?.[c];
        if (given !== seen) {
          seen = given;
          value = given;
          empty =
            value === undefined || value === null || value === "" || isDefaultLook(name, value);
          made = undefined;
        }
        const k = key(row, area.col + c);
        const cur = styles[k];
        if (empty ? cur === undefined || cur[name] === undefined : cur?.[name] === value) continue;
        if (made === undefined || from !== cur) {
          from = cur;
          made = empty
            ? withoutField(cur as CellStyle, name)
            : withField(cur, name, value as CellStyle[K]);
        }
        if (made === NO_STYLE) delete styles[k];
        else styles[k] = made;
      }
    }
  }

  setStyle(sheet: SheetState, row: number, col: number, patch: Partial<CellStyle>): void {
    const k = key(row, col);
    const merged: Record<string, unknown> = { ...sheet.styles[k], ...patch };
    // A fresh object without the cleared fields: styles may be shared between cells, and `delete`
    // would make every style object slow to copy.
    const next: Record<string, unknown> = {};
    let kept = false;
    for (const name in merged) {
      const v = merged[name];
      if (v === undefined || v === null || v === "") continue;
      next[name] = v;
      kept = true;
    }
    if (kept) sheet.styles[k] = next as CellStyle;
    else delete sheet.styles[k];
  }

  lastRow(sheet: SheetState): number {
    return lastLinesOf(sheet.contents).rows;
  }

  lastColumn(sheet: SheetState): number {
    return lastLinesOf(sheet.contents).columns;
  }

  setNamedRange(name: string, sheet: SheetState, area: Area): void {
    this.engineInStep();
    if (!/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) || /^[A-Za-z]{1,3}\d+$/.test(name)) {
      throw new Error(`The name "${name}" is not a valid range name.`);
    }
    this.removeNamedRange(name);
    this.state.namedRanges.push({ name, sheetId: sheet.id, area });
    this.withFunctions(() => this.defineName(name, sheet.id, area));
  }

  removeNamedRange(name: string): void {
    this.engineInStep();
    const had = this.state.namedRanges.some((n) => n.name === name);
    this.state.namedRanges = this.state.namedRanges.filter((n) => n.name !== name);
    if (had) this.withFunctions(() => this.edit().removeNamedExpression(name));
  }

  private defineName(name: string, sheetId: number, area: Area): void {
    const sheet = this.sheetById(sheetId);
    const abs = toA1(area).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
    this.edit().addNamedExpression(name, `=${quoteSheet(sheet.name)}!${abs}`);
  }
}

/** An engine value as Sheets hands it to a custom function: empty cells (a symbol here) are "". */
function plainCell(v: unknown): unknown {
  return typeof v === "object" || typeof v === "symbol" || v === undefined ? "" : v;
}
