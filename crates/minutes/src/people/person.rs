//! Reading one person: the title, name, office and remarks of one list entry.

use std::borrow::Cow;

use compact_str::CompactString;

use crate::model::{Person, Span};
use crate::simd;
use crate::text::{is_space, SHORT_HAYSTACK};

use super::apologies::has_pair_ci;
use super::helpers::{
    char_at, clean_short, clean_short_in, contains_ci, tier_before_councillor, trim_range, words_in,
};
use super::lists::reserve_list_room;
use super::words::{
    chair_prefix, chair_role, class_in, classify, is_honorific, list, match_title, skip_bullets,
    title_at, Facts, WordClass,
};

/// What the list has said so far that applies to the next entry.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Context {
    /// From a plural title ("Councillors Cooksey, Bacon"): applies until another one.
    pub(super) title: Option<&'static str>,
    /// From a "Chairman:" label: applies to the next person only.
    pub(super) role: Option<&'static str>,
    /// The name is read inside an office's brackets ("The Mayor (Councillor X)"): no
    /// office is looked for in it (one level only, so the depth never depends on the input).
    in_office: bool,
}

/// Where [`read_person_at`] puts the person it reads: the list being read (a list's
/// people are written into it where they stay, not built apart and moved in twice), or a
/// slot for one person.
pub(super) trait Sink {
    fn put(&mut self, person: Person);
    /// The person put last.
    fn last_put(&mut self) -> Option<&mut Person>;
    /// Takes back the person put last.
    fn take_back(&mut self);
}

impl Sink for Vec<Person> {
    #[inline]
    fn put(&mut self, person: Person) {
        reserve_list_room(self);
        self.push(person);
    }

    fn last_put(&mut self) -> Option<&mut Person> {
        self.last_mut()
    }

    fn take_back(&mut self) {
        self.pop();
    }
}

impl Sink for Option<Person> {
    #[inline]
    fn put(&mut self, person: Person) {
        *self = Some(person);
    }

    fn last_put(&mut self) -> Option<&mut Person> {
        self.as_mut()
    }

    fn take_back(&mut self) {
        *self = None;
    }
}

/// One person read from an entry (the person itself goes to a [`Sink`]).
#[derive(Debug)]
pub(super) struct Read {
    /// Whether a person was put.
    pub(super) found: bool,
    /// Another name starts at this word of the entry ("Mr Ridgers Mr Simmonds").
    pub(super) next: Option<usize>,
    /// The entry went on with words that are not a name: the list is over.
    pub(super) truncated: bool,
    /// The entry began with a plural title.
    pub(super) plural_title: Option<&'static str>,
}

/// Cap on the words of a name that are neither initials nor honorifics.
const MAX_CORE_WORDS: usize = 5;

/// The words of one entry, split once: every person read from the entry indexes into
/// them, so an entry with many names ("Mr Ridgers Mr Simmonds ...") is still read in one
/// pass. They are borrowed from whoever split them (most often the splitter of a list).
pub(super) struct EntryWords<'w> {
    pub(super) words: &'w [(usize, usize)],
    /// The first word of the remarks (a bracket or a dash), or `words.len()`.
    pub(super) name_end: usize,
    /// The entry's end (relative to `text`).
    end: usize,
    /// Whether the entry may hold a chair role: false only when it has none, so an entry
    /// without (most of them) skips the role checks of each person it names.
    pub(super) has_chair: bool,
}

impl<'w> EntryWords<'w> {
    /// The entry `start..end` (bullets skipped) whose words are `words`.
    fn from_words(text: &str, start: usize, end: usize, words: &'w [(usize, usize)]) -> Self {
        let has_chair = says_chair_in(text, start, end);
        Self::with_chair(text, end, words, has_chair, true)
    }

    /// [`EntryWords::from_words`] of an entry that may hold a chair role as `has_chair`
    /// tells, and may have remarks as `has_remarks` tells (false only when none of its
    /// chars starts them: the words need not be looked at).
    #[inline(always)]
    pub(super) fn with_chair(
        text: &str,
        end: usize,
        words: &'w [(usize, usize)],
        has_chair: bool,
        has_remarks: bool,
    ) -> Self {
        let name_end = if has_remarks {
            name_end_of(text, words)
        } else {
            words.len()
        };
        EntryWords {
            words,
            name_end,
            end,
            has_chair,
        }
    }
}

