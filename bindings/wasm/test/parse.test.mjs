// The WebAssembly parse against the CLI, on every document the project has: the project's
// fixtures, and ../shared/seeds and ../shared/corpus when they are present.

import assert from "node:assert/strict";
import fs from "node:fs";
import { describe, test } from "node:test";
import { parse, parseJson, SpanIndex } from "minutes-wasm";
import { allDocuments, cliParse, cliPath, label, spans } from "./helpers.mjs";

const documents = allDocuments();
const cli = cliPath();

test("there are documents to test on", () => {
  // The package's own non-ASCII fixture at least.
  assert.ok(documents.length > 0);
});

/** Fails on `undefined` anywhere: the contract has null, never a missing value. */
function assertNoUndefined(value, where = "$") {
  assert.notEqual(value, undefined, `${where} is undefined`);
  if (value !== null && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) assertNoUndefined(v, `${where}.${key}`);
  }
}

describe("same JSON as the CLI", { skip: cli ? false : "skipped: target/release/minutes is not built (cargo build --release -p minutes-cli)" }, () => {
  for (const file of documents) {
    test(label(file), () => {
      const text = fs.readFileSync(file, "utf8");
      const doc = parse(text);
      const printed = cliParse(cli, file);
      // The normalisation: both sides through JSON.stringify.
      assert.equal(JSON.stringify(doc), JSON.stringify(JSON.parse(printed)));
      // Stronger: serde_json's pretty form is JSON.stringify's with an indent of 2.
      assert.equal(`${JSON.stringify(doc, null, 2)}\n`, printed.endsWith("\n") ? printed : `${printed}\n`);
    });
  }
});

describe("documents", () => {
  for (const file of documents) {
    test(label(file), () => {
      const text = fs.readFileSync(file, "utf8");
      const json = parseJson(text);
      const doc = JSON.parse(json);
      assert.equal(JSON.stringify(parse(text)), json, "parse is JSON.parse(parseJson)");
      assertNoUndefined(doc);
      assert.equal(doc.schema_version, 1);
      const bytes = Buffer.from(text, "utf8");
      assert.deepEqual(doc.span, [0, bytes.length]);
      // Every span lies inside the input, on character boundaries, and the helper slices
      // exactly the bytes it names.
      const index = new SpanIndex(text);
      for (const [where, [start, end]] of spans(doc)) {
        assert.ok(start <= end && end <= bytes.length, `${where} = [${start}, ${end}] is out of bounds`);
        assert.equal(index.slice([start, end]), bytes.subarray(start, end).toString("utf8"), where);
      }
    });
  }
});
