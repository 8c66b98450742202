//! Apologies: the names in a text that gives apologies ("Apologies were received from
//! ...", "Apologies: ...", "Cllr A sent his apologies"), or that says there were none.

use std::cell::RefCell;

use crate::model::Person;
use crate::text::{is_space, occurrences_ci};
use crate::{simd, swar};

use super::helpers::{
    char_at, contains_ci, each_sentence, starts_with_ci, word_boundary_at, word_boundary_before,
};
use super::lists::{read_list_into, Mode};
use super::roles::with_lent;

/// Verbs after a name that give apologies ("Cllr. A Edwards sent his apologies",
/// "Council Member Walker asked to be excused").
const SENT_APOLOGIES: &[&str] = &[
    "sent his apologies",
    "sent her apologies",
    "sent their apologies",
    "sent apologies",
    "sends his apologies",
    "sends her apologies",
    "tendered his apologies",
    "tendered her apologies",
    "tendered apologies",
    "offered his apologies",
    "offered her apologies",
    "asked to be excused",
    "was excused",
    "were excused",
];

/// Words between "apologies" and the names ([`link_at`] finds them).
#[cfg(test)]
const APOLOGY_LINKS: [&str; 4] = ["from", "on behalf of", "by", "for the absence of"];
/// How many links one "apologies" may try before giving up.
const MAX_LINKS: usize = 3;
/// Apologies that are not for absence ("and apologies for lateness from Councillor Vince").
/// [`says_late`] looks for them; this list is its reference in the tests.
#[cfg(test)]
const LATE: &[&str] = &[
    "lateness",
    "late ",
    "leaving early",
    "leave early",
    "late arrival",
];
/// Between two links' lists of names: "Apologies were received from A AM and from B AM"
/// (in lower case, as minutes write it).
const AND_FROM: &str = " and from ";

/// One searcher for [`AND_FROM`] for every list.
static AND_FROM_FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
    std::sync::LazyLock::new(|| memchr::memmem::Finder::new(AND_FROM));
/// Sentences that say nobody sent apologies.
const NO_APOLOGIES: &[&str] = &[
    "no apolog",
    "no other apolog",
    "apologies: none",
    "apologies – none",
    "apologies - none",
];
/// A sentence that says someone was absent without giving apologies ("Cllr Hale was absent
/// without apology."): it names nobody who sent them, and the names in it are not read as a
/// list of apologies.
const WITHOUT_APOLOGY: &str = "without apolog";
/// The same, in a sentence that also says "apologies" ("Apologies for Absence\nThere were
/// none."): on their own they may be about anything.
const NONE_WORDS: &[&str] = &[
    "there were none",
    "none were received",
    "none received",
    "none.",
];

/// The people an apology sentence names ("Apologies were received from Councillors Wilson
/// and Mills."), or `None` when the sentence gives no apologies.
///
/// Reads every sentence of `text`: `apologies ... from / on behalf of / by <names>` (but
/// not "apologies for lateness from"), a sentence that starts `Received from <names>`,
/// `Apologies: <names>`, and `<names> sent his apologies` / "asked to be excused". Names
/// found anywhere in `text` give `Some(names)`; otherwise `Some(vec![])` when the text says
/// there were none ("There were no apologies for absence.", "Apologies: none",
/// "Apologies for Absence\nThere were none."), and `None` when it does not speak of
/// apologies at all or names nobody (a bare "Apologies for Absence" heading).
pub(crate) fn apologies_in_sentence(text: &str, base: usize) -> Option<Vec<Person>> {
    // Each reading needs one of these (see `apologies_in_one`): a text without them needs
    // no sentence split. (The callers pass only text that is likely to say one, the lines
    // of a header that do and the paragraphs of an apologies item: no quicker test first.)
    thread_local! {
        static HITS: RefCell<ApologyHits> = RefCell::default();
    }
    with_lent(&HITS, |hits| apologies_with_hits(text, base, hits))
}

/// [`apologies_in_sentence`] with the buffers of `hits` (whatever they hold).
pub(super) fn apologies_with_hits(
    text: &str,
    base: usize,
    hits: &mut ApologyHits,
) -> Option<Vec<Person>> {
    hits.find_into(text);
    let hits = &*hits;
    if hits.apolog.is_empty() && hits.excused.is_empty() && !hits.received {
        return None;
    }
    let mut people = Vec::new();
    let mut said_none = false;
    // The sentences come in order: each one's hits are cut from what the sentences before
    // left, instead of searched for in all of the text's (a run-on item of a thousand
    // apologies searched a thousand hits for each of its sentences).
    let mut left = SentenceHits {
        apolog: &hits.apolog,
        excused: &hits.excused,
    };
    each_sentence(text, |s, e| {
        let in_sentence = left.cut(s, e);
        apologies_in_one(text, base, s, e, &in_sentence, &mut people, &mut said_none);
        true
    });
    if !people.is_empty() {
        Some(people)
    } else if said_none {
        Some(Vec::new())
    } else {
        None
    }
}

/// The words (any case) without which [`apologies_in_sentence`] finds nothing.
/// The words that announce a list after a link ("received from the following Councillors:
/// ..."), and the space before them: how many bytes of them start at `at` and end by `end`
/// (0 for none).
fn following_len(text: &str, at: usize, end: usize) -> usize {
    const THE_FOLLOWING: &str = "the following ";
    let gap = text
        .as_bytes()
        .get(at..)
        .map_or(0, |b| b.iter().take_while(|&&c| c == b' ').count());
    if at + gap + THE_FOLLOWING.len() <= end && starts_with_ci(text, at + gap, THE_FOLLOWING) {
        gap + THE_FOLLOWING.len()
    } else {
        0
    }
}

pub(crate) const APOLOGY_WORDS: [&str; 3] = ["apolog", "excused", "received from "];

