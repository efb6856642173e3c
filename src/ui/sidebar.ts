/** The sidebar: a month's figures and an SSI reading (typed or pasted), and the settings. */
import { checkEntry, type EntrySubmission, READING_FIELDS } from "../domain/entry";
import { fill, fillCount, messages } from "../domain/i18n";
import { renderRefused } from "../domain/i18n/render";
import { type Language, numberInText } from "../domain/language";
import { parseNumber } from "../domain/numbers";
import { PILLARS } from "../domain/ssi";
import { parseSsiPage, type SsiPageField } from "../domain/ssiPage";
import type { EntryForm, SettingsForm } from "../plan/entryForm";
import type { FormField, MonthResults } from "../plan/monthEntry";
import { el, replace } from "./dom";
import { loadImport } from "./importView";
import { loadMetrics } from "./metricsView";
import { profilesFieldset, shareFieldset } from "./profilesView";
import { call, carryOn, onProgress } from "./server";

type View = "entry" | "import" | "settings";

declare global {
  interface Window {
    SSI_VIEW?: View;
    /** A message to show as the panel opens (the answer of the action that opened it anew). */
    SSI_MESSAGE?: string;
  }
}

const status = document.getElementById("status") as HTMLElement;
const entryView = document.getElementById("view-entry") as HTMLElement;
const settingsView = document.getElementById("view-settings") as HTMLElement;
const tabEntry = document.getElementById("tab-entry") as HTMLButtonElement;
const tabSettings = document.getElementById("tab-settings") as HTMLButtonElement;
const importView = document.getElementById("view-import") as HTMLElement;
const tabImport = document.getElementById("tab-import") as HTMLButtonElement;

let form: EntryForm | null = null;
/** What work that spans profiles said at its end, when the panel carried it on as it opened. */
let endOfWork = "";
/** What each field held when the form loaded: only changed fields are sent. */
let initial = new Map<string, string>();

function say(text: string, kind: "ok" | "error" | "" = ""): void {
  status.textContent = text;
  status.className = kind;
}

function inputId(field: string): string {
  return `f-${field.replace(/\./g, "-")}`;
}

/** The tabs in the spreadsheet's language. */
function nameTabs(language: Language): void {
  const m = messages(language);
  tabEntry.textContent = m.sidebar.title;
  tabImport.textContent = m.exportImport.tab;
  tabSettings.textContent = m.sidebar.settingsTitle;
}

function showView(view: View): void {
  entryView.hidden = view !== "entry";
  importView.hidden = view !== "import";
  settingsView.hidden = view !== "settings";
  tabEntry.setAttribute("aria-selected", String(view === "entry"));
  tabImport.setAttribute("aria-selected", String(view === "import"));
  tabSettings.setAttribute("aria-selected", String(view === "settings"));
  if (view === "settings") void loadSettings();
  else if (view === "import")
    loadImport(importView, say)
      .then(nameTabs)
      .catch((err) => say(err instanceof Error ? err.message : String(err), "error"));
  else if (!form) void loadEntry();
}

function fieldBlock(
  id: string,
  label: string,
  control: HTMLElement,
  extra: Node[] = [],
): HTMLElement {
  const error = el("span", { class: "error-text", id: `${inputId(id)}-error` });
  control.setAttribute("id", inputId(id));
  control.setAttribute("name", id);
  control.setAttribute("aria-describedby", `${inputId(id)}-error`);
  return el(
    "div",
    { class: "field" },
    el("label", { for: inputId(id) }, label),
    control,
    ...extra,
    error,
  );
}

function numberInput(value: string, decimals: boolean): HTMLInputElement {
  const input = el("input", {
    type: "text",
    inputmode: decimals ? "decimal" : "numeric",
    autocomplete: "off",
  });
  input.value = value;
  return input;
}

function metricField(field: FormField, text: EntryForm["text"]): HTMLElement {
  let control: HTMLInputElement | HTMLSelectElement;
  if (field.kind === "level") {
    control = el(
      "select",
      {},
      el("option", { value: "" }, text.noValue),
      ...field.options.map((o) => el("option", { value: o.value }, o.label)),
    );
    const match = field.options.find((o) => o.label === field.value || o.value === field.value);
    control.value = match ? match.value : "";
  } else {
    control = numberInput(field.value, field.kind === "rate");
  }
  initial.set(field.id, control.value);
  const hint = el(
    "span",
    { class: "hint" },
    `${field.help} `,
    el("a", { href: field.url, target: "_blank", rel: "noopener noreferrer" }, text.whereToFind),
  );
  const note = field.note ? el("span", { class: "note" }, field.note) : null;
  return fieldBlock(field.id, `${field.label} (${field.unit})`, control, [
    hint,
    ...(note ? [note] : []),
  ]);
}

