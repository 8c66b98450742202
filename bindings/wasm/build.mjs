// Builds the package from Rust source into pkg/:
//   1. cargo build --release --target wasm32-unknown-unknown -p minutes-wasm
//   2. wasm-bindgen (the CLI pinned to Cargo.lock's wasm-bindgen version) twice: --target
//      nodejs (CommonJS, loads the .wasm synchronously) and --target web (ES module, fetched)
//   3. wasm-opt -O1 from the npm package binaryen, on both .wasm files
//   4. the package's own entry points around js/api.js, and the types
// and prints the raw and gzipped size of the .wasm. Needs the tools that test.sh installs.

import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const pkg = path.join(here, "pkg");
const bindgenVersion = lockedVersion("wasm-bindgen");

/** The names js/api.js defines that the package exports (index.d.ts declares them). */
const EXPORTS = [
  "parse",
  "parseJson",
  "parseBytes",
  "version",
  "schemaVersion",
  "init",
  "initSync",
  "spanToUtf16",
  "sliceSpan",
  "SpanIndex",
  "_testPanic",
  "_parseCountItems",
];

function run(cmd, args, options = {}) {
  console.log(`$ ${cmd} ${args.join(" ")}`);
  execFileSync(cmd, args, { stdio: "inherit", ...options });
}

/** The version of a crate in the workspace's Cargo.lock. */
function lockedVersion(name) {
  const lock = fs.readFileSync(path.join(root, "Cargo.lock"), "utf8");
  const match = lock.match(new RegExp(`\\[\\[package\\]\\]\\nname = "${name}"\\nversion = "([^"]+)"`));
  if (!match) throw new Error(`${name} is not in Cargo.lock`);
  return match[1];
}

function checkBindgen() {
  let found;
  try {
    found = execFileSync("wasm-bindgen", ["--version"], { encoding: "utf8" }).trim();
  } catch {
    throw new Error(
      `wasm-bindgen is not on PATH: cargo install wasm-bindgen-cli --version ${bindgenVersion}`,
    );
  }
  if (found !== `wasm-bindgen ${bindgenVersion}`) {
    throw new Error(
      `${found} is on PATH but Cargo.lock has wasm-bindgen ${bindgenVersion}: ` +
        `cargo install wasm-bindgen-cli --version ${bindgenVersion}`,
    );
  }
}

function cargoBuild() {
  // Size-tuned settings for this build only, through cargo's environment overrides, so the
  // workspace's shared release profile (tuned for native speed) stays as it is. Measured
  // (see README): opt-level 3 with fat LTO, then wasm-opt -O1, beats opt-level "s"/"z" here.
  const env = {
    ...process.env,
    CARGO_PROFILE_RELEASE_LTO: "fat",
    CARGO_PROFILE_RELEASE_CODEGEN_UNITS: "1",
    CARGO_PROFILE_RELEASE_DEBUG: "false",
    CARGO_PROFILE_RELEASE_OPT_LEVEL: process.env.MINUTES_WASM_OPT_LEVEL ?? "3",
    CARGO_PROFILE_RELEASE_PANIC: "abort",
    // WebAssembly SIMD (Node >= 16.4, Chrome 91, Firefox 89, Safari 16.4): memchr has a
    // simd128 implementation that is compiled in only when the feature is on at build time,
    // and the parser's line splitting and phrase searches go through memchr. Measured: parse
    // ~10% faster in Node. The variable applies to the wasm32 target only, never to native.
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS: "-C target-feature=+simd128",
  };
  run(
    "cargo",
    ["build", "--release", "--target", "wasm32-unknown-unknown", "-p", "minutes-wasm"],
    { cwd: root, env },
  );
  return path.join(root, "target/wasm32-unknown-unknown/release/minutes_wasm.wasm");
}

function bindgen(wasm, target, outDir) {
  fs.rmSync(outDir, { recursive: true, force: true });
  run("wasm-bindgen", [
    wasm,
    "--target",
    target,
    "--out-dir",
    outDir,
    // Lets js/api.js replace an instance that trapped by a fresh one.
    "--experimental-reset-state-function",
  ]);
}

