/** The preview page: draws the stand-in's sheets and charts and runs menu items through the JSON API. */
import { Chart, registerables } from "chart.js";
import type { UiEvent } from "../standin";
import type { Area } from "../standin/a1";
import type { ChartView, SheetView } from "./state";

Chart.register(...registerables);
Chart.defaults.font.family = "Arimo, Arial, sans-serif";

interface State {
  sheets: SheetView[];
  active: string;
  menus: { title: string; items: { caption: string; functionName: string }[] }[];
  calls: number;
  id: string;
  spreadsheets: { id: string; url: string; name: string }[];
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
let state: State | null = null;
let current = "";
let lastActive = "";
/** The spreadsheet the page shows (the switcher picks another); the server's first one until then. */
let spreadsheet = "";
const asked = () => (spreadsheet ? `spreadsheet=${encodeURIComponent(spreadsheet)}` : "");
const drawn: Chart[] = [];

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text = ""): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  node.textContent = text;
  return node;
}

async function refresh(): Promise<void> {
  state = (await (await fetch(`/api/state?${asked()}`)).json()) as State;
  if (state.id !== spreadsheet) {
    spreadsheet = state.id;
    lastActive = "";
  }
  // Follow the sheet an action activates, as Sheets does; otherwise stay on the tab the user chose.
  if (state.active !== lastActive || !state.sheets.some((s) => s.name === current))
    current = state.active;
  lastActive = state.active;
  $("calls").textContent = `${state.calls} service calls so far`;
  drawMenu();
  drawSwitcher();
  drawTabs();
  drawSheet();
}

function drawMenu(): void {
  const menu = $("menu");
  menu.replaceChildren();
  for (const m of state?.menus ?? []) {
    menu.append(el("div", m.title));
    (menu.lastChild as HTMLElement).className = "title";
    for (const item of m.items) {
      const button = el("button", item.caption);
      button.type = "button";
      button.setAttribute("role", "menuitem");
      button.dataset.fn = item.functionName;
      button.addEventListener("click", () => {
        menu.hidden = true;
        $("extensions").setAttribute("aria-expanded", "false");
        void run(item.functionName);
      });
      menu.append(button);
    }
  }
}

/** The spreadsheets the preview holds (the manager's and each seller's own): one is shown at a time. */
function drawSwitcher(): void {
  const picker = $<HTMLSelectElement>("spreadsheet");
  picker.replaceChildren(
    ...(state?.spreadsheets ?? []).map((book) => {
      const option = el("option", book.name);
      option.value = book.id;
      return option;
    }),
  );
  picker.value = spreadsheet;
  picker.hidden = (state?.spreadsheets.length ?? 0) < 2;
}

function drawTabs(): void {
  const tabs = $("tabs");
  tabs.replaceChildren();
  for (const s of (state?.sheets ?? []).filter((sheet) => !sheet.hidden)) {
    const b = el("button", s.name);
    b.type = "button";
    b.setAttribute("aria-selected", String(s.name === current));
    b.addEventListener("click", () => {
      current = s.name;
      drawTabs();
      drawSheet();
    });
    tabs.append(b);
  }
  // Drawn again, the bar starts from its left end: bring the sheet shown back into view, as Sheets does.
  tabs
    .querySelector('[aria-selected="true"]')
    ?.scrollIntoView({ block: "nearest", inline: "nearest" });
}

function columnName(c: number): string {
  let s = "";
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26))
    s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Rows and columns an empty grid still shows, as Sheets shows a new sheet's 1,000 × 26 empty cells. */
const EMPTY_ROWS = 50;
const EMPTY_COLUMNS = 26;

/**
 * How much of the grid to draw: the cells with content, and empty ones up to 26 columns and 50 rows
 * (never past the sheet's own size). A sheet with charts keeps to its content, as its charts are drawn
 * under the grid here, where Sheets floats them over the cells.
 */
function gridSize(sheet: SheetView): { rows: number; cols: number } {
  const rows = sheet.charts.length > 0 ? 0 : Math.min(EMPTY_ROWS, sheet.maxRows);
  return {
    rows: Math.max(sheet.display.length, rows),
    cols: Math.max(sheet.display[0]?.length ?? 0, Math.min(EMPTY_COLUMNS, sheet.maxColumns)),
  };
}