/// The first of `words` that starts the remarks (where the name ends), or `words.len()`.
/// Inlined: it is asked for every entry with a bracket or a dash, and most words are
/// turned away by their first byte.
#[inline]
pub(super) fn name_end_of(text: &str, words: &[(usize, usize)]) -> usize {
    // The first byte first: most words start with a letter.
    let bytes = text.as_bytes();
    words
        .iter()
        .position(|&(s, e)| {
            bytes.get(s).is_some_and(|&b| may_start_remarks(b)) && starts_remarks(&bytes[s..e])
        })
        .unwrap_or(words.len())
}

/// Whether a word that starts with the byte `b` may start an entry's remarks (see
/// [`starts_remarks`]): a bracket, '-', or the first byte of '–' and '—'.
#[inline(always)]
pub(super) fn may_start_remarks(b: u8) -> bool {
    matches!(b, b'(' | b'[' | b'-' | 0xe2)
}

/// Whether the word `w` starts an entry's remarks (a bracket or a dash), where the name
/// ends. Bytes: a bracket is ASCII, and so are the dashes' whole UTF-8 forms compared.
fn starts_remarks(w: &[u8]) -> bool {
    matches!(w.first(), Some(b'(' | b'['))
        || matches!(w, b"-")
        || w == "–".as_bytes()
        || w == "—".as_bytes()
}

/// Whether an entry says "chair" (any case). Sixteen bytes a step where there is a vector
/// unit: only the "c"s are looked at, and most entries (a short name) take one or two
/// steps. Without one, a short entry is read byte by byte; in a long one, "ai" is looked for
/// first: most entries lack it, and it costs an eighth of a search a byte.
pub(super) fn says_chair(entry: &str) -> bool {
    let b = entry.as_bytes();
    // A "c" in either case (no other byte has `| 0x20` equal to it), then "hair".
    let chair_at = |i: usize| i + 5 <= b.len() && b[i + 1..i + 5].eq_ignore_ascii_case(b"hair");
    if simd::ENABLED {
        return (0..b.len().saturating_sub(4)).step_by(16).any(|at| {
            let mut cs = simd::Chunk::load_padded(&b[at..], 0).eq_folded(b'c');
            while cs != 0 {
                if chair_at(at + cs.trailing_zeros() as usize) {
                    return true;
                }
                cs &= cs - 1;
            }
            false
        });
    }
    if b.len() < SHORT_HAYSTACK {
        return (0..b.len().saturating_sub(4)).any(|i| b[i] | 0x20 == b'c' && chair_at(i));
    }
    has_pair_ci(b, &[(b'a', b'i')]) && contains_ci(entry, "chair")
}

/// [`says_chair`] of `text[start..end]`, sixteen bytes of `text` a step where there is a
/// vector unit: a chunk that runs past the entry is loaded from the text around it (its
/// bytes outside the entry are masked off), so no entry is copied into a padded chunk.
fn says_chair_in(text: &str, start: usize, end: usize) -> bool {
    let b = text.as_bytes();
    if !simd::ENABLED || b.len() < 16 {
        return says_chair(&text[start..end]);
    }
    // A "c" that starts "chair" is before `last`, so "hair" after it is inside the entry.
    let last = end.saturating_sub(4);
    let mut at = start;
    while at < last {
        // The chunk starts at `at`, or ends at the text's end; its first `at - lo` bytes are
        // before `at`, already looked at.
        let lo = at.min(b.len() - 16);
        let Some(chunk) = b[lo..].first_chunk::<16>() else {
            return false;
        };
        let mut cs = simd::Chunk::load(chunk).eq_folded(b'c') >> (at - lo);
        if last - at < 16 {
            cs &= (1 << (last - at)) - 1;
        }
        while cs != 0 {
            let i = at + cs.trailing_zeros() as usize;
            if b[i + 1..i + 5].eq_ignore_ascii_case(b"hair") {
                return true;
            }
            cs &= cs - 1;
        }
        at = lo + 16;
    }
    false
}

/// How many office words ("The Lord Mayor") may precede a bracketed name.
const MAX_OFFICE_WORDS: usize = 4;

