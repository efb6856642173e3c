/** The smaller services: HtmlService, PropertiesService, LockService, Session, Utilities, Logger, ScriptApp, Charts. */
import { type Ctx, counted, requireAuth } from "./context";
import { formatDate, zoneOffset } from "./format";

/** As Apps Script's HtmlOutput. */
export class HtmlOutput {
  private title = "";
  private width = 300;
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
}

/** As Apps Script's Properties, over a plain record. */
class Properties {
  constructor(private readonly store: Record<string, string>) {}
  getProperty(key: string): string | null {
    return this.store[key] ?? null;
  }
  setProperty(key: string, value: string): Properties {
    this.store[key] = String(value);
    return this;
  }
  getProperties(): Record<string, string> {
    return { ...this.store };
  }
  setProperties(properties: Record<string, string>, deleteAllOthers = false): Properties {
    if (deleteAllOthers) for (const k of Object.keys(this.store)) delete this.store[k];
    for (const [k, v] of Object.entries(properties)) this.store[k] = String(v);
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
  waitLock(_timeoutInMillis: number): void {
    if (this.ctx.lockHeldElsewhere) {
      throw new Error(
        "Exception: Lock timeout: another process was holding the lock for too long.",
      );
    }
    this.held = true;
  }
  tryLock(_timeoutInMillis: number): boolean {
    this.held = !this.ctx.lockHeldElsewhere;
    return this.held;
  }
  releaseLock(): void {
    this.held = false;
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
      getDocumentLock(): Lock {
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
