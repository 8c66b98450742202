//! Resolutions: the decisions recorded in an item's minutes.
//!
//! The phrasings seen: "Resolved: - That ...", "RESOLVED that ...", "RESOLVED:-" followed by
//! "(1) ..."/"1) ..." or a "-" list, "UNANIMOUSLY RESOLVED", a bold "RESOLVED" lost in
//! conversion leaving "it was" then "That ...", "AGREED" or "RESOLVED" in capitals inside a
//! sentence ("The motion was put to the vote and AGREED."), a "Decision:" block, and North
//! American "THAT ..." motions closed by "Motion Carried".

mod dotted;
mod entries;
mod inline;
mod proposal;
mod prose;

use std::borrow::Cow;

use crate::blocks::Unit;
use crate::borrowed;
use crate::lexer;
use crate::model::{Resolution, Span};
use crate::simd;
use crate::text::{
    self, find_ascii_ci, is_ascii_space, is_space, is_whole_word, starts_with_ci, strip_suffix_ci,
    LetterPairs,
};
use crate::triggers::{self, Trigger};

/// Words that open a resolution paragraph, in any case. The trigger scan notes them
/// ([`Trigger::Opener`]), so a unit without one is turned away before any of its text is read.
/// "Resolution" opens one only as a label ("Resolution: to support ..."): in prose it names
/// another body's ("the resolution of the Cabinet").
const OPENERS: [&str; 5] = ["resolved", "agreed", "decided", "recommended", "resolution"];

/// Words that may come before an opener: "UNANIMOUSLY RESOLVED", "it was agreed:".
const OPENER_PREFIXES: [&str; 2] = ["unanimously ", "it was "];

/// The openings of the openers and prefixes: a paragraph that starts with none of them
/// (after any number mark) is turned away by one table lookup, before any word comparison.
const OPENER_SECOND_LETTERS: LetterPairs = LetterPairs::of(&[
    OPENERS[0].as_bytes(),
    OPENERS[1].as_bytes(),
    OPENERS[2].as_bytes(),
    OPENERS[3].as_bytes(),
    OPENERS[4].as_bytes(),
    OPENER_PREFIXES[0].as_bytes(),
    OPENER_PREFIXES[1].as_bytes(),
]);

/// Whether `bytes` start with two ASCII letters that begin an opener or a prefix, in any
/// case. (Letters only: other bytes share low bits with them.)
fn may_open(bytes: &[u8]) -> bool {
    match bytes {
        [a, b, ..] if a.is_ascii_alphabetic() && b.is_ascii_alphabetic() => {
            OPENER_SECOND_LETTERS.contains(*a, *b)
        }
        _ => false,
    }
}

/// Words that record a resolution wherever they stand, when written in capitals.
const CAPITAL_WORDS: [&str; 2] = ["RESOLVED", "AGREED"];

/// The resolutions in a section of minutes.
pub(crate) fn find(units: &[Unit]) -> Vec<Resolution> {
    let mut out = Vec::new();
    find_into(units, &mut out);
    out
}

