// The JavaScript face of the package, shared by the Node (CommonJS) and web (ES module)
// entries. build.mjs puts a target-specific head before this text (it binds `raw`, the
// wasm-bindgen glue, and `isReady()`) and the target's export list after it, so this file has
// no import or export statements of its own and is never loaded directly.
//
// Why a JSON string crosses the boundary: the core serialises the document with serde_json,
// exactly as the CLI does, so JSON.parse gives objects with the contract's field names, key
// order and nulls, with no second mapping of the model to keep in step (bench.mjs measures
// the cost).

const PARSE_OPTIONS = ["format", "maxInputBytes", "maxItems"];
const PARSE_BYTES_OPTIONS = [...PARSE_OPTIONS, "lossy"];

/** Checks an options object and returns the arguments the Rust exports take. */
function checkOptions(options, allowed, fn) {
  if (options === undefined || options === null) {
    return [undefined, undefined, undefined, false];
  }
  if (typeof options !== "object" || Array.isArray(options)) {
    throw new TypeError(`${fn}: options must be an object`);
  }
  for (const key of Object.keys(options)) {
    if (!allowed.includes(key)) {
      throw new TypeError(
        `${fn}: unknown option ${JSON.stringify(key)} (expected one of ${allowed.join(", ")})`,
      );
    }
  }
  const { format, maxInputBytes, maxItems, lossy } = options;
  if (format !== undefined && format !== null && typeof format !== "string") {
    throw new TypeError(`${fn}: options.format must be a string`);
  }
  return [
    format ?? undefined,
    checkLimit(maxInputBytes, "maxInputBytes", fn),
    checkLimit(maxItems, "maxItems", fn),
    checkFlag(lossy, "lossy", fn),
  ];
}

/** A limit is a non-negative integer; on wasm32 anything above 2^32 - 1 means no limit. */
function checkLimit(value, name, fn) {
  if (value === undefined || value === null) return undefined;
  if (!Number.isSafeInteger(value) || value < 0) {
    throw new TypeError(`${fn}: options.${name} must be a non-negative integer`);
  }
  return value > 0xffffffff ? undefined : value;
}

function checkFlag(value, name, fn) {
  if (value === undefined || value === null) return false;
  if (typeof value !== "boolean") {
    throw new TypeError(`${fn}: options.${name} must be a boolean`);
  }
  return value;
}

function checkReady(fn) {
  if (!isReady()) {
    throw new Error(
      `${fn}: the WebAssembly module is not loaded yet: call \`await init()\` (or initSync) first`,
    );
  }
}

/**
 * Calls into WebAssembly, turning a trap into a readable Error.
 *
 * Rust errors already arrive as Error objects (wasm-bindgen's JsError). A trap is a
 * WebAssembly.RuntimeError ("unreachable") after a panic, or a RangeError when the engine's
 * stack or memory runs out: the instance may be left half-way through a call, so it is
 * replaced by a fresh one (wasm-bindgen's __wbg_reset_state) before the error is thrown, and
 * the next call works as if nothing happened.
 */
function callWasm(fn, call) {
  try {
    return call();
  } catch (error) {
    if (!(error instanceof WebAssembly.RuntimeError || error instanceof RangeError)) {
      throw error;
    }
    let panic;
    try {
      panic = raw.take_panic_message();
    } catch {
      panic = undefined;
    }
    raw.__wbg_reset_state();
    const what = panic ?? `${error.name}: ${error.message}`;
    const wrapped = new Error(
      `${fn}: the parser crashed (${what}); the WebAssembly instance has been reset. ` +
        "This is a bug in minutes: please report it with the input.",
      { cause: error },
    );
    wrapped.name = "MinutesCrashError";
    throw wrapped;
  }
}

/**
 * Parses minutes and returns the document as plain objects (the JSON contract).
 * Throws an Error when an option's limit is exceeded or the format name is unknown.
 */
function parse(text, options) {
  return JSON.parse(parseJson(text, options));
}

/** Like parse, but returns the compact JSON text (cheaper when the JSON is all you need). */
function parseJson(text, options) {
  if (typeof text !== "string") {
    throw new TypeError(`parse: text must be a string, not ${describe(text)}`);
  }
  const args = checkOptions(options, PARSE_OPTIONS, "parse");
  checkReady("parse");
  return callWasm("parse", () => raw.parse_json(text, args[0], args[1], args[2]));
}

/**
 * Parses raw bytes (a Uint8Array, e.g. a file's contents). They must be UTF-8 unless
 * `lossy: true`, which replaces invalid sequences with U+FFFD; spans then index the
 * decoded text (`new TextDecoder().decode(bytes)`).
 */
function parseBytes(bytes, options) {
  if (!(bytes instanceof Uint8Array)) {
    throw new TypeError(`parseBytes: bytes must be a Uint8Array, not ${describe(bytes)}`);
  }
  const args = checkOptions(options, PARSE_BYTES_OPTIONS, "parseBytes");
  checkReady("parseBytes");
  return JSON.parse(
    callWasm("parseBytes", () => raw.parse_bytes_json(bytes, args[0], args[1], args[2], args[3])),
  );
}

