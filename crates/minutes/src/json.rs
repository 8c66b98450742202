//! JSON, byte for byte what `serde_json::to_string` (and `to_string_pretty`) writes, made
//! faster for what every surface pays: writing a document's text. serde_json tests each
//! byte of a string against a table, one at a time; here eight bytes are tested per step
//! ([`crate::swar`], portable to WebAssembly) and each clean run is copied at once.
//!
//! It is a [`serde::Serializer`], so the model's `#[derive(Serialize)]` drives it and other
//! serde users see no change. It covers serde's whole data model but floating-point numbers,
//! which the model has none of: they are an error ([`JsonError`]) rather than a second,
//! hand-kept copy of serde_json's float printing. Map keys follow serde_json: strings, chars,
//! unit variants, and integers and booleans written as strings; other keys are an error.

use crate::{simd, swar};
use serde::ser::{self, Impossible, Serialize};
use std::fmt::{self, Write as _};

/// Why a value could not be written: a floating-point number, a map key that is not a
/// string, or an error raised by the value's own `Serialize` implementation.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct JsonError(String);

impl fmt::Display for JsonError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for JsonError {}

impl ser::Error for JsonError {
    fn custom<T: fmt::Display>(msg: T) -> Self {
        JsonError(msg.to_string())
    }
}

type Result<T = (), E = JsonError> = std::result::Result<T, E>;

/// The document as compact JSON: the same text as `serde_json::to_string(document)`.
pub fn to_json(document: &crate::Document) -> String {
    document_json::<false>(document)
}

/// The document as indented JSON: the same text as `serde_json::to_string_pretty(document)`
/// (two spaces a level), which the CLI prints for a single document.
pub fn to_json_pretty(document: &crate::Document) -> String {
    document_json::<true>(document)
}

fn document_json<const PRETTY: bool>(document: &crate::Document) -> String {
    // The JSON of real and synthetic minutes is two to four times the input; half the
    // documents pass twice, and outgrowing the room costs a copy of all written so far.
    // Room for three fits nearly all; four measured no better (larger blocks cost more).
    let mut out = String::with_capacity(3 * document.span.len() + 1024);
    // The model has no floats and no maps, so nothing in it can fail.
    let _ = write::<PRETTY, _>(document, &mut out);
    out
}

/// `value` as compact JSON, the same text as `serde_json::to_string(value)`, or an error
/// where that would fail, or where `value` holds a float (see the module's doc).
pub fn to_json_string<T: Serialize + ?Sized>(value: &T) -> Result<String> {
    let mut out = String::new();
    write_json(value, &mut out)?;
    Ok(out)
}

/// `value` as indented JSON, the same text as `serde_json::to_string_pretty(value)`, or an
/// error where that would fail, or where `value` holds a float.
pub fn to_json_string_pretty<T: Serialize + ?Sized>(value: &T) -> Result<String> {
    let mut out = String::new();
    write_json_pretty(value, &mut out)?;
    Ok(out)
}

/// Appends `value` to `out` as compact JSON (the text of `serde_json::to_string(value)`);
/// on an error `out` is left as it was. Reusing one buffer saves an allocation per value.
pub fn write_json<T: Serialize + ?Sized>(value: &T, out: &mut String) -> Result {
    write::<false, T>(value, out)
}

/// Appends `value` to `out` as indented JSON (the text of
/// `serde_json::to_string_pretty(value)`); on an error `out` is left as it was.
pub fn write_json_pretty<T: Serialize + ?Sized>(value: &T, out: &mut String) -> Result {
    write::<true, T>(value, out)
}

fn write<const PRETTY: bool, T: Serialize + ?Sized>(value: &T, out: &mut String) -> Result {
    let len = out.len();
    let result = value.serialize(Writer::<PRETTY>(out, 0));
    if result.is_err() {
        out.truncate(len);
    }
    result
}

/// Whether JSON strings must escape a byte: `"`, `\\` and the controls below 0x20.
const fn needs_escape(byte: u8) -> bool {
    byte < 0x20 || byte == b'"' || byte == b'\\'
}

/// The same test for eight bytes at once: a mask with the high bit of each byte to escape
/// (also the reference `simd::Chunk::lanes_json_escapes` is tested against).
pub(crate) fn escapes(word: u64) -> u64 {
    swar::eq(word, b'"') | swar::eq(word, b'\\') | swar::ascii_below(word, 0x20)
}

/// The index of the first byte at or after `from` that must be escaped. Keys and most
/// names are short and are read a byte at a time; longer text sixteen bytes at a time where
/// there is a vector unit ([`simd::ENABLED`]), else eight.
fn find_escape(bytes: &[u8], from: usize) -> Option<usize> {
    let rest = bytes.get(from..)?;
    let found = if rest.len() < 8 {
        // One test of the whole; the byte loop only finds where.
        (escapes(short_word(rest)) != 0)
            .then(|| rest.iter().position(|&b| needs_escape(b)))
            .flatten()
    } else if simd::ENABLED && rest.len() >= 16 {
        find_escape_simd(rest)
    } else {
        find_escape_swar(rest)
    };
    found.map(|k| from + k)
}

