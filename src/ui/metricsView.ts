/** The Metrics part of Settings: which of the 18 to show, the user's own metrics, and the company KPI. */
import { METRIC_IDS } from "../domain/catalog";
import { fill } from "../domain/i18n";
import type { MetricsForm } from "../plan/metricsForm";
import { el, replace } from "./dom";
import { call } from "./server";

type Say = (text: string, kind?: "ok" | "error" | "") => void;
type Field = (id: string, label: string, control: HTMLElement, extra?: Node[]) => HTMLElement;
type Answer = { ok: boolean; message: string; errors?: Record<string, string> };

interface Tools {
  field: Field;
  say: Say;
  showErrors: (errors: Record<string, string>) => void;
  /** Reloads the settings after a change, then says what was done. */
  done: (message: string) => Promise<void>;
}

/** Sends a change with its button disabled; errors go to their fields under `prefix`. */
async function send(
  tools: Tools,
  button: HTMLButtonElement,
  prefix: string,
  run: () => Promise<Answer>,
): Promise<void> {
  button.disabled = true;
  try {
    const answer = await run();
    if (answer.ok) await tools.done(answer.message);
    else {
      tools.showErrors(
        Object.fromEntries(
          Object.entries(answer.errors ?? {}).map(([k, v]) => [`${prefix}.${k}`, v]),
        ),
      );
      tools.say(answer.message, "error");
    }
  } catch (err) {
    tools.say(err instanceof Error ? err.message : String(err), "error");
  } finally {
    button.disabled = false;
  }
}

function select(options: { value: string; label: string }[], value: string): HTMLSelectElement {
  const node = el("select", {}, ...options.map((o) => el("option", { value: o.value }, o.label)));
  node.value = value;
  return node;
}

/** Which catalog metrics the dashboard shows: all 18, the essential six, or a custom choice. */
function shownFieldset(f: MetricsForm, tools: Tools): HTMLElement {
  const t = f.text;
  const boxes = f.catalog.map((x) => {
    const box = el("input", { type: "checkbox", id: `show-${x.id}`, value: x.id });
    box.checked = x.shown;
    return box;
  });
  const presets = [
    { value: "all", label: fill(t.presetAll, { metrics: METRIC_IDS.length }) },
    { value: "essential", label: t.presetEssential },
    { value: "custom", label: t.presetCustom },
  ];
  const radios = presets.map((p) =>
    el("input", { type: "radio", name: "preset", id: `preset-${p.value}`, value: p.value }),
  );
  const preset = () => {
    const shown = boxes.filter((b) => b.checked).map((b) => b.value);
    if (shown.length === boxes.length) return "all";
    const essential =
      shown.length === f.essential.length && f.essential.every((id) => shown.includes(id));
    return essential ? "essential" : "custom";
  };
  const mark = () => {
    const p = preset();
    for (const r of radios) r.checked = r.value === p;
  };
  radios.forEach((r) => {
    r.addEventListener("change", () => {
      if (r.value === "custom") return;
      for (const b of boxes)
        b.checked = r.value === "all" || (f.essential as string[]).includes(b.value);
    });
  });
  for (const b of boxes) b.addEventListener("change", mark);
  mark();
  const save = el("button", { type: "button", class: "primary", id: "save-shown" }, t.saveShown);
  save.addEventListener("click", () =>
    send(tools, save, "metrics", () =>
      call("saveMetricChoice", {
        language: f.language,
        shown: boxes.filter((b) => b.checked).map((b) => b.value),
      }),
    ),
  );
  let block = "";
  const list: HTMLElement[] = [];
  f.catalog.forEach((x, i) => {
    if (x.block !== block) {
      block = x.block;
      list.push(el("p", { class: "group" }, block));
    }
    list.push(
      el(
        "div",
        { class: "field checkbox" },
        boxes[i]!,
        el("label", { for: `show-${x.id}` }, x.label),
      ),
    );
  });
  return el(
    "fieldset",
    { id: "metrics-shown" },
    el("legend", {}, t.shownTitle),
    el("p", { class: "hint" }, t.shownHelp),
    el(
      "div",
      { class: "presets", role: "radiogroup" },
      ...presets.map((p, i) =>
        el("span", {}, radios[i]!, el("label", { for: `preset-${p.value}` }, p.label)),
      ),
    ),
    ...list,
    el("span", { class: "error-text", id: "f-metrics-shown-error" }),
    el("div", { class: "buttons" }, save),
  );
}