/// Whether two adjacent bytes of `text` are one of `pairs` (lower-case ASCII letters), in
/// any case: a quick test before a search for a word that has one of the pairs.
///
/// Eight pairs at a time: `x` holds bytes `i..i + 8` and `y` the bytes after each, both
/// with the case bit set (which maps each letter's two cases onto the lower one, and no
/// other byte onto a letter: padding becomes a space).
pub(super) fn has_pair_ci(text: &[u8], pairs: &[(u8, u8)]) -> bool {
    const CASE: u64 = 0x2020_2020_2020_2020;
    let mut i = 0;
    while i + 1 < text.len() {
        let x = swar::load(&text[i..text.len().min(i + 8)]) | CASE;
        let y = swar::load(&text[i + 1..text.len().min(i + 9)]) | CASE;
        if pairs
            .iter()
            .any(|&(a, b)| swar::eq(x, a) & swar::eq(y, b) != 0)
        {
            return true;
        }
        i += 8;
    }
    false
}

/// Whether a sentence, which says "apolog" or not, says that nobody sent apologies.
fn says_no_apologies(sentence: &str, apolog: bool) -> bool {
    // Every phrase of NO_APOLOGIES says "apolog" too, and every phrase of NO_APOLOGIES and
    // NONE_WORDS says "none" or "no ": one search turns most away.
    apolog
        && says_none_or_no(sentence)
        && (NO_APOLOGIES.iter().any(|p| contains_ci(sentence, p))
            || NONE_WORDS.iter().any(|p| contains_ci(sentence, p)))
}

/// Where "apolog" and "excused" occur (any case) in a text, and its links: found in one
/// scan for all its sentences, which then look up the ones inside them instead of
/// searching.
#[derive(Default)]
pub(super) struct ApologyHits {
    apolog: Vec<usize>,
    excused: Vec<usize>,
    /// Whether the text says "received from ".
    received: bool,
}

impl ApologyHits {
    /// [`ApologyHits::find_into`] into new buffers.
    #[cfg(test)]
    fn find(text: &str) -> Self {
        let mut hits = ApologyHits::default();
        hits.find_into(text);
        hits
    }

    /// One scan for a rare byte of each word, to compare the word there: the "p" of
    /// "apolog", the "x" of "excused" and the "v" of "received from ". The links after an
    /// "apolog" are looked for where one is asked for ([`link_in`]), in the few bytes
    /// from it to the link: an "f" or a "b" in every scan cost more (both are common).
    /// Into these buffers (what they held is cleared): a thread's texts share one set
    /// instead of allocating and freeing it for each.
    fn find_into(&mut self, text: &str) {
        let b = text.as_bytes();
        self.apolog.clear();
        self.excused.clear();
        self.received = false;
        let hits = self;
        let mut check = |at: usize| {
            // `word`, whose byte `k` is the one at `at`, where it starts.
            let word_at = |k: usize, word: &str| {
                at.checked_sub(k)
                    .filter(|&start| starts_with_ci(text, start, word))
            };
            match b[at] | 0x20 {
                b'p' => hits.apolog.extend(word_at(1, "apolog")),
                b'x' => hits.excused.extend(word_at(1, "excused")),
                _ => hits.received |= word_at(5, "received from ").is_some(),
            }
        };
        if simd::ENABLED {
            let test = |c: simd::Chunk| c.eq_folded(b'p') | c.eq_folded(b'x') | c.eq_folded(b'v');
            simd::Positions::new(b, test).for_each(&mut check);
        } else {
            (0..b.len())
                .filter(|&i| matches!(b[i] | 0x20, b'p' | b'x' | b'v'))
                .for_each(&mut check);
        }
    }
}

/// The hits of [`ApologyHits`] from some offset on: those of one sentence, or those left
/// for the sentences after it.
#[derive(Clone, Copy)]
struct SentenceHits<'a> {
    apolog: &'a [usize],
    excused: &'a [usize],
}

impl<'a> SentenceHits<'a> {
    /// The hits that lie wholly in `s..e`, which starts at or after every sentence cut
    /// before; what is left starts at `e` (the hits before `s` are dropped on the way).
    fn cut(&mut self, s: usize, e: usize) -> SentenceHits<'a> {
        fn split(hits: &mut &[usize], len: usize, s: usize, e: usize) -> usize {
            let first = hits.iter().take_while(|&&a| a < s).count();
            *hits = hits.get(first..).unwrap_or_default();
            hits.iter().take_while(|&&a| a + len <= e).count()
        }
        let a = split(&mut self.apolog, "apolog".len(), s, e);
        let x = split(&mut self.excused, "excused".len(), s, e);
        let (apolog, excused) = (self.apolog.split_at(a), self.excused.split_at(x));
        self.apolog = apolog.1;
        self.excused = excused.1;
        SentenceHits {
            apolog: apolog.0,
            excused: excused.0,
        }
    }

    /// The occurrences of "apolog" that lie wholly in `from..to`.
    fn apolog_in(&self, from: usize, to: usize) -> impl Iterator<Item = usize> + 'a {
        hits_in(self.apolog, "apolog".len(), from, to)
    }

    /// Whether "excused" occurs wholly in `from..to`.
    fn excused_in(&self, from: usize, to: usize) -> bool {
        hits_in(self.excused, "excused".len(), from, to)
            .next()
            .is_some()
    }
}

/// The first link ("from", "by" or "on behalf of", any case, a whole word) that lies
/// wholly in `text[from..to]`, as (offset, length): the "f"s and "b"s from `from` on are
/// looked at until one starts a link (links never overlap, so the first to start is the
/// first found, and one that runs past `to` leaves none after it).
fn link_in(text: &str, from: usize, to: usize) -> Option<(usize, usize)> {
    let b = text.as_bytes();
    let to = to.min(b.len());
    let span = b.get(from..to)?;
    let link = |at: usize| link_at(text, from + at).filter(|&(start, _)| start >= from);
    let (start, len) = if simd::ENABLED {
        let test = |c: simd::Chunk| c.eq_folded(b'f') | c.eq_folded(b'b');
        simd::Positions::new(span, test).find_map(link)
    } else {
        (0..span.len())
            .filter(|&at| matches!(span[at] | 0x20, b'f' | b'b'))
            .find_map(link)
    }?;
    (start + len <= to).then_some((start, len))
}

