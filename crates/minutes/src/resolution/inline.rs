//! Resolutions listed inside one paragraph: "RESOLVED: (a) to support the application;
//! (b) to write to the applicant." counts two, as the same list set out a line an entry does.
//!
//! A mark counts only in a run that starts at "(1)", "(a)" or "(i)" and goes on in order,
//! each mark at a word start after a space, with words of its own after it: references such
//! as "section 106(1)", "Minute 12(a)" or "options (a) and (b)" are no list. The first
//! mark stands near the start, where a list opens.

use crate::{lexer, simd};

/// The most marks a run is read to: lists are short.
const MOST_MARKS: usize = 16;

/// One mark of a run: where it starts and where the text after it starts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Mark<'t> {
    /// The label as written, without its brackets ("2", "b", "ii").
    pub label: &'t str,
    pub at: usize,
    pub text_at: usize,
}

/// The closing brackets among the first sixty-four bytes of `text`, bit `k` for byte `k`:
/// where the first mark of a run ("(1)" or "1)") may end. Most resolutions hold none there, and one vector test
/// turns them away (a byte search cost some eighty instructions a resolution, most of them
/// its setting up).
#[inline(always)]
pub(super) fn first_brackets(text: &str) -> u64 {
    simd::block_mask(text.as_bytes(), |c| c.eq(b')'))
}

/// The marks of the inline run in `text`, when it holds one of at least two marks. The first
/// stands within the text's first sixty-four bytes: a list opens the resolution or follows a
/// short lead-in ("that the Committee"), so the rest of a long text is not searched for it.
pub(super) fn run(text: &str) -> Option<Vec<Mark<'_>>> {
    let bytes = text.as_bytes();
    let mut firsts = first_brackets(text);
    let mut marks: Vec<Mark> = Vec::new();
    let mut kind = None;
    while firsts != 0 && kind.is_none() {
        let close = firsts.trailing_zeros() as usize;
        firsts &= firsts - 1;
        if let Some((at, mark)) = mark_closed_at(text, close) {
            kind = first_kind(mark.label).filter(|_| !after_reference(&text[..at]));
            if kind.is_some() {
                marks.push(mark);
            }
        }
    }
    let (kind, first) = (kind?, marks.first()?.text_at);
    let mut from = first;
    while let Some(close) = next_close(bytes, from) {
        from = close + 1;
        let (Some((at, mark)), Some(last)) = (mark_closed_at(text, close), marks.last()) else {
            continue;
        };
        let next = ordinal(last.label, kind).map(|n| n + 1);
        if ordinal(mark.label, kind) != next {
            continue;
        }
        if !has_words(&text[last.text_at..at], 2) {
            break;
        }
        marks.push(mark);
        if marks.len() == MOST_MARKS {
            break;
        }
    }
    let last = marks.last()?;
    (marks.len() >= 2 && has_words(&text[last.text_at..], 2)).then_some(marks)
}

/// The next ")" in `bytes` from `from`.
fn next_close(bytes: &[u8], from: usize) -> Option<usize> {
    memchr::memchr(b')', bytes.get(from..)?).map(|i| from + i)
}

/// The list mark that the ")" at `close` ends, with where it starts: up to four letters or
/// digits before it, and the "(" before them if there is one.
fn mark_closed_at(text: &str, close: usize) -> Option<(usize, Mark<'_>)> {
    let bytes = text.as_bytes();
    let label = bytes
        .get(close.saturating_sub(4)..close)?
        .iter()
        .rev()
        .take_while(|b| b.is_ascii_alphanumeric())
        .count();
    let mut at = close.checked_sub(label).filter(|_| label > 0)?;
    if at > 0 && bytes.get(at - 1) == Some(&b'(') {
        at -= 1;
    }
    mark_at(text, at).map(|mark| (at, mark))
}

/// A list mark at `at`: at the start or after a space, a label of a number, a roman number
/// or a letter, in brackets or before a ")", then a space and a word.
fn mark_at(text: &str, at: usize) -> Option<Mark<'_>> {
    let bytes = text.as_bytes();
    if at > 0 && bytes.get(at - 1) != Some(&b' ') {
        return None;
    }
    let rest = text.get(at..)?;
    let (label, after) = lexer::paren_number(rest)?;
    // "(a) to", not "(a)." or "(a), which": the mark opens an entry.
    let spaced = after
        .checked_sub(1)
        .and_then(|end| rest.as_bytes().get(end))
        .is_some_and(|&b| b != b')');
    if !spaced || !rest[after..].starts_with(|c: char| c.is_alphanumeric()) {
        return None;
    }
    Some(Mark {
        label,
        at,
        text_at: at + after,
    })
}

/// The kinds of marks a run may be numbered in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Kind {
    Number,
    Letter,
    Roman,
}

/// The kind of run a first mark opens: "1", "a" or "i".
pub(super) fn first_kind(label: &str) -> Option<Kind> {
    match label {
        "1" => Some(Kind::Number),
        "a" => Some(Kind::Letter),
        "i" => Some(Kind::Roman),
        _ => None,
    }
}

