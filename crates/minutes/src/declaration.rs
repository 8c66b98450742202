//! Declarations of interest and references to other minutes.
//!
//! A declaration is a sentence clause `<people> declared <kind> interest(s) <in item N>`:
//! the people are the names before "declared" (prose such as "The Chairman" or "It was
//! noted that" is skipped), the kind is what stands between the article and "interest",
//! and the item is the first "item N" / "Minute N" / "application N" after it in the
//! same clause. References are "Minute 138", "Minute No. 50", "Minute Number TCF 23/31".
//!
//! Each sentence is read once; clauses inside it are disjoint, so the work is linear.

use crate::model::{Declaration, Reference, Span};
use crate::people::{
    char_at, find_prefix_ci, floor_boundary, is_space, names_in_clause, sentences, skip_space,
    starts_with_ci, trim_range, word_boundary_at, word_boundary_before,
};
use crate::simd;
use crate::text::{clean_compact, compact, each_word_at_rare_bytes};
use compact_str::CompactString;
use nom::branch::alt;
use nom::bytes::complete::take_while_m_n;
use nom::character::complete::char;
use nom::combinator::recognize;
use nom::{IResult, Parser};

/// How many words may stand between "declared" and "interest" ("declared a personal and
/// prejudicial interest").
const MAX_KIND_WORDS: usize = 8;
/// How far after "declared" the word "interest" may be; bounds the look-ahead per verb.
const MAX_KIND_BYTES: usize = 160;

/// Every declaration of interest in `text` (which starts at byte `base` of the input).
///
/// One [`Declaration`] per person ("The Chairman, Alderman Alison Gowman, and Edward Lord
/// declared non-pecuniary interests in item 7e" gives two). `person` is the name without
/// "Councillor"/"Cllr" ("Griffin", "Mr Oakford", "Alderman Alison Gowman"); `kind` is the
/// kind as written in lower case ("non-pecuniary", "disclosable pecuniary"), `None` for a
/// plain "an interest"; `concerns` is the item or minute number ("138", "22", "7p"). The
/// span runs from the person to the end of the clause (the sentence, or up to the next
/// "declared" in the same sentence). Sentences that name nobody before "declared" ("Members
/// to declare any interests") give nothing.
/// Out of line: inlined, it changed how the parser's item loop was compiled, for the worse.
#[inline(never)]
pub(crate) fn find_declarations(text: &str, base: usize) -> Vec<Declaration> {
    let mut out = Vec::new();
    // Most paragraphs the trigger scan flags hold "declarations" or "declare" but no verb
    // that declares: the verbs are found once, in one pass over the text, and the sentences
    // are split only when there is one. A sentence without one gives nothing.
    let verbs = declare_verbs(text);
    if verbs.is_empty() {
        return out;
    }
    for (ss, se) in sentences(text) {
        let inside = verbs_within(&verbs, ss, se);
        if !inside.is_empty() {
            declarations_in_sentence(text, base, (ss, se), inside, &mut out);
        }
    }
    out
}

/// Every "declared" or "declares" at a word start in `text`, in order: (start, end of the
/// word). With a vector unit the verbs are found at their "cl", a pair of letters that
/// stands about once in 460 bytes of minutes, where "d", the rarest letter of "declare",
/// stands once in 30 and each was compared; without one, by [`verbs_by_search`].
fn declare_verbs(text: &str) -> Vec<(usize, usize)> {
    if !simd::ENABLED {
        return verbs_by_search(text, 0, text.len());
    }
    let mut verbs = Vec::new();
    let pair = |this: simd::Chunk, next: simd::Chunk| this.eq_folded(b'c') & next.eq_folded(b'l');
    simd::for_each_pair(text.as_bytes(), pair, |k| {
        verbs.extend(k.checked_sub(2).and_then(|at| verb_at(text, at)));
        false
    });
    verbs
}