/// [`find`], appending to `out`: a buffer reused from item to item, from which the item
/// takes its resolutions in one allocation of their number rather than a vector grown as
/// they are found.
pub(crate) fn find_into(units: &[Unit], out: &mut Vec<Resolution>) {
    let start = out.len();
    let mut i = 0;
    // The unit of the last resolution read from its words ("RESOLVED", "It was agreed")
    // rather than from a "Carried" that closes a motion.
    let mut resolved_at: Option<usize> = None;
    // The unit after the last proposal read as passed (see [`passed_proposal`]), or after
    // the last resolution: a proposal is looked for from there.
    let mut passed_at = 0;
    while i < units.len() {
        // Most units record nothing: they are passed over in a loop of their own, a few
        // instructions each, where the loop below spent some thirty.
        i += units[i..].iter().take_while(|u| !may_record(u)).count();
        let Some(unit) = units.get(i) else {
            break;
        };
        let recorded = out.len();
        if let Some((keyword, rest_at)) = opener(unit) {
            let rest = &unit.text[rest_at..];
            i += 1;
            if let Some((number, text_at)) = number_mark(rest).filter(|(n, _)| *n == "1") {
                // "(1) ...; (2) ..." in the paragraph, then "(3) ..." after it.
                let last = match push_inline(out, rest, unit.span, keyword) {
                    Some(listed) if listed.first == "1" => listed.count,
                    _ => {
                        out.push(resolution(
                            Some(number),
                            &rest[text_at..],
                            unit.span,
                            keyword,
                        ));
                        1
                    }
                };
                i = numbered_run(units, i, last, keyword, out);
            } else if at_most_one_word(rest)
                || (ends_with_colon(rest) && !lists_conditions(rest))
                || is_that_lead_in(rest)
            {
                let before = out.len();
                if let Some(end) = names_list_end(units, i) {
                    i = end;
                } else {
                    i = list_run(units, i, keyword, out);
                }
                if out.len() == before {
                    out.push(resolution(None, rest, unit.span, keyword));
                    i = lost_first_entry(units, i, keyword, out);
                }
            } else if push_inline(out, rest, unit.span, keyword).is_none() {
                out.push(resolution(None, rest, unit.span, keyword));
            }
            resolved_at = Some(i - 1);
            continue;
        }
        let capitals = unit.triggers.has(Trigger::CapitalResolved)
            || unit.triggers.has(Trigger::CapitalAgreed);
        if let Some(at) = capitals.then(|| capital_keyword(&unit.text)).flatten() {
            let keyword = &unit.text[at..]
                .split(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            // An inline list counts from the word on ("Council RESOLVED (1) to ... and (2)
            // to ..."): marks in the text before it are the discussion's.
            let after = &unit.text[at + keyword.len()..];
            if push_inline(out, after, unit.span, keyword).is_none() {
                out.push(resolution(None, &unit.text, unit.span, keyword));
            }
        } else if let Some(keyword) = unit
            .triggers
            .has(Trigger::Opener)
            .then(|| prose::opener_in(&unit.text, unit.triggers.has(Trigger::Motion)))
            .flatten()
        {
            // "it was unanimously resolved to: (1) Nominate ... (2) To note ...": an inline
            // list after the word, each entry one (the keyword is a slice of the text).
            let after = (keyword.as_ptr() as usize)
                .checked_sub(unit.text.as_ptr() as usize)
                .and_then(|at| unit.text.get(at + keyword.len()..))
                .unwrap_or("");
            if push_inline(out, after, unit.span, keyword).is_none() {
                out.push(resolution(None, &unit.text, unit.span, keyword));
            }
        } else if is_lost_resolved(&unit.text) {
            if let Some(next) = units
                .get(i + 1)
                .filter(|n| starts_with_ci(&n.text, "that "))
            {
                out.push(resolution(
                    None,
                    &next.text,
                    unit.span.cover(next.span),
                    "it was",
                ));
                resolved_at = Some(i + 1);
                i += 2;
                continue;
            }
        } else if unit.triggers.has(Trigger::Carried) {
            let window = i.saturating_sub(4);
            let motion_at = units[window..i]
                .iter()
                .rposition(|u| u.text.starts_with("THAT ") || u.text.starts_with("That "))
                .map(|k| window + k);
            // The motion is "THAT ..." or "That ..." (eSCRIBE pages of Ontario write both).
            // "BE IT RESOLVED THAT ..." then "Carried": the outcome of the resolution just
            // read, not another, unless a motion's "THAT ..." came after it.
            let closes_resolved =
                resolved_at.is_some_and(|r| r >= window && motion_at.is_none_or(|m| m < r));
            if !closes_resolved {
                let (text, span) = match motion_at.and_then(|m| units.get(m)) {
                    Some(m) => (m.text.as_str(), m.span.cover(unit.span)),
                    None => (unit.text.as_str(), unit.span),
                };
                out.push(resolution(None, text, span, "carried"));
            }
            resolved_at = None;
            i += 1;
            continue;
        } else if let Some(keyword) = (unit.triggers.has(Trigger::Passed)
            || unit.triggers.has(Trigger::Opener))
        .then(|| {
            let after = passed_at.max(resolved_at.map_or(0, |r| r + 1));
            passed_proposal(units, i, resolved_at, after)
        })
        .flatten()
        {
            // Read as its own (not as a resolution in words, which a "Carried" or a
            // proposal after it closes): the next proposal looks back no further.
            out.push(resolution(None, &unit.text, unit.span, keyword));
            passed_at = i + 1;
            i += 1;
            continue;
        }
        if out.len() > recorded {
            resolved_at = Some(i);
        }
        i += 1;
    }
    if out.len() == start {
        let first_entry = bare_that(units, out);
        if let Some(from) = first_entry.filter(|_| out.len() == start) {
            entries::push(units, from, false, out);
        }
    }
    if out.len() > start {
        split_first_entries(out, start);
    }
}

/// "1. That ... 2. That ..." in one paragraph: each resolution from `start` numbered "1"
/// with no "2" read after it is split by [`split_dotted`] (a list read entry by entry, the
/// most usual, is not searched). Out of line: find's loop keeps its registers.
#[inline(never)]
fn split_first_entries(out: &mut Vec<Resolution>, start: usize) {
    let mut k = start;
    while k < out.len() {
        let alone = out[k].number.as_deref() == Some("1")
            && out.get(k + 1).is_none_or(|n| n.number.is_none());
        k += 1 + if alone { split_dotted(out, k) } else { 0 };
    }
}

/// After a lead-in with no list read ("RESOLVED that Cabinet:-"), entries whose first mark
/// the page lost: "Supports the plan" / "for the area; and 2. Notes the change." (Barnsley's
/// decisions). The lead-in stands for the first; each later mark in the next few
/// paragraphs is one more. Returns where reading goes on. Cold: few lead-ins have no list.
#[cold]
fn lost_first_entry(units: &[Unit], i: usize, keyword: &str, out: &mut Vec<Resolution>) -> usize {
    for (j, unit) in units.iter().enumerate().skip(i).take(3) {
        if records(unit) {
            break;
        }
        let marks = dotted::marks(&unit.text);
        if !marks.is_empty() {
            for &(_, text_at) in &marks {
                out.push(resolution(None, &unit.text[text_at..], unit.span, keyword));
            }
            return j + 1;
        }
    }
    i
}

/// Splits resolution `i`, whose text may run numbered entries together ("1. That ... 2.
/// That ...", see [`dotted`]), into one per entry; how many it added. Asked only of a
/// resolution numbered "1": most have no entries run together after it.
#[cold]
fn split_dotted(out: &mut Vec<Resolution>, i: usize) -> usize {
    let marks = dotted::marks(&out[i].text);
    if marks.is_empty() {
        return 0;
    }
    let whole = std::mem::take(&mut out[i].text);
    let (span, keyword) = (out[i].span, out[i].keyword.clone());
    out[i].text = whole[..marks[0].0].trim_end().to_string();
    let parts = marks.iter().enumerate().map(|(k, &(at, text_at))| {
        let end = marks.get(k + 1).map_or(whole.len(), |m| m.0);
        Resolution {
            number: Some(borrowed::number_text(
                whole[at..text_at].trim_end_matches(['.', ' ']),
            )),
            text: whole[text_at..end].trim_end().to_string(),
            span,
            keyword: keyword.clone(),
            motion: None,
        }
    });
    out.splice(i + 1..i + 1, parts.collect::<Vec<_>>());
    marks.len()
}

/// A motion recorded by its roll-call vote alone: "Ives moved, Joss seconded, approval of
/// the agenda." / "Ayes: Ives, Joss, Kerr" / "Nays: None." (Minnesota cities print no
/// "Motion carried" after it). Whether unit `i` is a "Nays:" line that names nobody, after
/// a motion's words in the three paragraphs before it: one resolution. Asked by
/// [`bare_that`], where nothing else was found (a "Motion carried" after the vote is the
/// resolution then), of paragraphs that open with "N".
#[cold]
fn is_unopposed_vote(units: &[Unit], i: usize) -> bool {
    let text = units[i].text.as_str();
    let Some(rest) = ["Nays:", "NAYS:", "Nays -", "Nays:-"]
        .iter()
        .find_map(|l| text.strip_prefix(l))
    else {
        return false;
    };
    let rest = rest.trim().trim_end_matches('.');
    (rest.eq_ignore_ascii_case("none") || rest == "0")
        && units[i.saturating_sub(3)..i]
            .iter()
            .any(|u| u.triggers.has(Trigger::Motion))
}

/// Resolutions whose heading was lost: ModernGov pages print "RESOLVED" as a bold cell of
/// its own that conversion drops, leaving paragraphs that open "That" and decide in the
/// subjunctive ("That the minutes of the meeting be confirmed as a correct record.", "1. That
/// the recommendations are approved."). Read only where no resolution in words was found,
/// each such paragraph one; not in a list after a lead-in that ends in a colon or a dash
/// ("moved the following amendment:", "To consider the following motions –"), whose
/// motions may have been lost or not yet put. The same pass reads votes whose outcome line
/// is missing ([`is_unopposed_vote`]). Returns where the first entry of a list of
/// decisions without "That" may stand (see [`entries`]), noted in the same pass.
#[inline(never)]
fn bare_that(units: &[Unit], out: &mut Vec<Resolution>) -> Option<usize> {
    let mut first_entry = None;
    // Whether the run of "That" paragraphs going on follows a lead-in (read from the
    // paragraph before the run, and only at a "That": most paragraphs are none).
    let mut run: Option<bool> = None;
    // Whether the paragraph before was a numbered decision without "That" (see
    // [`numbered_decision`]): the entries after it are read too.
    let mut decisions_run = false;
    for (i, unit) in units.iter().enumerate() {
        let text = unit.text.as_str();
        let after_decision = std::mem::take(&mut decisions_run);
        // Quick test: "That" or a number mark first (most paragraphs open otherwise).
        if !text
            .as_bytes()
            .first()
            .is_some_and(|&b| THAT_STARTS.0[usize::from(b)])
            || unit.entry.is_some()
        {
            run = None;
            continue;
        }
        if text.starts_with('A') {
            // "A The Committee approved ...": read by [`entries`] only.
            if first_entry.is_none() && entries::may_open(text) {
                first_entry = Some(i);
            }
            run = None;
            continue;
        }
        if text.starts_with('N') {
            if is_unopposed_vote(units, i) {
                out.push(resolution(None, text, unit.span, "carried"));
            }
            run = None;
            continue;
        }
        let (number, body) = match number_mark(text) {
            Some((n, at)) => (Some(n), &text[at..]),
            None => (None, text),
        };
        let Some(rest) = strip_that(body) else {
            // The first entry ("1", "i", "a"), or the next after a decision read so.
            let first = matches!(number, Some("1" | "i" | "a"));
            if first && first_entry.is_none() {
                first_entry = Some(i);
            }
            let in_run = after_decision || first;
            decisions_run = in_run && number.is_some() && numbered_decision(units, i, body);
            if decisions_run {
                out.push(resolution(number, body, unit.span, "That"));
            }
            run = None;
            continue;
        };
        // The list a lead-in opens runs on through its entries.
        let led_in = *run.get_or_insert_with(|| {
            i.checked_sub(1)
                .is_some_and(|p| ends_with_lead_in(&units[p].text))
        });
        // A paragraph without a "be" decides as its neighbour does ("That a review take
        // place in 2015." before "That the panels be retained."): one lost heading over both.
        let decided = || {
            decides(rest, number.is_some())
                || (!demonstrative(rest)
                    && [i.wrapping_sub(1), i + 1]
                        .iter()
                        .any(|&j| units.get(j).is_some_and(decides_after_that)))
        };
        if !led_in && decided() {
            out.push(resolution(number, body, unit.span, "That"));
        }
    }
    first_entry
}

/// "1. The continued rent to the club be approved.", "i) The press and public be excluded
/// ...": a numbered decision without "That" whose heading ("RESOLVED that:") the page lost,
/// as Thame's minutes lose their bold one: `body` (past its number, paragraph `i`) opens
/// with a capital, has a subjunctive "be" and no proposal's words, and no lead-in ("The
/// Clerk reported:") stands before it. Cold: asked only of numbered paragraphs of items where nothing was read.
#[cold]
fn numbered_decision(units: &[Unit], i: usize, body: &str) -> bool {
    let led_in = i
        .checked_sub(1)
        .is_some_and(|p| ends_with_lead_in(&units[p].text));
    // A proposal ("(1) Mr Gough moved, and Mr Bird seconded that ...") records its motion,
    // not its outcome: its words whole ("removed" is none).
    let proposal = || {
        body.split(|c: char| !c.is_ascii_alphabetic()).any(|w| {
            ["moved", "seconded", "proposed"]
                .iter()
                .any(|p| w.eq_ignore_ascii_case(p))
        })
    };
    // `decides` reads a body in capitals by its subjunctive alone.
    body.starts_with(|c: char| c.is_ascii_uppercase())
        && !led_in
        && decides(body, false)
        && !proposal()
}

/// Whether `unit` is a plain "That" paragraph that decides by itself (see [`decides`]).
fn decides_after_that(unit: &Unit) -> bool {
    unit.entry.is_none()
        && unit
            .text
            .strip_prefix("That ")
            .is_some_and(|rest| decides(rest, false))
}

/// The words after a paragraph's opening "That", or "THAT" in capitals as Camden's pages
/// write it ("THAT the minutes of the meeting ... be approved").
fn strip_that(text: &str) -> Option<&str> {
    text.strip_prefix("That ")
        .or_else(|| text.strip_prefix("THAT "))
}

/// The first bytes of a paragraph [`bare_that`] reads: "That", a number mark's ("1.",
/// "(1)", "i)", "a)"), "Nays:", or a capital letter's mark ("A The Committee ...", see
/// [`entries`]).
static THAT_STARTS: ByteSet = {
    let mut pass = [false; 256];
    pass[b'T' as usize] = true;
    pass[b'N' as usize] = true;
    pass[b'A' as usize] = true;
    pass[b'(' as usize] = true;
    // "i) ...", "a) ...": a lettered or Roman mark.
    pass[b'i' as usize] = true;
    pass[b'a' as usize] = true;
    let mut d = b'0';
    while d <= b'9' {
        pass[d as usize] = true;
        d += 1;
    }
    ByteSet(pass)
};

/// Whether a paragraph ends as a lead-in to what follows: a colon, or a dash ("the
/// following motions –").
fn ends_with_lead_in(text: &str) -> bool {
    ends_with_colon(text) || text.trim_end().ends_with(['-', '\u{2013}', '\u{2014}'])
}

/// Whether the words after a paragraph's opening "That" decide: not a demonstrative's verb
/// ("That was the view of ..."), and a subjunctive "be" in them, or, in a numbered entry,
/// any verb ("1. That the recommendations are approved.").
fn decides(rest: &str, numbered: bool) -> bool {
    // One searcher for every paragraph: `find_iter` set one up per call.
    static BE: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
        std::sync::LazyLock::new(|| memchr::memmem::Finder::new(" be "));
    let subjunctive = || {
        BE.find_iter(rest.as_bytes()).any(|at| {
            // "be" after a modal ("where this would be possible") is no subjunctive.
            let before = rest[..at].rsplit(' ').next().unwrap_or("");
            !MODALS.iter().any(|m| before.eq_ignore_ascii_case(m))
        })
    };
    (numbered || subjunctive() || body_decided(rest)) && !demonstrative(rest)
}

/// Whether the words after "That" open with a verb, the word a demonstrative "That" is
/// ("That was the view of ...").
fn demonstrative(rest: &str) -> bool {
    const VERBS: [&str; 12] = [
        "was ", "is ", "would ", "will ", "had ", "has ", "could ", "may ", "might ", "should ",
        "being ", "said",
    ];
    // The verbs' first letters turn most paragraphs ("That the ...") away before any word
    // is compared.
    matches!(
        rest.as_bytes().first(),
        Some(b'b' | b'c' | b'h' | b'i' | b'm' | b's' | b'w')
    ) && VERBS.iter().any(|v| rest.starts_with(v))
}

/// "the committee agreed that ...", "the sub-committee noted ...": a body and its decision
/// in the past tense, the words a lost heading left after "That" (Southwark's pages).
fn body_decided(rest: &str) -> bool {
    const DECIDED: [&str; 5] = ["agreed", "noted", "resolved", "decided", "approved"];
    let Some(after) = rest.strip_prefix("the ") else {
        return false;
    };
    // The body's name is a word or two ("committee", "licensing sub-committee").
    after
        .splitn(4, ' ')
        .skip(1)
        .take(2)
        .any(|w| DECIDED.contains(&w))
}

/// Words before "be" that make it no subjunctive.
const MODALS: [&str; 9] = [
    "would", "could", "should", "will", "may", "might", "must", "can", "to",
];

/// The outcome phrase of a proposal's passing that `units[i]` records ("Proposed by Cllr
/// Ives, seconded by Cllr Joss, all in favour."), the proposal in it or in one of the two
/// units before it ("Proposed: Cllr Ives" / "Seconded: Cllr Joss" / "All in favour."), not
/// before `after` (past the last resolution). `None` when the proposal closes the
/// resolution just read (at `resolved_at`, the unit before it) or a resolution in words
/// follows ("... all in favour." then "RESOLVED that ..."): a proposal and its resolution
/// are one.
///
/// Asked only of units with a word of a passing ([`Trigger::Passed`]) or an opener that
/// recorded nothing: the searches below run on few units.
fn passed_proposal(
    units: &[Unit],
    i: usize,
    resolved_at: Option<usize>,
    after: usize,
) -> Option<&str> {
    let unit = &units[i];
    let proposes = |u: &Unit| {
        u.triggers
            .has(Trigger::Motion)
            .then(|| proposal::proposal_at(&u.text))
            .flatten()
    };
    let (proposal, from) = match proposes(unit) {
        Some(at) => (i, at),
        None => {
            let j = (after.max(i.saturating_sub(2))..i)
                .rev()
                .find(|&j| proposes(&units[j]).is_some())?;
            (j, 0)
        }
    };
    if proposal > 0 && resolved_at == Some(proposal - 1) {
        return None;
    }
    let seconded = units[proposal..=i]
        .iter()
        .any(|u| u.triggers.has(Trigger::Motion) && find_ascii_ci(&u.text, "second").is_some());
    let keyword = proposal::passing(&unit.text, from, seconded)?;
    (!units.get(i + 1).is_some_and(records)).then_some(keyword)
}

/// Whether `unit` records a resolution in words: it opens with an opener, or holds
/// "RESOLVED" or "AGREED" in capitals.
fn records(unit: &Unit) -> bool {
    opener(unit).is_some()
        || (unit.triggers.has(Trigger::CapitalResolved)
            || unit.triggers.has(Trigger::CapitalAgreed))
            && capital_keyword(&unit.text).is_some()
}

/// Whether [`find`] may read a resolution at `unit`: it has a trigger of one (an opener, a
/// word in capitals, "carried"), or it ends where "it was" may ([`is_lost_resolved`]).
#[inline(always)]
fn may_record(unit: &Unit) -> bool {
    let t = unit.triggers;
    t.has(Trigger::Opener)
        || t.has(Trigger::CapitalResolved)
        || t.has(Trigger::CapitalAgreed)
        || t.has(Trigger::Carried)
        || t.has(Trigger::Passed)
        || !ends_with_ascii_other_than(&unit.text, &LOST_ENDS)
}

/// The resolutions of a "Decision:" block: those its text records, else its first
/// paragraph ("CONFIRMED as a correct record").
pub(crate) fn from_decision(units: &[Unit]) -> Vec<Resolution> {
    let mut found = find(units);
    if found.is_empty() {
        // A decision's own entries: "(1) Noted the report" needs no lead-in here.
        entries::push(units, 0, true, &mut found);
    }
    if !found.is_empty() {
        return found;
    }
    units
        .first()
        .filter(|u| !records_nothing(&u.text))
        .map(|u| resolution(None, &u.text, u.span, "Decision"))
        .into_iter()
        .collect()
}

/// A decision block that says nothing was decided: "None.", "There were none." (an
/// apologies or declarations item's), or that reports rather than decides: "Apologies for
/// absence were received from ...", "An apology for absence was received from ...", "There was no other business notified.", "No
/// declarations of interest were made.", "There were three public questions.".
fn records_nothing(text: &str) -> bool {
    let t = text.trim_matches(is_space).trim_end_matches('.');
    ["none", "there were none", "nil", "n/a"]
        .iter()
        .any(|w| t.eq_ignore_ascii_case(w))
        || [
            "apologies ",
            "an apology ",
            "no ",
            "there was ",
            "there were ",
        ]
        .iter()
        .any(|w| starts_with_ci(t, w))
}

/// What [`push_inline`] pushed: how many resolutions, and the first one's number.
struct Listed<'t> {
    count: u32,
    first: &'t str,
}