/** Sheets' width of a column no one has sized. */
const DEFAULT_WIDTH = 100;

/** How many columns hold content: none on a blank sheet (its one cell is sent empty). */
function usedColumns(sheet: SheetView): number {
  const blank = sheet.display.every((row, r) =>
    row.every((text, c) => text === "" && !sheet.formulas[r]?.[c]),
  );
  return blank ? 0 : (sheet.display[0]?.length ?? 0);
}

/** The column letters over the grid, hidden columns left out. */
function headerRow(sheet: SheetView, cols: number): HTMLTableRowElement {
  const used = usedColumns(sheet);
  const head = el("tr");
  const corner = el("th");
  corner.className = "corner";
  head.append(corner);
  for (let c = 1; c <= cols; c++) {
    if (sheet.hiddenColumns.includes(c)) continue;
    const th = el("th", columnName(c));
    th.className = "col-head";
    th.dataset.col = String(c);
    // Empty columns past the content are as wide as Sheets draws a new column.
    if (c > used && !sheet.widths[String(c)]) th.style.minWidth = `${DEFAULT_WIDTH}px`;
    head.append(th);
  }
  return head;
}

/** One cell as Sheets draws it: its text, colours, note or error message, and what typing starts from. */
function cell(sheet: SheetView, r: number, c: number): HTMLTableCellElement {
  const row = sheet.display[r] ?? [];
  const text = row[c] ?? "";
  const a1 = `${columnName(c + 1)}${r + 1}`;
  const td = el("td");
  td.append(el("span", text));
  const style = sheet.styles[r]?.[c];
  if (style) {
    td.style.backgroundColor = style.bg;
    td.style.color = style.color;
    if (style.bold) td.style.fontWeight = "bold";
    if (style.size !== 10) td.style.fontSize = `${style.size + 3}px`;
    if (style.note) td.classList.add("note");
  }
  // Hovering an error shows its message, as Sheets does; a note shows under it.
  const hover = [sheet.errors[a1], style?.note].filter(Boolean).join("\n\n");
  if (hover) td.title = hover;
  if (sheet.errors[a1]) td.classList.add("error");
  const numeric = typeof sheet.values[r]?.[c] === "number";
  if (numeric) td.classList.add("num");
  const width = sheet.widths[String(c + 1)];
  if (width) {
    td.style.maxWidth = `${width}px`;
    td.style.minWidth = `${width}px`;
  }
  // As Sheets: wrapped text wraps in its column; other text runs over empty cells to its right.
  if (style?.wrap) td.classList.add("wrap");
  else if (text && !numeric && (row[c + 1] ?? "") === "") td.classList.add("spill");
  td.dataset.cell = a1;
  td.dataset.content = sheet.formulas[r]?.[c] || text;
  return td;
}

/** A row of the grid: its number, then its cells, hidden columns left out. */
function bodyRow(sheet: SheetView, r: number, cols: number): HTMLTableRowElement {
  const tr = el("tr");
  const th = el("th", String(r + 1));
  th.className = "row-head";
  th.dataset.row = String(r + 1);
  tr.dataset.row = String(r + 1);
  tr.append(th);
  for (let c = 0; c < cols; c++)
    if (!sheet.hiddenColumns.includes(c + 1)) tr.append(cell(sheet, r, c));
  return tr;
}

/**
 * Frozen rows and columns stay in view as the grid scrolls, as in Sheets: their cells are sticky at
 * the place they have when nothing is scrolled, measured with stickiness off.
 */
