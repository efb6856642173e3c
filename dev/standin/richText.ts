/**
 * Rich text as Apps Script's RichTextValue, as far as a person's cells use it: a text with links on some
 * of its characters. A value written over the cell (`setValues`) flattens it, as Sheets does.
 */

/** A link over characters [start, end) of a cell's text. */
export interface LinkRun {
  start: number;
  end: number;
  url: string;
}

export interface RichTextData {
  text: string;
  links: LinkRun[];
}

/** As Apps Script's RichTextValue: the text, its runs (linked and plain parts), and their links. */
export class RichTextValue {
  constructor(readonly data: RichTextData) {}
  getText(): string {
    return this.data.text;
  }
  /** The link of the whole text, when one link covers all of it; else null. */
  getLinkUrl(): string | null {
    const [only] = this.data.links;
    return this.data.links.length === 1 &&
      only &&
      only.start === 0 &&
      only.end === this.data.text.length
      ? only.url
      : null;
  }
  /** The text cut where a link starts or ends: each run with its link (null for plain text). */
  getRuns(): RichTextValue[] {
    const cuts = new Set([0, this.data.text.length]);
    for (const l of this.data.links) cuts.add(l.start).add(l.end);
    const at = [...cuts].sort((a, b) => a - b);
    return at.slice(0, -1).map((start, i) => {
      const end = at[i + 1] ?? start;
      const link = this.data.links.find((l) => l.start <= start && l.end >= end);
      return new RichTextValue({
        text: this.data.text.slice(start, end),
        links: link ? [{ start: 0, end: end - start, url: link.url }] : [],
      });
    });
  }
}

/** As Apps Script's RichTextValueBuilder. */
export class RichTextValueBuilder {
  private data: RichTextData = { text: "", links: [] };
  setText(text: string): RichTextValueBuilder {
    this.data = { text, links: [] };
    return this;
  }
  /** `setLinkUrl(url)` links the whole text; `setLinkUrl(start, end, url)` a part of it. */
  setLinkUrl(startOrUrl: number | string, end?: number, url?: string): RichTextValueBuilder {
    const run =
      typeof startOrUrl === "string"
        ? { start: 0, end: this.data.text.length, url: startOrUrl }
        : { start: startOrUrl, end: end ?? startOrUrl, url: url ?? "" };
    if (run.start < 0 || run.end > this.data.text.length || run.start >= run.end)
      throw new Error("Exception: The link's offsets are outside the text.");
    this.data.links.push(run);
    return this;
  }
  build(): RichTextValue {
    return new RichTextValue(structuredClone(this.data));
  }
}
