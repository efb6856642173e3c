/**
 * `npm test` after the lint and the build: the strict type check and vitest at once. The check needs
 * one core for some ten seconds, while the tests leave a fifth of two cores idle waiting on browsers
 * and servers; one after the other they took that much longer. Fails when either fails.
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
  run(bin("tsc"), ["--noEmit", "-p", "."], true),
  run(bin("vitest"), ["run", ...process.argv.slice(2)], false),
]);
if (types.code !== 0) {
  process.stdout.write(types.output);
  console.error("The type check failed (tsc --noEmit): fix the errors above.");
}
process.exit(types.code !== 0 ? types.code : tests.code);
