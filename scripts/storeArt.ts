/**
 * Draws the Marketplace listing's icons and card banner from the one vector mark in store/source/, with the
 * preview's font (Arimo), so they can be redrawn on any machine: `npm run store:art`.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Resvg } from "@resvg/resvg-js";
import { unzlibSync } from "fflate";

const root = join(import.meta.dirname, "..");
const store = join(root, "store");
const arimo = (weight: number) =>
  join(root, `node_modules/@fontsource/arimo/files/arimo-latin-${weight}-normal.woff`);

/** A WOFF 1.0 font as the TrueType font it wraps (resvg reads TrueType, fontsource ships WOFF). */
export function woffToTtf(woff: Uint8Array): Uint8Array {
  const view = new DataView(woff.buffer, woff.byteOffset, woff.byteLength);
  if (view.getUint32(0) !== 0x774f4646) throw new Error("not a WOFF 1.0 font");
  const flavor = view.getUint32(4);
  const count = view.getUint16(12);
  const tables = Array.from({ length: count }, (_, i) => {
    const at = 44 + i * 20;
    const [tag, offset, length, origLength, checksum] = [0, 4, 8, 12, 16].map((o) =>
      view.getUint32(at + o),
    ) as [number, number, number, number, number];
    const raw = woff.subarray(offset, offset + length);
    return { tag, checksum, data: length < origLength ? unzlibSync(raw) : raw };
  });
  const headerSize = 12 + count * 16;
  const padded = (n: number) => (n + 3) & ~3;
  const size = tables.reduce((sum, t) => sum + padded(t.data.length), headerSize);
  const out = new Uint8Array(size);
  const ttf = new DataView(out.buffer);
  const log2 = Math.floor(Math.log2(count));
  ttf.setUint32(0, flavor);
  ttf.setUint16(4, count);
  ttf.setUint16(6, 2 ** log2 * 16);
  ttf.setUint16(8, log2);
  ttf.setUint16(10, count * 16 - 2 ** log2 * 16);
  let offset = headerSize;
  tables.forEach((t, i) => {
    const at = 12 + i * 16;
    ttf.setUint32(at, t.tag);
    ttf.setUint32(at + 4, t.checksum);
    ttf.setUint32(at + 8, offset);
    ttf.setUint32(at + 12, t.data.length);
    out.set(t.data, offset);
    offset += padded(t.data.length);
  });
  return out;
}

/** The mark's drawing, without its own <svg> element, to place inside another picture. */
function markBody(mark: string): string {
  return mark.replace(/^[\s\S]*?<svg[^>]*>/, "").replace(/<\/svg>\s*$/, "");
}

/** The 220 × 140 card banner: the mark, the name and what it tracks, on the header blue. */
function bannerSvg(mark: string): string {
  return `<svg xmlns="http://www.w3.org/2000/svg" width="220" height="140" viewBox="0 0 220 140">
  <rect width="220" height="140" fill="#0a66c2"/>
  <svg x="14" y="14" width="56" height="56" viewBox="0 0 128 128">
    <rect x="4" y="4" width="120" height="120" rx="24" fill="#ffffff" opacity="0.16"/>
    ${markBody(mark).replace('fill="#0a66c2"', 'fill="none"')}
  </svg>
  <text x="80" y="38" font-family="Arimo" font-weight="700" font-size="19" fill="#ffffff">Social Selling</text>
  <text x="80" y="62" font-family="Arimo" font-weight="700" font-size="19" fill="#ffd166">KPIs</text>
  <text x="14" y="98" font-family="Arimo" font-size="12" fill="#ffffff">Your SSI, month by month:</text>
  <text x="14" y="116" font-family="Arimo" font-size="12" fill="#ffffff">pillars, targets, gaps, charts</text>
</svg>`;
}

/** Arimo regular and bold as TrueType files in the temp folder, for resvg to load. */
function fontFiles(): string[] {
  return [400, 700].map((w) => {
    const path = join(tmpdir(), `ssi-store-arimo-${w}.ttf`);
    writeFileSync(path, woffToTtf(readFileSync(arimo(w))));
    return path;
  });
}

/** Renders an SVG to a PNG of the given width, with the given font files only. */
function png(svg: string, width: number, fontFiles: string[]): Uint8Array {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    font: { loadSystemFonts: false, fontFiles, defaultFontFamily: "Arimo" },
  });
  return resvg.render().asPng();
}

function main(): void {
  const mark = readFileSync(join(store, "source/mark.svg"), "utf8");
  const fonts = fontFiles();
  writeFileSync(join(store, "icon-128.png"), png(mark, 128, fonts));
  writeFileSync(join(store, "icon-32.png"), png(mark, 32, fonts));
  writeFileSync(join(store, "banner-220x140.png"), png(bannerSvg(mark), 220, fonts));
}

if (process.argv[1] === import.meta.filename) main();