/// Pushes a resolution for each entry of an inline list in `text` ("(a) to support ...;
/// (b) to write ...", see [`inline::run`]); `None`, pushing nothing, when it holds none.
///
/// Asked of every resolution: the test for a bracket near the start, which turns away
/// nearly all, is inlined into the caller, the rest kept out of line.
#[inline(always)]
fn push_inline<'t>(
    out: &mut Vec<Resolution>,
    text: &'t str,
    span: Span,
    keyword: &str,
) -> Option<Listed<'t>> {
    if inline::first_brackets(text) == 0 {
        return None;
    }
    push_inline_run(out, text, span, keyword)
}

/// [`push_inline`], past its quick test.
#[inline(never)]
fn push_inline_run<'t>(
    out: &mut Vec<Resolution>,
    text: &'t str,
    span: Span,
    keyword: &str,
) -> Option<Listed<'t>> {
    let marks = inline::run(text)?;
    for (k, mark) in marks.iter().enumerate() {
        let end = marks.get(k + 1).map_or(text.len(), |next| next.at);
        let entry = text.get(mark.text_at..end).unwrap_or("").trim_end();
        // "(a) to support ...; and (b) ...": the joining words are the list's, not the entry's.
        let entry = entry
            .strip_suffix(" and")
            .or_else(|| entry.strip_suffix(" or"))
            .unwrap_or(entry)
            .trim_end_matches([' ', ';', ',']);
        out.push(resolution(Some(mark.label), entry, span, keyword));
    }
    Some(Listed {
        count: u32::try_from(marks.len()).unwrap_or(u32::MAX),
        first: marks.first()?.label,
    })
}

/// Resolutions "(2) ...", "(3) ..." that continue a numbered resolution; other text between
/// them (lists of appointments, say) belongs to the one before.
fn numbered_run(
    units: &[Unit],
    mut i: usize,
    mut last: u32,
    keyword: &str,
    out: &mut Vec<Resolution>,
) -> usize {
    while i < units.len() {
        let unit = &units[i];
        if opener(unit).is_some() {
            break;
        }
        if let Some((number, at)) = number_mark(&unit.text) {
            if number_value(number) == Some(last + 1) {
                last += 1;
                out.push(resolution(
                    Some(number),
                    &unit.text[at..],
                    unit.span,
                    keyword,
                ));
            }
        }
        i += 1;
    }
    i
}

/// `number.parse::<u32>().ok()`, read on bytes for the one or two digits nearly every
/// resolution number has (the parser's general reading cost some thirty instructions).
fn number_value(number: &str) -> Option<u32> {
    match *number.as_bytes() {
        [d] if d.is_ascii_digit() => Some(u32::from(d - b'0')),
        [a, b] if a.is_ascii_digit() && b.is_ascii_digit() => {
            Some(u32::from(a - b'0') * 10 + u32::from(b - b'0'))
        }
        _ => number.parse().ok(),
    }
}

/// After "Resolved:-" or "Resolved: That the Commission:", each following list entry (or
/// "That ..." / "(n) ..." paragraph) is a resolution, until other text.
#[inline(always)]
fn list_run(units: &[Unit], mut i: usize, keyword: &str, out: &mut Vec<Resolution>) -> usize {
    let top = units.get(i).and_then(|u| u.entry.as_ref()).map(|e| e.1);
    while let Some(unit) = units.get(i) {
        let numbered = number_mark(&unit.text).or_else(|| letter_dot_mark(&unit.text));
        match (&unit.entry, numbered) {
            (Some((_, level)), _) if Some(*level) == top => {
                let (number, text) = match numbered {
                    Some((n, at)) => (Some(n), &unit.text[at..]),
                    None => (None, unit.text.as_str()),
                };
                out.push(resolution(number, text, unit.span, keyword));
            }
            (Some(_), _) => {}
            (None, Some((n, at))) => {
                out.push(resolution(Some(n), &unit.text[at..], unit.span, keyword))
            }
            (None, None) if starts_with_ci(&unit.text, "that ") => {
                out.push(resolution(None, &unit.text, unit.span, keyword))
            }
            (None, None) => break,
        }
        i += 1;
    }
    i
}

/// Where a numbered list of names after a lead-in ends ("RESOLVED that the following
/// receive an award:" / "1. Jan Doe" / "2. Sam Roe"): the names are what the one
/// resolution lists, no resolutions of their own. `None` unless paragraph `i` is one.
/// Asked only after a lead-in that ends in a colon; a long first entry answers at once.
fn names_list_end(units: &[Unit], i: usize) -> Option<usize> {
    // Most entries are decisions, longer than any name with its mark.
    if units.get(i)?.text.len() > 56 {
        return None;
    }
    let is_name = |u: &Unit| {
        u.entry.is_none() && number_mark(&u.text).is_some_and(|(_, at)| is_bare_name(&u.text[at..]))
    };
    let n = units.get(i..)?.iter().take_while(|u| is_name(u)).count();
    (n > 0).then_some(i + n)
}

/// Two to four words, each opening with a capital, and no sentence's end: a person's name
/// ("Jan Doe", "Mary A. Roe"), not a decision ("Approved.", "The plan be adopted").
fn is_bare_name(text: &str) -> bool {
    // A name is short: a decision's paragraph is turned away by its length, unread.
    let b = text.as_bytes();
    if b.len() > 48 {
        return false;
    }
    let b = b.trim_ascii_end();
    let mut words = 0;
    let mut at_start = true;
    for &c in b {
        if c == b' ' {
            at_start = true;
        } else if std::mem::take(&mut at_start) {
            if !c.is_ascii_uppercase() {
                return false;
            }
            words += 1;
        }
    }
    (2..=4).contains(&words) && !matches!(b.last(), Some(b'.' | b';' | b':' | b','))
}

/// A resolution's own number at the start of a paragraph: "(1)", "1)", "(a)", or "1." as
/// some councils number them.
#[inline(always)]
fn number_mark(text: &str) -> Option<(&str, usize)> {
    match *text.as_bytes() {
        // "(1) That", "(12) That": the marks of most numbered resolutions, read in a few
        // compares (the general reading cost a hundred instructions a paragraph).
        [b'(', d, b')', b' ', next, ..] if d.is_ascii_digit() && next.is_ascii_graphic() => {
            Some((&text[1..2], 4))
        }
        [b'(', d, e, b')', b' ', next, ..]
            if d.is_ascii_digit() && e.is_ascii_digit() && next.is_ascii_graphic() =>
        {
            Some((&text[1..3], 5))
        }
        _ if !may_start_with_number(text) => None,
        _ => other_number_mark(text),
    }
}

/// [`number_mark`] past its quick tests: out of line, so they stay small where they are
/// inlined (asked of every paragraph after a numbered resolution).
#[inline(never)]
fn other_number_mark(text: &str) -> Option<(&str, usize)> {
    lexer::paren_number(text).or_else(|| dot_mark(text))
}

/// "1. ", "12. ": a number of one or two digits followed by a full stop and a space.
fn dot_mark(text: &str) -> Option<(&str, usize)> {
    let b = text.as_bytes();
    let digits = b.iter().take(3).take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 || digits > 2 || b.get(digits..digits + 2) != Some(b". ") {
        return None;
    }
    let after = digits + 2;
    Some((&text[..digits], after + text::space_len(&text[after..])))
}

/// "a. ", "ii. ": a letter or a roman number followed by a full stop and a space, as some
/// councils mark the entries of a list of resolutions. Read only inside such a list, where
/// the paragraph is no other mark: "i." is too rare to be asked of every paragraph.
fn letter_dot_mark(text: &str) -> Option<(&str, usize)> {
    let b = text.as_bytes();
    let label_len = b.iter().take(5).position(|&c| c == b'.')?;
    if label_len == 0 || b.get(label_len + 1) != Some(&b' ') {
        return None;
    }
    let label = text.get(..label_len)?;
    if !inline::is_letter_or_roman(label) {
        return None;
    }
    let after = label_len + 2;
    let gap = text::space_len(&text[after..]);
    text[after + gap..]
        .starts_with(char::is_alphanumeric)
        .then_some((label, after + gap))
}

