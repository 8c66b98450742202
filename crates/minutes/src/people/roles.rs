//! People with roles: officers listed with their job titles, one per line or in a
//! sentence ("Jane Wood, Head of Service ... and Chris Macdonald, Service Manager").

use std::cell::RefCell;
use std::thread::LocalKey;

use compact_str::CompactString;

use crate::model::{Person, Span};
use crate::simd;
use crate::text::{ci_at, find_ascii_ci, is_space, occurrences_ci};

use super::apologies::find_prefix_ci;
#[cfg(test)]
use super::helpers::find_word_ci;
use super::helpers::{
    char_at, char_before, clean_role_in, clean_short_in, first_sentence, flag, is_abbreviation,
    key_with, skip_space, starts_with_ci, tier_before_councillor, trim_range, word_boundary_at,
    word_boundary_before, Words,
};
use super::lists::{first_person, reserve_list_room};
use super::person::{may_start_remarks, name_end_of, read_person_at, Context, EntryWords};
use super::words::{list, on_list, skip_bullets, Facts};

/// Words that mark a job title rather than a name.
pub(super) const ROLE_WORDS: &[&str] = &[
    "attorney",
    "officer",
    "manager",
    "director",
    "head",
    "clerk",
    "chief",
    "executive",
    "administrator",
    "administrative",
    "assistant",
    "lead",
    "adviser",
    "advisor",
    "solicitor",
    "treasurer",
    "engineer",
    "planner",
    "secretary",
    "coordinator",
    "co-ordinator",
    "consultant",
    "representative",
    "inspector",
    "superintendent",
    "sergeant",
    "constable",
    "commissioner",
    "curator",
    "supervisor",
    "interim",
    "acting",
    "cfo",
    "ceo",
    "rfo",
    "accountant",
    "auditor",
    "analyst",
    "specialist",
    "lawyer",
    "counsel",
    "services",
    "service",
    "team",
    "practitioner",
    "worker",
    "principal",
    "headteacher",
    "governor",
    "trustee",
    "founder",
    "registrar",
    "warden",
    "technician",
    "surveyor",
    "architect",
    "ranger",
    "democratic",
    "governance",
    "finance",
    "legal",
    "monitoring",
    "strategic",
    "corporate",
    "development",
    "community",
    "communications",
    "partnership",
    "policy",
    "programme",
    "project",
    "senior",
    "deputy",
    "president",
];

/// Room for the words of a piece and their [`Facts`], lent to [`as_plain_name`] (the pieces
/// of a list share one).
struct PieceWords {
    words: Vec<(usize, usize)>,
    facts: Vec<Facts>,
}

impl Default for PieceWords {
    /// Room for a name's words from the start, rather than two reallocations of each.
    fn default() -> Self {
        PieceWords {
            words: Vec::with_capacity(8),
            facts: Vec::with_capacity(8),
        }
    }
}

/// A Person read from an entry if the entry is only a name (no job words, no prose).
fn as_plain_name(
    text: &str,
    base: usize,
    s: usize,
    e: usize,
    buf: &mut PieceWords,
) -> Option<Person> {
    // Job titles first, word by word: a role piece ("Chief Executive") is turned away at
    // its first job word, before the entry is split and its words stored. The facts looked
    // up are kept for reading the name.
    let is_role_word = |ws: usize, we: usize, facts: Facts| {
        // A word without '/' or '-' is its own only part: looked up once.
        facts.lists & list::ROLE != 0
            || (facts.flags & (flag::SLASH | flag::HYPHEN) != 0
                && key_with(&text[ws..we], facts.flags)
                    .as_str()
                    .split(['/', '-'])
                    .any(|p| on_list(p, list::ROLE)))
    };
    let start = skip_bullets(text, s, e);
    // "County Cllr A Hale": the councillor, without the tier.
    let start = start + tier_before_councillor(&text[start..e]);
    let PieceWords {
        words,
        facts: known,
    } = buf;
    words.clear();
    known.clear();
    let mut has_chair = false;
    let mut has_remarks = false;
    for (ws, we) in Words::new(text, start, e) {
        let facts = Facts::of_in(text, ws, we);
        if is_role_word(ws, we, facts) {
            return None;
        }
        has_chair = has_chair || facts.may_hold_chair_in(text, ws, we);
        has_remarks = has_remarks || may_start_remarks(text.as_bytes()[ws]);
        words.push((ws, we));
        known.push(facts);
    }
    if words.is_empty() {
        return None;
    }
    // The words just split are the entry's: `words_in(text, s, e)` would split them again;
    // and they tell whether it may hold a chair role without a search of its text, and
    // whether one of them may start its remarks.
    debug_assert!(has_remarks || name_end_of(text, words) == words.len());
    let entry = EntryWords::with_chair(text, e, words, has_chair, has_remarks);
    let mut person = None;
    let read = read_person_at(
        text,
        base,
        &entry,
        0,
        Context::default(),
        known,
        &mut person,
    );
    if read.truncated || read.next.is_some() {
        return None;
    }
    person
}

/// Lead-ins that introduce officers and guests in running text.
const ATTENDANCE_LEAD_INS: &[(&str, LeadWord)] = &[
    ("welcomed to the meeting", LeadWord::Welcomed),
    ("also in attendance were", LeadWord::Attendance),
    ("also in attendance was", LeadWord::Attendance),
    ("in attendance were", LeadWord::Attendance),
    ("in attendance was", LeadWord::Attendance),
    ("also present were", LeadWord::Present),
    ("also present was", LeadWord::Present),
    ("also in attendance:", LeadWord::Attendance),
    ("in attendance:", LeadWord::Attendance),
    ("also present:", LeadWord::Present),
    ("officers present:", LeadWord::Present),
    ("staff present:", LeadWord::Present),
    ("attendance:", LeadWord::Attendance),
    ("welcomed", LeadWord::Welcomed),
];

/// The word every lead-in of [`ATTENDANCE_LEAD_INS`] says: a text that does not say it
/// is not searched for the lead-in.
#[derive(Clone, Copy)]
enum LeadWord {
    Welcomed,
    Attendance,
    Present,
}

