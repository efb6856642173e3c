/** The built bundle is what clasp pushes: one plain script whose top-level functions come from one registry. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { topLevelFunctions } from "../dev/loader";
import { CUSTOM_FUNCTIONS } from "../src/functions/registry";
import { ENTRY_POINTS, MENU } from "../src/main";
import { freshAddon } from "./support/addon";

const code = readFileSync("dist/Code.js", "utf8");

describe("dist/Code.js", () => {
  it("is a plain script: no import or export statements", () => {
    expect(code).not.toMatch(/^\s*(import|export)\b/m);
  });

  it("declares every registry entry as a top-level function, and nothing else", () => {
    expect(topLevelFunctions(code).sort()).toEqual(Object.keys(ENTRY_POINTS).sort());
  });

  it("keeps each custom function's JSDoc right above it, as Sheets' autocomplete needs", () => {
    for (const fn of CUSTOM_FUNCTIONS) {
      const at = code.indexOf(`\nfunction ${fn.name}(`);
      const doc = code.slice(code.lastIndexOf("/**", at), at);
      expect(doc).toContain("@customfunction");
      expect(doc).toContain(`@return`);
      for (const p of fn.params) expect(doc).toContain(` ${p.optional ? `[${p.name}]` : p.name} `);
      expect(doc.trimEnd().endsWith("*/")).toBe(true);
    }
  });

  it("loads in a bare vm context whose only globals are the Apps Script services", () => {
    const addon = freshAddon();
    expect(addon.context.process).toBeUndefined();
    expect(addon.context.require).toBeUndefined();
    expect(typeof addon.context.SSI_GAP).toBe("function");
  });
});

describe("the Extensions menu", () => {
  it("is built by onOpen in AuthMode.NONE, touching nothing but the menu", () => {
    const addon = freshAddon();
    addon.standIn.ctx.authMode = "NONE";
    addon.call("onOpen", { authMode: "NONE" });
    const [menu] = addon.standIn.ctx.menus;
    expect(menu?.items.map((i) => i.caption)).toEqual([
      "Build or refresh dashboard",
      "Build or refresh team sheet",
      "New month",
      "New year",
      "Enter data…",
      "Import LinkedIn data export…",
      "Refresh charts",
      "Settings…",
      "Help",
    ]);
    for (const item of menu?.items ?? [])
      expect(topLevelFunctions(code)).toContain(item.functionName);
    expect(MENU.map((m) => m.functionName)).toEqual(menu?.items.map((i) => i.functionName));
  });

  it("speaks the user's language", () => {
    const addon = freshAddon({ userLocale: "de_DE" });
    addon.call("onInstall", { authMode: "NONE" });
    expect(addon.standIn.ctx.menus[0]?.items[0]?.caption).toBe(
      "Dashboard erstellen oder aktualisieren",
    );
  });

  it("shows help in a dialog, in the spreadsheet's language, with every custom function and no README to find", () => {
    const addon = freshAddon({ locale: "es_ES", userLocale: "en" });
    addon.call("showHelp");
    const dialog = addon.standIn.ctx.ui.find((e) => e.kind === "dialog");
    expect(dialog?.title).toBe("Social Selling KPIs: ayuda");
    expect(dialog?.html).toContain("=SSI_GAP(21,16)");
    expect(dialog?.html).toContain("Funciones para cualquier celda");
    for (const name of ["SSI_GAP", "SSI_TOTAL", "SSI_TIER", "SSI_WEAKEST", "SOCIAL_KPI"])
      expect(dialog?.html).toContain(`${name}(`);
    expect(dialog?.html).not.toContain("README");
  });
});

describe("the manifest", () => {
  it("asks only for the current spreadsheet and the container UI", () => {
    const manifest = JSON.parse(readFileSync("dist/appsscript.json", "utf8"));
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.exceptionLogging).toBe("NONE");
    expect(manifest.oauthScopes).toEqual([
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
      "https://www.googleapis.com/auth/script.container.ui",
    ]);
  });
});

describe("the README", () => {
  const readme = readFileSync("README.md", "utf8");

  it("opens with the two commands for a fresh machine", () => {
    const top = readme.split("\n").slice(0, 20).join("\n");
    expect(top).toContain("npm install && npm start");
    expect(top).toContain("npm test");
  });

  it("lists every custom function with its example and result", () => {
    for (const fn of CUSTOM_FUNCTIONS) {
      expect(readme).toContain(`\`${fn.name}(`);
      expect(readme).toContain(fn.example.formula);
      expect(readme).toContain(fn.example.result);
    }
  });
});
