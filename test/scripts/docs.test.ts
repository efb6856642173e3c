/** The docs each reader is promised: a short README for users, and every link in the docs leading somewhere. */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, normalize } from "node:path";
import { describe, expect, it } from "vitest";

const TOP = ["README.md", "CONTRIBUTING.md", "ARCHITECTURE.md"];

function markdown(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? markdown(path) : path.endsWith(".md") ? [path] : [];
  });
}

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
function slug(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/[`*_]/g, "")
    .replace(/[^\p{L}\p{N}\s-]/gu, "")
    .trim()
    .replace(/\s/g, "-");
}

function anchors(file: string): Set<string> {
  const text = readFileSync(file, "utf8").replace(/```[\s\S]*?```/g, "");
  return new Set([...text.matchAll(/^#{1,6}\s+(.+)$/gm)].map((m) => slug(m[1] ?? "")));
}

/** Every link of a file that points into the repository: its target file and anchor. */
function links(file: string): { link: string; target: string; anchor: string }[] {
  const text = readFileSync(file, "utf8").replace(/```[\s\S]*?```/g, "");
  return [...text.matchAll(/\]\(([^)\s]+)\)/g)]
    .map((m) => m[1] ?? "")
    .filter((link) => !/^[a-z]+:/i.test(link))
    .map((link) => {
      const [path = "", anchor = ""] = link.split("#");
      return { link, target: path ? normalize(join(dirname(file), path)) : file, anchor };
    });
}

describe("the docs", () => {
  it("give users a README of at most 250 lines", () => {
    expect(readFileSync("README.md", "utf8").trimEnd().split("\n").length).toBeLessThanOrEqual(250);
  });

  it("have every link in the README, CONTRIBUTING, ARCHITECTURE and docs/ lead to a file and heading that exist", () => {
    const files = [...TOP, ...markdown("docs")];
    const broken = files.flatMap((file) =>
      links(file)
        .filter(
          ({ target, anchor }) =>
            !existsSync(target) || (anchor !== "" && !anchors(target).has(anchor)),
        )
        .map(({ link }) => `${file}: ${link}`),
    );
    expect(broken).toEqual([]);
  });

  it("keep the README's links to each reader's document", () => {
    const readme = readFileSync("README.md", "utf8");
    for (const doc of [
      "CONTRIBUTING.md",
      "ARCHITECTURE.md",
      "docs/guide/dashboard.md",
      "docs/standin.md",
    ])
      expect(readme).toContain(`](${doc}`);
  });
});