function describe(value) {
  return value === null ? "null" : Array.isArray(value) ? "an array" : `a ${typeof value}`;
}

/** The package version (the Rust workspace version). */
function version() {
  checkReady("version");
  return raw.version();
}

/** The schema_version of the documents this build returns. */
function schemaVersion() {
  checkReady("schemaVersion");
  return raw.schema_version();
}

// ---------------------------------------------------------------------------------------
// Spans. The core's spans are UTF-8 byte offsets into the input; JavaScript strings index
// UTF-16 code units. These helpers convert, so that text.slice(...) gives the right
// characters. Lone surrogates count as U+FFFD (3 bytes), as TextEncoder, and so the parser,
// sees them.

/** UTF-8 length of the code point starting at text[i]; the second value is its UTF-16 width. */
function codePointWidths(text, i) {
  const c = text.charCodeAt(i);
  if (c < 0x80) return [1, 1];
  if (c < 0x800) return [2, 1];
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return [4, 2];
  }
  return [3, 1];
}

function checkSpan(span, fn) {
  if (
    !Array.isArray(span) ||
    span.length !== 2 ||
    !Number.isSafeInteger(span[0]) ||
    !Number.isSafeInteger(span[1]) ||
    span[0] < 0 ||
    span[1] < span[0]
  ) {
    throw new TypeError(`${fn}: a span is [start, end] with 0 <= start <= end`);
  }
}

/** Non-ASCII text needs a table; ASCII text maps byte offsets to themselves. */
const NON_ASCII = /[^\x00-\x7f]/;

/**
 * Converts many spans of one text quickly: builds a byte-to-UTF-16 table once (4 bytes per
 * input byte, none for ASCII text), then each conversion is two look-ups.
 */
class SpanIndex {
  constructor(text) {
    if (typeof text !== "string") {
      throw new TypeError(`SpanIndex: text must be a string, not ${describe(text)}`);
    }
    this.text = text;
    if (!NON_ASCII.test(text)) {
      this.table = null;
      this.byteLength = text.length;
      return;
    }
    let bytes = 0;
    for (let i = 0; i < text.length; ) {
      const [b, u] = codePointWidths(text, i);
      bytes += b;
      i += u;
    }
    // -1 marks offsets inside a character: no UTF-16 index corresponds to them.
    const table = new Int32Array(bytes + 1).fill(-1);
    let b = 0;
    for (let i = 0; i < text.length; ) {
      table[b] = i;
      const [w, u] = codePointWidths(text, i);
      b += w;
      i += u;
    }
    table[bytes] = text.length;
    this.table = table;
    this.byteLength = bytes;
  }

  /** The UTF-16 index of a UTF-8 byte offset; RangeError if out of bounds or mid-character. */
  toUtf16Offset(byteOffset) {
    if (!Number.isSafeInteger(byteOffset) || byteOffset < 0 || byteOffset > this.byteLength) {
      throw new RangeError(
        `byte offset ${byteOffset} is outside the text (0..=${this.byteLength} bytes)`,
      );
    }
    if (this.table === null) return byteOffset;
    const index = this.table[byteOffset];
    if (index < 0) {
      throw new RangeError(`byte offset ${byteOffset} is inside a character`);
    }
    return index;
  }

  /** [start, end] in UTF-16 code units, for text.slice(start, end). */
  toUtf16(span) {
    checkSpan(span, "SpanIndex.toUtf16");
    return [this.toUtf16Offset(span[0]), this.toUtf16Offset(span[1])];
  }

  /** The text a span covers. */
  slice(span) {
    const [start, end] = this.toUtf16(span);
    return this.text.slice(start, end);
  }
}

/**
 * Converts one span to UTF-16 indices by walking the text up to the span's end; for many
 * spans of the same text, build a SpanIndex once instead.
 */
function spanToUtf16(text, span) {
  if (typeof text !== "string") {
    throw new TypeError(`spanToUtf16: text must be a string, not ${describe(text)}`);
  }
  checkSpan(span, "spanToUtf16");
  const [start, end] = span;
  let bytes = 0;
  let i = 0;
  let startIndex = start === 0 ? 0 : -1;
  while (bytes < end && i < text.length) {
    const [b, u] = codePointWidths(text, i);
    bytes += b;
    i += u;
    if (bytes === start) startIndex = i;
  }
  if (bytes !== end || startIndex < 0) {
    throw new RangeError(
      bytes < end
        ? `span [${start}, ${end}] is outside the text (${bytes} bytes)`
        : `span [${start}, ${end}] does not fall on character boundaries`,
    );
  }
  return [startIndex, i];
}

/** The text a span covers: text.slice of the span converted to UTF-16. */
function sliceSpan(text, span) {
  const [start, end] = spanToUtf16(text, span);
  return text.slice(start, end);
}

/** For the package's own tests only: panics inside WebAssembly. */
function _testPanic(message) {
  checkReady("_testPanic");
  return callWasm("_testPanic", () => raw.__test_panic(String(message)));
}

/** For bench.mjs only: parses inside WebAssembly without handing the document over. */
function _parseCountItems(text) {
  checkReady("_parseCountItems");
  return callWasm("_parseCountItems", () => raw.parse_count_items(text));
}
