//! Sixteen-byte classification with portable SIMD (the `wide` crate: SSE2 on x86-64,
//! simd128 on WebAssembly built with `+simd128`, NEON on AArch64), without unsafe code.
//!
//! The same tests as [`crate::swar`], twice as wide and with a hardware byte-mask
//! extraction: each function returns a mask with bit `k` set when byte `k` of the chunk
//! passes. Where `wide` has no vector unit to use it emulates lanes with arrays, which is
//! slower than SWAR, so callers check [`ENABLED`] and keep their SWAR loop for those
//! targets (it is also the reference the SIMD loops are tested against).

use crate::swar;
use std::ops::{BitAnd, BitOr};
use wide::{i8x16, u8x16, CmpEq, CmpGt, CmpLt};

/// Whether `wide` runs on a vector unit on this target.
pub(crate) const ENABLED: bool = cfg!(any(
    target_feature = "sse2",
    target_feature = "simd128",
    all(target_arch = "aarch64", target_feature = "neon")
));

/// Sixteen bytes of text, byte 0 in lane 0.
#[derive(Clone, Copy)]
pub(crate) struct Chunk(i8x16);

impl Chunk {
    pub fn load(bytes: &[u8; 16]) -> Chunk {
        Chunk(bytemuck::cast(*bytes))
    }

    /// `bytes` (at most sixteen) padded with `fill`, a byte the caller's tests pass over.
    pub fn load_padded(bytes: &[u8], fill: u8) -> Chunk {
        let mut word = [fill; 16];
        let n = bytes.len().min(16);
        word[..n].copy_from_slice(&bytes[..n]);
        Chunk::load(&word)
    }

    /// The two chunks OR-ed byte by byte: a test of the top bits alone
    /// ([`Chunk::non_ascii`]) then asks both at once.
    pub fn or(self, other: Chunk) -> Chunk {
        Chunk(self.0 | other.0)
    }

    /// Bytes equal to `b`.
    pub fn eq(self, b: u8) -> u32 {
        mask(self.0.cmp_eq(i8x16::splat(b as i8)))
    }

    /// Non-ASCII bytes (0x80 and above).
    pub fn non_ascii(self) -> u32 {
        mask(self.0)
    }

    /// Bytes that start a multi-byte UTF-8 character (0xC0 and above): bits 7 and 6 set. A
    /// byte added to itself has bit 6 on top, so one AND of the two tops says so.
    pub fn utf8_leads(self) -> u32 {
        mask(self.0 & (self.0 + self.0))
    }

    /// ASCII bytes below `n` (`n` at most 0x80).
    pub fn ascii_below(self, n: u8) -> u32 {
        if n >= 0x80 {
            return !self.non_ascii() & 0xffff;
        }
        // Signed, non-ASCII bytes are negative: below `n` too, so they are taken out.
        mask(self.0.cmp_lt(i8x16::splat(n as i8))) & !self.non_ascii()
    }

    /// Bytes below `n` (ASCII, at least 1) or non-ASCII, or equal to the lower-case ASCII
    /// letter `letter` in either case: one mask for what most chunks of text have none of.
    pub fn below_non_ascii_or_letter(self, n: u8, letter: u8) -> u32 {
        // Signed, non-ASCII bytes are negative, so below `n`; folding case maps only the
        // letter's capital onto it.
        let below = self.0.cmp_lt(i8x16::splat(n as i8));
        let letter = (self.0 | i8x16::splat(0x20)).cmp_eq(i8x16::splat(letter as i8));
        mask(below | letter)
    }

    /// The larger byte of the two chunks in each lane, both read as unsigned.
    pub fn max(self, other: Chunk) -> Chunk {
        let (a, b): (u8x16, u8x16) = (bytemuck::cast(self.0), bytemuck::cast(other.0));
        Chunk(bytemuck::cast(a.max(b)))
    }

    /// [`Chunk::eq`] kept in the vector, to be combined with other tests before one mask.
    pub fn lanes_eq(self, b: u8) -> Lanes {
        Lanes(self.0.cmp_eq(i8x16::splat(b as i8)))
    }

    /// [`Chunk::eq_folded`] kept in the vector.
    pub fn lanes_eq_folded(self, b: u8) -> Lanes {
        Lanes((self.0 | i8x16::splat(0x20)).cmp_eq(i8x16::splat(b as i8)))
    }