function freeze(grid: HTMLTableElement, sheet: SheetView): void {
  if (sheet.frozenRows === 0 && sheet.frozenColumns === 0) return;
  const [head, ...rows] = [...grid.rows];
  if (!head) return;
  grid.classList.add("measuring");
  const frozenCols = [...head.cells].filter((th) => Number(th.dataset.col) <= sheet.frozenColumns);
  const lefts = frozenCols.map((th) => th.offsetLeft);
  const frozenRows = rows.filter((tr) => Number(tr.dataset.row) <= sheet.frozenRows);
  const tops = frozenRows.map((tr) => tr.offsetTop);
  grid.classList.remove("measuring");
  for (const tr of [head, ...rows])
    frozenCols.forEach((_, i) => {
      const cell = tr.cells[i + 1];
      cell?.classList.add("frozen-col");
      if (cell) cell.style.left = `${lefts[i]}px`;
    });
  frozenRows.forEach((tr, i) => {
    for (const cell of tr.cells) {
      cell.classList.add("frozen-row");
      cell.style.top = `${tops[i]}px`;
    }
  });
}

function drawSheet(): void {
  typing?.stop();
  const sheet = state?.sheets.find((s) => s.name === current);
  const grid = $<HTMLTableElement>("grid");
  grid.replaceChildren();
  for (const c of drawn.splice(0)) c.destroy();
  $("charts").replaceChildren();
  if (!sheet) return;
  const { rows, cols } = gridSize(sheet);
  grid.append(headerRow(sheet, cols));
  for (let r = 0; r < rows; r++)
    if (!sheet.hiddenRows.includes(r + 1)) grid.append(bodyRow(sheet, r, cols));
  freeze(grid, sheet);
  for (const chart of sheet.charts) drawChart(chart);
}

/** Sheets' own title over a refusal or an error, in the person's language (Sheets speaks the user's). */
function problemTitle(): string {
  const titles: Record<string, string> = {
    es: "Se ha producido un problema",
    de: "Es ist ein Problem aufgetreten",
    pl: "Wystąpił problem",
  };
  return titles[navigator.language.slice(0, 2)] ?? "There was a problem";
}

/** A person's edit, as the JSON API takes it; a refusal (the validation's help) is shown as Sheets does. */
async function edit(request: Record<string, unknown>): Promise<void> {
  const answer = (await (
    await fetch(`/api/edit?${asked()}`, {
      method: "POST",
      body: JSON.stringify({ sheet: current, ...request }),
    })
  ).json()) as { rejected?: string | null; error?: string };
  // A refused value goes at once: the cell shows what it kept while the refusal is read, as in Sheets.
  if (answer.rejected || answer.error) drawSheet();
  if (answer.rejected) show([{ kind: "alert", title: problemTitle(), message: answer.rejected }]);
  if (answer.error) show([{ kind: "alert", title: problemTitle(), message: answer.error }]);
  await refresh();
}

/** Whether a cell lies in an area. */
const inside = (area: Area, row: number, col: number) =>
  row >= area.row &&
  row < area.row + area.numRows &&
  col >= area.col &&
  col < area.col + area.numCols;

/** Whether a warning-only protection covers the cell (and does not leave it out). */
function warned(sheet: SheetView, a1: string): boolean {
  const [, letters = "", digits = ""] = /^([A-Z]+)(\d+)$/.exec(a1) ?? [];
  const col = [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const row = Number(digits);
  return sheet.warnings.some(
    (w) =>
      (w.area === null || inside(w.area, row, col)) &&
      !w.except.some((area) => inside(area, row, col)),
  );
}

/** Sheets' question before a protected cell is typed over: true when the person answers OK. */
function confirmProtected(): Promise<boolean> {
  const dialog = $<HTMLDialogElement>("protected");
  dialog.returnValue = "";
  dialog.showModal();
  return new Promise((resolve) =>
    dialog.addEventListener("close", () => resolve(dialog.returnValue === "ok"), { once: true }),
  );
}

/** Writes what was typed in a cell; over a protected cell only once the person says OK to the warning. */
async function commit(a1: string, value: string): Promise<void> {
  const sheet = state?.sheets.find((s) => s.name === current);
  if (sheet && warned(sheet, a1)) {
    drawSheet();
    if (!(await confirmProtected())) return;
  }
  await edit({ a1, value });
}

/** The cell being typed into: stopped before the grid is drawn again, so its input goes quietly. */
let typing: { stop(): void } | null = null;

/**
 * Typing into a cell: an input over it; Enter or Tab writes it (as in Sheets), Escape or a click
 * elsewhere leaves it as it was.
 */
function startTyping(td: HTMLTableCellElement): void {
  if (td.querySelector("input")) return;
  typing?.stop();
  const input = el("input");
  input.value = td.dataset.content ?? "";
  input.setAttribute("aria-label", `Cell ${td.dataset.cell}`);
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== "Enter" && event.key !== "Tab" && event.key !== "Escape") return;
    event.preventDefault();
    stop();
    if (event.key === "Escape") drawSheet();
    else void commit(td.dataset.cell ?? "", input.value);
  };
  const onBlur = () => {
    stop();
    drawSheet();
  };
  // Taking the listeners off first: removing a focused input fires blur, which must not draw the
  // grid again while the grid is being replaced.
  const stop = () => {
    input.removeEventListener("keydown", onKey);
    input.removeEventListener("blur", onBlur);
    if (typing === handle) typing = null;
  };
  const handle = { stop };
  typing = handle;
  input.addEventListener("keydown", onKey);
  input.addEventListener("blur", onBlur);
  td.replaceChildren(input);
  input.focus();
  input.select();
}

