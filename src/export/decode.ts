/** Bytes to text as LinkedIn and Excel write CSV files: UTF-8 or UTF-16 by byte-order mark, else a best guess. */

export type Decoded = { ok: true; text: string } | { ok: false; reason: "empty" | "notText" };

const startsWith = (bytes: Uint8Array, ...prefix: number[]) =>
  prefix.every((b, i) => bytes[i] === b);

/** Pictures, PDFs and office files that are sometimes renamed .csv: refused by their first bytes. */
function isKnownBinary(bytes: Uint8Array): boolean {
  return (
    startsWith(bytes, 0x89, 0x50, 0x4e, 0x47) || // PNG
    startsWith(bytes, 0xff, 0xd8, 0xff) || // JPEG
    startsWith(bytes, 0x47, 0x49, 0x46, 0x38) || // GIF
    startsWith(bytes, 0x25, 0x50, 0x44, 0x46) || // PDF
    startsWith(bytes, 0xd0, 0xcf, 0x11, 0xe0) || // old Excel/Word
    startsWith(bytes, 0x52, 0x49, 0x46, 0x46) // WebP, WAV
  );
}

/** UTF-16 without a byte-order mark: every other byte of plain text is zero. */
function utf16Guess(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 400);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero++;
    if (bytes[i + 1] === 0) oddZero++;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.1) return "utf-16le";
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.1) return "utf-16be";
  return null;
}

/** Control characters other than tab and line breaks: a text file has next to none. */
function looksBinary(text: string): boolean {
  const sample = text.slice(0, 4000);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13) || c === 0xfffd) control++;
  }
  return control > 0 && control >= sample.length * 0.01;
}

function decodeAs(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding).decode(bytes);
  } catch {
    return null;
  }
}

/** The text of a CSV file; refused when empty or when it is not text at all. */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length === 0) return { ok: false, reason: "empty" };
  if (isKnownBinary(bytes)) return { ok: false, reason: "notText" };
  let text: string | null;
  if (startsWith(bytes, 0xef, 0xbb, 0xbf)) text = decodeAs("utf-8", bytes);
  else if (startsWith(bytes, 0xff, 0xfe)) text = decodeAs("utf-16le", bytes);
  else if (startsWith(bytes, 0xfe, 0xff)) text = decodeAs("utf-16be", bytes);
  else {
    const utf16 = utf16Guess(bytes);
    // Excel on Windows saves "CSV" in the system's code page: what is not UTF-8 is read as cp1252.
    // A replacement character means the bytes were not UTF-8 (a fatal decoder is slower at the same test).
    const utf8 = utf16 ? null : decodeAs("utf-8", bytes);
    text = utf16
      ? decodeAs(utf16, bytes)
      : utf8 !== null && !utf8.includes("\uFFFD")
        ? utf8
        : decodeAs("windows-1252", bytes);
  }
  if (text === null || looksBinary(text)) return { ok: false, reason: "notText" };
  const clean = text.replace(/^\uFEFF/, "");
  return clean.trim() === "" ? { ok: false, reason: "empty" } : { ok: true, text: clean };
}

/** True when the bytes are a ZIP archive, whatever the file is called. */
export function isZip(bytes: Uint8Array): boolean {
  return startsWith(bytes, 0x50, 0x4b, 0x03, 0x04) || startsWith(bytes, 0x50, 0x4b, 0x05, 0x06);
}
