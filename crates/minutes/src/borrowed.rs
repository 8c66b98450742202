//! Short texts the model borrows from fixed tables instead of allocating each time: item
//! and resolution numbers of one to three digits, and the usual attachment file kinds.
//!
//! Every allocation a document keeps is one more free when the caller drops it, and Python
//! drops `parse_many`'s documents serially on its own thread; item numbers alone were ~5 of
//! a shared document's ~63 kept allocations.

use std::borrow::Cow;

/// "000" to "999" back to back: a number of one to three digits is a slice of it, its
/// leading zeros included ("7" ends "007", "07" too, "64" ends "064").
const THREE_DIGITS: &str = {
    const BYTES: [u8; 3000] = {
        let mut out = [0u8; 3000];
        let mut n = 0;
        while n < 1000 {
            out[3 * n] = b'0' + (n / 100) as u8;
            out[3 * n + 1] = b'0' + (n / 10 % 10) as u8;
            out[3 * n + 2] = b'0' + (n % 10) as u8;
            n += 1;
        }
        out
    };
    match std::str::from_utf8(&BYTES) {
        Ok(text) => text,
        Err(_) => panic!("ASCII digits are UTF-8"),
    }
};

/// `number` as the model stores it: borrowed from [`THREE_DIGITS`] when it is one to three
/// ASCII digits (nearly every item and resolution number), otherwise allocated.
pub(crate) fn number_text(number: &str) -> Cow<'static, str> {
    let value = match *number.as_bytes() {
        [a] if a.is_ascii_digit() => digit(a),
        [a, b] if a.is_ascii_digit() && b.is_ascii_digit() => 10 * digit(a) + digit(b),
        [a, b, c] if a.is_ascii_digit() && b.is_ascii_digit() && c.is_ascii_digit() => {
            100 * digit(a) + 10 * digit(b) + digit(c)
        }
        _ => return Cow::Owned(number.to_string()),
    };
    let end = 3 * value + 3;
    Cow::Borrowed(&THREE_DIGITS[end - number.len()..end])
}

fn digit(b: u8) -> usize {
    usize::from(b - b'0')
}

/// The file kinds attachment markers name, lower case, most common first.
const FILE_KINDS: [&str; 12] = [
    "pdf", "doc", "docx", "xls", "xlsx", "ppt", "pptx", "rtf", "odt", "txt", "csv", "htm",
];

/// An attachment's file kind as written ("PDF"), lower case: borrowed when it is one of
/// [`FILE_KINDS`], otherwise allocated.
pub(crate) fn file_kind(written: &str) -> Cow<'static, str> {
    match FILE_KINDS
        .iter()
        .find(|kind| kind.eq_ignore_ascii_case(written))
    {
        Some(kind) => Cow::Borrowed(kind),
        None => Cow::Owned(written.to_ascii_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_of_up_to_three_digits_are_borrowed_as_written() {
        for n in 0..1000 {
            for written in [n.to_string(), format!("{n:02}"), format!("{n:03}")] {
                assert!(
                    matches!(number_text(&written), Cow::Borrowed(k) if k == written),
                    "{written}"
                );
            }
        }
        for other in [
            "", "a", "iv", "1000", "0001", "1a", "٣", "12.", " 1", "C 10/034",
        ] {
            assert!(
                matches!(number_text(other), Cow::Owned(k) if k == other),
                "{other}"
            );
        }
    }

    #[test]
    fn file_kinds_are_lower_case_and_usual_ones_borrowed() {
        for (written, kind) in [
            ("PDF", "pdf"),
            ("pdf", "pdf"),
            ("Docx", "docx"),
            ("XLS", "xls"),
        ] {
            assert!(matches!(file_kind(written), Cow::Borrowed(k) if k == kind));
        }
        for (written, kind) in [("MP4", "mp4"), ("Pd", "pd"), ("PDFX", "pdfx")] {
            assert!(matches!(file_kind(written), Cow::Owned(k) if k == kind));
        }
    }
}
