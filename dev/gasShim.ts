/** google.script.run for a page outside Apps Script: each call goes to `window.__gasCall(name, argsJson)`. */

/** The shim as a script to inject before the sidebar's own code runs. */
export const GAS_SHIM = `(() => {
  function runner(onSuccess, onFailure) {
    return new Proxy({}, {
      get(_target, name) {
        if (name === "withSuccessHandler") return (f) => runner(f, onFailure);
        if (name === "withFailureHandler") return (f) => runner(onSuccess, f);
        if (name === "withUserObject") return () => runner(onSuccess, onFailure);
        return (...args) => {
          window.__gasCall(String(name), JSON.stringify(args)).then((answer) => {
            if (answer && answer.error !== undefined) { if (onFailure) onFailure(new Error(answer.error)); }
            else if (onSuccess) onSuccess(answer ? answer.result : null);
          });
        };
      },
    });
  }
  window.google = { script: { run: runner(null, null), host: { close() {} } } };
})();`;

/** The sidebar's HTML with the shim first in <head>, as the preview and the browser tests serve it. */
export function withShim(html: string): string {
  return html.replace("<head>", () => `<head>\n<script>${GAS_SHIM}</script>`);
}