/** The right-click menu of a row or column header: insert before or after it, or delete it. */
function lineMenu(event: MouseEvent, axis: "row" | "column", line: number): void {
  event.preventDefault();
  const menu = $("line-menu");
  const words =
    axis === "row" ? ["row above", "row below", "row"] : ["column left", "column right", "column"];
  const insert = axis === "row" ? "insertRowsBefore" : "insertColumnsBefore";
  const remove = axis === "row" ? "deleteRows" : "deleteColumns";
  const items: [string, Record<string, unknown>][] = [
    [`Insert 1 ${words[0]}`, { [insert]: line, count: 1 }],
    [`Insert 1 ${words[1]}`, { [insert]: line + 1, count: 1 }],
    [
      `Delete ${words[2]} ${axis === "row" ? line : columnName(line)}`,
      { [remove]: line, count: 1 },
    ],
  ];
  menu.replaceChildren(
    ...items.map(([caption, request]) => {
      const b = el("button", caption);
      b.type = "button";
      b.className = "line-item";
      b.setAttribute("role", "menuitem");
      b.addEventListener("click", () => {
        menu.hidden = true;
        void edit(request);
      });
      return b;
    }),
  );
  menu.style.left = `${event.clientX}px`;
  menu.style.top = `${event.clientY}px`;
  menu.hidden = false;
}

/**
 * A cell that imports another spreadsheet not yet connected: Sheets shows "You need to connect these
 * sheets" with an Allow access button there; the click is the person's, once for the pair.
 */
function connectPrompt(td: HTMLTableCellElement): boolean {
  const source = /IMPORTRANGE\("([^"]+)"/.exec(td.dataset.content ?? "")?.[1];
  if (!source || td.textContent !== "#REF!") return false;
  const dialog = $<HTMLDialogElement>("connect");
  $("connect-source").textContent = source;
  $("connect-allow").onclick = async () => {
    await fetch("/api/allow", { method: "POST", body: JSON.stringify({ spreadsheet, source }) });
    dialog.close();
    await refresh();
  };
  dialog.showModal();
  return true;
}

$("grid").addEventListener("click", (event) => {
  const td = (event.target as HTMLElement).closest("td");
  if (td instanceof HTMLTableCellElement && td.dataset.cell && !connectPrompt(td)) startTyping(td);
});
$("spreadsheet").addEventListener("change", () => {
  spreadsheet = $<HTMLSelectElement>("spreadsheet").value;
  $("sidebar").hidden = true;
  void refresh();
});
$("grid").addEventListener("contextmenu", (event) => {
  const th = (event.target as HTMLElement).closest("th");
  if (th?.dataset.row) lineMenu(event, "row", Number(th.dataset.row));
  else if (th?.dataset.col) lineMenu(event, "column", Number(th.dataset.col));
});
document.addEventListener("click", (event) => {
  if (!(event.target as HTMLElement).closest("#line-menu")) $("line-menu").hidden = true;
});