/// Every byte of `bytes` (fewer than eight) in one word, with no byte that needs an escape
/// added: the first and last four bytes, overlapping, or for up to three bytes the first,
/// middle and last over spaces. Cheaper than assembling the word a byte at a time.
fn short_word(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    if n >= 4 {
        return swar::ends(bytes);
    }
    match bytes {
        [] => 0x2020_2020_2020_2020,
        [first, ..] => {
            let (middle, last) = (bytes[n / 2], bytes[n - 1]);
            0x2020_2020_2000_0000
                | u64::from(*first)
                | u64::from(middle) << 8
                | u64::from(last) << 16
        }
    }
}

/// [`find_escape`] for at least eight bytes, a word at a time. The last word overlaps the
/// ones already read; their bytes are masked off.
fn find_escape_swar(bytes: &[u8]) -> Option<usize> {
    let first = |mask: u64, base: usize| base + (mask.trailing_zeros() / 8) as usize;
    let mut chunks = bytes.chunks_exact(8);
    for (n, chunk) in chunks.by_ref().enumerate() {
        let mask = escapes(swar::load(chunk));
        if mask != 0 {
            return Some(first(mask, 8 * n));
        }
    }
    let tail = chunks.remainder().len();
    if tail == 0 {
        return None;
    }
    let at = bytes.len() - 8;
    let seen = 8 * (8 - tail);
    let mask = escapes(swar::load(&bytes[at..])) >> seen << seen;
    (mask != 0).then(|| first(mask, at))
}

/// [`find_escape`] for at least sixteen bytes: two vectors a step with one test of both
/// (most text has no escape for hundreds of bytes), then one, the last one overlapping.
fn find_escape_simd(bytes: &[u8]) -> Option<usize> {
    let first = |mask: u32, base: usize| base + mask.trailing_zeros() as usize;
    let lanes = |chunk: &[u8]| simd::Chunk::load(chunk.try_into().unwrap()).lanes_json_escapes();
    let mut pairs = bytes.chunks_exact(32);
    for (n, pair) in pairs.by_ref().enumerate() {
        let (low, high) = (lanes(&pair[..16]), lanes(&pair[16..]));
        if (low | high).any() {
            return Some(first(low.mask() | high.mask() << 16, 32 * n));
        }
    }
    let mut done = bytes.len() - pairs.remainder().len();
    if bytes.len() - done >= 16 {
        let mask = lanes(&bytes[done..done + 16]).mask();
        if mask != 0 {
            return Some(first(mask, done));
        }
        done += 16;
    }
    let tail = bytes.len() - done;
    if tail == 0 {
        return None;
    }
    let at = bytes.len() - 16;
    let seen = 16 - tail;
    let mask = lanes(&bytes[at..]).mask() >> seen << seen;
    (mask != 0).then(|| first(mask, at))
}

/// `s` as a JSON string, quotes included. Keys and most names are at most sixteen bytes
/// and need no escape: they are tested as two words here and copied at once, without a
/// call to the general loop.
#[inline]
fn push_string(out: &mut String, s: &str) {
    out.push('"');
    push_contents(out, s);
    out.push('"');
}

/// The contents of a JSON string for `s`, short clean strings copied at once.
#[inline]
fn push_contents(out: &mut String, s: &str) {
    if is_clean_short(s.as_bytes()) {
        out.push_str(s);
    } else {
        push_escaped(out, s);
    }
}

/// Whether `bytes` has at most sixteen bytes, none of which needs an escape.
fn is_clean_short(bytes: &[u8]) -> bool {
    let n = bytes.len();
    if n < 8 {
        escapes(short_word(bytes)) == 0
    } else if n <= 16 {
        // The first and the last eight bytes, overlapping.
        (escapes(swar::load(&bytes[..8])) | escapes(swar::load(&bytes[n - 8..]))) == 0
    } else {
        false
    }
}

/// Whether `bytes` is a plain key: four to sixteen bytes, each at least `]` (0x5d), as
/// are lower-case letters, `_` and non-ASCII bytes, none of which needs an escape. The
/// model's keys are `snake_case` words; this test costs a third of [`is_clean_short`].
fn is_plain_key(bytes: &[u8]) -> bool {
    // The high bit of each byte that is at least 0x5d, or not ASCII: 0x23 added to the low
    // seven bits reaches it from 0x5d up, and never carries out of the byte.
    let plain = |word: u64| ((word & 0x7f7f_7f7f_7f7f_7f7f) + 0x2323_2323_2323_2323) | word;
    let n = bytes.len();
    let both = if (4..8).contains(&n) {
        // `short_word` takes the first and last four bytes, overlapping.
        plain(short_word(bytes))
    } else if (8..=16).contains(&n) {
        plain(swar::load(&bytes[..8])) & plain(swar::load(&bytes[n - 8..]))
    } else {
        return false;
    };
    both & swar::HIGH == swar::HIGH
}

