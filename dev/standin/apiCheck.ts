/**
 * Compile-time proof that the stand-in invents no API: every public method of its classes exists on the
 * matching Apps Script interface from @types/google-apps-script. `tsc` fails on a name that does not.
 */
import type { EmbeddedChart, EmbeddedChartBuilder } from "./chart";
import type { Protection } from "./protection";
import type { Range, RangeList } from "./range";
import type { ConditionalFormatRuleBuilder, DataValidation, DataValidationBuilder } from "./rules";
import type { HtmlOutput } from "./services";
import type { Sheet } from "./sheet";
import type { Spreadsheet } from "./spreadsheet";

type MethodsOf<T> = {
  [K in keyof T]: T[K] extends (...args: never[]) => unknown ? K : never;
}[keyof T];
/** Method names of a stand-in class that the real interface lacks (helpers for the stand-in itself excepted). */
type Invented<Fake, Real, Helpers extends string = never> = Exclude<
  MethodsOf<Fake>,
  keyof Real | Helpers
>;
type Check<T extends never> = T;

export type StandInApi = [
  Check<Invented<Range, GoogleAppsScript.Spreadsheet.Range>>,
  Check<Invented<RangeList, GoogleAppsScript.Spreadsheet.RangeList>>,
  Check<Invented<Sheet, GoogleAppsScript.Spreadsheet.Sheet>>,
  Check<Invented<Spreadsheet, GoogleAppsScript.Spreadsheet.Spreadsheet, "sheetFor">>,
  Check<Invented<Protection, GoogleAppsScript.Spreadsheet.Protection, "getUnprotectedAreas">>,
  Check<Invented<DataValidation, GoogleAppsScript.Spreadsheet.DataValidation, "check">>,
  Check<Invented<DataValidationBuilder, GoogleAppsScript.Spreadsheet.DataValidationBuilder>>,
  Check<
    Invented<
      ConditionalFormatRuleBuilder,
      GoogleAppsScript.Spreadsheet.ConditionalFormatRuleBuilder
    >
  >,
  Check<Invented<EmbeddedChart, GoogleAppsScript.Spreadsheet.EmbeddedChart>>,
  Check<Invented<EmbeddedChartBuilder, GoogleAppsScript.Spreadsheet.EmbeddedChartBuilder>>,
  Check<Invented<HtmlOutput, GoogleAppsScript.HTML.HtmlOutput>>,
];
