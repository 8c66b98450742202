// Compiled (not run) by types.test.mjs: the declared API accepts what the README shows and
// rejects what it should.

import {
  type Document,
  type Item,
  type Span,
  init,
  parse,
  parseBytes,
  parseJson,
  sliceSpan,
  SpanIndex,
  spanToUtf16,
} from "minutes-wasm";

await init();
const doc: Document = parse("text", { format: "printed", maxInputBytes: 1 << 20, maxItems: 500 });
const json: string = parseJson("text");
const fromBytes: Document = parseBytes(new Uint8Array(), { lossy: true });
const first: Item | undefined = doc.items[0];
const span: Span = first ? first.span : doc.span;
const [start, end]: [number, number] = spanToUtf16("text", span);
const title: string = first?.title ?? "";
const text: string = sliceSpan("text", span) + new SpanIndex("text").slice(span);
const chair: string | undefined = doc.attendance.chair?.name;
const votes: number | undefined = doc.items[0]?.resolutions[0]?.motion?.votes?.for;
const kind: "paragraph" | "list" | undefined = first?.minutes[0]?.type;

// @ts-expect-error: options are camelCase
parse("text", { max_items: 3 });
// @ts-expect-error: parseBytes takes bytes
parseBytes("text");
// @ts-expect-error: spans are two numbers
spanToUtf16("text", [1]);
// @ts-expect-error: a document's date is a string or null
const badDate: number = doc.date;

export { json, fromBytes, start, end, title, text, chair, votes, kind, badDate };
