/** A typed promise over google.script.run: the sidebar calls the server's endpoints by name. */
import type { Endpoints } from "../main";

type Handler = (value: unknown) => void;
interface Runner {
  withSuccessHandler(handler: Handler): Runner;
  withFailureHandler(handler: Handler): Runner;
  [endpoint: string]: unknown;
}
declare const google: { script: { run: Runner } };

/** Calls a server endpoint; only JSON-shaped values cross, errors arrive as Error with the server's message. */
export function call<K extends keyof Endpoints>(
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
