/** npm start: the built add-on on the offline stand-in, served as a page with the grid, menu, sidebar and charts. */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { join } from "node:path";
import { withShim } from "../gasShim";
import { type Addon, loadAddon } from "../loader";
import { Drive, spreadsheetIdOf, type WorkbookState } from "../standin";
import { importsVersion } from "../standin/importRange";
import { openedState, type SavedWorkbook, savedState } from "../standin/savedState";
import type { Workbook } from "../standin/workbook";
import { parseToday } from "./calendar";
import { loadDemo } from "./demo";
import { applyEdit } from "./edit";
import { buildPageScript } from "./pageScript";
import { linkSellers, loadSeller, SELLERS } from "./sellers";
import { type SheetView, sheetViews, stateOf } from "./state";

const root = join(import.meta.dirname, "../..");
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const statePath = option("state") ?? join(root, ".preview-state.json");
const port = Number(process.env.PORT ?? 3000);
if (!Number.isInteger(port) || port < 0 || port > 65_535) {
  console.error(
    `PORT=${process.env.PORT}: not a port number. Start with e.g. PORT=3001 npm start.`,
  );
  process.exit(1);
}
const timeZone = option("tz");
if (timeZone !== undefined) {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
  } catch {
    console.error(`--tz ${timeZone}: not a time zone. Use an IANA name such as Europe/Warsaw.`);
    process.exit(1);
  }
}

/** What the preview keeps between runs: every spreadsheet, and the one the page shows. */
interface Saved {
  spreadsheets: WorkbookState[];
  shown?: string;
}

/** The file as written: each spreadsheet with its looks in a table (older files have them in full). */
interface SavedFile {
  spreadsheets: (SavedWorkbook | WorkbookState)[];
  shown?: string;
}

/**
 * Reads the saved spreadsheets, whatever the flags (a fresh start writes over the file, so a file that
 * will not parse is kept aside and reported first, never lost).
 */
function readState(): Saved | undefined {
  if (!existsSync(statePath)) return undefined;
  try {
    const data = JSON.parse(readFileSync(statePath, "utf8")) as SavedFile | WorkbookState;
    // A file saved before the preview held several spreadsheets is one spreadsheet's state.
    if (!("spreadsheets" in data)) return { spreadsheets: [data] };
    return { ...data, spreadsheets: data.spreadsheets.map(openedState) };
  } catch (err) {
    const aside = `${statePath}.corrupt-${Date.now()}`;
    renameSync(statePath, aside);
    console.error(
      `The saved state could not be read (${(err as Error).message}); kept it as ${aside} and started fresh.`,
    );
    return undefined;
  }
}

/** What to tell the person when the port cannot be listened on (null: an error to throw as it is). */
function listenProblem(err: NodeJS.ErrnoException, taken: number): string | null {
  const other = taken === 65_535 ? 3000 : taken + 1;
  if (err.code === "EADDRINUSE")
    return `Port ${taken} is in use (another preview, or another program): start with PORT=${other} npm start, or stop what runs there.`;
  if (err.code === "EACCES")
    return `Port ${taken} may not be opened by this user: start with PORT=${other > 1023 ? other : 3000} npm start.`;
  return null;
}

/**
 * Whether the port is free, asked before the saved state is read and written: a second `npm start`
 * on a taken port stops before it touches the state the first one is using.
 */
function portFree(wanted: number): Promise<boolean> {
  if (wanted === 0) return Promise.resolve(true);
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", (err: NodeJS.ErrnoException) => {
      const problem = listenProblem(err, wanted);
      if (!problem) return reject(err);
      console.error(problem);
      resolve(false);
    });
    probe.listen(wanted, "127.0.0.1", () => probe.close(() => resolve(true)));
  });
}

/**
 * The preview's clock, the one thing here that reads the real time: `--today` pins it (the moment stays
 * put), and the demo moves it back while it enters its history.
 */
const clock = {
  pinned: undefined as Date | undefined,
  travelled: null as Date | null,
  now(): Date {
    return this.travelled ?? this.pinned ?? new Date();
  },
};

/** Reads `--today` on the spreadsheet's wall clock, once the zone is known. */
function pinToday(zone: string): void {
  const text = option("today");
  if (text === undefined) return;
  const parsed = parseToday(text, zone);
  if ("problem" in parsed) {
    console.error(parsed.problem);
    process.exit(1);
  }
  clock.pinned = parsed;
}