/// The contents of a JSON string for `s`: clean runs copied whole, escapes as serde_json
/// writes them (`\"`, `\\`, `\b \f \n \r \t`, `\u00XX` in lower-case hex for the other
/// controls; everything else, non-ASCII and U+2028 included, as it is).
fn push_escaped(out: &mut String, s: &str) {
    let mut clean = 0;
    while let Some(at) = find_escape(s.as_bytes(), clean) {
        // `at` is an ASCII byte, so both ends are character boundaries.
        out.push_str(&s[clean..at]);
        push_escape(out, s.as_bytes()[at]);
        clean = at + 1;
    }
    out.push_str(&s[clean..]);
}

/// The escape for one byte that needs one.
fn push_escape(out: &mut String, byte: u8) {
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let short = match byte {
        b'"' => "\\\"",
        b'\\' => "\\\\",
        0x08 => "\\b",
        0x0c => "\\f",
        b'\n' => "\\n",
        b'\r' => "\\r",
        b'\t' => "\\t",
        _ => {
            out.push_str("\\u00");
            out.push(char::from(HEX[usize::from(byte >> 4)]));
            out.push(char::from(HEX[usize::from(byte & 0xf)]));
            return;
        }
    };
    out.push_str(short);
}

/// Writes `Display` output escaped, for `collect_str` (dates and times) without a `String`.
struct Escaping<'a>(&'a mut String);

impl fmt::Write for Escaping<'_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        push_escaped(self.0, s);
        Ok(())
    }
}

fn push_display<T: fmt::Display + ?Sized>(out: &mut String, value: &T) -> Result {
    out.push('"');
    write!(Escaping(out), "{value}")
        .map_err(|_| JsonError("a Display implementation returned an error".into()))?;
    out.push('"');
    Ok(())
}

fn push_integer<I: itoa::Integer>(out: &mut String, value: I) {
    out.push_str(itoa::Buffer::new().format(value));
}

/// [`push_integer`] for the rare large number, kept out of [`push_unsigned`]'s way.
#[cold]
#[inline(never)]
fn push_large(out: &mut String, value: u64) {
    push_integer(out, value);
}

/// The digit pairs `00` to `99`, in order: pair `k` is `PAIRS[2 * k..2 * k + 2]`.
const PAIRS: &str = match std::str::from_utf8(&pair_bytes()) {
    Ok(pairs) => pairs,
    Err(_) => panic!("digits are ASCII"),
};

/// The bytes of [`PAIRS`], made at compile time.
const fn pair_bytes() -> [u8; 200] {
    let mut bytes = [0; 200];
    let mut k = 0;
    while k < 100 {
        bytes[2 * k] = b'0' + (k / 10) as u8;
        bytes[2 * k + 1] = b'0' + (k % 10) as u8;
        k += 1;
    }
    bytes
}

/// An unsigned number as [`push_integer`] writes it. Spans are most of the model's
/// numbers and are below 10^8: those go in as a leading digit or pair and up to three more
/// pairs, each a two-byte copy from [`PAIRS`], where itoa's digits would be copied with a
/// call to `memcpy`. Not inlined into every caller: that measured worse.
#[inline]
fn push_unsigned(out: &mut String, value: u64) {
    let Ok(small) = u32::try_from(value) else {
        return push_large(out, value);
    };
    let pair = |out: &mut String, k: u32| {
        let k = (k % 100) as usize;
        out.push_str(&PAIRS[2 * k..2 * k + 2]);
    };
    // The highest pair, with no leading zero.
    let lead = |out: &mut String, k: u32| {
        if k < 10 {
            out.push(char::from(b'0' + k as u8));
        } else {
            pair(out, k);
        }
    };
    match small {
        0..100 => lead(out, small),
        100..10_000 => {
            lead(out, small / 100);
            pair(out, small);
        }
        10_000..1_000_000 => {
            lead(out, small / 10_000);
            pair(out, small / 100);
            pair(out, small);
        }
        1_000_000..100_000_000 => {
            lead(out, small / 1_000_000);
            pair(out, small / 10_000);
            pair(out, small / 100);
            pair(out, small);
        }
        _ => push_large(out, value),
    }
}

fn float_error() -> JsonError {
    JsonError("floating-point numbers are not supported".into())
}

fn key_error() -> JsonError {
    JsonError("key must be a string".into())
}

/// The serializer: appends to the string it borrows. Taken by value, as serde allows, so
/// each nested value gets a fresh one over the same string, with its nesting depth.
/// `PRETTY` writes serde_json's pretty layout (a constant, so compact output pays nothing
/// for it).
struct Writer<'a, const PRETTY: bool>(&'a mut String, usize);

/// A new line indented `depth` levels of two spaces, as serde_json's pretty printer does.
fn new_line(out: &mut String, depth: usize) {
    out.push('\n');
    for _ in 0..depth {
        out.push_str("  ");
    }
}

/// A sequence, map or struct being written: whether the next entry needs a comma, and the
/// depth of its entries.
struct Compound<'a, const PRETTY: bool> {
    out: &'a mut String,
    first: bool,
    depth: usize,
}