/// Reads the person that starts at word `from` of an entry.
pub(super) fn read_person(
    text: &str,
    base: usize,
    entry: &EntryWords,
    from: usize,
    ctx: Context,
    out: &mut Vec<Person>,
) -> Read {
    read_person_at(text, base, entry, from, ctx, &[], out)
}

/// [`read_person`]; "The Mayor (Councillor X)" reads the name in the brackets unless
/// `ctx.in_office`. `known` holds the [`Facts`] of the entry's first words when the caller
/// looked them up already.
pub(super) fn read_person_at(
    text: &str,
    base: usize,
    entry: &EntryWords,
    from: usize,
    ctx: Context,
    known: &[Facts],
    out: &mut impl Sink,
) -> Read {
    let mut read = Read {
        found: false,
        next: None,
        truncated: false,
        plural_title: None,
    };
    let words = entry.words;
    let (name_end, end) = (entry.name_end, entry.end);
    // The name part ends at a bracket or a dash; what follows is a role or a note.
    let Some(&(start, _)) = words.get(from).filter(|_| from < name_end) else {
        return read;
    };
    let mut i = from;
    let mut role = ctx.role;
    let prefix = if entry.has_chair {
        chair_prefix(text, &words[from..name_end])
    } else {
        None
    };
    if let Some((r, n)) = prefix {
        if from + n < name_end {
            role = Some(r);
            i = from + n;
        }
    }
    let mut title = None;
    // The first word is looked up once: for a title, and when it is none, as a name word.
    let mut first_facts = (i < name_end).then(|| Facts::known_or_of(known, text, words, i));
    let mut found = first_facts.and_then(|f| title_at(text, &words[..name_end], i, f.lists));
    // "County Borough Councillors S Hale": the tiers before a title are no name. Asked only
    // where the first word is no title.
    if found.is_none() && i < name_end {
        let ws = words[i].0;
        let tier_end = ws + tier_before_councillor(&text[ws..]);
        if tier_end > ws {
            while i < name_end && words[i].0 < tier_end {
                i += 1;
            }
            first_facts = (i < name_end).then(|| Facts::known_or_of(known, text, words, i));
            found = first_facts.and_then(|f| title_at(text, &words[..name_end], i, f.lists));
        }
    }
    if let Some((t, plural, n)) = found {
        title = Some(t);
        if plural {
            read.plural_title = Some(t);
        }
        i += n;
        first_facts = None;
    }
    let title = title.or(ctx.title);
    let first = i;
    // An office needs its bracket after it: most entries have none, and skip the call.
    let bracket_next = words
        .get(name_end)
        .is_some_and(|&(s, _)| text.as_bytes()[s] == b'(');
    if !ctx.in_office && bracket_next && name_end - first <= MAX_OFFICE_WORDS {
        if let Some(read) = read_office(text, base, start, entry, first, role, out) {
            return read;
        }
    }
    let mut last: Option<usize> = None;
    let mut core = 0;
    // The first word that is the person's own (a name, not an honorific).
    let mut first_own: Option<usize> = None;
    while i < name_end {
        let (s, e) = words[i];
        let facts = match first_facts.take() {
            Some(facts) => facts,
            None => Facts::known_or_of(known, text, words, i),
        };
        let (flags, lists) = (facts.flags, facts.lists);
        match class_in(text, s, e, lists, flags) {
            // "The Revd Dr Martin Dudley", "The Rt Hon The Lord Mayor Alderman Vincent
            // Keaveny": a style, not a sentence.
            WordClass::Stop
                if (i == first || is_style(text, words[i - 1]))
                    && opens_a_style(text, &words[i..name_end]) => {}
            WordClass::Stop => {
                read.truncated = true;
                break;
            }
            WordClass::Particle => {}
            class @ (WordClass::Name | WordClass::Initial) => {
                if i > first
                    && lists & list::SPLIT_HONORIFIC != 0
                    && (first_own.is_some()
                        || last.is_some_and(|l| {
                            is_lone_surname(text, &words[first..=l], title.is_some())
                        }))
                {
                    read.next = Some(i);
                    break;
                }
                if class == WordClass::Name && !facts.is_honorific_in(text, s, e) {
                    first_own.get_or_insert(i);
                    core += 1;
                }
                last = Some(i);
            }
        }
        i += 1;
    }
    let Some(last) = last else {
        read.truncated |= first < words.len();
        return read;
    };
    if first_own.is_none() && is_lone_surname(text, &words[first..=last], title.is_some()) {
        // "Cllr E Lord", "Mr Mayor": the one word after a title or initials is the surname.
        first_own = Some(last);
        core = 1;
    }
    if first_own.is_none() || core > MAX_CORE_WORDS {
        read.truncated = true;
        read.next = None;
        return read;
    }
    // "Councillor J Smith Chairman": a chair word after the name is the role.
    let mut last = last;
    for n in [2, 1] {
        if entry.has_chair && last >= first + n && role.is_none() {
            let k = last + 1 - n;
            // Every word up to `last` was read above: is one of those before `k` own?
            if first_own.is_some_and(|f| f < k) {
                if let Some(r) = chair_role(&text[words[k].0..words[last].1]) {
                    role = Some(r);
                    last = (first..k)
                        .rev()
                        .find(|&j| classify(&text[words[j].0..words[j].1]) != WordClass::Particle)
                        .unwrap_or(first);
                    break;
                }
            }
        }
    }
    let name = name_in(text, &words[first..=last]);
    let mut span_end = words[last].1;
    let mut note: Option<CompactString> = None;
    if !read.truncated && read.next.is_none() && name_end < words.len() {
        let rest_start = words[name_end].0;
        let (_, rest_end) = trim_range(text, rest_start, end);
        span_end = rest_end;
        each_remark(&text[rest_start..rest_end], |remark| {
            match remark_role(&remark) {
                Some(r) if role.is_none() => role = Some(r),
                _ => match &mut note {
                    Some(n) => {
                        n.push_str("; ");
                        n.push_str(&remark);
                    }
                    None => note = Some(remark),
                },
            }
        });
    }
    read.found = true;
    out.put(Person {
        name,
        title: title.map(Cow::Borrowed),
        role: role.map(CompactString::from),
        note,
        span: Span::new(base + start, base + span_end),
    });
    read
}

