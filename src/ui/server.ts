/** A typed promise over google.script.run: the sidebar calls the server's endpoints by name. */
import type { Endpoints } from "../main";
import type { WorkAnswer } from "../plan/work";

type Handler = (value: unknown) => void;
interface Runner {
  withSuccessHandler(handler: Handler): Runner;
  withFailureHandler(handler: Handler): Runner;
  [endpoint: string]: unknown;
}
declare const google: { script: { run: Runner } };

/** Who is told how far work that spans profiles has got (the sidebar shows a progress bar). */
let progress: (work: WorkAnswer) => void = () => {};

/** Tells `show` how far pending work has got, each step, until it is finished. */
export function onProgress(show: (work: WorkAnswer) => void): void {
  progress = show;
}

/** Carries pending work (or whatever the document holds) through `continueWork` to its end. */
export async function carryOn(start?: WorkAnswer): Promise<WorkAnswer> {
  let work = start ?? (await send("continueWork"));
  let last = work;
  while (!work.finished) {
    // Busy: another person's update holds the document; say so, keep the bar, and ask again.
    if (work.busy) {
      progress({ ...last, message: work.message });
      await pause(BUSY_RETRY_MS);
    } else {
      progress(work);
      last = work;
    }
    work = await send("continueWork");
  }
  if (work.total > 0) progress(work);
  return work;
}

/** How long the sidebar waits before asking again when another person's update holds the document. */
const BUSY_RETRY_MS = 3_000;

function pause(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * Calls a server endpoint; only JSON-shaped values cross, errors arrive as Error with the server's
 * message. An answer with work pending resolves when that work is done, with the end's message.
 */
export async function call<K extends keyof Endpoints>(
  name: K,
  ...args: Parameters<Endpoints[K]>
): Promise<ReturnType<Endpoints[K]>> {
  const answer = await send(name, ...args);
  const pending = (answer as { pending?: WorkAnswer } | null)?.pending;
  if (!pending) return answer;
  const end = await carryOn(pending);
  return { ...answer, message: end.message, pending: undefined };
}

function send<K extends keyof Endpoints>(
  name: K,
  ...args: Parameters<Endpoints[K]>
): Promise<ReturnType<Endpoints[K]>> {
  return new Promise((resolve, reject) => {
    const runner = google.script.run
      .withSuccessHandler((value) => resolve(value as ReturnType<Endpoints[K]>))
      .withFailureHandler((err) =>
        reject(
          err instanceof Error
            ? err
            : new Error(String((err as { message?: string })?.message ?? err)),
        ),
      );
    (runner[name] as (...a: unknown[]) => void)(...args);
  });
}