/// The verbs of `text[from..to]` by [`next_declare`], one search after another: for targets
/// without a vector unit, and the reference [`declare_verbs`] is tested against.
fn verbs_by_search(text: &str, from: usize, to: usize) -> Vec<(usize, usize)> {
    let mut verbs = Vec::new();
    let mut cursor = from;
    while let Some(verb) = next_declare(text, cursor, to) {
        verbs.push(verb);
        cursor = verb.1;
    }
    verbs
}

/// The verb that starts at `at`, if "declared" or "declares" does, at a word start:
/// (start, end of the word).
fn verb_at(text: &str, at: usize) -> Option<(usize, usize)> {
    let stem = text.as_bytes().get(at..at + "declare".len())?;
    if !stem.eq_ignore_ascii_case(b"declare") || !word_boundary_before(text, at) {
        return None;
    }
    let end = alpha_end(text, at);
    // Not "declare": "Members to declare any interests" is the agenda's invitation.
    let word = &text[at..end];
    (word.eq_ignore_ascii_case("declared") || word.eq_ignore_ascii_case("declares"))
        .then_some((at, end))
}

/// The verbs whose "declare" lies inside `from..to` (the word may run on past `to`), as
/// [`next_declare`] finds them there: the verbs are in order, so these are a run of them.
fn verbs_within(verbs: &[(usize, usize)], from: usize, to: usize) -> &[(usize, usize)] {
    let first = verbs.partition_point(|&(at, _)| at < from);
    let last = verbs.partition_point(|&(at, _)| at + "declare".len() <= to);
    &verbs[first..last.max(first)]
}

/// A "declare" verb at a word start in `text[from..to]`: (start, end of the word). A search
/// at "declare"'s rarest letter: for targets without a vector unit, and the reference
/// [`declare_verbs`] is tested against.
fn next_declare(text: &str, from: usize, to: usize) -> Option<(usize, usize)> {
    let mut cursor = from;
    while let Some(at) = find_prefix_ci(text, "declare", cursor, to) {
        let end = alpha_end(text, at);
        let word = &text[at..end];
        // Not "declare": "Members to declare any interests" is the agenda's invitation.
        if word.eq_ignore_ascii_case("declared") || word.eq_ignore_ascii_case("declares") {
            return Some((at, end));
        }
        cursor = end.max(at + 1);
    }
    None
}

fn alpha_end(text: &str, mut i: usize) -> usize {
    while text.as_bytes().get(i).is_some_and(u8::is_ascii_alphabetic) {
        i += 1;
    }
    i
}

/// The declarations of the sentence `ss..se`, given its verbs (those of
/// [`verbs_within`] it): one clause per verb, up to the next verb.
fn declarations_in_sentence(
    text: &str,
    base: usize,
    (ss, se): (usize, usize),
    verbs: &[(usize, usize)],
    out: &mut Vec<Declaration>,
) {
    let mut clause_start = ss;
    for (n, &(d, d_end)) in verbs.iter().enumerate() {
        let next = verbs.get(n + 1);
        let bound = next.map_or(se, |&(n, _)| n);
        let Some((mut kind, interest_end)) = kind_and_interest(text, d_end, bound) else {
            continue;
        };
        // The people: after any "Minutes:" label and list marker before the verb.
        let region_start = text[clause_start..d]
            .rfind(':')
            .map_or(clause_start, |c| clause_start + c + 1);
        let region_start = skip_enumerator(text, region_start, d);
        let people = names_in_clause(&text[region_start..d], base + region_start);
        let (mut concerns, concerns_end) = concerns(text, interest_end, bound).unzip();
        let clause_end = match next {
            None => se,
            Some(_) => concerns_end.unwrap_or(interest_end),
        };
        let clause_end = trim_range(text, d, clause_end).1;
        let last = people.len().saturating_sub(1);
        for (k, p) in people.into_iter().enumerate() {
            out.push(Declaration {
                person: p.name,
                kind: clone_unless_last(&mut kind, k == last),
                concerns: clone_unless_last(&mut concerns, k == last),
                span: Span::new(p.span.start, base + clause_end),
            });
        }
        clause_start = interest_end;
    }
}

