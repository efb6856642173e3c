/**
 * The Import view: picks LinkedIn's data export and creator analytics files, reads them here in the
 * browser, previews, then writes on confirm.
 */
import type { ExportSummary } from "../domain/exportSummary";
import { fill, fillCount, messages } from "../domain/i18n";
import type { Language } from "../domain/language";
import { readPicked } from "../export/picked";
import type { ImportPreview, ImpressionsRow, PreviewRow } from "../plan/import/preview";
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
          {
            class: row.partial ? `${row.state} partial` : row.state,
            "data-metric": row.metric,
          },
          el(
            "th",
            { scope: "row" },
            row.metricLabel,
            row.mark ? el("span", { class: "mark" }, ` (${row.mark})`) : null,
          ),
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

/** The months' post impressions that no row takes, for information: nothing of them is written. */
function impressionsTable(rows: ImpressionsRow[], language: Language): HTMLElement {
  const c = messages(language).exportImport.creator;
  return el(
    "div",
    { class: "scroll" },
    el(
      "table",
      { id: "import-impressions", class: "import-table" },
      el("caption", {}, c.impressionsTitle),
      el(
        "thead",
        {},
        el(
          "tr",
          {},
          el("th", { scope: "col" }, messages(language).exportImport.month),
          el("th", { scope: "col" }, c.impressions),
        ),
      ),
      el(
        "tbody",
        {},
        ...rows.map((row) =>
          el(
            "tr",
            row.mark ? { class: "partial" } : {},
            el(
              "th",
              { scope: "row" },
              row.monthLabel,
              row.mark ? el("span", { class: "mark" }, ` (${row.mark})`) : null,
            ),
            el("td", {}, row.impressions),
          ),
        ),
      ),
    ),
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
  const { overwrite, anyPartial, partial, builds, apply, offer, keep, noRowHint } = previewBoxes(
    preview,
    language,
  );
  const chosen = () => new Set(builds.filter((b) => b.checked).map((b) => Number(b.value)));
  const toWrite = () =>
    figuresToWrite(preview, chosen(), {
      overwrite: overwrite.checked,
      partial: partial.checked,
      keep: keep?.checked === true,
    });
  const counts = el("p", { id: "import-counts" });
  const table = preview.rows.length > 0 ? previewTable(preview.rows, language) : null;
  const refresh = () => {
    const years = chosen();
    // A year without a dashboard shows its figures once the user asks to build it.
    for (const body of table?.querySelectorAll<HTMLElement>("tbody[data-build=true]") ?? [])
      body.hidden = !years.has(Number(body.dataset.year));
    const toFill = preview.rows.filter(
      (r) =>
        r.state === "fill" && (!r.build || years.has(r.year)) && (!r.partial || partial.checked),
    );
    const differs = preview.rows.filter((r) => r.state === "differs" && !r.build).length;
    counts.textContent = [
      fillCount(language, m.toFill, toFill.length),
      fillCount(language, m.same, preview.same),
      fillCount(language, m.differs, differs),
    ].join(" · ");
    // Without the offered metric, dashboards lacking its row are no news.
    if (noRowHint) noRowHint.hidden = keep !== null && !keep.checked;
    const n = toWrite();
    apply.textContent = n > 0 ? fillCount(language, m.apply, n) : m.nothing;
    apply.disabled = n === 0;
  };
  overwrite.addEventListener("change", refresh);
  partial.addEventListener("change", refresh);
  keep?.addEventListener("change", refresh);
  for (const b of builds) b.addEventListener("change", refresh);
  const controls = { box, preview, summary, language, say, profile };
  apply.addEventListener("click", () =>
    writeChosen(controls, { apply, overwrite, partial, keep, chosen, refresh }),
  );
  refresh();
  replace(
    box,
    el("h3", {}, m.previewTitle),
    counts,
    table,
    preview.impressions.length > 0 ? impressionsTable(preview.impressions, language) : null,
    keep && offer
      ? checkboxField(
          keep,
          fill(m.creator.keepImpressions, {
            name: offer.name,
            block: messages(language).blocks.engagement,
          }),
        )
      : null,
    noRowHint,
    checkboxField(overwrite, m.overwrite),
    anyPartial ? checkboxField(partial, m.creator.partialBox) : null,
    ...builds.map((b) => checkboxField(b, fill(m.buildYear, { year: b.value }))),
    preview.tooOld.length > 0
      ? el("p", { class: "hint" }, fill(m.tooOld, { year: preview.oldestOffered }))
      : null,
    apply,
  );
}

/** A checkbox with its label, as the sidebar lays them out. */
function checkboxField(box: HTMLInputElement, label: string): HTMLElement {
  return el("div", { class: "field checkbox" }, box, el("label", { for: box.id }, label));
}

/** Writes what the preview's boxes chose: first the impressions' own metric if kept, then the figures. */
async function writeChosen(
  {
    box,
    preview,
    summary,
    language,
    say,
    profile,
  }: {
    box: HTMLElement;
    preview: ImportPreview;
    summary: ExportSummary;
    language: Language;
    say: Say;
    profile: string;
  },
  {
    apply,
    overwrite,
    partial,
    keep,
    chosen,
    refresh,
  }: {
    apply: HTMLButtonElement;
    overwrite: HTMLInputElement;
    partial: HTMLInputElement;
    keep: HTMLInputElement | null;
    chosen: () => Set<number>;
    refresh: () => void;
  },
): Promise<void> {
  const m = messages(language).exportImport;
  const { offer } = preview;
  apply.disabled = true;
  apply.textContent = m.writing;
  const choice = { overwrite: overwrite.checked, partial: partial.checked, build: chosen() };
  try {
    if (offer && keep?.checked) {
      apply.textContent = fill(m.creator.addingMetric, { name: offer.name });
      const added = await addImpressionsMetric(offer.name, language);
      if (!added.ok) {
        say(added.message, "error");
        refresh();
        return;
      }
      // The metric's row is in place now: the import is planned again, impressions among its rows.
      const again = await call("previewImport", summary, profile);
      if (!again.ok) {
        say(again.message, "error");
        return;
      }
      // Refused: the preview as it stands now, the metric in it, so the user can try again.
      if (!(await applyChoice(box, again, summary, choice, say, profile, added.message)))
        showPreview(box, again, summary, language, say, profile);
      return;
    }
    if (!(await applyChoice(box, preview, summary, choice, say, profile, ""))) refresh();
  } catch (err) {
    say(err instanceof Error ? err.message : String(err), "error");
    refresh();
  }
}

/**
 * Adds the own metric that takes post impressions, in the Engagement block, and carries the rebuild
 * of this year's dashboards to its end; its message, or what stopped it (a name already taken).
 */
async function addImpressionsMetric(
  name: string,
  language: Language,
): Promise<{ ok: boolean; message: string }> {
  const answer = await call("saveOwnMetric", {
    language,
    name,
    block: "engagement",
    aggregation: "sum",
    whole: true,
    feeds: "impressions",
  });
  const errors = "errors" in answer && answer.errors ? Object.values(answer.errors) : [];
  return { ok: answer.ok, message: errors.length > 0 ? errors.join(" ") : answer.message };
}

/**
 * Writes an import as previewed with the user's choices, true when written; a year to build that the
 * preview no longer offers (the metric's rebuild made it) is left out of the request, which would refuse it.
 */
async function applyChoice(
  box: HTMLElement,
  preview: ImportPreview,
  summary: ExportSummary,
  choice: { overwrite: boolean; partial: boolean; build: Set<number> },
  say: Say,
  profile: string,
  before: string,
): Promise<boolean> {
  const answer = await call("applyImport", {
    summary,
    overwrite: choice.overwrite,
    partial: choice.partial,
    build: preview.buildable.filter((year) => choice.build.has(year)),
    profile,
  });
  const message = answer.ok && before ? `${before} ${answer.message}` : answer.message;
  say(message, answer.ok ? "ok" : "error");
  if (answer.ok) replace(box, el("p", { class: "done", id: "import-done" }, message));
  return answer.ok;
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
    accept:
      ".zip,.csv,.xlsx,application/zip,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
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
      const read = readPicked(await picked(input), form.targetCompanies, language, form.today);
      if (!read.ok) {
        result.textContent = read.message;
        result.className = "error-text";
        return;
      }
      result.textContent = read.said.join(" ");
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
    el("p", { class: "hint" }, m.creator.howTo),
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

/** The preview's boxes: replace what differs, partial months, years to build, the impressions' metric. */
function previewBoxes(preview: ImportPreview, language: Language) {
  const m = messages(language).exportImport;
  const overwrite = el("input", { type: "checkbox", id: "import-overwrite" });
  // Offered only when some month is partial: otherwise the box would change nothing.
  const anyPartial = preview.rows.some((r) => r.partial);
  const partial = el("input", { type: "checkbox", id: "import-partial" });
  const builds = preview.buildable.map((year) =>
    el("input", { type: "checkbox", id: `import-build-${year}`, value: String(year) }),
  );
  const apply = el("button", { type: "button", class: "primary", id: "import-apply" });
  const { offer, noRow } = preview;
  // Ticked by default: impressions have no row of the seed's, and an own metric is the user's to remove.
  const keep = offer
    ? el("input", { type: "checkbox", id: "import-keep-impressions", checked: true })
    : null;
  const noRowHint = noRow
    ? el(
        "p",
        { class: "hint", id: "import-no-row" },
        fillCount(language, m.creator.noRow, noRow.years.length, {
          years: noRow.years.join(", "),
          name: noRow.name,
        }),
      )
    : null;
  return { overwrite, anyPartial, partial, builds, apply, offer, keep, noRowHint };
}

/** How many figures Write would write, with the years, boxes and the impressions' metric as chosen. */
function figuresToWrite(
  preview: ImportPreview,
  years: Set<number>,
  boxes: { overwrite: boolean; partial: boolean; keep: boolean },
): number {
  const wanted = (r: { build: boolean; year: number; partial: boolean }) =>
    (!r.build || years.has(r.year)) && (!r.partial || boxes.partial);
  // The months the offered metric would take: all empty, since its row is new.
  const offered = boxes.keep ? (preview.offer?.months.filter(wanted).length ?? 0) : 0;
  const rows = preview.rows.filter(
    (r) => (r.state === "fill" || (boxes.overwrite && r.state === "differs")) && wanted(r),
  );
  return rows.length + offered;
}
