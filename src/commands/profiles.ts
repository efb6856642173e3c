/** Sidebar: a profile added, renamed, retargeted, archived or restored, or removed for good. */
import { refusal, renderRefused } from "../domain/i18n/render";
import { checkProfileInput, checkRemoval } from "../domain/profiles";
import { withDocument } from "../sheets/document";
import { changeProfile, dropProfile } from "./profileChanges";

/** Sidebar: adds a profile (with its dashboard for this year) or renames, retargets, archives or restores one. */
export function saveProfile(input: unknown): {
  ok: boolean;
  message: string;
  errors?: Record<string, string>;
} {
  return withDocument((doc) => {
    const checked = checkProfileInput(input, doc.store.settings.profiles, doc.ss.getId());
    if (!checked.ok) return renderRefused(checked);
    return { ok: true, message: changeProfile(doc, checked) };
  });
}

/** Sidebar: removes a profile for good, with its sheets, once its name is typed as confirmation. */
export function removeProfile(input: unknown): { ok: boolean; message: string } {
  return withDocument((doc) => {
    const checked = checkRemoval(input, doc.store.settings.profiles);
    if (!checked.ok) return refusal(doc.store.settings.language, checked.problem);
    return { ok: true, message: dropProfile(doc, checked.profile, checked.profiles) };
  });
}