/// Whether the words of a name without a word of its own (all honorifics, initials and
/// particles) end in an honorific that is also a surname, the one such word, after a
/// personal title ("Cllr", "Mr") or initials: "Cllr E Lord", "Mrs Sheriff" name someone,
/// where "the Lord Mayor" or "Deputy Mayor" alone do not. Asked only of such names (rare).
#[cold]
fn is_lone_surname(text: &str, words: &[(usize, usize)], titled: bool) -> bool {
    const SURNAMES: [&str; 4] = ["Lord", "Mayor", "Sheriff", "Baron"];
    let Some((&(s, e), before)) = words.split_last() else {
        return false;
    };
    let personal = |&(s, e): &(usize, usize)| {
        let w = &text[s..e];
        classify(w) == WordClass::Initial || Facts::of(w).lists & list::SPLIT_HONORIFIC != 0
    };
    SURNAMES.iter().any(|n| n.eq_ignore_ascii_case(&text[s..e]))
        && before.iter().all(personal)
        && (titled || !before.is_empty())
}

/// Whether `words` start with "The" and a clergy's or a peer's style ("The Revd", "The
/// Reverend", "The Rt Hon", "The Right Honourable", "The Venerable"), or "The Lord Mayor"
/// after one: a name starts there where "The" alone starts a sentence.
fn opens_a_style(text: &str, words: &[(usize, usize)]) -> bool {
    match words {
        [(s, e), next, ..] if &text[*s..*e] == "The" => {
            is_style(text, *next) || text[next.0..next.1].eq_ignore_ascii_case("lord")
        }
        _ => false,
    }
}