/// Whether `text` may start with a number mark: every mark starts with "(" or a digit, or
/// has its ")" within its first five bytes ("iv) ", "a) "). Most paragraphs start with a
/// word and are turned away here, before any mark is read.
fn may_start_with_number(text: &str) -> bool {
    // Slice patterns: a few compares, where an iterator over five bytes cost some seventy
    // instructions a paragraph.
    matches!(
        *text.as_bytes(),
        [b'(' | b'0'..=b'9' | b')', ..]
            | [_, b')', ..]
            | [_, _, b')', ..]
            | [_, _, _, b')', ..]
            | [_, _, _, _, b')', ..]
    )
}

/// The opening keyword of a resolution paragraph, and where its text starts: "Resolved: - ",
/// "RESOLVED that", "UNANIMOUSLY RESOLVED that", "Agreed:".
///
/// Asked of every paragraph. Most have no opener word at all, which their trigger scan
/// tells in one bit: [`opener_of`] finds its keyword only at a word start of the unit's
/// cleaned text (its start, after a number mark and the space after it, after a prefix, or
/// after a space at the end), which is where the scan looks. Of the rest, most are turned
/// away by their first and last bytes: that test is inlined into the callers, the rest kept
/// out of line.
#[inline(always)]
fn opener(unit: &Unit) -> Option<(&str, usize)> {
    if !unit.triggers.has(Trigger::Opener) {
        return None;
    }
    let text = unit.text.as_str();
    let may_trail = !ends_with_ascii_other_than(text, &OPENER_ENDS);
    if may_trail || may_start_with_number(text) || may_open(text.as_bytes()) {
        opener_of(text)
    } else {
        None
    }
}

/// [`opener`], past its quick test.
#[inline(never)]
fn opener_of(text: &str) -> Option<(&str, usize)> {
    let leading = opener_word(text.as_bytes());
    if let Some(found) = leading.and_then(|word| bare_label(text, word)) {
        return Some(found);
    }
    if let Some(found) = trailing_opener(text) {
        return Some(found);
    }
    let mut after_it_was = false;
    let (at, word) = match leading {
        // An opener word at the start (the commonest case, "RESOLVED that"): six letters or
        // more, so no number mark (its ")" is within five bytes) and no prefix comes first.
        Some(word) => (0, word),
        None => {
            // "(2) RESOLVED that the Committee:" — a numbered paragraph that resolves.
            let mut at = if may_start_with_number(text) {
                number_mark(text).map_or(0, |(_, after)| after)
            } else {
                0
            };
            if !may_open(&text.as_bytes()[at..]) {
                return None;
            }
            for prefix in OPENER_PREFIXES {
                if starts_with_ci(&text[at..], prefix) {
                    at += prefix.len();
                    after_it_was |= prefix == "it was ";
                }
            }
            // "It was unanimously agreed", "It was then duly RESOLVED": up to two adverbs.
            if after_it_was {
                for _ in 0..2 {
                    match opener_word(&text.as_bytes()[at..]) {
                        Some(_) => break,
                        None => at += after_adverb(&text[at..])?,
                    }
                }
            }
            (at, opener_word(&text.as_bytes()[at..])?)
        }
    };
    let t = &text[at..];
    let keyword = &t[..word.len()];
    let after = &t[word.len()..];
    // A letter or digit after the word: most are ASCII, told without decoding a char.
    let continues = match after.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_alphanumeric(),
        _ => after.starts_with(char::is_alphanumeric),
    };
    // "RESOLVEDThat the items ...": the word in capitals glued to the "That" after it, as a
    // PDF's conversion drops the tab between a bold label and its text.
    if continues && !(after.starts_with("That ") && keyword.bytes().all(|b| b.is_ascii_uppercase()))
    {
        return None;
    }
    // "Resolved (unanimously):", "AGREED by all -": a note of the vote before a label's mark.
    let noted = vote_note_len(after);
    let after = &after[noted..];
    // "Resolved" opens a resolution in any case; "Agreed" and "Decided" only in capitals, as
    // a label ("Agreed:"), or after "it was" and before "that" or "to" ("It was agreed that
    // the Clerk write"), never as the first word of an ordinary sentence.
    // Most openers are labels, their mark right after the word ("Resolved:", "RESOLVED -").
    let as_label = || {
        matches!(after.as_bytes().first(), Some(b':' | b'-'))
            || after
                .trim_start_matches(is_space)
                .starts_with([':', '-', '\u{2013}'])
    };
    let it_was_that =
        || after_it_was && (starts_with_ci(after, " that ") || starts_with_ci(after, " to "));
    if word == "resolution" && !as_label() {
        return None;
    }
    // "Agreed that –" then "1. ...": a paragraph that opens with the word and a "that" that
    // leads into a list records a decision as plainly as a label (Plymouth's pages). ("Agreed
    // that the Clerk would write." opens an ordinary sentence.)
    let opens_that = || at == 0 && word != "recommended" && is_that_lead_in(after);
    if word != "resolved"
        && !as_label()
        && !keyword.chars().all(|c| c.is_uppercase())
        && !it_was_that()
        && !opens_that()
    {
        return None;
    }
    let rest = trim_start(
        after,
        |b| AFTER_OPENER.has(b),
        |c| is_space(c) || matches!(c, ':' | '-' | '\u{2013}' | '\u{2014}' | ','),
    );
    Some((
        keyword,
        at + word.len() + noted + (after.len() - rest.len()),
    ))
}

/// Notes of a vote that stand between an opener and its label's mark, after a space.
const VOTE_NOTES: [&str; 5] = [
    "unanimously",
    "by all present",
    "by all",
    "nem con",
    "nem. con.",
];

/// The length of a note of the vote at the start of `after` (what follows an opener word):
/// " (unanimously)", " (10 for, 2 against)" or one of [`VOTE_NOTES`], when a label's mark
/// (":", "-", "–") follows it; 0 otherwise. A bracketed list mark ("(1)") is no note.
fn vote_note_len(after: &str) -> usize {
    let Some(note) = after.strip_prefix(' ') else {
        return 0;
    };
    let len = if note.starts_with('(') {
        let close = note.bytes().take(40).position(|b| b == b')');
        match close {
            Some(close) if lexer::paren_number(note).is_none() => close + 1,
            _ => return 0,
        }
    } else {
        match VOTE_NOTES.iter().find(|n| starts_with_ci(note, n)) {
            Some(n) => n.len(),
            None => return 0,
        }
    };
    let rest = note[len..].trim_start_matches(' ');
    if rest.starts_with([':', '-', '\u{2013}', '\u{2014}']) {
        1 + len
    } else {
        0
    }
}

/// Adverbs other than those in "-ly" that stand between "it was" and its opener ("It was
/// therefore agreed", "It was further RESOLVED").
const IT_WAS_ADVERBS: [&str; 6] = ["therefore", "further", "then", "also", "thereupon", "thus"];

/// Where the word after an adverb starts in `t`, when `t` starts with one and a space: a word
/// in "-ly" ("unanimously", "duly", "subsequently") or one of [`IT_WAS_ADVERBS`].
fn after_adverb(t: &str) -> Option<usize> {
    let len = t.bytes().take_while(u8::is_ascii_alphabetic).count();
    let word = t.get(..len)?;
    let in_ly = len > 3
        && word
            .get(len - 2..)
            .is_some_and(|e| e.eq_ignore_ascii_case("ly"));
    let adverb = in_ly || IT_WAS_ADVERBS.iter().any(|a| a.eq_ignore_ascii_case(word));
    (adverb && t.as_bytes().get(len) == Some(&b' ')).then_some(len + 1)
}

/// [`opener_of`] for the commonest opener paragraph: an opener word (`word`, which `text`
/// starts with) and nothing after it but the marks of a label ("Resolved: -", "RESOLVED:",
/// "Agreed -"), which the whole reading takes apart with trims and char tests at every step
/// (some two hundred instructions a paragraph). `None` for any other text, which that
/// reading is left.
fn bare_label<'t>(text: &'t str, word: &str) -> Option<(&'t str, usize)> {
    let bytes = text.as_bytes();
    match bytes[word.len()..] {
        [b':' | b'-', ref marks @ ..] if marks.iter().all(|b| matches!(b, b':' | b'-' | b' ')) => {
            Some((&text[..word.len()], text.len()))
        }
        _ => None,
    }
}

/// The opener `t` starts with, in any case. Its first eight bytes are folded to lower case at
/// once ([`triggers::folded_word`]) and compared with each opener's in one masked comparison,
/// where comparing byte by byte cost some sixty instructions a paragraph.
fn opener_word(t: &[u8]) -> Option<&'static str> {
    let head = triggers::folded_word(t, 0);
    OPENERS.into_iter().find(|w| {
        let (value, mask) = triggers::prefix(w.as_bytes());
        head & mask == value
            && (w.len() <= 8
                || t.get(8..w.len())
                    .is_some_and(|tail| tail.eq_ignore_ascii_case(&w.as_bytes()[8..])))
    })
}

/// "The Board resolved :-", "The Cabinet resolved to:": a short lead-in whose resolutions
/// follow as numbered paragraphs.
fn trailing_opener(text: &str) -> Option<(&str, usize)> {
    // Most paragraphs end with "." or a word: turned away without decoding a char.
    if ends_with_ascii_other_than(text, &OPENER_ENDS) {
        return None;
    }
    let t = trim_end(
        text,
        |b| LABEL_MARKS.has(b),
        |c| is_space(c) || matches!(c, ':' | '-' | '\u{2013}'),
    );
    if t.len() == text.len() {
        return None;
    }
    // "resolved to:", "RESOLVED that:", "resolved as follows:".
    let t = [" to", " that", " as follows"]
        .iter()
        .find_map(|lead| strip_suffix_ci(t, lead))
        .unwrap_or(t);
    let word_at = t.len().checked_sub("resolved".len())?;
    let word = t.get(word_at..)?;
    // The space before the word first: most paragraphs asked start with their opener
    // ("Resolved: -"), nothing before it. Counting the words last: it is the one test that
    // reads the whole paragraph.
    (t[..word_at].ends_with(' ')
        && word.eq_ignore_ascii_case("resolved")
        && text.split_whitespace().nth(8).is_none())
    .then_some((word, text.len()))
}