/** The person said yes to clearing the saved figures they emptied. */
let clearAccepted = false;

/** The labels of saved figures the person emptied: a save would clear them. */
function emptied(f: EntryForm, values: EntrySubmission["values"]): string[] {
  return f.blocks
    .flatMap((b) => b.fields)
    .filter((x) => values[x.id] === "" && (initial.get(x.id) ?? "") !== "")
    .map((x) => x.label);
}

/** Asks before a save clears saved figures, naming them; the button saves once told. */
function askToClear(f: EntryForm, labels: string[]): void {
  const box = document.getElementById("clear-ask");
  if (!box) return;
  const text = fill(f.text.clearAsk, { fields: labels.join(", ") });
  const yes = el(
    "button",
    { type: "button", class: "secondary", id: "clear-and-save" },
    f.text.clearAndSave,
  );
  yes.addEventListener("click", () => {
    clearAccepted = true;
    box.hidden = true;
    document.getElementById("save")?.click();
  });
  replace(box, el("p", {}, text), yes);
  box.hidden = false;
  say(text, "error");
  yes.focus();
}

/** The total a pasted SSI page showed, to compare with its pillars; null for a typed reading. */
let pageTotal: number | null = null;
/** The person chose to save a reading whose pillars do not add up to the page's total. */
let totalAccepted = false;

function readingInput(key: string): HTMLInputElement | null {
  return document.getElementById(inputId(`reading.${key}`)) as HTMLInputElement | null;
}

/** The four pillars' sum as typed (decimal commas read as the language writes them); null until all four are numbers. */
function pillarSum(f: EntryForm): number | null {
  let sum = 0;
  for (const p of PILLARS) {
    const parsed = parseNumber(readingInput(p)?.value ?? "", f.language === "en" ? "." : ",");
    if (!parsed.ok || parsed.value === null) return null;
    sum += parsed.value;
  }
  return Math.round(sum * 100) / 100;
}

/** True when the page's total and the pillars' sum differ by more than LinkedIn's rounding. */
function totalIsOff(f: EntryForm): boolean {
  const sum = pillarSum(f);
  return pageTotal !== null && sum !== null && Math.abs(pageTotal - sum) > 1;
}

/** Shows the reading's total as the pillars give it, and the page's own total beside it when they differ. */
function showTotal(f: EntryForm): void {
  const sum = pillarSum(f);
  const out = document.getElementById("reading-total");
  if (out) out.textContent = sum === null ? "–" : numberInText(sum, f.language);
  const warning = document.getElementById("reading-page-total");
  if (!warning) return;
  warning.hidden = !totalIsOff(f);
  const text = warning.querySelector("span");
  if (text && pageTotal !== null && sum !== null)
    text.textContent = fill(f.text.pageTotal, {
      total: numberInText(pageTotal, f.language),
      sum: numberInText(sum, f.language),
    });
}

/** After a save, or when the saved reading is kept: the reading's fields start again from today, empty. */
function resetReading(f: EntryForm): void {
  for (const key of READING_FIELDS) {
    const input = readingInput(key);
    if (input) input.value = key === "date" ? f.today : "";
  }
  pageTotal = null;
  totalAccepted = false;
  showTotal(f);
}

/** Where the question before clearing saved figures shows, above the Save button. */
function clearBox(): HTMLElement {
  const box = el("div", { id: "clear-ask", class: "same-day", role: "alert" });
  box.hidden = true;
  return box;
}

function readingFields(f: EntryForm): HTMLElement {
  const labels = f.readingLabels;
  const date = el("input", { type: "date" });
  date.value = f.today;
  const fields = [fieldBlock("reading.date", labels.date ?? "", date)];
  for (const p of PILLARS) {
    const input = numberInput("", true);
    input.addEventListener("input", () => showTotal(f));
    fields.push(fieldBlock(`reading.${p}`, labels[p] ?? p, input));
  }
  const totalLine = el(
    "p",
    { class: "field reading-total" },
    `${f.text.readingTotal}: `,
    el(
      "output",
      { id: "reading-total", for: PILLARS.map((p) => inputId(`reading.${p}`)).join(" ") },
      "–",
    ),
  );
  const anyway = el(
    "button",
    { type: "button", class: "secondary", id: "save-anyway" },
    f.text.saveAnyway,
  );
  const warning = el(
    "p",
    { id: "reading-page-total", class: "error-text", role: "alert" },
    el("span"),
    " ",
    anyway,
  );
  warning.hidden = true;
  anyway.addEventListener("click", () => {
    totalAccepted = true;
    document.getElementById("save")?.click();
  });
  fields.push(totalLine, warning);
  for (const k of ["industryAvg", "networkAvg", "industryRank", "networkRank"] as const) {
    fields.push(fieldBlock(`reading.${k}`, labels[k] ?? k, numberInput("", true)));
  }
  fields.push(
    fieldBlock("reading.note", labels.note ?? "", el("input", { type: "text", maxlength: "500" })),
  );
  const sameDay = el("div", { id: "same-day", class: "same-day", role: "alert" });
  sameDay.hidden = true;
  return el("fieldset", {}, el("legend", {}, f.text.ssiReading), ...fields, sameDay);
}