/// The link that names the absent, where no "from" does.
const FOR_THE_ABSENCE_OF: &str = "for the absence of";

/// The link ("from", "by", "on behalf of" or "for the absence of", any case, whole words) whose "f" or "b" is
/// byte `at` of `text`, as (offset, length).
fn link_at(text: &str, at: usize) -> Option<(usize, usize)> {
    let link = if text.as_bytes()[at] | 0x20 == b'f' {
        if starts_with_ci(text, at, "from") {
            Some((at, 4))
        } else {
            // "Apologies were received for the absence of Councillors ...".
            starts_with_ci(text, at, FOR_THE_ABSENCE_OF).then_some((at, FOR_THE_ABSENCE_OF.len()))
        }
    } else if starts_with_ci(text, at, "by") {
        Some((at, 2))
    } else {
        at.checked_sub(3)
            .filter(|&start| starts_with_ci(text, start, "on behalf of"))
            .map(|start| (start, 12))
    };
    link.filter(|&(start, len)| {
        word_boundary_before(text, start) && word_boundary_at(text, start + len)
    })
}

/// The offsets of `hits` (sorted, of a word `len` bytes long) that lie wholly in `from..to`.
fn hits_in(hits: &[usize], len: usize, from: usize, to: usize) -> impl Iterator<Item = usize> + '_ {
    let first = hits.partition_point(|&a| a < from);
    hits[first..]
        .iter()
        .copied()
        .take_while(move |&a| a + len <= to)
}

fn apologies_in_one(
    text: &str,
    base: usize,
    s: usize,
    e: usize,
    hits: &SentenceHits<'_>,
    people: &mut Vec<Person>,
    said_none: &mut bool,
) {
    let apolog = hits.apolog_in(s, e).next().is_some();
    // "without " is read just before each "apolog" the scan found, not searched for.
    let without = |a: usize| {
        a.checked_sub(WITHOUT_APOLOGY.len() - "apolog".len())
            .is_some_and(|w| w >= s && starts_with_ci(text, w, WITHOUT_APOLOGY))
    };
    if says_no_apologies(&text[s..e], apolog) || apolog && hits.apolog_in(s, e).any(without) {
        // Names found elsewhere in the text still win (see `apologies_in_sentence`).
        *said_none = true;
    }
    let read = |from: usize, people: &mut Vec<Person>| -> usize {
        // A trigger phrase may end just past the sentence ("received from" + the space after).
        let mut from = from.min(e);
        // "from the following Councillors: A, B": the list the words announce.
        from += following_len(text, from, e);
        loop {
            // "from A AM and from B AM": each link's names are a list of their own.
            let to = AND_FROM_FINDER
                .find(&text.as_bytes()[from..e])
                .map_or(e, |k| from + k);
            let got = people.len();
            let stop = from
                + read_list_into(
                    &text[from..to],
                    base + from,
                    Mode::StopAtProse,
                    usize::MAX,
                    people,
                );
            if to == e || people.len() == got {
                return stop;
            }
            from = to + AND_FROM.len();
        }
    };
    let before = people.len();
    // "Received from Councillors ..." opening the sentence.
    if starts_with_ci(text, s, "received from ") {
        read(s + "received from ".len(), people);
        return;
    }
    // Every reading below needs "apologies" or "excused".
    let excused = hits.excused_in(s, e);
    if !apolog && !excused {
        return;
    }
    // "Apologies[ for absence]: <names>" (but not "Apologies: X sent his apologies").
    if let Some(after) = apologies_label_end(text, s, e).map(|a| a.min(e)) {
        let rest = text[after..e].trim_start_matches(is_space);
        if starts_with_ci(rest, 0, "none") || starts_with_ci(rest, 0, "nil") {
            *said_none = true;
            return;
        }
        let rest_start = e - rest.len();
        let has_clause = hits.apolog_in(rest_start, e).next().is_some()
            || hits.excused_in(rest_start, e)
            || contains_ci(rest, " from ");
        if !has_clause {
            read(after, people);
            return;
        }
    }
    // "apologies ... from <names>" (or "on behalf of", "by"), any number of times. A link
    // that is followed by no name ("submitted by email from Cllr X") gives way to the next
    // one, at most `MAX_LINKS` of them per "apologies".
    let mut cursor = s;
    'triggers: while let Some(a) = hits
        .apolog_in(cursor, e)
        .find(|&a| word_boundary_before(text, a))
    {
        cursor = a + "apolog".len();
        let mut from = a;
        for _ in 0..MAX_LINKS {
            let Some((f, len)) = link_in(text, from, e) else {
                break 'triggers;
            };
            if says_late(&text[from..f]) {
                cursor = cursor.max(f + len);
                continue 'triggers;
            }
            let got = people.len();
            cursor = cursor.max(read(f + len, people)).max(f + len);
            if people.len() > got {
                continue 'triggers;
            }
            from = f + len;
        }
    }
    if people.len() > before {
        return;
    }
    // "RESOLVED that the apologies of Cllr D Kerr be accepted."
    for a in hits.apolog_in(s, e) {
        if let Some(of) = names_after_apologies_of(text, a, e) {
            read(of, people);
        }
    }
    if people.len() > before {
        return;
    }
    // "<names> sent his apologies".
    if let Some(p) = sent_apologies_at(text, s, e, apolog, excused) {
        let from = text[s..p].rfind(':').map_or(s, |c| s + c + 1);
        read_names_before(text, base, from, p, people);
    }
}

