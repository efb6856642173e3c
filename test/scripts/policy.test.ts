/**
 * What runs is what the privacy policy and the Marketplace listings say: the manifest's scopes, its
 * exception logging, and the team sheet's reading of other spreadsheets. A change to one without the
 * others fails here.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "../../src/domain/language";

const root = join(import.meta.dirname, "../..");
const read = (path: string) => readFileSync(join(root, path), "utf8");
const manifest = JSON.parse(read("appsscript.json")) as {
  exceptionLogging?: string;
  oauthScopes: string[];
};
const policy = read("docs/privacy.md");
/** Every scope a text names. */
const scopesIn = (text: string) =>
  [...new Set(text.match(/https:\/\/www\.googleapis\.com\/auth\/[a-z.]+/g) ?? [])].sort();
/** True when the built script or its formulas read other spreadsheets (the team sheet's links). */
const importsRanges = read("dist/Code.js").includes("IMPORTRANGE(");

describe("the manifest, the privacy policy and the listings", () => {
  it("name exactly the manifest's scopes", () => {
    const scopes = [...manifest.oauthScopes].sort();
    expect(scopesIn(policy)).toEqual(scopes);
    for (const lang of LANGUAGES)
      expect(scopesIn(read(`store/${lang}/listing.md`)), lang).toEqual(scopes);
  });

  it("agree on error logging: off and said to be off, or on and said where reports go", () => {
    const logging = manifest.exceptionLogging ?? "NONE";
    if (logging === "NONE") expect(policy).toContain('"exceptionLogging":\n  "NONE"');
    else expect(policy).toMatch(/Google Cloud.*error report/is);
  });

  it("say that the team sheet reads linked sellers' summaries through IMPORTRANGE, when the add-on does", () => {
    expect(importsRanges).toBe(true);
    expect(policy).toContain("IMPORTRANGE");
    expect(policy).toContain("SSI_SUMMARY_<year>");
    expect(policy).not.toMatch(/It does not open, list or read any other file/);
    for (const lang of LANGUAGES)
      expect(read(`store/${lang}/listing.md`), lang).toContain("IMPORTRANGE");
  });
});
