//! Outline labels before a heading, as North American agendas number their items: Roman
//! numerals ("I. CALL TO ORDER", "IV) NEW BUSINESS"), capital letters ("A. Call to Order"),
//! and numbers with or without a dot ("1.0 CALL TO ORDER", "3 ROLL CALL"). The label is the
//! item's number, the text after it its title.

use crate::text::space_len;

/// The outline label `text` starts with (without its dot or bracket), and where the text
/// after it starts. A letter or numeral needs its '.' or ')' ("A new park" has none); a
/// number may stand alone before the space, or before a colon. A Roman numeral must be one as written
/// ("IIII." is not).
pub(crate) fn outline_label(text: &str) -> Option<(&str, usize)> {
    let b = text.as_bytes();
    let first = *b.first()?;
    let end = if first.is_ascii_digit() {
        number_end(b)?
    } else if first.is_ascii_uppercase() {
        let roman = b.iter().take(7).take_while(|c| is_numeral(**c)).count();
        if roman > 1 && roman < 7 && roman_value(&b[..roman]).is_some() {
            roman
        } else {
            1
        }
    } else {
        return None;
    };
    let mark = match b.get(end) {
        Some(b'.' | b')') => 1,
        // "2: Roll Call"; "7:30 p.m." has no space after its colon.
        Some(b':') if first.is_ascii_digit() => 1,
        _ if first.is_ascii_digit() => 0,
        _ => return None,
    };
    let gap = space_len(text.get(end + mark..)?);
    let title = end + mark + gap;
    (gap > 0 && title < text.len()).then(|| (&text[..end], title))
}

/// [`outline_label`], after an "Item" that may stand before a number ("ITEM 1 - CALL TO
/// ORDER"), and past a dash or colon between the label and the title ("1 - Roll Call").
pub(crate) fn heading_label(text: &str) -> Option<(&str, usize)> {
    let word = if crate::text::starts_with_folded(text, "item ") {
        5
    } else {
        0
    };
    let rest = text.get(word..)?;
    let (label, at) = outline_label(rest)?;
    if word > 0 && !label.as_bytes().first().is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let mut at = word + at;
    let after = &text[at..];
    if let Some(dash) = ["- ", "\u{2013} ", "\u{2014} ", ": "]
        .iter()
        .find(|d| after.starts_with(**d))
    {
        at += dash.len() + space_len(&after[dash.len()..]);
    }
    (at < text.len()).then_some((label, at))
}

/// The value of an outline label: a number's first run of digits, a Roman numeral's value,
/// or a single letter's place in the alphabet ("A" 1, "I" 9: a lone "I" is read as the
/// numeral only where `letters` is false, that is, where the outline does not count by
/// letters).
pub(crate) fn label_value(label: &str, letters: bool) -> Option<u32> {
    let b = label.as_bytes();
    match b {
        [first, ..] if first.is_ascii_digit() => Some(
            b.iter()
                .take_while(|c| c.is_ascii_digit())
                .fold(0u32, |v, &c| v * 10 + u32::from(c - b'0')),
        ),
        [letter] if letters || !is_numeral(*letter) => Some(u32::from(letter - b'A') + 1),
        _ => roman_value(b),
    }
}

/// Whether a label counts by letters: a single capital that is no Roman numeral, or "A".
pub(crate) fn is_letter_label(label: &str) -> bool {
    matches!(label.as_bytes(), [c] if c.is_ascii_uppercase() && !is_numeral(*c))
}

/// Digits (one to three), then an optional '.' and one or two digits ("1.0", "12.3").
fn number_end(b: &[u8]) -> Option<usize> {
    let digits = b.iter().take(4).take_while(|c| c.is_ascii_digit()).count();
    if digits > 3 {
        return None;
    }
    let minor = match b.get(digits) {
        Some(b'.') => b[digits + 1..]
            .iter()
            .take(3)
            .take_while(|c| c.is_ascii_digit())
            .count(),
        _ => 0,
    };
    match minor {
        0 => Some(digits),
        1 | 2 => Some(digits + 1 + minor),
        _ => None,
    }
}

