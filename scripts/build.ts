/** Builds what clasp pushes: dist/Code.js (one plain script), dist/Sidebar.html and dist/appsscript.json. */
import { mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import { CUSTOM_FUNCTIONS, type CustomFunction } from "../src/functions/registry";
import { ENTRY_POINTS } from "../src/main";
import { BROWSER_BUNDLE } from "./browserBundle";

const root = join(import.meta.dirname, "..");
const dist = join(root, "dist");
const NAMESPACE = "SSIKPI";

/** The JSDoc Sheets reads for autocomplete, above a custom function's stub. */
function jsdoc(fn: CustomFunction): string {
  const lines = [
    fn.summary,
    "",
    ...fn.params.map(
      (p) => `@param {${p.type}} ${p.optional ? `[${p.name}]` : p.name} ${p.description}`,
    ),
    `@return ${fn.returns}`,
    `@example ${fn.example.formula} → ${fn.example.result}`,
    "@customfunction",
  ];
  return `/**\n${lines.map((l) => (l ? ` * ${l}` : " *")).join("\n")}\n */`;
}

/** One top-level function per registry entry, each handing over to the bundle's namespace. */
export function stubs(): string {
  const custom = new Map(CUSTOM_FUNCTIONS.map((f) => [f.name, f]));
  return Object.keys(ENTRY_POINTS)
    .map((name) => {
      const fn = custom.get(name);
      const params = fn ? fn.params.map((p) => p.name).join(", ") : "e";
      const doc = fn ? `${jsdoc(fn)}\n` : "";
      return `${doc}function ${name}(${params}) {\n  return ${NAMESPACE}.ENTRY_POINTS.${name}.apply(null, arguments);\n}`;
    })
    .join("\n\n");
}

async function bundleServer(): Promise<string> {
  const result = await build({
    entryPoints: [join(root, "src/main.ts")],
    bundle: true,
    format: "iife",
    globalName: NAMESPACE,
    target: "es2020",
    platform: "neutral",
    write: false,
    legalComments: "none",
  });
  return result.outputFiles[0]?.text ?? "";
}

async function bundleSidebar(): Promise<string> {
  const result = await build({
    ...BROWSER_BUNDLE,
    entryPoints: [join(root, "src/ui/sidebar.ts")],
    legalComments: "none",
  });
  const script = (result.outputFiles[0]?.text ?? "").replace(/<\/script/gi, "<\\/script");
  const css = readFileSync(join(root, "src/ui/sidebar.css"), "utf8");
  const html = readFileSync(join(root, "src/ui/sidebar.html"), "utf8");
  // Function replacers: a minified script may contain "$&" or "$'", which a string replacement would expand.
  return html.replace("/* STYLE */", () => css).replace("/* SCRIPT */", () => script);
}

/** Writes a file whole or not at all, so a test reading dist/ never sees half a bundle. */
function writeAtomically(name: string, content: string): void {
  const tmp = join(dist, `.${name}.${process.pid}.tmp`);
  writeFileSync(tmp, content);
  renameSync(tmp, join(dist, name));
}

async function main(): Promise<void> {
  mkdirSync(dist, { recursive: true });
  const server = await bundleServer();
  const header = "// Built by scripts/build.ts from src/: edit the sources, not this file.\n";
  writeAtomically("Code.js", `${header}${server}\n${stubs()}\n`);
  writeAtomically("Sidebar.html", await bundleSidebar());
  writeAtomically("appsscript.json", readFileSync(join(root, "appsscript.json"), "utf8"));
  console.log(
    `built dist/: Code.js ${(server.length / 1024).toFixed(1)} KiB, Sidebar.html, appsscript.json`,
  );
}

await main();
