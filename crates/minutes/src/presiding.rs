//! The chair a sentence of the minutes names, where no list marks one: "Mayor Ruiz
//! presided", "... with Mayor Ruiz presiding", "Cllr A Hale took the chair", "In the absence
//! of the Chair, Cllr B Ives chaired the meeting", "The meeting was chaired by Cllr B Ives".
//! North American minutes state their chair so; British ones where the usual chair is away.

use compact_str::CompactString;

use crate::model::{Attendance, Item, Person};
use crate::people;
use crate::simd;
use crate::text::ci_at;

/// How far before the list of members present a sentence that names the chair is looked
/// for ("The Council met with Mayor Ruiz presiding." above the roll).
const BEFORE_THE_LIST: usize = 512;

/// How far after the list it is looked for: the lines after it and the first item ("Call
/// to order", "Election of a chair for the meeting"), not the whole minutes, where a chair
/// of another body may be named.
const AFTER_THE_LIST: usize = 1024;

/// How far before its phrase the person is looked for: a sentence's length.
const LOOK_BACK: usize = 200;

/// How far after its phrase the person is read.
const LOOK_AHEAD: usize = 120;

/// Sets the chair from the first sentence near the list of members present (and before
/// `end`, where the minutes' first items end) that names one, when no list marked one: the
/// member present of that name takes the role, and is the chair.
pub(crate) fn chair_from_prose(input: &str, end: usize, at: &mut Attendance) {
    let (Some(first), Some(last)) = (at.present.first(), at.present.last()) else {
        return;
    };
    // Before the list, then after it (the list itself marks no chair, or this is not asked).
    let list = (first.span.start, last.span.end.max(first.span.start));
    let before = (list.0.saturating_sub(BEFORE_THE_LIST), list.0);
    let after = (list.1, end.min(list.1.saturating_add(AFTER_THE_LIST)));
    let Some(mut chair) = [before, after].into_iter().find_map(|(from, to)| {
        let from = people::floor_boundary(input, from);
        let to = people::floor_boundary(input, to);
        input.get(from..to).and_then(|text| chair_in(text, from))
    }) else {
        return;
    };
    chair.role = Some(CompactString::const_new("Chair"));
    if let Some(member) = at.present.iter_mut().find(|p| p.name == chair.name) {
        member.role = Some(CompactString::const_new("Chair"));
        chair = member.clone();
    }
    at.chair = Some(chair);
}

/// The chair the heading of one of the first two items names (see [`chair_from_title`]).
/// Asked once a document, out of line: the parser's own loop is hot.
#[inline(never)]
pub(crate) fn chair_from_titles(items: &[Item]) -> Option<Person> {
    items.iter().take(2).find_map(|it| {
        // Every such heading ends in "r" (the last letter of "Chair"): most are turned away
        // by that byte.
        if it.title.as_bytes().last().is_none_or(|&b| b | 0x20 != b'r') {
            return None;
        }
        chair_from_title(&it.title, it.title_span.map_or(0, |s| s.start))
    })
}

/// The chair an item's heading names: ModernGov pages of full council meetings open with
/// an unnumbered row "Deputy Mayor A Hale in the Chair" where no list of those present is
/// given. `title` starts at `base` in the input.
fn chair_from_title(title: &str, base: usize) -> Option<Person> {
    const IN_THE_CHAIR: &str = " in the chair";
    let at = title.len().checked_sub(IN_THE_CHAIR.len())?;
    if !title.is_char_boundary(at) || !title[at..].eq_ignore_ascii_case(IN_THE_CHAIR) {
        return None;
    }
    let mut person = person_before(title, base, at)?;
    person.role = Some(CompactString::const_new("Chair"));
    Some(person)
}

/// The person the first sentence of `text` (at `base` in the input) that names a chair
/// names: "Mayor Ruiz presided", "with Mayor Ruiz presiding", "Cllr A Hale took the chair",
/// "Cllr A Hale chaired the meeting", "chaired by Cllr A Hale", "the chair was taken by
/// Cllr A Hale". Every phrase holds "presid" or "chair": one scan finds their "pr"s and
/// "ch"s, and most are turned away by the bytes after them.
fn chair_in(text: &str, base: usize) -> Option<Person> {
    let bytes = text.as_bytes();
    let named_at = |at: usize| match bytes[at] | 0x20 {
        b'p' => presided_at(text, base, at),
        _ => chaired_at(text, base, at),
    };
    if simd::ENABLED {
        simd::PairPositions::new(bytes, |a, b| {
            (a.eq_folded(b'p') & b.eq_folded(b'r')) | (a.eq_folded(b'c') & b.eq_folded(b'h'))
        })
        .find_map(named_at)
    } else {
        chair_in_by_bytes(text, base)
    }
}