/// The Roman numerals an outline uses (up to 89: no agenda runs longer).
fn is_numeral(c: u8) -> bool {
    matches!(c, b'I' | b'V' | b'X' | b'L')
}

/// The value of a Roman numeral written the standard way ("IV", not "IIII"), else `None`.
fn roman_value(b: &[u8]) -> Option<u32> {
    let digit = |c: u8| match c {
        b'I' => Some(1i64),
        b'V' => Some(5),
        b'X' => Some(10),
        b'L' => Some(50),
        _ => None,
    };
    let mut total = 0i64;
    for (k, &c) in b.iter().enumerate() {
        let v = digit(c)?;
        // A numeral before a greater one is taken away ("IV" is 4).
        match b.get(k + 1).copied().map(digit) {
            Some(Some(next)) if next > v => total -= v,
            _ => total += v,
        }
    }
    let total = u32::try_from(total)
        .ok()
        .filter(|&t| (1..90).contains(&t))?;
    (roman(total).as_bytes() == b).then_some(total)
}

/// `n` (1 to 89) as a Roman numeral.
fn roman(mut n: u32) -> String {
    let mut out = String::new();
    for (value, numeral) in [
        (50, "L"),
        (40, "XL"),
        (10, "X"),
        (9, "IX"),
        (5, "V"),
        (4, "IV"),
        (1, "I"),
    ] {
        while n >= value {
            out.push_str(numeral);
            n -= value;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_of_outline_headings() {
        for (text, label, title) in [
            ("I. CALL TO ORDER", "I", "CALL TO ORDER"),
            ("IV) NEW BUSINESS", "IV", "NEW BUSINESS"),
            ("XII.  ADJOURNMENT", "XII", "ADJOURNMENT"),
            ("A. Call to Order", "A", "Call to Order"),
            ("C. ROLL CALL", "C", "ROLL CALL"),
            ("1.0 CALL TO ORDER", "1.0", "CALL TO ORDER"),
            ("3 ROLL CALL", "3", "ROLL CALL"),
            ("12. Finance", "12", "Finance"),
            ("5) Minutes", "5", "Minutes"),
            ("2: Roll Call", "2", "Roll Call"),
        ] {
            let got = outline_label(text).map(|(l, at)| (l, &text[at..]));
            assert_eq!(got, Some((label, title)), "{text:?}");
        }
        for text in [
            "A NEW PARK",
            "IIII. ROLL CALL",
            "VX. ROLL CALL",
            "AB. ROLL CALL",
            "I.",
            "1.",
            "2025 BUDGET",
            "25.01.2025 MEETING",
            "THE COUNCIL",
            "Ia. x",
            "7:30 PM MEETING",
        ] {
            assert_eq!(outline_label(text), None, "{text:?}");
        }
    }

    #[test]
    fn labels_after_item_and_before_a_dash() {
        for (text, label, title) in [
            ("ITEM 1 - CALL TO ORDER", "1", "CALL TO ORDER"),
            ("Item 2: Roll Call", "2", "Roll Call"),
            ("3 \u{2013} Roll Call", "3", "Roll Call"),
            ("IV. NEW BUSINESS", "IV", "NEW BUSINESS"),
        ] {
            let got = heading_label(text).map(|(l, at)| (l, &text[at..]));
            assert_eq!(got, Some((label, title)), "{text:?}");
        }
        for text in ["ITEM A. X", "ITEMS 1 X", "Item"] {
            assert_eq!(heading_label(text), None, "{text:?}");
        }
    }

    #[test]
    fn label_values() {
        assert_eq!(label_value("I", false), Some(1));
        assert_eq!(label_value("I", true), Some(9));
        assert_eq!(label_value("IX", false), Some(9));
        assert_eq!(label_value("XLIV", false), Some(44));
        assert_eq!(label_value("C", false), Some(3));
        assert_eq!(label_value("2.0", false), Some(2));
        assert!(is_letter_label("A"));
        assert!(!is_letter_label("I"));
        for n in 1..90 {
            assert_eq!(roman_value(roman(n).as_bytes()), Some(n));
        }
    }
}
