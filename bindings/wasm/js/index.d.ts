// Types of the minutes-wasm package: the functions, and every type of the document.
//
// The document types mirror crates/minutes/src/model.rs field for field and in the same
// order (the JSON is serde's output of that model). They are written by hand and checked by
// `tsc` in the Node tests (test/types.test.mjs) against the real output of every fixture, with
// excess-property checks on, so a field added to or removed from the model fails the tests
// until this file follows.

/** A half-open range `[start, end)` of UTF-8 byte offsets into the parsed text. Use
 * `spanToUtf16`, `sliceSpan` or `SpanIndex` to index a JavaScript string with it. */
export type Span = [start: number, end: number];

/** `"YYYY-MM-DD"`. */
export type IsoDate = string;
/** `"HH:MM"`, 24-hour. */
export type IsoTime = string;

export type Format =
  | "moderngov_listing"
  | "moderngov_item"
  | "printed"
  | "cmis"
  | "flattened"
  | "unknown";

export type Status = "draft" | "final";

/** The parsed minutes of one meeting. */
export interface Document {
  schema_version: number;
  format: Format;
  status: Status | null;
  /** The body's name as the text writes it. */
  committee: string | null;
  /** The meeting's own date. */
  date: IsoDate | null;
  /** The meeting's start time. */
  time: IsoTime | null;
  venue: string | null;
  attendance: Attendance;
  items: Item[];
  diagnostics: Diagnostic[];
  contact: Contact | null;
  webcast: string | null;
  declarations: Declaration[];
  next_meeting: NextMeeting | null;
  /** Where the committee name, date and time were read from. */
  header_span: Span | null;
  /** The whole input. */
  span: Span;
}

export interface Attendance {
  chair: Person | null;
  /** Members present, the chair included. */
  present: Person[];
  apologies: Person[];
  /** Officers and guests, with their roles where given. */
  in_attendance: Person[];
  substitutes: Substitution[];
}

export interface Person {
  /** The name as written, without "Councillor". */
  name: string;
  title: string | null;
  role: string | null;
  note: string | null;
  span: Span;
}

export interface Substitution {
  substitute: Person;
  replacing: Person | null;
  span: Span;
}

export interface Contact {
  name: string | null;
  role: string | null;
  phone: string | null;
  email: string | null;
  span: Span;
}

export type ItemKind =
  | "apologies"
  | "minutes_of_previous_meeting"
  | "declarations_of_interest"
  | "exclusion_of_press_and_public"
  | "public_questions"
  | "communications"
  | "urgent_business"
  | "date_of_next_meeting"
  | "work_programme"
  | "substitutes"
  | "other";

export interface Item {
  /** As written, without a trailing dot ("59", "3a", "C 10/034"). */
  number: string | null;
  title: string;
  truncated: boolean;
  resolutions: Resolution[];
  span: Span;
  kind: ItemKind;
  /** The number of the item this one is a sub-item of. */
  parent: string | null;
  title_span: Span | null;
  attachments: Attachment[];
  additional_documents: boolean;
  agenda: Block[];
  agenda_truncated: boolean;
  minutes: Block[];
  references: Reference[];
}

export interface Attachment {
  kind: string;
  size_bytes: number | null;
  span: Span;
}

export type Block = Paragraph | List;

export interface Paragraph {
  type: "paragraph";
  text: string;
  span: Span;
}

export interface List {
  type: "list";
  entries: ListEntry[];
  span: Span;
}

export interface ListEntry {
  marker: string;
  /** Nesting depth, 0 for the outermost entries. */
  level: number;
  text: string;
  span: Span;
}

export interface Resolution {
  /** The resolution's own number, without brackets. */
  number: string | null;
  text: string;
  span: Span;
  /** The word that introduced it ("Resolved", "AGREED", ...). */
  keyword: string | null;
  motion: Motion | null;
}

export interface Motion {
  moved_by: string | null;
  seconded_by: string | null;
  outcome: Outcome | null;
  votes: VoteCount | null;
  span: Span;
}

export type Outcome = "carried" | "carried_unanimously" | "lost" | "withdrawn";

export interface VoteCount {
  for: number;
  against: number;
  abstained: number | null;
}

export interface Declaration {
  person: string;
  kind: string | null;
  concerns: string | null;
  span: Span;
}

export interface Reference {
  number: string;
  span: Span;
}

export interface NextMeeting {
  date: IsoDate | null;
  time: IsoTime | null;
  span: Span;
}

export type Severity = "warning" | "info";

export interface Diagnostic {
  severity: Severity;
  message: string;
  span: Span;
}

/** Options of `parse`. */
export interface ParseOptions {
  /** Parse as this layout instead of detecting it (hyphens are accepted: "moderngov-listing"). */
  format?: Format | (string & {});
  /** Throw instead of parsing an input of more UTF-8 bytes than this. */
  maxInputBytes?: number;
  /** Throw when the document has more items than this. */
  maxItems?: number;
}

/** Options of `parseBytes`. */
export interface ParseBytesOptions extends ParseOptions {
  /** Replace invalid UTF-8 with U+FFFD (and record a diagnostic) instead of throwing. */
  lossy?: boolean;
}

/**
 * Parses minutes into a document. Spans are UTF-8 byte offsets into `text`.
 * @throws Error when a limit of `options` is exceeded or `options.format` is unknown.
 * @throws TypeError on arguments of the wrong type or unknown options.
 */
export function parse(text: string, options?: ParseOptions): Document;

/** Like `parse`, but returns the compact JSON text of the document. */
export function parseJson(text: string, options?: ParseOptions): string;

/**
 * Parses bytes that must be UTF-8 (unless `lossy`); spans index the decoded text.
 * @throws Error on invalid UTF-8 (with the byte offset) or an exceeded limit.
 */
export function parseBytes(bytes: Uint8Array, options?: ParseBytesOptions): Document;

/** The package version. */
export function version(): string;

/** The `schema_version` of the documents this build returns. */
export function schemaVersion(): number;

/**
 * Loads the WebAssembly module. Required once before any other call in browsers (the module
 * is fetched next to the package's JavaScript unless `input` says otherwise); a no-op in Node,
 * where the module loads synchronously.
 */
export function init(
  input?: RequestInfo | URL | Response | BufferSource | WebAssembly.Module,
): Promise<void>;

/** Loads the WebAssembly module synchronously from its bytes or a compiled module. */
export function initSync(module: BufferSource | WebAssembly.Module): void;

/** Converts a span to UTF-16 indices of `text` (walks the text; use SpanIndex for many). */
export function spanToUtf16(text: string, span: Span): [start: number, end: number];

/** The part of `text` a span covers. */
export function sliceSpan(text: string, span: Span): string;

/** Converts many spans of one text: builds a byte-offset table once. */
export class SpanIndex {
  constructor(text: string);
  readonly text: string;
  /** The text's length in UTF-8 bytes. */
  readonly byteLength: number;
  /** @throws RangeError when out of bounds or inside a character. */
  toUtf16Offset(byteOffset: number): number;
  toUtf16(span: Span): [start: number, end: number];
  slice(span: Span): string;
}