    /// Bytes below `n` (ASCII, at least 1) or non-ASCII, kept in the vector.
    pub fn lanes_below_or_non_ascii(self, n: u8) -> Lanes {
        // Signed, non-ASCII bytes are negative, so below `n`.
        Lanes(self.0.cmp_lt(i8x16::splat(n as i8)))
    }

    /// Bytes a JSON string must escape, `"`, `\\` and the ASCII controls (below 0x20), kept
    /// in the vector. A byte is a control when its unsigned minimum with 0x1f is itself:
    /// two instructions, where a signed test would need the non-ASCII bytes taken out again.
    pub fn lanes_json_escapes(self) -> Lanes {
        let bytes: u8x16 = bytemuck::cast(self.0);
        let control: i8x16 = bytemuck::cast(bytes.min(u8x16::splat(0x1f)).cmp_eq(bytes));
        Lanes(
            self.0.cmp_eq(i8x16::splat(b'"' as i8))
                | self.0.cmp_eq(i8x16::splat(b'\\' as i8))
                | control,
        )
    }

    /// Bytes equal to `b` once bit 5 is set in both: a lower-case ASCII letter matches
    /// itself and its capital (and a space matches itself and the zero byte).
    pub fn eq_folded(self, b: u8) -> u32 {
        mask((self.0 | i8x16::splat(0x20)).cmp_eq(i8x16::splat(b as i8)))
    }

    /// Bytes `k` that start one of `pairs` (lower-case ASCII letters or punctuation with bit
    /// 5 set), `next` being the chunk one byte on, both bytes compared once bit 5 is set in
    /// them (so a letter matches its capital): one mask for two-byte anchors, which are far
    /// rarer in text than either byte alone.
    pub fn pairs_folded(self, next: Chunk, pairs: &[[u8; 2]]) -> u32 {
        let fold = i8x16::splat(0x20);
        let (this, next) = (self.0 | fold, next.0 | fold);
        let mut any = i8x16::splat(0);
        for &[a, b] in pairs {
            any |= this.cmp_eq(i8x16::splat(a as i8)) & next.cmp_eq(i8x16::splat(b as i8));
        }
        mask(any)
    }

    /// Bytes in `lo..=hi` (both ASCII, `lo` at least 1).
    pub fn ascii_between(self, lo: u8, hi: u8) -> u32 {
        let above = self.0.cmp_gt(i8x16::splat(lo as i8 - 1));
        mask(above & self.0.cmp_lt(i8x16::splat(hi as i8 + 1)))
    }

    /// ASCII letters, either case.
    pub fn ascii_letters(self) -> u32 {
        // Folding case maps A-Z onto a-z; adding 0x1f then maps a-z onto -128..=-103 and
        // every other byte (non-ASCII ones included) above -103.
        let shifted = (self.0 | i8x16::splat(0x20)) + i8x16::splat(0x1f);
        mask(shifted.cmp_lt(i8x16::splat(-102)))
    }
}

/// The verdicts of a test on each byte of a chunk, still in the vector: tests on chunks one
/// or two bytes apart combine with `&` and `|` into one verdict per byte, which needs one
/// mask extraction rather than one per test.
#[derive(Clone, Copy)]
pub(crate) struct Lanes(i8x16);

impl Lanes {
    /// Whether any byte passed.
    pub fn any(self) -> bool {
        mask(self.0) != 0
    }

    /// The bytes that passed, bit `k` for byte `k`.
    pub fn mask(self) -> u32 {
        mask(self.0)
    }
}

impl BitAnd for Lanes {
    type Output = Lanes;
    fn bitand(self, other: Lanes) -> Lanes {
        Lanes(self.0 & other.0)
    }
}

impl BitOr for Lanes {
    type Output = Lanes;
    fn bitor(self, other: Lanes) -> Lanes {
        Lanes(self.0 | other.0)
    }
}

fn mask(v: i8x16) -> u32 {
    v.move_mask() as u32
}

/// The offsets of the bytes of `bytes` that a chunk test passes, in order: sixty-four bytes
/// are classified per step, four SIMD chunks into one mask. On short lines (titles, most
/// lines of minutes) this costs less than a memchr call per candidate, which sets up its
/// search anew each time. The test must not pass the zero byte: the last chunk is padded
/// with it.
pub(crate) struct Positions<'a, F> {
    bytes: &'a [u8],
    test: F,
    bits: BlockBits,
}