/** A fresh add-on over a state (or an empty spreadsheet) on the drive, its menu built. */
function open(drive: Drive, state: WorkbookState | undefined): Addon {
  const opened = loadAddon({
    distDir: join(root, "dist"),
    ...(state ? { state } : {}),
    // The spreadsheet's zone (File → Settings in Sheets); this machine's when not given.
    ...(timeZone ? { spreadsheetTimeZone: timeZone } : {}),
    now: () => clock.now(),
    drive,
  });
  if (clock.pinned === undefined) pinToday(opened.standIn.workbook.state.timeZone);
  opened.call("onOpen", { authMode: "LIMITED" });
  return opened;
}

const demoClock = () => ({
  today: clock.now(),
  travel: (at: Date | null) => {
    clock.travelled = at;
  },
});

/** What the preview opens: the saved spreadsheets, or a fresh start (the demo, or one empty spreadsheet). */
type Start = "saved" | "demo" | "empty";

/** `--empty` always starts empty, `--demo` and `--reset` with the demo; else the saved state, the demo if none. */
function startOf(saved: Saved | undefined): Start {
  if (flag("empty")) return "empty";
  if (flag("demo") || flag("reset") || !saved) return "demo";
  return "saved";
}

/**
 * Calculates again, its sources first, each spreadsheet allowed to import from others: it was
 * calculated as it was opened, before the spreadsheets opened after it were on the drive, and the
 * stand-in does not look for a source again until something changes.
 */
function recalculateImports(books: Addon[]): void {
  const byId = new Map(books.map((b) => [b.standIn.workbook.id, b.standIn.workbook]));
  const done = new Set<string>();
  const visit = (book: Workbook): void => {
    if (done.has(book.id)) return;
    done.add(book.id);
    if (book.allowedSources().length === 0) return;
    for (const id of book.allowedSources()) {
      const source = byId.get(id);
      if (source) visit(source);
    }
    book.reload();
  };
  for (const b of books) visit(b.standIn.workbook);
}

/** The saved spreadsheets, on one drive, with their imports read once all of them are there. */
function openSaved(saved: Saved): { books: Addon[]; shown: Addon } {
  const drive = new Drive();
  const books = saved.spreadsheets.map((state) => open(drive, state));
  recalculateImports(books);
  return { books, shown: books.find((b) => b.standIn.workbook.id === saved.shown) ?? books[0]! };
}

/**
 * The spreadsheets the page switches between: the saved ones, or the demo (the manager's spreadsheet
 * and three sellers' own, linked on its team sheet), or one empty spreadsheet.
 */
function openAll(saved: Saved | undefined, start: Start): { books: Addon[]; shown: Addon } {
  if (saved && start === "saved") return openSaved(saved);
  const drive = new Drive();
  const manager = open(drive, undefined);
  if (start === "empty") return { books: [manager], shown: manager };
  loadDemo(manager, demoClock());
  manager.standIn.workbook.state.name = "Social selling KPIs · team";
  const sellers = SELLERS.map((seller) => {
    const book = open(drive, undefined);
    loadSeller(book, seller, demoClock());
    return book;
  });
  linkSellers(manager, sellers);
  return { books: [manager, ...sellers], shown: manager };
}

if (!(await portFree(port))) process.exit(1);
const initial = readState();
let { books, shown: addon } = openAll(initial, startOf(initial));
let sidebarHtml = "";
/** What the state file holds: a call that changed nothing (a form read) does not write its megabytes again. */
let written = "";
/**
 * Each spreadsheet's state as JSON, kept until a request works on that spreadsheet: a call runs the
 * add-on on one spreadsheet's stand-in, which writes no other, so a save after a call on the demo's
 * manager does not turn the three sellers' megabytes into text again. The file is the same text as
 * `JSON.stringify` of the whole `SavedFile`.
 */
const texts = new Map<Addon, string>();
/** Writes the state file; `touched` is the one spreadsheet a request worked on (none: any may have changed). */
const save = (touched?: Addon) => {
  if (touched) texts.delete(touched);
  else texts.clear();
  const parts = books.map((b) => {
    let text = texts.get(b);
    if (text === undefined) {
      text = JSON.stringify(savedState(b.standIn.workbook.state));
      texts.set(b, text);
    }
    return text;
  });
  const text = `{"spreadsheets":[${parts.join(",")}],"shown":${JSON.stringify(addon.standIn.workbook.id)}}`;
  if (text === written) return;
  writeFileSync(statePath, text);
  written = text;
};
save();

/** The spreadsheet a request names (`?spreadsheet=` or `"spreadsheet"`), the shown one if none; null if unknown. */
function bookOf(id: unknown): Addon | null {
  if (id === undefined || id === null || id === "") return addon;
  return books.find((b) => b.standIn.workbook.id === id) ?? null;
}

