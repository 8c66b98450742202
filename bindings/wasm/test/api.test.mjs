// The package's JavaScript surface: options, errors, panics and the span helpers.

import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { describe, test } from "node:test";
import {
  init,
  parse,
  parseBytes,
  parseJson,
  schemaVersion,
  sliceSpan,
  SpanIndex,
  spanToUtf16,
  version,
  _testPanic,
} from "minutes-wasm";
import { here } from "./helpers.mjs";

const sample = fs.readFileSync(path.join(here, "test/fixtures/printed-non-ascii.txt"), "utf8");

describe("parse", () => {
  test("returns the contract's fields in the model's order", () => {
    const doc = parse(sample);
    assert.deepEqual(Object.keys(doc).slice(0, 10), [
      "schema_version",
      "format",
      "status",
      "committee",
      "date",
      "time",
      "venue",
      "attendance",
      "items",
      "diagnostics",
    ]);
    assert.deepEqual(Object.keys(doc.attendance).slice(0, 4), ["chair", "present", "apologies", "in_attendance"]);
  });

  test("an empty text is a document with nothing in it", () => {
    const doc = parse("");
    assert.deepEqual(doc.items, []);
    assert.deepEqual(doc.span, [0, 0]);
    assert.equal(doc.committee, null);
  });

  test("version and schema version", () => {
    assert.match(version(), /^\d+\.\d+\.\d+/);
    assert.equal(schemaVersion(), 1);
    assert.equal(parse("").schema_version, schemaVersion());
  });

  test("init is a no-op in Node", async () => {
    await init();
    assert.equal(parse("").schema_version, 1);
  });

  test("the web entry needs init, then gives the same document", async () => {
    const web = await import("../pkg/web.js");
    assert.throws(() => web.parse(sample), { message: /not loaded yet: call `await init\(\)`/ });
    web.initSync(fs.readFileSync(path.join(here, "pkg/web/minutes_wasm_bg.wasm")));
    assert.deepEqual(web.parse(sample), parse(sample));
    await web.init(); // already loaded: nothing to fetch
    assert.equal(web.version(), version());
  });

  test("a forced format is used", () => {
    assert.equal(parse(sample, { format: "cmis" }).format, "cmis");
    assert.equal(parse(sample, { format: "moderngov-listing" }).format, "moderngov_listing");
  });
});

describe("errors are Error objects with a message", () => {
  test("input over maxInputBytes", () => {
    const bytes = Buffer.byteLength(sample);
    assert.equal(parse(sample, { maxInputBytes: bytes }).span[1], bytes);
    assert.throws(
      () => parse(sample, { maxInputBytes: bytes - 1 }),
      (e) => e instanceof Error && e.message === `input is ${bytes} bytes, more than the limit of ${bytes - 1} bytes`,
    );
  });

  test("more items than maxItems", () => {
    const items = parse("1. ONE\nResolved: - That it be noted.\n2. TWO\n3. THREE\n").items.length;
    assert.ok(items >= 1, "the text has items");
    assert.throws(
      () => parse("1. ONE\nResolved: - That it be noted.\n2. TWO\n3. THREE\n", { maxItems: items - 1 }),
      { name: "Error", message: `document has more than ${items - 1} items` },
    );
  });

  test("an unknown format", () => {
    assert.throws(() => parse(sample, { format: "pdf" }), (e) => e instanceof Error && /unknown format "pdf"/.test(e.message));
  });

  test("invalid UTF-8 in parseBytes, with its offset", () => {
    const bytes = new Uint8Array([...Buffer.from("Café "), 0xff, ...Buffer.from(" end")]);
    assert.throws(() => parseBytes(bytes), (e) => e instanceof Error && e.message === "input is not valid UTF-8: invalid byte at offset 6");
  });

  test("lossy parseBytes replaces invalid bytes and says so", () => {
    const bytes = new Uint8Array([...Buffer.from("Café "), 0xff, ...Buffer.from(" end")]);
    const doc = parseBytes(bytes, { lossy: true });
    const decoded = new TextDecoder().decode(bytes);
    assert.deepEqual(doc.span, [0, Buffer.byteLength(decoded)]);
    const warning = doc.diagnostics.find((d) => /not valid UTF-8/.test(d.message));
    assert.ok(warning, "a diagnostic records the replacement");
    assert.equal(sliceSpan(decoded, warning.span), "\uFFFD");
  });

  test("parseBytes of valid UTF-8 equals parse of the text", () => {
    assert.deepEqual(parseBytes(new TextEncoder().encode(sample)), parse(sample));
  });

  test("wrong argument types are TypeErrors", () => {
    assert.throws(() => parse(42), TypeError);
    assert.throws(() => parse(undefined), TypeError);
    assert.throws(() => parse(sample, { max_items: 3 }), { name: "TypeError", message: /unknown option "max_items"/ });
    assert.throws(() => parse(sample, { maxItems: -1 }), TypeError);
    assert.throws(() => parse(sample, { maxItems: 1.5 }), TypeError);
    assert.throws(() => parse(sample, "printed"), TypeError);
    assert.throws(() => parseBytes(sample), TypeError);
    assert.throws(() => parseBytes(new Uint8Array(), { lossy: "yes" }), TypeError);
  });

  test("a panic is a readable Error, and the module keeps working", () => {
    const before = parseJson(sample);
    for (let round = 0; round < 3; round++) {
      assert.throws(
        () => _testPanic(`boom ${round}`),
        (e) =>
          e instanceof Error &&
          e.name === "MinutesCrashError" &&
          e.message.includes(`boom ${round}`) &&
          e.message.includes("panicked at") &&
          e.cause instanceof WebAssembly.RuntimeError,
      );
      assert.equal(parseJson(sample), before, "parse works after the reset");
    }
  });
});

