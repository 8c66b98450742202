// One process of scripts/wasm-instructions-per-byte.sh: parses every document (the same ones
// bench.mjs uses) P times through one measure of the package, for valgrind to count:
//   node count.mjs --list                  prints the documents, one path a line
//   node count.mjs MEASURE PASSES          MEASURE: parseOnly | parseJson | parse
// Instruction counts, unlike times, do not drift with the machine's load; the script takes
// the difference between two pass counts, so loading, compiling and warming up cancel out.

import fs from "node:fs";
import { _parseCountItems, parse, parseJson } from "minutes-wasm";
import { assertPackageFresh } from "./freshness.mjs";
import { allDocuments } from "./test/helpers.mjs";

const files = allDocuments(() => {});
const [measure, passes] = process.argv.slice(2);
if (measure === "--list") {
  console.log(files.join("\n"));
  process.exit(0);
}
assertPackageFresh();
const calls = {
  parseOnly: (text) => _parseCountItems(text),
  parseJson: (text) => parseJson(text).length,
  parse: (text) => parse(text).items.length,
};
const call = calls[measure];
const count = Number(passes);
if (!call || !(count >= 0)) throw new Error("usage: node count.mjs parseOnly|parseJson|parse PASSES");
const texts = files.map((f) => fs.readFileSync(f, "utf8"));
let sink = 0;
for (let pass = 0; pass < count; pass++) for (const text of texts) sink += call(text);
console.log(sink);
