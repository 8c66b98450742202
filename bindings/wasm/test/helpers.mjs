// What the Node tests, the browser test and bench.mjs share: where the documents are, and
// the CLI that the WebAssembly output is compared with.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

export const here = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
export const repoRoot = path.resolve(here, "../..");
export const sharedRoot = path.resolve(repoRoot, "../shared");

const SKIP_DIRS = new Set(["node_modules", "target", ".git", "pkg"]);

/** Every *.txt under the project's folders named `fixtures` (the project's own fixtures). */
export function projectFixtures() {
  const found = [];
  const walk = (dir, inFixtures) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      if (SKIP_DIRS.has(entry.name) || entry.name.startsWith(".")) continue;
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        walk(full, inFixtures || entry.name === "fixtures");
      } else if (inFixtures && entry.isFile() && entry.name.endsWith(".txt")) {
        found.push(full);
      }
    }
  };
  walk(repoRoot, false);
  return found.sort();
}

/**
 * The *.txt documents of ../shared/<name> (seeds, corpus), or [] with a clear message when
 * that folder is absent: the repository never holds copies of them.
 */
export function sharedDocuments(name, log = console.log) {
  const dir = path.join(sharedRoot, name);
  if (!fs.existsSync(dir)) {
    log(`skipped: ../shared/${name} is absent`);
    return [];
  }
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => path.join(dir, f));
}

/** All documents the tests run on: project fixtures, then ../shared seeds and corpus. */
export function allDocuments(log = console.log) {
  return [...projectFixtures(), ...sharedDocuments("seeds", log), ...sharedDocuments("corpus", log)];
}

/** A path relative to the repository's parent, for test names. */
export function label(file) {
  return path.relative(path.dirname(repoRoot), file);
}

/** The release CLI (`cargo build --release -p minutes-cli`), or null when it is not built. */
export function cliPath() {
  const fromEnv = process.env.MINUTES_CLI;
  if (fromEnv) return fromEnv;
  const built = path.join(repoRoot, "target/release/minutes");
  return fs.existsSync(built) ? built : null;
}

/** `minutes parse FILE`: the CLI's pretty JSON of one document. */
export function cliParse(cli, file) {
  return execFileSync(cli, ["parse", file], { encoding: "utf8", maxBuffer: 1 << 30 });
}

/** The spans of a document, with where they are: [path, [start, end]]. */
export function* spans(value, where = "$") {
  if (Array.isArray(value)) {
    if (value.length === 2 && value.every(Number.isInteger) && /span$/.test(where)) {
      yield [where, value];
      return;
    }
    for (let i = 0; i < value.length; i++) yield* spans(value[i], `${where}[${i}]`);
  } else if (value !== null && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) yield* spans(v, `${where}.${key}`);
  }
}