const LEAD_WORDS: [&str; 3] = ["welcomed", "attendance", "present"];

/// For each of [`LEAD_WORDS`], two bytes of it that are rare together in lists of names and
/// roles (far rarer than any one letter of a list of officers' titles: "Director",
/// "Deputy", "Planning"), and their offset in the word: [`says_lead_words`] scans for the
/// three pairs at once.
const LEAD_PAIRS: [([u8; 2], usize); 3] = [(*b"lc", 2), (*b"tt", 1), (*b"pr", 0)];

/// Which of [`LEAD_WORDS`] `text` says (any case): one scan for the rare pair of each,
/// where each found is compared with its word, instead of a search for each word. The scan
/// stops once all three are found.
fn says_lead_words(text: &str) -> [bool; 3] {
    let b = text.as_bytes();
    let mut says = [false; 3];
    // Whether all three are found once the pair at `at` is looked at.
    let check = |at: usize| {
        for (k, (word, (pair, offset))) in LEAD_WORDS.iter().zip(LEAD_PAIRS).enumerate() {
            if !says[k]
                && b[at] | 0x20 == pair[0]
                && b.get(at + 1).is_some_and(|&c| c | 0x20 == pair[1])
                && ci_at(b, word.as_bytes(), at, offset)
            {
                says[k] = true;
            }
        }
        says == [true; 3]
    };
    if simd::ENABLED {
        let pairs = LEAD_PAIRS.map(|(pair, _)| pair);
        simd::for_each_pair(b, |c, next| c.pairs_folded(next, &pairs), check);
    } else {
        let _ = (0..b.len()).any(check);
    }
    says
}

/// Where running text stops naming people ("... to the meeting", "who presented ...").
const ATTENDANCE_ENDS: &[&str] = &[
    " to the meeting",
    " who ",
    " to present",
    " to the committee",
];

/// People with their roles ("Jane Wood, Head of Service for Children in Care and Chris
/// Macdonald, Service Manager").
///
/// Running text (after "welcomed to the meeting", "Also in attendance were", ...) is read to
/// the end of its sentence; otherwise every line (and every ";" part) is an entry. An entry
/// is a comma list of "Name, Role", "Role, Name", "Name – Role" and "Name (Role)" pieces,
/// where the last words of a middle role may be the next name ("... in Care and Chris
/// Macdonald, Service Manager") and a role piece after a role continues it. Names keep
/// honorifics ("Ms Kayleigh Harrison"); `title` is set for Councillor-type titles. Best
/// effort: pieces that give no name are skipped.
pub(crate) fn parse_people_with_roles(text: &str, base: usize) -> Vec<Person> {
    thread_local! {
        /// The buffers of [`roles_in_entry`], lent from one text to the next of a thread
        /// instead of allocated and freed for each.
        static SCRATCH: RefCell<Scratch> = RefCell::default();
    }
    with_lent(&SCRATCH, |scratch| {
        people_with_roles_in(text, base, scratch)
    })
}

/// `f` with this thread's buffers in `key`, lent from one call to the next instead of
/// allocated and freed for each; a call made while they are lent (a reader inside another)
/// gets new ones rather than a panic.
pub(super) fn with_lent<T: Default, R>(
    key: &'static LocalKey<RefCell<T>>,
    f: impl FnOnce(&mut T) -> R,
) -> R {
    key.with(|cell| match cell.try_borrow_mut() {
        Ok(mut lent) => f(&mut lent),
        Err(_) => f(&mut T::default()),
    })
}

/// [`parse_people_with_roles`] with the buffers in `scratch` (whatever they hold).
pub(super) fn people_with_roles_in(text: &str, base: usize, scratch: &mut Scratch) -> Vec<Person> {
    let mut out = Vec::new();
    // Every lead-in says one of these: three searches turn away most texts before the
    // fourteen lead-ins are looked for.
    // A lead-in is looked for only when the text says its word: three searches turn away
    // most texts, and most of the lead-ins of the others.
    let says = says_lead_words(text);
    let lead_in = ATTENDANCE_LEAD_INS
        .iter()
        .filter(|&&(_, word)| says[word as usize])
        .find_map(|&(pat, _)| find_prefix_ci(text, pat, 0, text.len()).map(|i| i + pat.len()));
    match lead_in {
        Some(start) => {
            let end = first_sentence(&text[start..]).map_or(text.len(), |(_, e)| start + e);
            // The ends are lower-case ASCII: searched without a lower-cased copy.
            let end = ATTENDANCE_ENDS
                .iter()
                .filter_map(|p| find_ascii_ci(&text[start..end], p))
                .min()
                .map_or(end, |i| start + i);
            let end = trim_range(text, start, end).1;
            let end =
                if text[..end].ends_with('.') && !is_abbreviation(last_word(&text[start..end])) {
                    end - 1
                } else {
                    end
                };
            roles_in_entry(text, base, start, end, &mut out, scratch);
        }
        None => {
            each_line_and_part(text, |part_start, part_end| {
                if part_start == part_end {
                    return;
                }
                let (s, e) = trim_range(text, part_start, part_end);
                let e = if text[s..e].ends_with(';') { e - 1 } else { e };
                if s < e {
                    let s = skip_bullets(text, s, e);
                    roles_in_entry(text, base, s, e, &mut out, scratch);
                }
            });
        }
    }
    out
}

/// The lines of `text` and the ";" parts of each, as byte ranges that keep their ";" but
/// not their "\n" (what `split_inclusive('\n')` and then `split_inclusive(';')` give, less
/// the line break, which would be trimmed from each line anyway and would keep it from
/// being taken as it is), passed to `f` in order: one pass for both separators, sixty-four
/// bytes a step where there is a vector unit (a memchr call for each short line cost more
/// than the line's look-ups), without an iterator chained over the two searches.
fn each_line_and_part(text: &str, mut f: impl FnMut(usize, usize)) {
    let bytes = text.as_bytes();
    let mut start = 0;
    let mut part = |at: usize| {
        f(start, at + usize::from(bytes.get(at) == Some(&b';')));
        start = at + 1;
    };
    if simd::ENABLED {
        simd::Positions::new(bytes, |c: simd::Chunk| c.eq(b'\n') | c.eq(b';')).for_each(&mut part);
    } else {
        memchr::memchr2_iter(b'\n', b';', bytes).for_each(&mut part);
    }
    if !text.is_empty() && !text.ends_with(['\n', ';']) {
        part(text.len());
    }
}

