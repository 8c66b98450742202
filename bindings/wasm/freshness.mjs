// A guard for the benchmarks: they measure pkg/, which only `npm run build` makes, so a
// package older than the Rust or JavaScript it is built from would measure old code.

import fs from "node:fs";
import path from "node:path";
import { here, repoRoot } from "./test/helpers.mjs";

/** The newest modification time (ms) of the files under `dir` whose names end in one of `ends`. */
function newest(dir, ends) {
  let latest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) latest = Math.max(latest, newest(full, ends));
    else if (ends.some((end) => entry.name.endsWith(end))) latest = Math.max(latest, fs.statSync(full).mtimeMs);
  }
  return latest;
}

/** Throws when pkg/ is missing or older than the sources it is built from. */
export function assertPackageFresh() {
  const wasm = path.join(here, "pkg/node/minutes_wasm_bg.wasm");
  if (!fs.existsSync(wasm)) throw new Error("pkg/ is not built: run `npm run build` first");
  const built = fs.statSync(wasm).mtimeMs;
  const sources = Math.max(
    newest(path.join(repoRoot, "crates/minutes/src"), [".rs"]),
    newest(path.join(here, "src"), [".rs"]),
    newest(path.join(here, "js"), [".js", ".mjs"]),
  );
  if (sources > built) {
    throw new Error("pkg/ is older than the sources: run `npm run build` first, or it measures old code");
  }
}
