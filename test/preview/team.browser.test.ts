/**
 * `npm start -- --demo` holds the manager's spreadsheet and three sellers' own: the team sheet links
 * them, one still waiting for access until the person clicks Allow access in its cell.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { stopPreview } from "../../scripts/screenshots";
import { DAYS, type PinnedDay, previewDir, sharedBrowser, startDemo } from "../support/preview";

const dir = previewDir();
const browser = sharedBrowser();
const first = DAYS[0] as PinnedDay;
const TEAM = `Team ${first.local.year}`;

interface Book {
  id: string;
  url: string;
  name: string;
}
interface State {
  id: string;
  url: string;
  spreadsheets: Book[];
  sheets: { name: string; display: string[][]; formulas: string[][] }[];
}

async function state(url: string, id?: string): Promise<State> {
  const res = await fetch(`${url}api/state${id ? `?spreadsheet=${id}` : ""}`);
  return (await res.json()) as State;
}

/** A profile's row on the manager's team sheet: its cells as shown, and the importing cell's A1. */
async function teamRow(url: string, name: string): Promise<{ cells: string[]; source: string }> {
  const team = (await state(url)).sheets.find((s) => s.name === TEAM)!;
  const r = team.display.findIndex((row) => row[0] === name);
  const c = (team.formulas[r] ?? []).findIndex((f) => f.includes("IMPORTRANGE"));
  return { cells: team.display[r] ?? [], source: `${String.fromCharCode(65 + c)}${r + 1}` };
}

describe("a team of spreadsheets in the preview", () => {
  it("switches between the manager's and the sellers' spreadsheets, allows access in the waiting cell, and follows a seller's reading", async () => {
    const { url, server } = await startDemo(first, join(dir, "team.json"));
    try {
      const manager = await state(url);
      expect(manager.spreadsheets.map((b) => b.name)).toEqual([
        "Social selling KPIs · team",
        "Social selling KPIs · Piotr Nowak",
        "Social selling KPIs · Sofía García",
        "Social selling KPIs · Mark Evans",
      ]);
      const [, piotr] = manager.spreadsheets as Book[];
      const own = await state(url, piotr!.id);
      expect(own.id).toBe(piotr!.id);
      expect(own.sheets.map((s) => s.name)).toContain(`KPI ${first.local.year}`);
      const unknown = await fetch(`${url}api/state?spreadsheet=nope`);
      expect(unknown.status).toBe(404);

      const page = await browser().newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(url);
      await page.locator("#grid td").first().waitFor();
      expect(await page.locator("#spreadsheet option").count()).toBe(4);
      await page.click(`nav#tabs button:text-is("${TEAM}")`);
      const mark = await teamRow(url, "Mark Evans");
      expect(mark.cells.join(" ")).toContain(
        `Loading, or waiting for Allow access: click cell ${mark.source}`,
      );
      const cell = page.locator(`td[data-cell="${mark.source}"]`);
      await expect.poll(() => cell.textContent()).toBe("#REF!");
      await cell.click();
      await page.locator("#connect").waitFor();
      expect(await page.locator("#connect-title").textContent()).toBe(
        "You need to connect these sheets.",
      );
      await page.click("#connect-allow");
      // The manager's spreadsheet computes again with the seller's figures: a moment.
      // The source cell holds the summary's version, shown in words.
      await expect
        .poll(() => cell.textContent(), { timeout: 20_000 })
        .toBe("Their own spreadsheet");
      expect((await teamRow(url, "Mark Evans")).cells.join(" ")).toContain(
        "Read live from Mark Evans's spreadsheet.",
      );

      // A reading saved in Piotr's own spreadsheet moves his row on the manager's team sheet.
      const before = (await teamRow(url, "Piotr Nowak")).cells[2];
      const saved = await fetch(`${url}api/call`, {
        method: "POST",
        body: JSON.stringify({
          spreadsheet: piotr!.id,
          fn: "saveEntry",
          args: [
            {
              language: "en",
              year: first.local.year,
              month: first.local.month,
              values: {},
              reading: {
                date: `${first.today.slice(0, 10)}`,
                brand: "25",
                findPeople: "25",
                engage: "25",
                relationships: "25",
              },
            },
          ],
        }),
      });
      expect(((await saved.json()) as { error: string | null }).error).toBeNull();
      await page.reload();
      await page.click(`nav#tabs button:text-is("${TEAM}")`);
      const row = await teamRow(url, "Piotr Nowak");
      expect(row.cells[2]).toBe("100.00");
      expect(row.cells[2]).not.toBe(before);

      // The switcher shows a seller's own spreadsheet: their dashboard, no team sheet.
      await page.selectOption("#spreadsheet", piotr!.id);
      await expect
        .poll(() => page.locator(`nav#tabs button:text-is("${TEAM}")`).count(), { timeout: 20_000 })
        .toBe(0);
      expect(await page.locator(`nav#tabs button:text-is("KPI ${first.local.year}")`).count()).toBe(
        1,
      );
      await page.close();
    } finally {
      stopPreview(server);
    }
  }, 180_000);
});