/// A copy of `value` for one of several people declaring, or `value` itself for the last
/// of them: most clauses name one person, whose declaration then takes the clause's
/// strings without copying them.
fn clone_unless_last(value: &mut Option<CompactString>, last: bool) -> Option<CompactString> {
    if last {
        value.take()
    } else {
        value.clone()
    }
}

/// Words that are not part of a kind of interest: the kind restarts after them ("declared
/// that he had a personal interest" gives "personal").
const NOT_KIND: &[&str] = &[
    "a", "an", "the", "any", "that", "he", "she", "they", "had", "has", "have", "was", "were",
    "his", "her", "their", "its", "an", "of", "she'd", "he'd",
];

/// After "declared": the kind (lower case, `None` when unstated) and where "interest(s)" ends.
fn kind_and_interest(text: &str, from: usize, to: usize) -> Option<(Option<CompactString>, usize)> {
    let to = floor_boundary(text, to.min(from + MAX_KIND_BYTES));
    let mut kind_start: Option<usize> = None;
    let mut kind_end = from;
    let mut i = skip_space(text, from);
    for _ in 0..=MAX_KIND_WORDS {
        if i >= to {
            return None;
        }
        let end = text[i..to].find(is_space).map_or(to, |n| i + n);
        let word = text[i..end].trim_end_matches([',', ';', ':']);
        // Compared with ASCII case ignored, without a lower-case copy of each word: of the
        // chars that lower-case to ASCII, only the Kelvin sign does, to a "k" none of these
        // words has.
        let is = |w: &str| word.eq_ignore_ascii_case(w);
        if is("interest") || is("interests") {
            let kind = kind_start
                .map(|s| lower_case(clean_compact(&text[s..kind_end])))
                .filter(|k| !k.is_empty());
            return Some((kind, i + word.len()));
        }
        if NOT_KIND.iter().any(|w| is(w)) {
            kind_start = None;
        } else {
            kind_start.get_or_insert(i);
            kind_end = i + word.len();
        }
        i = skip_space(text, end);
    }
    None
}

/// `s.to_lowercase()`, in place where `s` is ASCII (nearly every kind of interest is),
/// without a second allocation.
fn lower_case(mut s: CompactString) -> CompactString {
    if s.is_ascii() {
        s.make_ascii_lowercase();
        s
    } else {
        s.to_lowercase()
    }
}

/// Past a list marker ("(1)", "(a)", "2.", "b)") and white space at `i`.
fn skip_enumerator(text: &str, i: usize, end: usize) -> usize {
    let i = skip_space(text, i);
    match list_marker(&text[i..end]) {
        Ok((rest, _)) if rest.starts_with(is_space) => skip_space(text, end - rest.len()),
        _ => i,
    }
}

/// A list marker: "(1)", "(iv)", "2.", "3)", "b)".
fn list_marker(input: &str) -> IResult<&str, &str> {
    alt((
        recognize((
            char('('),
            take_while_m_n(1, 4, |c: char| c.is_ascii_alphanumeric()),
            char(')'),
        )),
        recognize((
            take_while_m_n(1, 3, |c: char| c.is_ascii_digit()),
            alt((char('.'), char(')'))),
        )),
        recognize((
            take_while_m_n(1, 1, |c: char| c.is_ascii_lowercase()),
            char(')'),
        )),
    ))
    .parse(input)
}

/// The first "item N", "Minute N" or "application N" in `text[from..to]`: (number, end).
/// The three words are found in one scan, at their "m" and "p" (see
/// [`each_word_at_rare_bytes`]), instead of one search for each.
fn concerns(text: &str, from: usize, to: usize) -> Option<(CompactString, usize)> {
    let to = to.min(text.len());
    let region = text.as_bytes().get(from..to)?;
    let mut first: Option<(usize, CompactString, usize)> = None;
    each_word_at_rare_bytes(region, CONCERNS, CONCERNS_RARE, |k, start| {
        let (at, end) = (from + start, from + start + CONCERNS[k].len());
        if first.as_ref().is_some_and(|&(f, _, _)| f < at)
            || !word_boundary_before(text, at)
            || !word_boundary_at(text, end)
        {
            return;
        }
        if let Some((number, _, end)) = number_after(text, end, to) {
            first = Some((at, compact(number), end));
        }
    });
    first.map(|(_, number, end)| (number, end))
}

