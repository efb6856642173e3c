/** The preview's browser tests that depend on the day: run on each pinned day. */
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { expect, it } from "vitest";
import { SAMPLE_TARGETS, sampleExportZip, sampleZipName } from "../../dev/exportSample";
import { demoMonths, isoDay } from "../../dev/preview/calendar";
import { EXECUTIVES, executiveMonth } from "../../dev/preview/demo";
import { startPreview, stopPreview } from "../../scripts/screenshots";
import {
  api,
  MONTHS,
  monthColumn,
  type PinnedDay,
  pin,
  SHORT,
  settled,
  startDemo,
} from "./preview";

/** Saving a month, the import and the team sheet on a pinned day, as a person does them in the preview. */
export function onPinnedDay(
  d: PinnedDay,
  browser: () => Browser,
  dir: string,
  /** The demo's four executives (some 35 s): on the day whose calendar it tests, not on every one. */
  { team = true }: { team?: boolean } = {},
): void {
  const { year, month } = d.local;
  const column = monthColumn(month);

  it("builds the dashboard from the menu, saves a month in the sidebar, and shows totals, gaps and charts change", async () => {
    const { url, server } = await startPreview(
      ["--reset", "--empty", ...pin(d)],
      join(dir, `state-${d.today}.json`),
    );
    try {
      const page = await browser().newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(url);
      await page.click("#extensions");
      expect(await page.locator("#menu button").allTextContents()).toContain(
        "Build or refresh dashboard",
      );
      await page.click('[data-fn="buildDashboard"]');
      await expect
        .poll(() => page.locator(".toast").first().textContent())
        .toContain(`Dashboard ${year} is ready.`);
      await page.locator('td[data-cell="B2"]').waitFor();

      await page.click("#extensions");
      await page.click('[data-fn="openSidebar"]');
      const sidebar = page.frameLocator("#sidebar-frame");
      await sidebar.locator("#f-requests_sent_target").fill("40");
      await sidebar.locator("#f-requests_received").fill("12");
      // The reading's day is today on the spreadsheet's clock, whatever the machine's zone says.
      expect(await sidebar.locator("#f-reading-date").inputValue()).toBe(isoDay(d.local));
      await sidebar.locator("#f-reading-brand").fill("12.5");
      await sidebar.locator("#f-reading-findPeople").fill("21");
      await sidebar.locator("#f-reading-engage").fill("16.74");
      await sidebar.locator("#f-reading-relationships").fill("16.75");
      await sidebar.locator("#save").click();
      await expect
        .poll(() => sidebar.locator("#status").textContent())
        .toContain(`Saved ${MONTHS[month - 1]} ${year}.`);

      const cell = (a1: string) => page.locator(`td[data-cell="${a1}"]`).textContent();
      // The month's column holds what was saved: requests sent (row 18) and received (row 21).
      await expect.poll(() => cell(`${column}18`)).toBe("40");
      expect(await cell(`${column}21`)).toBe("12");
      await expect.poll(() => cell(`${column}40`)).toBe("66.99");
      expect(await cell(`${column}45`)).toBe("13.01");

      await page.click('nav#tabs button:has-text("Charts")');
      await page.locator("#charts canvas").first().waitFor();
      expect(await page.locator("#charts figure").count()).toBe(5);
      const state = (await (await fetch(`${url}api/state`)).json()) as {
        sheets: {
          name: string;
          charts: { title: string; series: { data: (number | null)[] }[] }[];
        }[];
      };
      const monthly = state.sheets
        .find((s) => s.name === "Charts")
        ?.charts.find((c) => c.title === "SSI per month against target");
      const data = monthly?.series[0]?.data ?? [];
      // The last twelve months end with this one.
      expect(data[11]).toBe(66.99);
      expect(data.filter((v) => v !== null)).toEqual([66.99]);
    } finally {
      stopPreview(server);
    }
  }, 90_000);

  it("imports an export made today: previews this month, writes it, and dates the Network sheet today", async () => {
    const { url, server } = await startPreview(
      ["--reset", "--empty", ...pin(d)],
      join(dir, `import-${d.today}.json`),
    );
    try {
      expect((await api(url, "buildDashboard")).error).toBeNull();
      expect(
        (await api(url, "saveSettings", [{ targetCompanies: SAMPLE_TARGETS.join("\n") }])).error,
      ).toBeNull();
      const page = await browser().newPage({ viewport: { width: 1400, height: 900 } });
      await page.goto(url);
      await page.click("#extensions");
      await page.click('[data-fn="openImport"]');
      const sidebar = page.frameLocator("#sidebar-frame");
      const end = new Date(Date.UTC(year, month - 1, d.local.day));
      await sidebar.locator("#import-files").setInputFiles({
        name: sampleZipName(end),
        mimeType: "application/zip",
        buffer: Buffer.from(sampleExportZip(400, end, 14)),
      });
      await sidebar.locator("#import-preview").waitFor();
      expect(await sidebar.locator("#import-result").textContent()).toBe(
        `Read 4 files, exported on ${isoDay(d.local)}.`,
      );
      const months = await sidebar.locator("#import-preview tr.month").allTextContents();
      expect(months).toContain(`${SHORT[month - 1]} ${year}`);
      // Last year is offered to build, never built unasked.
      expect(await sidebar.locator(`#import-build-${year - 1}`).isChecked()).toBe(false);
      await sidebar.locator("#import-apply").click();
      await expect
        .poll(() => sidebar.locator("#status").textContent())
        .toMatch(/\d+ figures? written\./);

      const cell = (a1: string) => page.locator(`td[data-cell="${a1}"]`).textContent();
      await settled(page, url);
      await page.click(`nav#tabs button:text-is("KPI ${year}")`);
      // 1st-degree connections at this month's end, counted from the export's list.
      await expect.poll(() => cell(`${column}13`)).toMatch(/^\d[\d,]*$/);
      await page.click('nav#tabs button:text-is("Network")');
      await expect
        .poll(() => cell("A1"))
        .toBe(`LinkedIn network: data export of ${isoDay(d.local)}`);
      await page.close();
    } finally {
      stopPreview(server);
    }
  }, 90_000);

  it.runIf(team)(
    "shows a consultant's four executives: picks one in the sidebar, saves a reading, and the team sheet's row changes",
    async () => {
      const { url, server } = await startDemo(d, join(dir, `team-${d.today}.json`));
      try {
        const page = await browser().newPage({ viewport: { width: 1400, height: 900 } });
        await page.goto(url);
        await page.locator("nav#tabs button").first().waitFor();
        const tabs = await page.locator("nav#tabs button").allTextContents();
        expect(tabs).toEqual(
          expect.arrayContaining([
            `KPI ${year}`,
            `Team ${year}`,
            `KPI ${year} · Tom Baker (VP Sales)`,
          ]),
        );
        const teamRow = async (name: string) => {
          const state = (await (await fetch(`${url}api/state`)).json()) as {
            sheets: { name: string; values: unknown[][] }[];
          };
          const team = state.sheets.find((s) => s.name === `Team ${year}`);
          return team?.values.find((row) => row[0] === name);
        };
        expect(await teamRow("Tom Baker (VP Sales)")).toBeDefined();
        await page.click("#extensions");
        await page.click('[data-fn="openSidebar"]');
        const sidebar = page.frameLocator("#sidebar-frame");
        // Marks the form drawn for Ana, so the test waits until it is drawn again for Tom.
        await sidebar
          .locator("#profile")
          .evaluate((node) => node.setAttribute("data-drawn", "before"));
        await sidebar.locator("#profile").selectOption({ label: "Tom Baker (VP Sales)" });
        await sidebar.locator("#profile:not([data-drawn])").waitFor();
        // The form reloads with Tom's month: his meetings (blank on a month's first days), not Ana's.
        const period = demoMonths(d.local).find((m) => m.year === year && m.month === month);
        const tom =
          period && executiveMonth(EXECUTIVES[2] as (typeof EXECUTIVES)[number], 2, period);
        await expect
          .poll(() => sidebar.locator("#f-meetings").inputValue())
          .toBe(tom?.values.meetings ?? "");
        expect(await sidebar.locator("#f-reading-date").inputValue()).toBe(isoDay(d.local));
        await sidebar.locator("#f-reading-brand").fill("24");
        await sidebar.locator("#f-reading-findPeople").fill("24");
        await sidebar.locator("#f-reading-engage").fill("24");
        await sidebar.locator("#f-reading-relationships").fill("25");
        await sidebar.locator("#save").click();
        await expect
          .poll(() => sidebar.locator("#status").textContent())
          .toContain(`Saved ${MONTHS[month - 1]} ${year}.`);
        expect((await teamRow("Tom Baker (VP Sales)"))?.[2]).toBe(97);
        expect((await teamRow("Tom Baker (VP Sales)"))?.[15]).toBe(1);
        await settled(page, url);
        await page.click(`nav#tabs button:text-is("Team ${year}")`);
        await expect
          .poll(() => page.locator("#grid td").filter({ hasText: "97.00" }).count())
          .toBeGreaterThan(0);
        await page.locator("#charts canvas").first().waitFor();
        expect(await page.locator("#charts figure").count()).toBe(2);
        await page.close();
      } finally {
        stopPreview(server);
      }
    },
    90_000,
  );
}
