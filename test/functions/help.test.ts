/** The Help dialog's page: the steps in the user's language and every custom function from the registry. */
import { describe, expect, it } from "vitest";
import { helpPage, htmlText } from "../../src/functions/help";
import { CUSTOM_FUNCTIONS } from "../../src/functions/registry";

describe("Help", () => {
  it("numbers the steps of the user's language and lists every function with its arguments and example", () => {
    const page = helpPage("de");
    expect(page).toContain("<li>Dashboard erstellen oder aktualisieren");
    expect(page.match(/<li>/g)).toHaveLength(8);
    expect(page).toContain("<h3>Funktionen für jede Zelle</h3>");
    for (const f of CUSTOM_FUNCTIONS) {
      expect(page).toContain(`<code>${f.name}(`);
      expect(page).toContain(f.example.formula.replace(/&/g, "&amp;").replace(/</g, "&lt;"));
    }
    expect(page).toContain("<code>SSI_GAP(score; [target])</code>");
    expect(page).toContain("<code>=SSI_GAP(21.16)</code> → 3.84");
  });

  it("writes the catalog's text as text, never as markup, the parts one after the other", () => {
    const page = helpPage("en");
    expect(page).not.toMatch(/<li>\d+\./);
    expect(page).toMatch(/^<style>body\{font:13px Arial/);
    expect(page).toContain("</style><ol><li>Build or refresh dashboard creates");
    expect(page).toContain("</li><li>Enter data…");
    expect(page).toContain("</li></ol><h3>Functions for any cell</h3><table><tr><td>");
    expect(page).toContain("</td></tr><tr><td>");
    expect(page).toMatch(/<\/tr><\/table>$/);
    expect(helpPage("pl")).toContain("Funkcje do dowolnej komórki");
  });

  it("escapes what would be markup in a text", () => {
    expect(htmlText("a < b && c > d")).toBe("a &lt; b &amp;&amp; c &gt; d");
  });
});
