/**
 * The layers the README promises, checked on the source: which folder may import which, no import
 * cycle, and the Apps Script globals the linter refuses outside the adapters and the entry points.
 */
import { spawnSync } from "node:child_process";
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/** What each folder of src may import of ours; main.ts, the registry of entry points, anything. */
const ALLOWED: Record<string, string[]> = {
  domain: ["domain"],
  export: ["domain", "export"],
  functions: ["domain", "functions"],
  plan: ["domain", "plan"],
  sheets: ["domain", "plan", "sheets"],
  // One module per use case: it checks input, calls the domain and hands the result to the adapters.
  commands: ["domain", "plan", "sheets", "functions", "commands"],
  // The sidebar's client is typed from the server's endpoints: types only (checked below).
  ui: ["domain", "plan", "export", "ui", "main"],
};

function sources(dir = "src"): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? sources(path) : path.endsWith(".ts") ? [path] : [];
  });
}

/** A file's imports of ours, resolved to files, each with whether it imports types only. */
function importsOf(file: string): { target: string; typeOnly: boolean }[] {
  const text = readFileSync(file, "utf8");
  return [...text.matchAll(/^(import|export)\s+(type\s)?[^;]*?from\s+"(\.[^"]+)"/gms)].map((m) => {
    let target = normalize(join(dirname(file), m[3] ?? ""));
    if (!target.endsWith(".ts"))
      target = statSync(`${target}.ts`, { throwIfNoEntry: false })
        ? `${target}.ts`
        : join(target, "index.ts");
    return { target, typeOnly: m[2] !== undefined };
  });
}

const layer = (file: string) =>
  file === join("src", "main.ts") ? "main" : file.split(/[\\/]/)[1]!;

describe("the layers of src", () => {
  const files = sources();
  const edges = new Map(files.map((f) => [f, importsOf(f)]));

  it("import only downwards: the domain nothing of ours, plans only the domain, adapters never the UI", () => {
    const wrong: string[] = [];
    for (const [file, imports] of edges) {
      const from = layer(file);
      if (from === "main") continue;
      for (const { target, typeOnly } of imports) {
        const to = layer(target);
        if (!(ALLOWED[from] ?? []).includes(to)) wrong.push(`${file} → ${target}`);
        if (from === "ui" && to === "main" && !typeOnly) wrong.push(`${file} → ${target} (values)`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it("keep main.ts a registry of entry points, under 200 lines", () => {
    expect(readFileSync(join("src", "main.ts"), "utf8").split("\n").length).toBeLessThan(200);
  });

  it("have no function longer than 80 lines", () => {
    const long: string[] = [];
    for (const file of files) {
      const source = ts.createSourceFile(
        file,
        readFileSync(file, "utf8"),
        ts.ScriptTarget.Latest,
        true,
      );
      const lineOf = (pos: number) => source.getLineAndCharacterOfPosition(pos).line + 1;
      const visit = (node: ts.Node): void => {
        if (ts.isFunctionLike(node) && "body" in node && node.body) {
          const lines = lineOf(node.getEnd()) - lineOf(node.getStart()) + 1;
          if (lines > 80) long.push(`${file}:${lineOf(node.getStart())} (${lines} lines)`);
        }
        ts.forEachChild(node, visit);
      };
      visit(source);
    }
    expect(long).toEqual([]);
  });

  it("make every stored key in one module (plan/storeKeys.ts)", () => {
    const spelled = files
      .filter((file) => !file.endsWith(join("plan", "storeKeys.ts")))
      .filter((file) =>
        /["'`](layout|look|lines|id|name|sheet|team|import|charts):/.test(
          readFileSync(file, "utf8"),
        ),
      );
    expect(spelled).toEqual([]);
  });

  it("have no import cycle", () => {
    const state = new Map<string, "open" | "done">();
    const cycles: string[] = [];
    const visit = (file: string, path: string[]) => {
      state.set(file, "open");
      for (const { target } of edges.get(file) ?? []) {
        if (state.get(target) === "open")
          cycles.push([...path.slice(path.indexOf(target)), target].join(" → "));
        else if (!state.has(target)) visit(target, [...path, target]);
      }
      state.set(file, "done");
    };
    for (const file of files) if (!state.has(file)) visit(file, [file]);
    expect(cycles).toEqual([]);
  });
});

/** The project's own Biome, run directly: through npx each probe also started npm. */
const BIOME = join("node_modules", ".bin", "biome");

describe("the linter", () => {
  /** Lints a file written for the purpose at `path`, then removes it: the exit code and the output. */
  function lint(path: string, code: string): { status: number | null; output: string } {
    writeFileSync(path, code);
    try {
      const run = spawnSync(BIOME, ["lint", "--colors=off", path], { encoding: "utf8" });
      return { status: run.status, output: `${run.stdout}${run.stderr}` };
    } finally {
      rmSync(path, { force: true });
    }
  }

  it.each([
    ["src/domain", "PropertiesService.getDocumentProperties()"],
    ["src/plan", "Utilities.formatDate(new Date(), 'UTC', 'yyyy')"],
    ["src/ui", "SpreadsheetApp.getActive()"],
    ["src/plan", "document.title"],
  ])("refuses, in %s, %s", (dir, call) => {
    const { status, output } = lint(
      join(dir, `zz-boundary-probe-${process.pid}.ts`),
      `export const x = ${call};\n`,
    );
    expect(status).not.toBe(0);
    expect(output).toContain("noRestrictedGlobals");
  });

  it("lets the adapters talk to Apps Script", () => {
    const { status } = lint(
      join("src/sheets", `zz-boundary-probe-${process.pid}.ts`),
      "export const x = PropertiesService.getDocumentProperties();\n",
    );
    expect(status).toBe(0);
  });
});