/** Shows a reading already saved for the day beside this one, and lets the person choose. */
function askSameDay(f: EntryForm, message: string, choose: (replace: boolean) => void): void {
  const box = document.getElementById("same-day");
  if (!box) return;
  const pick = (replaceIt: boolean) => () => {
    box.hidden = true;
    replace(box);
    choose(replaceIt);
  };
  replace(
    box,
    el("p", {}, message),
    el(
      "button",
      { type: "button", class: "primary", id: "replace-reading", onclick: pick(true) },
      f.text.replaceReading,
    ),
    " ",
    el(
      "button",
      { type: "button", class: "secondary", id: "keep-reading", onclick: pick(false) },
      f.text.keepReading,
    ),
  );
  box.hidden = false;
}

function pasteBox(f: EntryForm): HTMLElement {
  const area = el("textarea", { id: "paste", "aria-describedby": "paste-hint" });
  const result = el("p", { id: "paste-result", role: "status" });
  const fillForm = () => {
    const text = area.value;
    if (text.trim() === "") {
      result.textContent = f.errors.pasteEmpty;
      return;
    }
    const parsed = parseSsiPage(text);
    const fields = Object.entries(parsed.found).filter(([k]) => k !== "total");
    if (fields.length === 0) {
      result.textContent = f.errors.pasteNothing;
      return;
    }
    // A pasted page is today's reading: the date and note of a reading typed before do not carry over.
    resetReading(f);
    for (const [key, value] of fields) {
      const input = readingInput(key);
      if (input) input.value = String(value).replace(".", f.language === "en" ? "." : ",");
    }
    pageTotal = typeof parsed.found.total === "number" ? parsed.found.total : null;
    showTotal(f);
    const missing = parsed.missing
      .filter((k: SsiPageField) => k !== "total")
      .map((k) => f.readingLabels[k] ?? k);
    result.textContent = missing.length
      ? fill(f.errors.pasteMissing, { missing: missing.join(", ") })
      : fillCount(f.language, f.text.pasteFound, fields.length);
  };
  return el(
    "details",
    {},
    el("summary", {}, f.text.paste),
    el("label", { for: "paste", id: "paste-hint", class: "hint" }, f.text.pasteHint),
    area,
    el(
      "button",
      { type: "button", class: "secondary", id: "paste-fill", onclick: fillForm },
      f.text.fillFromPaste,
    ),
    result,
  );
}

function resultsList(results: MonthResults): HTMLElement {
  const items = [...results.blockTotals, ...results.ssi];
  return el(
    "dl",
    { class: "results" },
    ...items.flatMap((r) => [
      el("dt", {}, r.label),
      el("dd", r.value.length > 24 ? { class: "long" } : {}, r.value || "–"),
    ]),
  );
}

function collect(f: EntryForm): EntrySubmission {
  const values: EntrySubmission["values"] = {};
  for (const block of f.blocks) {
    for (const field of block.fields) {
      const input = document.getElementById(inputId(field.id)) as
        | HTMLInputElement
        | HTMLSelectElement;
      if (input.value !== initial.get(field.id)) values[field.id] = input.value;
    }
  }
  const reading: Record<string, string> = {};
  for (const key of READING_FIELDS) {
    const input = document.getElementById(inputId(`reading.${key}`)) as HTMLInputElement | null;
    if (input) reading[key] = input.value;
  }
  const anyReading = READING_FIELDS.some((k) => k !== "date" && k !== "note" && reading[k]?.trim());
  return {
    language: f.language,
    profile: f.profile,
    year: f.year,
    month: f.month,
    values,
    reading: anyReading ? reading : null,
  };
}

function showErrors(errors: Record<string, string>): void {
  for (const node of document.querySelectorAll("[aria-invalid]"))
    node.removeAttribute("aria-invalid");
  for (const node of document.querySelectorAll(".error-text")) node.textContent = "";
  let first: HTMLElement | null = null;
  for (const [field, message] of Object.entries(errors)) {
    const input = document.getElementById(inputId(field));
    const error = document.getElementById(`${inputId(field)}-error`);
    if (input) {
      input.setAttribute("aria-invalid", "true");
      first ??= input;
    }
    if (error) error.textContent = message;
  }
  first?.focus();
}