impl<'a, F: Fn(Chunk) -> u32> Positions<'a, F> {
    pub(crate) fn new(bytes: &'a [u8], test: F) -> Self {
        Positions {
            bytes,
            test,
            bits: BlockBits::default(),
        }
    }
}

impl<F: Fn(Chunk) -> u32> Iterator for Positions<'_, F> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let (bytes, test) = (self.bytes, &self.test);
        self.bits
            .next(bytes.len(), |at| block_mask(&bytes[at..], test))
    }
}

/// [`Positions`] for a test of pairs of bytes, as [`for_each_pair`] asks it (the chunk at an
/// offset and the chunk one byte on), as an iterator. The end is padded with zeros: the
/// test must not pass a byte followed by a zero, nor a zero.
pub(crate) struct PairPositions<'a, F> {
    bytes: &'a [u8],
    test: F,
    bits: BlockBits,
}

impl<'a, F: Fn(Chunk, Chunk) -> u32> PairPositions<'a, F> {
    pub(crate) fn new(bytes: &'a [u8], test: F) -> Self {
        PairPositions {
            bytes,
            test,
            bits: BlockBits::default(),
        }
    }
}

impl<F: Fn(Chunk, Chunk) -> u32> Iterator for PairPositions<'_, F> {
    type Item = usize;

    fn next(&mut self) -> Option<usize> {
        let (bytes, test) = (self.bytes, &self.test);
        self.bits.next(bytes.len(), |at| {
            // 65 bytes: the 64 of the block and the one after its last.
            padded_block(&bytes[at..], |block: &[u8; 65]| {
                let chunk = |from: usize| Chunk::load(block[from..from + 16].try_into().unwrap());
                let mut mask = 0;
                for k in 0..4 {
                    mask |= u64::from(test(chunk(16 * k), chunk(16 * k + 1))) << (16 * k);
                }
                mask
            })
        })
    }
}

/// The walk that [`Positions`] and [`PairPositions`] share: blocks of 64 offsets, each
/// described by a mask, handed out one set bit at a time.
#[derive(Default)]
struct BlockBits {
    /// Where the next block of 64 bytes starts.
    next: usize,
    /// Where the block that `mask` describes starts.
    base: usize,
    /// The block's passing bytes not returned yet, bit `k` for byte `base + k`.
    mask: u64,
}

impl BlockBits {
    /// The next offset below `len` whose bit is set, asking `block(at)` for the mask of each
    /// block of 64 bytes from `at` as the walk reaches it.
    fn next(&mut self, len: usize, block: impl Fn(usize) -> u64) -> Option<usize> {
        while self.mask == 0 {
            if self.next >= len {
                return None;
            }
            self.mask = block(self.next);
            self.base = self.next;
            self.next += 64;
        }
        let k = self.mask.trailing_zeros() as usize;
        self.mask &= self.mask - 1;
        Some(self.base + k)
    }
}

/// The bytes of the first sixty-four of `bytes` that `test` passes, bit `k` for byte `k`
/// (padded with zeros when fewer are left, which `test` must not pass): one step of
/// [`Positions`], for a caller that walks the blocks itself.
#[inline(always)]
pub(crate) fn block_mask(bytes: &[u8], test: impl Fn(Chunk) -> u32) -> u64 {
    padded_block(bytes, |block: &[u8; 64]| {
        let mut mask = 0;
        for k in 0..4 {
            let chunk = block[16 * k..16 * (k + 1)].try_into().unwrap();
            mask |= u64::from(test(Chunk::load(chunk))) << (16 * k);
        }
        mask
    })
}

/// `mask_of` the first `N` bytes of `rest`; when fewer are left, of a copy padded with
/// zeros (made once per block: padding each chunk apart cost a copy per chunk).
fn padded_block<const N: usize>(rest: &[u8], mask_of: impl Fn(&[u8; N]) -> u64) -> u64 {
    match rest.first_chunk::<N>() {
        Some(full) => mask_of(full),
        None => {
            let mut padded = [0u8; N];
            padded[..rest.len()].copy_from_slice(rest);
            mask_of(&padded)
        }
    }
}

