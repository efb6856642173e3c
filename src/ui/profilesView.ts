/** The Profiles part of Settings: pick one, add, rename, retarget, archive or restore it, or remove it for good. */
import { fill } from "../domain/i18n";
import type { SettingsForm } from "../plan/entryForm";
import { el, replace } from "./dom";
import { call } from "./server";

type Say = (text: string, kind?: "ok" | "error" | "") => void;
type Field = (id: string, label: string, control: HTMLElement, extra?: Node[]) => HTMLElement;

/** The server's field names as the form's. */
const FIELD_OF: Record<string, string> = {
  name: "profileName",
  url: "profileUrl",
  totalTarget: "totalTarget",
  archived: "archive",
  source: "profileSource",
  team: "profileTeam",
};

/** What a seller does to let their manager's team sheet read them: the address, view access, what shows. */
export function shareFieldset(s: SettingsForm): HTMLElement {
  const t = s.linkText;
  const address = el("input", {
    type: "text",
    readonly: true,
    id: "share-url",
    value: s.share.url,
  });
  const copy = el("button", { type: "button", class: "secondary", id: "share-copy" }, t.copy);
  copy.addEventListener("click", () => {
    address.select();
    void navigator.clipboard?.writeText(s.share.url);
  });
  const steps = fill(t.shareSteps, { url: s.share.url }).split("\n");
  return el(
    "fieldset",
    { id: "share" },
    el("legend", {}, t.shareTitle),
    el("div", { class: "field share-address" }, address, copy),
    el("ol", {}, ...steps.map((line) => el("li", {}, line.replace(/^\d+\.\s*/, "")))),
    el("p", { class: "hint" }, fill(t.shareShows, { year: s.share.year })),
    ...(s.share.team
      ? [
          el("h4", {}, t.shareTeamTitle),
          el(
            "p",
            { class: "hint", id: "share-team" },
            fill(t.shareTeamSteps, { year: s.share.year }),
          ),
        ]
      : []),
  );
}

/** Builds the profiles fieldset; `done` reloads the settings after a change. */
export function profilesFieldset(
  s: SettingsForm,
  field: Field,
  say: Say,
  showErrors: (errors: Record<string, string>) => void,
  done: (message: string) => Promise<void>,
): HTMLElement {
  const t = s.profileText;
  const links = s.linkText;
  const picker = profilePicker(s);
  picker.value = s.selected;
  const { name, url, target, source, team, choices } = profileInputs(s);
  const save = el("button", { type: "button", class: "primary", id: "save-profile" }, t.save);
  const archive = el("button", { type: "button", class: "secondary", id: "archive-profile" });
  const remove = el(
    "button",
    { type: "button", class: "secondary", id: "remove-profile" },
    t.remove,
  );
  const removeBox = el("div", { id: "remove-box", hidden: true });
  const current = () => s.profiles.find((p) => p.id === picker.value);
  const fillFields = () => {
    const p = current();
    name.value = p?.name ?? "";
    url.value = p?.url ?? "";
    source.value = p?.source ?? "";
    // A profile keeps its kind: one kept here is never linked afterwards.
    source.disabled = !!p && !p.source;
    team.checked = !!p?.team;
    team.disabled = source.disabled;
    target.value = String(p?.totalTarget ?? s.targetChoices[1] ?? 80);
    archive.textContent = p?.archived ? t.restore : t.archive;
    archive.hidden = !p;
    remove.hidden = !p || s.profiles.length === 1;
    replace(removeBox);
    removeBox.hidden = true;
    showErrors({});
  };
  picker.addEventListener("change", fillFields);
  fillFields();

  const send = (input: Record<string, unknown>, button: HTMLButtonElement) =>
    sendProfile(s, input, button, { say, showErrors, done });
  save.addEventListener("click", () => {
    const id = current()?.id;
    void send(
      {
        ...(id ? { id } : {}),
        name: name.value,
        url: url.value,
        totalTarget: target.value,
        ...(source.disabled ? {} : { source: source.value, team: team.checked }),
      },
      save,
    );
  });
  archive.addEventListener("click", () => {
    const p = current();
    if (p) void send({ id: p.id, archived: !p.archived }, archive);
  });
  remove.addEventListener("click", () => {
    const p = current();
    if (p) askToRemove(removeBox, p, t, { say, done });
  });

  return el(
    "fieldset",
    { id: "profiles" },
    el("legend", {}, t.title),
    field("profile", t.picker, picker),
    field("profileName", t.name, name),
    field("profileUrl", t.url, url),
    field("totalTarget", t.totalTarget, target, [choices]),
    field("profileSource", links.source, source, [el("span", { class: "hint" }, links.sourceHelp)]),
    field("profileTeam", links.team, team, [el("span", { class: "hint" }, links.teamHelp)]),
    el("div", { class: "buttons" }, save, archive, remove),
    removeBox,
  );
}