async function save(
  f: EntryForm,
  button: HTMLButtonElement,
  resultsBox: HTMLElement,
  replaceReading = false,
): Promise<void> {
  const submission = { ...collect(f), ...(replaceReading ? { replaceReading } : {}) };
  const local = checkEntry(submission, () => f.today, f.own);
  if (!local.ok) {
    const refused = renderRefused(local);
    showErrors(refused.errors);
    say(refused.message, "error");
    return;
  }
  if (!submission.reading && Object.keys(submission.values).length === 0) {
    say(f.text.nothingToSave, "error");
    return;
  }
  const clearing = emptied(f, submission.values);
  if (clearing.length > 0 && !clearAccepted) {
    askToClear(f, clearing);
    return;
  }
  clearAccepted = false;
  // A pasted page whose total is not its pillars' sum: saved only once the person says so.
  if (submission.reading && totalIsOff(f) && !totalAccepted) {
    showTotal(f);
    say(document.querySelector("#reading-page-total span")?.textContent ?? "", "error");
    document.getElementById("save-anyway")?.focus();
    return;
  }
  showErrors({});
  button.disabled = true;
  button.textContent = f.text.saving;
  try {
    const answer = await call("saveEntry", submission);
    if (answer.ok) {
      say(`${answer.message} ${f.text.saved}`, "ok");
      if (submission.reading) resetReading(f);
      replace(resultsBox, el("h3", {}, f.text.results), resultsList(answer.results));
      for (const block of f.blocks) {
        for (const field of block.fields) {
          const input = document.getElementById(inputId(field.id)) as
            | HTMLInputElement
            | HTMLSelectElement;
          initial.set(field.id, input.value);
        }
      }
    } else if (answer.sameDay) {
      const day = answer.sameDay.day;
      say(answer.message, "error");
      askSameDay(f, answer.message, (replaceIt) => {
        if (replaceIt) void save(f, button, resultsBox, true);
        else {
          resetReading(f);
          say(fill(f.text.readingKept, { day }), "ok");
        }
      });
    } else {
      showErrors(answer.errors);
      say(answer.message, "error");
    }
  } catch (err) {
    say(err instanceof Error ? err.message : String(err), "error");
  } finally {
    button.disabled = false;
    button.textContent = f.text.save;
  }
}

function renderEntry(f: EntryForm): void {
  form = f;
  document.documentElement.lang = f.language;
  initial = new Map();
  nameTabs(f.language);
  const picker =
    f.profiles.length > 1
      ? el(
          "select",
          { id: "profile" },
          ...f.profiles.map((p) =>
            el(
              "option",
              { value: p.id },
              p.archived ? `${p.name} (${f.profileText.archivedTag})` : p.name,
            ),
          ),
        )
      : null;
  if (picker) {
    picker.value = f.profile.id;
    picker.addEventListener("change", () => void loadEntry(f.year, f.month, picker.value));
  }
  const month = el(
    "select",
    { id: "month" },
    ...f.months.map((name, i) => el("option", { value: String(i + 1) }, name)),
  );
  month.value = String(f.month);
  const year = el("input", { id: "year", type: "number", min: "2000", max: "2100" });
  year.value = String(f.year);
  const reload = () => void loadEntry(Number(year.value), Number(month.value), f.profile.id);
  month.addEventListener("change", reload);
  year.addEventListener("change", reload);
  const resultsBox = el(
    "section",
    { id: "results", "aria-live": "polite" },
    el("h3", {}, f.text.results),
    resultsList(f.results),
  );
  const button = el("button", { type: "submit", class: "primary", id: "save" }, f.text.save);
  const blocks = f.blocks.map((b) =>
    el("fieldset", {}, el("legend", {}, b.label), ...b.fields.map((x) => metricField(x, f.text))),
  );
  const formEl = el(
    "form",
    { novalidate: true },
    picker
      ? el(
          "div",
          { class: "field profile-picker" },
          el("label", { for: "profile" }, f.profileText.picker),
          picker,
        )
      : null,
    el(
      "div",
      { class: "row" },
      el("div", { class: "field" }, el("label", { for: "month" }, f.text.month), month),
      el("div", { class: "field" }, el("label", { for: "year" }, f.text.year), year),
    ),
    pasteBox(f),
    readingFields(f),
    ...blocks,
    clearBox(),
    button,
  );
  formEl.addEventListener("submit", (event) => {
    event.preventDefault();
    void save(f, button, resultsBox);
  });
  replace(entryView, formEl, resultsBox);
}

