/** The smaller services: HtmlService, PropertiesService, LockService, Session, Utilities, Logger, ScriptApp, Charts. */
import { type Ctx, counted, requireAuth } from "./context";
import { formatDate, zoneOffset } from "./format";

/** As Apps Script's HtmlOutput. */
export class HtmlOutput {
  private title = "";
  private width = 300;
  private height = 500;
  constructor(private content: string) {}
  setTitle(title: string): HtmlOutput {
    this.title = title;
    return this;
  }
  getTitle(): string {
    return this.title;
  }
  getContent(): string {
    return this.content;
  }
  setContent(content: string): HtmlOutput {
    this.content = content;
    return this;
  }
  append(addedContent: string): HtmlOutput {
    this.content += addedContent;
    return this;
  }
  setWidth(width: number): HtmlOutput {
    this.width = width;
    return this;
  }
  getWidth(): number {
    return this.width;
  }
  setHeight(height: number): HtmlOutput {
    this.height = height;
    return this;
  }
  getHeight(): number {
    return this.height;
  }
}

/** Apps Script's quotas for properties: a value with its key, and a whole store, in UTF-8 bytes. */
export const PROPERTY_VALUE_BYTES = 9 * 1024;
export const PROPERTY_STORE_BYTES = 500 * 1024;
const bytes = (text: string) => Buffer.byteLength(text, "utf8");

/** As Apps Script's Properties, over a plain record, refusing what its quotas refuse (nothing is written then). */
class Properties {
  constructor(private readonly store: Record<string, string>) {}
  getProperty(key: string): string | null {
    return this.store[key] ?? null;
  }
  setProperty(key: string, value: string): Properties {
    return this.setProperties({ [key]: value });
  }
  getProperties(): Record<string, string> {
    return { ...this.store };
  }
  setProperties(properties: Record<string, string>, deleteAllOthers = false): Properties {
    const after: Record<string, string> = deleteAllOthers ? {} : { ...this.store };
    for (const [k, v] of Object.entries(properties)) {
      if (bytes(k) + bytes(String(v)) > PROPERTY_VALUE_BYTES)
        throw new Error("Exception: Argument too large: value");
      after[k] = String(v);
    }
    const total = Object.entries(after).reduce((n, [k, v]) => n + bytes(k) + bytes(v), 0);
    if (total > PROPERTY_STORE_BYTES)
      throw new Error(
        "Exception: You have exceeded the property storage quota. Please remove some properties and try again.",
      );
    for (const k of Object.keys(this.store)) delete this.store[k];
    Object.assign(this.store, after);
    return this;
  }
  deleteProperty(key: string): Properties {
    delete this.store[key];
    return this;
  }
  getKeys(): string[] {
    return Object.keys(this.store);
  }
}

/** As Apps Script's Lock; `lockHeldElsewhere` simulates another user's running script. */
class Lock {
  private held = false;
  constructor(private readonly ctx: Ctx) {}
  /**
   * Waits for the lock at most `timeoutInMillis` of modeled time: an execution that held it when this
   * one arrived keeps it to its end, and past the timeout Apps Script's exception is thrown.
   */
  waitLock(timeoutInMillis: number): void {
    this.letOthersFinish();
    const busy = this.ctx.lockBusyMs;
    this.ctx.lockBusyMs = 0;
    if (this.ctx.lockHeldElsewhere || busy > timeoutInMillis) {
      if (this.ctx.execution.running) this.ctx.execution.elapsedMs += timeoutInMillis;
      throw new Error(
        "Exception: Lock timeout: another process was holding the lock for too long.",
      );
    }
    if (this.ctx.execution.running) this.ctx.execution.elapsedMs += busy;
    this.held = true;
    this.ctx.lockHeld = true;
  }
  tryLock(_timeoutInMillis: number): boolean {
    this.letOthersFinish();
    this.held = !this.ctx.lockHeldElsewhere;
    if (this.held) this.ctx.lockHeld = true;
    return this.held;
  }
  releaseLock(): void {
    this.held = false;
    this.ctx.lockHeld = false;
  }
  /** The other users ahead at the lock finish their executions while this one waits. */
  private letOthersFinish(): void {
    for (let other = this.ctx.othersAtLock.shift(); other; other = this.ctx.othersAtLock.shift())
      other();
  }
  hasLock(): boolean {
    return this.held;
  }
}

/** The service globals besides SpreadsheetApp. */
export function createServices(ctx: Ctx, userLocale: string) {
  const logs: string[] = [];
  return {
    logs,
    HtmlService: counted(ctx, "HtmlService", {
      createHtmlOutputFromFile(filename: string): HtmlOutput {
        return new HtmlOutput(ctx.files(filename));
      },
      createHtmlOutput(html = ""): HtmlOutput {
        return new HtmlOutput(html);
      },
    }),
    PropertiesService: counted(ctx, "PropertiesService", {
      getDocumentProperties(): Properties {
        requireAuth(ctx, "PropertiesService.getDocumentProperties");
        return counted(ctx, "Properties", new Properties(ctx.workbook.state.properties.document));
      },
      getUserProperties(): Properties {
        requireAuth(ctx, "PropertiesService.getUserProperties");
        return counted(ctx, "Properties", new Properties(ctx.workbook.state.properties.user));
      },
    }),
    LockService: counted(ctx, "LockService", {
      /** Null outside a document (a standalone script or web app), as Apps Script answers. */
      getDocumentLock(): Lock | null {
        if (ctx.noDocument) return null;
        return counted(ctx, "Lock", new Lock(ctx));
      },
    }),
    Session: counted(ctx, "Session", {
      getActiveUserLocale(): string {
        return userLocale;
      },
      getScriptTimeZone(): string {
        return ctx.scriptTimeZone;
      },
    }),
    Utilities: {
      formatDate(date: Date, timeZone: string, format: string): string {
        if (!(date instanceof Date) || Number.isNaN(date.getTime()))
          throw new Error("Exception: Invalid argument: date");
        return formatDate(new Date(date.getTime() + zoneOffset(date.getTime(), timeZone)), format);
      },
    },
    Logger: {
      log(...data: unknown[]) {
        logs.push(data.map(String).join(" "));
      },
    },
    ScriptApp: {
      AuthMode: {
        NONE: "NONE",
        LIMITED: "LIMITED",
        FULL: "FULL",
        CUSTOM_FUNCTION: "CUSTOM_FUNCTION",
      },
    },
    Charts: {
      ChartType: {
        LINE: "LINE",
        COLUMN: "COLUMN",
        BAR: "BAR",
        AREA: "AREA",
        SCATTER: "SCATTER",
        COMBO: "COMBO",
        PIE: "PIE",
      },
    },
  };
}