/// The words before the number that a declaration concerns.
const CONCERNS: [&str; 3] = ["item", "minute", "application"];
/// A rare letter of each of [`CONCERNS`] and its offset in the word.
const CONCERNS_RARE: [(u8, usize); 3] = [(b'm', 3), (b'm', 0), (b'p', 1)];

/// [`concerns`] as it was, one whole-word search per word: the reference it is tested
/// against.
#[cfg(test)]
fn concerns_by_search(text: &str, from: usize, to: usize) -> Option<(CompactString, usize)> {
    CONCERNS
        .iter()
        .filter_map(|kw| {
            let mut cursor = from;
            while let Some(at) = crate::people::find_word_ci(text, kw, cursor, to) {
                if let Some((number, _, end)) = number_after(text, at + kw.len(), to) {
                    return Some((at, compact(number), end));
                }
                cursor = at + kw.len();
            }
            None
        })
        .min_by_key(|&(at, _, _)| at)
        .map(|(_, number, end)| (number, end))
}

/// After a keyword: optional "No." / "Number", then a reference number:
/// (number as written, start, end).
fn number_after(text: &str, i: usize, to: usize) -> Option<(&str, usize, usize)> {
    // Within one line: "Minutes" as a heading followed by the next item's number on a
    // line of its own ("Minutes\n\nE.70/23") is not a reference.
    let mut j = skip_inline_space(text, i);
    // Every prefix starts with "n": most numbers follow the keyword directly.
    if text.as_bytes().get(j).is_some_and(|b| b | 0x20 == b'n') {
        for prefix in ["numbers", "number", "nos.", "nos", "no.", "no"] {
            if starts_with_ci(text, j, prefix)
                && char_at(text, j + prefix.len()).is_some_and(is_space)
            {
                j = skip_inline_space(text, j + prefix.len());
                break;
            }
        }
    }
    if j >= to {
        return None;
    }
    let len = ref_number_len(&text.as_bytes()[j..to])?;
    Some((&text[j..j + len], j, j + len))
}

/// Past white space other than line breaks.
fn skip_inline_space(text: &str, mut i: usize) -> usize {
    while let Some(c) = char_at(text, i).filter(|&c| is_space(c) && c != '\n') {
        i += c.len_utf8();
    }
    i
}

fn ref_tail(c: char) -> bool {
    c.is_ascii_alphanumeric() || matches!(c, '/' | '.' | '-')
}

/// The length of the minute or item number that `bytes` starts with: "138", "7p", "45/23",
/// "5.1", "TCF 23/31", "C.123". Trailing punctuation ("12e.", "22,") is not part of it.
/// Byte by byte: every byte of a number is ASCII. The rule as a parser is
/// `ref_number_by_nom` (in the tests), the reference this is tested against.
fn ref_number_len(bytes: &[u8]) -> Option<usize> {
    let run = |from: usize, keep: fn(&u8) -> bool| {
        from + bytes
            .get(from..)
            .map_or(0, |b| b.iter().take_while(|&b| keep(b)).count())
    };
    let digits_from = match bytes.first()? {
        b'0'..=b'9' => 0,
        _ => {
            // Up to five capitals, then an optional '.', '/' or ' ', then a digit.
            let caps = bytes
                .iter()
                .take(5)
                .take_while(|b| b.is_ascii_uppercase())
                .count();
            let sep = usize::from(matches!(bytes.get(caps), Some(b'.' | b'/' | b' ')));
            (caps > 0).then_some(caps + sep)?
        }
    };
    if !bytes.get(digits_from)?.is_ascii_digit() {
        return None;
    }
    let end = run(digits_from, |&b| ref_tail(char::from(b)));
    let trailing = bytes[..end]
        .iter()
        .rev()
        .take_while(|b| matches!(b, b'.' | b'/' | b'-'))
        .count();
    Some(end - trailing)
}

