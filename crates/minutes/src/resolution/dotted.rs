//! Numbered entries run together in one resolution's text, "2." after a full stop or a
//! semicolon: "RESOLVED: 1. That Cabinet noted the report. 2. That Cabinet agreed ..."
//! (Merton's decisions), or "RESOLVED that Cabinet:- Supports the plan; and 2. Notes the
//! change." (Barnsley's, whose "1." the page lost). Each entry is a resolution.
//!
//! A mark counts only as the next number of a run from 2, after "." or ";" (and an "and")
//! and before a capital: "paragraph 2. The" and "£2. 50" are no entries.

/// The most entries read after the first: lists are short.
const MOST_MARKS: usize = 16;

/// Where each mark of the run in `text` starts ("2. That ...": the "2"), in order; empty
/// when the text holds none.
pub(super) fn marks(text: &str) -> Vec<(usize, usize)> {
    let b = text.as_bytes();
    let mut out = Vec::new();
    // Quick test: most resolutions hold no " 2. " (one searcher for all of them).
    static TWO: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(" 2. "));
    if TWO.find(b).is_none() {
        return out;
    }
    let mut from = 0;
    let mut n = 2usize;
    while out.len() < MOST_MARKS {
        let mut digits = [0u8; 2];
        let len = if n < 10 {
            digits[0] = b'0' + n as u8;
            1
        } else {
            digits = [b'0' + (n / 10) as u8, b'0' + (n % 10) as u8];
            2
        };
        let mut found = None;
        let mut at = from;
        while let Some(k) = memchr::memmem::find(&b[at..], &digits[..len]) {
            let d = at + k;
            if is_mark(b, d, len) {
                found = Some(d);
                break;
            }
            at = d + 1;
        }
        let Some(d) = found else {
            break;
        };
        out.push((d, d + len + 2));
        from = d + len + 2;
        n += 1;
    }
    out
}

/// Whether the digits at `d..d + len` are an entry's mark: a space before them after "." or
/// ";" (with an "and" between), a full stop, a space and a capital after them.
fn is_mark(b: &[u8], d: usize, len: usize) -> bool {
    let after = &b[d + len..];
    if !(after.starts_with(b". ") && after.get(2).is_some_and(u8::is_ascii_uppercase)) {
        return false;
    }
    let Some(before) = b[..d].strip_suffix(b" ") else {
        return false;
    };
    let before = before.strip_suffix(b" and").unwrap_or(before);
    matches!(before.last(), Some(b'.' | b';'))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn entries(text: &str) -> Vec<&str> {
        let m = marks(text);
        m.iter().map(|&(_, t)| &text[t..]).collect()
    }

    #[test]
    fn entries_after_full_stops_and_semicolons() {
        let t = "1. That the report be noted. 2. That the plan be agreed. 3. That the Clerk write.";
        assert_eq!(
            entries(t),
            [
                "That the plan be agreed. 3. That the Clerk write.",
                "That the Clerk write."
            ]
        );
        let t = "Supports the plan; and 2. Notes the change of format.";
        assert_eq!(entries(t), ["Notes the change of format."]);
    }

    #[test]
    fn references_and_amounts_are_no_entries() {
        for t in [
            "That the report at paragraph 2. The plan be noted.",
            "That the fee be £2. 50 a day.",
            "That the report be noted. 3. That the plan be agreed.",
            "That the report be noted. 2. the plan to follow.",
            "No marks here.",
        ] {
            assert!(marks(t).is_empty(), "{t:?}");
        }
    }
}
