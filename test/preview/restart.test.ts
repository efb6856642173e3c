/**
 * `npm start` across runs: a restart keeps the demo's allowed links, `--empty` always starts empty, and
 * a taken port says which one and how to choose another.
 */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer, type Server } from "node:net";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { serverArgv, startPreview, stopPreview } from "../../scripts/screenshots";
import { api, DAYS, type PinnedDay, pin, previewDir, startDemo } from "../support/preview";

const dir = previewDir();
const root = join(import.meta.dirname, "../..");
const first = DAYS[0] as PinnedDay;
const TEAM = `Team ${first.local.year}`;

interface State {
  sheets: { name: string; display: string[][]; formulas: string[][] }[];
}

async function state(url: string): Promise<State> {
  return (await (await fetch(`${url}api/state`)).json()) as State;
}

/** Linked sellers' rows on the manager's team sheet: each one's SSI total, and what its importing cell shows. */
async function sellerRows(
  url: string,
  names: string[],
): Promise<{ total: string; source: string }[]> {
  // One read of the state serves every row: the demo's state is some megabytes.
  const team = (await state(url)).sheets.find((s) => s.name === TEAM);
  return names.map((name) => {
    const r = team?.display.findIndex((row) => row[0] === name) ?? -1;
    const c = (team?.formulas[r] ?? []).findIndex((f) => f.includes("IMPORTRANGE"));
    return { total: team?.display[r]?.[2] ?? "", source: team?.display[r]?.[c] ?? "" };
  });
}

/** Runs the preview's server on a port, as `npm start` does after its build; answers its exit and stderr. */
function serverOn(
  port: number,
  statePath: string,
): Promise<{ code: number | null; stderr: string }> {
  const child = spawn(process.execPath, serverArgv(["--state", statePath, "--empty"]), {
    cwd: root,
    env: { ...process.env, PORT: String(port) },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let stderr = "";
  child.stderr.on("data", (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  return new Promise((resolve) => child.on("exit", (code) => resolve({ code, stderr })));
}

describe("the preview across restarts", () => {
  it("keeps the demo's allowed links: the linked sellers' team rows read live again, not #REF!", async () => {
    const statePath = join(dir, "demo.json");
    const demo = await startDemo(first, statePath);
    let before: { total: string; source: string }[];
    try {
      before = await sellerRows(demo.url, ["Piotr Nowak", "Sofía García"]);
      for (const row of before) {
        expect(row.total).toMatch(/^\d+\.\d\d$/);
        expect(row.source).not.toBe("#REF!");
      }
    } finally {
      stopPreview(demo.server);
    }
    const restarted = await startPreview(pin(first), statePath);
    try {
      const [piotr, sofia, mark] = await sellerRows(restarted.url, [
        "Piotr Nowak",
        "Sofía García",
        "Mark Evans",
      ]);
      expect([piotr, sofia]).toEqual(before);
      // The seller whose access was never allowed still waits for it.
      expect(mark?.source).toBe("#REF!");
    } finally {
      stopPreview(restarted.server);
    }
  }, 240_000);

  it("starts empty with --empty, whatever was saved before", async () => {
    const statePath = join(dir, "empty.json");
    const before = await startPreview(["--empty", ...pin(first)], statePath);
    try {
      expect((await api(before.url, "buildDashboard")).error).toBeNull();
      expect((await state(before.url)).sheets.map((s) => s.name)).toContain(
        `KPI ${first.local.year}`,
      );
    } finally {
      stopPreview(before.server);
    }
    const again = await startPreview(["--empty", ...pin(first)], statePath);
    try {
      expect((await state(again.url)).sheets.map((s) => s.name)).toEqual(["Sheet1"]);
    } finally {
      stopPreview(again.server);
    }
  }, 60_000);

  it("says which port is taken and how to choose another, and leaves the state alone", async () => {
    const taken: Server = createServer();
    await new Promise<void>((resolve) => taken.listen(0, "127.0.0.1", resolve));
    const port = (taken.address() as { port: number }).port;
    const statePath = join(dir, "busy.json");
    try {
      const { code, stderr } = await serverOn(port, statePath);
      expect(code).toBe(1);
      expect(stderr).toContain(`Port ${port} is in use`);
      expect(stderr).toContain(`start with PORT=${port + 1} npm start`);
      expect(stderr).not.toContain("EADDRINUSE");
      expect(stderr).not.toMatch(/^\s+at /m);
      expect(existsSync(statePath)).toBe(false);
    } finally {
      taken.close();
    }
  });
});