/// [`chair_in`] without a vector unit, byte by byte: the reference the scan is tested
/// against.
fn chair_in_by_bytes(text: &str, base: usize) -> Option<Person> {
    let bytes = text.as_bytes();
    (0..bytes.len()).find_map(|at| match bytes[at] | 0x20 {
        b'p' => presided_at(text, base, at),
        b'c' => chaired_at(text, base, at),
        _ => None,
    })
}

/// The person before "presided" or "presiding" at `at`, if the word is there.
fn presided_at(text: &str, base: usize, at: usize) -> Option<Person> {
    let bytes = text.as_bytes();
    if !ci_at(bytes, b"presid", at, 0) || alnum_at(bytes, at.checked_sub(1)) {
        return None;
    }
    let stem_end = at + "presid".len();
    let ending = [&b"ed"[..], b"ing"]
        .into_iter()
        .find(|e| ci_at(bytes, e, stem_end, 0))?;
    if alnum_at(bytes, Some(stem_end + ending.len())) {
        return None;
    }
    person_before(text, base, at)
}

/// The person a phrase with "chair" at `at` names: before "took the chair", "take the
/// chair", "assumed the chair", "in the chair" and "chaired the meeting"; after "chaired by" and "chair was taken by".
fn chaired_at(text: &str, base: usize, at: usize) -> Option<Person> {
    let bytes = text.as_bytes();
    if !ci_at(bytes, b"chair", at, 0) || alnum_at(bytes, at.checked_sub(1)) {
        return None;
    }
    let after = at + "chair".len();
    let ends_with = |w: &[u8]| ci_at(bytes, w, after, 0) && !alnum_at(bytes, Some(after + w.len()));
    let took = "took the ".len();
    let assumed = "assumed the ".len();
    let in_the = "in the ".len();
    if !alnum_at(bytes, Some(after))
        && (ci_at(bytes, b"took the ", at, took) || ci_at(bytes, b"take the ", at, took))
    {
        person_before(text, base, at - took)
    } else if !alnum_at(bytes, Some(after)) && ci_at(bytes, b"in the ", at, in_the) {
        // "The meeting convened at 1:00 p.m. with Warden Hale in the chair." (Ontario).
        person_before(text, base, at - in_the)
    } else if !alnum_at(bytes, Some(after)) && ci_at(bytes, b"assumed the ", at, assumed) {
        // "In the absence of Mayor Ruiz, Deputy Mayor Hale assumed the Chair" (Ontario).
        person_before(text, base, at - assumed)
    } else if ends_with(b"ed the meeting") {
        person_before(text, base, at)
    } else if ends_with(b"ed by") || ends_with(b" was taken by") {
        let by = text[after..]
            .find(" by")
            .map_or(after, |b| after + b + " by".len());
        people::first_person(&text[by..], base + by, LOOK_AHEAD)
    } else {
        None
    }
}

/// Whether the byte at `i` (if any) is an ASCII letter or digit: a word goes on there.
fn alnum_at(bytes: &[u8], i: Option<usize>) -> bool {
    i.and_then(|i| bytes.get(i))
        .is_some_and(u8::is_ascii_alphanumeric)
}

