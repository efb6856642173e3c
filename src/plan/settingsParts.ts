/**
 * The settings as document properties: Apps Script refuses a property over 9 KB (key and value), so a
 * long settings text (30 profiles, 200 target companies…) is kept in parts, read and written as one.
 */

export const SETTINGS_KEY = "settings";
/** How many parts there are, when more than one. */
export const PARTS_KEY = "settings:parts";
/** Each part with its key stays well under Apps Script's 9,216 bytes. */
export const PART_BYTES = 8_000;

const partKey = (n: number) => (n === 1 ? SETTINGS_KEY : `${SETTINGS_KEY}:${n}`);

/** UTF-8 bytes of one code point. */
function utf8Bytes(code: number): number {
  if (code < 0x80) return 1;
  if (code < 0x800) return 2;
  return code < 0x10000 ? 3 : 4;
}

/** Cuts a text into pieces of at most `max` UTF-8 bytes, never inside a character. */
export function cutBytes(text: string, max: number): string[] {
  const pieces: string[] = [];
  let piece = "";
  let size = 0;
  for (const char of text) {
    const n = utf8Bytes(char.codePointAt(0) ?? 0);
    if (size + n > max) {
      pieces.push(piece);
      piece = "";
      size = 0;
    }
    piece += char;
    size += n;
  }
  pieces.push(piece);
  return pieces;
}

/**
 * The properties that hold a settings text. One part is written as before parts existed (a spreadsheet
 * made then reads the same); the count is written whenever there is, or was, more than one part.
 */
export function settingsParts(
  json: string,
  stored: Record<string, string>,
): Record<string, string> {
  const pieces = cutBytes(json, PART_BYTES - `${SETTINGS_KEY}:99`.length);
  const parts = Object.fromEntries(pieces.map((p, i) => [partKey(i + 1), p]));
  if (pieces.length > 1 || PARTS_KEY in stored) parts[PARTS_KEY] = String(pieces.length);
  return parts;
}

/** Keys of parts a shorter settings text no longer uses (to delete). */
export function staleParts(
  stored: Record<string, string>,
  written: Record<string, string>,
): string[] {
  const before = Number(stored[PARTS_KEY] ?? 1);
  const after = Number(written[PARTS_KEY] ?? 1);
  return Array.from({ length: Math.max(before - after, 0) }, (_, i) => partKey(after + i + 1));
}

/** The settings text from its parts, or null when there is none (or a part is missing). */
export function joinSettings(stored: Record<string, string>): string | null {
  const count = Number(stored[PARTS_KEY] ?? 1);
  const pieces: string[] = [];
  for (let n = 1; n <= count; n++) {
    const piece = stored[partKey(n)];
    if (piece === undefined) return null;
    pieces.push(piece);
  }
  return pieces.join("") || null;
}