/// Whether the word at `(s, e)` is a clergy's or a peer's style ("Revd", "Rt.", "Hon").
fn is_style(text: &str, (s, e): (usize, usize)) -> bool {
    const STYLES: [&str; 9] = [
        "rev",
        "revd",
        "reverend",
        "rt",
        "right",
        "hon",
        "honourable",
        "venerable",
        "very",
    ];
    let word = text[s..e].trim_end_matches('.');
    STYLES.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// The name whose words are `words` (at least one), cleaned as [`clean_short_in`] cleans
/// it: copied as it is, without a look at its bytes, when its words are one space apart,
/// as most names are (a word holds no white space, so such a name is clean already);
/// otherwise cleaned. Inlined: a call cost a third of what the test saves.
#[inline(always)]
fn name_in(text: &str, words: &[(usize, usize)]) -> CompactString {
    let (s, e) = (words[0].0, words[words.len() - 1].1);
    let bytes = text.as_bytes();
    let one_space_apart = words
        .windows(2)
        .all(|w| w[1].0 == w[0].1 + 1 && bytes[w[0].1] == b' ');
    if one_space_apart {
        crate::text::compact(&text[s..e])
    } else {
        clean_short_in(text, s, e)
    }
}

/// "The Mayor (Councillor Mrs J Smith) (in the Chair)": an office in words, then the
/// person in brackets. The office becomes the note (or the role, for "The Chairman").
fn read_office(
    text: &str,
    base: usize,
    start: usize,
    entry: &EntryWords,
    first: usize,
    role: Option<&'static str>,
    out: &mut impl Sink,
) -> Option<Read> {
    let (words, name_end, end) = (entry.words, entry.name_end, entry.end);
    let office = words.get(first..name_end)?;
    let is_office_word = |&(s, e): &(usize, usize)| {
        let w = &text[s..e];
        is_honorific(w) || w == "The"
    };
    // The bracket first: most entries have none, and it costs no word look-ups.
    let open = words
        .get(name_end)
        .map(|&(s, _)| s)
        .filter(|&s| text[s..].starts_with('('))?;
    if office.is_empty() || !office.iter().all(is_office_word) {
        return None;
    }
    let close = text[open..end].find(')').map(|i| open + i)?;
    let inner_start = skip_bullets(text, open + 1, close);
    let inner_words = words_in(text, inner_start, close);
    let inner = EntryWords::from_words(text, inner_start, close, &inner_words);
    let titled = match_title(text, inner.words, 0).is_some()
        || inner
            .words
            .first()
            .is_some_and(|&(s, e)| Facts::of(&text[s..e]).lists & list::SPLIT_HONORIFIC != 0);
    if !titled {
        return None;
    }
    let ctx = Context {
        in_office: true,
        ..Context::default()
    };
    let read = read_person_at(text, base, &inner, 0, ctx, &[], out);
    if !read.found {
        return None;
    }
    if read.truncated || read.next.is_some() {
        out.take_back();
        return None;
    }
    let person = out.last_put()?;
    let office_text = clean_short_in(text, office[0].0, office[office.len() - 1].1);
    let mut role = role;
    let mut notes = Vec::new();
    match chair_role(&office_text) {
        Some(r) if role.is_none() => role = Some(r),
        _ => notes.push(office_text),
    }
    let (_, rest_end) = trim_range(text, close + 1, end);
    if close + 1 < rest_end {
        each_remark(&text[close + 1..rest_end], |remark| {
            match remark_role(&remark) {
                Some(r) if role.is_none() => role = Some(r),
                _ => notes.push(remark),
            }
        });
    }
    person.role = role.map(CompactString::from);
    person.note = (!notes.is_empty()).then(|| notes.join("; ").into());
    person.span = Span::new(base + start, base + rest_end.max(close + 1));
    Some(read)
}

/// The chair role a remark states ([`chair_role`]), or for a remark of several parts
/// ("Vice-Chair, in the Chair") the role of one part: "Chair" when a part says it (the one
/// presiding is the meeting's chair), else the first. A remark that ends "in the Chair"
/// after another office ("Vice-Chairman in the Chair") names the one presiding too.
fn remark_role(remark: &str) -> Option<&'static str> {
    const PRESIDING: &[u8] = b" in the chair";
    let b = remark.as_bytes();
    let presiding =
        b.len() > PRESIDING.len() && b[b.len() - PRESIDING.len()..].eq_ignore_ascii_case(PRESIDING);
    chair_role(remark).or_else(|| {
        // "Mayor Ruiz (Presiding)", as North American rolls mark the one in the chair.
        if presiding
            || remark
                .trim_end_matches('.')
                .eq_ignore_ascii_case("presiding")
        {
            return Some("Chair");
        }
        if !remark.contains([',', ';']) {
            return None;
        }
        remark
            .split([',', ';'])
            .filter_map(|part| chair_role(part.trim()))
            .reduce(|first, role| if role == "Chair" { role } else { first })
    })
}

