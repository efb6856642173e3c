/** Spreadsheet and SpreadsheetApp: sheets, named ranges, toasts, builders and enums. */
import { parseA1, splitSheet } from "./a1";
import { builder, type Ctx, counted, requireAuth } from "./context";
import type { Range } from "./range";
import { RichTextValueBuilder } from "./richText";
import { ConditionalFormatRuleBuilder, DataValidationBuilder } from "./rules";
import { Sheet } from "./sheet";
import { createUi, type Ui } from "./ui";
import type { SheetState } from "./workbook";

/** As Apps Script's NamedRange. */
export class NamedRange {
  constructor(
    private readonly ctx: Ctx,
    private readonly name: string,
    private readonly spreadsheet: Spreadsheet,
  ) {}
  getName(): string {
    return this.name;
  }
  getRange(): Range {
    const n = this.ctx.workbook.state.namedRanges.find((x) => x.name === this.name);
    if (!n) throw new Error(`Named range ${this.name} no longer exists.`);
    const sheet = new Sheet(
      this.ctx,
      this.ctx.workbook.sheetById(n.sheetId),
      () => this.spreadsheet,
    );
    return sheet.getRange(n.area.row, n.area.col, n.area.numRows, n.area.numCols);
  }
  /** Points the name at another range, as `NamedRange.setRange` does. */
  setRange(range: Range): NamedRange {
    this.ctx.workbook.setNamedRange(this.name, range.sheetState, { ...range.area });
    return this;
  }
  remove(): void {
    this.ctx.workbook.removeNamedRange(this.name);
  }
}

/** A counted NamedRange object, as Apps Script hands them out. */
export function namedRangeFor(ctx: Ctx, name: string, spreadsheet: Spreadsheet): NamedRange {
  return counted(ctx, "NamedRange", new NamedRange(ctx, name, spreadsheet));
}

/** As Apps Script's Spreadsheet. */
export class Spreadsheet {
  constructor(private readonly ctx: Ctx) {}

  /** A counted Sheet object for a sheet's state. */
  sheetFor(state: SheetState): Sheet {
    return counted(this.ctx, "Sheet", new Sheet(this.ctx, state, () => this.self()));
  }

  private self(): Spreadsheet {
    return counted(this.ctx, "Spreadsheet", new Spreadsheet(this.ctx));
  }