/// Calls `visit` with each offset of `bytes` where `test` passes, in order, until `visit`
/// returns true. `test` gets the chunk at an offset and the chunk one byte on, so that it
/// can ask for pairs of bytes (far rarer than either byte alone); thirty-two offsets are
/// tested per step. The end is padded with zeros: `test` must not pass a byte followed by
/// a zero, nor a zero.
pub(crate) fn for_each_pair(
    bytes: &[u8],
    test: impl Fn(Chunk, Chunk) -> u32,
    mut visit: impl FnMut(usize) -> bool,
) {
    const STEP: usize = 32;
    let mask = |window: &[u8; STEP + 1]| {
        let chunk = |from: usize| Chunk::load(window[from..from + 16].try_into().unwrap());
        let low = test(chunk(0), chunk(1));
        let high = test(chunk(16), chunk(17));
        u64::from(low | high << 16)
    };
    let mut at = 0;
    while let Some(window) = bytes[at..].first_chunk::<{ STEP + 1 }>() {
        if swar::set_bits(mask(window)).any(|k| visit(at + k)) {
            return;
        }
        at += STEP;
    }
    let rest = &bytes[at..];
    let mut padded = [0u8; STEP + 1];
    padded[..rest.len()].copy_from_slice(rest);
    let _ = swar::set_bits(mask(&padded)).any(|k| visit(at + k));
}

/// Whether `bytes` are all ASCII: four chunks OR-ed into one and one mask asked of it per
/// sixty-four bytes, where `str::is_ascii` reads eight bytes at a time.
pub(crate) fn is_ascii(bytes: &[u8]) -> bool {
    if !ENABLED {
        return bytes.is_ascii();
    }
    let blocks = bytes.chunks_exact(64);
    let rest = blocks.remainder();
    for block in blocks {
        let c = |k: usize| Chunk::load(block[16 * k..16 * (k + 1)].try_into().unwrap());
        if c(0).or(c(1)).or(c(2)).or(c(3)).non_ascii() != 0 {
            return false;
        }
    }
    // The last chunk padded with zeros, which are ASCII.
    let chunks = rest.chunks_exact(16);
    let any = Chunk::load_padded(chunks.remainder(), 0);
    chunks
        .fold(any, |any, c| any.or(Chunk::load(c.try_into().unwrap())))
        .non_ascii()
        == 0
}