/// The person whose name ends just before `at` in its sentence ("In the absence of the
/// Chair, Cllr B Ives" before "took the chair"; "met with Mayor Ruiz" before "presiding"),
/// or "was" before it ("Cllr B Ives was in the chair").
fn person_before(text: &str, base: usize, at: usize) -> Option<Person> {
    let from = people::floor_boundary(text, at.saturating_sub(LOOK_BACK));
    let window = &text[from..at];
    let &(s, _) = people::sentences(window).last()?;
    let mut clause = from + window[s..].rfind([',', ';']).map_or(s, |c| s + c + 1);
    let mut person = people::names_in_clause(&text[clause..at], base + clause).pop()?;
    // A name read from a word in lower case ("p.m. Mayor Ruiz" after "7:00 p.m."): the
    // name starts after that word (a few words at most).
    for _ in 0..3 {
        if !person.name.starts_with(|c: char| c.is_lowercase()) {
            break;
        }
        let start = person.span.start.checked_sub(base)?;
        clause = text[start..at]
            .find(char::is_whitespace)
            .map(|w| start + w)?;
        person = people::names_in_clause(&text[clause..at], base + clause).pop()?;
    }
    if person.name.starts_with(|c: char| c.is_lowercase()) {
        return None;
    }
    let between = text.get(person.span.end.checked_sub(base)?..at)?.trim();
    (between.is_empty() || between.eq_ignore_ascii_case("was")).then_some(person)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chair(text: &str) -> Option<String> {
        chair_in(text, 0).map(|p| p.name.to_string())
    }

    #[test]
    fn sentences_that_name_the_chair() {
        for (text, want) in [
            ("Mayor Ruiz presided.", "Mayor Ruiz"),
            (
                "The meeting was called to order at 7:00 p.m. Mayor Ruiz presided.",
                "Mayor Ruiz",
            ),
            (
                "The City Council met in regular session with Mayor Ruiz presiding.",
                "Mayor Ruiz",
            ),
            ("Councillor A Hale presided.", "A Hale"),
            ("Cllr A Hale took the chair.", "A Hale"),
            (
                "The meeting convened at 1:00 p.m. with Warden Hale in the chair.",
                "Warden Hale",
            ),
            (
                "In the absence of Mayor B Ives, Deputy Mayor Hale assumed the Chair.",
                "Deputy Mayor Hale",
            ),
            (
                "In the absence of the Chair, Cllr B Ives chaired the meeting.",
                "B Ives",
            ),
            (
                "In the absence of Mayor Ruiz, Council President Ames presided.",
                "Council President Ames",
            ),
            ("It was resolved that Cllr B Ives take the chair.", "B Ives"),
            ("The meeting was chaired by Cllr B Ives.", "B Ives"),
            (
                "Present: Cllrs A Hale and B Ives.\nCllr. J. Smith took the Chair.",
                "J. Smith",
            ),
        ] {
            assert_eq!(chair(text).as_deref(), Some(want), "{text:?}");
        }
    }

    #[test]
    fn sentences_that_name_no_chair() {
        for text in [
            "Council President Ames spoke.",
            "The Chairman presided.",
            "Cllr A Hale thanked Mayor Ruiz, who presided last year.",
            "Cllr A Hale said that the Presiding Officer had written.",
            "Presiding: ",
            "presided",
            "",
            "Cllr A Hale chaired the working group.",
        ] {
            assert_eq!(chair(text), None, "{text:?}");
        }
    }

    /// The scan for "pr" and "ch" finds what a look at every byte finds, wherever the
    /// phrases fall in the scan's chunks.
    #[test]
    fn the_scan_agrees_with_a_look_at_every_byte() {
        let pieces = [
            "Mayor Ruiz ",
            "presided",
            "PRESIDING",
            "took the Chair",
            " in the chair",
            " chaired the meeting",
            "chaired by Cllr B Ives",
            ". ",
            "Cllr A Hale",
            "p",
            "ch",
            "é",
            "\n",
        ];
        let mut texts = crate::test_text::joins_up_to(&pieces, 3);
        for pad in 0..40 {
            texts.push(format!("{}Cllr A Hale took the chair.", "x".repeat(pad)));
            texts.push(format!("{}Mayor Ruiz presided", "é ".repeat(pad / 2)));
        }
        for text in &texts {
            let name = |p: Option<Person>| p.map(|p| (p.name, p.span));
            assert_eq!(
                name(chair_in(text, 7)),
                name(chair_in_by_bytes(text, 7)),
                "{text:?}"
            );
        }
    }

    #[test]
    fn headings_that_name_the_chair() {
        let name = |t: &str| chair_from_title(t, 0).map(|p| p.name.to_string());
        assert_eq!(
            name("Deputy Mayor Anna Hale in the Chair").as_deref(),
            Some("Deputy Mayor Anna Hale")
        );
        assert_eq!(
            name("Councillor B Ives in the chair").as_deref(),
            Some("B Ives")
        );
        for t in [
            "Election of a Chair",
            "Minutes",
            "in the Chair",
            "Vote of thanks to the Chair",
        ] {
            assert_eq!(name(t), None, "{t:?}");
        }
    }

    /// The first sentence that names a chair wins, whichever phrase it uses.
    #[test]
    fn the_first_chair_named_wins() {
        let text = "Cllr B Ives took the chair. Later Cllr C Joss presided.";
        assert_eq!(chair(text).as_deref(), Some("B Ives"));
    }
}
