//! The physical limits the parser is measured against.
//!
//! Any parser of line-oriented text must at least find every line break; these are the
//! cheapest honest ways to do that, so their bytes/s bound what parsing can reach.

/// Splits `text` into lines with `memchr` and touches every line (its length and first
/// byte), so the work cannot be skipped. Returns a checksum.
pub fn memchr_lines(text: &str) -> usize {
    let bytes = text.as_bytes();
    let touch = |sum: usize, line: &[u8]| {
        sum.wrapping_add(line.len() + line.first().map_or(0, |&b| b as usize))
    };
    let mut start = 0;
    let mut sum = 0usize;
    for end in memchr::memchr_iter(b'\n', bytes) {
        sum = touch(sum, &bytes[start..end]);
        start = end + 1;
    }
    touch(sum, &bytes[start..])
}

/// Copies every line into its own `String`, the cost a naive line-based parser pays
/// before doing anything else. Returns a checksum.
pub fn owned_lines(text: &str) -> usize {
    text.lines()
        .map(str::to_owned)
        .fold(0usize, |sum, line| sum.wrapping_add(line.len()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn baselines_see_every_line() {
        // "a": 1 + 'a'; "": 0; "bc": 2 + 'b'.
        assert_eq!(memchr_lines("a\n\nbc"), 1 + 97 + 2 + 98);
        assert_eq!(memchr_lines(""), 0);
        assert_eq!(owned_lines("a\n\nbc\n"), 3);
    }
}