/// Where the first of [`SENT_APOLOGIES`] (in their order) stands as whole words in
/// `text[s..e]` (`find_word_ci` of each in turn), given whether the sentence says "apolog"
/// and "excused". Each phrase ends in "apologies" or "excused": those words are found
/// once, and each phrase is compared only where it would end at one of them.
fn sent_apologies_at(text: &str, s: usize, e: usize, apolog: bool, excused: bool) -> Option<usize> {
    let bytes = text.as_bytes();
    // The offsets where `word` ends a whole word within `s..e`.
    let ends = |word: &str, says: bool| -> Vec<usize> {
        let e = e.min(bytes.len());
        if !says || s >= e || e - s < word.len() {
            return Vec::new();
        }
        occurrences_ci(bytes, word.as_bytes(), s, e)
            .filter(|&at| word_boundary_at(text, at + word.len()))
            .collect()
    };
    let (apologies, excuses) = (ends("apologies", apolog), ends("excused", excused));
    SENT_APOLOGIES.iter().find_map(|phrase| {
        let (word, at) = if phrase.ends_with("excused") {
            ("excused", &excuses)
        } else {
            ("apologies", &apologies)
        };
        let lead = phrase.len() - word.len();
        at.iter().filter_map(|&q| q.checked_sub(lead)).find(|&p| {
            p >= s
                && bytes[p..p + phrase.len()].eq_ignore_ascii_case(phrase.as_bytes())
                && word_boundary_before(text, p)
        })
    })
}

/// Where the names start after "apologies of " or "apologies for absence of " (any case)
/// at the "apolog" at `a`, within `..e`: "the apologies of Cllr D Kerr be accepted". The
/// names start with a capital ("the apologies of the Clerk" names nobody).
fn names_after_apologies_of(text: &str, a: usize, e: usize) -> Option<usize> {
    let after = a + "apologies ".len();
    if !starts_with_ci(text, a, "apologies ") || !word_boundary_before(text, a) {
        return None;
    }
    ["of ", "for absence of "].iter().find_map(|link| {
        let at = after + link.len();
        (at < e
            && starts_with_ci(text, after, link)
            && text.as_bytes().get(at).is_some_and(u8::is_ascii_uppercase))
        .then_some(at)
    })
}

/// Whether `s` says one of `LATE` (any case), in two searches rather than five: the
/// "late" of "lateness", "late " and "late arrival" (which says "late " too) is found once
/// and the bytes after it looked at; "leaving early" and "leave early" both say "early".
fn says_late(s: &str) -> bool {
    let b = s.as_bytes();
    let late = b.len() >= 5
        && occurrences_ci(b, b"late", 0, b.len()).any(|at| {
            b.get(at + 4) == Some(&b' ')
                || b.get(at + 4..at + 8)
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"ness"))
        });
    late || (contains_ci(s, "early")
        && (contains_ci(s, "leaving early") || contains_ci(s, "leave early")))
}

/// Whether `s` says "none" or "no " (any case): one search for "no", whose next bytes are
/// looked at (the "no" of "noted" or "Knott" says neither).
fn says_none_or_no(s: &str) -> bool {
    let b = s.as_bytes();
    b.len() >= 3
        && occurrences_ci(b, b"no", 0, b.len()).any(|at| {
            b.get(at + 2) == Some(&b' ')
                || b.get(at + 2..at + 4)
                    .is_some_and(|w| w.eq_ignore_ascii_case(b"ne"))
        })
}

/// People named in `text[from..to]` before an apology verb.
fn read_names_before(text: &str, base: usize, from: usize, to: usize, people: &mut Vec<Person>) {
    read_list_into(
        &text[from..to],
        base + from,
        Mode::StopAtProse,
        usize::MAX,
        people,
    );
}

/// The first occurrence of `pat` at a word start in `text[from..to]` (ASCII, any case).
pub(crate) fn find_prefix_ci(text: &str, pat: &str, from: usize, to: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    let to = to.min(bytes.len());
    if pat.is_empty() || from >= to || to - from < pat.len() {
        return None;
    }
    occurrences_ci(bytes, pat.as_bytes(), from, to).find(|&i| word_boundary_before(text, i))
}