impl<'a, const PRETTY: bool> Compound<'a, PRETTY> {
    /// Opens a container that stands at `depth`.
    fn open(out: &'a mut String, bracket: char, depth: usize) -> Compound<'a, PRETTY> {
        out.push(bracket);
        Compound {
            out,
            first: true,
            depth: depth + 1,
        }
    }

    /// The comma before every entry but the first (and, pretty, the entry's own line).
    fn separate(&mut self) {
        if !self.first {
            self.out.push(',');
        }
        self.first = false;
        if PRETTY {
            new_line(self.out, self.depth);
        }
    }

    fn element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.separate();
        value.serialize(Writer::<PRETTY>(self.out, self.depth))
    }

    /// `,"key":value`: the model writes more keys than anything else, so the punctuation
    /// around a compact key goes in as two pieces rather than four. Inlined into each
    /// derived `serialize`, where the key is a literal: the plain-key test folds away and
    /// the key's copy is a few stores instead of a call to `memcpy`.
    #[inline(always)]
    fn field<T: Serialize + ?Sized>(&mut self, key: &str, value: &T) -> Result {
        if PRETTY {
            self.separate();
            self.out.push('"');
        } else if self.first {
            self.out.push('"');
        } else {
            self.out.push_str(",\"");
        }
        self.first = false;
        if is_plain_key(key.as_bytes()) {
            self.out.push_str(key);
        } else {
            push_contents(self.out, key);
        }
        self.out.push_str(if PRETTY { "\": " } else { "\":" });
        value.serialize(Writer::<PRETTY>(self.out, self.depth))
    }

    /// Closes the container with `bracket`, and the `{"variant": ...}` around it if
    /// `variant`.
    fn close(self, bracket: char, variant: bool) -> Result {
        if PRETTY && !self.first {
            new_line(self.out, self.depth - 1);
        }
        self.out.push(bracket);
        if variant {
            close_variant::<PRETTY>(self.out, self.depth - 2);
        }
        Ok(())
    }
}

/// Opens `{"variant":` for the externally tagged variants of a value standing at `depth`.
fn open_variant<'a, const PRETTY: bool>(
    out: &'a mut String,
    variant: &str,
    depth: usize,
) -> &'a mut String {
    out.push('{');
    if PRETTY {
        new_line(out, depth + 1);
    }
    push_string(out, variant);
    out.push_str(if PRETTY { ": " } else { ":" });
    out
}

/// Closes what [`open_variant`] opened at `depth`.
fn close_variant<const PRETTY: bool>(out: &mut String, depth: usize) {
    if PRETTY {
        new_line(out, depth);
    }
    out.push('}');
}

impl<'a, const PRETTY: bool> ser::Serializer for Writer<'a, PRETTY> {
    type Ok = ();
    type Error = JsonError;
    type SerializeSeq = Compound<'a, PRETTY>;
    type SerializeTuple = Compound<'a, PRETTY>;
    type SerializeTupleStruct = Compound<'a, PRETTY>;
    type SerializeTupleVariant = Compound<'a, PRETTY>;
    type SerializeMap = Compound<'a, PRETTY>;
    type SerializeStruct = Compound<'a, PRETTY>;
    type SerializeStructVariant = Compound<'a, PRETTY>;

    fn serialize_bool(self, v: bool) -> Result {
        self.0.push_str(if v { "true" } else { "false" });
        Ok(())
    }

    fn serialize_i8(self, v: i8) -> Result {
        push_integer(self.0, v);
        Ok(())
    }

    fn serialize_i16(self, v: i16) -> Result {
        push_integer(self.0, v);
        Ok(())
    }

    fn serialize_i32(self, v: i32) -> Result {
        push_integer(self.0, v);
        Ok(())
    }

    fn serialize_i64(self, v: i64) -> Result {
        push_integer(self.0, v);
        Ok(())
    }

    fn serialize_i128(self, v: i128) -> Result {
        push_integer(self.0, v);
        Ok(())
    }

    fn serialize_u8(self, v: u8) -> Result {
        push_integer(self.0, v);
        Ok(())
    }

    fn serialize_u16(self, v: u16) -> Result {
        push_integer(self.0, v);
        Ok(())
    }

    fn serialize_u32(self, v: u32) -> Result {
        push_unsigned(self.0, v.into());
        Ok(())
    }

    fn serialize_u64(self, v: u64) -> Result {
        push_unsigned(self.0, v);
        Ok(())
    }

    fn serialize_u128(self, v: u128) -> Result {
        push_integer(self.0, v);
        Ok(())
    }

    fn serialize_f32(self, _v: f32) -> Result {
        Err(float_error())
    }

    fn serialize_f64(self, _v: f64) -> Result {
        Err(float_error())
    }

    fn serialize_char(self, v: char) -> Result {
        push_string(self.0, v.encode_utf8(&mut [0; 4]));
        Ok(())
    }

    fn serialize_str(self, v: &str) -> Result {
        push_string(self.0, v);
        Ok(())
    }

    /// An array of numbers, as serde_json writes bytes.
    fn serialize_bytes(self, v: &[u8]) -> Result {
        let mut seq = Compound::<PRETTY>::open(self.0, '[', self.1);
        for byte in v {
            seq.element(byte)?;
        }
        seq.close(']', false)
    }

