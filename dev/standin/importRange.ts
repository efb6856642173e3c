/**
 * Several spreadsheets, and IMPORTRANGE between them as Sheets does it: a range (A1, with or without
 * its sheet, or a named range) of another spreadsheet, by its URL or id, shown only once a person has
 * allowed access for that pair; until then, and when the source cannot be read, the cell is #REF!.
 * The result spills over the cells beside it, and follows the source when the source changes.
 */
import {
  ArraySize,
  CellError,
  FunctionArgumentType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from "hyperformula";

/** What IMPORTRANGE needs of a spreadsheet: its id, whom it lets in, and its values. */
export interface ImportSource {
  readonly id: string;
  /** Ids of the spreadsheets this one has been allowed to import from. */
  allowedSources(): string[];
  /** False when the person importing has no access to it (not shared with them). */
  shared(): boolean;
  /** A range's computed values by "Sheet!A1:B2", "A1:B2" (first sheet) or a named range; null if none. */
  rangeValues(range: string): unknown[][] | null;
  /** How many edits it has had, with those of the sources it reads: an importer whose source moved on computes again. */
  edits(): number;
}

/**
 * Moves on whenever anything a spreadsheet's `edits()` adds up may have changed: an edit, a source read
 * or forgotten, a spreadsheet joining or leaving the drive. An importer that checked its sources at
 * this version need not add their edits up again before the next read (a check per cell read, each
 * walking every source, was most of the time reading a team sheet linked to 80 sellers).
 */
let version = 0;
/** Says that something `edits()` adds up may have changed. */
export function importsChanged(): void {
  version++;
}
/** The version of what `edits()` adds up. */
export function importsVersion(): number {
  return version;
}

/** The spreadsheets whose edits are being added up now: one that comes round again counts once. */
const counting = new Set<ImportSource>();

/** Runs `run` with `book` counted already (left as it was when an outer count holds it). */
function countingAs(book: ImportSource, run: () => number): number {
  if (counting.has(book)) return run();
  counting.add(book);
  try {
    return run();
  } finally {
    counting.delete(book);
  }
}

/** Adds up `book`'s edits once in a chain (`count` adds its sources'); 0 more when it is already counted. */
export function countedOnce(book: ImportSource, own: number, count: () => number): number {
  return counting.has(book) ? own : countingAs(book, () => own + count());
}

/** A source's edits as `reader` sees them: the reader's own, read back through the source, left out. */
export function editsSeenBy(source: ImportSource, reader: ImportSource): number {
  return countingAs(reader, () => source.edits());
}

/** The address Sheets gives a spreadsheet. */
export function spreadsheetUrl(id: string): string {
  return `https://docs.google.com/spreadsheets/d/${id}/edit`;
}

/** The id in a spreadsheet's URL, or the text itself when it is an id. */
export function spreadsheetIdOf(text: string): string | null {
  const found = /\/spreadsheets\/d\/([\w-]+)/.exec(text);
  if (found) return found[1] ?? null;
  return /^[\w-]+$/.test(text.trim()) ? text.trim() : null;
}

/** The spreadsheets a person can open: the stand-ins of one test or one preview share one. */
export class Drive {
  private readonly books = new Map<string, ImportSource>();
  private next = 1;

  /** A fresh id, long and opaque like Sheets' own. */
  newId(): string {
    return `1standin${String(this.next++).padStart(4, "0")}${"x".repeat(30)}`;
  }

  add(book: ImportSource): void {
    this.books.set(book.id, book);
    importsChanged();
  }

  remove(id: string): void {
    this.books.delete(id);
    importsChanged();
  }

  get(id: string): ImportSource | null {
    return this.books.get(id) ?? null;
  }
}

/** The spreadsheet whose formulas are being calculated, and the ones waiting on it (a chain). */
let importer: (ImportSource & { drive: Drive | null; seen: Map<string, number> }) | null = null;
const calculating: string[] = [];
/** The spreadsheets an import came back round to, in the chain being calculated. */
let cameBackTo: string[] = [];

/** Runs an engine operation of `book`: IMPORTRANGE inside it reads from `book`'s drive. */
export function asImporter<T>(
  book: ImportSource & { drive: Drive | null; seen: Map<string, number> },
  run: () => T,
): T {
  const previous = importer;
  importer = book;
  calculating.push(book.id);
  try {
    return run();
  } finally {
    calculating.pop();
    importer = previous;
    if (calculating.length === 0) cameBackTo = [];
  }
}

type Found = { values: unknown[][] } | { error: string };

/** What an IMPORTRANGE of `url` and `range` gives the spreadsheet calculating now. */
function imported(url: unknown, range: unknown): Found {
  const book = importer;
  const id = typeof url === "string" ? spreadsheetIdOf(url) : null;
  if (!book || !id) return { error: "Unable to load the spreadsheet: check its URL." };
  const source = id === book.id ? book : (book.drive?.get(id) ?? null);
  if (!source) return { error: "The spreadsheet could not be found: it may have been deleted." };
  const found = fromSource(book, source, range);
  // Whatever it gave, error or values, is given again only while the source (as it is once read,
  // and the sources it reads in turn) is unchanged: a loop keeps loading until a link is removed.
  if (source !== book) {
    const edits = editsSeenBy(source, book);
    if (book.seen.get(source.id) !== edits) {
      book.seen.set(source.id, edits);
      importsChanged();
    }
  }
  return found;
}

function fromSource(book: ImportSource, source: ImportSource, range: unknown): Found {
  const id = source.id;
  if (source !== book && !source.shared())
    return { error: "You don't have permission to access that spreadsheet." };
  if (source !== book && !book.allowedSources().includes(id))
    return { error: "You need to connect these sheets. Allow access" };
  // IMPORTRANGE waits for the whole source to be calculated, so spreadsheets that import from each
  // other, whatever the ranges, never finish loading: neither import gives data.
  const loading = { error: "Loading… these spreadsheets import from each other." };
  if (source !== book && calculating.includes(id)) {
    cameBackTo.push(id);
    return loading;
  }
  const mark = cameBackTo.length;
  const values = typeof range === "string" ? source.rangeValues(range) : null;
  if (cameBackTo.slice(mark).some((back) => calculating.includes(back))) return loading;
  if (!values) return { error: `Unable to parse range: ${String(range)}` };
  return { values };
}

class ImportRange extends FunctionPlugin {
  importrange(ast: { args: unknown[] }, state: unknown): unknown {
    const run = (this as unknown as { runFunction: (...a: unknown[]) => unknown }).runFunction;
    const meta = (this as unknown as { metadata(n: string): unknown }).metadata("IMPORTRANGE");
    return run.call(this, ast.args, state, meta, (url: unknown, range: unknown) => {
      const found = imported(url, range);
      if ("error" in found) return new CellError("REF" as never, found.error);
      return SimpleRangeValue.onlyValues(found.values as never);
    });
  }

  /** The spill's size, known as the formula is read: the source's range when it can be read now. */
  importrangeSize(ast: { args: { type?: string; value?: unknown }[] }): ArraySize {
    const [url, range] = ast.args;
    if (url?.type !== "STRING" || range?.type !== "STRING") return ArraySize.scalar();
    const found = imported(url.value, range.value);
    if ("error" in found) return ArraySize.scalar();
    const height = found.values.length;
    const width = found.values[0]?.length ?? 1;
    return new ArraySize(Math.max(width, 1), Math.max(height, 1));
  }
}
(ImportRange as unknown as { implementedFunctions: unknown }).implementedFunctions = {
  IMPORTRANGE: {
    method: "importrange",
    sizeOfResultArrayMethod: "importrangeSize",
    parameters: [
      { argumentType: FunctionArgumentType.STRING },
      { argumentType: FunctionArgumentType.STRING },
    ],
  },
};
HyperFormula.registerFunctionPlugin(ImportRange, { enGB: { IMPORTRANGE: "IMPORTRANGE" } });
