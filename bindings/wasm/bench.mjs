// Throughput of the WebAssembly parser in Node against the native parser on the same
// documents, with a JavaScript split("\n") loop beside them as the floor (issue 6):
//   node bench.mjs [--seconds S] [--no-build]
// Documents: the project's fixtures and, when present, ../shared/seeds and ../shared/corpus.
// Needs the package built (npm run build); builds the native side with
// `cargo build --release -p minutes-wasm --example native_bench` unless --no-build.
//
// Each measure runs 5 rounds of whole passes over all documents (S/5 seconds a round, 5 s in
// all by default) and reports the median round, in both languages: absolute rates drift on a
// shared machine, so compare the ratios, which are measured in the same run.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { _parseCountItems, parse, parseJson } from "minutes-wasm";
import { allDocuments, repoRoot } from "./test/helpers.mjs";

const ROUNDS = 5;
const args = process.argv.slice(2);
const seconds = args.includes("--seconds") ? Number(args[args.indexOf("--seconds") + 1]) : 5;
if (!(seconds > 0)) throw new Error("--seconds takes a positive number");

// A document the parser crashes on (a bug, reported by the tests) would end the native run:
// leave it out, and say so.
const files = allDocuments((message) => console.error(message)).filter((file) => {
  try {
    parse(fs.readFileSync(file, "utf8"));
    return true;
  } catch (error) {
    console.error(`left out ${file}: ${error.message.split("\n")[0]}`);
    return false;
  }
});
const texts = files.map((f) => fs.readFileSync(f, "utf8"));
const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);

let sink = 0;

/** Median over the rounds of bytes per second of whole passes of `pass`. */
function medianRate(pass) {
  pass(); // warm-up: JIT tiers and the module's first allocations
  const rates = [];
  for (let round = 0; round < ROUNDS; round++) {
    const start = process.hrtime.bigint();
    const budget = BigInt(Math.round((seconds / ROUNDS) * 1e9));
    let passes = 0;
    let elapsed;
    do {
      pass();
      passes++;
      elapsed = process.hrtime.bigint() - start;
    } while (elapsed < budget);
    rates.push((bytes * passes) / (Number(elapsed) / 1e9));
  }
  rates.sort((a, b) => a - b);
  return rates[Math.floor(ROUNDS / 2)];
}

function nativeRates() {
  if (!args.includes("--no-build")) {
    execFileSync("cargo", ["build", "--release", "-p", "minutes-wasm", "--example", "native_bench"], {
      cwd: repoRoot,
      stdio: "inherit",
    });
  }
  const bin = path.join(repoRoot, "target/release/examples/native_bench");
  const out = execFileSync(bin, ["--seconds", String(seconds), ...files], { encoding: "utf8" });
  return JSON.parse(out);
}

const js = {
  split: medianRate(() => {
    for (const text of texts) {
      let n = 0;
      for (const line of text.split("\n")) n += line.length;
      sink += n;
    }
  }),
  wasmParseOnly: medianRate(() => {
    for (const text of texts) sink += _parseCountItems(text);
  }),
  wasmParseJson: medianRate(() => {
    for (const text of texts) sink += parseJson(text).length;
  }),
  wasmParse: medianRate(() => {
    for (const text of texts) sink += parse(text).items.length;
  }),
};
const native = nativeRates();

const mb = (rate) => `${(rate / 1e6).toFixed(1).padStart(7)} MB/s`;
const pct = (rate) => `${((100 * rate) / native.parse_bytes_per_s).toFixed(0).padStart(4)}%`;
const rows = [
  ["JS split(\"\\n\") loop (floor)", js.split],
  ["native minutes::parse", native.parse_bytes_per_s],
  ["native parse + serde_json::to_string", native.parse_json_bytes_per_s],
  ["wasm parse, no hand-over", js.wasmParseOnly],
  ["wasm parseJson (JSON string)", js.wasmParseJson],
  ["wasm parse (JS objects)", js.wasmParse],
];
console.log(
  `${texts.length} documents, ${(bytes / 1024).toFixed(0)} KiB, median of ${ROUNDS} rounds, ${seconds} s per measure, Node ${process.version}`,
);
console.log(`${"measure".padEnd(40)} ${"bytes/s".padStart(12)}  of native parse`);
for (const [name, rate] of rows) console.log(`${name.padEnd(40)} ${mb(rate)}  ${pct(rate)}`);
const summary = {
  documents: texts.length,
  bytes,
  js_split_bytes_per_s: Math.round(js.split),
  native_parse_bytes_per_s: native.parse_bytes_per_s,
  native_parse_json_bytes_per_s: native.parse_json_bytes_per_s,
  wasm_parse_only_bytes_per_s: Math.round(js.wasmParseOnly),
  wasm_parse_json_bytes_per_s: Math.round(js.wasmParseJson),
  wasm_parse_bytes_per_s: Math.round(js.wasmParse),
  wasm_parse_over_native_parse: +(js.wasmParse / native.parse_bytes_per_s).toFixed(3),
};
console.log(JSON.stringify(summary));
if (sink === -1) console.log(sink); // keeps the work observable