/// A capitalised "RESOLVED" or "AGREED" anywhere in the text, as a whole word: the first
/// "RESOLVED", else the first "AGREED".
///
/// Both words end in "ED", a pair of capitals that stands about once in a thousand bytes of
/// minutes: with a vector unit the words are looked for only at those, in one pass, where
/// two string searches each built a searcher and read the text. Without one, by
/// [`capital_keyword_by_search`].
fn capital_keyword(text: &str) -> Option<usize> {
    if !simd::ENABLED {
        return capital_keyword_by_search(text);
    }
    let bytes = text.as_bytes();
    let ends_in = |end: usize, word: &str| {
        end.checked_sub(word.len())
            .filter(|&at| &bytes[at..end] == word.as_bytes() && is_whole_word(text, at, word.len()))
    };
    let mut agreed = None;
    let mut resolved = None;
    let ed = |this: simd::Chunk, next: simd::Chunk| this.eq(b'E') & next.eq(b'D');
    simd::for_each_pair(bytes, ed, |e| {
        resolved = ends_in(e + 2, CAPITAL_WORDS[0]);
        if agreed.is_none() {
            agreed = ends_in(e + 2, CAPITAL_WORDS[1]);
        }
        resolved.is_some()
    });
    resolved.or(agreed)
}

/// [`capital_keyword`] by one search for each word, in order: for targets without a vector
/// unit, and the reference the pair scan is tested against.
fn capital_keyword_by_search(text: &str) -> Option<usize> {
    CAPITAL_WORDS.iter().find_map(|w| {
        let mut from = 0;
        while let Some(i) = text[from..].find(w) {
            let at = from + i;
            if is_whole_word(text, at, w.len()) {
                return Some(at);
            }
            from = at + w.len();
        }
        None
    })
}

/// "it was" left alone where a bold "RESOLVED" was lost in conversion.
fn is_lost_resolved(text: &str) -> bool {
    if ends_with_ascii_other_than(text, &LOST_ENDS) {
        return false;
    }
    let t = text.trim_end_matches(|c: char| is_space(c) || c == ':' || c == '-');
    t.len() >= 6
        && t.get(t.len() - 6..)
            .is_some_and(|end| end.eq_ignore_ascii_case("it was"))
}

/// Whether `text` ends with an ASCII char that is neither white space nor one of `wanted`
/// (a [`ByteSet::ends`]): a quick answer for tests that look at the end of a paragraph past trailing
/// space. One table lookup, asked of every paragraph.
fn ends_with_ascii_other_than(text: &str, wanted: &ByteSet) -> bool {
    text.as_bytes().last().is_some_and(|&b| !wanted.has(b))
}

/// A set of bytes as a table, `true` by byte: one load a byte, where a test by ranges cost
/// some seven instructions.
struct ByteSet([bool; 256]);

impl ByteSet {
    /// The last bytes [`ends_with_ascii_other_than`] lets through: the bytes of `wanted`,
    /// the ASCII white space and every byte that is not ASCII.
    const fn ends(wanted: &[u8]) -> ByteSet {
        ByteSet::of(wanted, true)
    }

    /// The ASCII bytes a trim passes over: the ASCII white space and the bytes `wanted`.
    const fn marks(wanted: &[u8]) -> ByteSet {
        ByteSet::of(wanted, false)
    }

    const fn of(wanted: &[u8], non_ascii: bool) -> ByteSet {
        let mut pass = [false; 256];
        let mut b = 0;
        while b < 256 {
            pass[b] = (non_ascii && b >= 0x80) || is_ascii_space(b as u8);
            b += 1;
        }
        let mut i = 0;
        while i < wanted.len() {
            pass[wanted[i] as usize] = true;
            i += 1;
        }
        ByteSet(pass)
    }

    fn has(&self, b: u8) -> bool {
        self.0[usize::from(b)]
    }
}

/// The ends of a paragraph an opener may stand before ("Resolved:-").
static OPENER_ENDS: ByteSet = ByteSet::ends(b":-");

/// The ends of a paragraph "it was" may stand before.
static LOST_ENDS: ByteSet = ByteSet::ends(b":-sS");

/// What stands between an opener word and its text ("Resolved: - That", "AGREED, that").
static AFTER_OPENER: ByteSet = ByteSet::marks(b":-,");

/// What stands around a label: after a trailing opener ("resolved :-") and before a
/// resolution's text.
static LABEL_MARKS: ByteSet = ByteSet::marks(b":-");

/// `text.trim_start_matches(marks)`, where `ascii` takes the same ASCII bytes as `marks`:
/// those are skipped a byte at a time, and chars are decoded only from a non-ASCII one on.
/// (Most texts start with ASCII, where the char-by-char trim cost some fifty instructions.)
fn trim_start(text: &str, ascii: impl Fn(u8) -> bool, marks: impl Fn(char) -> bool) -> &str {
    let lead = text.bytes().position(|b| !ascii(b)).unwrap_or(text.len());
    let rest = &text[lead..];
    match rest.as_bytes().first() {
        Some(b) if !b.is_ascii() => rest.trim_start_matches(marks),
        _ => rest,
    }
}

/// `text.trim_end_matches(marks)`, as [`trim_start`] at the other end.
fn trim_end(text: &str, ascii: impl Fn(u8) -> bool, marks: impl Fn(char) -> bool) -> &str {
    let kept = text.bytes().rposition(|b| !ascii(b)).map_or(0, |i| i + 1);
    let head = &text[..kept];
    match head.as_bytes().last() {
        Some(b) if !b.is_ascii() => head.trim_end_matches(marks),
        _ => head,
    }
}

/// A resolution whose list is its conditions, not more resolutions: "RESOLVED – That the
/// application be APPROVED subject to the following conditions:" / "1. Standard Time", or
/// "RESOLVED that the budget be approved subject to:" / "(i) ...".
fn lists_conditions(text: &str) -> bool {
    let lead = text.trim_end_matches(|c: char| is_space(c) || matches!(c, ':' | '-'));
    find_ascii_ci(text, "condition").is_some()
        || lead.len() >= 10
            && lead.is_char_boundary(lead.len() - 10)
            && lead[lead.len() - 10..].eq_ignore_ascii_case("subject to")
}

fn ends_with_colon(text: &str) -> bool {
    trim_end(
        text,
        |b| is_ascii_space(b) || b == b'-',
        |c| is_space(c) || c == '-' || c == '\u{2013}',
    )
    .ends_with(':')
}

/// "that –", "that:": an opener's text that only leads into the list after it ("Agreed
/// that –" then "1. the board approves ...").
fn is_that_lead_in(rest: &str) -> bool {
    rest.len() <= 12
        && rest
            .trim_matches(|c: char| is_space(c) || matches!(c, ':' | '-' | '\u{2013}'))
            .eq_ignore_ascii_case("that")
}

/// Whether `text` holds at most one word (`text.split_whitespace().nth(1).is_none()`): read
/// byte by byte up to where a second word would start, decoding chars only where a
/// non-ASCII byte comes first.
fn at_most_one_word(text: &str) -> bool {
    let b = text.as_bytes();
    let skip = |mut i: usize, space: bool| {
        while b
            .get(i)
            .is_some_and(|&c| c.is_ascii() && is_ascii_space(c) == space)
        {
            i += 1;
        }
        i
    };
    let word_end = skip(skip(0, true), false);
    let next = skip(word_end, true);
    match b.get(next) {
        None => true,
        Some(c) if c.is_ascii() && next > word_end => false,
        // A non-ASCII byte in the first word or after it: it may be white space.
        _ => text.split_whitespace().nth(1).is_none(),
    }
}

/// The keywords as minutes usually spell them: a resolution's keyword is borrowed from here
/// when it is one of them (nearly always), so resolutions do not each allocate one.
const USUAL_KEYWORDS: [&str; 16] = [
    "Resolved",
    "RESOLVED",
    "resolved",
    "Agreed",
    "AGREED",
    "agreed",
    "Decided",
    "DECIDED",
    "decided",
    "Recommended",
    "RECOMMENDED",
    "recommended",
    "Decision",
    "DECISION",
    "Resolution",
    "RESOLUTION",
];

/// `keyword` as the model stores it: borrowed from [`USUAL_KEYWORDS`] when it is one of them.
fn keyword_text(keyword: &str) -> Cow<'static, str> {
    match USUAL_KEYWORDS.iter().find(|k| **k == keyword) {
        Some(usual) => Cow::Borrowed(usual),
        None => Cow::Owned(keyword.to_string()),
    }
}