describe("spans are UTF-8 byte offsets; the helpers convert them", () => {
  const text = "Café – £5 😀 naïve\u{10348}x";
  const byteSpan = (sub) => {
    const start = Buffer.byteLength(text.slice(0, text.indexOf(sub)));
    return [start, start + Buffer.byteLength(sub)];
  };

  test("spanToUtf16 and sliceSpan on non-ASCII text", () => {
    for (const sub of ["Café", "–", "£5", "😀", "naïve", "\u{10348}", "x", "é – £", text]) {
      const span = byteSpan(sub);
      const at = text.indexOf(sub);
      assert.deepEqual(spanToUtf16(text, span), [at, at + sub.length], sub);
      assert.equal(sliceSpan(text, span), sub);
      assert.equal(new SpanIndex(text).slice(span), sub);
    }
    assert.deepEqual(spanToUtf16(text, [0, 0]), [0, 0]);
    const end = Buffer.byteLength(text);
    assert.deepEqual(spanToUtf16(text, [end, end]), [text.length, text.length]);
  });

  test("ASCII text maps offsets to themselves", () => {
    const index = new SpanIndex("abc");
    assert.deepEqual(index.toUtf16([1, 3]), [1, 3]);
    assert.equal(index.byteLength, 3);
  });

  test("offsets inside a character or past the end are RangeErrors", () => {
    // "é" is bytes 3..5 of "Café".
    assert.throws(() => spanToUtf16(text, [4, 5]), RangeError);
    assert.throws(() => spanToUtf16(text, [0, 4]), RangeError);
    assert.throws(() => new SpanIndex(text).toUtf16([4, 5]), RangeError);
    const end = Buffer.byteLength(text);
    assert.throws(() => spanToUtf16(text, [0, end + 1]), RangeError);
    assert.throws(() => new SpanIndex(text).toUtf16Offset(end + 1), RangeError);
    assert.throws(() => spanToUtf16(text, [3, 2]), TypeError);
    assert.throws(() => spanToUtf16(text, "0..3"), TypeError);
  });

  test("a lone surrogate counts as U+FFFD, as the parser sees it", () => {
    const odd = "a\uD800b";
    assert.equal(parse(odd).span[1], 5);
    assert.deepEqual(spanToUtf16(odd, [4, 5]), [2, 3]);
    assert.deepEqual(new SpanIndex(odd).toUtf16([1, 4]), [1, 2]);
  });

  test("the parser's spans slice the right characters of non-ASCII minutes", () => {
    const doc = parse(sample);
    const index = new SpanIndex(sample);
    const bytes = Buffer.from(sample);
    let checked = 0;
    for (const item of doc.items) {
      const slice = index.slice(item.span);
      assert.equal(slice, bytes.subarray(...item.span).toString());
      if (item.number !== null) assert.ok(slice.startsWith(item.number), `${slice} starts with ${item.number}`);
      checked++;
    }
    assert.ok(checked > 0, "the sample has items");
    const fees = doc.items.find((i) => /FEES/.test(i.title));
    assert.ok(fees, "the fees item is found");
    assert.match(sliceSpan(sample, fees.resolutions[0].span), /£1,250/);
  });
});