fn last_word(s: &str) -> &str {
    s.rsplit(is_space).next().unwrap_or(s)
}

/// Buffers [`roles_in_entry`] fills for each entry: one allocation for all the lines of a
/// list instead of two per line.
pub(super) struct Scratch {
    pieces: Vec<(usize, usize)>,
    /// For each piece, whether it has a byte of a dash or an opening bracket (see
    /// [`split_pieces`]): only those may pair a name with a role.
    marked: Vec<bool>,
    plain: Vec<Option<Option<Person>>>,
    /// The words of the piece being read (see [`as_plain_name`]).
    words: PieceWords,
}

impl Default for Scratch {
    /// Room for the pieces of a line from the start, rather than two reallocations of each.
    fn default() -> Self {
        Scratch {
            pieces: Vec::with_capacity(8),
            marked: Vec::with_capacity(8),
            plain: Vec::new(),
            words: PieceWords::default(),
        }
    }
}

/// The bytes that split an entry into pieces or mark a piece as one that may pair a name
/// with a role: brackets, the comma, '-', and 0xE2 (which starts '–' and '—').
fn is_piece_byte(b: u8) -> bool {
    matches!(b, b'(' | b')' | b',' | b'-' | 0xe2)
}

/// The offsets in `text[s..e]` (from `s`) of the bytes of [`is_piece_byte`], in order, passed
/// to `f`: found sixteen bytes at a time where there is a vector unit, each chunk loaded
/// from `text` itself (near its end, the chunk that ends there) and the bits of the bytes
/// outside the range cleared. An entry is most often a short line: copying it into a padded
/// block of sixty-four bytes cost more than the tests of its chunks.
fn piece_bytes(text: &[u8], s: usize, e: usize, mut f: impl FnMut(usize, u8)) {
    let e = e.min(text.len());
    if simd::ENABLED && text.len() >= 16 {
        let test = |c: simd::Chunk| c.eq(b'(') | c.eq(b')') | c.eq(b',') | c.eq(b'-') | c.eq(0xe2);
        let mut at = s;
        while at < e {
            // The chunk starts at `at`, or ends at the text's end; its first `at - lo` bytes
            // are before `at`, already looked at.
            let lo = at.min(text.len() - 16);
            let Some(chunk) = text[lo..].first_chunk::<16>() else {
                return;
            };
            let mut hits = test(simd::Chunk::load(chunk)) >> (at - lo);
            if e - at < 16 {
                hits &= (1 << (e - at)) - 1;
            }
            while hits != 0 {
                let i = at + hits.trailing_zeros() as usize;
                f(i - s, text[i]);
                hits &= hits - 1;
            }
            at = lo + 16;
        }
    } else {
        for (at, &b) in text.iter().enumerate().take(e).skip(s) {
            if is_piece_byte(b) {
                f(at - s, b);
            }
        }
    }
}

/// The people of one entry (a line, or the stretch of running text after a lead-in).
fn roles_in_entry(
    text: &str,
    base: usize,
    s: usize,
    e: usize,
    out: &mut Vec<Person>,
    scratch: &mut Scratch,
) {
    let (s, e) = trim_range(text, s, e);
    if s >= e {
        return;
    }
    reserve_list_room(out);
    // Comma-separated pieces (not inside brackets), without a leading "and".
    split_pieces(text, s, e, &mut scratch.pieces, &mut scratch.marked);
    match scratch.pieces[..] {
        [piece] => one_piece(
            text,
            base,
            piece,
            scratch.marked[0],
            out,
            &mut scratch.words,
        ),
        [a, b] if !scratch.marked[0] && !scratch.marked[1] => {
            two_plain_pieces(text, base, a, b, out, scratch)
        }
        _ => pair_pieces(text, base, out, scratch),
    }
}

/// [`pair_pieces`] of an entry of two pieces, neither with a dash or a bracket (most
/// lines of a list of officers: "Role, Name", "Name, Role"): each piece is read as a name
/// once, and the person goes to `out` as it is read, without the cache of the general
/// case and the moves in and out of it. Two roles are left to [`pair_pieces`], with what
/// was read.
fn two_plain_pieces(
    text: &str,
    base: usize,
    (a_start, a_end): (usize, usize),
    (b_start, b_end): (usize, usize),
    out: &mut Vec<Person>,
    scratch: &mut Scratch,
) {
    let buf = &mut scratch.words;
    match as_plain_name(text, base, a_start, a_end, buf) {
        Some(mut a) => match as_plain_name(text, base, b_start, b_end, buf) {
            Some(b) => {
                out.push(a);
                out.push(b);
            }
            None if counts_the_public(&text[b_start..b_end]) => out.push(a),
            None => {
                // "Name, Role".
                a.role = Some(clean_role_in(text, b_start, b_end));
                a.span.end = base + b_end;
                out.push(a);
            }
        },
        None => match as_plain_name(text, base, b_start, b_end, buf) {
            Some(mut b) => {
                // "Role, Name".
                b.role = Some(clean_short_in(text, a_start, a_end));
                b.span = Span::new(base + a_start, base + b_end);
                out.push(b);
            }
            None => {
                // Two roles: the general reading, which knows that neither is a name.
                scratch.plain.clear();
                scratch.plain.extend([Some(None), Some(None)]);
                pair_known_pieces(text, base, out, scratch);
            }
        },
    }
}

/// [`pair_pieces`] of an entry of one piece (most lines of a list of officers): the
/// person it names, alone or with a role ("Name – Role", "Name (Role)"); a role alone
/// names nobody. `marked` tells whether the piece has a dash or an opening bracket.
fn one_piece(
    text: &str,
    base: usize,
    (ps, pe): (usize, usize),
    marked: bool,
    out: &mut Vec<Person>,
    buf: &mut PieceWords,
) {
    let paired = if marked {
        paired_in_piece(text, base, ps, pe, buf)
    } else {
        None
    };
    match paired {
        Some((p, extra)) => {
            out.push(p);
            out.extend(extra);
        }
        None => out.extend(as_plain_name(text, base, ps, pe, buf)),
    }
}