fn resolution(number: Option<&str>, text: &str, span: Span, keyword: &str) -> Resolution {
    let text = trim_start(
        text,
        |b| LABEL_MARKS.has(b),
        |c| is_space(c) || matches!(c, ':' | '-' | '\u{2013}'),
    );
    Resolution {
        number: number.map(borrowed::number_text),
        text: trim_end(text, is_ascii_space, char::is_whitespace).to_string(),
        span,
        keyword: (!keyword.is_empty()).then(|| keyword_text(keyword)),
        motion: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::clean;

    #[test]
    fn usual_keywords_are_borrowed_and_others_kept_as_written() {
        for usual in USUAL_KEYWORDS {
            assert!(matches!(keyword_text(usual), Cow::Borrowed(k) if k == usual));
        }
        for other in ["ReSolved", "Resolved by", "AGREED:", "Décidé", ""] {
            assert!(matches!(keyword_text(other), Cow::Owned(k) if k == other));
        }
    }

    #[test]
    fn number_values_agree_with_the_parser() {
        let bytes = [b'0', b'5', b'9', b'a', b'+', b'-', b' ', b'/', b':'];
        let mut numbers = vec![String::new(), "123".into(), "4294967296".into(), "١".into()];
        for a in bytes {
            numbers.push(char::from(a).to_string());
            for b in bytes {
                numbers.push(String::from_utf8(vec![a, b]).unwrap());
            }
        }
        for n in &numbers {
            assert_eq!(number_value(n), n.parse::<u32>().ok(), "{n:?}");
        }
    }

    /// A paragraph unit of `text`, scanned for its trigger words (also the submodules' tests').
    pub(super) fn para(text: &str) -> Unit {
        Unit {
            text: text.to_string(),
            span: Span::new(0, text.len()),
            entry: None,
            triggers: crate::triggers::scan(text),
        }
    }

    fn entry(text: &str, level: u32) -> Unit {
        Unit {
            entry: Some(("-", level)),
            ..para(text)
        }
    }

    fn count(units: &[Unit]) -> usize {
        find(units).len()
    }

    #[test]
    fn single_resolutions() {
        let r = find(&[para("Resolved: - That the Work Programme be approved.")]);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].text, "That the Work Programme be approved.");
        assert_eq!(r[0].keyword.as_deref(), Some("Resolved"));
        assert_eq!(count(&[para("RESOLVED that the minutes be approved.")]), 1);
        assert_eq!(
            count(&[para("RESOLVED – That the public minutes are approved.")]),
            1
        );
        assert_eq!(
            count(&[para("UNANIMOUSLY RESOLVED that the minutes be signed.")]),
            1
        );
        assert_eq!(
            count(&[para("RESOLVED: That all items be taken in public.")]),
            1
        );
    }

    /// "RESOLVEDThat ...": the word in capitals glued to its "That" is a resolution; a word
    /// that runs on ("Resolvedthat", "RESOLVEDThatch") is none.
    #[test]
    fn resolved_glued_to_that() {
        assert_eq!(
            count(&[para("RESOLVEDThat the items be taken in public.")]),
            1
        );
        assert_eq!(
            count(&[para("ResolvedThat the items be taken in public.")]),
            0
        );
        assert_eq!(count(&[para("RESOLVEDThatch roofs were discussed.")]), 0);
    }

    /// "It was agreed that ...", "it was decided to ...": the lower-case opener counts after
    /// "it was" when "that" or "to" follows; not in an ordinary sentence.
    #[test]
    fn agreed_after_it_was() {
        for (text, n) in [
            (
                "It was agreed that the Clerk would write to the applicant.",
                1,
            ),
            ("It was decided to defer the item.", 1),
            ("It was agreed by all present.", 0),
            ("Members agreed that the Clerk would write.", 0),
            ("Agreed that the Clerk would write.", 0),
        ] {
            assert_eq!(count(&[para(text)]), n, "{text:?}");
        }
    }

    #[test]
    fn adverbs_after_it_was() {
        for (text, n) in [
            ("It was unanimously agreed to support the application.", 1),
            ("It was duly RESOLVED that the application be supported.", 1),
            ("It was therefore resolved that the Clerk write.", 1),
            ("It was then unanimously agreed that the Clerk write.", 1),
            ("It was generally felt that the Clerk write.", 0),
            ("It was unanimously agreed by all present.", 0),
            ("It was only agreed in part.", 0),
            ("It was really, really agreed.", 0),
        ] {
            assert_eq!(count(&[para(text)]), n, "{text:?}");
        }
        assert_eq!(after_adverb("duly agreed"), Some(5));
        assert_eq!(after_adverb("ly agreed"), None);
        assert_eq!(after_adverb("Further RESOLVED"), Some(8));
        assert_eq!(after_adverb("unanimously"), None);
        assert_eq!(after_adverb("é agreed"), None);
    }

    #[test]
    fn notes_of_the_vote_before_a_label() {
        let r = find(&[para("Resolved (unanimously): to support the application.")]);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].text, "to support the application.");
        assert_eq!(
            count(&[para("Agreed by all: to support the application.")]),
            1
        );
        assert_eq!(
            count(&[para("Agreed by all the residents, it was late.")]),
            0
        );
        let units = [
            para("RESOLVED (10 for, 2 against) \u{2013}"),
            para("(1) to support the application;"),
            para("(2) to write to the applicant."),
        ];
        assert_eq!(count(&units), 2);
        assert_eq!(vote_note_len(" (1) - x"), 0);
        assert_eq!(vote_note_len(" (unanimously) that"), 0);
        assert_eq!(vote_note_len(" (never closed: x"), 0);
        assert_eq!(vote_note_len(" NEM CON -"), 8);
    }

    #[test]
    fn lead_ins_ending_in_that_or_as_follows() {
        let units = [
            para("The Committee RESOLVED that:"),
            entry("the application be supported;", 0),
            entry("the Clerk write to the applicant.", 0),
        ];
        assert_eq!(count(&units), 2);
        let units = [
            para("The Council resolved as follows:"),
            para("(a) to support the application;"),
            para("(b) to write to the applicant."),
        ];
        assert_eq!(count(&units), 2);
        assert_eq!(strip_suffix_ci("x THAT", " that"), Some("x"));
        assert_eq!(strip_suffix_ci("at", " that"), None);
        assert_eq!(strip_suffix_ci("é that", " that"), Some("é"));
    }

    #[test]
    fn resolution_as_a_label() {
        for (text, n) in [
            ("Resolution: to support the application.", 1),
            ("RESOLUTION \u{2013} That the application be supported.", 1),
            ("Resolution of the Cabinet noted.", 0),
            ("RESOLUTION OF THE CABINET", 0),
            ("The Council noted the resolution: it was clear.", 0),
        ] {
            assert_eq!(count(&[para(text)]), n, "{text:?}");
        }
        let r = find(&[para("RESOLUTION:"), para("(1) That the plan be noted.")]);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].keyword.as_deref(), Some("RESOLUTION"));
    }

    #[test]
    fn numbered_resolutions() {
        let units = [
            para("Resolved: - (1) That the minutes be agreed."),
            para("Lead Representative: - Councillor V. Cusworth;"),
            entry("Young People's Panel: -", 0),
            para("(2) That the appointment be noted: -"),
            para("(4) not in sequence"),
        ];
        let r = find(&units);
        assert_eq!(r.len(), 2);
        assert_eq!(r[1].number.as_deref(), Some("2"));
    }

    #[test]
    fn listed_resolutions() {
        let units = [
            para("Resolved:-"),
            entry("1) That the Commission note the progress.", 0),
            entry("2) That invitations be circulated.", 0),
            para("138. NEXT"),
        ];
        let r = find(&units);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].number.as_deref(), Some("1"));
        assert_eq!(r[0].text, "That the Commission note the progress.");
        let units = [
            para("Resolved:- That the Improving Lives Select Commission:"),
            entry("Considered the content.", 0),
            entry("Request a leaflet.", 0),
            entry("nested detail", 1),
            entry("Request hyperlinks.", 0),
        ];
        assert_eq!(count(&units), 3);
        assert_eq!(
            count(&[
                para("Minutes: Resolved:-"),
                para("That the next meeting be on 25 October.")
            ]),
            1
        );
    }

    #[test]
    fn dot_numbered_resolutions() {
        let units = [
            para("RESOLVED:"),
            para("1. That the schemes be agreed."),
            para("2. That the orders be made."),
        ];
        let r = find(&units);
        assert_eq!(r.len(), 2);
        assert_eq!(r[1].number.as_deref(), Some("2"));
        assert_eq!(r[1].text, "That the orders be made.");
    }

    /// "(a) ...; (b) ..." inside the resolving paragraph: an entry each, numbered as marked;
    /// a run in the discussion before a capital "RESOLVED" is not the resolution's.
    #[test]
    fn inline_lists() {
        let r = find(&[para(
            "RESOLVED: (a) to support the application; and (b) to write to the applicant.",
        )]);
        assert_eq!(r.len(), 2);
        assert_eq!(r[0].number.as_deref(), Some("a"));
        assert_eq!(r[0].text, "to support the application");
        assert_eq!(r[1].text, "to write to the applicant.");
        let units = [
            para("Resolved: - (1) That the plan be noted; (2) That the Clerk write."),
            para("(3) That the file be closed."),
        ];
        let r = find(&units);
        assert_eq!(r.len(), 3);
        assert_eq!(r[2].number.as_deref(), Some("3"));
        assert_eq!(
            count(&[para(
                "Members discussed (a) the hall roof repairs and (b) the bus shelter. RESOLVED to note the report."
            )]),
            1
        );
        assert_eq!(
            count(&[para(
                "Council RESOLVED (1) to support the plan and (2) to write to them."
            )]),
            2
        );
    }

    #[test]
    fn letter_and_roman_dot_marks_in_a_list() {
        let units = [
            para("RESOLVED:"),
            para("i. to support the application;"),
            para("ii. to write to the applicant."),
        ];
        let r = find(&units);
        assert_eq!(r.len(), 2);
        assert_eq!(r[1].number.as_deref(), Some("ii"));
        assert_eq!(r[1].text, "to write to the applicant.");
        assert_eq!(letter_dot_mark("b. the Clerk"), Some(("b", 3)));
        for text in [
            "Ab. x", "e.g. the", "ix.", "i. ", "iiii. x", "x.  ", "é. x", ". x",
        ] {
            assert_eq!(letter_dot_mark(text), None, "{text:?}");
        }
    }

    #[test]
    fn capital_words_inside_sentences() {
        assert_eq!(
            count(&[para("The motion was put to the vote and AGREED.")]),
            1
        );
        assert_eq!(
            count(&[entry("PR reported the signage. RESOLVED and noted.", 0)]),
            1
        );
        assert_eq!(
            count(&[para("the Council RESOLVED to elect Councillor Beck.")]),
            1
        );
        assert_eq!(
            count(&[para("Members agreed to hold meetings at a single venue.")]),
            0
        );
        assert_eq!(count(&[para("as resolved in September")]), 0);
        assert_eq!(count(&[para("Resolvedly not a keyword")]), 0);
    }

    #[test]
    fn capital_keywords_agree_with_the_search() {
        let pieces = [
            "RESOLVED", "AGREED", "ED", "RESOLV", "AGRE", "E", "D", "x", "1", " ", ".", "é",
            "\u{a0}", "Resolved", "NOTED",
        ];
        let mut texts = crate::test_text::joins_up_to(&pieces, 4);
        texts.extend(crate::test_text::mixes(&pieces, 20_000, 7, 24, |n| {
            n % 3 == 0
        }));
        let mut found = 0;
        for t in &texts {
            let by_search = capital_keyword_by_search(t);
            found += usize::from(by_search.is_some());
            assert_eq!(capital_keyword(t), by_search, "{t:?}");
        }
        assert!(found > 5_000, "{found}");
    }

    #[test]
    fn marks_are_white_space_and_the_wanted_bytes() {
        for (marks, wanted) in [(&AFTER_OPENER, &b":-,"[..]), (&LABEL_MARKS, b":-")] {
            for b in 0..=255u8 {
                let rule = is_ascii_space(b) || wanted.contains(&b);
                assert_eq!(marks.has(b), rule, "{b}");
            }
        }
    }

    #[test]
    fn ends_agree_with_the_char_rule() {
        // The rule the tables replaced: an ASCII last byte, not white space, not wanted.
        let slow = |text: &str, wanted: &[u8]| {
            text.as_bytes()
                .last()
                .is_some_and(|&b| b.is_ascii() && !is_space(char::from(b)) && !wanted.contains(&b))
        };
        for wanted in [&b":-"[..], b":-sS", b":", b""] {
            let ends = ByteSet::ends(wanted);
            for c in (0..=0x7f)
                .chain([0xa0, 0x2013, 0x3000])
                .filter_map(char::from_u32)
            {
                for text in [format!("resolved{c}"), c.to_string()] {
                    assert_eq!(
                        ends_with_ascii_other_than(&text, &ends),
                        slow(&text, wanted),
                        "{text:?} {wanted:?}"
                    );
                }
            }
        }
        // The tables the readers use are these.
        assert_eq!(OPENER_ENDS.0, ByteSet::ends(b":-").0);
        assert_eq!(LOST_ENDS.0, ByteSet::ends(b":-sS").0);
    }

    #[test]
    fn quick_rejections_agree_with_the_full_tests() {
        for t in [
            "(1) x",
            "1. x",
            "iv) x",
            "a) x",
            "12) x",
            "The Chair",
            "",
            "é) x",
        ] {
            if number_mark(t).is_some() {
                assert!(may_start_with_number(t), "{t}");
            }
        }
        assert!(!may_start_with_number("The Chair thanked officers."));
        // The table agrees with comparing the first two bytes, lower-cased, with each word.
        let words = OPENERS.iter().chain(OPENER_PREFIXES.iter());
        let starts: Vec<[u8; 2]> = words.map(|w| [w.as_bytes()[0], w.as_bytes()[1]]).collect();
        for a in 0..=255u8 {
            for b in 0..=255u8 {
                let lower = [a.to_ascii_lowercase(), b.to_ascii_lowercase()];
                assert_eq!(may_open(&[a, b, b' ']), starts.contains(&lower), "{a} {b}");
            }
        }
        assert!(!may_open(b"r"));
        let colon = ByteSet::ends(b":");
        assert!(ends_with_ascii_other_than("noted.", &colon));
        assert!(!ends_with_ascii_other_than("resolved:", &colon));
        assert!(!ends_with_ascii_other_than("resolved\u{a0}", &colon));
        assert!(!ends_with_ascii_other_than("resolved\x0b", &colon));
        assert!(!ends_with_ascii_other_than("", &colon));
        assert_eq!(
            opener(&para("It was RESOLVED: That")),
            Some(("RESOLVED", 17))
        );
        assert_eq!(opener(&para("ab")), None);
        // The inlined quick test turns away only paragraphs the full test would.
        for t in [
            "The Board resolved :-",
            "The Board resolved to:",
            "(2) RESOLVED that the Committee:",
            "iv) Agreed: the plan",
            "UNANIMOUSLY RESOLVED that",
            "It was AGREED that",
            "Resolved",
            "resolved \u{a0}",
            "The Chair thanked officers.",
            "Noted:",
            "Café",
            "",
        ] {
            assert_eq!(opener(&para(t)), opener_of(t), "{t}");
        }
    }

    #[test]
    fn every_opener_is_seen_by_the_trigger_scan() {
        let heads = [
            "",
            "(1) ",
            "(2)",
            "1) ",
            "iv)\u{a0}",
            "12. ",
            "1.  ",
            "(a)\t",
            "x) ",
            "(12345) ",
        ];
        let prefixes = ["", "unanimously ", "It was ", "UNANIMOUSLY it was "];
        let words = [
            "resolved",
            "RESOLVED",
            "Agreed",
            "AGREED",
            "decided",
            "Recommended",
            "resolves",
            "agreedly",
            "Re",
            "",
            "That",
        ];
        let tails = [
            "",
            ":",
            ": That",
            " - that",
            " that",
            "\u{2013} x",
            ":-",
            " :-",
            " to:",
            "d",
            ",",
        ];
        let leads = ["", "The Board ", "Cabinet\u{a0}", "x"];
        let mut openers = 0;
        for head in heads {
            for prefix in prefixes {
                for word in words {
                    for tail in tails {
                        for lead in leads {
                            let t = clean(&format!("{lead}{head}{prefix}{word}{tail}"));
                            if opener_of(&t).is_some() {
                                openers += 1;
                                assert!(crate::triggers::scan(&t).has(Trigger::Opener), "{t:?}");
                            }
                        }
                    }
                }
            }
        }
        assert!(openers > 500, "{openers}");
    }

    /// [`opener_of`] as it was, comparing the opener words byte by byte and decoding the
    /// chars after them: the reference for the folded comparison and the ASCII tests.
    fn opener_of_before(text: &str) -> Option<(&str, usize)> {
        if let Some(found) = trailing_opener(text) {
            return Some(found);
        }
        let mut at = if may_start_with_number(text) {
            number_mark(text).map_or(0, |(_, after)| after)
        } else {
            0
        };
        if !may_open(&text.as_bytes()[at..]) {
            return None;
        }
        for prefix in OPENER_PREFIXES {
            if starts_with_ci(&text[at..], prefix) {
                at += prefix.len();
            }
        }
        let t = &text[at..];
        let word = OPENERS.iter().find(|w| starts_with_ci(t, w))?;
        let keyword = &t[..word.len()];
        let after = &t[word.len()..];
        if after.starts_with(|c: char| c.is_alphanumeric()) {
            return None;
        }
        let as_label = after
            .trim_start_matches(is_space)
            .starts_with([':', '-', '\u{2013}']);
        if *word == "resolution" && !as_label {
            return None;
        }
        let that_lead_in = at == 0 && *word != "recommended" && is_that_lead_in(after);
        if *word != "resolved"
            && !as_label
            && !keyword.chars().all(|c| c.is_uppercase())
            && !that_lead_in
        {
            return None;
        }
        let rest = after.trim_start_matches(|c: char| {
            is_space(c) || matches!(c, ':' | '-' | '\u{2013}' | '\u{2014}' | ',')
        });
        Some((keyword, at + word.len() + (after.len() - rest.len())))
    }

    #[test]
    fn openers_agree_with_the_byte_comparison() {
        let mut words: Vec<String> = Vec::new();
        for w in OPENERS {
            for cut in 1..=w.len() {
                words.push(w[..cut].to_string());
                words.push(w[..cut].to_uppercase());
            }
            // Bytes that differ from the letters in bit 5 only ("@" for "`", "^" for "~").
            let mut bent = w.as_bytes().to_vec();
            for k in 0..bent.len() {
                bent[k] ^= 0x20;
                words.extend(String::from_utf8(bent.clone()));
                bent[k] ^= 0x40;
                words.extend(String::from_utf8(bent.clone()));
                bent[k] ^= 0x60;
            }
        }
        let heads = ["", "(2) ", "It was ", "UNANIMOUSLY ", "The Board "];
        let tails = [
            "",
            ":",
            ":-",
            ": -",
            "-",
            "- ",
            "-:",
            ": - :",
            ": -x",
            ":\t-",
            " :-",
            ": That",
            " that",
            "\u{2013} x",
            "\u{a0}-",
            "d",
            "5",
            "\u{e9}",
            "\u{2160}",
            ",",
            " to:",
            "\0",
            "\u{2014}x",
        ];
        for head in heads {
            for word in &words {
                for tail in tails {
                    let t = format!("{head}{word}{tail}");
                    assert_eq!(opener_of(&t), opener_of_before(&t), "{t:?}");
                }
            }
        }
    }

    /// `lexer::paren_number` as it was before its byte loops: the reference for them.
    fn paren_number_by_chars(text: &str) -> Option<(&str, usize)> {
        let open = text.starts_with('(');
        let body_start = usize::from(open);
        let body = &text[body_start..];
        let len = body
            .bytes()
            .take_while(|b| b.is_ascii_alphanumeric())
            .count();
        if len == 0 || len > 4 || !body[len..].starts_with(')') {
            return None;
        }
        let label = &body[..len];
        let numeric = label.bytes().all(|b| b.is_ascii_digit());
        let roman = label.bytes().all(|b| b"ivx".contains(&b));
        let letter = len == 1 && label.bytes().all(|b| b.is_ascii_lowercase());
        if !(numeric || roman || letter) {
            return None;
        }
        let after = body_start + len + 1;
        let rest = &text[after..];
        let gap = rest.len() - rest.trim_start_matches(is_space).len();
        Some((label, after + gap))
    }

    /// `number_mark` as it was, on the old char-based reading of parenthesised marks.
    fn number_mark_oracle(text: &str) -> Option<(&str, usize)> {
        paren_number_by_chars(text).or_else(|| {
            let digits = text.bytes().take_while(u8::is_ascii_digit).count();
            let rest = text.get(digits..)?.strip_prefix(". ")?;
            let gap = rest.len() - rest.trim_start_matches(is_space).len();
            (digits > 0 && digits <= 2).then_some((&text[..digits], digits + 2 + gap))
        })
    }

    #[test]
    fn number_marks_agree_with_the_lexer() {
        let heads = [
            "(1)", "(0)", "(9)", "(99)", "(1 )", "1)", "(12)", "(123)", "(1234)", "(12345)",
            "12345)", "(a)", "a)", "(A)", "A)", "(iv)", "iv)", "(xvii)", "(ab)", "ab)", "(1a)",
            "()", ")", "(", "1.", "12.", "123.", "1", "", "(\u{e9})", "\u{e9})", "1.2.", "01.",
            "(1)(2)", "x", "(iv",
        ];
        let tails = [
            "",
            " ",
            "  x",
            "x",
            " That",
            "\tThat",
            "\u{a0}That",
            " \u{a0} x",
            "\u{feff}x",
            "\u{200b} x",
            "\x0b x",
            "\u{e9}",
            " \u{2003}\u{e9}",
            ". x",
            ".x",
            "\u{85}x",
            " \u{e9}",
            " \t",
            " (",
            " ~",
            " \x7f",
        ];
        for head in heads {
            for tail in tails {
                let t = format!("{head}{tail}");
                assert_eq!(number_mark(&t), number_mark_oracle(&t), "{t:?}");
            }
        }
    }

    #[test]
    fn byte_trims_agree_with_the_char_trims() {
        let lead = |c: char| is_space(c) || matches!(c, ':' | '-' | '\u{2013}');
        let lead_bytes = |b: u8| is_ascii_space(b) || matches!(b, b':' | b'-');
        let rest = |c: char| lead(c) || matches!(c, '\u{2014}' | ',');
        let rest_bytes = |b: u8| lead_bytes(b) || b == b',';
        // The byte tests take the ASCII the char tests take, and no other.
        for b in 0..128u8 {
            assert_eq!(lead_bytes(b), lead(char::from(b)), "{b}");
            assert_eq!(rest_bytes(b), rest(char::from(b)), "{b}");
            assert_eq!(is_ascii_space(b), char::from(b).is_whitespace(), "{b}");
        }
        let pieces = [
            " ", "\t", "\n", "\x0b", "\x1f", ":", "-", ",", "\u{2013}", "\u{2014}", "\u{a0}",
            "\u{feff}", "\u{200b}", "\u{2003}", "x", "é", "That", "(1)", ".",
        ];
        for t in crate::test_text::joins_up_to(&pieces, 4) {
            assert_eq!(
                trim_start(&t, lead_bytes, lead),
                t.trim_start_matches(lead),
                "{t:?}"
            );
            assert_eq!(
                trim_start(&t, rest_bytes, rest),
                t.trim_start_matches(rest),
                "{t:?}"
            );
            assert_eq!(
                trim_end(&t, lead_bytes, lead),
                t.trim_end_matches(lead),
                "{t:?}"
            );
            assert_eq!(
                trim_end(&t, is_ascii_space, char::is_whitespace),
                t.trim_end(),
                "{t:?}"
            );
            assert_eq!(
                at_most_one_word(&t),
                t.split_whitespace().nth(1).is_none(),
                "{t:?}"
            );
        }
    }

    #[test]
    fn non_ascii_endings_do_not_split_characters() {
        assert!(!is_lost_resolved("the bus stop outside Café"));
        // (A "That" without a subjunctive: no resolution of its own, see [`bare_that`].)
        assert_eq!(
            count(&[para("outside Café"), para("That it was noted.")]),
            0
        );
    }

    #[test]
    fn lost_bold_resolved() {
        let units = [
            para("Following discussion it was"),
            para("That the minutes be approved."),
        ];
        assert_eq!(count(&units), 1);
    }

    /// A motion with its roll-call vote and no outcome line: "Nays: None." records it;
    /// with "Motion carried" after the vote, that line is the one resolution; a "Nays:"
    /// with no motion before it, or one that names members, records none.
    #[test]
    fn unopposed_roll_call_votes() {
        let vote = |nays: &str, after: Option<&str>| {
            let mut units = vec![
                para("Ives moved, Joss seconded, approval of the agenda as presented."),
                para("Roll Call"),
                para("Ayes: Ives, Joss, Kerr"),
                para(nays),
            ];
            units.extend(after.map(para));
            count(&units)
        };
        assert_eq!(vote("Nays: None.", None), 1);
        assert_eq!(vote("NAYS: 0", None), 1);
        assert_eq!(vote("Nays: None.", Some("Motion carried.")), 1);
        assert_eq!(vote("Nays: Lamb.", None), 0);
        assert_eq!(
            count(&[para("The report was noted."), para("Nays: None.")]),
            0
        );
    }

    #[test]
    fn north_american_motions() {
        let units = [
            entry(
                "Moved by:Councillor S. Martin Seconded by:Councillor S. Cressman",
                0,
            ),
            para("THAT the meeting be called to order at 6:04 p.m."),
            para("Motion Carried Unanimously, By All Members Present"),
        ];
        let r = find(&units);
        assert_eq!(r.len(), 1);
        assert!(r[0].text.starts_with("THAT the meeting"));
    }

    /// A motion written "That ..." as eSCRIBE pages of Ontario write it, closed by
    /// "Carried": the resolution's text is the motion's.
    #[test]
    fn carried_takes_the_motion_in_title_case() {
        let units = [
            para("Moved by: Councillor Ames Seconded by: Councillor Bell"),
            para("That the agenda be adopted as presented."),
            para("Carried"),
        ];
        let r = find(&units);
        assert_eq!(r.len(), 1);
        assert!(r[0].text.starts_with("That the agenda"), "{:?}", r[0].text);
    }

    /// "Carried" after a resolution its words record closes that one; after a motion's
    /// "THAT ..." that follows it, it records another.
    #[test]
    fn carried_after_a_resolution_closes_it() {
        let units = [
            para("Moved by Councillor Ames Seconded by Councillor Bell"),
            para("BE IT RESOLVED THAT Council approve the agreement."),
            para("Carried"),
        ];
        assert_eq!(count(&units), 1);
        let units = [
            para("RESOLVED that the agreement be approved."),
            para("Moved by Councillor Ames Seconded by Councillor Bell"),
            para("THAT Council receive the report."),
            para("Carried"),
        ];
        assert_eq!(count(&units), 2);
        let units = [
            para("MOTION: Ames moved to approve the plan. Motion carried 5-0."),
            para("MOTION: Bell moved to approve the fees. Motion carried 4-1."),
        ];
        assert_eq!(count(&units), 2);
    }

    #[test]
    fn lead_ins_and_numbered_resolving_paragraphs() {
        let units = [
            para("The Board resolved :-"),
            para("(1) That the contract be awarded."),
            para("(2) That the term be extended."),
        ];
        assert_eq!(count(&units), 2);
        let units = [
            para("(1) The Director introduced the report."),
            para("(2) RESOLVED that the Committee:"),
            para("(a) note the forecast; and"),
            para("(b) agree the virements."),
        ];
        assert_eq!(count(&units), 2);
        let units = [
            para("RESOLVED: That"),
            para("(1) the review be received; and"),
            para("(2) the indicators be adopted."),
        ];
        assert_eq!(count(&units), 2);
        assert_eq!(
            count(&[para("RECOMMENDED – That Council approve the rounds.")]),
            1
        );
        assert_eq!(count(&[para("Recommended reading for members")]), 0);
    }

    /// A list under a resolution that names its conditions is those conditions: one
    /// resolution.
    #[test]
    fn a_list_of_conditions_is_one_resolution() {
        let units = [
            para(
                "RESOLVED – That the application be APPROVED subject to the following conditions:",
            ),
            para("1. Time limit"),
            para("2. Approved plans"),
        ];
        assert_eq!(count(&units), 1);
        let units = [
            para("RESOLVED that the budget be approved subject to:"),
            para("(i) the fees;"),
            para("(ii) the charges."),
        ];
        assert_eq!(count(&units), 1);
        let units = [
            para("RESOLVED – That:"),
            para("1. The plan be adopted."),
            para("2. The costs be noted."),
        ];
        assert_eq!(count(&units), 2);
    }

    #[test]
    fn decisions() {
        let r = from_decision(&[
            para("AGREED recommendations."),
            para("Reasons for the decision"),
        ]);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].keyword.as_deref(), Some("AGREED"));
        let r = from_decision(&[para("CONFIRMED as a correct record")]);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].keyword.as_deref(), Some("Decision"));
        for none in [
            "There were none.",
            "None",
            " none. ",
            "Apologies for absence were received from Councillors Pell and Ruddock.",
            "There was no other business notified.",
            "No declarations of interest were made.",
            "There were two public questions. The answers were published.",
        ] {
            assert!(from_decision(&[para(none)]).is_empty(), "{none:?}");
        }
    }

    /// "Agreed that" opening a paragraph records a decision (title case, not only capitals);
    /// "that" with a dash or a colon leads into the numbered list after it, one each.
    #[test]
    fn agreed_that_opening_a_paragraph() {
        for lead in ["Agreed that \u{2013}", "Agreed that:", "Decided that -"] {
            let units = [
                para(lead),
                para("1. the board adopts the harbour plan."),
                para("2. a review be held in a year."),
            ];
            assert_eq!(count(&units), 2, "{lead:?}");
        }
        assert_eq!(count(&[para("Recommended that the panel meets again.")]), 0);
        assert_eq!(count(&[para("Members agreed that the plan was clear.")]), 0);
    }

    /// Numbered entries run together in one text are one resolution each; after a lead-in
    /// whose first mark was lost, the lead-in stands for the first.
    #[test]
    fn numbered_entries_run_together() {
        let r = find(&[
            para("RESOLVED:"),
            para("1. That the panel noted the report. 2. That the panel agreed the plan."),
        ]);
        assert_eq!(r.len(), 2, "{r:?}");
        assert_eq!(r[1].text, "That the panel agreed the plan.");
        assert_eq!(r[1].number.as_deref(), Some("2"));
        for (units, n) in [
            (
                vec![
                    para("RESOLVED that Cabinet:-"),
                    para("Supports the revision of the"),
                    para("parks plan; and 2. Notes the change of format."),
                ],
                2,
            ),
            (
                vec![
                    para("RESOLVED that Cabinet:-"),
                    para("Supports the revision of the parks plan."),
                ],
                1,
            ),
            (
                vec![para(
                    "RESOLVED that the fee at paragraph 2. The rest be noted.",
                )],
                1,
            ),
        ] {
            assert_eq!(count(&units), n, "{units:?}");
        }
    }

    /// Paragraphs that open "That" and decide in the subjunctive, where the page lost the
    /// bold "RESOLVED" above them: one each, numbered or not; none where a resolution in
    /// words was read, in a list after a lead-in's colon or dash, or where "That" is a
    /// demonstrative or "be" follows a modal.
    /// An inline list after a resolution in prose: each entry one.
    #[test]
    fn an_inline_list_after_a_resolution_in_prose() {
        let units = vec![para(
            "After debate, it was resolved to: (1) Ask the officer to act. (2) To note the report.",
        )];
        assert_eq!(find(&units).len(), 2);
        let units = vec![para("After debate, it was resolved to note the report.")];
        assert_eq!(find(&units).len(), 1);
    }

    /// A numbered list of names after a lead-in is what its one resolution lists.
    #[test]
    fn a_list_of_names_is_one_resolution() {
        let units = vec![
            para("RESOLVED that the following receive a civic award:"),
            para("1. Jan Doe"),
            para("2. Sam Roe"),
            para("Minutes:"),
        ];
        assert_eq!(find(&units).len(), 1);
        let units = vec![
            para("RESOLVED that:"),
            para("1. The plan be adopted."),
            para("2. Officers Report Back"),
        ];
        assert_eq!(find(&units).len(), 2);
    }

    #[test]
    fn bare_that_paragraphs_after_a_lost_heading() {
        for (units, n) in [
            (
                vec![para("That the minutes of the last meeting be confirmed.")],
                1,
            ),
            (
                vec![para("THAT the minutes of the last meeting be confirmed.")],
                1,
            ),
            (
                vec![
                    para("Members discussed the report."),
                    para("That the hearing procedure be agreed."),
                    para("That the protocol at Appendix B be agreed."),
                ],
                2,
            ),
            (
                vec![
                    para("1. That the panel's findings are approved."),
                    para("2. That a working group be set up."),
                ],
                2,
            ),
            (
                vec![
                    para("RESOLVED: That the plan be adopted."),
                    para("That the fees be reviewed in a year."),
                ],
                1,
            ),
            (
                vec![
                    para("To consider the following motions –"),
                    para("1. That the press be excluded."),
                    para("2. That Members note the reasons."),
                ],
                0,
            ),
            // A numbered decision without "That" under a lost heading; not a proposal, an
            // entry after a lead-in, or a "be" after a modal.
            (
                vec![
                    para("The report was noted."),
                    para("1. The continued rent to the club be approved."),
                ],
                1,
            ),
            (
                vec![para(
                    "i) The press and public be excluded from the meeting.",
                )],
                1,
            ),
            (
                vec![para(
                    "(1) Mr Hale moved, and Mr Ives seconded, that Mr Joss be appointed.",
                )],
                0,
            ),
            (
                vec![
                    para("The Clerk reported:"),
                    para("1. The fence be repaired by the contractor."),
                ],
                0,
            ),
            (vec![para("1. The fence would be repaired in May.")], 0),
            (vec![para("1. The fallen tree be removed.")], 1),
            (
                vec![
                    para("1. The rent be approved."),
                    para("2. The lease be signed."),
                    para("The Clerk read a letter."),
                    para("3. The hall be painted."),
                ],
                2,
            ),
            (
                vec![
                    para("Councillor Dawe moved the amendment:"),
                    para("That the budget be reduced."),
                ],
                0,
            ),
            (
                vec![para("That was the view of the panel, to be reported.")],
                0,
            ),
            (
                vec![para(
                    "That families could be heard where this would be possible.",
                )],
                0,
            ),
            (vec![entry("That the fees be reviewed.", 1)], 0),
            // A body's decision in the past tense after "That".
            (
                vec![para(
                    "That the sub-committee agreed that hearings stay in the hall.",
                )],
                1,
            ),
            (vec![para("That the panel noted the report.")], 1),
            (
                vec![para("That the officers were thanked for the report.")],
                0,
            ),
            // A "That" without "be" beside one with it: both decide.
            (
                vec![
                    para("That a review of the scheme take place next year."),
                    para("That the panels be retained."),
                ],
                2,
            ),
            (
                vec![
                    para("Members discussed the review."),
                    para("That a review of the scheme take place next year."),
                ],
                0,
            ),
        ] {
            assert_eq!(
                count(&units),
                n,
                "{:?}",
                units.iter().map(|u| &u.text).collect::<Vec<_>>()
            );
        }
    }
}