/// After "Apologies:", "Apologies for absence:-", "Apologies –": where the names start.
fn apologies_label_end(text: &str, s: usize, e: usize) -> Option<usize> {
    if !starts_with_ci(text, s, "apologies") {
        return None;
    }
    let mut i = s + "apologies".len();
    let skip_ws = |mut i: usize| {
        while let Some(c) = char_at(text, i).filter(|&c| is_space(c) && i < e) {
            i += c.len_utf8();
        }
        i
    };
    i = skip_ws(i);
    if starts_with_ci(text, i, "for absence") {
        i = skip_ws(i + "for absence".len());
    }
    let mut marked = false;
    while let Some(c) = char_at(text, i).filter(|&c| i < e && matches!(c, ':' | '-' | '–' | '—'))
    {
        marked = true;
        i += c.len_utf8();
    }
    marked.then_some(i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Span;
    use crate::people::helpers::find_word_ci;
    use crate::people::tests::{fuzz_inputs, names};

    #[test]
    fn sent_apologies_agree_with_a_search_for_each_phrase() {
        fn by_search(text: &str, s: usize, e: usize, apolog: bool, excused: bool) -> Option<usize> {
            let may_say = |phrase: &str| {
                if phrase.ends_with("excused") {
                    excused
                } else {
                    apolog
                }
            };
            SENT_APOLOGIES
                .iter()
                .filter(|p| may_say(p))
                .find_map(|phrase| find_word_ci(text, phrase, s, e))
        }
        let pieces = [
            "sent his apologies",
            "SENT APOLOGIES",
            "was excused",
            "were excused",
            "asked to be excused",
            "sends her apologies",
            "x",
            " ",
            "apologies",
            "excused",
            "ly",
            "é",
        ];
        let mut texts = crate::test_text::joins(&pieces, 3);
        texts.extend(fuzz_inputs(300));
        for t in &texts {
            for (s, e) in [(0, t.len()), (1, t.len()), (0, t.len().saturating_sub(2))] {
                if !(t.is_char_boundary(s) && t.is_char_boundary(e)) || s > e {
                    continue;
                }
                for (a, x) in [(true, true), (true, false), (false, true)] {
                    assert_eq!(
                        sent_apologies_at(t, s, e, a, x),
                        by_search(t, s, e, a, x),
                        "{t:?} {s} {e}"
                    );
                }
            }
        }
    }

    /// The apology reader as it was before [`ApologyHits`]: each sentence searched for each
    /// word, the reference the look-ups are tested against.
    mod by_search {
        use super::super::*;
        use crate::people::helpers::find_word_ci;
        use crate::people::lists::read_list;

        /// The next whole-word occurrence of `pat` at or after a position that only moves forward:
        /// a search resumes past the last one, so repeated look-ups over one sentence stay linear.
        struct NextWord {
            pat: &'static str,
            /// (where the last search started, what it found)
            last: Option<(usize, Option<usize>)>,
        }

        impl NextWord {
            fn new(pat: &'static str) -> Self {
                NextWord { pat, last: None }
            }

            fn find(&mut self, text: &str, from: usize, to: usize) -> Option<usize> {
                match self.last {
                    Some((start, None)) if start <= from => return None,
                    Some((start, Some(found))) if start <= from && found >= from => {
                        return Some(found)
                    }
                    _ => {}
                }
                let found = find_word_ci(text, self.pat, from, to);
                self.last = Some((from, found));
                found
            }
        }

        pub(super) fn apologies_in_sentence(text: &str, base: usize) -> Option<Vec<Person>> {
            // Each reading needs one of these (see `apologies_in_one`): a text without them needs
            // no sentence split. (The callers pass only text that is likely to say one, the lines
            // of a header that do and the paragraphs of an apologies item: no quicker test first.)
            if !APOLOGY_WORDS.iter().any(|w| contains_ci(text, w)) {
                return None;
            }
            let mut people = Vec::new();
            let mut said_none = false;
            each_sentence(text, |s, e| {
                apologies_in_one(text, base, s, e, &mut people, &mut said_none);
                true
            });
            if !people.is_empty() {
                Some(people)
            } else if said_none {
                Some(Vec::new())
            } else {
                None
            }
        }
        fn apologies_in_one(
            text: &str,
            base: usize,
            s: usize,
            e: usize,
            people: &mut Vec<Person>,
            said_none: &mut bool,
        ) {
            let sentence = &text[s..e];
            // Every phrase of NO_APOLOGIES says "apolog" too.
            let apolog = contains_ci(sentence, "apolog");
            // Every phrase of NO_APOLOGIES and NONE_WORDS says "none" or "no ": one search turns
            // most away.
            if apolog
                && (says_none_or_no(sentence)
                    && (NO_APOLOGIES.iter().any(|p| contains_ci(sentence, p))
                        || NONE_WORDS.iter().any(|p| contains_ci(sentence, p)))
                    || contains_ci(sentence, WITHOUT_APOLOGY))
            {
                // Names found elsewhere in the text still win (see `apologies_in_sentence`).
                *said_none = true;
            }
            let read = |from: usize, people: &mut Vec<Person>| -> usize {
                // A trigger phrase may end just past the sentence ("received from" + the space after).
                let mut from = from.min(e);
                from += following_len(text, from, e);
                // Each " and from " starts a list of its own, read while lists name someone.
                loop {
                    let to = text[from..e].find(AND_FROM).map_or(e, |k| from + k);
                    let (found, stop) =
                        read_list(&text[from..to], base + from, Mode::StopAtProse, usize::MAX);
                    let named = !found.is_empty();
                    people.extend(found);
                    if to == e || !named {
                        return from + stop;
                    }
                    from = to + AND_FROM.len();
                }
            };
            let before = people.len();
            // "Received from Councillors ..." opening the sentence.
            if starts_with_ci(text, s, "received from ") {
                read(s + "received from ".len(), people);
                return;
            }
            // Every reading below needs "apologies" or "excused".
            let excused = contains_ci(sentence, "excused");
            if !apolog && !excused {
                return;
            }
            // "Apologies[ for absence]: <names>" (but not "Apologies: X sent his apologies").
            if let Some(after) = apologies_label_end(text, s, e).map(|a| a.min(e)) {
                let rest = text[after..e].trim_start_matches(is_space);
                if starts_with_ci(rest, 0, "none") || starts_with_ci(rest, 0, "nil") {
                    *said_none = true;
                    return;
                }
                let has_clause = contains_ci(rest, "apolog")
                    || contains_ci(rest, "excused")
                    || contains_ci(rest, " from ");
                if !has_clause {
                    read(after, people);
                    return;
                }
            }
            // "apologies ... from <names>" (or "on behalf of", "by"), any number of times. A link
            // that is followed by no name ("submitted by email from Cllr X") gives way to the next
            // one, at most `MAX_LINKS` of them per "apologies".
            let mut links = APOLOGY_LINKS.map(NextWord::new);
            let mut cursor = s;
            'triggers: while let Some(a) = find_prefix_ci(text, "apolog", cursor, e) {
                cursor = a + "apolog".len();
                let mut from = a;
                for _ in 0..MAX_LINKS {
                    let Some((f, len)) = links
                        .iter_mut()
                        .filter_map(|l| l.find(text, from, e).map(|f| (f, l.pat.len())))
                        .min()
                    else {
                        break 'triggers;
                    };
                    if says_late(&text[from..f]) {
                        cursor = cursor.max(f + len);
                        continue 'triggers;
                    }
                    let got = people.len();
                    cursor = cursor.max(read(f + len, people)).max(f + len);
                    if people.len() > got {
                        continue 'triggers;
                    }
                    from = f + len;
                }
            }
            if people.len() > before {
                return;
            }
            let mut at = s;
            while let Some(a) = find_prefix_ci(text, "apolog", at, e) {
                if let Some(of) = names_after_apologies_of(text, a, e) {
                    read(of, people);
                }
                at = a + "apolog".len();
            }
            if people.len() > before {
                return;
            }
            // "<names> sent his apologies".
            if let Some(p) = sent_apologies_at(text, s, e, apolog, excused) {
                let from = text[s..p].rfind(':').map_or(s, |c| s + c + 1);
                read_names_before(text, base, from, p, people);
            }
        }
    }

    #[test]
    fn apologies_agree_with_a_search_of_each_sentence() {
        let pieces = [
            "Apologies",
            " apologies were received ",
            "from ",
            "by ",
            "on behalf of ",
            "Cllr Smith",
            " and Mr Jones",
            " was EXCUSED",
            " for lateness ",
            ". ",
            ": none",
            "no ",
            "Received from ",
            ":",
            "\n\n",
            "é",
            "x",
            "sent his apologies",
            " was absent without apology",
            " of ",
            " for absence of ",
            " be accepted",
        ];
        let mut texts = crate::test_text::joins(&pieces, 3);
        texts.extend(crate::test_text::mixes(
            &pieces,
            3000,
            0x2545_F491_4F6C_DD1D,
            12,
            |n| n % 4 == 0,
        ));
        texts.extend(fuzz_inputs(500));
        for t in &texts {
            assert_eq!(
                apologies_in_sentence(t, 7),
                by_search::apologies_in_sentence(t, 7),
                "{t:?}"
            );
        }
    }

    #[test]
    fn apology_hits_agree_with_a_search_for_each_word() {
        let pieces = [
            "apolog",
            "APOLOGIES",
            "excused",
            "Received from ",
            "received",
            " from ",
            "a",
            "p",
            "x",
            "v",
            " ",
            "é",
        ];
        let mut texts = crate::test_text::joins(&pieces, 3);
        texts.extend(fuzz_inputs(300));
        for t in &texts {
            let hits = ApologyHits::find(t);
            let all = |pat: &str| -> Vec<usize> {
                if t.len() < pat.len() {
                    return Vec::new();
                }
                occurrences_ci(t.as_bytes(), pat.as_bytes(), 0, t.len()).collect()
            };
            assert_eq!(hits.apolog, all("apolog"), "{t:?}");
            assert_eq!(hits.excused, all("excused"), "{t:?}");
            assert_eq!(hits.received, contains_ci(t, "received from "), "{t:?}");
        }
    }

    #[test]
    fn links_agree_with_a_search_for_each_link() {
        let pieces = [
            "from",
            "FROM",
            "by",
            "By",
            "on behalf of",
            "on ",
            "behalf",
            " of",
            "b",
            "f",
            " ",
            "x",
            "é",
            "apolog",
        ];
        let mut texts = crate::test_text::joins(&pieces, 3);
        texts.extend(fuzz_inputs(300));
        for t in &texts {
            // Links are kept only after the first "apolog", where they are asked for.
            let t = format!("{t} apolog {t}");
            let hits = ApologyHits::find(&t);
            let first = hits.apolog.first().copied().unwrap_or(t.len());
            for from in (first..=t.len()).filter(|&i| t.is_char_boundary(i)) {
                for to in [
                    t.len(),
                    t.len().saturating_sub(1),
                    t.len().saturating_sub(3),
                ] {
                    let want = APOLOGY_LINKS
                        .iter()
                        .filter_map(|l| find_word_ci(&t, l, from, to).map(|f| (f, l.len())))
                        .min();
                    assert_eq!(link_in(&t, from, to), want, "{t:?} {from} {to}");
                }
            }
        }
    }

    #[test]
    fn says_late_agrees_with_a_search_for_each_word() {
        let pieces = [
            "late", "LATE", "ness", " ", "arrival", "leaving", "leave", "early", "x", "é",
        ];
        let mut texts = crate::test_text::joins(&pieces, 4);
        texts.extend(fuzz_inputs(300));
        for t in &texts {
            let old = LATE.iter().any(|w| contains_ci(t, w));
            assert_eq!(says_late(t), old, "{t:?}");
        }
    }

    #[test]
    fn none_or_no_guards_every_no_apologies_phrase() {
        for p in NO_APOLOGIES.iter().chain(NONE_WORDS) {
            assert!(contains_ci(p, "none") || contains_ci(p, "no "), "{p}");
        }
        let pieces = ["no", "NO", "ne", "Ne", " ", "x", "n", "o", "é", "."];
        let mut texts = crate::test_text::joins(&pieces, 4);
        texts.extend(fuzz_inputs(500));
        for t in &texts {
            let old = contains_ci(t, "none") || contains_ci(t, "no ");
            assert_eq!(says_none_or_no(t), old, "{t:?}");
        }
    }

    #[test]
    fn pair_test_agrees_with_a_pair_scan() {
        let by_pairs = |t: &[u8]| {
            t.windows(2).any(|w| {
                matches!(
                    [w[0] | 0x20, w[1] | 0x20],
                    [b'p', b'o'] | [b'x', b'c'] | [b'i', b'v']
                )
            })
        };
        let mut texts: Vec<String> = [
            "",
            "p",
            "po",
            "PO",
            "xP",
            "1234567p",
            "1234567po",
            "abcdefghIV",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        for n in 0..20 {
            for pair in ["po", "Xc", "iV", "p\u{f0}", "\u{d0}o"] {
                texts.push(format!("{}{pair}{}", "a".repeat(n), "b".repeat(n % 3)));
            }
        }
        texts.extend(fuzz_inputs(300));
        for t in &texts {
            assert_eq!(
                has_pair_ci(t.as_bytes(), &[(b'p', b'o'), (b'x', b'c'), (b'i', b'v')]),
                by_pairs(t.as_bytes()),
                "{t:?}"
            );
        }
        // The "chair" test of an entry: every spelling has the pair.
        for t in ["Chair", "(VICE-CHAIR)", "x chairman", "in the cHaIr"] {
            assert!(has_pair_ci(t.as_bytes(), &[(b'a', b'i')]), "{t:?}");
        }
    }

    #[test]
    fn apologies_from_councillors() {
        let got = apologies_in_sentence(
            "Apologies were received from Councillors Wilson and Mills.",
            0,
        )
        .unwrap();
        assert_eq!(names(&got), ["Wilson", "Mills"]);
        assert!(got.iter().all(|p| p.title.as_deref() == Some("Councillor")));
    }

    #[test]
    fn apologies_for_the_absence_of() {
        let got = apologies_in_sentence(
            "Apologies were received for the absence of Councillors Ada Wren, Ben Tull and Cy Orme.",
            0,
        )
        .unwrap();
        assert_eq!(names(&got), ["Ada Wren", "Ben Tull", "Cy Orme"]);
    }

    #[test]
    fn an_organisation_after_a_name_is_no_one() {
        let got = apologies_in_sentence(
            "Apologies for absence were received from Mr A Fenn and Ms B Corr, NHS Wessex.",
            0,
        )
        .unwrap();
        assert_eq!(names(&got), ["Mr A Fenn", "Ms B Corr"]);
    }

    #[test]
    fn apologies_not_lateness() {
        let t = "Apologies for absence had been received from Councillors Lambert, A Sachdev and Spencer and apologies for lateness from Councillor Vince.";
        assert_eq!(
            names(&apologies_in_sentence(t, 0).unwrap()),
            ["Lambert", "A Sachdev", "Spencer"]
        );
    }

    #[test]
    fn apologies_keep_mr_and_mrs() {
        let t = "The Democratic Services Manager reported apologies from Mrs Dean, Mr Lehmann, Mr Logen, Mr Samme, Mr Thorp and Mr Stepto.";
        assert_eq!(
            names(&apologies_in_sentence(t, 0).unwrap()),
            [
                "Mrs Dean",
                "Mr Lehmann",
                "Mr Logen",
                "Mr Samme",
                "Mr Thorp",
                "Mr Stepto"
            ]
        );
    }

    #[test]
    fn apologies_split_at_an_honorific_without_comma() {
        let t = "    The General Counsel reported apologies from Mr Booth, Ida Linfield, Ms Marsh, Mr Pugh,  Mr Ridgers Mr Simmonds and  Mr Sweetland .";
        let got = apologies_in_sentence(t, 10).unwrap();
        assert_eq!(
            names(&got),
            [
                "Mr Booth",
                "Ida Linfield",
                "Ms Marsh",
                "Mr Pugh",
                "Mr Ridgers",
                "Mr Simmonds",
                "Mr Sweetland"
            ]
        );
        assert_eq!(
            got[4].span,
            Span::new(
                10 + t.find("Mr Ridgers").unwrap(),
                10 + t.find(" Mr Simmonds").unwrap()
            )
        );
    }

    #[test]
    fn apologies_received_from_with_notes() {
        let t = "Received from Councillors Kaya Comer-Schwartz and Richard Watts (members of the Committee) and Councillor Anjna Khurana (observer).";
        let got = apologies_in_sentence(t, 0).unwrap();
        assert_eq!(
            names(&got),
            ["Kaya Comer-Schwartz", "Richard Watts", "Anjna Khurana"]
        );
        assert_eq!(got[1].note.as_deref(), Some("members of the Committee"));
        assert_eq!(got[2].note.as_deref(), Some("observer"));
    }

    #[test]
    fn apologies_untitled_and_aldermen() {
        let t = "Apologies were received from Simon Duckworth, Marianne Fredericks, Alderman Alastair King and Ian Seaton.";
        assert_eq!(
            names(&apologies_in_sentence(t, 0).unwrap()),
            [
                "Simon Duckworth",
                "Marianne Fredericks",
                "Alderman Alastair King",
                "Ian Seaton"
            ]
        );
        // "The" with a clergy's or a peer's style starts a name, not a sentence.
        let t = "Apologies were received from The Revd Dr Martin Dudley, Tom Sleigh and The Rt Hon Jane Smith.";
        assert_eq!(
            names(&apologies_in_sentence(t, 0).unwrap()),
            [
                "The Revd Dr Martin Dudley",
                "Tom Sleigh",
                "The Rt Hon Jane Smith"
            ]
        );
        let t = "Apologies were received from The Rt Hon The Lord Mayor Alderman Vincent Keaveny and Tom Sleigh.";
        assert_eq!(
            names(&apologies_in_sentence(t, 0).unwrap()),
            [
                "The Rt Hon The Lord Mayor Alderman Vincent Keaveny",
                "Tom Sleigh"
            ]
        );
        let t = "Apologies were received from Tom Sleigh. The Committee noted them.";
        assert_eq!(names(&apologies_in_sentence(t, 0).unwrap()), ["Tom Sleigh"]);
        let t = "Apologies were received from the Right Hon. the Lord Mayor Dr Andrew Parmley, and Jeremy Mayhew.";
        assert_eq!(
            names(&apologies_in_sentence(t, 0).unwrap()),
            [
                "the Right Hon. the Lord Mayor Dr Andrew Parmley",
                "Jeremy Mayhew"
            ]
        );
    }

    #[test]
    fn apologies_over_two_sentences_stop_at_who() {
        let t = "Apologies for absence were received from Councillors Victor Chamberlain and Anood Al-Samerai.  Apologies for absence  were also received from Councillor Helen Dennis, who had recently given birth to a baby girl.  The chair expressed congratulations on behalf of the committee.";
        assert_eq!(
            names(&apologies_in_sentence(t, 0).unwrap()),
            ["Victor Chamberlain", "Anood Al-Samerai", "Helen Dennis"]
        );
    }

    /// "from the following Councillors: ..." reads the list the words announce.
    #[test]
    fn apologies_from_the_following() {
        let t = "Apologies had been received from the following Councillors: Ann Ross; Bob Tate & Cy Moss;";
        assert_eq!(
            names(&apologies_in_sentence(t, 0).unwrap()),
            ["Ann Ross", "Bob Tate", "Cy Moss"]
        );
    }

    #[test]
    fn apologies_from_one_and_from_another() {
        for t in [
            "Apologies were received from Jane Hollis AM and from Peter Quayle AM.",
            "Apologies for absence were received from Councillor Hollis, and from Councillor Quayle.",
        ] {
            let got = apologies_in_sentence(t, 0).unwrap();
            assert_eq!(names(&got).len(), 2, "{t:?}: {:?}", names(&got));
        }
        // "and from" that names no one adds nobody.
        let t =
            "Apologies were received from Councillor Hollis and from two members of the public.";
        assert_eq!(names(&apologies_in_sentence(t, 0).unwrap()), ["Hollis"]);
    }

    #[test]
    fn apologies_with_notes_and_sent_apologies() {
        let got = apologies_in_sentence("Apologies were received from Cllr Dodds (personal).", 0)
            .unwrap();
        assert_eq!(names(&got), ["Dodds"]);
        assert_eq!(got[0].note.as_deref(), Some("personal"));
        let t = "82/23 Apologies: Cllr. A Edwards sent his apologies.";
        let got = apologies_in_sentence(t, 0).unwrap();
        assert_eq!(names(&got), ["A Edwards"]);
        assert_eq!(got[0].span.slice(t), Some("Cllr. A Edwards"));
        assert_eq!(
            names(&apologies_in_sentence("Council Member Walker asked to be excused.", 0).unwrap()),
            ["Walker"]
        );
    }

    #[test]
    fn apologies_of_names_in_a_resolution() {
        for t in [
            "RESOLVED that the apologies of Cllr D Kerr and Cllr E Lamb be accepted.",
            "The apologies for absence of Councillors D Kerr and E Lamb were noted.",
        ] {
            assert_eq!(
                names(&apologies_in_sentence(t, 0).unwrap()),
                ["D Kerr", "E Lamb"],
                "{t:?}"
            );
        }
        // Not a list of people: nothing read.
        assert_eq!(
            apologies_in_sentence("The apologies of the Clerk were noted.", 0),
            None
        );
    }

    #[test]
    fn apologies_stop_at_a_capitalised_sentence_word() {
        let t = "Apologies for absence were received from Cllr Purves With the absence of the Vice Chairman it was proposed by Councillor P Batty that Councillor Beck be elected";
        assert_eq!(names(&apologies_in_sentence(t, 0).unwrap()), ["Purves"]);
    }

    #[test]
    fn apologies_none_and_not_apologies() {
        assert_eq!(
            apologies_in_sentence("There were no apologies for absence.", 0),
            Some(vec![])
        );
        assert_eq!(apologies_in_sentence("Apologies: None.", 0), Some(vec![]));
        assert_eq!(
            apologies_in_sentence("The Committee noted the report.", 0),
            None
        );
        assert_eq!(apologies_in_sentence("Apologies for Absence", 0), None);
        let t = "Members were advised that Mr Chittenden and Ms Constantine had given their formal apologies and were joining the meeting virtually.";
        assert_eq!(apologies_in_sentence(t, 0), None);
    }

    #[test]
    fn absent_without_apology_gives_none() {
        let t = "Cllr Pawley was absent without apology.";
        assert_eq!(apologies_in_sentence(t, 0), Some(vec![]));
        let t = "Apologies were received from Cllr Ives. Cllr Pawley was absent without apologies.";
        assert_eq!(names(&apologies_in_sentence(t, 0).unwrap()), ["Ives"]);
    }

    #[test]
    fn apologies_on_behalf_of_and_by() {
        let t = "Apologies for absence were submitted on behalf of Councillors Ahmed and O’Neill.";
        assert_eq!(
            names(&apologies_in_sentence(t, 0).unwrap()),
            ["Ahmed", "O’Neill"]
        );
        let t = "Apologies were submitted by email from Cllr Price.";
        assert_eq!(names(&apologies_in_sentence(t, 0).unwrap()), ["Price"]);
        let t = "Apologies were given by Mr Hall and Mrs Ward.";
        assert_eq!(
            names(&apologies_in_sentence(t, 0).unwrap()),
            ["Mr Hall", "Mrs Ward"]
        );
        assert_eq!(
            apologies_in_sentence("Apologies were noted by the Committee.", 0),
            None
        );
        assert_eq!(
            apologies_in_sentence("Apologies for Absence\nThere were none.", 0),
            Some(vec![])
        );
        assert_eq!(
            apologies_in_sentence("Public questions: there were none.", 0),
            None
        );
    }

    #[test]
    fn apologies_label_list() {
        let got =
            apologies_in_sentence("Apologies for absence: Cllr Smith, Cllr Jones", 0).unwrap();
        assert_eq!(names(&got), ["Smith", "Jones"]);
        let got = apologies_in_sentence(
            "Apologies for absence:- Apologies were received from Councillors Wilson and Mills.",
            0,
        )
        .unwrap();
        assert_eq!(names(&got), ["Wilson", "Mills"]);
    }
}
