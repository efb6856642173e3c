/**
 * Deploy with the pinned clasp: `link <scriptId>` writes .clasp.json, `create` makes a standalone project,
 * `push` builds and pushes, and fails loudly when clasp did not push.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = join(import.meta.dirname, "..");
const clasp = join(root, "node_modules", ".bin", "clasp");
const TITLE = "Social Selling KPIs";
const SCRIPT_ID = /^[A-Za-z0-9_-]{20,}$/;

/** The project file clasp reads: our script id, with the built files in dist/. */
export function projectFile(scriptId: string): string {
  return `${JSON.stringify({ scriptId, rootDir: "dist" }, null, 2)}\n`;
}

const LINK_FIRST =
  "Run `npm run clasp:create` (a new project) or `npm run clasp:link -- <scriptId>` (an existing one) first.";

/** True for the project file as committed: `"rootDir": "dist"` and no script id yet. */
export function isUnlinked(text: string | null): boolean {
  try {
    return text !== null && (JSON.parse(text) as { scriptId?: unknown }).scriptId === "";
  } catch {
    return false;
  }
}

/** What is wrong with a project file, or null when clasp can push with it. */
export function projectProblem(text: string | null): string | null {
  if (text === null) return `No .clasp.json. ${LINK_FIRST}`;
  if (isUnlinked(text)) return `No script id is set in .clasp.json yet. ${LINK_FIRST}`;
  let data: { scriptId?: unknown; rootDir?: unknown };
  try {
    data = JSON.parse(text) as typeof data;
  } catch {
    return ".clasp.json is not valid JSON. Delete it and run `npm run clasp:link -- <scriptId>`.";
  }
  if (typeof data.scriptId !== "string" || !SCRIPT_ID.test(data.scriptId))
    return ".clasp.json has no script id. Run `npm run clasp:link -- <scriptId>` with the id from Project settings.";
  if (data.rootDir !== "dist")
    return '.clasp.json must say "rootDir": "dist" (the built files). Run `npm run clasp:link -- <scriptId>` again.';
  return null;
}

/** Reads clasp's answer to a push: true only when it says it pushed. */
export function pushed(output: string): boolean {
  return /Pushed \d+ files?/i.test(output) && !/Skipping push/i.test(output);
}

function run(args: string[], cwd = root): { status: number; output: string } {
  const result = spawnSync(clasp, args, { cwd, encoding: "utf8" });
  const output = `${result.stdout ?? ""}${result.stderr ?? ""}`;
  process.stdout.write(output);
  return { status: result.status ?? 1, output };
}

function fail(message: string): never {
  console.error(`\n✗ ${message}`);
  process.exit(1);
}

function readProject(dir: string): string | null {
  const file = join(dir, ".clasp.json");
  return existsSync(file) ? readFileSync(file, "utf8") : null;
}

/** Runs one command: `create`, `link <scriptId>` or `push` (in `dir`, the repository by default). */
export function main(argv: string[], dir = root): void {
  const [command, arg] = argv;
  if (command === "link") {
    if (!arg || !SCRIPT_ID.test(arg))
      fail(
        "Give the script id: npm run clasp:link -- <scriptId> (Apps Script editor → Project settings → Script ID).",
      );
    writeFileSync(join(dir, ".clasp.json"), projectFile(arg));
    console.log(`Wrote .clasp.json for script ${arg} (rootDir: dist).`);
    return;
  }
  if (command === "create") {
    const before = readProject(dir);
    if (before !== null && !isUnlinked(before))
      fail(
        ".clasp.json already names a project: this checkout is linked. Delete it to create another.",
      );
    // clasp refuses to create over an existing .clasp.json: the committed one (no id) steps aside.
    const file = join(dir, ".clasp.json");
    if (before !== null) rmSync(file);
    const made = run(
      ["create", "--type", "standalone", "--title", TITLE, "--rootDir", "dist"],
      dir,
    );
    if (made.status !== 0 || readProject(dir) === null) {
      if (before !== null && readProject(dir) === null) writeFileSync(file, before);
      fail("clasp could not create the project (see its message above); .clasp.json is as it was.");
    }
    const problem = projectProblem(readProject(dir));
    if (problem) fail(problem);
    console.log("Created a standalone Apps Script project. Next: npm run push");
    return;
  }
  if (command === "push") {
    const problem = projectProblem(readProject(dir));
    if (problem) fail(problem);
    const result = run(["push", "--force"], dir);
    if (result.status !== 0 || !pushed(result.output))
      fail("Nothing was pushed: clasp did not confirm the push (see its message above).");
    console.log("✓ Pushed dist/ (Code.js, Sidebar.html, appsscript.json).");
    return;
  }
  fail("Usage: tsx scripts/clasp.ts create | link <scriptId> | push");
}

// CLASP_DIR points the commands at another checkout (the tests use a scratch copy).
if (process.argv[1] && import.meta.filename === process.argv[1])
  main(process.argv.slice(2), process.env.CLASP_DIR || root);
