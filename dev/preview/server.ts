/** npm start: the built add-on on the offline stand-in, served as a page with the grid, menu, sidebar and charts. */
import { existsSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { join } from "node:path";
import { build } from "esbuild";
import { withShim } from "../gasShim";
import { type Addon, loadAddon } from "../loader";
import type { WorkbookState } from "../standin";
import { parseToday } from "./calendar";
import { loadDemo } from "./demo";
import { applyEdit } from "./edit";
import { stateOf } from "./state";

const root = join(import.meta.dirname, "../..");
const args = process.argv.slice(2);
const flag = (name: string) => args.includes(`--${name}`);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const statePath = option("state") ?? join(root, ".preview-state.json");
const port = Number(process.env.PORT ?? 3000);
const timeZone = option("tz");
if (timeZone !== undefined) {
  try {
    new Intl.DateTimeFormat("en", { timeZone });
  } catch {
    console.error(`--tz ${timeZone}: not a time zone. Use an IANA name such as Europe/Warsaw.`);
    process.exit(1);
  }
}

/** Reads the saved spreadsheet; a file that will not parse is kept aside and reported, never lost. */
function readState(): WorkbookState | undefined {
  if (flag("reset") || !existsSync(statePath)) return undefined;
  try {
    return JSON.parse(readFileSync(statePath, "utf8")) as WorkbookState;
  } catch (err) {
    const aside = `${statePath}.corrupt-${Date.now()}`;
    renameSync(statePath, aside);
    console.error(
      `The saved state could not be read (${(err as Error).message}); kept it as ${aside} and started fresh.`,
    );
    return undefined;
  }
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

/** A fresh add-on over a state (or an empty spreadsheet), its menu built, the demo loaded if asked. */
function open(state: WorkbookState | undefined, demo: boolean): Addon {
  const opened = loadAddon({
    distDir: join(root, "dist"),
    ...(state ? { state } : {}),
    // The spreadsheet's zone (File → Settings in Sheets); this machine's when not given.
    ...(timeZone ? { spreadsheetTimeZone: timeZone } : {}),
    now: () => clock.now(),
  });
  if (clock.pinned === undefined) pinToday(opened.standIn.workbook.state.timeZone);
  opened.call("onOpen", { authMode: "LIMITED" });
  if (demo)
    loadDemo(opened, {
      today: clock.now(),
      travel: (at) => {
        clock.travelled = at;
      },
    });
  return opened;
}

const initial = readState();
let addon = open(initial, flag("demo") || (!initial && !flag("empty")));
let sidebarHtml = "";
const save = () => writeFileSync(statePath, JSON.stringify(addon.standIn.workbook.state));
save();

async function pageScript(): Promise<string> {
  const result = await build({
    entryPoints: [join(root, "dev/preview/page.ts")],
    bundle: true,
    format: "iife",
    platform: "browser",
    target: "es2020",
    minify: true,
    write: false,
  });
  return result.outputFiles[0]?.text ?? "";
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
function callFunction(fn: string, callArgs: unknown[]) {
  const before = addon.standIn.ctx.ui.length;
  const answer = addon.functionNames().includes(fn)
    ? addon.callFromClient(fn, callArgs)
    : { error: `Script function not found: ${fn}` };
  const ui = addon.standIn.ctx.ui.slice(before);
  const sidebar = ui.filter((e) => e.kind === "sidebar").at(-1);
  if (sidebar?.html) sidebarHtml = sidebar.html;
  save();
  return {
    result: answer.result ?? null,
    error: answer.error ?? null,
    ui: ui.map(({ html: _html, ...rest }) => rest),
  };
}

const CALL_SHAPE = 'Send {"fn": "NAME", "args": [ … ]}, e.g. {"fn": "SSI_GAP", "args": [21.16]}.';

/** A call request as the API takes it, or what is wrong with it (answered with 400). */
function parseCall(text: string): { fn: string; args: unknown[] } | { problem: string } {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { problem: `The request body is not JSON. ${CALL_SHAPE}` };
  }
  if (typeof data !== "object" || data === null || Array.isArray(data))
    return { problem: `The request body must be a JSON object. ${CALL_SHAPE}` };
  const { fn, args = [] } = data as { fn?: unknown; args?: unknown };
  if (typeof fn !== "string" || fn === "")
    return { problem: `"fn" must name a function. ${CALL_SHAPE}` };
  if (!Array.isArray(args)) return { problem: `"args" must be an array. ${CALL_SHAPE}` };
  return { fn, args };
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
      const transport = `<script>window.__gasCall = (fn, args) => fetch("/api/call", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ fn, args: JSON.parse(args) }) }).then((r) => r.json()).then((a) => { parent.postMessage({ kind: "called", ui: a.ui }, "*"); return a.error ? { error: a.error } : { result: a.result }; });</script>`;
      return send(
        res,
        200,
        "text/html; charset=utf-8",
        withShim(sidebarHtml).replace("<head>", () => `<head>${transport}`),
      );
    }
    if (req.method === "GET" && url.pathname === "/api/state")
      return send(res, 200, "application/json", JSON.stringify(stateOf(addon)));
    if (req.method === "POST" && url.pathname === "/api/call") {
      const request = parseCall(await body(req));
      if ("problem" in request)
        return send(
          res,
          400,
          "application/json",
          JSON.stringify({ result: null, error: request.problem, ui: [] }),
        );
      return send(
        res,
        200,
        "application/json",
        JSON.stringify(callFunction(request.fn, request.args)),
      );
    }
    if (req.method === "POST" && url.pathname === "/api/edit") {
      const answer = applyEdit(addon.standIn, await body(req));
      save();
      return send(res, answer.status, "application/json", JSON.stringify(answer.body));
    }
    if (req.method === "POST" && url.pathname === "/api/demo") {
      addon = open(undefined, true);
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

server.listen(port, "127.0.0.1", () => {
  const address = server.address();
  const actual = typeof address === "object" && address ? address.port : port;
  const day = clock.pinned ? `, today pinned to ${clock.pinned.toISOString()}` : "";
  console.log(
    `Social Selling KPIs preview: http://localhost:${actual}/  (state: ${statePath}${day})`,
  );
});