    fn serialize_none(self) -> Result {
        self.serialize_unit()
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result {
        self.0.push_str("null");
        Ok(())
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result {
        self.serialize_unit()
    }

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result {
        self.serialize_str(variant)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        value: &T,
    ) -> Result {
        let out = open_variant::<PRETTY>(self.0, variant, self.1);
        value.serialize(Writer::<PRETTY>(&mut *out, self.1 + 1))?;
        close_variant::<PRETTY>(out, self.1);
        Ok(())
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq> {
        Ok(Compound::open(self.0, '[', self.1))
    }

    fn serialize_tuple(self, len: usize) -> Result<Compound<'a, PRETTY>> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        len: usize,
    ) -> Result<Compound<'a, PRETTY>> {
        self.serialize_seq(Some(len))
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a, PRETTY>> {
        let depth = self.1 + 1;
        Ok(Compound::open(
            open_variant::<PRETTY>(self.0, variant, self.1),
            '[',
            depth,
        ))
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Compound<'a, PRETTY>> {
        Ok(Compound::open(self.0, '{', self.1))
    }

    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Compound<'a, PRETTY>> {
        Ok(Compound::open(self.0, '{', self.1))
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
        _len: usize,
    ) -> Result<Compound<'a, PRETTY>> {
        let depth = self.1 + 1;
        Ok(Compound::open(
            open_variant::<PRETTY>(self.0, variant, self.1),
            '{',
            depth,
        ))
    }

    fn collect_str<T: fmt::Display + ?Sized>(self, value: &T) -> Result {
        push_display(self.0, value)
    }
}

impl<const PRETTY: bool> ser::SerializeSeq for Compound<'_, PRETTY> {
    type Ok = ();
    type Error = JsonError;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.element(value)
    }

    fn end(self) -> Result {
        self.close(']', false)
    }
}

impl<const PRETTY: bool> ser::SerializeTuple for Compound<'_, PRETTY> {
    type Ok = ();
    type Error = JsonError;

    fn serialize_element<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.element(value)
    }

    fn end(self) -> Result {
        self.close(']', false)
    }
}

impl<const PRETTY: bool> ser::SerializeTupleStruct for Compound<'_, PRETTY> {
    type Ok = ();
    type Error = JsonError;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.element(value)
    }

    fn end(self) -> Result {
        self.close(']', false)
    }
}

impl<const PRETTY: bool> ser::SerializeTupleVariant for Compound<'_, PRETTY> {
    type Ok = ();
    type Error = JsonError;

    fn serialize_field<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.element(value)
    }

    fn end(self) -> Result {
        self.close(']', true)
    }
}

impl<const PRETTY: bool> ser::SerializeMap for Compound<'_, PRETTY> {
    type Ok = ();
    type Error = JsonError;

    fn serialize_key<T: Serialize + ?Sized>(&mut self, key: &T) -> Result {
        self.separate();
        key.serialize(KeyWriter(self.out))
    }

    fn serialize_value<T: Serialize + ?Sized>(&mut self, value: &T) -> Result {
        self.out.push_str(if PRETTY { ": " } else { ":" });
        value.serialize(Writer::<PRETTY>(self.out, self.depth))
    }

    fn end(self) -> Result {
        self.close('}', false)
    }
}

impl<const PRETTY: bool> ser::SerializeStruct for Compound<'_, PRETTY> {
    type Ok = ();
    type Error = JsonError;

    #[inline(always)]
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result {
        self.field(key, value)
    }

    fn end(self) -> Result {
        self.close('}', false)
    }
}

impl<const PRETTY: bool> ser::SerializeStructVariant for Compound<'_, PRETTY> {
    type Ok = ();
    type Error = JsonError;

    #[inline(always)]
    fn serialize_field<T: Serialize + ?Sized>(&mut self, key: &'static str, value: &T) -> Result {
        self.field(key, value)
    }

    fn end(self) -> Result {
        self.close('}', true)
    }
}

/// A map key: JSON keys are strings, so numbers and booleans are quoted, as serde_json does.
struct KeyWriter<'a>(&'a mut String);

impl KeyWriter<'_> {
    fn quoted<I: itoa::Integer>(self, value: I) -> Result {
        self.0.push('"');
        push_integer(self.0, value);
        self.0.push('"');
        Ok(())
    }
}