const PALETTE = ["#0a66c2", "#e07b00", "#8a8a8a", "#2e9b5f", "#b24da8"];

function drawChart(chart: ChartView): void {
  const figure = el("figure");
  figure.dataset.chart = chart.title;
  const canvas = el("canvas");
  canvas.setAttribute("aria-label", chart.title);
  figure.append(canvas);
  $("charts").append(figure);
  const colors = (chart.options.colors as string[] | undefined) ?? PALETTE;
  const bar = chart.type === "COLUMN" || chart.type === "BAR";
  const min = (chart.options["vAxis.viewWindow.min"] ?? chart.options["hAxis.viewWindow.min"]) as
    | number
    | undefined;
  const max = (chart.options["vAxis.viewWindow.max"] ?? chart.options["hAxis.viewWindow.max"]) as
    | number
    | undefined;
  const valueAxis = chart.type === "BAR" ? "x" : "y";
  drawn.push(
    new Chart(canvas, {
      type: bar ? "bar" : "line",
      data: {
        labels: chart.labels,
        datasets: chart.series.map((s, i) => ({
          label: s.name,
          data: s.data,
          borderColor: colors[i % colors.length] ?? PALETTE[i % PALETTE.length],
          backgroundColor: colors[i % colors.length] ?? PALETTE[i % PALETTE.length],
          spanGaps: false,
          borderDash: /70|target|objetivo|ziel|cel/i.test(s.name) ? [6, 4] : [],
        })),
      },
      options: {
        animation: false,
        indexAxis: chart.type === "BAR" ? "y" : "x",
        plugins: { title: { display: true, text: chart.title }, legend: { position: "bottom" } },
        scales: { [valueAxis]: { min, max } },
      },
    }),
  );
}

function show(events: (Omit<UiEvent, "html"> & { html?: string })[]): void {
  for (const e of events) {
    if (e.kind === "toast") {
      const toast = el("div");
      toast.className = "toast";
      toast.append(el("strong", e.title ?? ""), el("span", e.message ?? ""));
      $("toasts").append(toast);
      setTimeout(() => toast.remove(), 6000);
    } else if (e.kind === "alert" || e.kind === "dialog") {
      $("alert-title").textContent = e.title ?? "";
      $("alert-text").textContent = e.message ?? "";
      // A dialog's page (Help) is the add-on's own HTML, shown in a frame of its own.
      if (e.kind === "dialog" && e.html) {
        const frame = el("iframe") as HTMLIFrameElement;
        frame.srcdoc = e.html;
        frame.id = "dialog-frame";
        $("alert-text").replaceChildren(frame);
      }
      const dialog = $<HTMLDialogElement>("alert");
      if (!dialog.open) dialog.showModal();
    } else if (e.kind === "sidebar") {
      $("sidebar").hidden = false;
      $("sidebar-title").textContent = e.title ?? "";
      $<HTMLIFrameElement>("sidebar-frame").src = `/sidebar?${asked()}&t=${Date.now()}`;
    }
  }
}

async function run(fn: string): Promise<void> {
  const answer = (await (
    await fetch("/api/call", {
      method: "POST",
      body: JSON.stringify({ fn, args: [], spreadsheet }),
    })
  ).json()) as {
    error: string | null;
    ui: UiEvent[];
  };
  show(answer.ui);
  if (answer.error) show([{ kind: "alert", title: problemTitle(), message: answer.error }]);
  await refresh();
}

$("extensions").addEventListener("click", () => {
  const menu = $("menu");
  menu.hidden = !menu.hidden;
  $("extensions").setAttribute("aria-expanded", String(!menu.hidden));
});
$("sidebar-close").addEventListener("click", () => {
  $("sidebar").hidden = true;
});
// The sidebar's server calls change the sheet: redraw after each.
window.addEventListener("message", (event) => {
  if ((event.data as { kind?: string })?.kind === "called") {
    show(((event.data as { ui?: UiEvent[] }).ui ?? []).filter((e) => e.kind !== "sidebar"));
    void refresh();
  }
});
void refresh();
