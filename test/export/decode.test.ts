/** Bytes to text: LinkedIn's UTF-8, Excel's UTF-16 and cp1252, and files that are not text at all. */
import { describe, expect, it } from "vitest";
import { decodeText, isZip } from "../../src/export/decode";

const CSV = "First Name,Company\nAna,Vantora GmbH\n";
const utf16 = (text: string, order: "le" | "be") =>
  Uint8Array.from(
    [...text].flatMap((ch) => (order === "le" ? [ch.charCodeAt(0), 0] : [0, ch.charCodeAt(0)])),
  );
const bytes = (...b: number[]) => Uint8Array.from(b);
const text = (t: string) => new TextEncoder().encode(t);

describe("decodeText", () => {
  it("reads UTF-8 with or without its mark, and drops the mark", () => {
    expect(decodeText(text(CSV))).toEqual({ ok: true, text: CSV });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, ...text("Zoë,Łódź\n")]))).toEqual({
      ok: true,
      text: "Zoë,Łódź\n",
    });
  });

  it("reads UTF-16 by its mark, or by the zero bytes when it has none", () => {
    expect(decodeText(Uint8Array.from([0xff, 0xfe, ...utf16(CSV, "le")]))).toEqual({
      ok: true,
      text: CSV,
    });
    expect(decodeText(Uint8Array.from([0xfe, 0xff, ...utf16(CSV, "be")]))).toEqual({
      ok: true,
      text: CSV,
    });
    expect(decodeText(utf16(CSV, "le"))).toEqual({ ok: true, text: CSV });
    expect(decodeText(utf16(CSV, "be"))).toEqual({ ok: true, text: CSV });
    // Four bytes are enough to guess.
    expect(decodeText(utf16("AB", "le"))).toEqual({ ok: true, text: "AB" });
  });

  it("reads what is not UTF-8 as Windows' Western code page, as Excel writes it", () => {
    // "Müller" in cp1252: ü is 0xFC, not valid UTF-8.
    expect(decodeText(bytes(0x4d, 0xfc, 0x6c, 0x6c, 0x65, 0x72))).toEqual({
      ok: true,
      text: "Müller",
    });
  });

  it("refuses pictures, PDFs and old office files by their first bytes", () => {
    const signatures = [
      [0x89, 0x50, 0x4e, 0x47],
      [0xff, 0xd8, 0xff],
      [0x47, 0x49, 0x46, 0x38],
      [0x25, 0x50, 0x44, 0x46],
      [0xd0, 0xcf, 0x11, 0xe0],
      [0x52, 0x49, 0x46, 0x46],
    ];
    for (const sig of signatures)
      expect(decodeText(Uint8Array.from([...sig, ...text(CSV)])), sig.join(" ")).toEqual({
        ok: false,
        reason: "notText",
      });
    // The same letters further in, or only the start of a signature, are text.
    expect(decodeText(text("x%PDF,GIF8\n"))).toMatchObject({ ok: true });
    expect(decodeText(text("%PD,1\n"))).toMatchObject({ ok: true });
    expect(decodeText(text("GIF,1\n"))).toMatchObject({ ok: true });
    expect(decodeText(text("RIF,1\n"))).toMatchObject({ ok: true });
  });

  it("refuses bytes full of control characters, and takes a text with one stray one", () => {
    expect(decodeText(bytes(0x41, 0x01, 0x02, 0x42, 0x03, 0x0a))).toEqual({
      ok: false,
      reason: "notText",
    });
    const long = `${"Ana,Vantora\n".repeat(20)}\u0007`;
    expect(decodeText(text(long))).toEqual({ ok: true, text: long });
    expect(decodeText(text("a\tb\r\nc\n"))).toMatchObject({ ok: true });
  });

  it("calls a file with no bytes, or only a mark and spaces, empty", () => {
    expect(decodeText(new Uint8Array())).toEqual({ ok: false, reason: "empty" });
    expect(decodeText(Uint8Array.from([0xef, 0xbb, 0xbf, 0x20, 0x0a]))).toEqual({
      ok: false,
      reason: "empty",
    });
  });
});

describe("isZip", () => {
  it("knows an archive by its first bytes, an empty one included", () => {
    expect(isZip(bytes(0x50, 0x4b, 0x03, 0x04, 0x14))).toBe(true);
    expect(isZip(bytes(0x50, 0x4b, 0x05, 0x06))).toBe(true);
    expect(isZip(bytes(0x50, 0x4b, 0x07, 0x08))).toBe(false);
    expect(isZip(text("PK,1\n"))).toBe(false);
  });
});
