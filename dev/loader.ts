/** Loads the built dist/Code.js into a bare vm context over the stand-in, as Apps Script runs it. */
import { readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import vm from "node:vm";
import { createStandIn, type StandIn, type StandInOptions } from "./standin";

export interface Addon {
  standIn: StandIn;
  /** Calls a top-level function of the bundle by name, as a menu click or google.script.run does. */
  call(name: string, ...args: unknown[]): unknown;
  /** Calls it as a sidebar would: arguments and result cross as JSON, errors come back as messages. */
  callFromClient(name: string, args: unknown[]): { result?: unknown; error?: string };
  /** Every top-level function the bundle declares. */
  functionNames(): string[];
  context: vm.Context;
}

/** Names of the top-level `function` declarations in a script. */
export function topLevelFunctions(code: string): string[] {
  return [...code.matchAll(/^function ([A-Za-z_$][\w$]*)\s*\(/gm)].map((m) => m[1] as string);
}

/** A clock whose `new Date()` and `Date.now()` read the stand-in's now, so tests can set the day. */
function clockDate(now: () => Date): DateConstructor {
  const Real = Date;
  class ClockDate extends Real {
    constructor(...args: unknown[]) {
      if (args.length === 0) super(now().getTime());
      else super(...(args as [number]));
    }
    static override now(): number {
      return now().getTime();
    }
    // The stand-in hands out Dates made outside the script: in Apps Script they are the script's own.
    static override [Symbol.hasInstance](value: unknown): boolean {
      return value instanceof Real;
    }
  }
  return ClockDate as DateConstructor;
}

function stryker(): unknown {
  return (globalThis as { __stryker__?: unknown }).__stryker__;
}

interface Compiled {
  script: vm.Script;
  names: string[];
}

/** The last bundle read from each place, kept while the file is unchanged (a test run loads it a thousand times). */
const compiledFrom = new Map<string, Compiled & { stamp: string }>();

/** A bundle compiled once: the file's own, unless the caller hands its code. */
function compiled(distDir: string, code?: string): Compiled {
  const of = (text: string) => ({
    script: new vm.Script(text, { filename: "Code.js" }),
    names: topLevelFunctions(text),
  });
  if (code !== undefined) return of(code);
  const path = join(distDir, "Code.js");
  const { mtimeMs, size } = statSync(path);
  const stamp = `${mtimeMs}:${size}`;
  const known = compiledFrom.get(path);
  if (known?.stamp === stamp) return known;
  const fresh = { ...of(readFileSync(path, "utf8")), stamp };
  compiledFrom.set(path, fresh);
  return fresh;
}

/** Loads the bundle fresh: global code runs once, as on each Apps Script execution. */
export function loadAddon(options: StandInOptions & { code?: string } = {}): Addon {
  const distDir = options.distDir ?? join(process.cwd(), "dist");
  const { script, names } = compiled(distDir, options.code);
  const standIn = createStandIn({ ...options, distDir });
  const now = options.now ?? (() => new Date());
  // Inside an execution the script's clock moves on by the modeled latency of its round trips.
  const scriptNow = () => new Date(now().getTime() + standIn.ctx.execution.elapsedMs);
  const context = vm.createContext({
    ...standIn.globals,
    Date: clockDate(scriptNow),
    console: { log() {}, info() {}, warn() {}, error() {} },
    // Under `npm run mutate` the bundle is built from Stryker's instrumented sources: its mutant
    // switches read the test runner's __stryker__, so tests through the bundle kill mutants too.
    ...(stryker() ? { __stryker__: stryker() } : {}),
  });
  script.runInContext(context);
  const fns = Object.fromEntries(
    names.map((n) => [
      n,
      (...args: unknown[]) => (context[n] as (...a: unknown[]) => unknown)(...args),
    ]),
  );
  standIn.workbook.useCustomFunctions(
    Object.fromEntries(
      names.filter((n) => /^[A-Z][A-Z0-9_]+$/.test(n)).map((n) => [n, fns[n]]),
    ) as Record<string, (...args: unknown[]) => unknown>,
  );

  function call(name: string, ...args: unknown[]): unknown {
    const fn = context[name];
    if (typeof fn !== "function") throw new Error(`Script function not found: ${name}`);
    // Each call is an execution of its own, with its own 6 minutes (another user's, run inside a wait,
    // leaves this one's clock as it was).
    const outer = { ...standIn.ctx.execution };
    // The write log is the execution's own; another user's, run inside a wait, starts its own too.
    if (!outer.running) standIn.ctx.writes = [];
    Object.assign(standIn.ctx.execution, { running: true, elapsedMs: 0, calls: 0 });
    try {
      return (fn as (...a: unknown[]) => unknown)(...args);
    } finally {
      // The execution ends: Apps Script lets go of the locks it held.
      const heldLock = standIn.ctx.lockHeld;
      standIn.ctx.lockHeld = false;
      const arrival = standIn.ctx.arrival;
      if (arrival && arrival.arrivedMs === undefined && arrival.atCall === Number.POSITIVE_INFINITY)
        arrival.arrivedMs = standIn.ctx.execution.lastCallMs ?? standIn.ctx.execution.elapsedMs;
      standIn.lastExecutionMs = standIn.ctx.execution.elapsedMs;
      Object.assign(standIn.ctx.execution, {
        running: outer.running,
        elapsedMs: outer.elapsedMs,
        calls: outer.calls,
      });
      if (!outer.running) runArrival(standIn.lastExecutionMs, heldLock);
    }
  }

  /**
   * A second person's action that arrived during the execution that just ended: it starts now, and its
   * first waitLock finds the lock held for as long as it was held after the arrival.
   */
  function runArrival(endedMs: number, heldLock: boolean): void {
    const arrival = standIn.ctx.arrival;
    if (!arrival || arrival.arrivedMs === undefined) return;
    standIn.ctx.arrival = null;
    // Arriving before the lock was taken counts as waiting too: the stricter of the two orders.
    standIn.ctx.lockBusyMs = heldLock ? endedMs - arrival.arrivedMs : 0;
    try {
      arrival.run();
    } finally {
      standIn.ctx.lockBusyMs = 0;
    }
  }

  return {
    standIn,
    context,
    call,
    functionNames: () => names,
    callFromClient(name, args) {
      try {
        const result = call(name, ...(JSON.parse(JSON.stringify(args)) as unknown[]));
        return { result: result === undefined ? null : JSON.parse(JSON.stringify(result)) };
      } catch (err) {
        // Errors thrown in the vm are Errors of its own realm: read the message, not instanceof.
        const message =
          typeof err === "object" && err !== null && "message" in err
            ? String(err.message)
            : String(err);
        return { error: message };
      }
    },
  };
}
