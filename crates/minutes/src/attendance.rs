//! Attendance: who was present, who sent apologies, who attended as an officer or guest, and
//! who substituted for whom. Read from the header's labelled sections ("Present:-",
//! "Apologies for absence:-", "In attendance:"), from a bare "Councillors A, B and C" line,
//! and from the minutes of the apologies and substitutes items.

use std::collections::HashSet;

use compact_str::CompactString;

use crate::lexer::{self, is_page_number, Line};
use crate::model::{Attendance, ItemKind, Person, Span, Substitution};
use crate::people;
use crate::simd;
use crate::text::{
    each_word_at_rare_bytes, find_ascii_ci, is_space, occurrences_ci, starts_with_ci,
    strip_suffix_ci,
};
use crate::triggers::{Scanned, Trigger};

/// What a labelled attendance section lists.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Section {
    Present,
    Apologies,
    InAttendance,
    /// "In the Chair: Cllr A Hale", "Chairman: Cllr A Hale": the chair, who heads the
    /// members present.
    Chair,
    /// Members of the public: not attendance of the body.
    Ignored,
    /// "Late: A Hale": members who came late, present too (after the list of those present).
    Late,
}

/// Labels in the order they are tried (longer ones first where one starts another).
const LABELS: [(&str, Section); 64] = [
    ("members of the public present", Section::Ignored),
    // North American: the body's members, the mayor among them, and who was absent
    // ("Regrets" in Ontario, "Excused" in many US minutes).
    ("council members present", Section::Present),
    ("councilmembers present", Section::Present),
    ("council members absent", Section::Apologies),
    ("councilmembers absent", Section::Apologies),
    ("councilors present", Section::Present),
    ("councilors absent", Section::Apologies),
    // Minnesota cities: "COUNCIL PRESENT: Mayor ..., Councilmembers ... ABSENT: ...".
    ("council present", Section::Present),
    ("council absent", Section::Apologies),
    // The members of commissions, boards and village boards.
    ("commissioners present", Section::Present),
    ("commissioners absent", Section::Apologies),
    ("board members present", Section::Present),
    ("board members absent", Section::Apologies),
    ("trustees present", Section::Present),
    ("trustees absent", Section::Apologies),
    ("aldermen present", Section::Present),
    ("aldermen absent", Section::Apologies),
    ("absent with notice", Section::Apologies),
    ("absent without notice", Section::Apologies),
    ("members excused", Section::Apologies),
    ("excused", Section::Apologies),
    ("regrets", Section::Apologies),
    ("presiding officer", Section::Chair),
    ("presiding", Section::Chair),
    ("also attending", Section::InAttendance),
    ("the following councillors were present", Section::Present),
    ("the following members were present", Section::Present),
    ("in the chair", Section::Chair),
    ("chairperson", Section::Chair),
    ("chairwoman", Section::Chair),
    ("chairman", Section::Chair),
    ("chair", Section::Chair),
    ("public present", Section::Ignored),
    ("council employees present", Section::InAttendance),
    ("officers in attendance", Section::InAttendance),
    ("also in attendance", Section::InAttendance),
    ("in attendance", Section::InAttendance),
    ("also present", Section::InAttendance),
    ("officers present", Section::InAttendance),
    ("staff present", Section::InAttendance),
    ("city staff", Section::InAttendance),
    ("officers", Section::InAttendance),
    ("apologies for absence received", Section::Apologies),
    ("apologies for absence", Section::Apologies),
    ("apologies received", Section::Apologies),
    ("apologies", Section::Apologies),
    ("absent", Section::Apologies),
    ("members absent", Section::Apologies),
    ("councillors absent", Section::Apologies),
    ("those present", Section::Present),
    ("those absent", Section::Apologies),
    ("members present", Section::Present),
    // South Hams: "Panel Members in attendance:" over its members, marked by a legend.
    ("panel members in attendance", Section::Present),
    ("councillors present", Section::Present),
    ("present members", Section::Present),
    ("committee members", Section::Present),
    // "Councillors: A Hale, B Ives", after the labels it starts.
    ("councillors", Section::Present),
    ("attending", Section::Present),
    ("present", Section::Present),
    ("members", Section::Present),
    // Welsh councils' bilingual minutes: "Yn Bresennol / Present:", "Present / Yn Bresennol:".
    ("hefyd yn bresennol", Section::InAttendance),
    ("yn bresennol", Section::Present),
    ("yn y gadair", Section::Chair),
    ("ymddiheuriadau", Section::Apologies),
];

// Each label is one bit of a `u64` in the tables below.
const _: () = assert!(LABELS.len() <= 64, "a label set is a u64");

/// For each byte, the [`LABELS`] whose byte `at` it is in either case (bit `i` for
/// `LABELS[i]`).
const fn labels_by_byte(at: usize) -> [u64; 256] {
    let mut by_byte = [0u64; 256];
    let mut i = 0;
    while i < LABELS.len() {
        let b = LABELS[i].0.as_bytes()[at];
        by_byte[b as usize] |= 1 << i;
        by_byte[b.to_ascii_uppercase() as usize] |= 1 << i;
        i += 1;
    }
    by_byte
}

/// The labels by their first and by their second letter: a line is compared only with the
/// labels that start with its first two letters, in their order, and most lines (whose
/// first two letters start none) are turned away by two look-ups.
const LABELS_BY_FIRST: [u64; 256] = labels_by_byte(0);
const LABELS_BY_SECOND: [u64; 256] = labels_by_byte(1);
/// The labels by their third letter (every label has one), the third look-up of [`label`].
const LABELS_BY_THIRD: [u64; 256] = labels_by_byte(2);

/// The longest label's length.
const MAX_LABEL_LEN: usize = {
    let mut max = 0;
    let mut i = 0;
    while i < LABELS.len() {
        if LABELS[i].0.len() > max {
            max = LABELS[i].0.len();
        }
        i += 1;
    }
    max
};

/// For each length up to [`MAX_LABEL_LEN`], the labels of exactly that length (bit `i` for
/// `LABELS[i]`): a title is a label only when it has a label's length, which most titles
/// that start with a label's letters do not.
const LABELS_BY_LEN: [u64; MAX_LABEL_LEN + 1] = {
    let mut by_len = [0u64; MAX_LABEL_LEN + 1];
    let mut i = 0;
    while i < LABELS.len() {
        by_len[LABELS[i].0.len()] |= 1 << i;
        i += 1;
    }
    by_len
};

/// The attendance label a line starts with ("Present:-", "PRESENT:", "Apologies for
/// absence:-", "In attendance:"), and the offset of the text after it.
#[inline]
pub(crate) fn label(text: &str) -> Option<(Section, usize)> {
    // Every line of a header is tried: the look-ups are inlined where it is asked.
    let candidates = match text.as_bytes() {
        [a, b, c, ..] => {
            LABELS_BY_FIRST[usize::from(*a)]
                & LABELS_BY_SECOND[usize::from(*b)]
                & LABELS_BY_THIRD[usize::from(*c)]
        }
        _ => 0,
    };
    if candidates == 0 {
        // "Parish ..." and "Town ..." by their first two letters (bit 5 set lowers them):
        // the many lines opening "The" go no further.
        // "Late: ..." by its "la" too (no label starts so).
        return match text.as_bytes() {
            [a, b, ..]
                if matches!(
                    (a | 0x20, b | 0x20),
                    (b'p', b'a') | (b't', b'o') | (b'l', b'a')
                ) =>
            {
                parish_label(text)
            }
            _ => None,
        };
    }
    // No label starts "La": "Late:" is asked above only.
    label_among(text, candidates).or_else(|| parish_label(text))
}

/// "Late: A Hale" (a roll's late arrivals, who were present): the label and its colon. Apart
/// from [`LABELS`], which is full; asked by [`parish_label`]'s cold path.
fn late_label(text: &str) -> Option<(Section, usize)> {
    let rest = text
        .strip_prefix("Late:")
        .or_else(|| text.strip_prefix("LATE:"))?;
    let names = rest.trim_start_matches(is_space);
    Some((Section::Late, text.len() - names.len()))
}

/// "Parish Councillors: Cllrs A Hale, ...", "Town Councillors: ...": the council's kind
/// before a label of its members (read as the label after it, present or absent only;
/// "Council in Attendance:" names the members present); and
/// [`late_label`], the other cold label (out of `label`'s inlined test, which it slowed).
#[inline(never)]
fn parish_label(text: &str) -> Option<(Section, usize)> {
    if text.as_bytes()[0] | 0x20 == b'l' {
        return late_label(text);
    }
    // "Council in Attendance:" (Ontario), over "Staff in Attendance:": the members. No
    // other label after "Council" ("Council Members:" heads a roster, not a roll).
    const COUNCIL_IN: &str = "council in ";
    if starts_with_ci(text, COUNCIL_IN) {
        let (section, at) = label(&text[COUNCIL_IN.len() - 3..])?;
        return (section == Section::InAttendance)
            .then_some((Section::Present, COUNCIL_IN.len() - 3 + at));
    }
    let kind = ["parish ", "town "]
        .into_iter()
        .find(|k| starts_with_ci(text, k))?;
    let (section, at) = label(&text[kind.len()..])?;
    matches!(section, Section::Present | Section::Apologies).then_some((section, kind.len() + at))
}

/// [`label`] among the labels `candidates` (bit `i` for `LABELS[i]`): kept out of line, so
/// that the test before it is inlined where `label` is asked.
#[inline(never)]
fn label_among(text: &str, candidates: u64) -> Option<(Section, usize)> {
    // The labels with these first letters, lowest index (the order of `LABELS`) first.
    crate::swar::set_bits(candidates)
        .filter_map(|i| LABELS.get(i))
        .find_map(|(word, section)| {
            if !starts_with_ci(text, word) {
                return None;
            }
            let after = skip_translation(&text[word.len()..]);
            if let Some(list) = list_after_were(word, after) {
                return Some((*section, text.len() - list.len()));
            }
            // "Chair: | Cllr A Hale |": a table's label cell, then its value's.
            let rest = after.trim_start_matches(|c: char| {
                is_space(c) || matches!(c, ':' | ';' | '-' | '\u{2013}' | '|')
            });
            // "Present ; Cllrs ...": a semicolon typed for the colon.
            let has_colon = after[..after.len() - rest.len()].contains([':', ';'])
                || after.starts_with(" -")
                || after.starts_with(" \u{2013}");
            let alone = rest.is_empty() && !after.starts_with(|c: char| c.is_alphanumeric());
            let rest = skip_members_dash(skip_count(rest));
            (has_colon || alone || capitals_before_name(&text[..word.len()], after, *section))
                .then_some((*section, text.len() - rest.len()))
        })
}

/// "PRESENT S. Roger Ames, Chairman; ...", "ABSENT Mr. Ives": a present or absent label
/// typed in capitals with no colon, a name after it (a capital, then a small letter or an
/// initial's dot). "PRESENTATIONS", "PRESENT AT THE MEETING" and "Present were" are none.
fn capitals_before_name(label: &str, after: &str, section: Section) -> bool {
    let name = after.trim_start_matches(' ').as_bytes();
    matches!(section, Section::Present | Section::Apologies)
        && after.starts_with(' ')
        && name.first().is_some_and(u8::is_ascii_uppercase)
        && name
            .get(1)
            .is_some_and(|&c| c.is_ascii_lowercase() || c == b'.')
        && !label.bytes().any(|c| c.is_ascii_lowercase())
}

/// `rest` past the count that Legistar writes before a roll's names ("Present: 5 - Ames,
/// Bell, ...", "Absent: 1 – Diaz"): one or two digits, then a dash between spaces.
fn skip_count(rest: &str) -> &str {
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if !(1..=2).contains(&digits) {
        return rest;
    }
    let after = &rest[digits..];
    let dash = after.trim_start_matches(' ');
    let Some(names) = dash
        .strip_prefix('-')
        .or_else(|| dash.strip_prefix('\u{2013}'))
        .filter(|_| dash.len() < after.len())
    else {
        return rest;
    };
    let names = names.trim_start_matches(' ');
    if names.len() < after.len() - 1 && !names.is_empty() {
        names
    } else {
        rest
    }
}

/// `rest` past the members' word that a dash parts from their names ("PRESENT: Councillors
/// – A Hale (Chair); B Ives"), as a colon would: the title otherwise reads as a name.
fn skip_members_dash(rest: &str) -> &str {
    if rest.as_bytes().first().is_none_or(|b| b | 0x20 != b'c') {
        return rest;
    }
    let Some(word) = ["councillors", "cllrs"]
        .into_iter()
        .find(|w| starts_with_ci(rest, w))
    else {
        return rest;
    };
    let after = &rest[word.len()..];
    after
        .strip_prefix(" - ")
        .or_else(|| after.strip_prefix(" \u{2013} "))
        .map_or(rest, |names| names.trim_start_matches(' '))
}

/// What follows a label past its translation, as bilingual minutes write one beside it
/// ("Present / Yn Bresennol: ...", "Ymddiheuriadau / Apologies: ..."): from the colon that
/// ends the pair, when a slash and at most a few words stand before it; else `after` itself.
fn skip_translation(after: &str) -> &str {
    let Some(pair) = after.trim_start_matches(' ').strip_prefix('/') else {
        return after;
    };
    match pair.find(':') {
        Some(colon)
            if colon <= 32
                && pair[..colon]
                    .bytes()
                    .all(|b| b.is_ascii_alphabetic() || b == b' ') =>
        {
            &pair[colon..]
        }
        _ => after,
    }
}

/// The list after "were" where a present or absent label opens a sentence ("Present were
/// Councillors A Hale, ...", "Those present were: Cllrs ...", "Absent were ..."): `after` is
/// the text after the label's words `word`.
fn list_after_were<'t>(word: &str, after: &'t str) -> Option<&'t str> {
    const WERE: &str = " were";
    if !(word.ends_with("present") || word.ends_with("absent")) || !starts_with_ci(after, WERE) {
        return None;
    }
    let rest = after[WERE.len()..].trim_start_matches(|c: char| is_space(c) || c == ':');
    (rest.len() < after.len() - WERE.len() && !rest.is_empty()).then_some(rest)
}

/// Whether a heading phrase ("Attending", "Members Present") is an attendance label.
///
/// Every item's title is asked: a title that starts and ends with printable ASCII (most
/// do) needs no trimming, and only the labels that start with its first two letters are
/// compared (most titles start none), and only those of its length, as in [`label`]. That
/// test is inlined where the title is asked; the comparisons and the trimming are not.
#[inline(always)]
pub(crate) fn is_attendance_label(phrase: &str) -> bool {
    match phrase.as_bytes() {
        [a, .., z] if a.is_ascii_graphic() && z.is_ascii_graphic() => {
            let candidates = label_candidates(phrase);
            (candidates != 0 && is_label_among(phrase, candidates))
                || (phrase.len() == COUNCIL_MEMBERS.len() && is_council_members(phrase))
        }
        _ => is_trimmed_attendance_label(phrase),
    }
}

/// The phrase that is an attendance label though no line starts with it as one.
const COUNCIL_MEMBERS: &str = "council members";

/// The labels `p` (trimmed) may be, by its first two letters and its length.
#[inline(always)]
fn label_candidates(p: &str) -> u64 {
    match p.as_bytes() {
        [a, b, ..] if p.len() <= MAX_LABEL_LEN => {
            LABELS_BY_FIRST[usize::from(*a)]
                & LABELS_BY_SECOND[usize::from(*b)]
                & LABELS_BY_LEN[p.len()]
        }
        _ => 0,
    }
}

/// Whether `p` is one of the labels `candidates`, in any ASCII case.
#[inline(never)]
fn is_label_among(p: &str, candidates: u64) -> bool {
    crate::swar::set_bits(candidates)
        .filter_map(|i| LABELS.get(i))
        .any(|(word, _)| p.eq_ignore_ascii_case(word))
}

/// Whether `p` is [`COUNCIL_MEMBERS`] in any ASCII case (a phrase of its length).
#[inline(never)]
fn is_council_members(p: &str) -> bool {
    p.eq_ignore_ascii_case(COUNCIL_MEMBERS)
}

/// [`is_attendance_label`] of a phrase that may need trimming.
#[inline(never)]
fn is_trimmed_attendance_label(phrase: &str) -> bool {
    let p = phrase.trim();
    let candidates = label_candidates(p);
    (candidates != 0 && is_label_among(p, candidates)) || p.eq_ignore_ascii_case(COUNCIL_MEMBERS)
}

/// The fewest bytes a header line has for [`from_header`] to read anything in it: the
/// shortest label that starts a list ("absent"), start of a name list ("cllrs ") and
/// apology word ("apolog") have six; a chair label ("Chair: A Hale") reads only its own
/// line, and needs a colon and a name after it. Most lines that have fewer are blank.
const SHORTEST_READ_LINE: usize = 6;

