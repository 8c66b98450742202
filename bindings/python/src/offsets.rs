//! Byte offsets to code point offsets.
//!
//! The core parser reports UTF-8 byte spans; Python indexes `str` by code point, so the
//! bindings convert every span before handing it out (`text[span.start:span.end]` must just
//! work). The index is built once per document in the worker thread that parsed it, without
//! the GIL, and answers each conversion in O(1). It does not keep the text: a document
//! outliving its source costs no copy of it.

/// Bytes per block of the index: one `u64` bitmap of character starts per block.
const BLOCK: usize = 64;

/// Converts UTF-8 byte offsets of one text into code point offsets.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CharIndex {
    /// The text is ASCII: byte and code point offsets coincide, and nothing is stored.
    Ascii,
    /// For every 64-byte block, the code points before it and a bitmap of the bytes that
    /// start a code point. About a quarter of the text's size, only for non-ASCII texts.
    Blocks {
        blocks: Vec<Block>,
        len: usize,
        chars: usize,
    },
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    before: usize,
    starts: u64,
}

impl CharIndex {
    pub fn new(text: &str) -> CharIndex {
        let bytes = text.as_bytes();
        if bytes.is_ascii() {
            return CharIndex::Ascii;
        }
        let mut blocks = Vec::with_capacity(bytes.len().div_ceil(BLOCK));
        let mut before = 0usize;
        let mut chunks = bytes.chunks_exact(BLOCK);
        for chunk in &mut chunks {
            let starts = !continuation_bytes(chunk);
            blocks.push(Block { before, starts });
            before += starts.count_ones() as usize;
        }
        let tail = chunks.remainder();
        if !tail.is_empty() {
            let starts = starts_bytewise(tail);
            blocks.push(Block { before, starts });
            before += starts.count_ones() as usize;
        }
        CharIndex::Blocks {
            blocks,
            len: bytes.len(),
            chars: before,
        }
    }

    /// The code point offset of byte offset `byte`. Offsets past the end count one code point
    /// per byte beyond it, so the conversion is total and monotonic (spans never go there).
    pub fn to_chars(&self, byte: usize) -> usize {
        match self {
            CharIndex::Ascii => byte,
            CharIndex::Blocks { blocks, len, chars } => {
                if byte >= *len {
                    return chars + (byte - len);
                }
                let block = blocks[byte / BLOCK];
                let below = (1u64 << (byte % BLOCK)) - 1;
                block.before + (block.starts & below).count_ones() as usize
            }
        }
    }
}

/// Bit `k` set when byte `k` of the 64-byte `chunk` continues a code point
/// (`0b10xx_xxxx`): four SIMD compares and mask extractions (SSE2 on x86-64, NEON on
/// AArch64), about twenty instructions a block where a byte-by-byte loop took ~300.
fn continuation_bytes(chunk: &[u8]) -> u64 {
    use wide::{i8x16, CmpLt};
    let mut mask = 0u64;
    for (k, lanes) in chunk.chunks_exact(16).enumerate() {
        let lanes: [u8; 16] = lanes.try_into().expect("chunks_exact(16) gives 16 bytes");
        let lanes: i8x16 = bytemuck::cast(lanes);
        // Read as signed, continuation bytes 0x80..=0xBF are -128..=-65: below -64.
        let cont = lanes.cmp_lt(i8x16::splat(-64)).move_mask() as u32 as u64;
        mask |= (cont & 0xffff) << (16 * k);
    }
    mask
}

/// Bit `k` set when byte `k` of `bytes` (at most 64) starts a code point: the plain rule,
/// for a text's last partial block (and the tests' reference for [`continuation_bytes`]).
fn starts_bytewise(bytes: &[u8]) -> u64 {
    let mut starts = 0u64;
    for (bit, &b) in bytes.iter().enumerate() {
        // Continuation bytes are 0b10xx_xxxx; every other byte starts a code point.
        starts |= u64::from(b & 0xC0 != 0x80) << bit;
    }
    starts
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The index must agree with counting `char_indices` at every char boundary.
    fn check(text: &str) {
        let index = CharIndex::new(text);
        for (chars, (byte, _)) in text.char_indices().enumerate() {
            assert_eq!(index.to_chars(byte), chars, "byte {byte} of {text:?}");
        }
        assert_eq!(index.to_chars(text.len()), text.chars().count());
    }

    #[test]
    fn ascii_is_identity_and_stores_nothing() {
        assert_eq!(CharIndex::new("Planning Committee"), CharIndex::Ascii);
        check("Planning Committee");
        check("");
    }

    #[test]
    fn multibyte_characters_count_once() {
        let text = "The Council’s budget of £1.2m was agreed – 5 for, 2 against.";
        check(text);
        let index = CharIndex::new(text);
        let pound = text.find('£').unwrap();
        assert_eq!(index.to_chars(pound), text[..pound].chars().count());
        assert_eq!(index.to_chars(pound), 24);
    }

    #[test]
    fn block_boundaries_and_long_texts() {
        // Four-byte characters straddling the 64-byte block edges, and many blocks.
        let text = "ab🙂cd’£x".repeat(97);
        check(&text);
        let text = format!("{}’{}", "a".repeat(63), "b".repeat(200));
        check(&text);
    }

    #[test]
    fn past_the_end_is_monotonic() {
        let index = CharIndex::new("£1");
        assert_eq!(index.to_chars(3), 2);
        assert_eq!(index.to_chars(5), 4);
    }

    #[test]
    fn simd_blocks_agree_with_the_bytewise_rule() {
        // Every byte value in every lane position of a block.
        for first in 0..=255u8 {
            let block: Vec<u8> = (0..64u8)
                .map(|k| first.wrapping_add(k.wrapping_mul(37)))
                .collect();
            assert_eq!(
                !continuation_bytes(&block),
                starts_bytewise(&block),
                "block from {first}"
            );
        }
    }
}