impl ser::Serializer for KeyWriter<'_> {
    type Ok = ();
    type Error = JsonError;
    type SerializeSeq = Impossible<(), JsonError>;
    type SerializeTuple = Impossible<(), JsonError>;
    type SerializeTupleStruct = Impossible<(), JsonError>;
    type SerializeTupleVariant = Impossible<(), JsonError>;
    type SerializeMap = Impossible<(), JsonError>;
    type SerializeStruct = Impossible<(), JsonError>;
    type SerializeStructVariant = Impossible<(), JsonError>;

    fn serialize_bool(self, v: bool) -> Result {
        self.0.push_str(if v { "\"true\"" } else { "\"false\"" });
        Ok(())
    }

    fn serialize_i8(self, v: i8) -> Result {
        self.quoted(v)
    }

    fn serialize_i16(self, v: i16) -> Result {
        self.quoted(v)
    }

    fn serialize_i32(self, v: i32) -> Result {
        self.quoted(v)
    }

    fn serialize_i64(self, v: i64) -> Result {
        self.quoted(v)
    }

    fn serialize_i128(self, v: i128) -> Result {
        self.quoted(v)
    }

    fn serialize_u8(self, v: u8) -> Result {
        self.quoted(v)
    }

    fn serialize_u16(self, v: u16) -> Result {
        self.quoted(v)
    }

    fn serialize_u32(self, v: u32) -> Result {
        self.quoted(v)
    }

    fn serialize_u64(self, v: u64) -> Result {
        self.quoted(v)
    }

    fn serialize_u128(self, v: u128) -> Result {
        self.quoted(v)
    }

    fn serialize_f32(self, _v: f32) -> Result {
        Err(float_error())
    }

    fn serialize_f64(self, _v: f64) -> Result {
        Err(float_error())
    }

    fn serialize_char(self, v: char) -> Result {
        Writer::<false>(self.0, 0).serialize_char(v)
    }

    fn serialize_str(self, v: &str) -> Result {
        push_string(self.0, v);
        Ok(())
    }

    fn serialize_bytes(self, _v: &[u8]) -> Result {
        Err(key_error())
    }

    fn serialize_none(self) -> Result {
        Err(key_error())
    }

    fn serialize_some<T: Serialize + ?Sized>(self, value: &T) -> Result {
        value.serialize(self)
    }

    fn serialize_unit(self) -> Result {
        Err(key_error())
    }

    fn serialize_unit_struct(self, _name: &'static str) -> Result {
        Err(key_error())
    }

    fn serialize_unit_variant(
        self,
        _name: &'static str,
        _index: u32,
        variant: &'static str,
    ) -> Result {
        self.serialize_str(variant)
    }

    fn serialize_newtype_struct<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        value: &T,
    ) -> Result {
        value.serialize(self)
    }

    fn serialize_newtype_variant<T: Serialize + ?Sized>(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _value: &T,
    ) -> Result {
        Err(key_error())
    }

    fn serialize_seq(self, _len: Option<usize>) -> Result<Self::SerializeSeq> {
        Err(key_error())
    }

    fn serialize_tuple(self, _len: usize) -> Result<Self::SerializeTuple> {
        Err(key_error())
    }

    fn serialize_tuple_struct(
        self,
        _name: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleStruct> {
        Err(key_error())
    }

    fn serialize_tuple_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeTupleVariant> {
        Err(key_error())
    }

    fn serialize_map(self, _len: Option<usize>) -> Result<Self::SerializeMap> {
        Err(key_error())
    }

    fn serialize_struct(self, _name: &'static str, _len: usize) -> Result<Self::SerializeStruct> {
        Err(key_error())
    }

    fn serialize_struct_variant(
        self,
        _name: &'static str,
        _index: u32,
        _variant: &'static str,
        _len: usize,
    ) -> Result<Self::SerializeStructVariant> {
        Err(key_error())
    }

    fn collect_str<T: fmt::Display + ?Sized>(self, value: &T) -> Result {
        push_display(self.0, value)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_text;
    use serde::Serialize;
    use std::collections::BTreeMap;

    /// Both writers agree on `value`, compact and pretty: the same text, or both fail.
    fn same<T: Serialize + ?Sized + fmt::Debug>(value: &T) {
        let theirs = serde_json::to_string(value).ok();
        assert_eq!(to_json_string(value).ok(), theirs, "{value:?}");
        let theirs = serde_json::to_string_pretty(value).ok();
        assert_eq!(to_json_string_pretty(value).ok(), theirs, "{value:?}");
    }

    /// The escaping rule as serde_json states it, one character at a time.
    fn escaped_by_chars(s: &str) -> String {
        let mut out = String::from("\"");
        for c in s.chars() {
            match c {
                '"' => out.push_str("\\\""),
                '\\' => out.push_str("\\\\"),
                '\u{8}' => out.push_str("\\b"),
                '\u{c}' => out.push_str("\\f"),
                '\n' => out.push_str("\\n"),
                '\r' => out.push_str("\\r"),
                '\t' => out.push_str("\\t"),
                c if u32::from(c) < 0x20 => out.push_str(&format!("\\u{:04x}", u32::from(c))),
                c => out.push(c),
            }
        }
        out.push('"');
        out
    }

    const PIECES: &[&str] = &[
        "a", "\"", "\\", "\n", "\r", "\t", "\u{1}", "\u{1f}", "\u{7f}", "é", "\u{2028}", " ", "\0",
    ];

    #[test]
    fn strings_escape_as_serde_json_does() {
        let mut texts = test_text::joins_up_to(PIECES, 3);
        texts.extend(test_text::mixes(PIECES, 2000, 0x9e37_79b9, 40, |n| {
            n % 5 == 0
        }));
        // Every ASCII byte at every position of texts of every length up to three vectors,
        // alone and followed by a quote (so each path finds a second escape after a first).
        for len in 1..48 {
            for at in 0..len {
                for b in 0u8..0x80 {
                    let mut s = "x".repeat(len);
                    s.replace_range(at..=at, char::from(b).encode_utf8(&mut [0; 4]));
                    texts.push(s.clone());
                    s.push('"');
                    texts.push(s);
                }
            }
        }
        for s in &texts {
            let json = to_json_string(s.as_str()).unwrap();
            assert_eq!(json, escaped_by_chars(s), "{s:?}");
            assert_eq!(json, serde_json::to_string(s).unwrap(), "{s:?}");
        }
    }

    #[test]
    fn word_and_vector_finders_agree_with_the_byte_rule() {
        let mut texts = test_text::mixes(PIECES, 3000, 0x2545_f491, 60, |n| n % 3 == 0);
        texts.push("\u{2028}".repeat(9));
        for s in &texts {
            let bytes = s.as_bytes();
            for from in 0..bytes.len() {
                let rest = &bytes[from..];
                let expected = rest.iter().position(|&b| needs_escape(b));
                if rest.len() >= 8 {
                    assert_eq!(find_escape_swar(rest), expected, "{s:?} {from}");
                }
                if rest.len() >= 16 {
                    assert_eq!(find_escape_simd(rest), expected, "{s:?} {from}");
                }
                assert_eq!(find_escape(bytes, from), expected.map(|k| from + k));
                assert_eq!(is_clean_short(rest), rest.len() <= 16 && expected.is_none());
            }
        }
    }

    #[test]
    fn plain_keys_are_exactly_four_to_sixteen_bytes_from_backslash_up_and_need_no_escape() {
        let mut texts = test_text::mixes(PIECES, 2000, 0x51ed_270b, 20, |n| n % 4 == 0);
        // Every byte at every position of keys of every length around the bounds.
        for len in 0..20 {
            for at in 0..len.max(1) {
                for b in 0u8..=0xff {
                    let mut key = vec![b'k'; len];
                    if let Some(byte) = key.get_mut(at) {
                        *byte = b;
                    }
                    texts.push(String::from_utf8_lossy(&key).into_owned());
                }
            }
        }
        for s in &texts {
            let bytes = s.as_bytes();
            let expected = (4..=16).contains(&bytes.len()) && bytes.iter().all(|&b| b >= b']');
            assert_eq!(is_plain_key(bytes), expected, "{s:?}");
            assert!(
                !expected || !bytes.iter().any(|&b| needs_escape(b)),
                "{s:?}"
            );
        }
    }

    #[test]
    fn unsigned_numbers_are_itoas_digits() {
        // Every number up to 10^6, each power of ten and its neighbours, the ends of u32
        // and u64, and a spread of values between.
        let mut values: Vec<u64> = (0..1_000_000).collect();
        for p in 0..20 {
            let power = 10u64.pow(p);
            values.extend([power - 1, power, power + 1]);
        }
        let ends = [u64::from(u32::MAX), u64::MAX];
        values.extend(
            ends.iter()
                .flat_map(|&end| [end - 1, end, end.saturating_add(1)]),
        );
        let mut x = 0x9e37_79b9_7f4a_7c15u64;
        for _ in 0..100_000 {
            x ^= x << 13;
            x ^= x >> 7;
            x ^= x << 17;
            values.push(x >> (x % 64));
        }
        for value in values {
            let mut out = String::from("k");
            push_unsigned(&mut out, value);
            let mut theirs = String::from("k");
            push_integer(&mut theirs, value);
            assert_eq!(out, theirs, "{value}");
        }
    }

    #[test]
    fn spans_at_the_ends_of_their_range_match_serde_json() {
        let ends = [
            0,
            9,
            10,
            99_999_999,
            100_000_000,
            u32::MAX as usize,
            usize::MAX,
        ];
        for start in ends {
            for end in ends {
                same(&crate::Span::new(start, end));
                same(&[crate::Span::new(start, end)]);
            }
        }
        same(&[0u32, 7, 100_000_000, u32::MAX]);
        same(&[u64::from(u32::MAX) + 1, u64::MAX]);
    }

    #[derive(Debug, Serialize)]
    struct Empty {}

    #[derive(Debug, Serialize)]
    struct Unit;

    #[derive(Debug, Serialize, PartialEq, Eq, PartialOrd, Ord)]
    struct Newtype(u8);

    #[derive(Debug, Serialize)]
    struct Pair(i32, &'static str);

    #[derive(Debug, Serialize)]
    #[serde(tag = "type", rename_all = "snake_case")]
    enum Tagged {
        Struct { a: Option<Option<u8>>, b: Vec<u8> },
        Newtype(Inner),
        Unit,
    }

    #[derive(Debug, Serialize)]
    struct Inner {
        #[serde(rename = "quote\"key")]
        x: i64,
        #[serde(skip_serializing_if = "Option::is_none")]
        skipped: Option<u8>,
    }

    #[derive(Debug, Serialize)]
    enum External {
        Unit,
        Newtype(char),
        Tuple(u8, bool),
        Struct { s: String },
    }

    #[derive(Debug, Serialize)]
    enum Hollow {
        Tuple(),
        Struct {},
    }

    #[derive(Debug, Serialize)]
    struct Flattened {
        id: u8,
        #[serde(flatten)]
        rest: BTreeMap<String, u8>,
    }

    #[test]
    fn every_serde_shape_matches_serde_json() {
        same(&());
        same(&Unit);
        same(&Empty {});
        same(&Newtype(7));
        same(&Pair(-3, "p"));
        same(&(1u8, "two", [3u16]));
        same(&Vec::<u8>::new());
        same(&[[0u8; 0]; 2]);
        same(&[true, false]);
        same(&serde_bytes_like(&[0, 1, 255]));
        same(&'\u{2028}');
        same(&'"');
        same(&[i8::MIN, i8::MAX]);
        same(&[i16::MIN, i16::MAX]);
        same(&[i32::MIN, 0, i32::MAX]);
        same(&[i64::MIN, -1, i64::MAX]);
        same(&[i128::MIN, i128::MAX]);
        same(&[u8::MAX]);
        same(&[u16::MAX]);
        same(&[u32::MAX]);
        same(&[0, 9, 10, 99, 100, u64::MAX]);
        same(&[u128::MAX]);
        same(&Some(Some(None::<u8>)));
        same(&vec![Some(1u8), None]);
        same(&Tagged::Struct {
            a: Some(None),
            b: vec![],
        });
        same(&Tagged::Struct {
            a: Some(Some(2)),
            b: vec![1, 2],
        });
        same(&Tagged::Newtype(Inner {
            x: -5,
            skipped: None,
        }));
        same(&Tagged::Unit);
        same(&[
            External::Unit,
            External::Newtype('\n'),
            External::Tuple(1, true),
            External::Struct { s: "\\".into() },
        ]);
        same(&Flattened {
            id: 1,
            rest: BTreeMap::from([("a\"b".into(), 1), ("\u{1}".into(), 2)]),
        });
        same(&[Hollow::Tuple(), Hollow::Struct {}]);
        same(&Hollow::Tuple());
        same(&Hollow::Struct {});
        same(&External::Newtype('x'));
        same(&External::Tuple(2, false));
        same(&External::Struct { s: "s".into() });
        same(&vec![vec![], vec![1u8], vec![]]);
        same(&vec![vec![vec![Some(Newtype(1))]], vec![vec![None]]]);
        same(&(
            Empty {},
            [Unit, Unit],
            BTreeMap::from([("k", vec![Pair(1, "p")])]),
        ));
        same(&BTreeMap::<String, u8>::new());
        same(&BTreeMap::from([(1i32, "one"), (-2, "minus two")]));
        same(&BTreeMap::from([(true, 1u8), (false, 0)]));
        same(&BTreeMap::from([('c', 1u8)]));
        same(&BTreeMap::from([(Some("k"), 1u8)]));
        same(&BTreeMap::from([(Newtype(3), Unit)]));
        same(&crate::Date::new(2023, 12, 5));
        same(&crate::Time::new(19, 5));
    }

    /// A `serialize_bytes` caller.
    fn serde_bytes_like(bytes: &[u8]) -> impl Serialize + fmt::Debug + '_ {
        #[derive(Debug)]
        struct Bytes<'a>(&'a [u8]);
        impl Serialize for Bytes<'_> {
            fn serialize<S: ser::Serializer>(&self, s: S) -> std::result::Result<S::Ok, S::Error> {
                s.serialize_bytes(self.0)
            }
        }
        Bytes(bytes)
    }

    #[test]
    fn floats_and_keys_that_are_not_strings_are_errors_that_leave_the_buffer_as_it_was() {
        let mut out = String::from("kept");
        assert!(write_json(&[1.5f64], &mut out).is_err());
        assert!(write_json_pretty(&[[1.5f64]], &mut out).is_err());
        assert!(write_json(&(1u8, 2.5f32), &mut out).is_err());
        assert!(write_json(&BTreeMap::from([((1u8, 2u8), 3u8)]), &mut out).is_err());
        assert!(write_json(&BTreeMap::from([(None::<u8>, 3u8)]), &mut out).is_err());
        assert!(write_json(&BTreeMap::from([((), 3u8)]), &mut out).is_err());
        assert_eq!(out, "kept");
        write_json(&[1u8], &mut out).unwrap();
        assert_eq!(out, "kept[1]");
    }

    #[test]
    fn documents_match_serde_json() {
        let texts = [
            "PLANNING COMMITTEE\nTuesday 5 December 2023\n\n\
             Present:- Councillor Smith (in the Chair); Councillors \"Jones\" and Z. Patel.\n\n\
             131. MINUTES OF THE PREVIOUS MEETING\n\n\
             Resolved: - That the minutes be approved as a \\correct\\ record.\t\u{1}\n",
            "",
            "\r\r\n\u{2028}\"\\\0",
        ];
        for text in texts {
            let doc = crate::parse(text);
            assert_eq!(to_json(&doc), serde_json::to_string(&doc).unwrap());
            assert_eq!(
                to_json_pretty(&doc),
                serde_json::to_string_pretty(&doc).unwrap()
            );
        }
    }
}