impl Chunk {
    /// [`Chunk::pairs_folded`] kept in the vector: the verdicts of several chunks OR-ed
    /// before one mask, for scans where most blocks hold no pair.
    pub fn lanes_pairs_folded(self, next: Chunk, pairs: &[[u8; 2]]) -> Lanes {
        let fold = i8x16::splat(0x20);
        let (this, next) = (self.0 | fold, next.0 | fold);
        let mut any = i8x16::splat(0);
        for &[a, b] in pairs {
            any |= this.cmp_eq(i8x16::splat(a as i8)) & next.cmp_eq(i8x16::splat(b as i8));
        }
        Lanes(any)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::swar;

    /// Runs `simd` and the SWAR test `reference` on every byte value in every lane.
    fn agrees(simd: impl Fn(Chunk) -> u32, reference: impl Fn(u64) -> u64) {
        for b in 0..=255u8 {
            for lane in 0..16 {
                let mut bytes: [u8; 16] = std::array::from_fn(|k| (k as u8).wrapping_mul(37) ^ b);
                bytes[lane] = b;
                bytes[(lane + 1) % 16] = b.wrapping_add(1);
                bytes[(lane + 15) % 16] = b.wrapping_sub(1);
                let m = simd(Chunk::load(&bytes));
                let low = reference(swar::load(&bytes[..8]));
                let high = reference(swar::load(&bytes[8..]));
                // Both SWAR masks as one: bit 8k+7 of the pair is byte k's verdict.
                let want = u128::from(low) | u128::from(high) << 64;
                for (k, v) in bytes.iter().enumerate() {
                    let expect = (want >> (8 * k + 7) & 1) as u32;
                    assert_eq!(m >> k & 1, expect, "byte {v:#x} in lane {k}");
                }
                assert_eq!(m >> 16, 0);
            }
        }
    }

    /// `is_ascii` against the standard library's, with one non-ASCII byte at every offset
    /// of texts crossing the 64- and 16-byte blocks.
    #[test]
    fn is_ascii_agrees_with_std() {
        for len in 0..200 {
            let text: Vec<u8> = (0..len).map(|k| b'a' + (k % 26) as u8).collect();
            assert!(is_ascii(&text));
            for at in 0..len {
                for b in [0x80, 0xc3, 0xff] {
                    let mut odd = text.clone();
                    odd[at] = b;
                    assert_eq!(is_ascii(&odd), odd.is_ascii(), "{len} {at}");
                }
            }
        }
    }

    #[test]
    fn masks_match_the_swar_tests() {
        agrees(|c| c.eq(b' '), |x| swar::eq(x, b' '));
        agrees(|c| c.eq(0xe2), |x| swar::eq(x, 0xe2));
        agrees(|c| c.eq(0), swar::zero);
        agrees(Chunk::non_ascii, |x| x & swar::HIGH);
        agrees(Chunk::utf8_leads, |x| x & (x << 1) & swar::HIGH);
        agrees(|c| c.ascii_below(0x20), |x| swar::ascii_below(x, 0x20));
        agrees(|c| c.lanes_json_escapes().mask(), crate::json::escapes);
        agrees(|c| c.ascii_below(0x80), |x| swar::ascii_below(x, 0x80));
        agrees(|c| c.ascii_below(1), |x| swar::ascii_below(x, 1));
        agrees(
            |c| c.ascii_between(9, 13),
            |x| swar::ascii_below(x, 14) & !swar::ascii_below(x, 9),
        );
        agrees(Chunk::ascii_letters, swar::ascii_letters);
        agrees(
            |c| c.eq_folded(b'v'),
            |x| swar::eq(x, b'v') | swar::eq(x, b'V'),
        );
        agrees(|c| c.eq_folded(b' '), |x| swar::eq(x, b' ') | swar::zero(x));
        // The larger byte is unsigned: a space only beside a space or ASCII below it.
        let spaces = Chunk::load(&[b' '; 16]);
        agrees(|c| c.max(spaces).eq(b' '), |x| swar::ascii_below(x, 0x21));
        agrees(
            |c| c.below_non_ascii_or_letter(0x20, b'v'),
            |x| swar::ascii_below(x, 0x20) | x & swar::HIGH | swar::eq(x, b'v') | swar::eq(x, b'V'),
        );
    }

    #[test]
    fn short_chunks_are_padded() {
        let c = Chunk::load_padded(b"a b", b' ');
        assert_eq!(c.eq(b' '), 0xfffa);
        assert_eq!(Chunk::load_padded(b"", 0).eq(0), 0xffff);
    }

    #[test]
    fn positions_agree_with_memchr() {
        let mut samples: Vec<String> = (0..200)
            .map(|n| {
                (0..n)
                    .map(|k| ['a', 'c', 'C', '\n', ' ', 'P', 'é'][(k * 7 + n) % 7])
                    .collect()
            })
            .collect();
        samples.push("pdf icon PDF 268 KB".into());
        for s in &samples {
            let b = s.as_bytes();
            let simd: Vec<usize> = Positions::new(b, |c| c.eq(b'c') | c.eq(b'C')).collect();
            assert_eq!(
                simd,
                memchr::memchr2_iter(b'c', b'C', b).collect::<Vec<_>>(),
                "{s:?}"
            );
            let simd: Vec<usize> = Positions::new(b, |c| c.eq(b'\n')).collect();
            assert_eq!(
                simd,
                memchr::memchr_iter(b'\n', b).collect::<Vec<_>>(),
                "{s:?}"
            );
        }
    }

    /// Both pair walkers against `windows(2)`: a byte 'c' or 'C' followed by 'o', on texts
    /// of every length across the 32- and 64-byte steps and their padded ends, then many of
    /// 130 pieces (a pair across a block's edge is likely in some).
    #[test]
    fn pair_positions_agree_with_a_window_scan() {
        let test = |c: Chunk, next: Chunk| (c.eq(b'c') | c.eq(b'C')) & next.eq(b'o');
        let mut seed = 7;
        for n in (0..200).chain([0; 300].map(|_| 130)) {
            let s = crate::test_text::lcg_text(&["c", "o", "C", " ", "x", "é"], n, &mut seed);
            let b = s.as_bytes();
            let by_windows: Vec<usize> = (0..b.len().saturating_sub(1))
                .filter(|&i| matches!(b[i], b'c' | b'C') && b[i + 1] == b'o')
                .collect();
            let iterated: Vec<usize> = PairPositions::new(b, test).collect();
            assert_eq!(iterated, by_windows, "{s:?}");
            let mut visited = Vec::new();
            for_each_pair(b, test, |at| {
                visited.push(at);
                false
            });
            assert_eq!(visited, by_windows, "{s:?}");
        }
    }
}
