// The package as another project gets it: `npm install ./bindings/wasm` (a link to this
// folder) and `npm install` of the `npm pack` tarball (only the files package.json ships),
// then `import` and `require` by name.

import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { after, describe, test } from "node:test";
import { here } from "./helpers.mjs";

const npm = process.platform === "win32" ? "npm.cmd" : "npm";
const quiet = ["--no-audit", "--no-fund", "--prefer-offline", "--loglevel=error"];
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "minutes-wasm-package-"));
after(() => fs.rmSync(scratch, { recursive: true, force: true }));

const text = "1. MINUTES\nResolved: - That the minutes be approved.\n";

/** A fresh project in `dir` with the package installed from `spec`. */
function consumer(dir, spec) {
  fs.mkdirSync(dir, { recursive: true });
  fs.writeFileSync(path.join(dir, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  execFileSync(npm, ["install", ...quiet, spec], { cwd: dir, stdio: "pipe" });
  fs.writeFileSync(
    path.join(dir, "esm.mjs"),
    `import { parse, sliceSpan } from "minutes-wasm";\n` +
      `const doc = parse(${JSON.stringify(text)});\n` +
      `console.log(JSON.stringify({ format: doc.format, span: doc.span, slice: sliceSpan("é", [0, 2]) }));\n`,
  );
  fs.writeFileSync(
    path.join(dir, "cjs.cjs"),
    `const { parse, sliceSpan } = require("minutes-wasm");\n` +
      `const doc = parse(${JSON.stringify(text)});\n` +
      `console.log(JSON.stringify({ format: doc.format, span: doc.span, slice: sliceSpan("é", [0, 2]) }));\n`,
  );
  return (script) => JSON.parse(execFileSync(process.execPath, [script], { cwd: dir, encoding: "utf8" }));
}

describe("installed in another project", () => {
  const checks = (run) => {
    for (const script of ["esm.mjs", "cjs.cjs"]) {
      const out = run(script);
      assert.equal(typeof out.format, "string");
      assert.deepEqual(out.span, [0, Buffer.byteLength(text)]);
      assert.equal(out.slice, "é");
    }
    // Both ways give the same document.
    assert.deepEqual(run("esm.mjs"), run("cjs.cjs"));
  };

  test("npm install <folder>: import and require", () => {
    checks(consumer(path.join(scratch, "from-folder"), here));
  });

  test("npm install <npm pack tarball>: import and require", () => {
    const packed = execFileSync(npm, ["pack", "--silent", "--pack-destination", scratch], {
      cwd: here,
      encoding: "utf8",
    })
      .trim()
      .split("\n")
      .pop();
    checks(consumer(path.join(scratch, "from-tarball"), path.join(scratch, packed)));
  });
});