/// The people of the pieces in `scratch` (split from one entry): names paired with roles,
/// "Name, Role", "Role, Name", "Name – Role", "Name (Role)".
fn pair_pieces(text: &str, base: usize, out: &mut Vec<Person>, scratch: &mut Scratch) {
    scratch.plain.clear();
    scratch.plain.resize_with(scratch.pieces.len(), || None);
    pair_known_pieces(text, base, out, scratch);
}

/// [`pair_pieces`] where `scratch.plain` holds, for each piece, what [`as_plain_name`]
/// gives for it when that is known already (`None` where it is not).
fn pair_known_pieces(text: &str, base: usize, out: &mut Vec<Person>, scratch: &mut Scratch) {
    let mut pending: Option<Person> = None;
    let mut pending_role: Option<(usize, usize)> = None;
    // The person the previous piece gave a role to: a further role piece continues it
    // ("Joint Assistant Director for Commissioning, Performance and Quality").
    let mut role_owner: Option<usize> = None;
    let pieces = &scratch.pieces[..];
    let plain = &mut scratch.plain;
    let buf = &mut scratch.words;
    for (idx, &(ps, pe)) in pieces.iter().enumerate() {
        let paired = if scratch.marked[idx] {
            paired_in_piece(text, base, ps, pe, buf)
        } else {
            None
        };
        if let Some((p, extra)) = paired {
            out.extend(pending.take());
            pending_role = None;
            role_owner = None;
            out.push(p);
            pending = extra;
            continue;
        }
        if let Some(mut p) = plain_name_of(text, base, pieces, plain, idx, buf).take() {
            out.extend(pending.take());
            role_owner = None;
            if let Some((rs, re)) = pending_role.take() {
                p.role = Some(clean_short_in(text, rs, re));
                p.span = Span::new(base + rs, base + pe);
                out.push(p);
            } else {
                pending = Some(p);
            }
            continue;
        }
        // "3 members of the public": nobody, and no role of the person before.
        if counts_the_public(&text[ps..pe]) {
            continue;
        }
        // A role. In a middle piece, "<role> and <Name>" hands the name to the next piece.
        let mut role_end = pe;
        let mut next_name: Option<Person> = None;
        // Only when the next piece is a role for that name, and the name has two words or
        // more: "Assistant Director for Education and Inclusion, Helen Sweaton, ..." keeps
        // "Inclusion" in the role.
        let next_is_role = idx + 1 < pieces.len()
            && plain_name_of(text, base, pieces, plain, idx + 1, buf).is_none();
        if next_is_role {
            if let Some(and_at) = rfind_word_ci(text, "and", ps, pe) {
                // Two words are enough to know: the rest are not split.
                let two_words = Words::new(text, and_at + 3, pe).nth(1).is_some();
                if let Some(p) =
                    as_plain_name(text, base, and_at + 3, pe, buf).filter(|_| two_words)
                {
                    role_end = trim_range(text, ps, and_at).1;
                    next_name = Some(p);
                }
            }
        }
        // Cleaned only for a person to keep: a role nobody holds yet is kept as a range.
        let role_text = || clean_role_in(text, ps, role_end);
        match (pending.take(), role_owner.and_then(|i| out.get_mut(i))) {
            (Some(mut p), _) => {
                p.role = Some(role_text());
                p.span.end = base + role_end;
                out.push(p);
                role_owner = Some(out.len() - 1);
            }
            (None, Some(owner)) if pending_role.is_none() => {
                let role = owner.role.get_or_insert_with(CompactString::default);
                role.push_str(", ");
                role.push_str(&role_text());
                owner.span.end = base + role_end;
            }
            (None, _) => pending_role = Some((ps, role_end)),
        }
        if next_name.is_some() {
            role_owner = None;
        }
        pending = next_name;
    }
    out.extend(pending);
}

/// The comma-separated pieces of `text[s..e]` (not inside brackets), trimmed, without a
/// leading "and", and empty ones left out; with, for each, whether its bytes had a dash or
/// an opening bracket. One pass over the bytes of [`is_piece_byte`].
fn split_pieces(
    text: &str,
    s: usize,
    e: usize,
    pieces: &mut Vec<(usize, usize)>,
    marked: &mut Vec<bool>,
) {
    pieces.clear();
    marked.clear();
    let mut piece_start = s;
    let mut depth = 0u32;
    let mut mark = false;
    piece_bytes(text.as_bytes(), s, e, |off, b| match b {
        b'(' => {
            depth = depth.saturating_add(1);
            mark = true;
        }
        b')' => depth = depth.saturating_sub(1),
        b',' if depth == 0 => {
            pieces.push(trim_range(text, piece_start, s + off));
            marked.push(mark);
            mark = false;
            piece_start = s + off + 1;
        }
        b',' => {}
        _ => mark = true,
    });
    pieces.push(trim_range(text, piece_start, e));
    marked.push(mark);
    for piece in pieces.iter_mut() {
        if let Some(word_end) = conj_end(text, piece.0, piece.1) {
            *piece = trim_range(text, word_end, piece.1);
        }
    }
    // Empty pieces go, with their marks.
    let mut kept = 0;
    for j in 0..pieces.len() {
        if pieces[j].0 < pieces[j].1 {
            pieces[kept] = pieces[j];
            marked[kept] = marked[j];
            kept += 1;
        }
    }
    pieces.truncate(kept);
    marked.truncate(kept);
}

/// "3 members of the public", "two members of the press", "1 resident": a count of those
/// who came, neither a person nor a role (a piece starting with a digit, or ending in "of
/// the public" or "press"). Asked only of pieces that read as no name.
pub(super) fn counts_the_public(piece: &str) -> bool {
    let b = piece.trim_end_matches(['.', ' ']).as_bytes();
    let ends_ci =
        |word: &[u8]| b.len() >= word.len() && b[b.len() - word.len()..].eq_ignore_ascii_case(word);
    b.first().is_some_and(u8::is_ascii_digit) || ends_ci(b"of the public") || ends_ci(b"press")
}