async function loadEntry(year?: number, month?: number, profile?: string): Promise<void> {
  try {
    const f = await call("getEntryForm", {
      ...(year && month ? { year, month } : {}),
      ...(profile ? { profile } : {}),
    });
    renderEntry(f);
    // The end of work carried on when the panel opened stays in view; anything else is cleared.
    say(endOfWork, endOfWork ? "ok" : "");
    endOfWork = "";
  } catch (err) {
    say(err instanceof Error ? err.message : String(err), "error");
  }
}

function renderSettings(s: SettingsForm): void {
  nameTabs(s.language);
  const language = el(
    "select",
    {},
    ...s.languages.map((l) => el("option", { value: l.value }, l.label)),
  );
  language.value = s.language;
  const year = el("input", { type: "number", min: "2000", max: "2100" });
  year.value = String(s.year);
  const targets = el("textarea", { rows: "5", "aria-describedby": "targets-hint" });
  targets.value = s.targetCompanies;
  const carry = el("input", { type: "checkbox", id: "f-carryForward" });
  carry.checked = s.carryForward;
  const button = el(
    "button",
    { type: "submit", class: "primary", id: "save-settings" },
    s.text.saveSettings,
  );
  const formEl = el(
    "form",
    { novalidate: true },
    fieldBlock("language", s.text.language, language),
    fieldBlock("year", s.text.year, year),
    fieldBlock("targetCompanies", s.text.targetCompanies, targets, [
      el("span", { class: "hint", id: "targets-hint" }, s.text.targetCompaniesHint),
    ]),
    el(
      "div",
      { class: "field checkbox" },
      carry,
      el("label", { for: "f-carryForward" }, s.text.carryForward),
    ),
    button,
  );
  formEl.addEventListener("submit", async (event) => {
    event.preventDefault();
    button.disabled = true;
    try {
      const answer = await call("saveSettings", {
        language: language.value,
        year: Number(year.value),
        carryForward: carry.checked,
        targetCompanies: targets.value,
      });
      say(answer.message, answer.ok ? "ok" : "error");
      showErrors(answer.ok ? {} : (answer.errors ?? {}));
      if (answer.ok) {
        form = null;
        // The panel speaks the language just chosen, at once; its title only in a sidebar opened anew.
        const message = answer.message;
        const changed = language.value !== s.language;
        await loadSettings();
        say(message, "ok");
        if (changed) await call("reopenSettings", message);
      }
    } catch (err) {
      say(err instanceof Error ? err.message : String(err), "error");
    } finally {
      button.disabled = false;
    }
  });
  const reload = async (message: string) => {
    form = null;
    await loadSettings();
    say(message, "ok");
  };
  const metricsBox = el("div", { id: "metrics" });
  replace(
    settingsView,
    formEl,
    profilesFieldset(s, fieldBlock, say, showErrors, reload),
    metricsBox,
    shareFieldset(s),
  );
  void loadMetrics(metricsBox, { field: fieldBlock, say, showErrors, done: reload });
}

async function loadSettings(): Promise<void> {
  try {
    renderSettings(await call("getSettingsForm"));
    // A panel opened anew after a language change shows what was saved.
    if (endOfWork) say(endOfWork, "ok");
    endOfWork = "";
  } catch (err) {
    say(err instanceof Error ? err.message : String(err), "error");
  }
}

tabEntry.addEventListener("click", () => showView("entry"));
tabSettings.addEventListener("click", () => showView("settings"));
tabImport.addEventListener("click", () => showView("import"));
/** Work that spans profiles, step by step: a bar and "Applying to profile 12 of 30…" above the views. */
const bar = el("progress", { id: "work-progress", max: "1", value: "0" });
bar.hidden = true;
status.before(bar);
onProgress((work) => {
  bar.hidden = work.finished;
  bar.max = Math.max(work.total, 1);
  bar.value = work.done;
  say(work.message, work.finished ? "ok" : "");
});

// Decided once the whole page is parsed: the Settings menu item appends its flag after this script.
// Work left pending (the panel was closed halfway, or a menu action began it) goes on first.
document.addEventListener("DOMContentLoaded", async () => {
  try {
    const work = await carryOn();
    if (work.total > 0) endOfWork = work.message;
  } catch (err) {
    say(err instanceof Error ? err.message : String(err), "error");
  }
  if (window.SSI_MESSAGE) endOfWork = window.SSI_MESSAGE;
  showView(window.SSI_VIEW ?? "entry");
});
