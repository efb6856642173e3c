/**
 * A person's edits through the preview's JSON API (`POST /api/edit`): typing into a cell, inserting and
 * deleting rows and columns, renaming, deleting and sorting, as a person does them in Sheets. They are
 * the person's, not the add-on's: no service call is counted.
 */
import type { StandIn } from "../standin";

const SHAPE =
  'Send {"sheet": "KPI 2026", "a1": "E31", "value": "7"}, or "insertRowsBefore", "deleteRows", "insertColumnsBefore" or "deleteColumns" with a line number and "count", or "renameTo", "deleteSheet": true, or "sort": {"a1": "A2:K40", "column": 6, "ascending": false}.';

export type EditAnswer = { status: number; body: Record<string, unknown> };

const positive = (n: unknown): n is number =>
  typeof n === "number" && Number.isInteger(n) && n >= 1;

/** Applies one edit from the request body; a malformed one is answered 400 with what to send. */
export function applyEdit(standIn: StandIn, text: string): EditAnswer {
  let data: Record<string, unknown>;
  try {
    const parsed: unknown = JSON.parse(text);
    if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) throw new Error();
    data = parsed as Record<string, unknown>;
  } catch {
    return { status: 400, body: { error: `The request body must be a JSON object. ${SHAPE}` } };
  }
  const name = data.sheet;
  if (typeof name !== "string" || !standIn.workbook.sheetByName(name))
    return {
      status: 400,
      body: { error: `"sheet" must name a sheet of the spreadsheet. ${SHAPE}` },
    };
  const sheet = standIn.sheet(name);
  const count = data.count === undefined ? 1 : data.count;
  const lines = (key: string, edit: (at: number, n: number) => unknown): EditAnswer | null => {
    if (!(key in data)) return null;
    if (!positive(data[key]) || !positive(count))
      return {
        status: 400,
        body: { error: `"${key}" and "count" must be whole numbers from 1. ${SHAPE}` },
      };
    edit(data[key] as number, count);
    return { status: 200, body: { done: true } };
  };
  try {
    if (typeof data.a1 === "string" && "value" in data) {
      const value = data.value;
      if (typeof value !== "string" && typeof value !== "number")
        return { status: 400, body: { error: `"value" must be a text or a number. ${SHAPE}` } };
      return {
        status: 200,
        body: standIn.typeInto(`'${name.replace(/'/g, "''")}'!${data.a1}`, value),
      };
    }
    const done =
      lines("insertRowsBefore", (at, n) => sheet.insertRowsBefore(at, n)) ??
      lines("deleteRows", (at, n) => sheet.deleteRows(at, n)) ??
      lines("insertColumnsBefore", (at, n) => sheet.insertColumnsBefore(at, n)) ??
      lines("deleteColumns", (at, n) => sheet.deleteColumns(at, n));
    if (done) return done;
    if (typeof data.renameTo === "string" && data.renameTo.trim() !== "") {
      sheet.setName(data.renameTo);
      return { status: 200, body: { done: true } };
    }
    if (data.deleteSheet === true) {
      sheet.getParent().deleteSheet(sheet);
      return { status: 200, body: { done: true } };
    }
    const sort = data.sort as { a1?: unknown; column?: unknown; ascending?: unknown } | undefined;
    if (sort && typeof sort.a1 === "string" && positive(sort.column)) {
      sheet.getRange(sort.a1).sort({ column: sort.column, ascending: sort.ascending !== false });
      return { status: 200, body: { done: true } };
    }
  } catch (err) {
    // What Sheets itself would refuse (a row past the grid, a taken name): said as Sheets says it.
    return { status: 400, body: { error: (err as Error).message } };
  }
  return { status: 400, body: { error: `Nothing to do in this edit. ${SHAPE}` } };
}
