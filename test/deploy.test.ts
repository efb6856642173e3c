/** The README's deploy path with the pinned clasp: what it would push, and that a failed push fails loudly. */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { isUnlinked, projectFile, projectProblem, pushed } from "../scripts/clasp";

const root = process.cwd();
const SCRIPT_ID = "1AbCdEfGhIjKlMnOpQrStUvWxYz0123456789-_";
const scratch: string[] = [];

/** A scratch checkout holding the built dist/ and an empty HOME: no credentials, no network. */
function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "clasp-"));
  scratch.push(dir);
  cpSync(join(root, "dist"), join(dir, "dist"), { recursive: true });
  return dir;
}

function run(cmd: string, args: string[], dir: string) {
  const r = spawnSync(cmd, args, {
    cwd: dir,
    encoding: "utf8",
    env: { ...process.env, HOME: dir, CLASP_DIR: dir },
  });
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

const tsx = join(root, "node_modules", ".bin", "tsx");
const claspBin = join(root, "node_modules", ".bin", "clasp");
const claspScript = join(root, "scripts", "clasp.ts");

afterEach(() => {
  for (const dir of scratch.splice(0)) rmSync(dir, { recursive: true, force: true });
});

describe("deploying with clasp", () => {
  it("links a project and would push exactly the three built files", () => {
    const dir = scratchDir();
    writeFileSync(join(dir, "dist", "notes.txt"), "not ours to push");
    expect(run(tsx, [claspScript, "link", SCRIPT_ID], dir).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, ".clasp.json"), "utf8"))).toEqual({
      scriptId: SCRIPT_ID,
      rootDir: "dist",
    });
    const status = run(claspBin, ["show-file-status", "--json"], dir);
    expect(status.status).toBe(0);
    const files = JSON.parse(status.output.slice(status.output.indexOf("{"))) as {
      filesToPush: string[];
    };
    expect(files.filesToPush.sort()).toEqual([
      "dist/Code.js",
      "dist/Sidebar.html",
      "dist/appsscript.json",
    ]);
  });

  it("fails loudly, with a non-zero exit, when clasp did not push (here: no credentials)", () => {
    const dir = scratchDir();
    writeFileSync(join(dir, ".clasp.json"), projectFile(SCRIPT_ID));
    const push = run(tsx, [claspScript, "push"], dir);
    expect(push.status).toBe(1);
    expect(push.output).toContain("No credentials found");
    expect(push.output).toContain("Nothing was pushed");
  });

  it("says what to run when the checkout is not linked yet", () => {
    const push = run(tsx, [claspScript, "push"], scratchDir());
    expect(push.status).toBe(1);
    expect(push.output).toContain("npm run clasp:link -- <scriptId>");
  });

  it("treats clasp's 'Skipping push.' as a failure, and 'Pushed 3 files.' as success", () => {
    expect(pushed("Manifest file has been updated.\nSkipping push.")).toBe(false);
    expect(pushed("")).toBe(false);
    expect(pushed("└─ dist/Code.js\nPushed 3 files at 10:01:02.")).toBe(true);
  });

  it("refuses a placeholder or a project file pointing elsewhere", () => {
    expect(projectProblem('{"scriptId":"REPLACE_ME","rootDir":"dist"}')).toMatch(/script id/);
    expect(projectProblem(`{"scriptId":"${SCRIPT_ID}","rootDir":"."}`)).toMatch(/rootDir/);
    expect(projectProblem("{")).toMatch(/not valid JSON/);
    expect(projectProblem(projectFile(SCRIPT_ID))).toBeNull();
  });

  it("commits .clasp.json at the top with rootDir dist and no script id; push says to link first", () => {
    const committed = readFileSync(join(root, ".clasp.json"), "utf8");
    const tracked = spawnSync("git", ["ls-files", ".clasp.json"], { cwd: root, encoding: "utf8" });
    expect(tracked.stdout.trim()).toBe(".clasp.json");
    expect(JSON.parse(committed)).toEqual({ scriptId: "", rootDir: "dist" });
    expect(isUnlinked(committed)).toBe(true);
    const dir = scratchDir();
    writeFileSync(join(dir, ".clasp.json"), committed);
    const push = run(tsx, [claspScript, "push"], dir);
    expect(push.status).toBe(1);
    expect(push.output).toContain("No script id is set in .clasp.json yet.");
    expect(push.output).toContain("npm run clasp:link -- <scriptId>");
    // Linking writes the id over the committed file.
    expect(run(tsx, [claspScript, "link", SCRIPT_ID], dir).status).toBe(0);
    expect(JSON.parse(readFileSync(join(dir, ".clasp.json"), "utf8"))).toEqual({
      scriptId: SCRIPT_ID,
      rootDir: "dist",
    });
  });

  it("create steps the committed file aside for clasp, and puts it back when clasp fails (here: no credentials)", () => {
    const dir = scratchDir();
    const committed = readFileSync(join(root, ".clasp.json"), "utf8");
    writeFileSync(join(dir, ".clasp.json"), committed);
    const create = run(tsx, [claspScript, "create"], dir);
    expect(create.status).toBe(1);
    expect(create.output).not.toContain("already");
    expect(create.output).toContain("clasp could not create the project");
    expect(readFileSync(join(dir, ".clasp.json"), "utf8")).toBe(committed);
    // A linked checkout is not created over.
    writeFileSync(join(dir, ".clasp.json"), projectFile(SCRIPT_ID));
    const again = run(tsx, [claspScript, "create"], dir);
    expect(again.status).toBe(1);
    expect(again.output).toContain("already names a project");
  });
});

describe("appsscript.json", () => {
  const manifest = JSON.parse(readFileSync(join(root, "dist", "appsscript.json"), "utf8")) as {
    oauthScopes: string[];
    runtimeVersion: string;
    timeZone: string;
    [key: string]: unknown;
  };

  it("asks for our two scopes and nothing else", () => {
    expect(manifest.oauthScopes.sort()).toEqual([
      "https://www.googleapis.com/auth/script.container.ui",
      "https://www.googleapis.com/auth/spreadsheets.currentonly",
    ]);
  });

  it("declares an Editor add-on's settings: V8, a script time zone, and no web app, URL fetch or Workspace add-on", () => {
    expect(manifest.runtimeVersion).toBe("V8");
    expect(manifest.timeZone).toMatch(/^[A-Za-z_]+\/[A-Za-z_]+$/);
    // Off: an error's text may hold a profile's name, and the privacy policy says none is recorded.
    expect(manifest.exceptionLogging).toBe("NONE");
    for (const key of ["webapp", "urlFetchWhitelist", "addOns", "executionApi"])
      expect(manifest).not.toHaveProperty(key);
  });
});