/// The roman numbers a label of at most four letters can write, in order from one.
const ROMAN: [&str; 17] = [
    "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv",
    "xvi", "xvii",
];

/// Whether `label` is a single lower-case letter or a roman number in lower case.
pub(super) fn is_letter_or_roman(label: &str) -> bool {
    matches!(*label.as_bytes(), [c] if c.is_ascii_lowercase()) || ROMAN.contains(&label)
}

/// The place of `label` in a run of `kind`, counted from one.
pub(super) fn ordinal(label: &str, kind: Kind) -> Option<u32> {
    let place = match kind {
        Kind::Number => return label.parse().ok(),
        Kind::Letter => match *label.as_bytes() {
            [c] if c.is_ascii_lowercase() => usize::from(c - b'a'),
            _ => return None,
        },
        Kind::Roman => ROMAN.iter().position(|r| *r == label)?,
    };
    u32::try_from(place + 1).ok()
}

/// Words a reference's number or letter follows ("section 106 (1)", "paragraph (a)"): a
/// first mark after one of them, or after a number, opens no list.
const REFERENCE_WORDS: [&str; 13] = [
    "section",
    "paragraph",
    "para",
    "clause",
    "regulation",
    "article",
    "schedule",
    "rule",
    "minute",
    "item",
    "appendix",
    "part",
    "option",
];

/// Whether `before` (the text before a first mark) ends with a reference word (or its
/// plural) or a number.
fn after_reference(before: &str) -> bool {
    let word = before.trim_end().rsplit(' ').next().unwrap_or("");
    let word = word.trim_end_matches(['.', ',']);
    if word.ends_with(|c: char| c.is_ascii_digit() || c == ')') {
        return true;
    }
    let singular = word
        .strip_suffix('s')
        .filter(|w| w.len() > 1)
        .unwrap_or(word);
    REFERENCE_WORDS
        .iter()
        .any(|r| r.eq_ignore_ascii_case(singular) || r.eq_ignore_ascii_case(word))
}

/// Whether `text` holds at least `n` words.
fn has_words(text: &str, n: usize) -> bool {
    text.split_whitespace().nth(n - 1).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn labels(text: &str) -> Vec<&str> {
        run(text).map_or(Vec::new(), |m| m.iter().map(|m| m.label).collect())
    }

    #[test]
    fn runs_in_order_at_word_starts() {
        assert_eq!(
            labels("(a) to support the application; (b) to write to the applicant."),
            ["a", "b"]
        );
        assert_eq!(
            labels("(1) to support the application and (2) to write to the applicant."),
            ["1", "2"]
        );
        assert_eq!(
            labels("1) to support the application; 2) to write to the applicant."),
            ["1", "2"]
        );
        assert_eq!(
            labels("a) to support the application; (b) to write to the applicant."),
            ["a", "b"]
        );
        assert_eq!(
            labels("that (i) the plan be noted, (ii) the Clerk write and (iii) the file close."),
            ["i", "ii", "iii"]
        );
        // Letters past "h" after "(h)" are letters, not roman numbers.
        let letters: String = ('a'..='j')
            .map(|c| format!("({c}) entry number {c}; "))
            .collect();
        assert_eq!(labels(&letters).len(), 10);
        // A mark out of order is passed over.
        assert_eq!(
            labels("(1) to support the plan (see (3) below) and (2) to write to them."),
            ["1", "2"]
        );
    }

    #[test]
    fn references_are_no_run() {
        for text in [
            "that the application under section 106(1) and 106(2) be supported.",
            "to note Minute 12(a) and support the application.",
            "that options (a) and (b) be adopted.",
            "under section 106 (1) and the Act (2) of the Council.",
            "that paragraphs (1) and (2) of the report be agreed by all.",
            "(1) to support the application.",
            "that the plan (a) be noted.",
            "(b) to support the application; (c) to write.",
            "(a) to support the application; (b).",
            "",
            "(",
            "( (a) x (b",
            "x1) to support the plan; x2) to write to them.",
            "smile :) to support the plan; 2) to write to them.",
            ")",
            // A first mark past the lead-in.
            "that the Council, having considered the report and the appendices, (a) support the plan; (b) write to them.",
        ] {
            assert_eq!(labels(text), Vec::<&str>::new(), "{text:?}");
        }
    }

    #[test]
    fn ordinals_by_kind() {
        assert_eq!(ordinal("12", Kind::Number), Some(12));
        assert_eq!(ordinal("c", Kind::Letter), Some(3));
        assert_eq!(ordinal("i", Kind::Letter), Some(9));
        assert_eq!(ordinal("iv", Kind::Roman), Some(4));
        assert_eq!(ordinal("xvii", Kind::Roman), Some(17));
        assert_eq!(ordinal("ab", Kind::Letter), None);
        assert_eq!(ordinal("vx", Kind::Roman), None);
    }
}
