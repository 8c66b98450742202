// The hand-written TypeScript declarations (js/index.d.ts) against real output: every
// document the tests have is written out as a typed literal and compiled with tsc, whose
// excess-property checks fail on a field the types lack, as its assignability checks fail on
// one they have and the output does not.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { test } from "node:test";
import { parse } from "minutes-wasm";
import { allDocuments, here, label } from "./helpers.mjs";

const out = path.join(here, "test/.generated");
const tsc = path.join(here, "node_modules/typescript/bin/tsc");

function compile(files) {
  fs.writeFileSync(
    path.join(out, "tsconfig.json"),
    JSON.stringify({
      compilerOptions: {
        strict: true,
        noEmit: true,
        exactOptionalPropertyTypes: true,
        noUncheckedIndexedAccess: true,
        target: "es2022",
        module: "esnext",
        moduleResolution: "bundler",
        lib: ["es2022", "dom"],
        types: [],
      },
      files,
    }),
  );
  try {
    execFileSync(process.execPath, [tsc, "--project", path.join(out, "tsconfig.json")], {
      encoding: "utf8",
      stdio: "pipe",
    });
    return "";
  } catch (e) {
    return `${e.stdout}${e.stderr}`;
  }
}

test("index.d.ts matches the output of every document, and the API compiles", () => {
  fs.rmSync(out, { recursive: true, force: true });
  fs.mkdirSync(out, { recursive: true });
  const documents = allDocuments();
  const lines = ['import type { Document } from "minutes-wasm";', ""];
  let items = 0;
  documents.forEach((file, i) => {
    const doc = parse(fs.readFileSync(file, "utf8"));
    items += doc.items.length;
    lines.push(`// ${label(file)}`, `export const doc${i}: Document = ${JSON.stringify(doc)};`);
  });
  // The checks have teeth: a field too many and a field too few are both errors.
  const base = parse("");
  const { webcast, ...missing } = base;
  void webcast;
  lines.push(
    "// @ts-expect-error: a field the model does not have",
    `export const extra: Document = ${JSON.stringify({ ...base, extra_field: 1 })};`,
    "// @ts-expect-error: a field missing",
    `export const short: Document = ${JSON.stringify(missing)};`,
  );
  fs.writeFileSync(path.join(out, "documents.ts"), `${lines.join("\n")}\n`);
  const errors = compile(["documents.ts", "../types-usage.ts"]);
  assert.equal(errors, "", `tsc failed:\n${errors.slice(0, 4000)}`);
  console.log(`tsc checked ${documents.length} documents (${items} items) against index.d.ts`);
});
