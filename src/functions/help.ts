/** The Help dialog: the steps in the user's language and every custom function, from the registry. */
import { METRIC_IDS } from "../domain/catalog";
import { fill, messages } from "../domain/i18n";
import type { Language } from "../domain/language";
import { CUSTOM_FUNCTIONS } from "./registry";

/** Text made safe to put between HTML tags. */
export function htmlText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The Help dialog's page: numbered steps, then each function with its arguments and an example. */
export function helpPage(language: Language): string {
  const m = messages(language).help;
  const steps = fill(m.body, { metrics: METRIC_IDS.length })
    .split("\n")
    .map((line) => `<li>${htmlText(line.replace(/^\d+\.\s*/, ""))}</li>`)
    .join("");
  const functions = CUSTOM_FUNCTIONS.map((f) => {
    const args = f.params.map((p) => (p.optional ? `[${p.name}]` : p.name)).join("; ");
    return `<tr><td><code>${f.name}(${htmlText(args)})</code></td><td><code>${htmlText(f.example.formula)}</code> → ${htmlText(f.example.result)}</td></tr>`;
  }).join("");
  return [
    "<style>body{font:13px Arial,sans-serif;margin:0 8px}li{margin:4px 0}td{padding:3px 6px;vertical-align:top}code{font-size:12px}</style>",
    `<ol>${steps}</ol>`,
    `<h3>${htmlText(m.functions)}</h3>`,
    `<table>${functions}</table>`,
  ].join("");
}
