/** What every stand-in object shares: the workbook, the call counter, the UI's record and the auth mode. */
import type { Workbook } from "./workbook";

export interface UiEvent {
  kind: "toast" | "alert" | "sidebar" | "dialog" | "menu";
  title?: string;
  message?: string;
  html?: string;
  buttons?: string;
  /** For an alert: whether the script held the document lock while it waited for a click. */
  lockHeld?: boolean;
}

export interface MenuRecord {
  title: string;
  items: { caption: string; functionName: string }[];
}

/** Counts service calls: each one is a round trip to Google's servers in real Apps Script. */
export class CallCounter {
  total = 0;
  byMethod = new Map<string, number>();
  /** Builder calls (rule and chart builders) touch no document; counted apart. */
  builderCalls = 0;

  hit(name: string): void {
    this.total++;
    this.byMethod.set(name, (this.byMethod.get(name) ?? 0) + 1);
  }

  reset(): void {
    this.total = 0;
    this.builderCalls = 0;
    this.byMethod.clear();
  }

  /** The calls made so far, most frequent first. */
  summary(): [string, number][] {
    return [...this.byMethod.entries()].sort((a, b) => b[1] - a[1]);
  }
}

/** One call of the script's that changed cells: which sheet, which cells (A1), and the method. */
export interface WriteRecord {
  sheet: string;
  a1: string;
  what: string;
}

export interface Ctx {
  workbook: Workbook;
  /** The calls that changed cells in the running execution (none are recorded between executions). */
  writes: WriteRecord[];
  counter: CallCounter;
  ui: UiEvent[];
  menus: MenuRecord[];
  alertResponses: string[];
  authMode: "NONE" | "LIMITED" | "FULL" | "CUSTOM_FUNCTION";
  lockHeldElsewhere: boolean;
  /**
   * Other users' executions that hold the document lock when this one first asks for it: each runs to
   * its end (inside the wait), then this one gets the lock, as Apps Script's waitLock queues them.
   */
  othersAtLock: (() => void)[];
  /** The script runs outside any document (standalone): there is no document lock to take. */
  noDocument: boolean;
  /** This execution holds the document lock (Apps Script lets it go when the execution ends). */
  lockHeld: boolean;
  /** The running execution's modeled clock: each round trip costs its latency; past the limit it stops. */
  execution: {
    running: boolean;
    elapsedMs: number;
    limitMs: number;
    calls: number;
    /** When the execution's last round trip began (modeled ms): where an arrival "at the end" lands. */
    lastCallMs?: number;
  };
  /**
   * A second person's action that arrives while an execution runs, at its `atCall`-th round trip: it
   * runs when that execution ends, having waited at the lock for as long as the lock was still held
   * (modeled time), so its `waitLock` throws Apps Script's timeout when that is longer than it waits.
   * `atCall: Infinity` arrives at the execution's last round trip, whatever its length.
   */
  arrival: { atCall: number; run: () => void; arrivedMs?: number } | null;
  /** How long (modeled ms) the next `waitLock` finds the lock held by an execution that ran before it. */
  lockBusyMs: number;
  files: (name: string) => string;
  /** The script's clock (the loader's), for "this year" when a date is typed without one. */
  now: () => Date;
  /** appsscript.json's timeZone: what Session.getScriptTimeZone says; independent of the spreadsheet's. */
  scriptTimeZone: string;
}

/** Apps Script's limit for one execution of an add-on's script: 6 minutes. */
export const EXECUTION_LIMIT_MS = 6 * 60 * 1000;

/**
 * The modeled latency of one round trip (the README's table): a chart insert, update or removal
 * 400 ms, a sheet insert 300 ms, a named range 100 ms, a read that flushes pending writes 80 ms, a
 * property read or write 50 ms, another write 40 ms, anything else 20 ms.
 */
export function latencyOf(call: string): number {
  const [owner = "", method = ""] = call.split(".");
  if (/^(insertChart|updateChart|removeChart)$/.test(method)) return 400;
  if (method === "insertSheet") return 300;
  if (method === "setNamedRange") return 100;
  if (owner === "Properties") return 50;
  if (/^get(Values?|DisplayValues?|Formulas?|Notes?|LastRow|LastColumn)$/.test(method)) return 80;
  if (/^(set|clear|insert|delete|append|remove|protect|hide|show|sort|add)/.test(method)) return 40;
  return 20;
}

/** Records a change of cells made by the running execution: a person's own edits between executions are not the script's. */
export function recordWrite(ctx: Ctx, record: WriteRecord): void {
  if (ctx.execution.running) ctx.writes.push(record);
}

/** Wraps a stand-in object so every method call is counted under "Class.method". */
export function counted<T extends object>(ctx: Ctx, className: string, target: T): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== "function" || typeof prop !== "string" || prop === "constructor") {
        return value;
      }
      return (...args: unknown[]) => {
        const name = `${className}.${prop}`;
        // Past the limit the execution stops before this call, keeping what it wrote: no rollback.
        // A test's own look inside (between executions) takes no script time.
        if (ctx.execution.running) {
          ctx.execution.calls++;
          const arrival = ctx.arrival;
          if (arrival && arrival.arrivedMs === undefined && ctx.execution.calls >= arrival.atCall) {
            arrival.arrivedMs = ctx.execution.elapsedMs;
          }
          ctx.execution.lastCallMs = ctx.execution.elapsedMs;
          ctx.execution.elapsedMs += latencyOf(name);
          if (ctx.execution.elapsedMs > ctx.execution.limitMs)
            throw new Error("Exceeded maximum execution time");
        }
        ctx.counter.hit(name);
        const result = value.apply(obj, args);
        // A chained call (range.setValues(…).setNotes(…)) is a round trip too.
        return result === obj ? receiver : result;
      };
    },
  });
}

/** Wraps a builder so its calls are tallied apart from document round trips. */
export function builder<T extends object>(ctx: Ctx, target: T): T {
  return new Proxy(target, {
    get(obj, prop, receiver) {
      const value = Reflect.get(obj, prop, receiver);
      if (typeof value !== "function") return value;
      return (...args: unknown[]) => {
        ctx.counter.builderCalls++;
        const result = value.apply(obj, args);
        return result === obj ? receiver : result;
      };
    },
  });
}

/** Throws as Apps Script does when an add-on touches the document before it is authorized. */
export function requireAuth(ctx: Ctx, what: string): void {
  if (ctx.authMode === "NONE" || ctx.authMode === "CUSTOM_FUNCTION") {
    throw new Error(
      `Exception: You do not have permission to call ${what}. Required permissions: https://www.googleapis.com/auth/spreadsheets.currentonly`,
    );
  }
}
