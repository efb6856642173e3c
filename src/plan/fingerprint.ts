/** A short fingerprint of a text (djb2), to store what was last written in a few bytes. */
export function fingerprint(text: string): string {
  let h = 5381;
  for (let i = 0; i < text.length; i++) h = ((h << 5) + h + text.charCodeAt(i)) | 0;
  return (h >>> 0).toString(36);
}

/** The parts of a plan that give our cells their look (colours, fonts, wraps, validation, notes). */
interface Look {
  validations: unknown[][];
  backgrounds: string[][];
  fontColors: string[][];
  fontWeights: string[][];
  fontSizes: number[][];
  wraps: boolean[][];
  notes: string[][];
}

/** The fingerprint of a plan's look where its lines lie: a rebuild writes the look only when it changed. */
export function lookSignature(plan: Look, lines: string): string {
  return fingerprint(
    JSON.stringify([
      plan.validations,
      plan.backgrounds,
      plan.fontColors,
      plan.fontWeights,
      plan.fontSizes,
      plan.wraps,
      plan.notes,
      lines,
    ]),
  );
}