/// Where the first word of `text[s..e]` ends when it is "&" or "and" (any case): the
/// piece starts with one, and white space or the piece's end follows. No search for the
/// word's end.
#[inline]
fn conj_end(text: &str, s: usize, e: usize) -> Option<usize> {
    let len = if text.as_bytes().get(s) == Some(&b'&') {
        1
    } else if starts_with_ci(text, s, "and") {
        3
    } else {
        return None;
    };
    let end = s + len;
    (end == e || end < e && char_at(text, end).is_some_and(is_space)).then_some(end)
}

/// [`as_plain_name`] of `pieces[i]`, read once into `cache`: a piece is asked about as the
/// piece after a role and again in its own turn, which takes the person.
fn plain_name_of<'c>(
    text: &str,
    base: usize,
    pieces: &[(usize, usize)],
    cache: &'c mut [Option<Option<Person>>],
    i: usize,
    buf: &mut PieceWords,
) -> &'c mut Option<Person> {
    let (s, e) = pieces[i];
    cache[i].get_or_insert_with(|| as_plain_name(text, base, s, e, buf))
}

/// A piece that holds both a name and a role: "Stephen Zollinger – City Attorney",
/// "City Attorney – Stephen Zollinger", "John Smith (Chief Executive)".
fn paired_in_piece(
    text: &str,
    base: usize,
    s: usize,
    e: usize,
    buf: &mut PieceWords,
) -> Option<(Person, Option<Person>)> {
    // Both forms need a dash word or an opening bracket, each found by a byte scan (and
    // `roles_in_entry` asks only about pieces with a byte of one).
    let (dash, sides) = dash_sides(text, s, e);
    let (name, role) = match sides {
        Some((left, right)) => match as_plain_name(text, base, left.0, left.1, buf) {
            Some(p) => (p, right),
            None => (as_plain_name(text, base, right.0, right.1, buf)?, left),
        },
        _ => {
            // The brackets are ASCII: their bytes are found, with no char search set up.
            let bytes = text.as_bytes();
            let open = memchr::memchr(b'(', &bytes[s..e]).map(|i| s + i)?;
            let close = memchr::memchr(b')', &bytes[open..e]).map_or(e, |i| open + i);
            let name = as_plain_name(text, base, s, trim_range(text, s, open).1, buf)?;
            (name, (open + 1, close))
        }
    };
    // "Julie Day (Head of Service) and Ms Kayleigh Harrison from the Forum".
    if !dash && role.1 < e {
        let after = skip_space(text, role.1 + 1);
        if after + "and ".len() <= e && starts_with_ci(text, after, "and ") {
            let from = after + "and ".len();
            let extra = first_person(&text[from..e], base + from, e - from);
            let role_text = clean_short_in(text, role.0, role.1);
            let mut p = name;
            p.role = Some(role_text).filter(|r| !r.is_empty());
            p.span = Span::new(base + s, base + role.1 + 1);
            return Some((p, extra));
        }
    }
    // "Ian Roe – Democratic Services Officer and Amy Poe": the last name is someone else.
    let mut role = role;
    let mut extra = None;
    if role.1 == e {
        if let Some(and_at) = rfind_word_ci(text, "and", role.0, role.1) {
            if let Some(p) = as_plain_name(text, base, and_at + 3, role.1, buf) {
                role.1 = trim_range(text, role.0, and_at).1;
                extra = Some(p);
            }
        }
    }
    let role_text = clean_role_in(text, role.0, role.1);
    if role_text.is_empty() {
        return None;
    }
    let mut p = name;
    p.role = Some(role_text);
    let span_end = if extra.is_some() { role.1 } else { e };
    p.span = Span::new(base + s, base + span_end);
    Some((p, extra))
}

/// Whether `text[s..e]` has a dash word ("-", "–" or "—"), and, when its first one has
/// words on both sides, the ranges from the first word to the one before it and from the
/// one after it to the last. The dash word is found by a scan for its bytes instead of a
/// walk over the piece's words; the sides are the trimmed text on either side of it.
#[allow(clippy::type_complexity)]
fn dash_sides(text: &str, s: usize, e: usize) -> (bool, Option<((usize, usize), (usize, usize))>) {
    // A range that is not one of `text`'s has no words (as `Words::new`).
    if text.get(s..e).is_none() {
        return (false, None);
    }
    let Some((ds, de)) = first_dash_word(text, s, e) else {
        return (false, None);
    };
    let left = trim_range(text, s, ds);
    let right = trim_range(text, de, e);
    let sides = (left.0 < left.1 && right.0 < right.1).then_some((left, right));
    (true, sides)
}

/// The first word of `text[s..e]` (as [`Words`] splits it) that is a dash alone: a '-',
/// '–' or '—' at a word's start (the range's start, or after white space) and at its end
/// (the range's end, white space, or an opening bracket, which starts the next word).
fn first_dash_word(text: &str, s: usize, e: usize) -> Option<(usize, usize)> {
    let bytes = text.as_bytes();
    memchr::memchr2_iter(b'-', 0xe2, &bytes[s..e])
        .map(|off| s + off)
        .find_map(|at| {
            let len = match bytes[at..e] {
                [b'-', ..] => 1,
                [0xe2, 0x80, 0x93 | 0x94, ..] => 3,
                _ => return None,
            };
            let end = at + len;
            let starts = at == s || char_before(text, at).is_some_and(is_space);
            let ends = end == e
                || matches!(bytes[end], b'(' | b'[')
                || char_at(text, end).is_some_and(is_space);
            (starts && ends).then_some((at, end))
        })
}

