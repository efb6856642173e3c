/** How a menu action that starts work spanning profiles answers: a toast, and the sidebar while work is left. */
import { messages } from "../domain/i18n";
import type { StepAnswer, WorkAnswer } from "../plan/work";
import type { Doc } from "../sheets/document";
import { showSidebar, toast } from "../sheets/ui";

/** A menu action's work: its toast when it is done; else the sidebar opens and carries on with it. */
export function answerFromMenu(doc: Doc, work: WorkAnswer): void {
  const { language } = doc.store.settings;
  toast(doc.ss, work.message, language);
  if (!work.finished) showSidebar(messages(language).sidebar.title, "entry");
}

/** A sidebar change's answer: refused with its errors, done, or started with work left (`pending`). */
export type Answer = { ok: boolean; message: string; errors?: Record<string, string> } | StepAnswer;
