/** The release a person pastes into Extensions → Apps Script runs as the pushed bundle does. */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { strFromU8, unzipSync, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { loadAddon } from "../../dev/loader";
import { releaseFiles, releaseName } from "../../scripts/release";
import { NOV_23_2026 } from "../support/addon";

/** The release zip as `npm run release` writes it, opened again. */
function release(): Record<string, Uint8Array> {
  return unzipSync(zipSync(releaseFiles()));
}

describe("npm run release", () => {
  it("names the zip after the version", () => {
    expect(releaseName("0.1.0")).toBe("social-selling-kpis-0.1.0.zip");
  });

  it("holds the four files a person pastes, and INSTALL.md in four languages", () => {
    const files = release();
    expect(Object.keys(files).sort()).toEqual([
      "Code.gs",
      "INSTALL.md",
      "Sidebar.html",
      "appsscript.json",
    ]);
    const install = strFromU8(files["INSTALL.md"]!);
    for (const heading of ["## English", "## Español", "## Deutsch", "## Polski"])
      expect(install).toContain(heading);
    // The name the sidebar is opened by: a file named otherwise would fail at Enter data…
    expect(install.match(/`Sidebar`/g)?.length).toBe(4);
  });

  it("asks for exactly the add-on's two scopes, on V8", () => {
    const manifest = JSON.parse(strFromU8(release()["appsscript.json"]!)) as {
      oauthScopes: string[];
      runtimeVersion: string;
    };
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.oauthScopes.sort()).toEqual([
      "https://www.googleapis.com/auth/script.container.ui",
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
    ]);
  });

  it("pasted as Code.gs, builds the menu, a dashboard and saves a month with a reading", () => {
    const files = release();
    const dir = mkdtempSync(join(tmpdir(), "ssi-release-"));
    writeFileSync(join(dir, "Sidebar.html"), files["Sidebar.html"]!);
    writeFileSync(join(dir, "appsscript.json"), files["appsscript.json"]!);
    const addon = loadAddon({
      code: strFromU8(files["Code.gs"]!),
      distDir: dir,
      now: () => NOV_23_2026,
      spreadsheetTimeZone: "Europe/Warsaw",
    });
    // A bound copy: onOpen runs as a simple trigger; onInstall never does.
    addon.call("onOpen", { authMode: "LIMITED" });
    expect(addon.standIn.ctx.menus[0]?.items.map((i) => i.functionName)).toContain(
      "buildDashboard",
    );
    addon.call("buildDashboard");
    addon.call("openSidebar");
    const answer = addon.callFromClient("saveEntry", [
      {
        language: "en",
        year: 2026,
        month: 11,
        values: { meetings: "4" },
        reading: {
          date: "2026-11-23",
          brand: "21.7",
          findPeople: "21.16",
          engage: "16.95",
          relationships: "15.4",
        },
      },
    ]);
    expect(answer.error).toBeUndefined();
    const log = addon.standIn.sheet("SSI log").getDataRange().getDisplayValues();
    expect(log.some((row) => row.includes("75.21"))).toBe(true);
  });
});