/// The last whole-word occurrence of `pat` in `text[from..to]` (each looked for after the
/// one before ends): one scan of the range, rather than a search set up anew after each.
fn rfind_word_ci(text: &str, pat: &str, from: usize, to: usize) -> Option<usize> {
    let to = to.min(text.len());
    if pat.is_empty() || from >= to || to - from < pat.len() {
        return None;
    }
    let mut found = None;
    let mut next = from;
    for at in occurrences_ci(text.as_bytes(), pat.as_bytes(), from, to) {
        if at >= next && word_boundary_before(text, at) && word_boundary_at(text, at + pat.len()) {
            found = Some(at);
            next = at + pat.len();
        }
    }
    found
}

/// [`rfind_word_ci`] by a search from the end of each occurrence found: its reference.
#[cfg(test)]
fn rfind_word_ci_by_search(text: &str, pat: &str, from: usize, to: usize) -> Option<usize> {
    let mut found = None;
    let mut i = from;
    while let Some(at) = find_word_ci(text, pat, i, to) {
        found = Some(at);
        i = at + pat.len();
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::people::helpers::{contains_ci, words_in};
    use crate::people::splitter::Splitter;
    use crate::people::tests::{fuzz_inputs, names};

    #[test]
    fn rfind_word_ci_agrees_with_a_search_after_each() {
        let texts = crate::test_text::joins_up_to(&["and", "AND", "a", "n", " ", "-", "é", "("], 5);
        for t in &texts {
            for pat in ["and", "aa", "a"] {
                for from in 0..=t.len() {
                    for to in [from, from + 2, from + 4, t.len()] {
                        assert_eq!(
                            rfind_word_ci(t, pat, from, to),
                            rfind_word_ci_by_search(t, pat, from, to),
                            "{t:?} {pat} {from}..{to}"
                        );
                    }
                }
            }
        }
    }

    #[test]
    fn plain_names_know_their_remarks_from_their_words() {
        // `as_plain_name` asserts (in a debug build) that a piece none of whose words may
        // start remarks has none.
        let pieces = [
            "Jane", "Smith", " ", "(Chair)", "(", "[x]", "-", "–", "—", "x-y", "-z", "é", "Mr",
        ];
        let mut texts = crate::test_text::joins_up_to(&pieces, 4);
        texts.extend(fuzz_inputs(200));
        let mut buf = PieceWords::default();
        for t in &texts {
            as_plain_name(t, 0, 0, t.len(), &mut buf);
        }
    }

    #[test]
    fn lead_words_agree_with_a_search_for_each() {
        for (word, (pair, k)) in LEAD_WORDS.iter().zip(LEAD_PAIRS) {
            assert_eq!(word.as_bytes()[k..k + 2], pair, "{word:?}");
        }
        let pieces = [
            "welcomed",
            "WELCOMED",
            "welcome",
            "Attendance",
            "attend",
            "present",
            "PRESEN",
            "wd",
            "p",
            "lc",
            "TT",
            "pr",
            "t",
            " ",
            "é",
        ];
        let mut texts = crate::test_text::joins_up_to(&pieces, 3);
        texts.extend(crate::test_text::mixes(&pieces, 2_000, 0x1ead, 40, |r| {
            r % 3 == 0
        }));
        for t in &texts {
            let old = LEAD_WORDS.map(|w| contains_ci(t, w));
            assert_eq!(says_lead_words(t), old, "{t:?}");
        }
    }

    #[test]
    fn one_piece_agrees_with_pairing_pieces() {
        let pieces = [
            "Cllr Ng",
            "Jane Wood",
            " – ",
            " - ",
            "Chief Executive",
            " (Head of Service)",
            " (",
            " and ",
            "Ms Amy Poe",
            "said",
            "The Mayor",
            " (Cllr Ng)",
            "é",
        ];
        let mut texts = crate::test_text::joins_up_to(&pieces, 4);
        texts.extend(fuzz_inputs(300));
        let mut scratch = Scratch::default();
        for t in &texts {
            let (s, e) = trim_range(t, 0, t.len());
            if s >= e {
                continue;
            }
            split_pieces(t, s, e, &mut scratch.pieces, &mut scratch.marked);
            let [piece] = scratch.pieces[..] else {
                continue;
            };
            let mut one = Vec::new();
            one_piece(t, 3, piece, scratch.marked[0], &mut one, &mut scratch.words);
            let mut paired = Vec::new();
            pair_pieces(t, 3, &mut paired, &mut scratch);
            assert_eq!(one, paired, "{t:?}");
        }
    }

    #[test]
    fn two_plain_pieces_agree_with_pairing_pieces() {
        // `roles_in_entry` reads an entry of two pieces without a dash or a bracket by
        // `two_plain_pieces`: the same people as `pair_pieces`, the rule for any entry.
        let pieces = [
            "Cllr Ng",
            "Jane Wood",
            "S. Chambers",
            ", ",
            ",",
            "Chief Executive",
            "Head of Service",
            " and ",
            "Ms Amy Poe",
            "Curator",
            "said",
            "the",
            "é",
        ];
        let mut texts = crate::test_text::joins_up_to(&pieces, 4);
        texts.extend(fuzz_inputs(1500));
        let mut scratch = Scratch::default();
        let mut seen = [0usize; 4];
        for t in &texts {
            let (s, e) = trim_range(t, 0, t.len());
            if s >= e {
                continue;
            }
            split_pieces(t, s, e, &mut scratch.pieces, &mut scratch.marked);
            let ([a, b], [false, false]) = (&scratch.pieces[..], &scratch.marked[..]) else {
                continue;
            };
            let (a, b) = (*a, *b);
            let mut two = Vec::new();
            two_plain_pieces(t, 3, a, b, &mut two, &mut scratch);
            let mut paired = Vec::new();
            pair_pieces(t, 3, &mut paired, &mut scratch);
            assert_eq!(two, paired, "{t:?}");
            // Which of the four readings it was: name and name, name and role, role and
            // name, neither.
            let mut buf = PieceWords::default();
            let named = |(ps, pe): (usize, usize), buf: &mut PieceWords| {
                as_plain_name(t, 3, ps, pe, buf).is_some()
            };
            let (na, nb) = (named(a, &mut buf), named(b, &mut buf));
            seen[usize::from(na) * 2 + usize::from(nb)] += 1;
        }
        assert!(seen.iter().all(|&n| n > 20), "{seen:?}");
    }

    #[test]
    fn pieces_agree_with_a_byte_loop() {
        // The split as first written, byte by byte.
        fn by_bytes(text: &str, s: usize, e: usize) -> Vec<(usize, usize)> {
            let mut pieces = Vec::new();
            let mut piece_start = s;
            let mut depth = 0u32;
            for (off, &b) in text.as_bytes()[s..e].iter().enumerate() {
                match b {
                    b'(' => depth = depth.saturating_add(1),
                    b')' => depth = depth.saturating_sub(1),
                    b',' if depth == 0 => {
                        pieces.push(trim_range(text, piece_start, s + off));
                        piece_start = s + off + 1;
                    }
                    _ => {}
                }
            }
            pieces.push(trim_range(text, piece_start, e));
            for piece in pieces.iter_mut() {
                let word_end = text[piece.0..piece.1]
                    .find(is_space)
                    .map_or(piece.1, |i| piece.0 + i);
                if Splitter::is_conj(&text.as_bytes()[piece.0..word_end]) {
                    *piece = trim_range(text, word_end, piece.1);
                }
            }
            pieces.retain(|&(a, b)| a < b);
            pieces
        }
        let long = "Jane Wood, Head of Service (Children, Care) – and Chris, ".repeat(5);
        let mut texts = vec![long, "a,b,(c,d),e-f,g—h".to_string()];
        texts.extend(fuzz_inputs(1500));
        for t in &texts {
            // Every range of a short text, and a few of each longer one: the chunks are loaded
            // from the text around the range.
            let n = t.len();
            let ranges: Vec<(usize, usize)> = if n <= 40 {
                (0..=n).flat_map(|s| (s..=n).map(move |e| (s, e))).collect()
            } else {
                [
                    (0, n),
                    (1, n),
                    (0, n - 1),
                    (3, 20),
                    (n - 17, n),
                    (n / 2, n / 2 + 5),
                ]
                .to_vec()
            };
            for (s, e) in ranges {
                let mut all = Vec::new();
                piece_bytes(t.as_bytes(), s, e, |at, b| all.push((at, b)));
                let want: Vec<(usize, u8)> = t.as_bytes()[s..e]
                    .iter()
                    .copied()
                    .enumerate()
                    .filter(|&(_, b)| is_piece_byte(b))
                    .collect();
                assert_eq!(all, want, "{t:?} {s}..{e}");
            }
            let (s, e) = trim_range(t, 0, t.len());
            let (mut pieces, mut marked) = (Vec::new(), Vec::new());
            split_pieces(t, s, e, &mut pieces, &mut marked);
            assert_eq!(pieces, by_bytes(t, s, e), "{t:?}");
            for (&(ps, pe), &m) in pieces.iter().zip(&marked) {
                // A piece with a dash or a bracket is always marked.
                if t[ps..pe].contains(['-', '–', '—', '(']) {
                    assert!(m, "{t:?} {ps}..{pe}");
                }
            }
        }
    }

    #[test]
    fn lines_and_parts_agree_with_split_inclusive() {
        let pieces = ["", "a", ";", "\n", "; ", " \n", "é", ";;", "\n\n"];
        let mut texts = crate::test_text::joins(&pieces, 4);
        texts.extend(fuzz_inputs(300));
        for t in &texts {
            let mut want = Vec::new();
            let mut line_start = 0;
            for line in t.split_inclusive('\n') {
                let mut part_start = line_start;
                for part in line.split_inclusive(';') {
                    let end = part_start + part.strip_suffix('\n').unwrap_or(part).len();
                    want.push((part_start, end));
                    part_start += part.len();
                }
                line_start += line.len();
            }
            let mut got = Vec::new();
            each_line_and_part(t, |s, e| got.push((s, e)));
            assert_eq!(got, want, "{t:?}");
        }
    }

    #[test]
    fn dash_sides_agree_with_the_stored_words() {
        #[allow(clippy::type_complexity)]
        fn by_words(
            text: &str,
            s: usize,
            e: usize,
        ) -> (bool, Option<((usize, usize), (usize, usize))>) {
            let words = words_in(text, s, e);
            let dash = words
                .iter()
                .position(|&(ws, we)| matches!(&text[ws..we], "-" | "–" | "—"));
            let sides = match dash {
                Some(d) if d > 0 && d + 1 < words.len() => Some((
                    (words[0].0, words[d - 1].1),
                    (words[d + 1].0, words[words.len() - 1].1),
                )),
                _ => None,
            };
            (dash.is_some(), sides)
        }
        let mut texts: Vec<String> = [
            "Stephen Zollinger – City Attorney",
            "- Chair",
            "Chair -",
            "A - B - C",
            "-",
            "x—y — z",
            "Director – Governance & Assurance",
            "a -(b) c",
            "a (- b",
            "a-\u{a0}- b",
            "a\u{a0}–\u{2003}b",
            "a\u{200b}—[x] y",
            "’ – x",
            "a –",
            " - ",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        texts.extend(fuzz_inputs(1000));
        for t in &texts {
            for (s, e) in [(0, t.len()), (trim_range(t, 0, t.len()).0, t.len())] {
                assert_eq!(dash_sides(t, s, e), by_words(t, s, e), "{t:?}");
            }
        }
    }

    #[test]
    fn conjunctions_and_dashes_agree_with_a_search_of_the_piece() {
        let pieces = [
            "and", "AnD", "&", "an", "d", " ", "\u{a0}", "x", "-", "–", "—", "(", "’", ",",
        ];
        for t in crate::test_text::joins_up_to(&pieces, 4) {
            // A piece of a longer text: what follows it is never read.
            let text = format!("{t}and x");
            for e in (0..=t.len()).filter(|&e| t.is_char_boundary(e)) {
                let word_end = t[..e].find(is_space).unwrap_or(e);
                let old = Splitter::is_conj(&t.as_bytes()[..word_end]).then_some(word_end);
                assert_eq!(conj_end(&text, 0, e), old, "{t:?} {e}");
            }
        }
    }

    #[test]
    fn every_lead_in_says_its_word() {
        for &(pat, word) in ATTENDANCE_LEAD_INS {
            assert!(pat.contains(LEAD_WORDS[word as usize]), "{pat}");
        }
    }

    #[test]
    fn officers_with_roles_in_a_sentence() {
        let t = "The Chair welcomed to the meeting Jane Wood, Head of Service for Children in Care and Chris Macdonald, Service Manager for the Central Locality Teams and Family Activity Base.";
        let got = parse_people_with_roles(t, 0);
        assert_eq!(names(&got), ["Jane Wood", "Chris Macdonald"]);
        assert_eq!(
            got[0].role.as_deref(),
            Some("Head of Service for Children in Care")
        );
        assert_eq!(
            got[1].role.as_deref(),
            Some("Service Manager for the Central Locality Teams and Family Activity Base")
        );
        assert_eq!(
            got[0].span.slice(t),
            Some("Jane Wood, Head of Service for Children in Care")
        );
    }

    #[test]
    fn officers_one_per_line() {
        let t = "Stephen Zollinger – City Attorney\nMatt Nielson – Finance Officer\nDeborah Lovejoy - City Clerk\n";
        let got = parse_people_with_roles(t, 0);
        assert_eq!(
            names(&got),
            ["Stephen Zollinger", "Matt Nielson", "Deborah Lovejoy"]
        );
        assert_eq!(got[0].role.as_deref(), Some("City Attorney"));
        assert_eq!(got[2].role.as_deref(), Some("City Clerk"));
        assert_eq!(got[1].span.slice(t), Some("Matt Nielson – Finance Officer"));
    }

    /// "County Cllr P Haskett" is the councillor, not a role of the name before; "3
    /// members of the public" is nobody, and no role either.
    #[test]
    fn councillors_of_a_tier_and_counts_of_the_public() {
        let t = "Mrs K Dunmore (Clerk), County Cllr P Haskett, 3 members of the public";
        let got = parse_people_with_roles(t, 0);
        assert_eq!(names(&got), ["Mrs K Dunmore", "P Haskett"]);
        assert_eq!(got[0].role.as_deref(), Some("Clerk"));
        assert_eq!(got[1].role, None);
        assert_eq!(got[1].span.slice(t), Some("Cllr P Haskett"));
        let got = parse_people_with_roles("Mr A Beech, two members of the press", 0);
        assert_eq!(names(&got), ["Mr A Beech"]);
        assert_eq!(got[0].role, None);
        let got = parse_people_with_roles("Mr A Beech, Press Officer", 0);
        assert_eq!(got[0].role.as_deref(), Some("Press Officer"));
        let got = parse_people_with_roles("Town Clerk, Mrs K Dunmore", 0);
        assert_eq!(got[0].role.as_deref(), Some("Town Clerk"));
    }

    #[test]
    fn officers_role_first() {
        let t = "  • Chief Administrative Officer, S. Chambers\n  • Director of Corporate Services/CFO, G. Clark\n  • Curator, S. Gropp\nC Pinnells, Acting Town Clerk\n";
        let got = parse_people_with_roles(t, 0);
        assert_eq!(
            names(&got),
            ["S. Chambers", "G. Clark", "S. Gropp", "C Pinnells"]
        );
        assert_eq!(got[0].role.as_deref(), Some("Chief Administrative Officer"));
        assert_eq!(
            got[1].role.as_deref(),
            Some("Director of Corporate Services/CFO")
        );
        assert_eq!(got[3].role.as_deref(), Some("Acting Town Clerk"));
        assert_eq!(
            got[0].span.slice(t),
            Some("Chief Administrative Officer, S. Chambers")
        );
    }

    #[test]
    fn officers_with_bracketed_roles_and_dashes_in_one_line() {
        let t = "Officers: John Smith (Chief Executive), Jane Doe (Monitoring Officer), Ian Roe – Democratic Services Officer and Amy Poe";
        let got = parse_people_with_roles(&t["Officers: ".len()..], 10);
        assert_eq!(
            names(&got),
            ["John Smith", "Jane Doe", "Ian Roe", "Amy Poe"]
        );
        assert_eq!(got[0].role.as_deref(), Some("Chief Executive"));
        assert_eq!(got[1].role.as_deref(), Some("Monitoring Officer"));
        assert_eq!(got[2].role.as_deref(), Some("Democratic Services Officer"));
        assert_eq!(got[3].role, None);
        assert_eq!(got[0].span.slice(t), Some("John Smith (Chief Executive)"));
        let t = "Also in attendance were Nathan Heath, Assistant Director for Education and Inclusion, Helen Sweaton, Joint Assistant Director for Commissioning, Performance and Quality (representing the Integrated Care Partnership), Julie Day (Head of Service) and Ms Kayleigh Harrison from the Rotherham Parents Carers Forum (RPCF).";
        let got = parse_people_with_roles(t, 0);
        assert_eq!(
            names(&got),
            [
                "Nathan Heath",
                "Helen Sweaton",
                "Julie Day",
                "Ms Kayleigh Harrison"
            ]
        );
        assert_eq!(
            got[0].role.as_deref(),
            Some("Assistant Director for Education and Inclusion")
        );
        assert_eq!(
            got[1].role.as_deref(),
            Some("Joint Assistant Director for Commissioning, Performance and Quality (representing the Integrated Care Partnership)")
        );
        assert_eq!(got[2].role.as_deref(), Some("Head of Service"));
        assert_eq!(got[2].span.slice(t), Some("Julie Day (Head of Service)"));
        let got = parse_people_with_roles("City Clerk – Deborah Lovejoy", 0);
        assert_eq!(names(&got), ["Deborah Lovejoy"]);
        assert_eq!(got[0].role.as_deref(), Some("City Clerk"));
    }

    #[test]
    fn also_in_attendance_sentence() {
        let t = "Also in attendance were Mark Cummins, Assistant Director, and Ann Lee.";
        let got = parse_people_with_roles(t, 0);
        assert_eq!(names(&got), ["Mark Cummins", "Ann Lee"]);
        assert_eq!(got[0].role.as_deref(), Some("Assistant Director"));
        assert_eq!(got[1].role, None);
    }
}