/** The profile picker: each profile with its tags (linked, team, archived), then "Add…". */
function profilePicker(s: SettingsForm): HTMLSelectElement {
  const t = s.profileText;
  const links = s.linkText;
  const tags = (p: SettingsForm["profiles"][number]) =>
    [p.source ? links.linkedTag : "", p.team ? links.teamTag : "", p.archived ? t.archivedTag : ""]
      .filter(Boolean)
      .join(", ");
  return el(
    "select",
    {},
    ...s.profiles.map((p) =>
      el(
        "option",
        { value: p.id },
        tags(p) ? `${p.name || s.unnamed} (${tags(p)})` : p.name || s.unnamed,
      ),
    ),
    el("option", { value: "" }, `${t.add}…`),
  );
}

/** Sends a profile's change; refused, its errors go next to their fields. */
async function sendProfile(
  s: SettingsForm,
  input: Record<string, unknown>,
  button: HTMLButtonElement,
  {
    say,
    showErrors,
    done,
  }: {
    say: Say;
    showErrors: (errors: Record<string, string>) => void;
    done: (message: string) => Promise<void>;
  },
): Promise<void> {
  button.disabled = true;
  try {
    const answer = await call("saveProfile", { language: s.language, ...input });
    if (answer.ok) await done(answer.message);
    else {
      showErrors(
        Object.fromEntries(
          Object.entries(answer.errors ?? {}).map(([k, v]) => [FIELD_OF[k] ?? k, v]),
        ),
      );
      say(answer.message, "error");
    }
  } catch (err) {
    say(err instanceof Error ? err.message : String(err), "error");
  } finally {
    button.disabled = false;
  }
}

/** Asks for the profile's name to be typed before removing it for good, with its sheets. */
function askToRemove(
  removeBox: HTMLElement,
  p: SettingsForm["profiles"][number],
  t: SettingsForm["profileText"],
  { say, done }: { say: Say; done: (message: string) => Promise<void> },
): void {
  const typed = el("input", { type: "text", id: "remove-confirm", autocomplete: "off" });
  const go = el(
    "button",
    { type: "button", class: "primary danger", id: "remove-do" },
    t.removeConfirm,
  );
  go.addEventListener("click", async () => {
    go.disabled = true;
    try {
      const answer = await call("removeProfile", { id: p.id, confirm: typed.value });
      if (answer.ok) await done(answer.message);
      else say(answer.message, "error");
    } catch (err) {
      say(err instanceof Error ? err.message : String(err), "error");
    } finally {
      go.disabled = false;
    }
  });
  replace(
    removeBox,
    el("label", { for: "remove-confirm" }, fill(t.removePrompt, { name: p.name })),
    typed,
    go,
  );
  removeBox.hidden = false;
  typed.focus();
}

/** The profile's fields: name, LinkedIn address, SSI target (with its usual choices), seller's spreadsheet. */
function profileInputs(s: SettingsForm) {
  const name = el("input", { type: "text", maxlength: "60", autocomplete: "off" });
  const url = el("input", {
    type: "url",
    autocomplete: "off",
    placeholder: "https://www.linkedin.com/in/…",
  });
  const target = el("input", { type: "text", inputmode: "decimal", list: "target-choices" });
  const source = el("input", {
    type: "url",
    autocomplete: "off",
    placeholder: "https://docs.google.com/spreadsheets/d/…",
  });
  const team = el("input", { type: "checkbox" });
  const choices = el(
    "datalist",
    { id: "target-choices" },
    ...s.targetChoices.map((c) => el("option", { value: String(c) })),
  );
  return { name, url, target, source, team, choices };
}