/**
 * Each spreadsheet's sheets as last drawn, with what they were drawn from. The page asks again after
 * every sidebar call, most of which only read (the form, the profiles): the same state (its saved text),
 * the same sources (`importsVersion`) and the same moment draw the same sheets, so they are not
 * calculated cell by cell again.
 */
const drawn = new WeakMap<
  Addon,
  { text: string; version: number; now: number; sheets: SheetView[] }
>();

function sheetsFor(book: Addon): SheetView[] {
  const text = texts.get(book);
  const version = importsVersion();
  const now = clock.now().getTime();
  const last = drawn.get(book);
  if (last && last.text === text && last.version === version && last.now === now)
    return last.sheets;
  const sheets = sheetViews(book.standIn.workbook);
  // Kept only when drawing moved nothing on (a reload, a source read anew): then it is drawn again.
  if (text !== undefined && importsVersion() === version)
    drawn.set(book, { text, version, now, sheets });
  else drawn.delete(book);
  return sheets;
}

/** A spreadsheet's state as the page draws it, with which spreadsheet it is and the others it can show. */
function stateFor(book: Addon) {
  const wb = book.standIn.workbook;
  return {
    ...stateOf(book, sheetsFor(book)),
    id: wb.id,
    url: wb.url(),
    spreadsheets: books.map((b) => ({
      id: b.standIn.workbook.id,
      url: b.standIn.workbook.url(),
      name: b.standIn.workbook.state.name,
    })),
  };
}

/**
 * The page's script. A test run starts this server, bundled, some twenty times: its global setup builds
 * the script once (`test/support/chromiumSetup.ts`), from the same sources, and names the file here;
 * each start then reads it instead of running esbuild again (most of a second). `npm start` and any
 * server not run from that bundle build it themselves.
 */
async function pageScript(): Promise<string> {
  const built = process.env.PREVIEW_PAGE_SCRIPT;
  const bundled = process.env.PREVIEW_SERVER_BUNDLE;
  if (built && bundled && process.argv[1] === bundled) return readFileSync(built, "utf8");
  return buildPageScript();
}
const script = await pageScript();
const page = readFileSync(join(root, "dev/preview/index.html"), "utf8");

function body(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    let data = "";
    req.on("data", (chunk) => {
      data += chunk;
    });
    req.on("end", () => resolve(data));
    req.on("error", reject);
  });
}

function send(res: ServerResponse, status: number, type: string, content: string): void {
  res.writeHead(status, { "content-type": type, "cache-control": "no-store" });
  res.end(content);
}

/** Runs a top-level function as Apps Script would; answers its result or error and what it showed. */
function callFunction(book: Addon, fn: string, callArgs: unknown[]) {
  const before = book.standIn.ctx.ui.length;
  const answer = book.functionNames().includes(fn)
    ? book.callFromClient(fn, callArgs)
    : { error: `Script function not found: ${fn}` };
  // The cells this execution changed, as the stand-in logged them: { sheet, a1, what }.
  const writes = book.functionNames().includes(fn) ? [...book.standIn.ctx.writes] : [];
  const ui = book.standIn.ctx.ui.slice(before);
  const sidebar = ui.filter((e) => e.kind === "sidebar").at(-1);
  if (sidebar?.html) sidebarHtml = sidebar.html;
  save(book);
  return {
    result: answer.result ?? null,
    error: answer.error ?? null,
    // A dialog's page is shown; a sidebar's is loaded by its own frame.
    ui: ui.map(({ html, ...rest }) => (rest.kind === "dialog" ? { ...rest, html } : rest)),
    writes,
  };
}

const CALL_SHAPE =
  'Send {"fn": "NAME", "args": [ … ]} (and "spreadsheet": an id, for another spreadsheet), e.g. {"fn": "SSI_GAP", "args": [21.16]}.';

/** A call request as the API takes it, or what is wrong with it (answered with 400). */
function parseCall(
  text: string,
): { fn: string; args: unknown[]; spreadsheet?: unknown } | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problem: `The request body is not JSON. ${CALL_SHAPE}` };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data))
    return { problem: `The request body must be a JSON object. ${CALL_SHAPE}` };
  const {
    fn,
    args = [],
    spreadsheet,
  } = data as { fn?: unknown; args?: unknown; spreadsheet?: unknown };
  if (typeof fn !== "string" || fn === "")
    return { problem: `"fn" must name a function. ${CALL_SHAPE}` };
  if (!Array.isArray(args)) return { problem: `"args" must be an array. ${CALL_SHAPE}` };
  return { fn, args, spreadsheet };
}

