/** The Import view: picks LinkedIn's export, reads it here in the browser, previews, then writes on confirm. */
import type { ExportSummary } from "../domain/exportSummary";
import { fill, fillCount, messages } from "../domain/i18n";
import type { Language } from "../domain/language";
import { readExport } from "../export/read";
import type { ImportPreview, PreviewRow } from "../plan/import/preview";
import { el, replace } from "./dom";
import { call } from "./server";

type Say = (text: string, kind?: "ok" | "error" | "") => void;

/** Reads every picked file into bytes. */
async function picked(input: HTMLInputElement): Promise<{ name: string; bytes: Uint8Array }[]> {
  const files = [...(input.files ?? [])];
  return Promise.all(
    files.map(async (file) => ({
      name: file.name,
      bytes: new Uint8Array(await file.arrayBuffer()),
    })),
  );
}

function previewTable(rows: PreviewRow[], language: Language): HTMLElement {
  const m = messages(language).exportImport;
  const byMonth = new Map<string, PreviewRow[]>();
  for (const row of rows) {
    const list = byMonth.get(row.monthLabel) ?? [];
    list.push(row);
    byMonth.set(row.monthLabel, list);
  }
  const head = el(
    "thead",
    {},
    el(
      "tr",
      {},
      el("th", { scope: "col" }, m.metric),
      el("th", { scope: "col" }, m.inSheet),
      el("th", { scope: "col" }, m.fromExport),
    ),
  );
  const bodies = [...byMonth.entries()].map(([month, list]) =>
    el(
      "tbody",
      { "data-year": String(list[0]?.year ?? ""), "data-build": String(list[0]?.build ?? false) },
      el("tr", { class: "month" }, el("th", { colspan: "3", scope: "rowgroup" }, month)),
      ...list.map((row) =>
        el(
          "tr",
          { class: row.state, "data-metric": row.metric },
          el("th", { scope: "row" }, row.metricLabel),
          el("td", {}, row.current || "–"),
          el("td", row.state === "differs" ? { title: m.differsMark } : {}, row.imported),
        ),
      ),
    ),
  );
  return el(
    "div",
    { class: "scroll" },
    el("table", { id: "import-preview", class: "import-table" }, head, ...bodies),
  );
}

function showPreview(
  box: HTMLElement,
  preview: ImportPreview,
  summary: ExportSummary,
  language: Language,
  say: Say,
  profile: string,
): void {
  const m = messages(language).exportImport;
  const overwrite = el("input", { type: "checkbox", id: "import-overwrite" });
  const builds = preview.buildable.map((year) =>
    el("input", { type: "checkbox", id: `import-build-${year}`, value: String(year) }),
  );
  const apply = el("button", { type: "button", class: "primary", id: "import-apply" });
  const chosen = () => new Set(builds.filter((b) => b.checked).map((b) => Number(b.value)));
  const toWrite = () => {
    const years = chosen();
    return preview.rows.filter(
      (r) =>
        (r.state === "fill" || (overwrite.checked && r.state === "differs")) &&
        (!r.build || years.has(r.year)),
    ).length;
  };
  const counts = el("p", { id: "import-counts" });
  const table = preview.rows.length > 0 ? previewTable(preview.rows, language) : null;
  const refresh = () => {
    const years = chosen();
    // A year without a dashboard shows its figures once the user asks to build it.
    for (const body of table?.querySelectorAll<HTMLElement>("tbody[data-build=true]") ?? [])
      body.hidden = !years.has(Number(body.dataset.year));
    const toFill = preview.rows.filter(
      (r) => r.state === "fill" && (!r.build || years.has(r.year)),
    );
    const differs = preview.rows.filter((r) => r.state === "differs" && !r.build).length;
    counts.textContent = [
      fillCount(language, m.toFill, toFill.length),
      fillCount(language, m.same, preview.same),
      fillCount(language, m.differs, differs),
    ].join(" · ");
    const n = toWrite();
    apply.textContent = n > 0 ? fillCount(language, m.apply, n) : m.nothing;
    apply.disabled = n === 0;
  };
  overwrite.addEventListener("change", refresh);
  for (const b of builds) b.addEventListener("change", refresh);
  apply.addEventListener("click", async () => {
    apply.disabled = true;
    apply.textContent = m.writing;
    try {
      const answer = await call("applyImport", {
        summary,
        overwrite: overwrite.checked,
        build: [...chosen()],
        profile,
      });
      say(answer.message, answer.ok ? "ok" : "error");
      if (answer.ok) replace(box, el("p", { class: "done", id: "import-done" }, answer.message));
      else refresh();
    } catch (err) {
      say(err instanceof Error ? err.message : String(err), "error");
      refresh();
    }
  });
  refresh();
  replace(
    box,
    el("h3", {}, m.previewTitle),
    counts,
    table,
    el(
      "div",
      { class: "field checkbox" },
      overwrite,
      el("label", { for: "import-overwrite" }, m.overwrite),
    ),
    ...builds.map((b) =>
      el(
        "div",
        { class: "field checkbox" },
        b,
        el("label", { for: b.id }, fill(m.buildYear, { year: b.value })),
      ),
    ),
    preview.tooOld.length > 0
      ? el("p", { class: "hint" }, fill(m.tooOld, { year: preview.oldestOffered }))
      : null,
    apply,
  );
}

/** Builds the Import view in the user's language, with the target companies from the settings. */
export async function loadImport(view: HTMLElement, say: Say): Promise<Language> {
  const form = await call("getImportForm");
  const { language } = form;
  const m = messages(language).exportImport;
  const input = el("input", {
    type: "file",
    id: "import-files",
    multiple: true,
    accept: ".zip,.csv,application/zip,text/csv",
  });
  const notes = el("ul", { id: "import-notes", class: "notes" });
  const result = el("p", { id: "import-result", role: "alert" });
  const box = el("section", { id: "import-box", "aria-live": "polite" });
  input.addEventListener("change", async () => {
    replace(box);
    replace(notes);
    result.textContent = m.reading;
    result.className = "";
    try {
      const read = readExport(await picked(input), form.targetCompanies, language);
      if (!read.ok) {
        result.textContent = read.message;
        result.className = "error-text";
        return;
      }
      result.textContent = fillCount(language, m.read, read.summary.files.length, {
        day: read.summary.exportDay,
      });
      replace(notes, ...read.notes.map((n) => el("li", {}, n)));
      const preview = await call("previewImport", read.summary, form.profile.id);
      if (!preview.ok) {
        result.textContent = preview.message;
        result.className = "error-text";
        return;
      }
      showPreview(box, preview, read.summary, language, say, form.profile.id);
    } catch (err) {
      result.textContent = err instanceof Error ? err.message : String(err);
      result.className = "error-text";
    }
  });
  replace(
    view,
    el("h2", {}, m.title),
    el("p", { class: "hint" }, m.howTo),
    el("p", { class: "hint privacy" }, m.privacy),
    form.profile.name
      ? el(
          "p",
          { class: "hint", id: "import-profile" },
          fill(m.fillsProfile, { name: form.profile.name }),
        )
      : null,
    el("div", { class: "field" }, el("label", { for: "import-files" }, m.choose), input),
    result,
    notes,
    box,
  );
  return language;
}
