/** The Enter data sidebar in real headless Chromium, saving through the built bundle on the stand-in. */
import { readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Drive } from "../../dev/standin";
import { freshAddon, MONTH, rowOfKey, typeAt, valueAt } from "../support/addon";
import { launch, openSidebar } from "../support/browser";
import { exportZip, PNG, TARGETS, ZIP_NAME } from "../support/exportFiles";

const KPI = "KPI 2026";
let browser: Browser;

beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser?.close();
});

function builtAddon(locale?: string) {
  const addon = freshAddon(locale ? { locale } : {});
  addon.call("buildDashboard");
  return addon;
}

const field = (page: Page, id: string) => page.locator(`#f-${id.replace(/\./g, "-")}`);

describe("Enter data", () => {
  it("opens on the current month with labelled fields grouped by block", async () => {
    const addon = builtAddon();
    const page = await openSidebar(browser, addon);
    await expect.poll(() => page.locator("#month").inputValue()).toBe("11");
    expect(await page.locator("legend").allTextContents()).toEqual([
      "SSI reading",
      "Branding",
      "Network size & reach",
      "Interaction",
      "Engagement",
      "Pre-sale",
    ]);
    const unlabelled = await page.$$eval("input, select, textarea", (els) =>
      els
        .filter((e) => !e.id || !document.querySelector(`label[for="${e.id}"]`))
        .map((e) => e.outerHTML),
    );
    expect(unlabelled).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      300,
    );
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it("saves a month and an SSI reading; the sheet's values, targets met and gaps change", async () => {
    const addon = builtAddon();
    typeAt(addon, KPI, "metric:first_degree", "D", 650);
    typeAt(addon, KPI, "metric:second_degree", "D", 30000);
    const page = await openSidebar(browser, addon);
    await field(page, "profile_views").waitFor();
    await field(page, "profile_views").fill("120");
    await field(page, "first_degree").fill("700");
    await field(page, "second_degree").fill("25000");
    await field(page, "updates_per_week").fill("2.5");
    await page.selectOption("#f-profile_level", "expert");
    await field(page, "reading.date").fill("2026-11-16");
    await field(page, "reading.brand").fill("12.5");
    await field(page, "reading.findPeople").fill("21");
    await field(page, "reading.engage").fill("16.74");
    await field(page, "reading.relationships").fill("16.75");
    await page.click("#save");
    await expect
      .poll(() => page.locator("#status").textContent())
      .toContain("Saved November 2026.");
    expect(valueAt(addon, KPI, "metric:profile_views", MONTH.nov)).toBe(120);
    expect(valueAt(addon, KPI, "metric:profile_level", MONTH.nov)).toBe("Expert");
    // 700 of 650 first-degree met, 25,000 of 30,000 second-degree not: half the block's targets.
    expect(valueAt(addon, KPI, "total:network", MONTH.nov)).toBe(0.5);
    expect(valueAt(addon, KPI, "ssi:total", MONTH.nov)).toBe(66.99);
    expect(valueAt(addon, KPI, "gap:total", MONTH.nov)).toBe(13.01);
    const results = await page.locator("#results").textContent();
    expect(results).toContain("50%");
    expect(results).toContain("13.01");
    expect(results).toContain("Establish your professional brand");
    // The answer stays in view though Save is at the bottom of the form, and it says it once.
    const status = await page.locator("#status").boundingBox();
    expect(status?.y ?? -1).toBeGreaterThanOrEqual(0);
    expect(status?.y ?? 9999).toBeLessThan(page.viewportSize()?.height ?? 0);
    expect(await page.locator("#status").textContent()).toBe(
      "Saved November 2026. Reading of 2026-11-16 added to November 2026. Totals and gaps below are the sheet's.",
    );
    // Each label of the results fits on at most two lines at the sidebar's 300 px.
    const tall = await page.$$eval("#results dt", (dts) =>
      dts
        .filter((dt) => {
          const style = getComputedStyle(dt);
          const line =
            Number.parseFloat(style.lineHeight) || 1.25 * Number.parseFloat(style.fontSize);
          return dt.getBoundingClientRect().height > 2.5 * line;
        })
        .map((dt) => dt.textContent),
    );
    expect(tall).toEqual([]);
    await page.close();
  });

  it("accepts decimal commas", async () => {
    const addon = builtAddon("es_ES");
    const page = await openSidebar(browser, addon);
    await field(page, "updates_per_week").waitFor();
    await field(page, "updates_per_week").fill("2,5");
    await field(page, "reading.brand").fill("21,7");
    await field(page, "reading.findPeople").fill("21,16");
    await field(page, "reading.engage").fill("16,95");
    await field(page, "reading.relationships").fill("15,4");
    await page.click("#save");
    await expect
      .poll(() => page.locator("#status").textContent())
      .toContain("Guardado noviembre de 2026.");
    expect(valueAt(addon, KPI, "metric:updates_per_week", MONTH.nov)).toBe(2.5);
    expect(valueAt(addon, KPI, "gap:findPeople", MONTH.nov)).toBe(3.84);
    expect(await page.locator("#results").textContent()).toContain("3,84");
    await page.close();
  });

  it("shows an invalid value's error next to it and writes nothing", async () => {
    const addon = builtAddon();
    const before = JSON.stringify(addon.standIn.workbook.state.sheets);
    const page = await openSidebar(browser, addon);
    await field(page, "meetings").waitFor();
    await field(page, "profile_views").fill("120");
    await field(page, "meetings").fill("-2");
    await field(page, "reading.brand").fill("30");
    await page.click("#save");
    await expect
      .poll(() => page.locator("#f-meetings-error").textContent())
      .toBe("-2 is negative. Enter 0 or more.");
    expect(await field(page, "meetings").getAttribute("aria-invalid")).toBe("true");
    expect(await page.locator("#f-reading-brand-error").textContent()).toBe("30 is outside 0–25.");
    expect(await page.locator("#status").textContent()).toContain("Nothing was saved");
    expect(JSON.stringify(addon.standIn.workbook.state.sheets)).toBe(before);
    await page.close();
  });

  it("checks again on the server: a crafted submission writes nothing", () => {
    const addon = builtAddon();
    const before = JSON.stringify(addon.standIn.workbook.state.sheets);
    const answer = addon.callFromClient("saveEntry", [
      {
        language: "en",
        year: 2026,
        month: 11,
        values: { profile_views: "12", meetings: "abc" },
        reading: null,
      },
    ]);
    expect(answer.result).toMatchObject({
      ok: false,
      errors: { meetings: "“abc” is not a number. Type digits, e.g. 21.16 or 21,16." },
    });
    expect(JSON.stringify(addon.standIn.workbook.state.sheets)).toBe(before);
  });

  it("saves a month in 10 service calls (its settings and layout are read once), and with an SSI reading in 15 (its day is looked up in the log)", () => {
    const addon = builtAddon();
    addon.standIn.counter.reset();
    const answer = addon.callFromClient("saveEntry", [
      {
        language: "en",
        year: 2026,
        month: 11,
        values: { profile_views: "12", meetings: "3" },
        reading: {
          date: "2026-11-16",
          brand: "12.5",
          findPeople: "21",
          engage: "16.74",
          relationships: "16.75",
        },
      },
    ]);
    expect(answer.result).toMatchObject({ ok: true });
    // A save writes only the cells that change, by their own address, and ends its writes before it
    // lets go of the lock: two calls over the old 15 and 10.
    expect(addon.standIn.counter.total).toBeLessThanOrEqual(17);
    addon.standIn.counter.reset();
    addon.callFromClient("saveEntry", [
      { language: "en", year: 2026, month: 11, values: { meetings: "4" }, reading: null },
    ]);
    expect(addon.standIn.counter.total).toBeLessThanOrEqual(12);
  });

  it.each(["en", "es", "de", "pl", "fr", "pt", "it", "nl", "tr", "ja"])(
    "fills the reading from a pasted %s SSI page, and does not save on its own",
    async (lang) => {
      const addon = builtAddon();
      const before = JSON.stringify(addon.standIn.workbook.state.sheets);
      const page = await openSidebar(browser, addon);
      await page.locator("summary").click();
      await page.locator("#paste").fill(readFileSync(`test/fixtures/ssi-page-${lang}.txt`, "utf8"));
      await page.click("#paste-fill");
      expect(await field(page, "reading.brand").inputValue()).toBe("21.7");
      expect(await field(page, "reading.findPeople").inputValue()).toBe("21.16");
      expect(await field(page, "reading.engage").inputValue()).toBe("16.95");
      expect(await field(page, "reading.relationships").inputValue()).toBe(
        lang === "ja" ? "15" : "15.4",
      );
      expect(await field(page, "reading.industryAvg").inputValue()).toBe("24");
      expect(await field(page, "reading.networkRank").inputValue()).toBe("12");
      expect(await page.locator("#paste-result").textContent()).toBe(
        "Found 8 figures. Check them, then save.",
      );
      expect(JSON.stringify(addon.standIn.workbook.state.sheets)).toBe(before);
      await page.close();
    },
  );

  it("a seller's week: a typed reading, a pasted page, then the same day again; each reading stays where it was meant", async () => {
    const addon = builtAddon();
    const log = () =>
      addon.standIn
        .sheet("SSI log")
        .getDataRange()
        .getDisplayValues()
        .slice(1)
        .filter((row) => row[0] !== "")
        .map((row) => [row[0], row[1], row[5], row[10]]);
    const page = await openSidebar(browser, addon);
    const status = () => page.locator("#status").textContent();
    // Last week's reading, typed with a note.
    await field(page, "reading.date").fill("2026-11-16");
    for (const [key, value] of [
      ["brand", "12.5"],
      ["findPeople", "21"],
      ["engage", "16.74"],
      ["relationships", "16.75"],
    ])
      await field(page, `reading.${key}`).fill(value as string);
    expect(await page.locator("#reading-total").textContent()).toBe("66.99");
    await field(page, "reading.note").fill("after the webinar");
    await page.click("#save");
    await expect.poll(status).toContain("Reading of 2026-11-16 added");
    // The form starts again from today, empty: nothing of last week's reading carries over.
    expect(await field(page, "reading.date").inputValue()).toBe("2026-11-23");
    expect(await field(page, "reading.note").inputValue()).toBe("");
    expect(await field(page, "reading.brand").inputValue()).toBe("");
    // Today's page, pasted: 21.7 + 21.16 + 16.95 + 15.4 = 75.21, the page's 76 within LinkedIn's rounding.
    await page.locator("summary").click();
    await page.locator("#paste").fill(readFileSync("test/fixtures/ssi-page-en.txt", "utf8"));
    await page.click("#paste-fill");
    expect(await field(page, "reading.date").inputValue()).toBe("2026-11-23");
    expect(await page.locator("#reading-total").textContent()).toBe("75.21");
    expect(await page.locator("#reading-page-total").isHidden()).toBe(true);
    await page.click("#save");
    await expect.poll(status).toContain("Reading of 2026-11-23 added");
    expect(log()).toEqual([
      ["2026-11-16", "12.50", "66.99", "after the webinar"],
      ["2026-11-23", "21.70", "75.21", ""],
    ]);
    // The same day again, typed: both are shown, nothing is written until the seller chooses.
    await field(page, "reading.brand").fill("22");
    await field(page, "reading.findPeople").fill("21.16");
    await field(page, "reading.engage").fill("16.95");
    await field(page, "reading.relationships").fill("15.4");
    await page.click("#save");
    await page.locator("#same-day").waitFor();
    expect(await page.locator("#same-day").textContent()).toContain(
      "A reading of 2026-11-23 is already saved: SSI 75.21. This one: SSI 75.51.",
    );
    expect(log()[1]?.[1]).toBe("21.70");
    await page.click("#replace-reading");
    await expect.poll(status).toContain("Reading of 2026-11-23 updated");
    expect(log()).toEqual([
      ["2026-11-16", "12.50", "66.99", "after the webinar"],
      ["2026-11-23", "22.00", "75.51", ""],
    ]);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it("flags a pasted page whose total is 50 points off its pillars, and saves it only when told", async () => {
    const addon = builtAddon();
    const before = JSON.stringify(addon.standIn.workbook.state.sheets);
    const page = await openSidebar(browser, addon);
    await page.locator("summary").click();
    const page76 = readFileSync("test/fixtures/ssi-page-en.txt", "utf8");
    await page.locator("#paste").fill(page76.replace("76 out of 100", "25 out of 100"));
    await page.click("#paste-fill");
    await page.locator("#reading-page-total").waitFor();
    expect(await page.locator("#reading-page-total").textContent()).toContain(
      "The page says 25, the pillars add up to 75.21.",
    );
    await page.click("#save");
    await expect.poll(() => page.locator("#status").textContent()).toContain("The page says 25");
    expect(JSON.stringify(addon.standIn.workbook.state.sheets)).toBe(before);
    await page.click("#save-anyway");
    await expect
      .poll(() => page.locator("#status").textContent())
      .toContain("Reading of 2026-11-23 added");
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it("asks before a save clears a saved figure, naming it, and clears it only when told", async () => {
    const addon = builtAddon();
    const page = await openSidebar(browser, addon);
    await field(page, "meetings").waitFor();
    await field(page, "meetings").fill("4");
    await page.click("#save");
    await expect
      .poll(() => page.locator("#status").textContent())
      .toContain("Saved November 2026.");
    await field(page, "meetings").fill("");
    await page.click("#save");
    await page.locator("#clear-ask").waitFor();
    expect(await page.locator("#clear-ask").textContent()).toContain("Saving will clear Visits");
    expect(valueAt(addon, KPI, "metric:meetings", MONTH.nov)).toBe(4);
    await page.click("#clear-and-save");
    await expect.poll(() => page.locator("#status").textContent()).toContain("Cleared: Visits");
    expect(valueAt(addon, KPI, "metric:meetings", MONTH.nov)).toBe("");
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it("says there is nothing to save on an empty form, and writes nothing", async () => {
    const addon = builtAddon();
    const before = JSON.stringify(addon.standIn.workbook.state.sheets);
    const page = await openSidebar(browser, addon);
    await field(page, "profile_views").waitFor();
    await page.click("#save");
    await expect
      .poll(() => page.locator("#status").textContent())
      .toBe("Nothing to save: no figure was changed and no reading was entered.");
    expect(JSON.stringify(addon.standIn.workbook.state.sheets)).toBe(before);
    await page.close();
  });

  it.each(["feed", "profile"])(
    "refuses a pasted %s page: numbers but no SSI fill nothing",
    async (kind) => {
      const page = await openSidebar(browser, builtAddon());
      await page.locator("summary").click();
      await page.locator("#paste").fill(readFileSync(`test/fixtures/not-ssi-${kind}.txt`, "utf8"));
      await page.click("#paste-fill");
      expect(await page.locator("#paste-result").textContent()).toContain("No SSI found");
      for (const key of ["brand", "relationships", "industryRank", "networkAvg"]) {
        expect(await field(page, `reading.${key}`).inputValue()).toBe("");
      }
      await page.close();
    },
  );

  it("shows a note with markup as text: nothing in it runs", async () => {
    const addon = builtAddon();
    const row = rowOfKey(addon, KPI, "metric:meetings");
    addon.standIn.range(`'${KPI}'!O${row}`).setNote('<img src=x onerror="window.__pwned = 1">');
    addon.standIn.range(`'${KPI}'!O${row}`).clearDataValidations().setValue("<b>3</b>");
    const page = await openSidebar(browser, addon);
    await field(page, "meetings").waitFor();
    await page.waitForTimeout(100);
    expect(
      await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned),
    ).toBeUndefined();
    expect(await page.locator("img").count()).toBe(0);
    expect(await page.locator(".note").first().textContent()).toBe(
      '<img src=x onerror="window.__pwned = 1">',
    );
    expect(await field(page, "meetings").inputValue()).toBe("<b>3</b>");
    await page.close();
  });
});

describe("Settings", () => {
  it("waits and asks again while another person's update holds the document, saying so, and finishes the work", async () => {
    const addon = builtAddon();
    for (const name of ["Jan Kowalski", "Eva Nowak", "Max Weber"])
      expect(addon.callFromClient("saveProfile", [{ name }]).error).toBeUndefined();
    const page = await openSidebar(browser, addon, "openSettings", { clock: true });
    await page.locator("#f-language").waitFor();
    await page.selectOption("#f-language", "es");
    // Right after the change's first step, another person's long update takes the document.
    const { ctx } = addon.standIn;
    ctx.arrival = {
      atCall: Number.POSITIVE_INFINITY,
      run: () => {
        ctx.lockHeldElsewhere = true;
      },
    };
    await page.click("#save-settings");
    await expect
      .poll(() => page.locator("#status").textContent())
      .toBe("Hay otra actualización en curso en esta hoja de cálculo: esta espera y sigue sola.");
    expect(addon.standIn.workbook.state.properties.document.work).toBeDefined();
    ctx.lockHeldElsewhere = false;
    // The sidebar asks again after its wait: run past it rather than sit through it.
    await page.clock.runFor(3_000);
    await expect.poll(() => page.locator("#status").textContent()).toBe("Configuración guardada.");
    expect(addon.standIn.workbook.state.properties.document.work).toBeUndefined();
    expect(valueAt(addon, "KPI 2026 · Max Weber", "metric:profile_views", "B")).toBe(
      "Visitas al perfil",
    );
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it("switches the dashboard's language and target", async () => {
    const addon = builtAddon();
    const page = await openSidebar(browser, addon, "openSettings");
    await page.locator("#f-language").waitFor();
    await page.selectOption("#f-language", "de");
    await page.click("#save-settings");
    await expect
      .poll(() => page.locator("#status").textContent())
      .toBe("Einstellungen gespeichert.");
    expect(valueAt(addon, KPI, "metric:profile_views", "B")).toBe("Profilaufrufe");
    // Only a sidebar opened anew takes a new title: Settings opens again, in German, saying it saved.
    const sidebar = () => addon.standIn.ctx.ui.filter((e) => e.kind === "sidebar").at(-1);
    await expect.poll(() => sidebar()?.title).toBe("Einstellungen");
    expect(sidebar()?.html).toContain('window.SSI_MESSAGE = "Einstellungen gespeichert."');
    await page.fill("#f-totalTarget", "85");
    await page.fill("#f-profileName", "Anna Nowak");
    await page.click("#save-profile");
    await expect
      .poll(() => page.locator("#status").textContent())
      .toBe("Profil „Anna Nowak“ gespeichert.");
    expect(valueAt(addon, KPI, "ssi:total", MONTH.target)).toBe(85);
    expect(String(valueAt(addon, KPI, "subtitle", "B"))).toContain("Anna Nowak");
    await page.fill("#f-year", "2025");
    await page.click("#save-settings");
    await expect.poll(() => addon.standIn.workbook.sheetByName("KPI 2025") !== null).toBe(true);
    expect(addon.standIn.range("'KPI 2025'!P4").getBackground()).toBe("#f5b400");
    await page.close();
  });
});

describe("Import", () => {
  it("a bad file: says which file and what was expected, in the user's language, and calls no write", async () => {
    const addon = builtAddon("es_ES");
    const page = await openSidebar(browser, addon, "openImport");
    await page.locator("#import-files").waitFor();
    expect(await page.locator("#tab-import").textContent()).toBe("Importar");
    expect(await page.locator("#tab-import").getAttribute("aria-selected")).toBe("true");
    const before = JSON.stringify(addon.standIn.workbook.state);
    addon.standIn.counter.reset();
    await page.locator("#import-files").setInputFiles({
      name: "Connections.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(PNG),
    });
    await expect
      .poll(() => page.locator("#import-result").textContent())
      .toBe(
        "Connections.csv no es ni un ZIP ni un archivo CSV. Elige el ZIP de LinkedIn o uno de sus CSV (como Connections.csv).",
      );
    expect(await page.locator("#import-preview").count()).toBe(0);
    expect(addon.standIn.counter.byMethod.has("Range.setValues")).toBe(false);
    expect(JSON.stringify(addon.standIn.workbook.state)).toBe(before);
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it("shows what differs, replaces it only when asked, and fits the sidebar", async () => {
    const addon = builtAddon();
    addon.callFromClient("saveSettings", [{ targetCompanies: TARGETS.join("\n") }]);
    typeAt(addon, KPI, "metric:first_degree", "J", 650);
    const page = await openSidebar(browser, addon, "openImport");
    await page.locator("#import-files").setInputFiles({
      name: ZIP_NAME,
      mimeType: "application/zip",
      buffer: Buffer.from(exportZip()),
    });
    await page.locator("#import-preview").waitFor();
    expect(await page.locator("#import-preview tr.differs").allTextContents()).toEqual([
      "1st-degree connections6506",
    ]);
    expect(await page.locator("#import-apply").textContent()).toBe("Write 21 figures");
    await page.check("#import-overwrite");
    expect(await page.locator("#import-apply").textContent()).toBe("Write 22 figures");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      300,
    );
    await page.click("#import-apply");
    await expect.poll(() => page.locator("#import-done").count()).toBe(1);
    expect(valueAt(addon, KPI, "metric:first_degree", "J")).toBe(6);
    await page.close();
  });
});

describe("Profiles", () => {
  it("adds a profile in Settings, then the entry form picks it and saves into its own sheet", async () => {
    const addon = builtAddon();
    const page = await openSidebar(browser, addon, "openSettings");
    await page.locator("#f-profile").waitFor();
    await page.selectOption("#f-profile", "");
    await page.fill("#f-profileName", "Jan Kowalski");
    await page.fill("#f-profileUrl", "https://www.linkedin.com/in/jan-kowalski");
    await page.fill("#f-totalTarget", "70");
    await page.click("#save-profile");
    await expect
      .poll(() => page.locator("#status").textContent())
      .toBe("Profile “Jan Kowalski” added, with its dashboard for 2026.");
    await page.click("#tab-entry");
    await page.locator("#profile").waitFor();
    // The profile just added is the one this user now works on.
    expect(await page.locator("#profile").inputValue()).toBe("p2");
    await field(page, "meetings").fill("3");
    await page.click("#save");
    await expect
      .poll(() => page.locator("#status").textContent())
      .toContain("Saved November 2026.");
    expect(valueAt(addon, "KPI 2026 · Jan Kowalski", "metric:meetings", MONTH.nov)).toBe(3);
    expect(valueAt(addon, KPI, "metric:meetings", MONTH.nov)).toBe("");
    await page.selectOption("#profile", "main");
    await expect.poll(() => field(page, "meetings").inputValue()).toBe("");
    expect(page.errors).toEqual([]);
    await page.close();
  });

  it("removing for good asks for the name typed", async () => {
    const addon = builtAddon();
    addon.callFromClient("saveProfile", [{ name: "Tom Baker" }]);
    const page = await openSidebar(browser, addon, "openSettings");
    await page.locator("#f-profile").waitFor();
    expect(await page.locator("#f-profile").inputValue()).toBe("p2");
    await page.click("#remove-profile");
    await page.fill("#remove-confirm", "Tom");
    await page.click("#remove-do");
    await expect
      .poll(() => page.locator("#status").textContent())
      .toBe("Type the profile's name, “Tom Baker”, exactly as shown to remove it.");
    expect(addon.standIn.workbook.sheetByName("KPI 2026 · Tom Baker")).not.toBeNull();
    await page.fill("#remove-confirm", "Tom Baker");
    await page.click("#remove-do");
    await expect
      .poll(() => page.locator("#status").textContent())
      .toBe("“Tom Baker” removed; its sheets were deleted.");
    expect(addon.standIn.workbook.sheetByName("KPI 2026 · Tom Baker")).toBeNull();
    await page.close();
  });
});

describe("A team of spreadsheets", () => {
  it("links a seller's and a team's spreadsheet in Profiles, with what is wrong next to the field, and shows a manager how to share the team", async () => {
    const drive = new Drive();
    const ana = freshAddon({ drive });
    ana.call("buildDashboard");
    const north = freshAddon({ drive });
    north.call("buildDashboard");
    const boss = freshAddon({ drive });
    boss.call("buildDashboard");
    const page = await openSidebar(browser, boss, "openSettings");
    await page.locator("#f-profile").waitFor();
    // One profile: the share block is a seller's, with nothing of a team.
    expect(await page.locator("#share-url").inputValue()).toBe(boss.standIn.workbook.url());
    expect(await page.locator("#share-team").count()).toBe(0);
    expect(await page.locator("#f-profileSource").isDisabled()).toBe(true);

    await page.selectOption("#f-profile", "");
    await page.fill("#f-profileName", "Ana Ruiz");
    await page.check("#f-profileTeam");
    await page.click("#save-profile");
    await expect
      .poll(() => page.locator("#f-profileTeam-error").textContent())
      .toContain("Only a linked profile can be a team");
    await page.uncheck("#f-profileTeam");
    await page.fill("#f-profileSource", "https://example.com/sheet");
    await page.click("#save-profile");
    await expect
      .poll(() => page.locator("#f-profileSource-error").textContent())
      .toContain("“https://example.com/sheet” is not a Google Sheets address.");
    await page.fill("#f-profileSource", ana.standIn.workbook.url());
    await page.click("#save-profile");
    await expect
      .poll(() => page.locator("#status").textContent())
      .toContain("“Ana Ruiz” is linked to their own spreadsheet");

    await page.selectOption("#f-profile", "");
    await page.fill("#f-profileName", "North team");
    await page.fill("#f-profileSource", north.standIn.workbook.url());
    await page.check("#f-profileTeam");
    await page.click("#save-profile");
    await expect
      .poll(() => page.locator("#f-profile option").allTextContents())
      .toEqual([
        "My LinkedIn profile",
        "Ana Ruiz (linked)",
        "North team (linked, team)",
        "Add a profile…",
      ]);
    expect(await page.locator("#share-team").textContent()).toContain(
      "A director's team sheet can show this whole team as one row.",
    );
    boss.call("buildTeamSheet");
    const team = boss.standIn.sheet("Team 2026");
    const formulas = team.getDataRange().getFormulas().flat();
    expect(formulas.some((f) => f.includes('"SSI_TEAM_2026"'))).toBe(true);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});

describe("Metrics and the company KPI", () => {
  it("shows the essential six, adds an own metric, composes a KPI, and the entry form follows", async () => {
    const addon = builtAddon();
    const page = await openSidebar(browser, addon, "openSettings");
    await page.locator("#metrics-shown").waitFor();
    expect(await page.locator("#preset-all").isChecked()).toBe(true);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      300,
    );
    await page.check("#preset-essential");
    expect(await page.locator("#show-total_reach").isChecked()).toBe(false);
    expect(await page.locator("#show-meetings").isChecked()).toBe(true);
    await page.click("#save-shown");
    await expect
      .poll(() => page.locator("#status").textContent())
      .toBe("Saved: 6 of 18 metrics shown.");
    expect(
      addon.standIn.sheet(KPI).isRowHiddenByUser(rowOfKey(addon, KPI, "metric:total_reach")),
    ).toBe(true);

    await page.locator('.own[data-own="new"]').waitFor();
    await field(page, "own.new.name").fill("Opportunities");
    await page.selectOption("#f-own-new-block", "business");
    await page.locator('.own[data-own="new"] button.primary').click();
    await expect
      .poll(() => page.locator("#status").textContent())
      .toBe("“Opportunities” added to Business results.");

    // A KPI item with a bad target: the error goes next to it, and nothing is written.
    await page.locator("#company-kpi").waitFor();
    await page
      .locator('.kpi-part:has(.kpi-items[data-part="business"]) button.secondary')
      .last()
      .click();
    await page.selectOption("#f-kpi-business-0-source", "own1");
    await field(page, "kpi.business.0.target").fill("0");
    await field(page, "kpi.business.0.weight").fill("20");
    await page.click("#save-kpi");
    await expect
      .poll(() => page.locator("#f-kpi-business-0-target-error").textContent())
      .toBe("0 is outside 0.01–1,000,000,000.");
    expect(() => rowOfKey(addon, KPI, "kpi:total")).toThrow();
    await field(page, "kpi.business.0.target").fill("20");
    await page.click("#save-kpi");
    await expect
      .poll(() => page.locator("#status").textContent())
      .toBe("Company KPI saved: 1 metric.");
    expect(rowOfKey(addon, KPI, "kpi:total")).toBeGreaterThan(0);

    await page.click("#tab-entry");
    await field(page, "own1").waitFor();
    expect(await page.locator("#f-total_reach").count()).toBe(0);
    await field(page, "own1").fill("20");
    await page.click("#save");
    await expect
      .poll(() => page.locator("#status").textContent())
      .toContain("Saved November 2026.");
    expect(valueAt(addon, KPI, "kpi:total", MONTH.nov)).toBe(100);
    expect(page.errors).toEqual([]);
    await page.close();
  });
});

describe("Work that spans profiles", () => {
  it("a language change left pending goes on when the panel opens, with a progress bar, to its end", async () => {
    const addon = builtAddon();
    for (let i = 2; i <= 12; i++)
      expect(addon.callFromClient("saveProfile", [{ name: `Rep ${i}` }]).error).toBeUndefined();
    // Started, then the panel was closed: 2 profiles are done, the rest waits in the document.
    const started = addon.callFromClient("saveSettings", [{ language: "es" }]).result as {
      pending?: { done: number; total: number };
    };
    expect(started.pending).toMatchObject({ done: 2, total: 12 });
    const page = await openSidebar(browser, addon);
    await expect
      .poll(() => page.locator("#status").textContent(), { timeout: 30_000 })
      .toBe("Configuración guardada.");
    expect(
      await page.locator("#work-progress").evaluate((e) => (e as HTMLProgressElement).value),
    ).toBe(12);
    expect(addon.standIn.workbook.state.properties.document.work).toBeUndefined();
    expect(addon.standIn.workbook.sheetByName("Registro SSI · Rep 12")).not.toBeNull();
    // Then the panel shows its form, in Spanish, and the end's message stays in view.
    await expect.poll(() => page.locator("#tab-entry").textContent()).toBe("Introducir datos");
    await page.locator("#month").waitFor();
    expect(await page.locator("#status").textContent()).toBe("Configuración guardada.");
    expect(page.errors).toEqual([]);
    await page.close();
  }, 60_000);
});
