//! Word-at-a-time byte classification ("SIMD within a register"): eight bytes of text are
//! tested per step with plain `u64` arithmetic, which is portable (WebAssembly included),
//! safe, and several times cheaper than a byte loop on the long runs of prose minutes carry.
//!
//! Each function returns a mask with the high bit of every byte that passes the test set
//! and every other bit clear. Bytes are numbered from the least significant end, so byte
//! `k` of a chunk is bit `8 * k + 7` of the mask.

/// The high bit of every byte.
pub(crate) const HIGH: u64 = 0x8080_8080_8080_8080;
const LOW7: u64 = 0x7f7f_7f7f_7f7f_7f7f;
const ONES: u64 = 0x0101_0101_0101_0101;

/// The positions of the set bits of `mask`, lowest first: for walking a set of candidates
/// (phrases, labels, byte offsets) kept as bits.
pub(crate) fn set_bits(mut mask: u64) -> impl Iterator<Item = usize> {
    std::iter::from_fn(move || {
        let k = mask.trailing_zeros() as usize;
        mask &= mask.wrapping_sub(1);
        (k < 64).then_some(k)
    })
}

/// The first four and the last four bytes of `bytes` (four to eight of them: the halves
/// overlap below eight) as one little-endian word, for tests where a byte seen twice answers
/// the same twice. Fewer than four bytes read as zero.
#[inline]
pub(crate) fn ends(bytes: &[u8]) -> u64 {
    let n = bytes.len();
    if n < 4 {
        return 0;
    }
    let half = |four: &[u8]| u64::from(u32::from_le_bytes(four.try_into().unwrap_or([0; 4])));
    half(&bytes[..4]) | half(&bytes[n - 4..]) << 32
}

/// `bytes` (at most eight) as a little-endian word, zero-padded.
pub(crate) fn load(bytes: &[u8]) -> u64 {
    load_padded(bytes, 0)
}

/// `bytes` (at most eight) as a little-endian word, padded with `fill`: a byte the caller's
/// tests pass over, so a short last chunk needs no mask of its own.
pub(crate) fn load_padded(bytes: &[u8], fill: u8) -> u64 {
    match <[u8; 8]>::try_from(bytes) {
        Ok(word) => u64::from_le_bytes(word),
        // Byte by byte: a copy of a few bytes would be a call to `memcpy`.
        Err(_) => bytes
            .iter()
            .take(8)
            .enumerate()
            .fold(ONES * u64::from(fill), |word, (k, &b)| {
                let shift = 8 * k;
                word & !(0xff << shift) | u64::from(b) << shift
            }),
    }
}

/// Bytes equal to `b`. Exact: no byte is reported that does not match.
pub(crate) fn eq(x: u64, b: u8) -> u64 {
    zero(x ^ (ONES * u64::from(b)))
}

/// Bytes that are zero. Exact: adding 0x7f to the low seven bits sets a byte's high bit
/// exactly when those bits are not all zero, and never carries into the next byte.
pub(crate) fn zero(x: u64) -> u64 {
    !(((x & LOW7) + LOW7) | x) & HIGH
}

/// ASCII bytes below `n` (`n` at most 0x80).
pub(crate) fn ascii_below(x: u64, n: u8) -> u64 {
    // 0x80 - n added to the low seven bits reaches the high bit exactly when the byte is at
    // least n; no carry leaves the byte.
    let at_least = (x & LOW7) + ONES * u64::from(0x80 - n);
    !at_least & !x & HIGH
}

/// ASCII letters, either case.
pub(crate) fn ascii_letters(x: u64) -> u64 {
    // Folding case maps A-Z onto a-z; the low seven bits then decide: at least 'a' and
    // below '{'.
    let y = (x | 0x2020_2020_2020_2020) & LOW7;
    let at_least_a = y + ONES * 0x1f;
    let at_least_brace = y + ONES * 0x05;
    at_least_a & !at_least_brace & !x & HIGH
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn set_bits_walks_every_set_bit_lowest_first() {
        let bits = |mask: u64| set_bits(mask).collect::<Vec<_>>();
        assert_eq!(bits(0), Vec::<usize>::new());
        assert_eq!(bits(0b1010_0001), [0, 5, 7]);
        assert_eq!(bits(1 << 63 | 1 << 31), [31, 63]);
        assert_eq!(bits(u64::MAX), (0..64).collect::<Vec<_>>());
    }

    #[test]
    fn short_loads_are_padded() {
        let bytes = [0x41, 0x00, 0xff, 0x80, 0x20, 0x7f, 0x01, 0xfe, 0x33];
        for n in 0..=bytes.len() {
            for fill in [0, b'x', 0xff] {
                let mut word = [fill; 8];
                let k = n.min(8);
                word[..k].copy_from_slice(&bytes[..k]);
                assert_eq!(
                    load_padded(&bytes[..n], fill),
                    u64::from_le_bytes(word),
                    "{n} {fill}"
                );
            }
        }
    }

    /// Runs `mask` on every byte value in every lane and compares with `expect`.
    fn agrees(mask: impl Fn(u64) -> u64, expect: impl Fn(u8) -> bool) {
        for b in 0..=255u8 {
            for lane in 0..8 {
                // The other lanes hold neighbouring values, to catch carries between bytes.
                let mut bytes = [
                    b.wrapping_add(1),
                    b.wrapping_sub(1),
                    0,
                    0xff,
                    b' ',
                    b,
                    0x7f,
                    0x80,
                ];
                bytes[lane] = b;
                let m = mask(load(&bytes));
                for (k, &v) in bytes.iter().enumerate() {
                    assert_eq!(
                        m >> (8 * k + 7) & 1 == 1,
                        expect(v),
                        "byte {v:#x} in lane {k}"
                    );
                }
                assert_eq!(m & !HIGH, 0);
            }
        }
    }

    #[test]
    fn masks_match_the_byte_tests() {
        agrees(|x| eq(x, b' '), |b| b == b' ');
        agrees(|x| eq(x, 0), |b| b == 0);
        agrees(|x| eq(x, 0xe2), |b| b == 0xe2);
        agrees(zero, |b| b == 0);
        agrees(|x| ascii_below(x, 0x20), |b| b < 0x20);
        agrees(|x| ascii_below(x, 0x80), |b| b < 0x80);
        agrees(ascii_letters, |b| b.is_ascii_alphabetic());
    }

    #[test]
    fn short_chunks_are_zero_padded() {
        assert_eq!(load(b"ab"), u64::from(b'a') | u64::from(b'b') << 8);
        assert_eq!(load(b""), 0);
        assert_eq!(load_padded(b"a", b'x'), u64::from_le_bytes(*b"axxxxxxx"));
    }

    #[test]
    fn ends_are_the_first_and_last_four_bytes() {
        assert_eq!(ends(b"abcd"), u64::from_le_bytes(*b"abcdabcd"));
        assert_eq!(ends(b"abcdef"), u64::from_le_bytes(*b"abcdcdef"));
        assert_eq!(ends(b"abcdefgh"), u64::from_le_bytes(*b"abcdefgh"));
        assert_eq!(ends(b"abcdefghij"), u64::from_le_bytes(*b"abcdghij"));
        assert_eq!(ends(b"abc"), 0);
    }
}