/// Reads attendance from the header's lines. The chair is not set here: the parser sets it
/// once every section of the minutes has been read ([`set_chair`]).
pub(crate) fn from_header(input: &str, lines: &[Line<'_>], attendance: &mut Attendance) {
    read_lines(input, lines, false, attendance);
}

/// Reads attendance from the lines of an item titled a roll call or attendance, as
/// [`from_header`] does, each line also read as a roll's ([`roll_line`]).
pub(crate) fn from_roll_call_item(input: &str, lines: &[Line<'_>], attendance: &mut Attendance) {
    read_lines(input, lines, true, attendance);
}

/// [`from_header`] of `lines`, read as a roll's lines from the start when `roll` is set, or
/// from the line that starts with "Roll call" on.
fn read_lines(input: &str, lines: &[Line<'_>], mut roll: bool, attendance: &mut Attendance) {
    // Whether the lines are a roll-call item's text: its first line follows the title.
    let titled = roll;
    // Whether a roll's line added names: each name is then kept once, in one pass at the end.
    let mut rolled = false;
    let mut i = 0;
    while i < lines.len() {
        let line = &lines[i];
        if line.text.len() < SHORTEST_READ_LINE {
            i += 1;
            continue;
        }
        if let Some(found) = label(line.text) {
            i = read_sections_in_a_row(input, lines, i, found, attendance);
            continue;
        }
        let label_end = roll_call_label(line.text)
            .or_else(|| (roll && i == 0 && after_colon(input, line.start)).then_some(0));
        if let Some(after) = label_end {
            // "Roll call: Mayor Ruiz, ... present; ... absent.", "ROLL CALL" above a table:
            // the lines after it are a roll's. A label after it starts its sections.
            roll = true;
            let rest = &line.text[after..];
            // "Roll Call of Commissioners: Roll Call." says the roll was called: no name.
            if starts_with_ci(rest, "roll call") && rest.len() <= "roll call.".len() {
                i += 1;
                continue;
            }
            if let Some((section, at)) = label(rest).or_else(|| members_label_in_roll(rest)) {
                i = read_sections_in_a_row(input, lines, i, (section, after + at), attendance);
                continue;
            }
            let (seen, said) = roll_line(rest, line.start + after, attendance);
            rolled |= said;
            if seen || roll_names(rest, 0, rest.len()).is_none() {
                i += 1;
                continue;
            }
            // Names alone ("Attendance: Cllrs A Hale, B Ives"): those present. A sentence
            // ("Attendance: The Clerk reported ...") is none.
            let mut first = true;
            let start = line.start + after;
            let (next, _) = run_on(lines, i, start, line.end(), |s, e| {
                add_section_part(Section::Present, &input[s..e], s, attendance, &mut first);
            });
            i = next;
            continue;
        }
        if roll {
            let (seen, said) = roll_line(line.text, line.start, attendance);
            if said {
                rolled = true;
                i += 1;
                continue;
            }
            // "ROLL CALL" / "Mayor Ruiz and Councilmembers Ames, Bell-" / "Cho. Also present
            // were ...": the roll as a sentence of names, which says no roll word before its
            // end. Read once, as the first list of those present.
            let after_label = if i == 0 {
                titled
            } else {
                roll_call_label(lines[i - 1].text).is_some()
            };
            if !seen && attendance.present.is_empty() && after_label {
                let mut first = true;
                let (next, _) = run_on(lines, i, line.start, line.end(), |s, e| {
                    add_section_part(Section::Present, &input[s..e], s, attendance, &mut first);
                });
                // Two names at least: "Mayor Ruiz called the meeting to order." is no roll.
                if attendance.present.len() >= 2 {
                    i = next;
                    continue;
                }
                attendance.present.clear();
            }
        }
        if attendance.present.is_empty() && may_open_member_lines(line.text) {
            if let Some(next) = read_member_lines(input, lines, i, attendance) {
                i = next;
                continue;
            }
        }
        if line.text.len() > 300 && attendance.present.is_empty() {
            // A long sentence that ends in its list's label ("... convened in a regular
            // meeting on ... with the following members present to-wit:"): the list is on
            // the lines after it.
            if line.text.ends_with(':') {
                if let Some(after) = members_present_inside(line.text) {
                    let found = (Section::Present, after);
                    i = read_sections_in_a_row(input, lines, i, found, attendance);
                    continue;
                }
            }
            inline_labels(line, attendance);
        } else if (attendance.present.is_empty() || only_the_chair(&attendance.present))
            && starts_as_name_list(line.text)
        {
            let mut first = true;
            let (next, _) = run_on(lines, i, line.start, line.end(), |s, e| {
                add_section_part(Section::Present, &input[s..e], s, attendance, &mut first);
            });
            i = next;
            continue;
        } else if let Some(after) = attendance
            .present
            .is_empty()
            .then(|| members_present_inside(line.text))
            .flatten()
        {
            // "The Council met ... with the following members present: Mayor Ruiz, ...", the
            // list on the line or the lines after it ("... Cho. Absent: ..." on the line is
            // the next section's: see `add_section_part`).
            i = read_sections_in_a_row(input, lines, i, (Section::Present, after), attendance);
            continue;
        } else if says_apology_word(line.text) {
            if let Some(found) = people::apologies_in_sentence(line.text, line.start) {
                append(&mut attendance.apologies, found);
            }
        }
        i += 1;
    }
    if rolled {
        keep_each_name_once(&mut attendance.present);
        keep_each_name_once(&mut attendance.apologies);
    }
}

/// "Roll call was taken with the following members present: Ames, ...": the label inside
/// the roll's sentence (the names after it are no verdict's, as [`roll_line`] would read
/// the names before "Absent:"). Out of line: few rolls are written so.
#[inline(never)]
fn members_label_in_roll(rest: &str) -> Option<(Section, usize)> {
    members_present_inside(rest).map(|at| (Section::Present, at))
}

/// `people` with each name kept once, where it first stands: a roll names members an earlier
/// list named too. One pass with a set (a look through the list for each name read was
/// quadratic in a long roll).
fn keep_each_name_once(people: &mut Vec<Person>) {
    let mut seen = HashSet::with_capacity(people.len());
    people.retain(|p| seen.insert(p.name.clone()));
}

/// Where the roll follows a "Roll call", "Attendance" or "Attendees" label that starts
/// `text` ("Roll call:", "ROLL CALL" alone, "Roll Call \u{2013}", "Attendance:",
/// "Attendees:"), if one does. Every header line is asked: a line that starts with neither
/// letter (most) is turned away by its first byte.
fn roll_call_label(text: &str) -> Option<usize> {
    let word = match text.as_bytes().first()? | 0x20 {
        b'r' => "roll call",
        b'a' => "attendance",
        _ => return None,
    };
    if !starts_with_ci(text, word) {
        return attendees_label(text);
    }
    let after = &text[word.len()..];
    // "Roll call was taken with Mayor Ruiz and Councilmembers Ames, ... present": the roll's
    // sentence.
    const TAKEN_WITH: &str = " was taken with ";
    if word == "roll call" && starts_with_ci(after, TAKEN_WITH) {
        return Some(word.len() + TAKEN_WITH.len());
    }
    // "ROLL CALL (Present): Councilmen ...": the bracket says what the names are.
    let bracket = after.trim_start_matches(is_space);
    let after = if starts_with_ci(bracket, "(present)") {
        &bracket["(present)".len()..]
    } else {
        after
    };
    let rest =
        after.trim_start_matches(|c: char| is_space(c) || matches!(c, ':' | '-' | '\u{2013}'));
    let marked = after[..after.len() - rest.len()].contains([':', '-', '\u{2013}']);
    (marked || rest.is_empty()).then_some(text.len() - rest.len())
}

/// [`roll_call_label`] of "Attendees:" (those present): asked of the lines that open with
/// the first letter of "Roll call" or "Attendance" but not the word. Out of line: inlined,
/// the test cost the header's loop more than it does here.
#[cold]
fn attendees_label(text: &str) -> Option<usize> {
    const ATTENDEES: &str = "attendees";
    if !starts_with_ci(text, ATTENDEES) {
        return None;
    }
    let rest = text[ATTENDEES.len()..].trim_start_matches(is_space);
    let label = rest.strip_prefix([':', '-', '\u{2013}'])?;
    Some(text.len() - label.trim_start_matches(is_space).len())
}

/// The words a roll says of each member, whole words in any case, and what they make them
/// (layout/other.rs also turns away "Ames: Present" as a heading by them).
pub(crate) const ROLL_WORDS: [(&str, Section); 3] = [
    ("present", Section::Present),
    ("absent", Section::Apologies),
    ("excused", Section::Apologies),
];

/// Reads one line of a roll: "Mayor Ruiz, Councilmembers Ames, Bell and Cho present;
/// Councilmember Diaz absent.", "Councilmember Ames \u{2013} Present", "Ames: Present",
/// "Ames ..... Absent": the names before each of [`ROLL_WORDS`] are present or absent.
/// Names only: a stretch with a word in lower case other than "and" ("A quorum was
/// present", "Bell arrived at 7:05 and was present") or that starts "All" names nobody.
/// Returns whether the line says any of the words, and whether it names anyone before one
/// (the caller then keeps each name once: [`keep_each_name_once`]).
fn roll_line(text: &str, base: usize, attendance: &mut Attendance) -> (bool, bool) {
    let bytes = text.as_bytes();
    let mut seen = false;
    let mut said = false;
    let mut from = 0;
    let mut at = 0;
    while at < bytes.len() {
        let word_start = at == 0 || !bytes[at - 1].is_ascii_alphanumeric();
        let found = word_start
            .then(|| {
                ROLL_WORDS.iter().find(|(w, _)| {
                    bytes.len() - at >= w.len()
                        && bytes[at..at + w.len()].eq_ignore_ascii_case(w.as_bytes())
                        && !bytes
                            .get(at + w.len())
                            .is_some_and(u8::is_ascii_alphanumeric)
                })
            })
            .flatten();
        let Some((word, section)) = found else {
            at += 1;
            continue;
        };
        // "Those Aldermen present were: A, B": the names follow the word (read as
        // `members_present_inside` reads them), not the words before it.
        if introduces_names(&text[at + word.len()..]) {
            at += word.len();
            from = at;
            continue;
        }
        seen = true;
        if let Some((s, e)) = roll_names(text, from, at) {
            said = true;
            let found = people::parse_name_list(&text[s..e], base + s);
            match section {
                Section::Present => append(&mut attendance.present, found),
                _ => append(&mut attendance.apologies, found),
            }
        }
        at += word.len();
        from = at;
    }
    (seen, said)
}

/// Whether the text after a roll's word opens a list of names after it: a colon, or
/// "were" and a colon ("present were: A, B").
fn introduces_names(after: &str) -> bool {
    let after = after.trim_start_matches(' ');
    let after = after
        .strip_prefix("were")
        .map_or(after, |rest| rest.trim_start_matches(' '));
    after.starts_with(':')
}

/// Whether the text before `start` in `input` ends in a colon on the same line: the first
/// line of a roll-call item's text follows its title ("Roll Call: Mayor Ruiz, ...").
fn after_colon(input: &str, start: usize) -> bool {
    input
        .get(..start)
        .is_some_and(|before| before.trim_end_matches([' ', '\t']).ends_with(':'))
}

/// The stretch of names in `text[from..to]` before a roll's word: separators and "were"
/// or "was" trimmed from its ends, `None` when it is no list of names (see [`roll_line`]).
fn roll_names(text: &str, from: usize, to: usize) -> Option<(usize, usize)> {
    let sep = |c: char| {
        is_space(c)
            || matches!(
                c,
                ':' | ';'
                    | ','
                    | '.'
                    | '-'
                    | '\u{2013}'
                    | '\u{2014}'
                    | '\u{2026}'
                    | '_'
                    | '('
                    | ')'
            )
    };
    // "... and Janice Tripp. Alderman Cy Joss was absent": the names are the last
    // sentence's.
    let from = last_sentence_start(text, from, to);
    let part = &text[from..to];
    let mut names = part.trim_matches(sep);
    // "... Cho present and Councilmember Diaz absent": the joining word is no name.
    if let Some(rest) = names.strip_prefix("and ") {
        names = rest.trim_start_matches(sep);
    }
    for verb in [" were", " was"] {
        if names.len() > verb.len() && names.ends_with(verb) {
            names = names[..names.len() - verb.len()].trim_end_matches(sep);
        }
    }
    let mut words = names.split_whitespace();
    let first = words.next()?;
    let names_only = !["all", "the", "a", "no", "none", "quorum", "everyone"]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
        && first.starts_with(|c: char| c.is_uppercase())
        && words.all(|w| w == "and" || w == "&" || !w.starts_with(|c: char| c.is_lowercase()));
    let start = from + (names.as_ptr() as usize - part.as_ptr() as usize);
    names_only.then_some((start, start + names.len()))
}

/// Where the last sentence of `text[from..to]` starts: after its last ". " that follows a
/// word of four letters or more ("Tripp. "), not an initial's or a title's dot ("A. Hale",
/// "Mrs. Hale"); `from` when it has none.
fn last_sentence_start(text: &str, from: usize, to: usize) -> usize {
    let part = &text.as_bytes()[from..to];
    memchr::memmem::rfind_iter(part, b". ")
        .find(|&dot| {
            let word = part[..dot]
                .iter()
                .rev()
                .take_while(|b| b.is_ascii_alphabetic())
                .count();
            word >= 4
        })
        .map_or(from, |dot| from + dot + 2)
}

/// The words that name the members before "present:" inside a line: "... met with the
/// following members present: Mayor Ruiz, ...", "... and Council Members present: ...".
const MEMBER_WORDS: [&str; 8] = [
    "members",
    "councillors",
    "councilors",
    "councilmembers",
    "commissioners",
    "trustees",
    "aldermen",
    "alderpersons",
];

/// Where the list starts after "Members present:" (or another of [`MEMBER_WORDS`]) inside
/// `text` (a line that no label starts), if it says so. Lines are turned away by a search
/// for their colons (memchr); a short line is searched only when it ends in its colon (the
/// list on the lines after it): the phrase mid-line stands in a sentence.
fn members_present_inside(text: &str) -> Option<usize> {
    const PRESENT: &str = " present";
    const SENTENCE: usize = 60;
    if text.len() < SENTENCE && !text.ends_with(':') {
        return None;
    }
    memchr::memchr_iter(b':', text.as_bytes()).find_map(|colon| {
        let before = text[..colon].trim_end_matches(' ');
        // "Those Aldermen present were: ...", "... with the following members present
        // to-wit:" (Florida's county boards).
        let before = before
            .strip_suffix(" were")
            .or_else(|| strip_suffix_ci(before, " to-wit"))
            .map_or(before, |b| b.trim_end_matches([' ', ',']));
        let head = before.len().checked_sub(PRESENT.len())?;
        let said = before
            .get(head..)
            .is_some_and(|w| w.eq_ignore_ascii_case(PRESENT));
        let members = before.get(..head)?.rsplit(' ').next()?;
        let listed = MEMBER_WORDS.iter().any(|m| members.eq_ignore_ascii_case(m))
            || (members.eq_ignore_ascii_case("were") && following_were(text, colon));
        (said && listed).then_some(colon + 1)
    })
}

/// "The following officials were present:" at the end of `text` (its colon at `colon`):
/// whoever the few words name, the list follows on the next lines.
fn following_were(text: &str, colon: usize) -> bool {
    const FOLLOWING: &str = "the following ";
    text[colon + 1..].trim().is_empty()
        && starts_with_ci(text, FOLLOWING)
        && text[FOLLOWING.len()..colon].split_whitespace().count() <= 4
}

/// Reads the sections that start at line `i` with `found` (its label), one after another:
/// the label that ends one list starts the next section and is not looked up again.
/// Returns the index of the line after the last list.
fn read_sections_in_a_row(
    input: &str,
    lines: &[Line<'_>],
    mut i: usize,
    mut found: (Section, usize),
    attendance: &mut Attendance,
) -> usize {
    loop {
        let (next, next_label) = read_section(input, lines, i, found, attendance);
        i = next;
        match next_label {
            Some(l) => found = l,
            None => return i,
        }
    }
}

/// Reads the section that line `i`, whose [`label`] is `(section, after)`, starts: returns
/// the index of the line after its list, and that line's label when a label ended the list.
fn read_section(
    input: &str,
    lines: &[Line<'_>],
    i: usize,
    (section, after): (Section, usize),
    attendance: &mut Attendance,
) -> (usize, Option<(Section, usize)>) {
    let line = &lines[i];
    let start = line.start + after;
    let mut end = line.end();
    if section == Section::Chair {
        // One name, on the label's line: the next line starts the list of those present.
        add_section(section, &input[start..end.max(start)], start, attendance);
        return (i + 1, None);
    }
    if start >= end || line.text[after..].trim_end().ends_with(':') {
        // The list runs on over the following lines, up to the next label; a page number
        // where a page broke the list ("Page 2 of 5") is left out of it.
        let mut j = i + 1;
        let mut next_label = None;
        let mut paged = false;
        while j < lines.len() {
            next_label = label(lines[j].text);
            if next_label.is_some() && end == line.end() && is_councillors_alone(lines[j].text) {
                // "In attendance:" / "Councillors:": a sub-heading of the list to come.
                next_label = None;
            }
            if next_label.is_some() || is_sub_label_end(lines[j].text) {
                break;
            }
            if !lines[j].is_blank() {
                paged |= is_page_number(lines[j].text);
                end = lines[j].end();
            }
            j += 1;
        }
        let text = &input[start..end.max(start)];
        if paged {
            let text = without_page_numbers(text, &lines[i + 1..j], start);
            add_section(section, &text, start, attendance);
        } else {
            add_section(section, text, start, attendance);
        }
        (j, next_label)
    } else {
        let mut first = true;
        run_on(lines, i, start, end, |s, e| {
            add_section_part(section, &input[s..e.max(s)], s, attendance, &mut first);
        })
    }
}

/// For each of [`people::APOLOGY_WORDS`], a byte of it that is rare in English (lower case)
/// and its offset in the word: [`says_apology_word`] scans for the three bytes at once.
const APOLOGY_RARE_BYTES: [(u8, usize); 3] = [(b'p', 1), (b'x', 1), (b'v', 5)];

/// Whether `text` (a line of the header) says one of [`people::APOLOGY_WORDS`]: without
/// one, `people::apologies_in_sentence` gives `None` for it. Only the lines asked are read
/// (a header's labelled sections, most of its text, never are), in one scan for the three
/// words' rare bytes.
fn says_apology_word(text: &str) -> bool {
    // A line shorter than the shortest word ("apolog") is not scanned.
    if text.len() < "apolog".len() {
        return false;
    }
    if simd::ENABLED && text.len() <= SHORT_LINE {
        return says_apology_word_in_chunks(text.as_bytes());
    }
    let mut says = false;
    each_word_at_rare_bytes(
        text.as_bytes(),
        people::APOLOGY_WORDS,
        APOLOGY_RARE_BYTES,
        |_, _| says = true,
    );
    says
}

/// The longest line [`says_apology_word_in_chunks`] reads.
const SHORT_LINE: usize = 32;

/// [`says_apology_word`] of a short line (most lines of a header that are read): its own
/// sixteen-byte chunks, one or two, are tested for the words' rare bytes, rather than a
/// block of sixty-four bytes, which costs four chunks' tests whatever the line's length.
fn says_apology_word_in_chunks(b: &[u8]) -> bool {
    let says_at = |i: usize| {
        people::APOLOGY_WORDS
            .iter()
            .zip(APOLOGY_RARE_BYTES)
            .any(|(word, (rare, k))| {
                b[i] | 0x20 == rare
                    && i.checked_sub(k)
                        .and_then(|start| b.get(start..start + word.len()))
                        .is_some_and(|w| w.eq_ignore_ascii_case(word.as_bytes()))
            })
    };
    let [(p, _), (x, _), (v, _)] = APOLOGY_RARE_BYTES;
    (0..b.len()).step_by(16).any(|at| {
        // Padded with zeros, which match none of the rare bytes.
        let c = simd::Chunk::load_padded(&b[at..], 0);
        let mut hits = c.eq_folded(p) | c.eq_folded(x) | c.eq_folded(v);
        while hits != 0 {
            if says_at(at + hits.trailing_zeros() as usize) {
                return true;
            }
            hits &= hits - 1;
        }
        false
    })
}

/// A list that wraps onto the next lines ("... M Dyer," / "L Emery, ..."; "..., Council" /
/// "Member Wolfe and Mayor Merrill."): the lines up to one that ends a sentence, a blank line
/// or a label. Blank lines end it only where the list could not end: after "M Dyer," or
/// "Council", or before "and M Welply." (a page break in the list, or double-spaced text)
/// it goes on past them, and
/// past a page number ("Page 2 of 3"), which is left out: the list is handed to `part` as
/// the stretches of text (start, end) between page numbers, usually one, from `start` (in
/// line `i`, which ends at `end`). Returns the index of the line after the list, and that
/// line's label when a label ended the list (the caller need not look it up again).
fn run_on(
    lines: &[Line<'_>],
    i: usize,
    mut start: usize,
    mut end: usize,
    mut part: impl FnMut(usize, usize),
) -> (usize, Option<(Section, usize)>) {
    const MAX_LINES: usize = 12;
    let mut j = i + 1;
    let mut last = lines[i].text;
    let mut found = None;
    while j < lines.len() && j <= i + MAX_LINES {
        let mut next = &lines[j];
        if next.is_blank() || is_page_number(next.text) {
            let within = j..lines.len().min(i + MAX_LINES + 1);
            let mut paged = false;
            let after = within.into_iter().find(|&k| {
                let page = !lines[k].is_blank() && is_page_number(lines[k].text);
                paged |= page;
                !lines[k].is_blank() && !page
            });
            match after {
                // "and M Welply." after a blank line: the list's last name.
                Some(k) if people::ends_unfinished(last) || lines[k].text.starts_with("and ") => {
                    if paged {
                        part(start, end);
                        start = lines[k].start;
                    }
                    j = k;
                    next = &lines[k];
                }
                _ if next.is_blank() => break,
                _ => {}
            }
        }
        found = label(next.text);
        if found.is_some() {
            break;
        }
        // "Apologies were received from ...": a sentence of its own, which the header's
        // walk reads for apologies.
        // A full stop ends the list, but not an abbreviated title's ("..., Cllr." /
        // "Hollick, ...": the name is on the next line).
        if last.trim_end().ends_with(['.', ':']) && !people::ends_unfinished(last)
            || starts_with_ci(next.text, "apolog")
            || starts_with_field_label(next.text)
        {
            break;
        }
        end = next.end();
        last = next.text;
        j += 1;
    }
    // Empty when the list went on over a page break and the first line after the page
    // number ended it (a label, a sentence): the part before the break is read already.
    if start < end {
        part(start, end);
    }
    (j, found)
}

/// Whether `text` starts with a one-word field's label ("Time: 6:00 p.m.", "Location:
/// ..."), which no wrapped list of names does: it ends the list (a run-on page split before
/// the label leaves no line end between them).
fn starts_with_field_label(text: &str) -> bool {
    let b = text.as_bytes();
    let word = b
        .iter()
        .take(11)
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    word >= 3 && b[0].is_ascii_uppercase() && b.get(word) == Some(&b':')
}

/// `text` (which starts at byte `start` of the input, and holds `lines`) with each page
/// number line written over with spaces: the same length, so every name keeps its offset.
fn without_page_numbers(text: &str, lines: &[Line<'_>], start: usize) -> String {
    let mut out = text.to_string().into_bytes();
    for line in lines.iter().filter(|l| !l.is_blank()) {
        if is_page_number(line.text) {
            let at = line.start - start;
            out[at..at + line.text.len()].fill(b' ');
        }
    }
    // Only ASCII page numbers were written over, whole.
    String::from_utf8(out).unwrap_or_else(|_| text.to_string())
}

/// An item whose title is itself an attendance label ("Present", "Apologies"): its text is
/// the list, and may go on to other sections. Out of line: few items are so titled, and
/// inlined into the item loop it cost the loop ~0.07 instructions a byte in code layout.
#[inline(never)]
pub(crate) fn from_titled_item(
    input: &str,
    title: &str,
    lines: &[Line<'_>],
    attendance: &mut Attendance,
) {
    let Some((section, _)) = label(title) else {
        return;
    };
    let Some(first) = lines.iter().find(|l| !l.text.is_empty()) else {
        return;
    };
    // "2503.01 Present" / "Councillors: A Hale, B Ives" / "Apologies for Absence" / "Cllr C
    // Joss": a line after the first that opens another section ends the title's section,
    // and the lines from it on are read as a header's are.
    let other = (1..lines.len()).find(|&k| {
        let text = lines[k].text;
        !text.is_empty() && label(text).is_some_and(|(s, _)| s != section)
    });
    let end = match other {
        Some(k) => lines[k].start,
        None => lines
            .iter()
            .rev()
            .find(|l| !l.text.is_empty())
            .map_or(first.end(), Line::end),
    };
    add_section(section, &input[first.start..end], first.start, attendance);
    if let Some(k) = other {
        from_header(input, &lines[k..], attendance);
    }
}

/// Whether a line is "Councillors:" alone: under another label ("In attendance:"), the
/// sub-heading of its list, not a list of those present.
fn is_councillors_alone(text: &str) -> bool {
    let t = text.trim_end_matches(|c: char| is_space(c) || c == ':');
    t.len() == "councillors".len() && t.eq_ignore_ascii_case("councillors")
}

/// A line that ends a multi-line list without being an attendance label: a new section of
/// the page ("Officers:" is a label; "The webcast ..." is not a name).
fn is_sub_label_end(text: &str) -> bool {
    starts_with_ci(text, "the webcast")
        || starts_with_ci(text, "minutes of")
        || text.starts_with("<")
}

/// "Councillors A, B and C", "Cllrs B Austin, D Bretherton": the word, then any white
/// space (pages copied from HTML often keep "Councillors&nbsp;A").
///
/// Every line of a header without a present list is asked: a line that does not start
/// with a "c" (most) is turned away before the three comparisons.
fn starts_as_name_list(text: &str) -> bool {
    text.as_bytes().first().is_some_and(|b| b | 0x20 == b'c')
        && (NAME_LIST_WORDS
            .iter()
            .any(|w| starts_with_ci(text, w) && text[w.len()..].starts_with(is_space))
            || (text.ends_with("and") && one_councillor_and(text))
            || councillor_before_names(text))
}

/// "Cllr D W Bretherton, N G Champken-Woods, N M Dixon,": the singular title before a
/// list of names (the plural's list, one title for all), as a town council's page opens
/// without a "Present:" label; the first two entries are a few capitalised words each ("Cllr
/// Hale said that, in his view, ..." is a sentence).
#[cold]
fn councillor_before_names(text: &str) -> bool {
    let Some(title) = ["cllr ", "councillor "]
        .into_iter()
        .find(|w| starts_with_ci(text, w))
    else {
        return false;
    };
    let mut entries = text[title.len()..].split(',');
    let names = entries.by_ref().take(2).all(|entry| {
        (1..=5).contains(&entry.split_whitespace().count())
            && entry
                .split_whitespace()
                .all(|w| w.starts_with(char::is_uppercase))
    });
    names && entries.next().is_some()
}

/// "Councillor Mrs Hale (The Mayor) and": the one who presides, on a line of their own
/// above "Councillors Ives, Joss, ...", as a borough council's printed minutes open
/// without a "Present:" label. The "and" runs the list on to the next line.
#[cold]
fn one_councillor_and(text: &str) -> bool {
    starts_with_ci(text, "councillor ")
        && text.len() <= 80
        && strip_suffix_ci(text.trim_end(), " and").is_some()
}

/// "Chairman Cllr Thomas", "Chair Councillor A Hale": the chair's role before a councillor
/// heads a list of those present whose "Present:" label a PDF's conversion lost. Every
/// line of a header without a present list is asked: one not starting with a "c" is
/// turned away at its first byte.
fn chair_before_councillor(text: &str) -> bool {
    text.as_bytes().first().is_some_and(|b| b | 0x20 == b'c')
        && ["chairman ", "chair ", "chairperson ", "chairwoman "]
            .iter()
            .any(|w| {
                starts_with_ci(text, w) && starts_with_councillor(text[w.len()..].trim_start())
            })
}

/// A line of an unlabelled list of members, one a line, that [`chair_before_councillor`]
/// starts: "Cllr Abbott", "Vice Chairman Cllr Smerdon".
fn is_member_line(text: &str) -> bool {
    let t = text.trim_start();
    let vice = [
        "vice chairman ",
        "vice-chairman ",
        "vice chair ",
        "vice-chair ",
    ]
    .iter()
    .find(|w| starts_with_ci(t, w))
    .map_or(t, |w| t[w.len()..].trim_start());
    starts_with_councillor(vice) || chair_before_councillor(vice)
}

/// From line `i` ([`chair_before_councillor`]'s), the index of the line after the list
/// and the end of its last member line: the list runs over blank lines while each line
/// names a member ([`is_member_line`]).
fn unlabelled_members(lines: &[Line<'_>], i: usize) -> (usize, usize) {
    let mut end = lines[i].end();
    let mut j = i + 1;
    while j < lines.len() && (lines[j].is_blank() || is_member_line(lines[j].text)) {
        if !lines[j].is_blank() {
            end = lines[j].end();
        }
        j += 1;
    }
    (j, end)
}

/// The words [`starts_as_name_list`] takes before a space.
const NAME_LIST_WORDS: [&str; 3] = ["councillors", "cllrs", "cllrs."];

/// Appends the people the apology sentences of `units` name; whether any sentence spoke of
/// apologies (named people or said there were none).
fn apology_sentences(input: &str, units: &[Scanned], attendance: &mut Attendance) -> bool {
    let mut said = false;
    for unit in units.iter().map(|u| &u.span) {
        let text = &input[unit.start..unit.end];
        if let Some(found) = people::apologies_in_sentence(text, unit.start) {
            append(&mut attendance.apologies, found);
            said = true;
        }
    }
    said
}

/// An apologies item whose sentences name nobody: its text may be the bare list ("Cllrs D
/// Kerr and E Lamb.", "Cllr D Kerr, Cllr E Lamb", or one a line: "Cllr D Kerr – work" /
/// "Cllr E Lamb – holiday"), each name added once. The list is the run of units from the
/// first that opens with a councillor's title, as long as each does. Out of line: the item
/// readers it sits among run for every item.
#[inline(never)]
fn bare_apologies_list(input: &str, units: &[Scanned], attendance: &mut Attendance) {
    let opens_with_councillor =
        |u: &&Scanned| starts_with_councillor(&input[u.span.start..u.span.end]);
    let list = units
        .iter()
        .skip_while(|u| !opens_with_councillor(u))
        .take_while(opens_with_councillor);
    for unit in list.map(|u| &u.span) {
        let found = people::parse_name_list(&input[unit.start..unit.end], unit.start);
        for person in found {
            if !attendance.apologies.iter().any(|p| p.name == person.name) {
                attendance.apologies.push(person);
            }
        }
    }
}

/// "APOLOGIES FOR ABSENCE were received from Mr A Hale and Mr B Ives": the heading's
/// words in capitals end the title, and its minutes go on with the sentence's verb, so no
/// sentence of them says "apologies". The names after "received from" in the first unit;
/// whether it opened so. Out of line, as [`bare_apologies_list`].
#[inline(never)]
fn received_from_list(input: &str, units: &[Scanned], attendance: &mut Attendance) -> bool {
    const OPENING: &str = "were received from ";
    let Some(unit) = units.first().map(|u| u.span) else {
        return false;
    };
    let text = &input[unit.start..unit.end];
    if !starts_with_ci(text, OPENING) {
        return false;
    }
    let list = text[OPENING.len()..].trim_end_matches(['.', ' ']);
    let found = people::parse_name_list(list, unit.start + OPENING.len());
    for person in found {
        if !attendance.apologies.iter().any(|p| p.name == person.name) {
            attendance.apologies.push(person);
        }
    }
    true
}

/// Whether a header line may open a list of members one a line without a label (a
/// [`marked_member`] or [`chair_before_councillor`]): most lines are turned away at their
/// first bytes, where the two tests cost a call each.
#[inline(always)]
fn may_open_member_lines(text: &str) -> bool {
    match text.as_bytes() {
        [b'*' | 0xC3, ..] => true,
        [c, h, ..] => *c | 0x20 == b'c' && *h | 0x20 == b'h',
        _ => false,
    }
}

/// Reads the list of members one a line that line `i` opens ([`may_open_member_lines`]),
/// marked or headed by the chair; the index of the line after it, or `None` when line
/// `i` opens no such list.
#[inline(never)]
fn read_member_lines(
    input: &str,
    lines: &[Line<'_>],
    i: usize,
    attendance: &mut Attendance,
) -> Option<usize> {
    let line = &lines[i];
    if marked_member(line.text).is_some() {
        return Some(read_marked_members(input, lines, i, attendance));
    }
    if !chair_before_councillor(line.text) {
        return None;
    }
    let (next, end) = unlabelled_members(lines, i);
    add_section(
        Section::Present,
        &input[line.start..end],
        line.start,
        attendance,
    );
    Some(next)
}

/// A member's line marked for attendance, as a legend under the list explains ("* Denotes
/// attendance", "Ø Denotes apology for absence"): "* Cllr G Hale – Chairman" (present; "**"
/// over a video link), "Ø Cllr V Ives" (apologies). The section and the offset of the name.
/// A line opening with neither mark is turned away at its first byte.
fn marked_member(text: &str) -> Option<(Section, usize)> {
    let (section, mark) = match text.as_bytes().first()? {
        b'*' => (
            Section::Present,
            text.bytes().take_while(|b| *b == b'*').count(),
        ),
        0xC3 if text.starts_with(['\u{d8}', '\u{f8}']) => (Section::Apologies, 2),
        _ => return None,
    };
    let at = text.len() - text[mark..].trim_start().len();
    let c = text.as_bytes().get(at).is_some_and(|b| b | 0x20 == b'c');
    (c && starts_with_councillor(&text[at..])).then_some((section, at))
}

/// From line `i` (a [`marked_member`]), reads each marked line into its section, over
/// blank lines, up to the first other line; returns its index.
fn read_marked_members(
    input: &str,
    lines: &[Line<'_>],
    i: usize,
    attendance: &mut Attendance,
) -> usize {
    let mut present = Vec::new();
    let mut j = i;
    while j < lines.len() {
        let line = &lines[j];
        if !line.is_blank() {
            let Some((section, at)) = marked_member(line.text) else {
                break;
            };
            let start = line.start + at;
            let found = people::parse_name_list(&input[start..line.end()], start);
            if section == Section::Present {
                present.extend(found);
            } else {
                append(&mut attendance.apologies, found);
            }
        }
        j += 1;
    }
    add_present(attendance, present);
    j
}

/// Whether `text` starts with a councillor's title ("Cllr", "Cllrs", "Councillor",
/// "Councillors") and a space, or the no-break space a web page may put there: a bare
/// list of names.
fn starts_with_councillor(text: &str) -> bool {
    ["cllr", "cllrs", "cllr.", "councillor", "councillors"]
        .iter()
        .any(|w| {
            starts_with_ci(text, w)
                && matches!(&text.as_bytes()[w.len()..], [b' ', ..] | [0xC2, 0xA0, ..])
        })
}

/// Labels inside one long line (a PDF converted without line breaks).
fn inline_labels(line: &Line<'_>, attendance: &mut Attendance) {
    // "MEMBERS PRESENT: A Hale, and B Ives MEMBERS ABSENT: C Joss STAFF PRESENT: ...": the
    // labels run into the names before them; each section runs to the next label.
    if read_labels_in_line(line, attendance) {
        return;
    }
    for word in [
        "present members:",
        "present:",
        "attending:",
        "members present:",
    ] {
        if let Some(at) = find_ascii_ci(line.text, word) {
            let start = at + word.len();
            attendance.present = people::parse_name_list(&line.text[start..], line.start + start);
            break;
        }
    }
    if attendance.apologies.is_empty() {
        if let Some(found) = people::apologies_in_sentence(line.text, line.start) {
            attendance.apologies = found;
        }
    }
}

/// The label that ends at `colon` in `text`: the longest run of up to four words before
/// it that is a [`label`] ("MEMBERS ABSENT" of "... Steve Ames MEMBERS ABSENT:"), all in
/// capitals when `capitals` is set. Returns where it starts, its section, and where the
/// text after it starts.
fn label_before_colon(text: &str, colon: usize, capitals: bool) -> Option<(usize, Section, usize)> {
    // The starts of the four words before the colon, nearest first.
    let mut starts = [None; 4];
    let mut end = colon;
    for slot in &mut starts {
        let before = text[..end].trim_end_matches(' ');
        if before.is_empty() {
            break;
        }
        let word_start = before.rfind(' ').map_or(0, |sp| sp + 1);
        if capitals
            && before[word_start..]
                .bytes()
                .any(|b| !b.is_ascii_uppercase())
        {
            break;
        }
        *slot = Some(word_start);
        if word_start == 0 {
            break;
        }
        end = word_start;
    }
    starts.iter().rev().flatten().find_map(|&at| {
        let (section, after) = label(&text[at..])?;
        (at + after > colon).then_some((at, section, at + after))
    })
}

/// The most labels [`read_labels_in_line`] reads in a line.
const MOST_LABELS_IN_LINE: usize = 8;

/// Reads the attendance sections of a long line whose labels, in capitals, follow the last
/// name of the section before with no separator ("... and Steve Ames MEMBERS ABSENT: Bo Ives
/// STAFF PRESENT: ..."): at each colon, the longest run of up to four words in capitals
/// before it that is a [`label`] ends the section before and starts the next (a label in
/// title case may be a name's last word: such lines are read as before). Returns whether a section of
/// those present was read (else the line is left to the plainer reading).
#[cold]
#[inline(never)]
fn read_labels_in_line(line: &Line<'_>, attendance: &mut Attendance) -> bool {
    let text = line.text;
    let mut found: Vec<(usize, Section, usize)> = Vec::new();
    for colon in memchr::memchr_iter(b':', text.as_bytes()) {
        if found.len() == MOST_LABELS_IN_LINE {
            break;
        }
        let hit = label_before_colon(text, colon, true);
        if let Some(hit) = hit.filter(|h| found.last().is_none_or(|l| h.0 >= l.2)) {
            found.push(hit);
        }
    }
    if !found.iter().any(|f| f.1 == Section::Present) {
        return false;
    }
    for (k, &(_, section, from)) in found.iter().enumerate() {
        let to = found.get(k + 1).map_or(text.len(), |next| next.0);
        let part = text[from..to.max(from)].trim_end();
        add_section(section, part, line.start + from, attendance);
    }
    true
}

fn add_section(section: Section, text: &str, base: usize, attendance: &mut Attendance) {
    match section {
        Section::Present => {
            let mut text_start = skip_sub_label(text);
            let chair_label = chair_label_len(&text[text_start..]);
            text_start += chair_label;
            let chaired = chair_label > 0;
            // "Present: Chairman: Cllr A Hale Councillors: B Ives, C Joss": the members'
            // label after the chair's name ends it.
            let members = if chaired {
                members_label(&text[text_start..])
                    .map(|(k, from)| (text_start + k, text_start + from))
            } else {
                None
            };
            let end = members.map_or(text.len(), |(k, _)| k);
            let mut found = people::parse_name_list(&text[text_start..end], base + text_start);
            if let Some((_, from)) = members {
                found.truncate(1);
                found.extend(people::parse_name_list(&text[from..], base + from));
            }
            if let Some(first) = found.first_mut().filter(|_| chaired) {
                first
                    .role
                    .get_or_insert_with(|| CompactString::const_new("Chair"));
            }
            add_present(attendance, found);
        }
        Section::Chair => {
            let mut found = people::parse_name_list(text, base);
            found.truncate(1);
            // An item titled "Chairman" whose text is a sentence ("Due to the absence of the
            // Mayor it was agreed that ..."): its first word, untitled, is no name.
            found.retain(|p| !opens_sentence(p, text, base));
            for person in &mut found {
                person
                    .role
                    .get_or_insert_with(|| CompactString::const_new("Chair"));
            }
            found.append(&mut attendance.present);
            attendance.present = found;
        }
        Section::Apologies => {
            let found = people::apologies_in_sentence(text, base)
                .unwrap_or_else(|| people::parse_name_list(text, base));
            append(&mut attendance.apologies, found);
        }
        Section::InAttendance => append(
            &mut attendance.in_attendance,
            people::parse_people_with_roles(text, base),
        ),
        Section::Late => append(&mut attendance.present, people::parse_name_list(text, base)),
        Section::Ignored => {}
    }
}

/// Whether `p`, read from `text` (which starts at `base`), is the first word of a sentence:
/// one word with no title, a word in small letters after it ("Due to the absence ...").
#[cold]
fn opens_sentence(p: &Person, text: &str, base: usize) -> bool {
    let after = text.get(p.span.end.saturating_sub(base)..).unwrap_or("");
    p.title.is_none()
        && !p.name.contains(' ')
        && after
            .strip_prefix(' ')
            .is_some_and(|t| t.starts_with(|c: char| c.is_ascii_lowercase()))
}

/// "Present: Chair - Cllr A Hale, Cllr B Ives": the length of the chair's label (and the
/// white space before it) that heads the list, or 0. Most lists start with a name or a
/// title, turned away by their first two bytes (after a space).
fn chair_label_len(text: &str) -> usize {
    let b = text.as_bytes();
    let lead = b.iter().take_while(|&&c| c == b' ').count();
    match b.get(lead..lead + 2) {
        Some([c, h]) if c | 0x20 == b'c' && h | 0x20 == b'h' => chair_label_len_cold(text),
        _ => 0,
    }
}

/// Where " Councillors:" (or " Councillors :", a space before the colon as some Welsh and
/// French-style pages type it) starts in `text`, and where the names after it start.
fn members_label(text: &str) -> Option<(usize, usize)> {
    const LABEL: &str = " councillors";
    let k = find_ascii_ci(text, LABEL)?;
    let after = k + LABEL.len();
    let rest = &text[after..];
    let names = rest
        .strip_prefix(':')
        .or_else(|| rest.strip_prefix(" :"))?
        .trim_start_matches(' ');
    Some((k, text.len() - names.len()))
}

/// [`chair_label_len`] of a list that starts "Ch".
#[inline(never)]
fn chair_label_len_cold(text: &str) -> usize {
    let rest = text.trim_start_matches(is_space);
    match label(rest) {
        Some((Section::Chair, at)) => text.len() - rest.len() + at,
        _ => 0,
    }
}

/// Splits the entries that run names together without separators ("A Hale B Ives C Joss",
/// as a table's cells convert) where every name is an initial and a surname: only then can
/// the names be told apart ("Anna Hale Ben Ives" stays one entry). Entries with a role or
/// a note are left alone. Asked once a document, of the members present: `text` is the
/// input, which the entries' spans index.
#[inline(never)]
pub(crate) fn split_initialled_runs(found: &mut Vec<Person>, text: &str) {
    // The shortest run of two initialled names is "A Bc D Ef".
    if !found
        .iter()
        .any(|p| p.name.len() >= 9 && is_initialled_run(&p.name))
    {
        return;
    }
    let mut out = Vec::with_capacity(found.len() + 4);
    for person in found.drain(..) {
        let entry = text
            .get(person.span.start..person.span.end)
            .map(|e| (person.span.start, e));
        let at = entry.and_then(|(s, e)| Some(s + e.find(person.name.as_str())?));
        match at {
            Some(at)
                if person.role.is_none()
                    && person.note.is_none()
                    && is_initialled_run(&person.name) =>
            {
                let name = &text[at..at + person.name.len()];
                let words: Vec<(usize, &str)> = name
                    .split(' ')
                    .scan(0, |off, w| {
                        let here = *off;
                        *off += w.len() + 1;
                        Some((here, w))
                    })
                    .collect();
                for pair in words.chunks(2) {
                    let [(s, _), (e, last)] = pair else { continue };
                    let (s, e) = (at + s, at + e + last.len());
                    out.push(Person {
                        name: CompactString::from(&text[s..e]),
                        title: person.title.clone(),
                        role: None,
                        note: None,
                        span: Span::new(s, e),
                    });
                }
            }
            _ => out.push(person),
        }
    }
    *found = out;
}

/// Whether `name` is two or more initials, each with a surname after it, one space apart:
/// "A Hale B Ives", "A. Hale B. Ives".
#[inline(never)]
fn is_initialled_run(name: &str) -> bool {
    // Most names start with no initial, and are turned away by their first two bytes.
    if !matches!(name.as_bytes(), [c, b' ' | b'.', ..] if c.is_ascii_uppercase()) {
        return false;
    }
    let count = memchr::memchr_iter(b' ', name.as_bytes()).count() + 1;
    count >= 4
        && count % 2 == 0
        && name.split(' ').enumerate().all(|(i, w)| {
            let b = w.as_bytes();
            if i % 2 == 0 {
                matches!(b, [c] | [c, b'.'] if c.is_ascii_uppercase())
            } else {
                w.starts_with(char::is_uppercase) && w.chars().any(char::is_lowercase)
            }
        })
}

/// [`add_section`] of one stretch of a list that page numbers cut ([`run_on`]; `first`
/// says whether it is the first, and is cleared): after the first, the present list's
/// stretches are added to it, not dropped as a second list. An unlabelled list ("Cllrs B
/// Austin, ...") is read as a present section too ([`skip_sub_label`] finds no label in it).
///
/// A label inside the part, after a full stop, semicolon or bar ("Present: Cllrs Hale, Ives.
/// Apologies: Cllr Kerr"), starts the next section there: what follows it is read as that
/// section's, as if it had started a line.
fn add_section_part(
    mut section: Section,
    mut text: &str,
    mut base: usize,
    attendance: &mut Attendance,
    first: &mut bool,
) {
    while let Some((cut, next, after)) = inline_label(text) {
        add_section_part_alone(section, &text[..cut], base, attendance, first);
        (section, text, base) = (next, &text[after..], base + after);
        *first = true;
    }
    add_section_part_alone(section, text, base, attendance, first);
}

/// The first label inside `text` that follows a full stop, semicolon or bar (or, without
/// one, a label in capitals) and ends with a colon: where the text before it ends, its
/// section, and where the text after it starts.
/// Only the colons are looked at, and most parts have none.
fn inline_label(text: &str) -> Option<(usize, Section, usize)> {
    let bytes = text.as_bytes();
    memchr::memchr_iter(b':', bytes).find_map(|colon| {
        // The phrase before the colon, back to a separator: a label is a few words long.
        let from = colon.saturating_sub(MAX_LABEL_LEN + 2);
        let Some(sep) = bytes[from..colon]
            .iter()
            .rposition(|&b| matches!(b, b'.' | b';' | b'|'))
        else {
            // "... and Steve Ames MEMBERS ABSENT: Bo Ives": a label in capitals after the
            // last name, no separator between.
            return label_before_colon(text, colon, true).filter(|&(at, _, _)| at > 0);
        };
        let sep = sep + from;
        let start = sep
            + 1
            + bytes[sep + 1..]
                .iter()
                .take_while(|b| b.is_ascii_whitespace())
                .count();
        if start == sep + 1 || start >= colon {
            return None;
        }
        let (section, after) = label(&text[start..])?;
        (start + after > colon).then_some((sep + 1, section, start + after))
    })
}

/// [`add_section_part`] of a part that holds one section.
fn add_section_part_alone(
    section: Section,
    text: &str,
    base: usize,
    attendance: &mut Attendance,
    first: &mut bool,
) {
    if std::mem::take(first) || section != Section::Present {
        add_section(section, text, base, attendance);
    } else {
        append(&mut attendance.present, people::parse_name_list(text, base));
    }
}

/// The members present a list names: the first list found is the one, unless only the
/// chair ("In the Chair: ...") came before it, whom it then follows (left out if it names
/// them again).
fn add_present(attendance: &mut Attendance, found: Vec<Person>) {
    if attendance.present.is_empty() {
        attendance.present = found;
    } else if only_the_chair(&attendance.present) {
        let chair = attendance.present[0].name.clone();
        attendance
            .present
            .extend(found.into_iter().filter(|p| p.name != chair));
    }
}

/// Whether the members present so far are only the one an "In the Chair:" line named:
/// the list of those present is still to come.
fn only_the_chair(present: &[Person]) -> bool {
    matches!(present, [chair] if chair.role.as_deref() == Some("Chair"))
}

/// `found` after the people of `list`: taken as it is when `list` is empty (most often),
/// rather than copied into a new allocation.
fn append(list: &mut Vec<Person>, found: Vec<Person>) {
    if list.is_empty() {
        *list = found;
    } else {
        list.extend(found);
    }
}

/// Skips a "Councillors:" sub-heading, or the line of a legend ("* Denotes attendance  Ø
/// Denotes apology for absence", whose marks the list lost), at the start of a present list.
fn skip_sub_label(text: &str) -> usize {
    let trimmed = text.trim_start_matches(is_space);
    let lead = text.len() - trimmed.len();
    for sub in ["councillors:", "members:"] {
        if starts_with_ci(trimmed, sub) {
            return lead + sub.len();
        }
    }
    let legend = trimmed
        .strip_prefix('*')
        .is_some_and(|t| starts_with_ci(t.trim_start(), "denotes "));
    match trimmed.find('\n') {
        Some(end) if legend => lead + end + 1,
        _ => 0,
    }
}

/// Names that a line's wrap cut, made whole: an apologies sentence is read a line (or a
/// paragraph) at a time, so "... received from Councillors Bethan Rowlands and Ivo" /
/// "Stanek." gives "Ivo"; the surname that starts the next line (then a full stop or a
/// separator) is the rest of that name. Out of line: asked once a document, of the
/// apologies found.
#[inline(never)]
pub(crate) fn join_wrapped_names(input: &str, people: &mut [Person]) {
    for person in people {
        let Some(after) = input.get(person.span.end..) else {
            continue;
        };
        // The name ends its line: a line break, maybe after white space, then the next line.
        let line_end = after.len() - after.trim_start_matches([' ', '\t', '\r']).len();
        let Some(next) = after[line_end..].strip_prefix('\n') else {
            continue;
        };
        if !people::ends_a_wrapped_name(next) || person.note.is_some() {
            continue;
        }
        let surname = next
            .split(|c: char| !(c.is_ascii_alphabetic() || matches!(c, '\'' | '-')))
            .next()
            .unwrap_or("");
        person.name.push(' ');
        person.name.push_str(surname);
        person.span.end += line_end + 1 + surname.len();
    }
}

/// Names listed again are dropped, the first kept: parish minutes list the members absent
/// in their head and the apologies again in the item ("Members Absent: Cllrs Crump, Spurr"
/// then "Apologies were received from Cllrs Crump, Spurr"), one person each. Only short
/// lists are compared (each with those before it): a list of hundreds is no apologies.
pub(crate) fn drop_repeated_names(people: &mut Vec<Person>) {
    if people.len() < 2 || people.len() > 64 {
        return;
    }
    // Compared in place, no set built: most lists have no name twice, and a repeat is
    // removed where it stands.
    let mut i = 1;
    while i < people.len() {
        if people[..i].iter().any(|p| p.name == people[i].name) {
            people.remove(i);
        } else {
            i += 1;
        }
    }
}

/// A council's tier before a councillor's title ("County Cllr A Hale", "District
/// Councillor B Ives") is read as a name of its own, the tier alone, by the list's
/// split at the title: such an entry, a tier with a councillor's title after it in `input`,
/// is dropped ("Cllr Town" stays). With `posts`, an officer's post read as a name ("...
/// and the Clerk") is dropped too: no member (lists of officers keep them); so is the
/// post's holder named right after it ("the Clerk, Mrs J Wren"). One pass: removing
/// entries one by one was quadratic in a long list. (A bare "Clerk Mrs J Wren" or a seat's
/// "Vacancy" would take a test of every person of every list: +0.025 instructions a byte,
/// for a shape none of the pages looked at had.)
pub(crate) fn drop_non_names(people: &mut Vec<Person>, input: &str, posts: bool) {
    // Most lists have none: looked for before the list is rewritten.
    if people.iter().any(|p| is_no_name(p, input, posts)) {
        // Where the last post dropped ends, while the next person may be its holder.
        let mut post_end = None;
        people.retain(|p| {
            let holder = post_end
                .take()
                .is_some_and(|end| names_holder(p, input, end));
            let post = is_no_name(p, input, posts);
            if post && posts {
                post_end = Some(p.span.end);
            }
            !post && !holder
        });
    }
}

/// Drops the members' list's officers that the list marks by their post in brackets ("Mr J
/// Wren (Clerk)", "B Rooks(Parish Clerk)", "(Clerk to the Council)") or after a comma ("Jo
/// Nash, Clerk"): the clerk is in attendance, not a member present. Only the note and role
/// are read (a person without either passes at once).
pub(crate) fn drop_noted_clerks(present: &mut Vec<Person>) {
    let clerk = |p: &Person| {
        p.note.as_deref().is_some_and(is_clerk_note) || p.role.as_deref().is_some_and(is_clerk_note)
    };
    if present.iter().any(clerk) {
        present.retain(|p| !clerk(p));
    }
}

/// Whether a bracket's note is a clerk's post: "Clerk", "... Clerk", "Clerk to ...",
/// "Clerk/RFO".
#[cold]
fn is_clerk_note(note: &str) -> bool {
    let n = note.trim();
    let b = n.as_bytes();
    let ends = b.len() >= 5
        && b[b.len() - 5..].eq_ignore_ascii_case(b"clerk")
        && (b.len() == 5 || b[b.len() - 6] == b' ');
    ends || starts_with_ci(n, "clerk to ") || starts_with_ci(n, "clerk/")
}

/// Whether `p` is a tier or (with `posts`) a post read as a name: see [`drop_non_names`].
/// A tier is the whole of the person's text, a tier and its space before a councillor's
/// title ([`people::tier_before_councillor`], the reader's own test). The bytes around the
/// name first (" C" of " Cllr" after it, "the " opening it) turn away nearly every person;
/// inlined into the loop over every list's people.
#[inline(always)]
fn is_no_name(p: &Person, input: &str, posts: bool) -> bool {
    let b = input.as_bytes();
    let (s, e) = (p.span.start, p.span.end);
    (b.get(e..e + 2) == Some(b" C") && people::tier_before_councillor(&input[s..]) == e + 1 - s)
        || (posts
            && matches!(b.get(s..s + 4), Some(b"the " | b"The "))
            && people::is_post_alone(&p.name))
}

/// Whether `p`, read right after an officer's post that ends at `post_end`, is the post's
/// holder: only a comma, colon or space between them, and no councillor's title of its own
/// ("the Clerk, Mrs J Wren"; "the Clerk, Cllr B Ives" names a member).
#[cold]
fn names_holder(p: &Person, input: &str, post_end: usize) -> bool {
    let gap = input.get(post_end..p.span.start).unwrap_or("x");
    gap.len() <= 3
        && gap.bytes().all(|b| matches!(b, b',' | b':' | b' '))
        && !starts_with_councillor(&input[p.span.start..])
}

/// The chair is the person listed with the role "Chair". Later entries with the chair's
/// name are dropped ("Present: Cllr A Hale (Chair), ..." then "Cllr A Hale in the Chair" on
/// a line of its own): one person, listed twice. (Only the chair is looked for: one pass,
/// where comparing every pair cost 0.2 instructions a byte of short documents.)
pub(crate) fn set_chair(attendance: &mut Attendance) {
    let present = &mut attendance.present;
    let Some(at) = present.iter().position(|p| {
        p.role
            .as_deref()
            .is_some_and(|r| r.eq_ignore_ascii_case("chair"))
    }) else {
        return;
    };
    let chair = present[at].name.clone();
    let mut i = 0;
    present.retain(|p| {
        i += 1;
        i <= at + 1 || p.name != chair
    });
    if attendance.chair.is_none() {
        attendance.chair = Some(attendance.present[at].clone());
    }
}

/// Phrases after which minutes name the officers and guests they welcome, the first found
/// winning. [`after_welcome`] looks for them; this list is its reference in the tests.
#[cfg(test)]
const WELCOMES: [&str; 4] = [
    "welcomed to the meeting ",
    "also in attendance were ",
    "in attendance were ",
    "welcomed to the meeting: ",
];

/// Where the names start after the first of `WELCOMES` (in their order) that `text` says:
/// two searches, one per distinct phrase, rather than one per entry.
/// A phrase's end is checked byte by byte: "welcomed to the meeting" followed by " " or ": ",
/// "in attendance were " preceded by "also " or not.
fn after_welcome(text: &str) -> Option<usize> {
    let bytes = text.as_bytes();
    let search = |pat: &'static str| {
        let found = (bytes.len() >= pat.len())
            .then(|| occurrences_ci(bytes, pat.as_bytes(), 0, bytes.len()));
        found.into_iter().flatten().map(move |at| at + pat.len())
    };
    let rest = |end: usize, more: &str| {
        bytes[end..].len() >= more.len()
            && bytes[end..end + more.len()].eq_ignore_ascii_case(more.as_bytes())
    };
    let mut colon = None;
    for end in search("welcomed to the meeting") {
        if rest(end, " ") {
            return Some(end + 1);
        }
        if colon.is_none() && rest(end, ": ") {
            colon = Some(end + 2);
        }
    }
    let mut plain = None;
    for end in search("in attendance were ") {
        let at = end - "in attendance were ".len();
        if at >= 5 && bytes[at - 5..at].eq_ignore_ascii_case(b"also ") {
            return Some(end);
        }
        plain = plain.or(Some(end));
    }
    plain.or(colon)
}

/// Apologies and substitutions recorded in an item's minutes, and the people the minutes
/// welcome ("The Chair welcomed to the meeting Jane Wood, Head of Service ..."). An
/// `untitled` item (an item page that lost its heading) has its apology sentences read as
/// an apologies item's are: with no title to say what it is, they are all it says.
pub(crate) fn from_item(
    input: &str,
    kind: ItemKind,
    untitled: bool,
    units: &[Scanned],
    attendance: &mut Attendance,
    known: &mut KnownNames,
) {
    for unit in units
        .iter()
        .filter(|u| u.triggers.has(Trigger::Welcome))
        .map(|u| &u.span)
    {
        let text = &input[unit.start..unit.end];
        if let Some(from) = after_welcome(text) {
            // The sentence's full stop ends the names, and is no part of the last one ("the
            // meeting Dr Kebake." names "Dr Kebake").
            let end = text[from..].find(". ").map_or(text.len(), |e| from + e);
            let end = end - usize::from(text[from..end].ends_with('.'));
            let people = people::parse_people_with_roles(&text[from..end], unit.start + from);
            for person in people {
                known.push_new(&mut attendance.in_attendance, person);
            }
        }
    }
    match kind {
        _ if untitled => {
            apology_sentences(input, units, attendance);
        }
        ItemKind::Apologies => {
            // A list with no sentence around it: "Cllrs D Kerr and E Lamb."
            let said = apology_sentences(input, units, attendance);
            if !said && !received_from_list(input, units, attendance) {
                bare_apologies_list(input, units, attendance);
            }
        }
        ItemKind::Substitutes => {
            for unit in units {
                if let Some(s) = substitution(input, unit.span) {
                    attendance.substitutes.push(s);
                }
            }
        }
        // "Mayoral Announcements" / "(i) Apologies for absence" / "Apologies were received
        // from ...": an item of other business whose minutes open with a paragraph headed
        // as the apologies has that paragraph read as an apologies item's are.
        _ => {
            // The heading opens the item's minutes: only their first paragraph is asked.
            // Its length first, before the text is sliced (which tests char boundaries).
            let heading = units.first().is_some_and(|u| {
                u.span.end - u.span.start <= 32
                    && is_apologies_heading(&input[u.span.start..u.span.end])
            });
            if heading {
                apology_sentences(input, units.get(1..2).unwrap_or_default(), attendance);
            }
        }
    }
}

/// A paragraph that heads the apologies inside another item's minutes: "Apologies for
/// absence", "(i) Apologies for absence", "a) Apologies:" and no more.
///
/// Asked of the first paragraph of most items: its length and its last letter turn nearly
/// all away before any comparison.
fn is_apologies_heading(text: &str) -> bool {
    if !(9..=32).contains(&text.len()) {
        return false;
    }
    let rest = text.trim_end_matches([':', '.', ' ']);
    if !rest
        .as_bytes()
        .last()
        .is_some_and(|b| matches!(b, b's' | b'S' | b'e' | b'E'))
    {
        return false;
    }
    let head = ["apologies for absence", "apologies"].iter().find_map(|w| {
        let at = rest.len().checked_sub(w.len())?;
        (rest.is_char_boundary(at) && rest[at..].eq_ignore_ascii_case(w)).then_some(at)
    });
    match head {
        Some(0) => true,
        Some(at) => lexer::paren_number(&rest[..at]).is_some_and(|(_, after)| after == at),
        None => false,
    }
}

/// The names of a document's officers and guests so far, so that a person welcomed in the
/// minutes is added once. A scan of the list for each person welcomed made a long list (or
/// many welcomes) cost its length squared; a short list is still scanned, which costs less
/// than hashing a name.
#[derive(Debug, Default)]
pub(crate) struct KnownNames {
    /// The list's names, made once the list is longer than [`KnownNames::SCANNED`].
    names: Option<HashSet<CompactString>>,
    /// How many of the list's people `names` holds. The list only grows (the header's and
    /// titled items' sections are appended to it too), so the people after these are added
    /// before each look-up.
    synced: usize,
}

impl KnownNames {
    /// The longest list that is scanned rather than looked up in the set.
    const SCANNED: usize = 32;

    /// Pushes `person` onto `list` unless someone of the same name is on it already.
    pub(crate) fn push_new(&mut self, list: &mut Vec<Person>, person: Person) {
        let known = if list.len() <= Self::SCANNED {
            list.iter().any(|p| p.name == person.name)
        } else {
            self.has(list, &person.name)
        };
        if !known {
            list.push(person);
        }
    }

    /// Whether someone on `list` is named `name`, by the set, given first the names it lacks.
    fn has(&mut self, list: &[Person], name: &str) -> bool {
        let names = self.names.get_or_insert_with(HashSet::new);
        if list.len() < self.synced {
            // Not reached: the list only grows. Read again from its start.
            names.clear();
            self.synced = 0;
        }
        names.extend(list[self.synced..].iter().map(|p| p.name.clone()));
        self.synced = list.len();
        names.contains(name)
    }
}

/// "Councillor Forecast was present as Substitute Member for Councillor Webb.",
/// "Councillor Janet Burgess substituted for Councillor Richard Watts."
fn substitution(input: &str, span: Span) -> Option<Substitution> {
    let text = &input[span.start..span.end];
    let at = find_ascii_ci(text, "substitut")?;
    let head_end = [" was ", " substitut", " attended"]
        .iter()
        .filter_map(|w| find_ascii_ci(text, w))
        .min()?
        .min(at);
    let substitute = people::parse_name_list(&text[..head_end], span.start)
        .into_iter()
        .next()?;
    let replacing = find_ascii_ci(&text[at..], " for ").and_then(|f| {
        let from = at + f + " for ".len();
        let end = text[from..]
            .find(['.', ',', ';'])
            .map_or(text.len(), |e| from + e);
        people::parse_name_list(&text[from..end], span.start + from)
            .into_iter()
            .next()
    });
    Some(Substitution {
        substitute,
        replacing,
        span,
    })
}

/// People named in the header as present: used by tests of the header reader.
#[cfg(test)]
fn names(people: &[Person]) -> Vec<&str> {
    people.iter().map(|p| p.name.as_str()).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A table's label cell and its value's ("Chair: | Cllr A Hale |"), and a council's kind
    /// before its members' label ("Parish Councillors:").
    #[test]
    fn table_cells_and_parish_labels() {
        let text = "Chair: | Cllr A Hale |";
        let (section, at) = label(text).unwrap();
        assert_eq!((section, &text[at..]), (Section::Chair, "Cllr A Hale |"));
        let text = "Parish Councillors: Cllrs B Ives, C Joss";
        let (section, at) = label(text).unwrap();
        assert_eq!(
            (section, &text[at..]),
            (Section::Present, "Cllrs B Ives, C Joss")
        );
        assert_eq!(
            label("Town Councillors: Cllr D Kent").map(|l| l.0),
            Some(Section::Present)
        );
        assert_eq!(label("Parish Chair: Cllr D Kent"), None);
        // "Council in Attendance:" names the members; "Council Members:" is a roster.
        assert_eq!(
            label("Council in Attendance:").map(|l| l.0),
            Some(Section::Present)
        );
        assert_eq!(label("Council Chambers"), None);
        assert_eq!(label("Parish matters were discussed"), None);
        let text = "Present ; Cllrs B Ives, C Joss";
        assert_eq!(
            label(text).map(|(_, at)| &text[at..]),
            Some("Cllrs B Ives, C Joss")
        );
    }

    /// "PRESENT S. Ann Hale, Chair; ...": a present or absent label in capitals with no
    /// colon before a name; in title case, before no name or a word in capitals, none.
    #[test]
    fn capitals_labels_without_colon_before_a_name() {
        let text = "PRESENT S. Ann Hale, Chair; Bo L. Ives and Cy Joss.";
        let (section, at) = label(text).unwrap();
        assert_eq!(
            (section, &text[at..]),
            (
                Section::Present,
                "S. Ann Hale, Chair; Bo L. Ives and Cy Joss."
            )
        );
        let text = "ABSENT Mr. Kent";
        assert_eq!(
            label(text).map(|(s, at)| (s, &text[at..])),
            Some((Section::Apologies, "Mr. Kent"))
        );
        assert_eq!(label("Present Mr. Kent spoke"), None);
        assert_eq!(label("PRESENTATIONS Mr. Kent"), None);
        assert_eq!(label("PRESENT AT THE MEETING"), None);
        assert_eq!(label("PRESENT 12 members"), None);
    }

    /// "County Cllr A Hale": the tier read as a name of its own is dropped; "the Clerk"
    /// from members' lists.
    #[test]
    fn tier_words_before_a_councillor_are_no_name() {
        let text =
            "Cllr A Hale, County Cllr B Ives, Ward Councillor C Joss, Cllr Town and the Clerk";
        let person = |name: &str| {
            let start = text.find(name).unwrap();
            Person {
                name: name.into(),
                title: None,
                role: None,
                note: None,
                span: Span::new(start, start + name.len()),
            }
        };
        let all = [
            "A Hale",
            "County",
            "B Ives",
            "Ward",
            "C Joss",
            "Town",
            "the Clerk",
        ]
        .map(person);
        let mut people = all.to_vec();
        drop_non_names(&mut people, text, true);
        assert_eq!(names(&people), ["A Hale", "B Ives", "C Joss", "Town"]);
        // Officers keep their posts.
        let mut people = all.to_vec();
        drop_non_names(&mut people, text, false);
        assert_eq!(
            names(&people),
            ["A Hale", "B Ives", "C Joss", "Town", "the Clerk"]
        );
        drop_non_names(&mut Vec::new(), text, true);
        // Two tiers are one: "County Borough Councillors".
        assert_eq!(
            people::tier_before_councillor("County Borough Councillors B Ives"),
            "County Borough ".len()
        );
        assert_eq!(people::tier_before_councillor("County Borough Hall"), 0);
        assert!(people::is_post_alone("the Town Clerk"));
        assert!(!people::is_post_alone("the Lord Mayor"));
        assert!(!people::is_post_alone("Clerkson"));
    }

    /// A post's holder named after it is no member; a councillor after the post is one.
    #[test]
    fn a_post_takes_its_holder() {
        for (line, want) in [
            (
                "Present: Cllrs A Hale, B Ives and the Clerk, Mrs C Joss.",
                &["A Hale", "B Ives"][..],
            ),
            (
                "Present: Cllrs A Hale, B Ives and the Clerk: Mrs C Joss",
                &["A Hale", "B Ives"],
            ),
            (
                "Present: Cllrs A Hale, B Ives and the Clerk, Cllr D Kerr",
                &["A Hale", "B Ives", "D Kerr"],
            ),
        ] {
            let text = format!("Minutes of the meeting of Elm Parish Council\n\n{line}\n\n1. Apologies\nNone.\n\n2. Minutes\nAgreed.\n");
            let doc = crate::parse(&text);
            assert_eq!(names(&doc.attendance.present), want, "{line:?}");
        }
    }

    /// An item titled "Chairman" whose text is a sentence names no chair by its first
    /// word; the sentence's "Cllr Ives take the Chair" does.
    #[test]
    fn a_chairman_item_of_a_sentence_names_no_chair_by_its_first_word() {
        let text = "Minutes of the Meeting of Elm Town Council held on 2 June 2031.\n\nCllrs A Hale, B Ives and C Joss\n\n1 Chairman\n\nDue to the absence of the Mayor it was agreed that Cllr Ives take the Chair.\n\n2 Apologies for Absence\n\nNone.\n";
        let doc = crate::parse(text);
        assert_eq!(
            names(&doc.attendance.present),
            ["A Hale", "B Ives", "C Joss"]
        );
        assert_eq!(
            doc.attendance.chair.map(|p| p.name).as_deref(),
            Some("Ives")
        );
    }

    /// "Councillor Mrs Hale (The Mayor) and" over "Councillors ...": one list of those
    /// present, with no label; a line about one councillor is no list.
    #[test]
    fn one_councillor_and_runs_on_to_the_councillors() {
        let text = "Councillor Mrs Hale (The Mayor) and\n\nCouncillors Ives, Joss and Kerr\n\n1. Prayers\n";
        let att = header_attendance(text);
        assert_eq!(names(&att.present), ["Mrs Hale", "Ives", "Joss", "Kerr"]);
        assert!(!starts_as_name_list("Councillor Hale welcomed everyone"));
    }

    #[test]
    fn the_chair_listed_twice_is_kept_once() {
        let person = |name: &str, role: Option<&str>| Person {
            name: name.into(),
            title: None,
            role: role.map(Into::into),
            note: None,
            span: Span::new(0, 0),
        };
        let people = vec![
            person("B Ives", None),
            person("A Hale", Some("Chair")),
            person("C Joss", None),
            person("A Hale", Some("Chair")),
            person("B Ives", None),
        ];
        let mut attendance = Attendance {
            present: people,
            ..Attendance::default()
        };
        set_chair(&mut attendance);
        let names: Vec<&str> = attendance.present.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["B Ives", "A Hale", "C Joss", "B Ives"]);
    }

    /// An unlabelled list under one "Cllr", double spaced, runs over its blank lines while
    /// a line ends in a comma or the next opens "and".
    #[test]
    fn one_title_over_a_double_spaced_list() {
        let text = "Minutes of the Meeting of Elm Town Council held on 3 May 2031\n\nCllr A B Hale, C Ives, D E Joss,\n\nF Kerr, G Lamb (Town Mayor)\n\nand H Moss.\n\n\nJo Nash, Deputy Clerk\n\n1 Apologies for Absence\n\nNone.\n\n2 Minutes\n\nApproved.\n";
        let doc = crate::parse(text);
        assert_eq!(
            names(&doc.attendance.present),
            ["A B Hale", "C Ives", "D E Joss", "F Kerr", "G Lamb", "H Moss"]
        );
    }

    /// A present list's clerk, marked by the post in brackets, is no member present.
    #[test]
    fn a_clerk_noted_in_brackets_is_not_present() {
        let text = "Minutes of Elm Parish Council held on 3 May 2031\nPresent: Councillors Ann Hale (Chair), Bo Ives, Cy Joss(Parish Clerk) & Di Kerr (Clerk to the Council).\n1. Apologies\nNone.\n2. Minutes\nApproved.\n";
        let doc = crate::parse(text);
        assert_eq!(names(&doc.attendance.present), ["Ann Hale", "Bo Ives"]);
        // Or by the post after a comma.
        let text = "Minutes of Elm Parish Council held on 3 May 2031\nPresent: Cllr Ann Hale (Chair), Cllr Bo Ives, Cy Joss, Parish Clerk.\n1. Apologies\nNone.\n2. Minutes\nApproved.\n";
        let doc = crate::parse(text);
        assert_eq!(names(&doc.attendance.present), ["Ann Hale", "Bo Ives"]);
        assert!(!is_clerk_note("Clerks' friend"));
        assert!(!is_clerk_note("Leclerk"));
        assert!(is_clerk_note("Clerk/RFO"));
    }

    /// "Roll Call." after the roll call's heading says the roll was called: the names are
    /// the "Present:" line's.
    #[test]
    fn a_roll_called_names_no_one() {
        let text = "CITY OF ELM RIDGE\nWork Meeting\nRoll Call of Harbour Commissioners: Roll Call.\nPresent: Chairman Ann Hale, Bo Ives.\nAbsent: Cy Joss.\nItems for Consideration:\nThe map was viewed.\n";
        let doc = crate::parse(text);
        assert_eq!(names(&doc.attendance.present), ["Ann Hale", "Bo Ives"]);
        assert_eq!(names(&doc.attendance.apologies), ["Cy Joss"]);
    }

    /// A present list whose line ends in "Cllr." goes on to the name on the next line; an
    /// item titled "Present." reads its "Members:" line.
    #[test]
    fn lists_wrapped_after_a_title_and_present_items() {
        let text = "Ashbury Parish Council\nMinutes of the meeting held on 4 June 2031\n\nPresent:   Cllr. A. Hale (Chairman), Cllr. Beck, Cllr.\n           Ives and Cllr. Joss.\n\n1. Apologies\nNone.\n";
        let doc = crate::parse(text);
        assert_eq!(
            names(&doc.attendance.present),
            ["A. Hale", "Beck", "Ives", "Joss"]
        );
        let text = "Ashbury Parish Council\nMinutes of the meeting held on 4 June 2031\nAsh/101/31-32 / Present.\nMembers: Cllr. Hale (Interim Chairman), Cllr. Ives and Cllr. Joss.\nAsh/102/31-32 / Apologies.\nApologies were received from Cllr. Kemp.\n";
        let doc = crate::parse(text);
        assert_eq!(names(&doc.attendance.present), ["Hale", "Ives", "Joss"]);
        assert_eq!(
            doc.attendance.chair.map(|c| c.name.to_string()).as_deref(),
            Some("Hale")
        );
        assert_eq!(names(&doc.attendance.apologies), ["Kemp"]);
        assert_eq!(doc.items[0].title, "Present.");
    }

    /// "Present: Chair - Cllr A Hale, ...": the chair's role heads the list.
    #[test]
    fn a_chair_label_heads_the_present_list() {
        let text = "Ashbury Parish Council\nMinutes of the meeting held on 4 June 2031\nPresent: Chair - Cllr Ann Hale, Cllr Bo Ives, Cllr Cy Joss and 2 members of the public.\n1. Apologies\nNone.\n2. Minutes\nSigned.\n";
        let doc = crate::parse(text);
        assert_eq!(
            names(&doc.attendance.present),
            ["Ann Hale", "Bo Ives", "Cy Joss"]
        );
        assert_eq!(
            doc.attendance.chair.map(|c| c.name.to_string()).as_deref(),
            Some("Ann Hale")
        );
    }

    /// "ROLL CALL (Present): Councilmen ...": a heading of its own after another, its
    /// names those present; "Absent:" below it names the absent.
    #[test]
    fn a_roll_call_bracketed_present_names_those_present() {
        let text = "June 2, 2031\n\nA Regular Meeting of the Township Council was held.\n\nPLEDGE OF ALLEGIANCE\n\nROLL CALL  (Present):  Councilmen Al Bee, Cy Dee and Deputy Mayor Ed Eff\n\nAbsent:  Councilman Gus Hay\n\nAPPROVAL OF MINUTES\n\nDone.\n";
        let doc = crate::parse(text);
        assert_eq!(
            names(&doc.attendance.present),
            ["Al Bee", "Cy Dee", "Deputy Mayor Ed Eff"]
        );
        assert_eq!(names(&doc.attendance.apologies), ["Gus Hay"]);
        assert_eq!(roll_call_label("Roll Call (present): A Hale"), Some(21));
    }

    /// "Attendees:" labels those present as "Attendance:" does; a word that only starts
    /// so is no label.
    #[test]
    fn attendees_are_those_present() {
        let text = "Kelby Parish Council\nMinutes of the meeting held on 4 March 2031\nAttendees: Cllr A Hale (Chair), Cllr B Ives and Cllr C Joss\nApologies: Cllr D Kerr\n1. Minutes\nSigned.\n";
        let doc = crate::parse(text);
        assert_eq!(
            names(&doc.attendance.present),
            ["A Hale", "B Ives", "C Joss"]
        );
        assert_eq!(names(&doc.attendance.apologies), ["D Kerr"]);
        assert_eq!(roll_call_label("ATTENDEES: A Hale"), Some(11));
        assert_eq!(roll_call_label("Attendeesx A Hale"), None);
    }

    /// "Those Aldermen present were: ..." under "ROLL CALL": the names after the words,
    /// a nickname in curly quotes among them; a roll's stretch of names is its last
    /// sentence's.
    #[test]
    fn present_were_names_those_after_it() {
        let text = "ELM RIDGE CITY COUNCIL\nMINUTES OF JUNE 2, 2031\nROLL CALL\nMayor Ann Hale called the meeting to order at 7:00 p.m. Those\nAldermen present were: Bo Ives, Cy \u{201c}Sparky\u{201d} Joss,\nDi Lowe, and Ed Moss. Alderman Fay Nunn was absent.\nINVOCATION\nA prayer was said.\n";
        let doc = crate::parse(text);
        assert_eq!(
            names(&doc.attendance.present),
            [
                "Bo Ives",
                "Cy \u{201c}Sparky\u{201d} Joss",
                "Di Lowe",
                "Ed Moss"
            ]
        );
        let line = "Di Lowe, and Ed Moss. Alderman Fay Nunn was";
        assert_eq!(last_sentence_start(line, 0, line.len()), 22);
        let initials = "Mrs. A. Hale and Dr. B. Ives were";
        assert_eq!(last_sentence_start(initials, 0, initials.len()), 0);
        assert!(introduces_names(" were: Bo Ives"));
        assert!(!introduces_names(" at the meeting"));
    }

    /// "The following officials were present:" over one name a line.
    #[test]
    fn the_following_were_present_heads_a_list() {
        let text = "Board of Trustee Minutes - June 2, 2031\nA Regular Meeting of the Board of Trustees of the Village of Elm was held on June 2, 2031.\n\nThe following officials were present:\n\n\nMayor Hale\nTrustee Ives\nTrustee Joss\n\n1. CALL TO ORDER\nThe Mayor opened the meeting.\n";
        let doc = crate::parse(text);
        assert_eq!(
            names(&doc.attendance.present),
            ["Mayor Hale", "Trustee Ives", "Trustee Joss"]
        );
        let line = "The following officials were present:";
        assert!(following_were(line, line.len() - 1));
        let long = "The following members of the public and the press were present:";
        assert!(!following_were(long, long.len() - 1));
    }

    /// A long sentence that ends "with the following members present to-wit:" over the
    /// members one a line, double spaced, the chair's role after a comma.
    #[test]
    fn a_long_sentence_ending_present_to_wit_heads_a_list() {
        let sentence = "The Elm County Board of County Commissioners, in and for Elm County, convened in a regular meeting on Monday, March 3, 2031 at 5:00 p.m. in the courtroom, located in the Elm County Courthouse, 12 North Main Street, Elmtown, Elm State, in the presence of the public, with the following members present to-wit:";
        assert!(sentence.len() > 300);
        let text = format!("{sentence}\n\n \n\nCommissioner Ann Hale, Chair    \n\nCommissioner Bo Ives\n\nCommissioner Cy Joss, Vice-Chair\n\n \n\n(Commissioner Joss arrived at 5:10 p.m.)\n\nCall to Order:\n");
        let att = header_attendance(&text);
        assert_eq!(
            names(&att.present),
            [
                "Commissioner Ann Hale",
                "Commissioner Bo Ives",
                "Commissioner Cy Joss"
            ]
        );
        assert_eq!(att.present[0].role.as_deref(), Some("Chair"));
    }

    /// Labels in capitals run into the last name of the section before them, on one long
    /// line or on a label's line: each section runs to the next label.
    #[test]
    fn labels_in_capitals_after_a_name_start_the_next_section() {
        let text = "PC 2031 ELMVALE PLANNING COMMISSION REGULAR MEETING MAY 6, 2031 Chairman Hale called the meeting to order at 7:00 p.m. MEMBERS PRESENT: Ann Hale, Bo Ives, Cy Joss, and Di Kerr MEMBERS ABSENT: Ed Lund STAFF PRESENT: Fay Moss, Planner; and Gus Nye, Engineer PUBLIC HEARING: ELM ACRES. The request before you is for the replat of an outlot into a lot.";
        assert!(text.len() > 300);
        let att = header_attendance(text);
        assert_eq!(
            names(&att.present),
            ["Ann Hale", "Bo Ives", "Cy Joss", "Di Kerr"]
        );
        assert_eq!(names(&att.apologies), ["Ed Lund"]);
        assert_eq!(names(&att.in_attendance), ["Fay Moss", "Gus Nye"]);
        let att =
            header_attendance("MEMBERS PRESENT: Ann Hale and Bo Ives MEMBERS ABSENT: Ed Lund\n");
        assert_eq!(names(&att.present), ["Ann Hale", "Bo Ives"]);
        assert_eq!(names(&att.apologies), ["Ed Lund"]);
    }

    /// "Late:" in a roll names members who came late: present too, after the others.
    #[test]
    fn a_roll_s_late_arrivals_are_present() {
        let text = "Harbour Minutes - May 8, 2031\n\n1. Welcome\n2. ROLL CALL of Harbour Commissioners:\nPresent: Ann Hale (Chair), Bo Ives\nLate: Cy Joss\nAbsent: Di Kemp\n3. Minutes\n";
        let doc = crate::parse(text);
        assert_eq!(
            names(&doc.attendance.present),
            ["Ann Hale", "Bo Ives", "Cy Joss"]
        );
        assert_eq!(names(&doc.attendance.apologies), ["Di Kemp"]);
    }

    /// A roll as a sentence of names under "ROLL CALL", a name split by the line's wrap,
    /// the officers in the next sentence; and eSCRIBE's "CALL TO ORDER" item
    /// that holds the "PRESENT:" list, one name a line, double spaced, after the style "His
    /// Worship".
    #[test]
    fn a_roll_sentence_and_a_call_to_order_item_name_those_present() {
        let text = "CITY OF ELM RIDGE\nREGULAR SESSION\n1. CALL TO ORDER\nThe Council met at 7:00 p.m.\n2. ROLL CALL\nMayor Ann Hale and Councilmembers Bo Ives, Cy\nJoss, and Di Lowe. Also present were City Manager Ed Moss.\n3. PLEDGE OF ALLEGIANCE\nThe Pledge was recited.\n";
        let doc = crate::parse(text);
        assert_eq!(
            names(&doc.attendance.present),
            ["Mayor Ann Hale", "Bo Ives", "Cy Joss", "Di Lowe"]
        );
        let text = "COUNCIL MEETING MINUTES\n\n1.\n\nCALL TO ORDER\n\n \n\nPRESENT:\n\n \n\nHis Worship, Mayor Ann Hale\n\nCouncillor Bo Ives\n\nCouncillor Cy Joss\n\n \n\nSTAFF:\n\nMr. Ed Moss, City Manager\n\n2.\n\nMINUTES\n\nThe minutes were adopted.\n";
        let doc = crate::parse(text);
        assert_eq!(
            names(&doc.attendance.present),
            ["Mayor Ann Hale", "Bo Ives", "Cy Joss"]
        );
    }

    /// "Roll call was taken with the following members present: ..." labels the names after
    /// it: the names before "Absent:" are no absent members.
    #[test]
    fn a_roll_sentence_with_its_members_label_names_them_present() {
        let text = "CITY OF ELM RIDGE\nPLANNING COMMISSION\nApril 8, 2025\nRoll call was taken with the following members present: Ames, Bell, Cole. Absent: Ellis.\n1. CALL TO ORDER\nThe meeting opened.\n";
        let doc = crate::parse(text);
        assert_eq!(names(&doc.attendance.present), ["Ames", "Bell", "Cole"]);
        assert_eq!(names(&doc.attendance.apologies), ["Ellis"]);
    }

    /// A run-on page (no line breaks) gives its head's labels one after another: the
    /// regrets end at the next field's label.
    #[test]
    fn run_on_regrets_end_at_the_next_label() {
        let text = format!(
            "Elm Township Council Meeting Minutes Council Present: Mayor Ann Hale Councillor Bo Ives Regrets: Deputy Mayor C.D. Joss Time: 6:00 p.m. 1. Call to Order: The Mayor opened the meeting. {}",
            "The Council discussed the park. ".repeat(40)
        );
        let doc = crate::parse(&text);
        assert_eq!(
            names(&doc.attendance.present),
            ["Mayor Ann Hale", "Bo Ives"]
        );
        assert_eq!(names(&doc.attendance.apologies), ["Deputy Mayor C.D. Joss"]);
    }

    #[test]
    fn welcome_phrases_are_found_in_their_order() {
        let pieces = [
            "welcomed to the meeting ",
            "Welcomed To The Meeting: ",
            "welcomed to the meeting:",
            "ALSO in attendance were ",
            "also  in attendance were ",
            "In Attendance Were ",
            "in attendance were",
            "x ",
            "£",
        ];
        for text in crate::test_text::joins(&pieces, 3) {
            let old = WELCOMES
                .iter()
                .find_map(|p| find_ascii_ci(&text, p).map(|at| at + p.len()));
            assert_eq!(after_welcome(&text), old, "{text:?}");
        }
    }

    /// The full stop that ends a welcome sentence is no part of the last name, whether the
    /// sentence ends the paragraph or another follows; a role after the name loses it too.
    #[test]
    fn welcomed_names_end_before_the_sentence_full_stop() {
        let welcomed = |sentence: &str| {
            let text =
                format!("PLANNING COMMITTEE\n\n131. WELCOME\n\n{sentence}\n\n132. MINUTES\n");
            let doc = crate::parse(&text);
            let people = &doc.attendance.in_attendance;
            for p in people {
                assert!(
                    p.span.slice(&text).is_some_and(|s| !s.ends_with('.')),
                    "{p:?}"
                );
            }
            people
                .iter()
                .map(|p| (p.name.to_string(), p.role.as_deref().map(String::from)))
                .collect::<Vec<_>>()
        };
        let kebake = vec![("Dr Kebake".to_string(), None)];
        assert_eq!(
            welcomed("The Chair welcomed to the meeting Dr Kebake."),
            kebake
        );
        assert_eq!(
            welcomed("The Chair welcomed to the meeting Dr Kebake. He spoke."),
            kebake
        );
        assert_eq!(
            welcomed("The Chair welcomed to the meeting Dr Kebake"),
            kebake
        );
        assert_eq!(
            welcomed("The Chair welcomed to the meeting Jane Wood, Head of Service."),
            vec![("Jane Wood".to_string(), Some("Head of Service".to_string()))]
        );
        assert!(welcomed("The Chair welcomed to the meeting.").is_empty());
        assert!(welcomed("The Chair welcomed to the meeting .").is_empty());
    }

    /// Welcomed people are added as a scan of the whole list added them (the rule before
    /// [`KnownNames`]), whatever the names and however the list grew between look-ups
    /// (sections appended to it, by one person or by a list that replaced an empty one).
    #[test]
    fn welcomed_names_are_added_once_as_a_scan_of_the_list_adds_them() {
        let person = |name: &str, at: usize| Person {
            name: name.into(),
            title: None,
            role: None,
            note: None,
            span: Span::new(at, at + 1),
        };
        let old = |list: &mut Vec<Person>, p: Person| {
            if !list.iter().any(|q| q.name == p.name) {
                list.push(p);
            }
        };
        // Each step: welcome a name ("+x;"), or append a section of names ("=x y;").
        let steps = [
            "+a;", "+b;", "+a;", "=a c;", "+c;", "+d;", "=;", "+;", "+A;", "=b b e;", "+e;",
        ];
        // From an empty list (scanned), and from one as long as the longest scanned (the
        // set's from the first person welcomed).
        let long: Vec<Person> = (0..KnownNames::SCANNED)
            .map(|i| person(&format!("n{i}"), i))
            .collect();
        for (script, first) in crate::test_text::joins(&steps, 4)
            .into_iter()
            .flat_map(|s| [(s.clone(), Vec::new()), (s, long.clone())])
        {
            let (mut by_set, mut by_scan) = (first.clone(), first);
            let mut known = KnownNames::default();
            for (k, step) in script.split_terminator(';').enumerate() {
                let (names, section) = match step.strip_prefix('=') {
                    Some(names) => (names, true),
                    None => (&step[1..], false),
                };
                if section {
                    let found: Vec<Person> = names.split(' ').map(|n| person(n, k)).collect();
                    append(&mut by_set, found.clone());
                    append(&mut by_scan, found);
                } else {
                    known.push_new(&mut by_set, person(names, k));
                    old(&mut by_scan, person(names, k));
                }
                assert_eq!(by_set, by_scan, "{script:?} step {k}");
            }
        }
        // A long list of distinct names: each is added.
        let mut list = Vec::new();
        let mut known = KnownNames::default();
        for i in 0..2000 {
            known.push_new(&mut list, person(&format!("N{i}"), i));
            known.push_new(&mut list, person(&format!("N{}", i / 2), i));
        }
        assert_eq!(list.len(), 2000);
    }

    #[test]
    fn apology_rare_bytes_are_bytes_of_their_words() {
        for (word, (rare, k)) in people::APOLOGY_WORDS.iter().zip(APOLOGY_RARE_BYTES) {
            assert_eq!(word.as_bytes()[k], rare, "{word:?}");
        }
    }

    #[test]
    fn apology_words_agree_with_a_search_of_each_line() {
        let input = "Present: Cllr A\nApologies were received\nfrom Cllr B; Received From \n\
                     Cllr C was EXCUSED\nno apolo\ngies here\napolog\nreceived from";
        for line in crate::lexer::lines(input) {
            let says = people::APOLOGY_WORDS
                .iter()
                .any(|w| find_ascii_ci(line.text, w).is_some());
            assert_eq!(says_apology_word(line.text), says, "{:?}", line.text);
        }
        let pieces = [
            "apolog",
            "APOLo",
            "g",
            "ies",
            "exCUSed",
            "excuse",
            "received",
            "received ",
            "FROM ",
            "from",
            " ",
            "x",
            "é",
            "\u{a0}",
        ];
        let mut texts = crate::test_text::joins(&pieces, 3);
        // Words across the chunks of a short line and past its end: every offset.
        for pad in 0..40 {
            for word in [
                "apolog",
                "EXCUSED",
                "received from ",
                "received fro",
                "xcused",
            ] {
                texts.push(format!("{}{word}", "a".repeat(pad)));
                texts.push(format!("{}{word}.", "é".repeat(pad / 2)));
            }
        }
        for text in texts {
            let says = people::APOLOGY_WORDS
                .iter()
                .any(|w| find_ascii_ci(&text, w).is_some());
            assert_eq!(says_apology_word(&text), says, "{text:?}");
        }
    }

    #[test]
    fn labels_of_every_form() {
        assert_eq!(
            label("Present:- Councillor Pitchley"),
            Some((Section::Present, 10))
        );
        assert_eq!(label("PRESENT:"), Some((Section::Present, 8)));
        assert_eq!(
            label("Apologies for absence:- Apologies were"),
            Some((Section::Apologies, 24))
        );
        assert_eq!(label("In attendance:"), Some((Section::InAttendance, 14)));
        assert_eq!(
            label("Members of the Public Present: Cllr H Davies").map(|l| l.0),
            Some(Section::Ignored)
        );
        assert_eq!(label("Presentations: Madison"), None);
        assert_eq!(label("Present"), Some((Section::Present, 7)));
        assert_eq!(label("Members were reminded that"), None);
    }

    /// "PRESENT: Councillors – A Hale": the members' word a dash parts from the names is
    /// passed as the colon is; a name after a dash is not.
    #[test]
    fn members_word_before_a_dash() {
        assert_eq!(
            label("PRESENT: Councillors \u{2013} Ann Hale (Chair); Bo Ives"),
            Some((Section::Present, 25))
        );
        assert_eq!(
            label("Present: Cllrs - A Hale, B Ives"),
            Some((Section::Present, 17))
        );
        assert_eq!(
            label("Present: Councillor Hale - Chair"),
            Some((Section::Present, 9))
        );
    }

    #[test]
    fn attendance_labels_by_first_letters_agree_with_a_scan_of_all() {
        let old = |phrase: &str| {
            let p = phrase.trim();
            LABELS.iter().any(|(word, _)| p.eq_ignore_ascii_case(word))
                || p.eq_ignore_ascii_case("council members")
        };
        let mut phrases: Vec<String> = LABELS
            .iter()
            .flat_map(|(w, _)| {
                [
                    w.to_string(),
                    w.to_uppercase(),
                    format!(" {w} "),
                    format!("{w}s"),
                ]
            })
            .collect();
        phrases.extend(
            [
                "",
                "p",
                "Pr",
                "x",
                "é",
                "Council Members",
                " council members",
                "Minutes",
                "Apologies.",
            ]
            .map(String::from),
        );
        phrases.extend(crate::test_text::joins_up_to(
            &["Members", " ", "present", "PR", "é"],
            3,
        ));
        for p in &phrases {
            assert_eq!(is_attendance_label(p), old(p), "{p:?}");
        }
    }

    #[test]
    fn labels_by_first_letters_agree_with_a_scan_of_all() {
        // `label` tries only the labels with the line's first three letters: the same answer as
        // trying them all in order.
        fn by_scan(text: &str) -> Option<(Section, usize)> {
            let late = ["Late:", "LATE:"].iter().find_map(|l| {
                let names = text.strip_prefix(l)?.trim_start_matches(is_space);
                Some((Section::Late, text.len() - names.len()))
            });
            LABELS
                .iter()
                .find_map(|(word, section)| {
                    if !starts_with_ci(text, word) {
                        return None;
                    }
                    let after = skip_translation(&text[word.len()..]);
                    if let Some(list) = list_after_were(word, after) {
                        return Some((*section, text.len() - list.len()));
                    }
                    let rest = after.trim_start_matches(|c: char| {
                        is_space(c) || matches!(c, ':' | '-' | '\u{2013}')
                    });
                    let has_colon = after[..after.len() - rest.len()].contains(':')
                        || after.starts_with(" -")
                        || after.starts_with(" \u{2013}");
                    let alone =
                        rest.is_empty() && !after.starts_with(|c: char| c.is_alphanumeric());
                    (has_colon || alone).then_some((*section, text.len() - rest.len()))
                })
                .or(late)
        }
        let mut lines = vec![
            "",
            "x",
            "p",
            "Late: Ann Hale",
            "LATE:",
            "Late",
            "Lately: x",
            "Late:  Ann Hale",
            "Presentations: x",
            "Members were",
            "ABSENT",
            "é",
            "aé",
        ];
        let owned: Vec<String> = LABELS
            .iter()
            .flat_map(|(w, _)| {
                [
                    format!("{w}:"),
                    w.to_uppercase(),
                    format!("{w} - Cllr X"),
                    format!("{w}s: y"),
                    format!("{w} x"),
                    // Cut short: the third letter's look-up turns away only what no label
                    // starts.
                    format!("{}:", &w[..3]),
                    format!("{}:", &w[..w.len() - 1]),
                ]
            })
            .collect();
        lines.extend(owned.iter().map(String::as_str));
        for line in lines {
            assert_eq!(label(line), by_scan(line), "{line:?}");
        }
    }

    /// [`from_header`] as it was written first: each line's label looked up where it is
    /// asked (a label that ends a list is looked up again as the next section's line), and
    /// every line read whatever its length. The reference for the one that keeps labels.
    fn from_header_line_by_line(input: &str, lines: &[Line<'_>], attendance: &mut Attendance) {
        let mut i = 0;
        while i < lines.len() {
            let line = &lines[i];
            if let Some((section, after)) = label(line.text) {
                let start = line.start + after;
                let mut end = line.end();
                let mut j = i + 1;
                if section == Section::Chair {
                    add_section(section, &input[start..end.max(start)], start, attendance);
                } else if start >= end || line.text[after..].trim_end().ends_with(':') {
                    while j < lines.len()
                        && label(lines[j].text).is_none()
                        && !is_sub_label_end(lines[j].text)
                    {
                        if !lines[j].is_blank() {
                            end = lines[j].end();
                        }
                        j += 1;
                    }
                    add_section(section, &input[start..end.max(start)], start, attendance);
                } else {
                    // The label that ended the list is dropped: it is looked up again as
                    // the next line.
                    let mut first = true;
                    (j, _) = run_on(lines, i, start, end, |s, e| {
                        add_section_part(section, &input[s..e.max(s)], s, attendance, &mut first);
                    });
                }
                i = j;
                continue;
            }
            if attendance.present.is_empty() && may_open_member_lines(line.text) {
                if let Some(next) = read_member_lines(input, lines, i, attendance) {
                    i = next;
                    continue;
                }
            }
            if line.text.len() > 300 && attendance.present.is_empty() {
                inline_labels(line, attendance);
            } else if (attendance.present.is_empty() || only_the_chair(&attendance.present))
                && starts_as_name_list(line.text)
            {
                let mut first = true;
                let (next, _) = run_on(lines, i, line.start, line.end(), |s, e| {
                    add_section_part(Section::Present, &input[s..e], s, attendance, &mut first);
                });
                i = next;
                continue;
            } else if let Some(after) = attendance
                .present
                .is_empty()
                .then(|| members_present_inside(line.text))
                .flatten()
            {
                // "The Council met ... with the following members present: Mayor Ruiz, ...", the
                // list on the line or the lines after it.
                i = read_sections_in_a_row(input, lines, i, (Section::Present, after), attendance);
                continue;
            } else if says_apology_word(line.text) {
                if let Some(found) = people::apologies_in_sentence(line.text, line.start) {
                    append(&mut attendance.apologies, found);
                }
            }
            i += 1;
        }
    }

    #[test]
    fn header_labels_kept_agree_with_a_look_up_of_each_line() {
        let lines = [
            "Present:",
            "PRESENT: Cllr A Smith (Chair), Cllr B Jones",
            "Councillors C Brown and D Green",
            "Cllr E White,",
            "F Black.",
            "Apologies for absence:- Cllr G Grey",
            "Apologies were received from Cllr H Blue.",
            "In attendance:",
            "Officers: Jane Roe - Clerk",
            "Chief Executive",
            "The webcast is online",
            "absent",
            "Also:",
            "",
            "  ",
            "x",
            "abs",
        ];
        let mut texts = crate::test_text::joins_up_to(
            &lines
                .map(|l| format!("{l}\n"))
                .each_ref()
                .map(String::as_str),
            4,
        );
        // Longer headers: every line once, in turns.
        for k in 0..lines.len() {
            let turned: Vec<&str> = lines[k..].iter().chain(&lines[..k]).copied().collect();
            texts.push(turned.join("\n"));
        }
        for text in &texts {
            let lines = crate::lexer::lines(text);
            let (mut kept, mut each) = (Attendance::default(), Attendance::default());
            from_header(text, &lines, &mut kept);
            from_header_line_by_line(text, &lines, &mut each);
            assert_eq!(kept, each, "{text:?}");
        }
    }

    #[test]
    fn no_line_shorter_than_the_shortest_read_line_is_read() {
        let shortest_label = LABELS
            .iter()
            .filter(|(_, section)| *section != Section::Chair)
            .map(|(w, _)| w.len())
            .min();
        assert_eq!(shortest_label, Some(SHORTEST_READ_LINE));
        // A chair label, its colon and a one-letter name.
        assert!(LABELS
            .iter()
            .filter(|(_, section)| *section == Section::Chair)
            .all(|(w, _)| w.len() + ": A".len() >= SHORTEST_READ_LINE));
        assert!(NAME_LIST_WORDS
            .iter()
            .map(|w| w.len() + 1)
            .chain(people::APOLOGY_WORDS.iter().map(|w| w.len()))
            .all(|n| n >= SHORTEST_READ_LINE));
    }

    #[test]
    fn header_sections_feed_attendance() {
        let text = "Present:- Councillor Smith (in the Chair); Councillors Jones and Brown.\n\nApologies for absence:- Apologies were received from Councillor Green.\n";
        let lines = crate::lexer::lines(text);
        let mut att = Attendance::default();
        from_header(text, &lines, &mut att);
        // The name parsing itself is tested in `people`; here: the sections reach it.
        assert_eq!(att.present.len(), names(&att.present).len());
        for p in att.present.iter().chain(&att.apologies) {
            assert!(p.span.slice(text).is_some());
        }
    }

    /// "Councillors" then any white space starts a present list: pages copied from HTML
    /// keep a non-breaking space there.
    #[test]
    fn a_name_list_starts_after_any_space() {
        for text in [
            "Councillors Mrs Blackmore, Brice and Cannon\n",
            "Councillors\u{a0}Mrs Blackmore, Brice and Cannon\n",
            "CLLRS\tMrs Blackmore, Brice and Cannon\n",
        ] {
            let att = header_attendance(text);
            assert_eq!(
                names(&att.present),
                ["Mrs Blackmore", "Brice", "Cannon"],
                "{text:?}"
            );
        }
        assert!(!starts_as_name_list("Councillorship was discussed"));
        assert!(starts_as_name_list("Cllr A B Hale, C Ives, D E Joss,"));
        assert!(!starts_as_name_list(
            "Cllr Hale said that, in his view, it was"
        ));
        assert!(!starts_as_name_list("Cllr Hale, Chairman"));
    }

    #[test]
    fn page_numbers_of_every_form() {
        for t in ["2", "Page 2", "PAGE 12 of 30", "- 3 -", "2 of 3"] {
            assert!(is_page_number(t), "{t:?}");
        }
        for t in [
            "",
            "Page",
            "Pages 2",
            "12345",
            "2 of",
            "Cllr Page",
            "Page 2 of the report",
        ] {
            assert!(!is_page_number(t), "{t:?}");
        }
    }

    /// An item of other business that heads a paragraph of its minutes as the apologies
    /// gives the names of the paragraph after it, and only that one's.
    #[test]
    fn apologies_under_a_heading_inside_another_item() {
        let text = "Agenda and minutes\n\nItems\nNo. Item\n\n4.\n\nMayoral Announcements\n\nMinutes:\n\n(i) Apologies for absence\n\nApologies were received from Councillors Hale, Ives and Joss\n\n(ii) Order of business\n\nApologies were given by the Mayor to Mr Kerr for the delay.\n";
        let doc = crate::parse(text);
        assert_eq!(names(&doc.attendance.apologies), ["Hale", "Ives", "Joss"]);
        for t in ["Apologies", "a) Apologies:", "APOLOGIES FOR ABSENCE."] {
            assert!(is_apologies_heading(t), "{t:?}");
        }
        for t in ["Apologies were received.", "(i) Order of business", ""] {
            assert!(!is_apologies_heading(t), "{t:?}");
        }
    }

    /// An apologies item whose text is the bare list of names gives them; one whose
    /// sentences name people gives those only.
    #[test]
    fn apologies_listed_twice_are_one_each() {
        let text = "Kelby Parish Council\nMinutes of the meeting held on Monday 2 June 2025\n\nMembers Present: Cllrs Hale, Ives and Joss\nMembers Absent: Cllrs Kerr and Lamb\n\n1. Apologies\nApologies were received from Cllrs Kerr and Lamb.\n\n2. Finance\nPaid.\n";
        let doc = crate::parse(text);
        let names: Vec<_> = doc
            .attendance
            .apologies
            .iter()
            .map(|p| p.name.as_str())
            .collect();
        assert_eq!(names, ["Kerr", "Lamb"]);
    }

    /// "Present: Chairman: Cllr A Hale Councillors: B Ives, C Joss": the chair's label, the
    /// chair, then the members' label and the members; "Apologies for Absence – Cllr Kerr"
    /// names the absent after the dash.
    #[test]
    fn a_chair_label_then_a_members_label_in_one_present_line() {
        let text = "Minutes of the meeting of the Council on Tuesday 3rd June 2025\n\nPresent: Chairman: Cllr Mrs Hale Councillors: Mrs Ives, Joss, Mrs Lamb-Moss\nClerk: Mrs Vale\n\n1. Welcome\n\n2. Apologies for Absence \u{2013} Cllr Kerr\n\n3. Finance\n";
        let doc = crate::parse(text);
        assert_eq!(
            names(&doc.attendance.present),
            ["Mrs Hale", "Mrs Ives", "Joss", "Mrs Lamb-Moss"]
        );
        assert_eq!(
            doc.attendance.chair.as_ref().map(|p| p.name.as_str()),
            Some("Mrs Hale")
        );
        assert_eq!(names(&doc.attendance.apologies), ["Kerr"]);
        assert_eq!(doc.items[1].title.as_str(), "Apologies for Absence");
        // A space before the colons, as some Welsh pages type them.
        let text = "Minutes of the meeting held on 3rd June 2025\n\nPresent: Chairman : Councillor Ann Hale Councillors : Bo Ives, Cy Joss and Di Lamb.\n\n1. Welcome\n";
        let doc = crate::parse(text);
        assert_eq!(
            names(&doc.attendance.present),
            ["Ann Hale", "Bo Ives", "Cy Joss", "Di Lamb"]
        );
        assert_eq!(members_label("A Hale Councillorship: B"), None);
        assert_eq!(members_label("A Hale Councillors :  B"), Some((6, 22)));
    }

    /// A heading in capitals that runs on into its sentence ("APOLOGIES FOR ABSENCE were
    /// received from ...") names the people after "received from".
    #[test]
    fn apologies_received_after_a_heading_in_capitals() {
        let text = "Minutes of the meeting of ASHBY PARISH COUNCIL held on Monday 3rd March 2025.\n\nPresent were Mr A Hale (Chairman) and Mrs B Ives.\n\nAPOLOGIES FOR ABSENCE were received from Mr C Kerr and Mrs D Lamb\n\nFINANCE. The cheques were signed.\n";
        let doc = crate::parse(text);
        assert_eq!(doc.items.len(), 2);
        assert_eq!(
            names(&doc.attendance.apologies),
            ["Mr C Kerr", "Mrs D Lamb"]
        );
    }

    #[test]
    fn an_apologies_item_may_be_a_bare_list() {
        let apologies = |body: &str| -> Vec<String> {
            let text =
                format!("PARISH COUNCIL\n\n1. APOLOGIES FOR ABSENCE\n{body}\n2. FINANCE\nPaid.\n");
            let doc = crate::parse(&text);
            names(&doc.attendance.apologies)
                .into_iter()
                .map(String::from)
                .collect()
        };
        assert_eq!(apologies("Cllrs D Kerr and E Lamb."), ["D Kerr", "E Lamb"]);
        assert_eq!(apologies("Cllr D Kerr, Cllr E Lamb"), ["D Kerr", "E Lamb"]);
        assert_eq!(
            apologies("Apologies were received from Cllr D Kerr.\nCllr Moss arrived late."),
            ["D Kerr"]
        );
        assert!(apologies("None.").is_empty());
        // A web page's no-break space after the title.
        assert_eq!(
            apologies("Councillors\u{a0}D Kerr and E Lamb."),
            ["D Kerr", "E Lamb"]
        );
        assert!(apologies("Councillorship was discussed.").is_empty());
        // One a line, with the reasons: every line of the run, not only the first.
        assert_eq!(
            apologies("Cllr D Kerr – work\nCllr E Lamb – holiday\nCllr F Moss"),
            ["D Kerr", "E Lamb", "F Moss"]
        );
        assert_eq!(
            apologies("Apologies were received from:\nCllr D Kerr\nCllr E Lamb"),
            ["D Kerr", "E Lamb"]
        );
        // The run ends at the first line that opens with no councillor's title.
        assert_eq!(
            apologies("Cllr D Kerr\nThese were accepted.\nCllr Moss had sent a report."),
            ["D Kerr"]
        );
    }

    /// An item titled "Present" whose lines go on to other sections ("In Attendance :",
    /// "Apologies for Absence" over its list): each section is read as in a header.
    #[test]
    fn a_present_item_may_hold_the_other_sections() {
        let text = "Minutes of the Parish Council Meeting\nheld on Monday 2 June 2031\n\n3101.01 Present\nCouncillors: A. Hale (Chairman), B Ives\nIn Attendance : 2 members of public\nApologies for Absence\nCouncillor C. Joss (CJ); County Councillor D. Kerr (DK);\n\n3101.02 Minutes\nApproved.\n";
        let doc = crate::parse(text);
        assert_eq!(names(&doc.attendance.present), ["A. Hale", "B Ives"]);
        assert_eq!(names(&doc.attendance.apologies), ["C. Joss", "D. Kerr"]);
        let text = "Minutes of the Parish Council Meeting\nheld on Monday 2 June 2031\n\n3101.01 Present\nCllr A Hale\nCllr B Ives\n\n3101.02 Minutes\nApproved.\n";
        let doc = crate::parse(text);
        assert_eq!(names(&doc.attendance.present), ["A Hale", "B Ives"]);
        assert!(doc.attendance.apologies.is_empty());
    }

    /// "In the Chair:" names the chair, who heads the members present that the next list
    /// gives (once, if it names them again).
    #[test]
    fn in_the_chair_heads_the_members_present() {
        for text in [
            "In the Chair: Cllr A Hale\nPresent: Cllrs B Ives, C Joss\n",
            "IN THE CHAIR: Councillor A Hale\nCllrs B Ives, C Joss and A Hale\n",
            "In the Chair: Cllr A Hale\n\nPresent: Cllr A Hale, Cllr B Ives and Cllr C Joss.\n",
            "Chairman: Cllr A Hale\nPresent: Cllrs B Ives, C Joss\n",
            "Chair: Councillor A Hale\nCllrs B Ives, C Joss\n",
            "Present: Cllr A Hale (Vice-Chair, in the Chair), Cllr B Ives, Cllr C Joss\n",
            // A legend whose marks the members' lines lost.
            "Panel Members in attendance:\n* Denotes attendance\n\nCllr A Hale (Chairman)\n\nCllr B Ives\nCllr C Joss\n",
            // Members marked for attendance by a legend's marks.
            "* Cllr A Hale – Chairman\n\n\u{d8} Cllr D Kerr\n* Cllr B Ives\n\n** Cllr C Joss\n* Denotes attendance\n",
            // The "Present:" label lost: the chair's role before a councillor starts the list.
            "Chairman Cllr A Hale\n\nVice Chairman Cllr B Ives\n\nCllr C Joss\n\nIn attendance:\n\nCllr D Kerr\n",
        ] {
            let mut att = header_attendance(text);
            set_chair(&mut att);
            assert_eq!(
                names(&att.present),
                ["A Hale", "B Ives", "C Joss"],
                "{text:?}"
            );
            assert_eq!(att.chair.map(|c| c.name), Some("A Hale".into()), "{text:?}");
        }
    }

    /// A present list without a full stop does not run on over the apologies sentence on
    /// the next line: that line gives the apologies.
    #[test]
    fn an_apologies_sentence_ends_the_present_list_before_it() {
        for apologies in [
            "Apologies were received from Cllrs D Kerr and E Lamb.",
            "Apologies for absence were received from Councillor D Kerr and Councillor E Lamb.",
        ] {
            let text = format!("Present: Cllrs A Hale (Chair), B Ives\n{apologies}\n");
            let att = header_attendance(&text);
            assert_eq!(names(&att.present), ["A Hale", "B Ives"], "{text:?}");
            assert_eq!(names(&att.apologies), ["D Kerr", "E Lamb"], "{text:?}");
        }
    }

    /// A name an apologies sentence's line wrap cut is made whole; one the list ended,
    /// or whose line a sentence or another name follows, is left as it is.
    #[test]
    fn names_cut_by_a_line_wrap_are_made_whole() {
        let apologies = |text: &str| {
            let mut att = header_attendance(text);
            join_wrapped_names(text, &mut att.apologies);
            for p in att.apologies.iter().filter(|p| p.note.is_none()) {
                let last_word = p.name.rsplit(' ').next().unwrap_or("");
                assert!(
                    p.span.slice(text).is_some_and(|s| s.ends_with(last_word)),
                    "{p:?}"
                );
            }
            names(&att.apologies)
                .into_iter()
                .map(String::from)
                .collect::<Vec<_>>()
        };
        for (text, want) in [
            (
                "Apologies were received from Councillors Bethan Rowlands and Ivo\nStanek.\n",
                &["Bethan Rowlands", "Ivo Stanek"][..],
            ),
            (
                "Apologies were received from Councillors Bethan Rowlands and Ivo  \r\nO'Brien-Stanek.",
                &["Bethan Rowlands", "Ivo O'Brien-Stanek"],
            ),
            (
                "Apologies were received from Councillors Bethan Rowlands and Ivo Stanek.\nNoted.\n",
                &["Bethan Rowlands", "Ivo Stanek"],
            ),
            (
                "Apologies were received from Councillors Bethan Rowlands and Ivo\nNoted.\n",
                &["Bethan Rowlands", "Ivo"],
            ),
            (
                "Apologies were received from Councillor Ivo (work)\nStanek.\n",
                &["Ivo"],
            ),
        ] {
            assert_eq!(apologies(text), want, "{text:?}");
        }
    }

    /// The attendance [`from_header`] reads from `text`, read as one header.
    fn header_attendance(text: &str) -> Attendance {
        let lines = crate::lexer::lines(text);
        let mut att = Attendance::default();
        from_header(text, &lines, &mut att);
        att
    }

    /// A list under a label alone, one name a line, that a page break cuts: the page
    /// number is no name and the names after it are read, each at its own offset.
    #[test]
    fn a_list_one_name_a_line_goes_on_past_a_page_number() {
        let text = "Present:\n\nCllr A Hale\n\nCllr B Ives\n\nPage 1 of 3\n\u{c}\nCllr C Joss\n\n- 2 -\n\nCllr D Kerr\n\nApologies:\n\nCllr E Lord\n";
        let att = header_attendance(text);
        assert_eq!(
            names(&att.present),
            ["A Hale", "B Ives", "C Joss", "D Kerr"]
        );
        assert_eq!(names(&att.apologies), ["E Lord"]);
        for p in att.present.iter().chain(&att.apologies) {
            let span = &text[p.span.start..p.span.end];
            assert!(span.ends_with(p.name.as_str()), "{p:?}");
        }
    }

    /// A list cut by blank lines (a page break, double-spaced text) goes on past them only
    /// where it cannot end: after a separator or a word a name follows.
    #[test]
    fn a_list_goes_on_past_blank_lines_only_where_it_cannot_end() {
        let read = |text: &str| {
            let att = header_attendance(text);
            names(&att.present)
                .into_iter()
                .map(String::from)
                .collect::<Vec<_>>()
        };
        for (text, want) in [
            (
                "Cllrs B Austin, D Bretherton,\n\nL Emery and T Wyse\n\nC Pinnells, Acting Town Clerk\n",
                vec!["B Austin", "D Bretherton", "L Emery", "T Wyse"],
            ),
            (
                "Attending: Council Member Flora, Council\n\n\nMember Wolfe and Mayor Merrill.\n",
                vec!["Flora", "Wolfe", "Mayor Merrill"],
            ),
            (
                "Cllrs B Austin, D Bretherton,\n\nPage 1 of 2\n\u{c}L Emery and T Wyse\n",
                vec!["B Austin", "D Bretherton", "L Emery", "T Wyse"],
            ),
            (
                "Present:- Councillors Reed, Lamb and\n\n- 4 -\n\nCllr Okafor.\n",
                vec!["Reed", "Lamb", "Okafor"],
            ),
            (
                "Present:- Councillors Reed, Lamb and\n\nOkafor.\n",
                vec!["Reed", "Lamb", "Okafor"],
            ),
            // A page break where the next page opens with a label: the list is what stood
            // before the page number (this once sliced the text backwards and panicked).
            (
                "Cllrs B Austin, D Bretherton,\n\n2\n\nApologies: C Joss\n",
                vec!["B Austin", "D Bretherton"],
            ),
            (
                "Cllrs B Austin, D Bretherton and\n\nPage 2 of 3\n\nThe meeting opened.\n",
                vec!["B Austin", "D Bretherton"],
            ),
            // A finished list stops at the blank line: the officers after it are not members.
            (
                "Cllrs B Austin and D Bretherton\n\nC Pinnells, Acting Town Clerk\n",
                vec!["B Austin", "D Bretherton"],
            ),
            (
                "Present:- Councillors Reed and Lamb.\n\nMember Wolfe spoke.\n",
                vec!["Reed", "Lamb"],
            ),
        ] {
            assert_eq!(read(text), want, "{text:?}");
        }
    }
}
