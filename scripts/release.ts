/**
 * `npm run release`: the add-on as a person without a terminal installs it, pasted into Extensions →
 * Apps Script of their spreadsheet: release/social-selling-kpis-<version>.zip with Code.gs, Sidebar.html,
 * appsscript.json and INSTALL.md.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { zipSync } from "fflate";

const root = join(import.meta.dirname, "..");

/** The release's files by name: the built bundle as the editor names it, and the install steps. */
export function releaseFiles(distDir = join(root, "dist")): Record<string, Uint8Array> {
  const read = (path: string) => new Uint8Array(readFileSync(path));
  return {
    "Code.gs": read(join(distDir, "Code.js")),
    "Sidebar.html": read(join(distDir, "Sidebar.html")),
    "appsscript.json": read(join(distDir, "appsscript.json")),
    "INSTALL.md": read(join(root, "docs/INSTALL.md")),
  };
}

/** The release's file name for a version of package.json. */
export function releaseName(version: string): string {
  return `social-selling-kpis-${version}.zip`;
}

function main(): void {
  const { version } = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as {
    version: string;
  };
  const dir = join(root, "release");
  mkdirSync(dir, { recursive: true });
  const path = join(dir, releaseName(version));
  // A fixed date inside the zip: the same build gives the same file on any day.
  writeFileSync(path, zipSync(releaseFiles(), { mtime: new Date(Date.UTC(2026, 0, 1)) }));
  console.log(path);
}

if (process.argv[1] === import.meta.filename) main();