/// The remarks after a name: each top-level bracket group, and the text after a dash
/// ("(arrived at 7.01pm) (via Teams)", "– Chair"), cleaned.
///
/// Each is passed to `f` as it is read (none is empty), rather than gathered in a vector for
/// the caller to walk. Read on bytes: the brackets are ASCII, and only a char that is not
/// (the first of the text outside the groups, which may be white space) is decoded.
fn each_remark(s: &str, mut f: impl FnMut(CompactString)) {
    let mut put = |r: CompactString| {
        if !r.is_empty() {
            f(r)
        }
    };
    let mut depth = 0u32;
    let mut group_start = 0;
    let mut outside_start: Option<usize> = None;
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b'(' | b'[' => {
                if depth == 0 {
                    if let Some(o) = outside_start.take() {
                        put(dash_remark(&s[o..i]));
                    }
                    group_start = i + 1;
                }
                depth = depth.saturating_add(1);
            }
            b')' | b']' if depth > 0 => {
                depth -= 1;
                if depth == 0 {
                    put(clean_short_in(s, group_start, i));
                }
            }
            c if depth == 0 && outside_start.is_none() => {
                // The bytes of a char are stepped over together, so `i` is at its start.
                let (space, len) = match c {
                    ..0x80 => (is_space(char::from(c)), 1),
                    _ => char_at(s, i).map_or((false, 1), |ch| (is_space(ch), ch.len_utf8())),
                };
                if !space {
                    outside_start = Some(i);
                }
                i += len;
                continue;
            }
            _ => {}
        }
        i += 1;
    }
    if depth > 0 {
        put(clean_short_in(s, group_start, s.len()));
    } else if let Some(o) = outside_start {
        put(dash_remark(&s[o..]));
    }
}

