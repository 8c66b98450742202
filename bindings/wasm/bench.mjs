// Throughput of the WebAssembly parser in Node against the native parser on the same
// documents, with a JavaScript split("\n") loop beside them as the floor (issue 6):
//   node bench.mjs [--seconds S] [--no-build]
// Documents: the project's fixtures and, when present, ../shared/seeds and ../shared/corpus.
// Needs the package built (npm run build; it stops if pkg/ is older than the sources); builds the native side with
// `cargo build --release -p minutes-wasm --example native_bench` unless --no-build.
//
// Five rounds; in each, every measure (and one run of the native side) gets S/5 seconds of
// whole passes over all documents, and each measure's median round is reported. Time is the
// process's CPU time on both sides (process.cpuUsage here, the native side likewise): on a
// shared machine wall time mostly measures how long other work held the cores. Node's CPU
// time includes its helper threads (garbage collection, compilers), so if anything this
// counts against WebAssembly. The measures alternate round by round, so a change in the
// machine's state hits them all alike: compare the ratios, measured in one run.
//
// Like with like: the wasm parse alone against native minutes::parse; parseJson (parse and
// serialise, then the JSON text handed to JavaScript) against native parse +
// minutes::to_json (serde_json's bytes, written faster); parse (JS objects: parseJson, then
// JSON.parse) against both.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { _parseCountItems, parse, parseJson } from "minutes-wasm";
import { assertPackageFresh } from "./freshness.mjs";
import { allDocuments, repoRoot } from "./test/helpers.mjs";

assertPackageFresh();

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

const budget = (seconds / ROUNDS) * 1e9;

/** The process's CPU time (user and system, all threads), in nanoseconds. */
function cpuNanos() {
  const { user, system } = process.cpuUsage();
  return (user + system) * 1000;
}

/** Bytes per second of whole passes of `pass` for one round's budget of CPU time. */
function rate(pass) {
  const start = cpuNanos();
  let passes = 0;
  let elapsed;
  do {
    pass();
    passes++;
    elapsed = cpuNanos() - start;
  } while (elapsed < budget);
  return (bytes * passes) / (elapsed / 1e9);
}

const nativeBin = path.join(repoRoot, "target/release/examples/native_bench");
if (!args.includes("--no-build")) {
  execFileSync("cargo", ["build", "--release", "-p", "minutes-wasm", "--example", "native_bench"], {
    cwd: repoRoot,
    stdio: "inherit",
  });
}

/** One native round (its own process, timed inside it). */
function nativeRound() {
  const out = execFileSync(nativeBin, ["--rounds", "1", "--seconds", String(seconds / ROUNDS), ...files], {
    encoding: "utf8",
  });
  return JSON.parse(out);
}

const measures = {
  split: () => {
    for (const text of texts) {
      let n = 0;
      for (const line of text.split("\n")) n += line.length;
      sink += n;
    }
  },
  wasmParseOnly: () => {
    for (const text of texts) sink += _parseCountItems(text);
  },
  wasmParseJson: () => {
    for (const text of texts) sink += parseJson(text).length;
  },
  wasmParse: () => {
    for (const text of texts) sink += parse(text).items.length;
  },
};
const samples = { nativeParse: [], nativeParseJson: [] };
for (const [name, pass] of Object.entries(measures)) {
  samples[name] = [];
  pass(); // warm-up: JIT tiers and the module's first allocations
}
for (let round = 0; round < ROUNDS; round++) {
  for (const [name, pass] of Object.entries(measures)) samples[name].push(rate(pass));
  const native = nativeRound();
  samples.nativeParse.push(native.parse_bytes_per_s);
  samples.nativeParseJson.push(native.parse_json_bytes_per_s);
}
const median = (list) => [...list].sort((a, b) => a - b)[Math.floor(list.length / 2)];
const js = Object.fromEntries(Object.keys(measures).map((name) => [name, median(samples[name])]));
const native = {
  parse_bytes_per_s: median(samples.nativeParse),
  parse_json_bytes_per_s: median(samples.nativeParseJson),
};

const mb = (rate) => `${(rate / 1e6).toFixed(1).padStart(7)} MB/s`;
const pct = (rate, of) => `${((100 * rate) / of).toFixed(0).padStart(6)}%`;
const rows = [
  ["JS split(\"\\n\") loop (floor)", js.split],
  ["native minutes::parse", native.parse_bytes_per_s],
  ["native parse + minutes::to_json", native.parse_json_bytes_per_s],
  ["wasm parse, no hand-over", js.wasmParseOnly],
  ["wasm parseJson (JSON string)", js.wasmParseJson],
  ["wasm parse (JS objects)", js.wasmParse],
];
console.log(
  `${texts.length} documents, ${(bytes / 1024).toFixed(0)} KiB, median of ${ROUNDS} alternating rounds, ${seconds} s of CPU time per measure, Node ${process.version}`,
);
console.log(
  `${"measure".padEnd(40)} ${"bytes/s".padStart(12)}  of native parse  of native parse + JSON`,
);
for (const [name, rate] of rows) {
  console.log(
    `${name.padEnd(40)} ${mb(rate)}  ${pct(rate, native.parse_bytes_per_s)}${" ".repeat(10)}` +
      pct(rate, native.parse_json_bytes_per_s),
  );
}
const ratio = (a, b) => +(a / b).toFixed(3);
const summary = {
  documents: texts.length,
  bytes,
  js_split_bytes_per_s: Math.round(js.split),
  native_parse_bytes_per_s: Math.round(native.parse_bytes_per_s),
  native_parse_json_bytes_per_s: Math.round(native.parse_json_bytes_per_s),
  wasm_parse_only_bytes_per_s: Math.round(js.wasmParseOnly),
  wasm_parse_json_bytes_per_s: Math.round(js.wasmParseJson),
  wasm_parse_bytes_per_s: Math.round(js.wasmParse),
  wasm_parse_only_over_native_parse: ratio(js.wasmParseOnly, native.parse_bytes_per_s),
  wasm_parse_json_over_native_parse_json: ratio(js.wasmParseJson, native.parse_json_bytes_per_s),
  wasm_parse_over_native_parse: ratio(js.wasmParse, native.parse_bytes_per_s),
  wasm_parse_over_native_parse_json: ratio(js.wasmParse, native.parse_json_bytes_per_s),
};
console.log(JSON.stringify(summary));
if (sink === -1) console.log(sink); // keeps the work observable
