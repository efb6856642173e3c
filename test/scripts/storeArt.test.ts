/** The store art's font: fontsource's WOFF unwrapped into the TrueType font resvg reads from a file. */
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { describe, expect, it } from "vitest";
import { woffToTtf } from "../../scripts/storeArt";

const woffPath = join(
  import.meta.dirname,
  "../../node_modules/@fontsource/arimo/files/arimo-latin-700-normal.woff",
);
const woff = readFileSync(woffPath);

/** How many pixels of "SSI" drawn with a font file are not fully transparent. */
function inked(fontFile: string): number {
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="120" height="40"><text x="4" y="30" font-family="Arimo" font-size="28">SSI</text></svg>`;
  const image = new Resvg(svg, {
    font: { loadSystemFonts: false, fontFiles: [fontFile], defaultFontFamily: "Arimo" },
  }).render();
  // `pixels` copies the image at each read: read once.
  const pixels = image.pixels;
  let count = 0;
  for (let i = 3; i < pixels.length; i += 4) if ((pixels[i] ?? 0) > 0) count++;
  return count;
}

describe("woffToTtf", () => {
  it("gives a TrueType font with the WOFF's tables, in a padded directory", () => {
    const ttf = woffToTtf(woff);
    const view = new DataView(ttf.buffer, ttf.byteOffset, ttf.byteLength);
    const tables = woff.readUInt16BE(12);
    expect(view.getUint32(0)).toBe(woff.readUInt32BE(4));
    expect(view.getUint16(4)).toBe(tables);
    expect(view.getUint16(6)).toBe(2 ** Math.floor(Math.log2(tables)) * 16);
    expect(view.getUint16(8)).toBe(Math.floor(Math.log2(tables)));
    expect(view.getUint16(10)).toBe(tables * 16 - 2 ** Math.floor(Math.log2(tables)) * 16);
    for (let i = 0; i < tables; i++) {
      expect(view.getUint32(12 + i * 16 + 8) % 4).toBe(0);
      // Each table as long as the WOFF says it was before compression.
      expect(view.getUint32(12 + i * 16 + 12)).toBe(woff.readUInt32BE(44 + i * 20 + 12));
    }
  });

  it("is a font file resvg draws text with, where the WOFF file draws nothing", () => {
    const ttfPath = join(tmpdir(), "ssi-test-arimo-700.ttf");
    writeFileSync(ttfPath, woffToTtf(woff));
    expect(inked(woffPath)).toBe(0);
    expect(inked(ttfPath)).toBeGreaterThan(100);
  });

  it("refuses what is not a WOFF 1.0 font", () => {
    expect(() => woffToTtf(new Uint8Array(64))).toThrow("not a WOFF 1.0 font");
  });
});