const server = createServer(async (req, res) => {
  try {
    const url = new URL(req.url ?? "/", "http://localhost");
    if (req.method === "GET" && url.pathname === "/")
      return send(res, 200, "text/html; charset=utf-8", page);
    if (req.method === "GET" && url.pathname === "/app.js")
      return send(res, 200, "text/javascript", script);
    const font = /^\/fonts\/((?:files\/arimo-[a-z-]+-\d00-normal\.woff2)|\d00\.css)$/.exec(
      url.pathname,
    );
    if (req.method === "GET" && font?.[1]) {
      const file = join(root, "node_modules/@fontsource/arimo", font[1]);
      if (!existsSync(file)) return send(res, 404, "text/plain", "Not found");
      res.writeHead(200, {
        "content-type": file.endsWith(".css") ? "text/css" : "font/woff2",
        "cache-control": "max-age=3600",
      });
      return res.end(readFileSync(file));
    }
    if (req.method === "GET" && url.pathname === "/sidebar") {
      const sheetId = JSON.stringify(
        (bookOf(url.searchParams.get("spreadsheet")) ?? addon).standIn.workbook.id,
      );
      const transport = `<script>window.__gasCall = (fn, args) => fetch("/api/call", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ fn, args: JSON.parse(args), spreadsheet: ${sheetId} }) }).then((r) => r.json()).then((a) => { parent.postMessage({ kind: "called", ui: a.ui }, "*"); return a.error ? { error: a.error } : { result: a.result }; });</script>`;
      return send(
        res,
        200,
        "text/html; charset=utf-8",
        withShim(sidebarHtml).replace("<head>", () => `<head>${transport}`),
      );
    }
    const unknown = (id: unknown) =>
      send(
        res,
        404,
        "application/json",
        JSON.stringify({
          result: null,
          error: `No spreadsheet ${String(id)} here. GET /api/state lists them under "spreadsheets".`,
        }),
      );
    if (req.method === "GET" && url.pathname === "/api/state") {
      const id = url.searchParams.get("spreadsheet");
      const book = bookOf(id);
      if (!book) return unknown(id);
      return send(res, 200, "application/json", JSON.stringify(stateFor(book)));
    }
    if (req.method === "POST" && url.pathname === "/api/call") {
      const request = parseCall(await body(req));
      if ("problem" in request)
        return send(
          res,
          400,
          "application/json",
          JSON.stringify({ result: null, error: request.problem, ui: [] }),
        );
      const book = bookOf(request.spreadsheet);
      if (!book) return unknown(request.spreadsheet);
      return send(
        res,
        200,
        "application/json",
        JSON.stringify(callFunction(book, request.fn, request.args)),
      );
    }
    if (req.method === "POST" && url.pathname === "/api/allow") {
      // The person's click on Allow access in a cell that imports from another spreadsheet.
      let asked: { spreadsheet?: unknown; source?: unknown } = {};
      try {
        asked = JSON.parse(await body(req)) as typeof asked;
      } catch {
        // Answered below as a request without a source.
      }
      const book = bookOf(asked.spreadsheet);
      if (!book) return unknown(asked.spreadsheet);
      const source = typeof asked.source === "string" ? spreadsheetIdOf(asked.source) : null;
      if (!source)
        return send(
          res,
          400,
          "application/json",
          JSON.stringify({
            result: null,
            error:
              'Send {"spreadsheet": id, "source": the address or id of the spreadsheet it imports from}.',
          }),
        );
      book.standIn.workbook.allowImportsFrom(source);
      save(book);
      return send(res, 200, "application/json", JSON.stringify({ result: true, error: null }));
    }
    if (req.method === "POST" && url.pathname === "/api/edit") {
      const book = bookOf(url.searchParams.get("spreadsheet"));
      if (!book) return unknown(url.searchParams.get("spreadsheet"));
      const answer = applyEdit(book.standIn, await body(req));
      save(book);
      return send(res, answer.status, "application/json", JSON.stringify(answer.body));
    }
    if (req.method === "POST" && url.pathname === "/api/demo") {
      ({ books, shown: addon } = openAll(undefined, "demo"));
      save();
      return send(res, 200, "application/json", JSON.stringify({ result: true, error: null }));
    }
    send(res, 404, "text/plain", "Not found");
  } catch (err) {
    send(
      res,
      500,
      "application/json",
      JSON.stringify({ result: null, error: (err as Error).message }),
    );
  }
});

server.on("error", (err: NodeJS.ErrnoException) => {
  const problem = listenProblem(err, port);
  if (!problem) throw err;
  console.error(problem);
  process.exit(1);
});
server.listen(port, "127.0.0.1", () => {
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  const day = clock.pinned ? `, today pinned to ${clock.pinned.toISOString()}` : "";
  console.log(
    `Social Selling KPIs preview: http://localhost:${actual}/  (state: ${statePath}${day})`,
  );
});