/// A minute or item number as a parser: the rule [`ref_number_len`] is tested against.
#[cfg(test)]
fn ref_number_by_nom(input: &str) -> IResult<&str, &str> {
    use nom::bytes::complete::take_while;
    use nom::character::complete::digit1;
    use nom::combinator::opt;
    let (_, raw) = alt((
        recognize((digit1, take_while(ref_tail))),
        recognize((
            take_while_m_n(1, 5, |c: char| c.is_ascii_uppercase()),
            opt(alt((char('.'), char('/'), char(' ')))),
            digit1,
            take_while(ref_tail),
        )),
    ))
    .parse(input)?;
    let number = raw.trim_end_matches(['.', '/', '-']);
    Ok((&input[number.len()..], number))
}

/// Every reference to another minute or item ("Minute 138", "Minute No. 50").
///
/// Reads "Minute" or "Minutes" (any case) followed by an optional "No."/"Number" and a
/// number ("138", "45/23", "TCF 23/31"); the span covers "Minute" to the end of the number.
/// "Minutes of the previous meeting" has no number and gives nothing.
pub(crate) fn find_references(text: &str, base: usize) -> Vec<Reference> {
    let mut out = Vec::new();
    let mut cursor = 0;
    while let Some(at) = find_prefix_ci(text, "minute", cursor, text.len()) {
        let mut word_end = at + "minute".len();
        if starts_with_ci(text, word_end, "s") {
            word_end += 1;
        }
        cursor = word_end;
        if !word_boundary_at(text, word_end) {
            continue;
        }
        if let Some((number, _, end)) = number_after(text, word_end, text.len()) {
            out.push(Reference {
                number: number.to_owned(),
                span: Span::new(base + at, base + end),
            });
            cursor = end;
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn decl(text: &str) -> Vec<Declaration> {
        let found = find_declarations(text, 0);
        for d in &found {
            let s = d.span.slice(text).expect("span inside the text");
            assert!(
                crate::text::clean(s).contains(d.person.rsplit(' ').next().unwrap()),
                "{s:?} lacks {}",
                d.person
            );
        }
        found
    }

    fn one(text: &str) -> (String, Option<String>, Option<String>) {
        let found = decl(text);
        assert_eq!(found.len(), 1, "{found:?}");
        let d = found.into_iter().next().unwrap();
        (
            d.person.into(),
            d.kind.map(String::from),
            d.concerns.map(String::from),
        )
    }

    fn s(v: &str) -> Option<String> {
        Some(v.to_string())
    }

    #[test]
    fn non_pecuniary_with_minute_in_brackets() {
        let t = "Councillor Griffin declared a non-pecuniary interest (Minute 138, Domestic Abuse Strategy 2022-2027 Update). He remained in the meeting but did not participate in the debate or vote.";
        assert_eq!(one(t), ("Griffin".into(), s("non-pecuniary"), s("138")));
        let d = &decl(t)[0];
        assert_eq!(d.span.slice(t), Some("Councillor Griffin declared a non-pecuniary interest (Minute 138, Domestic Abuse Strategy 2022-2027 Update)."));
    }

    #[test]
    fn disclosable_pecuniary_in_respect_of_item() {
        let t = "Members to declare any interests and dispensations in respect of any item of business to be considered at this meeting. Minutes: Councillor Victoria Mills declared a disclosable pecuniary interest in respect of Item 22 (Appendix 7, End Violence at Work Charter) as her partner works for UNISON.";
        assert_eq!(
            one(t),
            ("Victoria Mills".into(), s("disclosable pecuniary"), s("22"))
        );
    }

    #[test]
    fn numbered_paragraphs_and_honorifics() {
        let t = "    (1)                   Mr Oakford declared a disclosable pecuniary interest in item 11 (Select Committee – Pupil Premium) as he and his wife were owners of a pre-school.\n    (2)               Dr Sullivan declared an interest as her husband was employed by the County Council.";
        let found = decl(t);
        assert_eq!(found.len(), 2);
        assert_eq!(
            (
                found[0].person.as_str(),
                found[0].kind.as_deref(),
                found[0].concerns.as_deref()
            ),
            ("Mr Oakford", Some("disclosable pecuniary"), Some("11"))
        );
        assert_eq!(
            (
                found[1].person.as_str(),
                found[1].kind.as_deref(),
                found[1].concerns.as_deref()
            ),
            ("Dr Sullivan", None, None)
        );
    }

    #[test]
    fn item_with_letter_and_untitled_name() {
        let t = "Karina Dostalova declared a non-pecuniary interest in item 7p, Age UK Croydon, by virtue of being the City of London Corporation’s representative on the London body.";
        assert_eq!(
            one(t),
            ("Karina Dostalova".into(), s("non-pecuniary"), s("7p"))
        );
    }

    #[test]
    fn plain_interest_has_no_kind() {
        let t = "Cllr Austin declared an interest in Item 11 as a treasurer of the former Thame Community Art & Theatre Centre and its predecessor, the Cattle Market Action Group. The Acting Town Clerk advised this was not a pecuniary interest.";
        assert_eq!(one(t), ("Austin".into(), None, s("11")));
    }

    #[test]
    fn several_people_skip_the_role() {
        let t = "The Chairman, Alderman Alison Gowman, and Edward Lord declared non-pecuniary interests in item 7e by virtue of being the City of London Corporation’s representatives on Trust for London.";
        let found = decl(t);
        let people: Vec<_> = found.iter().map(|d| d.person.as_str()).collect();
        assert_eq!(people, ["Alderman Alison Gowman", "Edward Lord"]);
        assert!(found
            .iter()
            .all(|d| d.kind.as_deref() == Some("non-pecuniary")
                && d.concerns.as_deref() == Some("7e")));
        let t = "The Deputy Chairman and Jamie Ingham Clark declared an interest by virtue of being members of the Clothworkers Company.";
        assert_eq!(one(t), ("Jamie Ingham Clark".into(), None, None));
    }

    #[test]
    fn item_later_in_the_clause() {
        let t = "Vivienne Littlechild declared a non-pecuniary interest regarding Cripplegate Foundation which was one of the strategic initiatives in management reported in item 12e.";
        assert_eq!(
            one(t),
            ("Vivienne Littlechild".into(), s("non-pecuniary"), s("12e"))
        );
    }

    #[test]
    fn two_clauses_in_one_sentence() {
        let t = "Councillor Smith declared a personal interest in item 5 and Councillor Jones declared a prejudicial interest in item 6.";
        let found = decl(t);
        let got: Vec<_> = found
            .iter()
            .map(|d| (d.person.as_str(), d.kind.as_deref(), d.concerns.as_deref()))
            .collect();
        assert_eq!(
            got,
            [
                ("Smith", Some("personal"), Some("5")),
                ("Jones", Some("prejudicial"), Some("6"))
            ]
        );
        assert_eq!(
            found[0].span.slice(t),
            Some("Councillor Smith declared a personal interest in item 5")
        );
    }

    #[test]
    fn not_declarations() {
        for t in [
            "Cllr Austen subsequently declared and signed his acceptance of office.",
            "There were no declarations of interest made at this meeting.",
            "Members to declare any interests in respect of any item of business.",
            "Declarations of Interests and Dispensations\nMembers to declare any interests and dispensations in respect of any item of business.",
            "It was noted that, in relation to Item 14, Cllr Gregory and Cllr Bretherton as District Councillors will make their comments.",
        ] {
            assert!(decl(t).is_empty(), "{t}");
        }
    }

    #[test]
    fn kind_after_filler_words() {
        let t = "Councillor Brown declared that she had a Personal and Prejudicial interest in Minute No. 50.";
        assert_eq!(
            one(t),
            ("Brown".into(), s("personal and prejudicial"), s("50"))
        );
    }

    #[test]
    fn references_in_every_form() {
        let t = "See Minute 138, Minute No. 50 and Minute Number 50 (Scrutiny). Minute Number TCF 23/31 (meeting held on 27 November 2023) and minute 45/23. The Minutes of the previous meeting; Minute C.123.";
        let refs = find_references(t, 100);
        let numbers: Vec<_> = refs.iter().map(|r| r.number.as_str()).collect();
        assert_eq!(numbers, ["138", "50", "50", "TCF 23/31", "45/23", "C.123"]);
        let spans: Vec<_> = refs
            .iter()
            .map(|r| &t[r.span.start - 100..r.span.end - 100])
            .collect();
        assert_eq!(
            spans,
            [
                "Minute 138",
                "Minute No. 50",
                "Minute Number 50",
                "Minute Number TCF 23/31",
                "minute 45/23",
                "Minute C.123"
            ]
        );
    }

    #[test]
    fn ref_number_len_agrees_with_the_parser() {
        let pieces = [
            "1", "45", "p", "e", "A", "TCF", "ABCDEF", " ", "/", ".", "-", ",", "é", "\n", "n",
        ];
        let mut texts = crate::test_text::joins_up_to(&pieces, 4);
        texts.extend(crate::test_text::mixes(&pieces, 20_000, 11, 9, |n| {
            n % 5 == 0
        }));
        for t in &texts {
            let by_nom = ref_number_by_nom(t).ok().map(|(_, n)| n.len());
            assert_eq!(ref_number_len(t.as_bytes()), by_nom, "{t:?}");
        }
    }

    /// `find_declarations` is only asked of paragraphs the trigger scan marks
    /// [`Trigger::Declare`](crate::triggers::Trigger::Declare): a text it does not mark
    /// holds no declaration.
    #[test]
    fn unmarked_texts_hold_no_declaration() {
        let pieces = [
            "Councillor Smith ",
            "declared ",
            "Declares ",
            "DECLARED ",
            "declare ",
            "declaration ",
            "declaredly ",
            "an interest ",
            "a personal interest in item 5. ",
            "Minutes: ",
            "xdeclared ",
            "é",
        ];
        let mut texts = crate::test_text::joins_up_to(&pieces, 3);
        texts.extend(crate::test_text::mixes(&pieces, 20_000, 5, 8, |n| {
            n % 2 == 0
        }));
        let mut found = 0;
        for t in &texts {
            let marked = crate::triggers::scan(&crate::text::clean(t))
                .has(crate::triggers::Trigger::Declare);
            let declarations = find_declarations(t, 0);
            found += usize::from(!declarations.is_empty());
            assert!(marked || declarations.is_empty(), "{t:?}");
        }
        assert!(found > 100, "{found}");
    }

    #[test]
    fn lower_case_is_to_lowercase() {
        for s in [
            "",
            "Personal",
            "NON-PECUNIARY",
            "pecuniary",
            "Prejudicial É",
            "KELVIN \u{212a}",
        ] {
            assert_eq!(lower_case(s.into()), s.to_lowercase(), "{s:?}");
        }
    }

    #[test]
    fn references_need_a_number() {
        assert!(find_references(
            "Minutes: The minutes of the meeting were approved. Minuteman 5. A Minute later.",
            0
        )
        .is_empty());
        assert!(find_references("Minutes\n\nE.70/23 Election of Chairman", 0).is_empty());
    }

    #[test]
    fn non_ascii_and_odd_inputs() {
        let t = "Cllr Zoë Brontë declared a non‑pecuniary interest in item 7é. Minute ü";
        let found = decl(t);
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].person, "Zoë Brontë");
        for odd in [
            "",
            "declared",
            "declared interest",
            "X declared an",
            "Minute",
            "Minute No.",
            "minute 5/",
            "(1)",
            "é declared é interest item é",
            "Minute 12345678901234567890",
        ] {
            for d in find_declarations(odd, 5) {
                assert!(d.span.start >= 5 && d.span.end <= 5 + odd.len(), "{odd:?}");
            }
            for r in find_references(odd, 5) {
                assert!(
                    odd.get(r.span.start - 5..r.span.end - 5).is_some(),
                    "{odd:?}"
                );
            }
        }
    }

    #[test]
    fn verbs_by_pair_scan_agree_with_the_search() {
        let pieces = [
            "declared",
            "Declares",
            "DECLARE",
            "declare",
            "undeclared",
            "declaredx",
            "declares9",
            "_declared",
            "édeclared",
            "declaredé",
            "cl",
            "Cllr",
            "de",
            "clare",
            " ",
            ", ",
            ".",
            "\n",
            "d",
            "ec",
            "x",
            "declarations",
            "é",
            "\u{a0}",
            "1declared",
            "declared-",
        ];
        let mut texts: Vec<String> = Vec::new();
        for n in 0..4000usize {
            let len = 1 + n % 23;
            texts.push(
                (0..len)
                    .map(|k| pieces[(k * 7 + n * 3 + k * n / 11) % pieces.len()])
                    .collect(),
            );
        }
        // Verbs across the scan's 32-byte steps and its padded end.
        for pad in 0..70 {
            texts.push(format!(
                "{}declared",
                "x ".repeat(pad / 2) + &"y".repeat(pad % 2)
            ));
            texts.push(format!(
                "{} declares an interest {}",
                "z".repeat(pad),
                "w".repeat(pad)
            ));
        }
        for text in &texts {
            let verbs = declare_verbs(text);
            assert_eq!(verbs, verbs_by_search(text, 0, text.len()), "{text:?}");
            // Every range of char boundaries: the verbs a sentence's search would find.
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            for (a, &from) in bounds.iter().enumerate().step_by(3) {
                for &to in bounds[a..].iter().step_by(2) {
                    assert_eq!(
                        verbs_within(&verbs, from, to),
                        verbs_by_search(text, from, to),
                        "{text:?} {from}..{to}"
                    );
                }
            }
        }
    }

    #[test]
    fn concerns_by_one_scan_agree_with_the_searches() {
        let pieces = [
            "item",
            "Item 5",
            "ITEM",
            "minute",
            "Minute No. 50",
            "minutes",
            "application",
            "Application 22/0001",
            "items",
            "xitem",
            " ",
            ", ",
            "7p",
            "No.",
            "number",
            "\n",
            "é",
            "\u{a0}",
            "m",
            "p",
            "ap",
            "TCF 23/31",
            "(",
            ")",
            "12e.",
            "minute5",
        ];
        for n in 0..6000usize {
            let len = 1 + n % 17;
            let text: String = (0..len)
                .map(|k| pieces[(k * 5 + n * 7 + k * n / 13) % pieces.len()])
                .collect();
            let bounds: Vec<usize> = (0..=text.len())
                .filter(|&i| text.is_char_boundary(i))
                .collect();
            for (a, &from) in bounds.iter().enumerate().step_by(5) {
                for &to in bounds[a..].iter().step_by(3) {
                    assert_eq!(
                        concerns(&text, from, to),
                        concerns_by_search(&text, from, to),
                        "{text:?} {from}..{to}"
                    );
                }
            }
        }
    }

    #[test]
    fn long_inputs_stay_linear() {
        let t = "Cllr Smith declared a personal interest in item 5. ".repeat(10_000);
        assert_eq!(find_declarations(&t, 0).len(), 10_000);
        let t = "declared declared declare ".repeat(20_000);
        assert!(find_declarations(&t, 0).is_empty());
        let t = "Minute 1 minute minutes ".repeat(20_000);
        assert_eq!(find_references(&t, 0).len(), 20_000);
    }
}