function wasmOpt(file) {
  const bin = path.join(here, "node_modules/binaryen/bin/wasm-opt");
  if (!fs.existsSync(bin)) throw new Error("binaryen is not installed: npm install");
  // The features rustc enables by default for wasm32-unknown-unknown, and SIMD.
  const features = [
    "--enable-bulk-memory",
    "--enable-bulk-memory-opt",
    "--enable-nontrapping-float-to-int",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-reference-types",
    "--enable-multivalue",
    // Not a rustc default: build.mjs turns it on (cargoBuild).
    "--enable-simd",
  ];
  // -O1, measured with scripts/wasm-instructions-per-byte.sh (parse only, marginal
  // instructions per byte in Node) and pkg/size.json: -O1 99.2 at 174.0 KiB gzipped, -Oz
  // 104.5 at 175.4 KiB, -O3 102.7 at 173.0 KiB, no wasm-opt 97.8 at 185.0 KiB. The size
  // passes of -Oz cost 5% in speed and barely shrink the gzipped file.
  run(process.execPath, [bin, "-O1", ...features, file, "-o", file]);
}

/** The package's entry points: a target-specific head, js/api.js, the target's exports. */
function writeEntries() {
  const api = fs.readFileSync(path.join(here, "js/api.js"), "utf8");
  const generated = "// Generated by build.mjs from js/api.js: edit that file, not this one.\n";

  const cjsHead = `${generated}"use strict";
const raw = require("./node/minutes_wasm.js");
// Node loads the module synchronously when this file is required.
function isReady() {
  return true;
}
async function init() {}
function initSync() {}
`;
  fs.writeFileSync(
    path.join(pkg, "index.cjs"),
    `${cjsHead}\n${api}\nmodule.exports = { ${EXPORTS.join(", ")} };\n`,
  );

  const webHead = `${generated}import initWasm, * as raw from "./web/minutes_wasm.js";
let ready = false;
function isReady() {
  return ready;
}
/** Fetches and instantiates the module (next to this file unless \`input\` says otherwise). */
async function init(input) {
  if (ready) return;
  await initWasm(input === undefined ? undefined : { module_or_path: input });
  ready = true;
}
function initSync(module) {
  if (ready) return;
  raw.initSync({ module });
  ready = true;
}
`;
  fs.writeFileSync(
    path.join(pkg, "web.js"),
    `${webHead}\n${api}\nexport { ${EXPORTS.join(", ")} };\n`,
  );

  // Node's `import` shares the CommonJS build (one instance whichever way it is loaded).
  fs.writeFileSync(
    path.join(pkg, "index.mjs"),
    `${generated}import api from "./index.cjs";\nexport const { ${EXPORTS.join(", ")} } = api;\nexport default api;\n`,
  );

  const types = fs.readFileSync(path.join(here, "js/index.d.ts"), "utf8");
  fs.writeFileSync(path.join(pkg, "index.d.ts"), types);
  fs.writeFileSync(path.join(pkg, "index.d.cts"), types);
  // The glue's own package.json files say which module system each folder uses, whatever
  // the package's "type" is.
  fs.writeFileSync(path.join(pkg, "node/package.json"), '{ "type": "commonjs" }\n');
  fs.writeFileSync(path.join(pkg, "web/package.json"), '{ "type": "module" }\n');
}

function sizes(file) {
  const bytes = fs.readFileSync(file);
  const gzipped = zlib.gzipSync(bytes, { level: 9 }).length;
  return { raw: bytes.length, gzip: gzipped };
}

checkBindgen();
const wasm = cargoBuild();
fs.mkdirSync(pkg, { recursive: true });
bindgen(wasm, "nodejs", path.join(pkg, "node"));
bindgen(wasm, "web", path.join(pkg, "web"));
const before = sizes(path.join(pkg, "web/minutes_wasm_bg.wasm"));
if (process.env.MINUTES_WASM_NO_OPT !== "1") {
  wasmOpt(path.join(pkg, "node/minutes_wasm_bg.wasm"));
  wasmOpt(path.join(pkg, "web/minutes_wasm_bg.wasm"));
}
writeEntries();
const after = sizes(path.join(pkg, "web/minutes_wasm_bg.wasm"));
const report = { wasm_bindgen: bindgenVersion, before_wasm_opt: before, after_wasm_opt: after };
fs.writeFileSync(path.join(pkg, "size.json"), `${JSON.stringify(report, null, 2)}\n`);
const kb = (n) => `${(n / 1024).toFixed(1)} KiB`;
console.log(
  `minutes_wasm_bg.wasm: ${kb(after.raw)} raw, ${kb(after.gzip)} gzipped ` +
    `(before wasm-opt: ${kb(before.raw)} raw, ${kb(before.gzip)} gzipped)`,
);
