/**
 * `npm test` after the lint and the build: the strict type check and vitest at once. The check is
 * TypeScript's native compiler (`tsgo`, the same checker ported to Go, pinned): `tsc` took some twenty
 * seconds of a core that the tests, which keep both cores busy, were waiting for; tsgo takes four and
 * reports the same errors. Fails when either fails.
 */
import { spawn } from "node:child_process";
import { join } from "node:path";

const bin = (name: string) => join(import.meta.dirname, "..", "node_modules", ".bin", name);

/** Runs a command; its output shown as it comes, or kept to be shown once it ends. */
function run(
  command: string,
  args: string[],
  kept: boolean,
): Promise<{ code: number; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(command, args, { stdio: kept ? ["ignore", "pipe", "pipe"] : "inherit" });
    let output = "";
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    child.on("error", (err) => resolve({ code: 1, output: `${command}: ${err.message}\n` }));
    child.on("exit", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}

const [types, tests] = await Promise.all([
  run(bin("tsgo"), ["--noEmit", "-p", "."], true),
  run(bin("vitest"), ["run", ...process.argv.slice(2)], false),
]);
if (types.code !== 0) {
  process.stdout.write(types.output);
  console.error("The type check failed (tsgo --noEmit): fix the errors above.");
}
process.exit(types.code !== 0 ? types.code : tests.code);