  getId(): string {
    return this.ctx.workbook.id;
  }
  getName(): string {
    return this.ctx.workbook.state.name;
  }
  getUrl(): string {
    return this.ctx.workbook.url();
  }
  getSpreadsheetLocale(): string {
    return this.ctx.workbook.state.locale;
  }
  setSpreadsheetLocale(locale: string): void {
    this.ctx.workbook.state.locale = locale;
  }
  getSpreadsheetTimeZone(): string {
    return this.ctx.workbook.state.timeZone;
  }
  getSheets(): Sheet[] {
    return this.ctx.workbook.sheets().map((s) => this.sheetFor(s));
  }
  getSheetByName(name: string): Sheet | null {
    const s = this.ctx.workbook.sheetByName(name);
    return s ? this.sheetFor(s) : null;
  }
  getSheetById(id: number): Sheet | null {
    const s = this.ctx.workbook.sheets().find((x) => x.id === id);
    return s ? this.sheetFor(s) : null;
  }
  getNumSheets(): number {
    return this.ctx.workbook.sheets().length;
  }
  insertSheet(sheetName?: string, sheetIndex?: number): Sheet {
    // Sheets is reported to cap a spreadsheet at 200 sheets (Google's docs do not say): the stand-in
    // refuses the 201st, so the add-on must count before it adds.
    if (this.ctx.workbook.sheets().length >= MAX_SHEETS)
      throw new Error(`Exception: A spreadsheet can hold at most ${MAX_SHEETS} sheets.`);
    const name = sheetName ?? `Sheet${this.ctx.workbook.sheets().length + 1}`;
    const s = this.ctx.workbook.addSheet(name, sheetIndex);
    this.ctx.workbook.state.activeSheetId = s.id;
    return this.sheetFor(s);
  }
  deleteSheet(sheet: Sheet): void {
    this.ctx.workbook.removeSheet(sheet.state);
  }
  getActiveSheet(): Sheet {
    return this.sheetFor(this.ctx.workbook.sheetById(this.ctx.workbook.state.activeSheetId));
  }
  setActiveSheet(sheet: Sheet): Sheet {
    this.ctx.workbook.state.activeSheetId = sheet.state.id;
    return sheet;
  }
  getRange(a1Notation: string): Range {
    const { sheet, ref } = splitSheet(a1Notation);
    const target = sheet ? this.ctx.workbook.sheetByName(sheet) : null;
    if (sheet && !target) throw new Error("Exception: Range not found");
    const s = target ?? this.ctx.workbook.sheetById(this.ctx.workbook.state.activeSheetId);
    const area = parseA1(ref, s.maxRows, s.maxCols);
    // One round trip: the sheet is reached inside it, uncounted.
    return new Sheet(this.ctx, s, () => this.self()).getRange(
      area.row,
      area.col,
      area.numRows,
      area.numCols,
    );
  }
  /**
   * Names a range. What Apps Script does with a name that exists is not documented, so the stand-in
   * refuses it: a name is moved with `NamedRange.setRange`, found through `getNamedRanges()`.
   */
  setNamedRange(name: string, range: Range): void {
    if (this.ctx.workbook.state.namedRanges.some((n) => n.name === name))
      throw new Error(
        `Exception: The stand-in refuses setNamedRange over the existing name "${name}": Apps Script does not document it. Move the name with NamedRange.setRange.`,
      );
    this.ctx.workbook.setNamedRange(name, range.sheetState, { ...range.area });
  }
  getRangeByName(name: string): Range | null {
    return this.ctx.workbook.state.namedRanges.some((n) => n.name === name)
      ? new NamedRange(this.ctx, name, this).getRange()
      : null;
  }
  getNamedRanges(): NamedRange[] {
    return this.ctx.workbook.state.namedRanges.map((n) => namedRangeFor(this.ctx, n.name, this));
  }
  removeNamedRange(name: string): void {
    this.ctx.workbook.removeNamedRange(name);
  }
  toast(msg: string, title?: string, _timeoutSeconds?: number): void {
    this.ctx.ui.push({ kind: "toast", message: msg, title: title ?? "" });
  }
}

/** The SpreadsheetApp global. */
/** The most sheets a spreadsheet holds, as far as known (reported, not documented). */
export const MAX_SHEETS = 200;

export function createSpreadsheetApp(ctx: Ctx) {
  const ui: Ui = createUi(ctx);
  const app = {
    getActiveSpreadsheet(): Spreadsheet {
      requireAuth(ctx, "SpreadsheetApp.getActiveSpreadsheet");
      return counted(ctx, "Spreadsheet", new Spreadsheet(ctx));
    },
    getActive(): Spreadsheet {
      return app.getActiveSpreadsheet();
    },
    getUi(): Ui {
      return ui;
    },
    flush(): void {},
    newDataValidation(): DataValidationBuilder {
      return builder(ctx, new DataValidationBuilder());
    },
    newConditionalFormatRule(): ConditionalFormatRuleBuilder {
      return builder(ctx, new ConditionalFormatRuleBuilder());
    },
    newRichTextValue(): RichTextValueBuilder {
      return builder(ctx, new RichTextValueBuilder());
    },
  };
  const counters = counted(ctx, "SpreadsheetApp", app);
  // Builders and enums are local objects in Apps Script: no document round trip.
  return Object.assign(Object.create(counters) as typeof app, {
    newDataValidation: app.newDataValidation,
    newConditionalFormatRule: app.newConditionalFormatRule,
    newRichTextValue: app.newRichTextValue,
    ProtectionType: { SHEET: "SHEET", RANGE: "RANGE" },
    WrapStrategy: { WRAP: "WRAP", CLIP: "CLIP", OVERFLOW: "OVERFLOW" },
  });
}