fn dash_remark(s: &str) -> CompactString {
    clean_short(s.trim_start_matches(['-', '–', '—', ' ']))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::people::lists::parse_name_list;
    use crate::people::tests::fuzz_inputs;

    #[test]
    fn an_office_in_the_chair_is_the_chair() {
        assert_eq!(remark_role("Vice-Chairman in the Chair"), Some("Chair"));
        assert_eq!(remark_role("Deputy Mayor IN THE CHAIR"), Some("Chair"));
        assert_eq!(remark_role("Vice-Chair, in the Chair"), Some("Chair"));
        assert_eq!(remark_role("Vice-Chairman"), Some("Vice Chair"));
        assert_eq!(remark_role("in the Chair"), Some("Chair"));
        assert_eq!(remark_role("left before the vote on the chair"), None);
        assert_eq!(remark_role("Town Mayor"), None);
    }

    #[test]
    fn chair_in_text_agrees_with_a_search_of_the_entry() {
        let mut texts: Vec<String> = fuzz_inputs(100);
        for pad in [
            "",
            "x",
            "chai",
            "Cllr Smith ",
            "(in the Chair) and more text after it",
        ] {
            for mid in [
                "chair",
                "CHAIR",
                "chai",
                "c hair",
                "Vice-Chairman",
                "Zoë chair",
                "cccc",
            ] {
                texts.push(format!("{pad}{mid}{pad}"));
                texts.push(format!("{mid}{pad}"));
                texts.push(format!("{pad}{pad}{pad}{mid}"));
            }
        }
        for t in &texts {
            let ends: Vec<usize> = (0..=t.len()).filter(|&i| t.is_char_boundary(i)).collect();
            for &s in &ends {
                // Entries up to three chunks long, anywhere in the text.
                for &e in ends.iter().filter(|&&e| e >= s && e <= s + 48) {
                    let want = contains_ci(&t[s..e], "chair");
                    assert_eq!(says_chair_in(t, s, e), want, "{t:?} {s}..{e}");
                }
            }
        }
    }

    #[test]
    fn names_from_their_words_agree_with_cleaning_the_text() {
        // `name_in` copies a name without looking at its bytes when its words are one space
        // apart: the same name as `clean_short_in`, for every run of one to four words of
        // many texts (control bytes, wide and doubled spaces, tabs and letters that are not
        // ASCII among them).
        let mut texts = fuzz_inputs(300);
        texts.extend(
            [
                "Jane\u{1}Smith Jones",
                "Jane  Smith",
                "Jane\tSmith",
                "Jane\u{a0}Smith",
                "Zoë Smith",
                "A\u{7f}B Smith",
                "Cllr J. Smith-Jones (Chair)",
                "x\u{1f} y",
            ]
            .map(String::from),
        );
        for t in &texts {
            let words = words_in(t, 0, t.len());
            for i in 0..words.len() {
                for j in i..words.len().min(i + 4) {
                    assert_eq!(
                        name_in(t, &words[i..=j]),
                        clean_short_in(t, words[i].0, words[j].1),
                        "{t:?} {:?}",
                        &words[i..=j]
                    );
                }
            }
        }
    }

    #[test]
    fn a_person_read_into_a_list_or_a_slot_is_the_same() {
        // `read_person_at` puts the person into a list (a name list) or a slot (a piece of
        // an officers' list): the same person either way, and nothing else in the list (an
        // office whose bracketed name gives way takes its person back).
        let mut texts: Vec<String> = [
            "The Mayor (Councillor Mrs J Smith) (in the Chair)",
            "The Mayor (Councillor a b c d e f g)",
            "The Lord Mayor (Mr Ridgers Mr Simmonds)",
            "Cllr A Chairman",
            "Mr Ridgers Mr Simmonds",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        texts.extend(fuzz_inputs(1500));
        let earlier = parse_name_list("Cllr Earlier", 0);
        for t in &texts {
            let start = skip_bullets(t, 0, t.len());
            let words = words_in(t, start, t.len());
            let entry = EntryWords::from_words(t, start, t.len(), &words);
            for from in 0..words.len().min(4) {
                let mut list = earlier.clone();
                let mut slot = None;
                let ctx = Context::default();
                let in_list = read_person_at(t, 3, &entry, from, ctx, &[], &mut list);
                let in_slot = read_person_at(t, 3, &entry, from, ctx, &[], &mut slot);
                assert_eq!(format!("{in_list:?}"), format!("{in_slot:?}"), "{t:?}");
                assert_eq!(list[..earlier.len()], earlier[..], "{t:?}");
                assert_eq!(list.get(earlier.len()..), Some(slot.as_slice()), "{t:?}");
                assert_eq!(in_list.found, slot.is_some(), "{t:?}");
            }
        }
    }

    /// The remarks as first written, char by char, gathered in a vector: the oracle of
    /// [`each_remark`].
    fn remarks_by_chars(s: &str) -> Vec<CompactString> {
        let mut out = Vec::new();
        let mut depth = 0u32;
        let mut group_start = 0;
        let mut outside_start: Option<usize> = None;
        for (i, c) in s.char_indices() {
            match c {
                '(' | '[' => {
                    if depth == 0 {
                        if let Some(o) = outside_start.take() {
                            out.push(dash_remark(&s[o..i]));
                        }
                        group_start = i + c.len_utf8();
                    }
                    depth = depth.saturating_add(1);
                }
                ')' | ']' if depth > 0 => {
                    depth -= 1;
                    if depth == 0 {
                        out.push(clean_short_in(s, group_start, i));
                    }
                }
                _ if depth == 0 && outside_start.is_none() && !is_space(c) => {
                    outside_start = Some(i)
                }
                _ => {}
            }
        }
        if depth > 0 {
            out.push(clean_short_in(s, group_start, s.len()));
        } else if let Some(o) = outside_start {
            out.push(dash_remark(&s[o..]));
        }
        out.retain(|r| !r.is_empty());
        out
    }

    #[test]
    fn remarks_agree_with_reading_each_char() {
        let mut texts: Vec<String> = [
            "(arrived at 7.01pm) (via Teams)",
            "– Chair",
            "\u{a0}\u{2003}– Vice Chair (x",
            "a) b [c (d] e) f",
            "’ (Zoë) – é",
            "\u{200b}(x)\u{feff} y",
            "() - ( ) [",
            "]",
            "",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        texts.extend(fuzz_inputs(2000));
        for t in &texts {
            for (k, _) in t.char_indices() {
                let mut got = Vec::new();
                each_remark(&t[k..], |r| got.push(r));
                assert_eq!(got, remarks_by_chars(&t[k..]), "{:?}", &t[k..]);
            }
        }
    }
}