/** One own metric's fields (a new one when `own` is null), with Save or Add, and Remove behind a confirmation. */
function ownRow(f: MetricsForm, tools: Tools, own: MetricsForm["own"][number] | null): HTMLElement {
  const t = f.text;
  const key = own ? `own.${own.id}` : "own.new";
  const name = el("input", { type: "text", maxlength: "60", autocomplete: "off" });
  name.value = own?.name ?? "";
  const block = select(f.blocks, own?.block ?? "business");
  const aggregation = select(f.aggregations, own?.aggregation ?? "sum");
  const numbers = select(
    [
      { value: "whole", label: t.whole },
      { value: "decimal", label: t.decimal },
    ],
    own && !own.whole ? "decimal" : "whole",
  );
  const save = el("button", { type: "button", class: "primary" }, own ? t.saveOwn : t.addOwn);
  save.addEventListener("click", () =>
    send(tools, save, key, () =>
      call("saveOwnMetric", {
        language: f.language,
        ...(own ? { id: own.id } : {}),
        name: name.value,
        block: block.value,
        aggregation: aggregation.value,
        whole: numbers.value === "whole",
      }),
    ),
  );
  const confirmBox = el("div", { class: "confirm", hidden: true });
  const remove = el("button", { type: "button", class: "secondary" }, t.removeOwn);
  remove.addEventListener("click", () => {
    if (!own) return;
    const yes = el("button", { type: "button", class: "primary danger" }, t.removeConfirm);
    const no = el("button", { type: "button", class: "secondary" }, t.cancel);
    yes.addEventListener("click", () =>
      send(tools, yes, key, () =>
        call("removeOwnMetric", { language: f.language, id: own.id, confirm: true }),
      ),
    );
    no.addEventListener("click", () => {
      confirmBox.hidden = true;
    });
    replace(
      confirmBox,
      el("p", {}, fill(t.removePrompt, { name: own.name, sheet: t.removedSheet })),
      yes,
      no,
    );
    confirmBox.hidden = false;
  });
  return el(
    "div",
    { class: "own", "data-own": own?.id ?? "new" },
    tools.field(`${key}.name`, t.ownName, name),
    tools.field(`${key}.block`, t.ownBlock, block),
    tools.field(`${key}.aggregation`, t.ownAggregation, aggregation),
    tools.field(`${key}.whole`, t.ownNumbers, numbers),
    el("div", { class: "buttons" }, save, own ? remove : null),
    confirmBox,
  );
}

/** The user's own metrics: each editable, and a new one while fewer than the most there may be. */
function ownFieldset(f: MetricsForm, tools: Tools): HTMLElement {
  const t = f.text;
  return el(
    "fieldset",
    { id: "own-metrics" },
    el("legend", {}, t.ownTitle),
    el("p", { class: "hint" }, fill(t.ownHelp, { max: f.maxOwn })),
    ...f.own.map((own) => ownRow(f, tools, own)),
    f.own.length < f.maxOwn ? ownRow(f, tools, null) : null,
  );
}

/** Seed 004's three parts, each a list of metric, monthly target and weight; no item switches the KPI off. */
function kpiFieldset(f: MetricsForm, tools: Tools): HTMLElement {
  const t = f.text;
  const parts = (["ssi", "strategic", "business"] as const).map((part) => {
    const list = el("div", { class: "kpi-items", "data-part": part });
    const addItem = (item?: { source: string; target: string; weight: string }) => {
      const i = list.children.length;
      const key = `kpi.${part}.${i}`;
      const source = select(f.sources[part], item?.source ?? f.sources[part][0]?.value ?? "");
      const target = el("input", { type: "text", inputmode: "decimal", autocomplete: "off" });
      target.value = item?.target ?? "";
      const weight = el("input", { type: "text", inputmode: "decimal", autocomplete: "off" });
      weight.value = item?.weight ?? "";
      const drop = el("button", { type: "button", class: "secondary" }, t.removeItem);
      const row = el(
        "div",
        { class: "kpi-item" },
        tools.field(`${key}.source`, t.source, source),
        tools.field(`${key}.target`, t.target, target),
        tools.field(`${key}.weight`, t.weight, weight),
        drop,
      );
      drop.addEventListener("click", () => row.remove());
      list.append(row);
    };
    for (const item of f.kpi[part]) addItem(item);
    const add = el("button", { type: "button", class: "secondary" }, t.addItem);
    add.addEventListener("click", () => addItem());
    return {
      part,
      list,
      node: el("div", { class: "kpi-part" }, el("h3", {}, t.parts[part]), list, add),
    };
  });
  const save = el("button", { type: "button", class: "primary", id: "save-kpi" }, t.saveKpi);
  const read = (list: HTMLElement) =>
    [...list.querySelectorAll(".kpi-item")].map((row) => {
      const [source, target, weight] = [
        ...row.querySelectorAll("select, input"),
      ] as HTMLInputElement[];
      return { source: source?.value, target: target?.value, weight: weight?.value };
    });
  save.addEventListener("click", () =>
    send(tools, save, "kpi", () =>
      call("saveCompanyKpi", {
        language: f.language,
        ...Object.fromEntries(parts.map((p) => [p.part, read(p.list)])),
      }),
    ),
  );
  return el(
    "fieldset",
    { id: "company-kpi" },
    el("legend", {}, t.kpiTitle),
    el("p", { class: "hint" }, t.kpiHelp),
    ...parts.map((p) => p.node),
    el("span", { class: "error-text", id: "f-kpi-form-error" }),
    el("div", { class: "buttons" }, save),
  );
}

/** Loads the metric settings into `box`: the three fieldsets, in the document's language. */
export async function loadMetrics(box: HTMLElement, tools: Tools): Promise<void> {
  try {
    const f = await call("getMetricsForm");
    replace(box, shownFieldset(f, tools), ownFieldset(f, tools), kpiFieldset(f, tools));
  } catch (err) {
    tools.say(err instanceof Error ? err.message : String(err), "error");
  }
}
