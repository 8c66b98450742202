//! Lists: the entries of a name list read one after another, with the labels that keep
//! the list going or end it, and the readers the other field parsers call.

use crate::model::Person;
use crate::text::{starts_with_ci, strip_suffix_ci};

use super::helpers::{floor_boundary, key, words_in};
use super::person::{read_person, Context, EntryWords};
use super::splitter::{End, Splitter, OFFICES_AFTER_NAME};
use super::words::{chair_role, classify, list, match_title, skip_bullets, Facts, WordClass};

/// Label words that introduce members and keep the list going ("Councillors:", "Committee
/// Members:", "Roll Call of Council Members:", "Attending:").
pub(super) const MEMBER_LABEL_WORDS: &[&str] = &[
    "present",
    "members",
    "member",
    "councillors",
    "councillor",
    "cllrs",
    "cllr",
    "council",
    "attending",
    "committee",
    "roll",
    "call",
    "of",
    "the",
    "voting",
    "councilmembers",
];

/// What to do with a "Label:" entry.
enum LabelAction {
    /// Names follow with this title.
    Title(&'static str),
    /// The next person has this role ("Chairman:").
    Role(&'static str),
    /// A heading for members: keep going.
    Continue,
    /// Another section ("In attendance:", "Staff Present:"): the list is over.
    Stop,
}

fn label_action(text: &str, start: usize, end: usize) -> LabelAction {
    let start = skip_bullets(text, start, end);
    let words = words_in(text, start, end);
    if let Some((t, _, n)) = match_title(text, &words, 0) {
        if n == words.len() {
            return LabelAction::Title(t);
        }
    }
    if let Some(r) = chair_role(&text[start..end]) {
        return LabelAction::Role(r);
    }
    let member_words = words
        .iter()
        .all(|&(s, e)| Facts::of(&text[s..e]).lists & list::MEMBER_LABEL != 0);
    if member_words && !words.is_empty() {
        LabelAction::Continue
    } else {
        LabelAction::Stop
    }
}

/// How [`read_list`] treats an entry that is not a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Mode {
    /// The list is over (attendance lists, apologies).
    StopAtProse,
    /// Skip it and go on ("The Chairman, Alderman Alison Gowman, and Edward Lord").
    SkipProse,
}

/// Room for the people of a list, reserved when the first is found: lists name a dozen or
/// so, and room for four (the first size a vector takes) would take two copies of the list
/// to grow. No more than this, so the room is one of the allocator's small sizes (up to
/// 1 KiB, the quickest to allocate).
const LIST_ROOM: usize = 8;

/// [`LIST_ROOM`] for `list` if it has no room yet.
#[inline]
pub(super) fn reserve_list_room(list: &mut Vec<Person>) {
    if list.capacity() == 0 {
        list.reserve_exact(LIST_ROOM);
    }
}

/// Reads people from `text` until the list ends; returns them and the relative offset
/// where reading stopped.
pub(super) fn read_list(text: &str, base: usize, mode: Mode, limit: usize) -> (Vec<Person>, usize) {
    let mut out = Vec::new();
    let stopped_at = read_list_into(text, base, mode, limit, &mut out);
    (out, stopped_at)
}

/// [`read_list`], appending the people to `out` (a caller that gathers the people of
/// several lists keeps them in one vector); at most `limit` of them. Only the people this
/// call appends are read or changed.
pub(super) fn read_list_into(
    text: &str,
    base: usize,
    mode: Mode,
    limit: usize,
    out: &mut Vec<Person>,
) -> usize {
    thread_local! {
        /// The splitter's word buffer, lent from one list to the next of a thread instead
        /// of allocated and freed for each (a list read inside another gets a new one). A
        /// `Cell` taken and set, not [`with_lent`]: the empty Vec left behind costs nothing,
        /// and the `RefCell` borrow measured ~0.02 instructions/byte more on real minutes.
        static WORDS: std::cell::Cell<Vec<(usize, usize)>> = const { std::cell::Cell::new(Vec::new()) };
    }
    let mut entries = Splitter::with_words(text, WORDS.take());
    let stopped_at = read_entries_into(text, base, mode, limit, &mut entries, out);
    WORDS.set(entries.words);
    stopped_at
}

/// [`read_list_into`] of the entries of `entries`.
pub(super) fn read_entries_into(
    text: &str,
    base: usize,
    mode: Mode,
    limit: usize,
    entries: &mut Splitter,
    out: &mut Vec<Person>,
) -> usize {
    let first = out.len();
    let mut ctx = Context::default();
    let mut prev_end = End::Comma;
    let mut stopped_at = 0;
    // The words of an entry that starts with a bullet (the splitter's words, clipped).
    let mut clipped = Vec::new();
    while let Some(entry) = entries.next() {
        stopped_at = entry.end;
        // The entry trimmed: from its first word to its last (nothing when it has none).
        let (s, e) = entries.bounds().unwrap_or((entry.start, entry.start));
        let s = skip_bullets(text, s, e);
        if s < e {
            if entry.end_kind == End::Label {
                match label_action(text, s, e) {
                    LabelAction::Title(t) => ctx.title = Some(t),
                    LabelAction::Role(r) => ctx.role = Some(r),
                    LabelAction::Continue => {}
                    LabelAction::Stop if mode == Mode::SkipProse => {}
                    LabelAction::Stop => break,
                }
                prev_end = entry.end_kind;
                continue;
            }
            // The splitter has split the entry into words already.
            let words = entries.words_of(s, e, &mut clipped);
            // The splitter has looked at the start of each word for a chair role's word.
            let entry_words =
                EntryWords::with_chair(text, e, words, entries.chair, entries.remarks);
            // "Cllr Smith, Chairman": a role on its own belongs to the person before.
            // "Councillors A Wilson, (Chairman), B Ives": the role in brackets as an entry of
            // its own is the one before's too.
            let role_alone = if entry_words.has_chair {
                let entry = &text[s..e];
                let bare = entry
                    .strip_prefix('(')
                    .and_then(|t| t.strip_suffix(')'))
                    .unwrap_or(entry);
                chair_role(bare)
            } else {
                None
            };
            if let Some(role) = role_alone {
                if let Some(p) = out[first..].last_mut().filter(|p| p.role.is_none()) {
                    p.role = Some(role.into());
                    p.span.end = base + e;
                    prev_end = entry.end_kind;
                    continue;
                }
            }
            // "Helen Stewart, Town Clerk (Holiday)": a clerk's post after a comma is the
            // one before's role, not a name.
            if prev_end == End::Comma
                && e - s <= MAX_CLERK_POST
                && matches!(text.as_bytes()[s] | 0x20, b'c' | b'd' | b'p' | b't' | b'r')
                && matches!(text.as_bytes()[e - 1] | 0x20, b'k' | b'o' | b'l' | b')')
                && clerk_post_of_the_one_before(&text[s..e], base + e, &mut out[first..])
            {
                if entry.end_kind.ends_list() {
                    break;
                }
                prev_end = entry.end_kind;
                continue;
            }
            // "Mr. James A. Ingle, Jr.": a generational suffix after a comma ends the name
            // before it, a note in brackets after it or not ("Jr. (Arrived at 6:05 p.m.)").
            // Its first letter is asked before anything else: most entries start none.
            let suffix_end = if prev_end != End::Comma
                || !text
                    .as_bytes()
                    .get(s)
                    .is_some_and(|b| matches!(b | 0x20, b'j' | b's' | b'i'))
            {
                s + 5
            } else if e - s <= 4 {
                e
            } else {
                suffix_before_note(text, s, e)
            };
            if suffix_end - s <= 4 && suffix_of_the_one_before(text, s, suffix_end) {
                if let Some(p) = out[first..].last_mut() {
                    p.name.push_str(", ");
                    p.name.push_str(&text[s..suffix_end]);
                    p.span.end = base + suffix_end;
                    if entry.end_kind.ends_list() {
                        break;
                    }
                    prev_end = entry.end_kind;
                    continue;
                }
            }
            // "The Town Mayor, Cllr A Hale ...": an office alone names the person after it.
            if text.as_bytes().get(s..s + 4) == Some(b"The ") && is_office_only(&text[s..e]) {
                if entry.end_kind.ends_list() {
                    break;
                }
                prev_end = entry.end_kind;
                continue;
            }
            // "Mayor \u{2013} Bob Pringle": the office, a dash, then its holder (one member a
            // line). Only an entry whose remarks start at its second or third word asks.
            if mode == Mode::StopAtProse
                && (1..=2).contains(&entry_words.name_end)
                && entry_words.name_end < words.len()
                && office_dash_name(text, base, words, entry_words.name_end, e, ctx, out)
            {
                if entry.end_kind.ends_list() {
                    break;
                }
                prev_end = entry.end_kind;
                continue;
            }
            let mut from = match mode {
                Mode::SkipProse => trailing_name_start(text, &entry_words),
                Mode::StopAtProse => 0,
            };
            let mut got_any = false;
            let mut stop = false;
            loop {
                let read = read_person(text, base, &entry_words, from, ctx, out);
                if let Some(t) = read.plural_title {
                    ctx.title = Some(t);
                }
                if read.found {
                    ctx.role = None;
                    got_any = true;
                    if out.len() - first >= limit {
                        return stopped_at;
                    }
                }
                if read.truncated && mode == Mode::StopAtProse {
                    // "Cllr F Nye who was on holiday and Cllr H Penn": an aside with no
                    // comma after the one just read; the list goes on.
                    stop = !(read.found && aside_after(text, base, e, &out[first..]));
                    break;
                }
                match read.next {
                    Some(n) if n > from => from = n,
                    _ => break,
                }
            }
            // "Don Scott, Mayor": the office of the person before, not a title of a name.
            if !got_any
                && prev_end == End::Comma
                && mode == Mode::StopAtProse
                && office_of_the_one_before(&text[s..e], base + e, &mut out[first..])
            {
                if matches!(entry.end_kind, End::Sentence | End::Eof) {
                    break;
                }
                prev_end = End::Newline;
                continue;
            }
            // "Deputy Mayor, Cllr C Joss": an office alone, without "The", names the person
            // after it too (asked after "Don Scott, Mayor", the office of the one before);
            // "Cllr C Joss, who was unwell, and Cllr D Moss": an aside about the one before;
            // "Cllr B Dale, 2 members of the public, Cllr C Fenn": a count of the public.
            if !got_any
                && mode == Mode::StopAtProse
                && (is_office_only(&text[s..e])
                    || is_aside(&text[s..e])
                    || super::roles::counts_the_public(&text[s..e]))
            {
                if entry.end_kind.ends_list() {
                    break;
                }
                prev_end = entry.end_kind;
                continue;
            }
            // An entry that names nobody ends the list, unless it is the style before the
            // first name ("His Worship, Mayor A Hale") or a bare title ("Councillors" on its
            // own line before the names).
            if !got_any
                && mode == Mode::StopAtProse
                && first == out.len()
                && is_worship(&text[s..e])
            {
                entries.forget_inline();
                prev_end = entry.end_kind;
                continue;
            }
            if stop || (!got_any && mode == Mode::StopAtProse && !is_title_only(text, s, e)) {
                break;
            }
        }
        if entry.end_kind.ends_list() {
            break;
        }
        // "..., Monk and Bennett-Sylvester" then a line break: that was the last name.
        if prev_end == End::Conj && entry.end_kind == End::Newline && mode == Mode::StopAtProse {
            break;
        }
        prev_end = entry.end_kind;
    }
    stopped_at
}

/// Whether `entry`, after a comma and naming nobody, is the office of the person read just
/// before it ("Don Scott, Mayor"): it becomes that person's role (who keeps a role already
/// read), and the list goes on, past a blank line too (each member on a line of their own,
/// double spaced: see `office_after_name`).
#[cold]
#[inline(never)]
fn office_of_the_one_before(entry: &str, end: usize, read: &mut [Person]) -> bool {
    // The offices start with these letters and are no longer than "mayor pro tem".
    let first = entry.as_bytes().first().map_or(0, |b| b | 0x20);
    if entry.len() > "mayor pro tem.".len() || !matches!(first, b'm' | b'd' | b'a' | b'r' | b'w') {
        return false;
    }
    // The offices that are no title of a name (those are read as titles: see
    // `is_title_only`).
    let entry = entry.trim_end_matches('.');
    if !OFFICES_AFTER_NAME[..8]
        .iter()
        .any(|o| entry.eq_ignore_ascii_case(o))
    {
        return false;
    }
    let Some(p) = read.last_mut() else {
        return false;
    };
    if p.role.is_none() {
        p.role = Some(entry.into());
    }
    p.span.end = end;
    true
}

/// The longest entry [`clerk_post_of_the_one_before`] reads: "Deputy Town Clerk (on
/// annual leave)".
const MAX_CLERK_POST: usize = 48;

/// Whether `entry`, after a comma, is a clerk's post with an optional note in brackets
/// ("Town Clerk (Holiday)", "Clerk", "Parish Clerk", "Deputy Clerk", "Clerk to the Council",
/// "RFO", "Clerk/RFO"): it becomes the role of the person read just before it (who keeps a
/// role already read), and the note theirs when they have none.
#[cold]
#[inline(never)]
fn clerk_post_of_the_one_before(entry: &str, end: usize, read: &mut [Person]) -> bool {
    // The bytes are searched, not the chars: most entries are turned away here.
    let (post, note) = match memchr::memrchr(b'(', entry.as_bytes()) {
        Some(k) => (
            entry[..k].trim_end_matches(' '),
            entry[k + 1..].strip_suffix(')'),
        ),
        None => (entry.trim_end_matches('.'), None),
    };
    // Most entries (names ending as the posts do) are turned away by their last word.
    if !["clerk", "rfo", "council"]
        .iter()
        .any(|w| strip_suffix_ci(post, w).is_some())
    {
        return false;
    }
    let bare = ["deputy ", "assistant ", "acting "]
        .iter()
        .find(|w| starts_with_ci(post, w))
        .map_or(post, |w| &post[w.len()..]);
    let is_post = [
        "clerk",
        "town clerk",
        "parish clerk",
        "clerk to the council",
        "rfo",
        "clerk/rfo",
        "clerk & rfo",
        "clerk and rfo",
        "parish clerk/rfo",
        "town clerk/rfo",
    ]
    .iter()
    .any(|p| bare.eq_ignore_ascii_case(p));
    let Some(p) = read.last_mut().filter(|_| is_post) else {
        return false;
    };
    if p.role.is_none() {
        p.role = Some(post.into());
    }
    if p.note.is_none() {
        p.note = note.map(|n| n.trim().into());
    }
    p.span.end = end;
    true
}

/// Reads "Mayor \u{2013} Bob Pringle" (`words`, whose remarks start at word `dash`): when the
/// words before the dash are an office ([`OFFICES_AFTER_NAME`]) and the dash is one, the
/// person after it, named as "Mayor Bob Pringle" would be (a title such as "Councillor" is
/// the person's title; another office starts the name). Returns whether one was read.
#[cold]
#[inline(never)]
fn office_dash_name(
    text: &str,
    base: usize,
    words: &[(usize, usize)],
    dash: usize,
    end: usize,
    mut ctx: Context,
    out: &mut Vec<Person>,
) -> bool {
    let (os, oe) = (words[0].0, words[dash - 1].1);
    let office = &text[os..oe];
    let dash_word = &text[words[dash].0..words[dash].1];
    if !matches!(dash_word, "-" | "\u{2013}" | "\u{2014}")
        || dash + 1 >= words.len()
        || !OFFICES_AFTER_NAME
            .iter()
            .any(|o| office.eq_ignore_ascii_case(o))
    {
        return false;
    }
    let title = match match_title(text, &words[..dash], 0) {
        Some((t, _, n)) if n == dash => Some(t),
        _ => None,
    };
    ctx.title = title.or(ctx.title);
    let rest = EntryWords::with_chair(text, end, &words[dash + 1..], false, true);
    let before = out.len();
    if !read_person(text, base, &rest, 0, ctx, out).found || out.len() != before + 1 {
        out.truncate(before);
        return false;
    }
    let p = &mut out[before];
    if title.is_none() {
        let mut name = crate::text::compact(office);
        name.push(' ');
        name.push_str(&p.name);
        p.name = name;
    }
    p.span.start = base + os;
    true
}

/// Whether `text[s..e]` is a generational suffix ("Jr.", "Sr", "III"), which after a comma
/// ends the name before it rather than naming someone.
#[cold]
fn suffix_of_the_one_before(text: &str, s: usize, e: usize) -> bool {
    let word = text[s..e].trim_end_matches('.');
    ["jr", "sr", "ii", "iii", "iv"]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
}

/// Where the first word of `text[s..e]` ends when a note in brackets follows it ("Jr.
/// (Arrived at 6:05 p.m.)"); else `e`.
#[cold]
fn suffix_before_note(text: &str, s: usize, e: usize) -> usize {
    let b = &text.as_bytes()[s..e];
    match memchr::memchr(b' ', &b[..b.len().min(5)]) {
        Some(sp) if b.get(sp + 1) == Some(&b'(') => s + sp,
        _ => e,
    }
}

/// "His Worship", "Her Worship": the style a mayor's name follows, an entry of its own.
#[cold]
fn is_worship(entry: &str) -> bool {
    entry.len() == "his worship".len()
        && (entry.eq_ignore_ascii_case("his worship") || entry.eq_ignore_ascii_case("her worship"))
}

/// An entry that is only a title ("Councillors" on its own line before the names).
fn is_title_only(text: &str, s: usize, e: usize) -> bool {
    let words = words_in(text, s, e);
    matches!(match_title(text, &words, 0), Some((_, _, n)) if n == words.len())
}

/// The offices an entry may name before the person who holds them: "The Town Mayor, Cllr A
/// Hale (Chairman); ...".
const OFFICES: [&str; 6] = [
    "Mayor",
    "Chairman",
    "Chair",
    "Chairperson",
    "Leader",
    "Provost",
];

/// Whether an entry is only an office ("The Mayor", "The Town Mayor", "Deputy Mayor"): it
/// names nobody but does not end the list.
fn is_office_only(entry: &str) -> bool {
    let entry = entry.trim();
    let rest = entry
        .strip_prefix("The ")
        .or_else(|| entry.strip_prefix("the "))
        .unwrap_or(entry);
    let mut words = rest.split(' ');
    let last = words.next_back().unwrap_or("");
    words.clone().count() <= 2
        && words.all(|w| w.starts_with(|c: char| c.is_ascii_uppercase()))
        && OFFICES.contains(&last.trim_end_matches([',', ';']))
}

/// Whether an entry is a relative clause about the person before it ("who was unwell"):
/// the list goes on after it.
#[cold]
fn is_aside(entry: &str) -> bool {
    ["who ", "whose ", "whom "]
        .iter()
        .any(|w| entry.starts_with(w))
}

/// Whether the entry ending at `end` goes on, after the person last read, with an aside
/// about them ([`is_aside`]: "who was on holiday"). Out of line: asked only of an entry
/// that a person's read left in prose.
#[cold]
#[inline(never)]
fn aside_after(text: &str, base: usize, end: usize, read: &[Person]) -> bool {
    read.last()
        .and_then(|p| text.get(p.span.end.checked_sub(base)?..end))
        .is_some_and(|rest| is_aside(rest.trim_start()))
}

/// The word where the last run of name-like words (titles included) of an entry starts,
/// so that "It was noted that Councillor X" reads as "Councillor X".
fn trailing_name_start(text: &str, entry: &EntryWords) -> usize {
    let mut run_start = 0;
    for (i, &(ws, we)) in entry.words[..entry.name_end].iter().enumerate() {
        if classify(&text[ws..we]) == WordClass::Stop && !is_title_word(&text[ws..we]) {
            run_start = i + 1;
        }
    }
    run_start
}

/// Whether a name list whose text so far ends with `text` cannot end there: after a
/// separator ("M Dyer,", "Cllr Beck;", "Cllr Reed and") or a word that a name follows
/// ("Council" of "Council / Member Wolfe", "Cllr", "Dr"). A list cut by a page break, or
/// text converted double-spaced, then goes on past the blank lines.
pub(crate) fn ends_unfinished(text: &str) -> bool {
    let text = text.trim_end_matches(super::is_space);
    if text.ends_with([',', ';', '&']) {
        return true;
    }
    // The last word: after the last space, comma or semicolon (all ASCII, so a boundary).
    let from = text
        .bytes()
        .rposition(|b| matches!(b, b' ' | b'\t' | b',' | b';'))
        .map_or(0, |p| p + 1);
    let last = &text[from..];
    !last.is_empty()
        && (last.eq_ignore_ascii_case("and") || Facts::of(last).lists & list::DANGLING != 0)
}

fn is_title_word(w: &str) -> bool {
    let k = key(w);
    [
        "councillor",
        "councillors",
        "cllr",
        "cllrs",
        "cr",
        "council",
        "member",
        "members",
    ]
    .iter()
    .any(|&t| k.is(t))
}

/// Parses a list of names ("Councillor Pitchley (in the Chair); Councillors Cooksey, Bacon and
/// Z. Collingham") found at `text`, which starts at byte `base` of the input.
///
/// Entries are separated by ",", ";", "and", "&" and line breaks (a line that ends in a
/// title or initial, or a next line that starts in lower case, continues the name). The
/// list ends at a full stop that is not an initial, at a "Label:" that does not introduce
/// members, at a paragraph break after a comma-separated list, at a line break after the
/// "and" entry, or at the first entry that is not a name (a name stops before its first
/// non-name word: "Cllr Purves With the absence ..." gives "Purves" and ends the list).
///
/// Titles (Councillor(s), Cllr, Cr, Council Member(s)) go to `title`, normalised to
/// "Councillor" or "Council Member"; a plural title applies to the names after it. Chair
/// markers ("(in the Chair)", "Chairman Cllr Foss", "(Vice-Chair)") set `role` to "Chair"
/// or "Vice Chair"; other brackets become `note`. Each person's span covers the entry as
/// written (chair prefix, title, name and remarks), without separators and bullets.
pub(crate) fn parse_name_list(text: &str, base: usize) -> Vec<Person> {
    read_list(text, base, Mode::StopAtProse, usize::MAX).0
}

/// The first person named at the start of `text`, reading at most `max_bytes` bytes.
pub(crate) fn first_person(text: &str, base: usize, max_bytes: usize) -> Option<Person> {
    let end = floor_boundary(text, max_bytes);
    read_list(&text[..end], base, Mode::StopAtProse, 1)
        .0
        .into_iter()
        .next()
}

/// Every name in `text`, skipping entries that are not names instead of stopping at them
/// ("The Chairman, Alderman Alison Gowman, and Edward Lord" gives the last two).
pub(crate) fn names_in_clause(text: &str, base: usize) -> Vec<Person> {
    read_list(text, base, Mode::SkipProse, usize::MAX).0
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::people::tests::{fuzz_inputs, list, names};

    #[test]
    fn an_office_after_a_name_is_its_role_and_the_list_goes_on() {
        // One member a line, the office after a comma; double spaced too.
        for t in [
            "Ann Vale, Mayor\nBo Ives, Councillor\nCy Lund, Mayor",
            "Ann Vale, Mayor\n\nBo Ives, Councillor\n\nCy Lund, Mayor",
        ] {
            let people = list(t);
            assert_eq!(names(&people), ["Ann Vale", "Bo Ives", "Cy Lund"], "{t:?}");
            assert_eq!(people[0].role.as_deref(), Some("Mayor"));
            assert_eq!(people[2].role.as_deref(), Some("Mayor"));
        }
        // An office with nobody before it names nobody; a blank line after a name that no
        // office follows still ends the list.
        assert!(list("Mayor, Cllr Ames").iter().all(|p| p.name != "Mayor"));
        assert_eq!(
            names(&list("Ann Vale, Bo Ives\n\nCy Lund")),
            ["Ann Vale", "Bo Ives"]
        );
    }

    /// "Mayor – Ann Vale", one member a line: the office before the dash names its holder.
    #[test]
    fn an_office_then_a_dash_names_its_holder() {
        // One member a line, the office before a dash: an office that is a title is the
        // person's title; another starts the name, as without the dash.
        let t = "Mayor \u{2013} Ann Vale\nDeputy Mayor - Bo Ives\nCouncillor \u{2013} Cy Lund";
        let people = list(t);
        assert_eq!(
            names(&people),
            ["Mayor Ann Vale", "Deputy Mayor Bo Ives", "Cy Lund"]
        );
        assert_eq!(people[2].title.as_deref(), Some("Councillor"));
        assert_eq!(people[0].span.start, 0);
        // A name before the dash keeps the dash's words as its remarks.
        let people = list("Ann Vale \u{2013} Mayor\nBo Ives");
        assert_eq!(names(&people)[0], "Ann Vale");
    }

    /// "Councillors A Hale, (Chairman), Cllrs B Ives": the role in brackets, an entry of
    /// its own, is the one before's, and the list goes on.
    #[test]
    fn a_bracketed_role_alone_is_the_one_before() {
        let people = list("Councillors A Hale, (Chairman), Cllrs B Ives and C Joss");
        assert_eq!(names(&people), ["A Hale", "B Ives", "C Joss"]);
        assert_eq!(people[0].role.as_deref(), Some("Chair"));
    }

    #[test]
    fn a_list_read_into_people_already_found_leaves_them_alone() {
        // `read_list_into` appends to the people of earlier lists (the sentences of an
        // apology text): a role alone ("Cllr A, Chair") goes to a person of its own list,
        // never to one before it, and the limit counts only its own people.
        let earlier = parse_name_list("Cllr Earlier", 0);
        let mut texts: Vec<String> = [
            "Chairman, Cllr A",
            "Chair; Cllr A, Vice-Chair",
            "Cllr A, Chair, Cllr B and Cllr C.",
            "Councillors A, B (in the Chair) and C",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        texts.extend(fuzz_inputs(1000));
        for t in &texts {
            for limit in [1, 2, usize::MAX] {
                for mode in [Mode::StopAtProse, Mode::SkipProse] {
                    let (alone, stop) = read_list(t, 7, mode, limit);
                    let mut out = earlier.clone();
                    let stop_into = read_list_into(t, 7, mode, limit, &mut out);
                    assert_eq!(out[..earlier.len()], earlier[..], "{t:?}");
                    assert_eq!(out[earlier.len()..], alone[..], "{t:?}");
                    assert_eq!(stop_into, stop, "{t:?}");
                }
            }
        }
    }

    #[test]
    fn rotherham_present_list_with_chair() {
        let text = "Councillor Pitchley (in the Chair); Councillors Cooksey, Bacon, Baker-Rogers, Z. Collingham, Griffin, Haleem, Hughes, McNeely, Monk and Bennett-Sylvester.";
        let people = list(text);
        assert_eq!(
            names(&people),
            [
                "Pitchley",
                "Cooksey",
                "Bacon",
                "Baker-Rogers",
                "Z. Collingham",
                "Griffin",
                "Haleem",
                "Hughes",
                "McNeely",
                "Monk",
                "Bennett-Sylvester"
            ]
        );
        assert_eq!(people[0].role.as_deref(), Some("Chair"));
        assert!(people
            .iter()
            .all(|p| p.title.as_deref() == Some("Councillor")));
        assert!(people[1..].iter().all(|p| p.role.is_none()));
        assert_eq!(
            people[0].span.slice(text),
            Some("Councillor Pitchley (in the Chair)")
        );
        assert_eq!(people[4].span.slice(text), Some("Z. Collingham"));
    }

    #[test]
    fn spans_are_absolute() {
        let input = "Present:- Councillor Smith; Councillors Jones and Brown.\nNext";
        let base = input.find("Councillor").unwrap();
        let people = parse_name_list(&input[base..], base);
        assert_eq!(names(&people), ["Smith", "Jones", "Brown"]);
        assert_eq!(people[1].span.slice(input), Some("Councillors Jones"));
        assert_eq!(people[2].span.slice(input), Some("Brown"));
    }

    #[test]
    fn one_name_per_line_with_blank_lines() {
        let text = "\n\nCouncillors:\n\n \n\nChairman Cllr Foss\n\nVice Chairman Cllr Austen\n\n \n\n Cllr Abbott\n\n \n\nCllr Baldry\nCllr Bastone\n\nCllr O'Callaghan\n\n \n\nIn attendance:\n\nMr Officer";
        let people = list(text);
        assert_eq!(
            names(&people),
            [
                "Foss",
                "Austen",
                "Abbott",
                "Baldry",
                "Bastone",
                "O'Callaghan"
            ]
        );
        assert_eq!(people[0].role.as_deref(), Some("Chair"));
        assert_eq!(people[1].role.as_deref(), Some("Vice Chair"));
        assert_eq!(people[2].role, None);
        assert_eq!(people[0].span.slice(text), Some("Chairman Cllr Foss"));
        assert!(people
            .iter()
            .all(|p| p.title.as_deref() == Some("Councillor")));
    }

    #[test]
    fn line_break_inside_a_title_continues_the_name() {
        let text = "Council Member Flora, Council Member Mann, Council Member Busby, Council\nMember Wolfe, Council President Smith and Mayor Merrill.\nCouncil Member Walker asked to be excused.";
        let people = list(text);
        assert_eq!(
            names(&people),
            [
                "Flora",
                "Mann",
                "Busby",
                "Wolfe",
                "Council President Smith",
                "Mayor Merrill"
            ]
        );
        assert_eq!(people[3].title.as_deref(), Some("Council Member"));
        assert_eq!(people[3].span.slice(text), Some("Council\nMember Wolfe"));
        assert_eq!(people[4].title, None);
    }

    #[test]
    fn comma_then_line_break_and_notes() {
        let text = "Cllrs B Austin, D Bretherton, N Champken-Woods, P Cowell (Deputy Mayor), M Deacock, A Dite, M Dyer,\nL Emery, H Fickling, K Gregory, C Jones, A Midwinter (Town Mayor), J Tipping and T Wyse\n\n\nC Pinnells, Acting Town Clerk\nG Markland, Neighbourhood Plan Continuity Officer\n";
        let people = list(text);
        assert_eq!(
            names(&people),
            [
                "B Austin",
                "D Bretherton",
                "N Champken-Woods",
                "P Cowell",
                "M Deacock",
                "A Dite",
                "M Dyer",
                "L Emery",
                "H Fickling",
                "K Gregory",
                "C Jones",
                "A Midwinter",
                "J Tipping",
                "T Wyse"
            ]
        );
        assert_eq!(people[3].note.as_deref(), Some("Deputy Mayor"));
        assert_eq!(people[11].note.as_deref(), Some("Town Mayor"));
        assert_eq!(people[11].role, None, "Town Mayor is a note, not the chair");
    }

    #[test]
    fn groby_list_ends_at_the_sentence() {
        let text = "Cllr P Batty (Chairman), Cllr J Batty, Cllr Beck, Cllr Hollick (arrived at 7.01pm), Cllr L Smith (arrived at 7.01pm), Cllr Stockill (arrived at 7.03pm) and Cllr Yarwood. Cou/286/07-08 Apologies for Absence Apologies for absence were received from Cllr Purves";
        let people = list(text);
        assert_eq!(
            names(&people),
            ["P Batty", "J Batty", "Beck", "Hollick", "L Smith", "Stockill", "Yarwood"]
        );
        assert_eq!(people[0].role.as_deref(), Some("Chair"));
        assert_eq!(people[3].note.as_deref(), Some("arrived at 7.01pm"));
        assert_eq!(
            people[3].span.slice(text),
            Some("Cllr Hollick (arrived at 7.01pm)")
        );
    }

    #[test]
    fn chair_prefix_with_dotted_title_and_initials() {
        let text = "Chair Cllr. C Edwards, Cllr. P Rudd, Cllr. J Bulman, Cllr. R A Williams, Cllr H.A.L. Evans\nCouncil Employees Present: RFO Clive Baker";
        let people = list(text);
        assert_eq!(
            names(&people),
            [
                "C Edwards",
                "P Rudd",
                "J Bulman",
                "R A Williams",
                "H.A.L. Evans"
            ]
        );
        assert_eq!(people[0].role.as_deref(), Some("Chair"));
        assert_eq!(people[0].title.as_deref(), Some("Councillor"));
    }

    #[test]
    fn plural_title_keeps_other_honorifics() {
        let text = "Councillors English (Chairman), Mrs Blackmore, Cannon, Clark, Round and S Thompson\n1. Apologies for Absence";
        let people = list(text);
        assert_eq!(
            names(&people),
            [
                "English",
                "Mrs Blackmore",
                "Cannon",
                "Clark",
                "Round",
                "S Thompson"
            ]
        );
        assert_eq!(people[0].role.as_deref(), Some("Chair"));
        assert_eq!(people[1].title.as_deref(), Some("Councillor"));
    }

    /// A surname that is also an honorific ("Lord", "Mayor") after a title or initials is
    /// the name: the list goes on past it. An office alone ("Deputy Mayor") names no one.
    #[test]
    fn surnames_that_are_honorifics() {
        let people = list("Cllr A Hale, Cllr B Lord, Mr Mayor, Mrs C Sheriff and Cllr D Joss");
        assert_eq!(
            names(&people),
            ["A Hale", "B Lord", "Mr Mayor", "Mrs C Sheriff", "D Joss"]
        );
        assert_eq!(
            names(&list("Councillors Lord, Baron and Joss")),
            ["Lord", "Baron", "Joss"]
        );
        assert_eq!(
            names(&list(
                "Cllr E Lord\nCllr F Moss\nCouncillor Lord\nCouncillor Ives"
            )),
            ["E Lord", "F Moss", "Lord", "Ives"],
            "one a line"
        );
        assert!(names(&list("Cllr A Hale, Deputy Mayor")).len() <= 1);
        assert!(names(&list("Cllr A Hale, the Lord Mayor")).len() <= 1);
    }

    #[test]
    fn paragraph_after_comma_list_ends_it() {
        let text = "Councillors Mrs Blackmore, Brice, English (Chairman), D Wilkinson and T Wilkinson\n\n\nAlso Present:\n\nCouncillor Round";
        assert_eq!(
            names(&list(text)),
            [
                "Mrs Blackmore",
                "Brice",
                "English",
                "D Wilkinson",
                "T Wilkinson"
            ]
        );
    }

    #[test]
    fn bullets_and_a_following_section() {
        let text = "\n  • Mayor N. Salonen\n  • Councillor S. Cressman\n  • Councillor K. Wilkinson\n  · Councillor L. Dunstall\n  - Councillor S. Martin\nStaff Present:\n  • Chief Administrative Officer, S. Chambers\n";
        let people = list(text);
        assert_eq!(
            names(&people),
            [
                "Mayor N. Salonen",
                "S. Cressman",
                "K. Wilkinson",
                "L. Dunstall",
                "S. Martin"
            ]
        );
        assert_eq!(people[0].title, None);
        assert_eq!(people[0].span.slice(text), Some("Mayor N. Salonen"));
    }

    /// "The Town Mayor, Cllr A Hale (Chairman); ...": the office alone does not end the list.
    #[test]
    fn an_office_alone_before_the_names_does_not_end_the_list() {
        let got = list("The Town Mayor, Cllr A Hale (Chairman); Cllrs B Ives, C Joss");
        let names: Vec<&str> = got.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(names, ["A Hale", "B Ives", "C Joss"]);
        assert!(is_office_only("The Deputy Mayor"));
        assert!(!is_office_only("The meeting was quorate"));
        assert!(is_office_only("Deputy Mayor"));
        assert!(is_office_only("the Mayor"));
        assert!(!is_office_only("Apologies were received"));
    }

    /// "Deputy Mayor, Cllr C Joss": an office with no "The" and no name before it read
    /// nobody and ended the list; after a name it is still that person's office.
    #[test]
    fn an_office_without_the_before_the_names_does_not_end_the_list() {
        let got = list("Deputy Mayor, Cllr C Joss, Cllr D Moss");
        assert_eq!(names(&got), ["C Joss", "D Moss"]);
        let got = list("Don Scott, Mayor, Cllr D Moss");
        assert_eq!(names(&got), ["Don Scott", "D Moss"]);
        assert_eq!(got[0].role.as_deref(), Some("Mayor"));
    }

    /// "Cllr C Joss, who was unwell, and Cllr D Moss": the aside ended the list.
    #[test]
    fn an_aside_about_the_one_before_does_not_end_the_list() {
        let got = list("Cllr C Joss, who was unwell, and Cllr D Moss.");
        assert_eq!(names(&got), ["C Joss", "D Moss"]);
        let got = list("Cllr C Joss, whose train was late.");
        assert_eq!(names(&got), ["C Joss"]);
        // A clerk's post after the name.
        let got = list("Cllr C Joss, Cllr D Moss and Helen Stewart, Town Clerk (Holiday).");
        assert_eq!(names(&got), ["C Joss", "D Moss", "Helen Stewart"]);
        assert_eq!(got[2].role.as_deref(), Some("Town Clerk"));
        assert_eq!(got[2].note.as_deref(), Some("Holiday"));
        let got = list("Jo Nash, Clerk, Cllr D Moss, Deputy Mayor, Bo Ives, Clerk/RFO");
        assert_eq!(names(&got), ["Jo Nash", "D Moss", "Bo Ives"]);
        let got = list("Cllr C Joss, Clerkson, Cllr D Moss");
        assert_eq!(names(&got), ["C Joss", "Clerkson", "D Moss"]);
        // With no comma before it.
        let got = list("Cllr C Joss who was on holiday and Cllr D Moss");
        assert_eq!(names(&got), ["C Joss", "D Moss"]);
        let got = list("Cllr C Joss who was on holiday.");
        assert_eq!(names(&got), ["C Joss"]);
        let got = list("Cllr C Joss as the meeting was quorate and Cllr D Moss");
        assert_eq!(names(&got), ["C Joss"]);
        let got = list("the Mayor, Cllr C Joss, and Cllr D Moss");
        assert_eq!(names(&got), ["C Joss", "D Moss"]);
    }

    /// "Cllr B Dale, 2 members of the public, Cllr C Fenn": a count of the public amid the
    /// names is nobody, and the list goes on after it.
    #[test]
    fn a_count_of_the_public_does_not_end_the_list() {
        let got = list("Cllr B Dale, 2 members of the public, Cllr C Fenn");
        assert_eq!(names(&got), ["B Dale", "C Fenn"]);
        let got = list("Cllr B Dale, two members of the public and Cllr C Fenn");
        assert_eq!(names(&got), ["B Dale", "C Fenn"]);
    }

    #[test]
    fn office_with_the_name_in_brackets() {
        let text =
            "The Mayor (Councillor Mrs J. Smith) (in the Chair); Councillors Brown and Green.";
        let people = list(text);
        assert_eq!(names(&people), ["Mrs J. Smith", "Brown", "Green"]);
        assert_eq!(people[0].role.as_deref(), Some("Chair"));
        assert_eq!(people[0].note.as_deref(), Some("The Mayor"));
        assert_eq!(people[0].title.as_deref(), Some("Councillor"));
        assert_eq!(
            people[0].span.slice(text),
            Some("The Mayor (Councillor Mrs J. Smith) (in the Chair)")
        );
        let people = list("The Chairman (Cllr Avon), Cllr Bell");
        assert_eq!(names(&people), ["Avon", "Bell"]);
        assert_eq!(people[0].role.as_deref(), Some("Chair"));
        assert_eq!(people[0].note, None);
        assert!(list("The Mayor (see above)").is_empty());
    }

    #[test]
    fn chair_word_after_the_name() {
        let people = list(
            "Councillor J Smith Chairman\nCouncillor A Jones Vice Chairman\nCouncillor B Brown",
        );
        assert_eq!(names(&people), ["J Smith", "A Jones", "B Brown"]);
        let roles: Vec<_> = people.iter().map(|p| p.role.as_deref()).collect();
        assert_eq!(roles, [Some("Chair"), Some("Vice Chair"), None]);
    }

    #[test]
    fn oxford_comma_ampersand_and_separators() {
        assert_eq!(
            names(&list("Cllr Smith, Cllr Jones, and Cllr Brown")),
            ["Smith", "Jones", "Brown"]
        );
        assert_eq!(
            names(&list("Cllrs Smith & Jones; Cllr Brown")),
            ["Smith", "Jones", "Brown"]
        );
    }

    #[test]
    fn chair_markers_in_every_spelling() {
        let people = list("Cllr Ash (Chair), Cllr Bell (Vice-Chair), Cllr Cole (Chairwoman), Cllr Dee, Chairman, Vice Chairman Cllr Eyre");
        let roles: Vec<_> = people.iter().map(|p| p.role.as_deref()).collect();
        assert_eq!(names(&people), ["Ash", "Bell", "Cole", "Dee", "Eyre"]);
        assert_eq!(
            roles,
            [
                Some("Chair"),
                Some("Vice Chair"),
                Some("Chair"),
                Some("Chair"),
                Some("Vice Chair")
            ]
        );
    }

    #[test]
    fn notes_and_a_dash_role() {
        let people = list("Councillor Smith (via Teams) (Chair), Councillor Jones – Vice-Chairman");
        assert_eq!(people[0].note.as_deref(), Some("via Teams"));
        assert_eq!(people[0].role.as_deref(), Some("Chair"));
        assert_eq!(people[1].role.as_deref(), Some("Vice Chair"));
    }

    #[test]
    fn a_suffix_after_a_comma_ends_the_name_before_it() {
        let (people, _) = read_list(
            "Mr. Al B. Cole, Jr., Ms. Di Eve, Mr. Fay Gee, III",
            0,
            Mode::StopAtProse,
            10,
        );
        let names: Vec<&str> = people.iter().map(|p| p.name.as_str()).collect();
        assert_eq!(
            names,
            ["Mr. Al B. Cole, Jr.", "Ms. Di Eve", "Mr. Fay Gee, III"]
        );
    }

    #[test]
    fn non_ascii_names_and_nbsp() {
        let text = "Councillors Zoë\u{a0}Brontë, Siân O’Callaghan and Łukasz Nowak.";
        let people = list(text);
        assert_eq!(
            names(&people),
            ["Zoë Brontë", "Siân O’Callaghan", "Łukasz Nowak"]
        );
        assert_eq!(
            people[0].span.slice(text),
            Some("Councillors Zoë\u{a0}Brontë")
        );
        let crlf = "Cllr Abbott\r\n\r\nCllr Baldry\r\nCllr Bastone\r\n";
        assert_eq!(names(&list(crlf)), ["Abbott", "Baldry", "Bastone"]);
    }

    #[test]
    fn a_sentence_is_not_a_name() {
        assert!(list("The meeting started late because the room was double booked and nobody could find the key.").is_empty());
        assert!(list("It was noted that the report had been circulated").is_empty());
        let long = "Cllr Alpha Bravo Charlie Delta Echo Foxtrot Golf";
        assert!(list(long).is_empty(), "seven-word names are prose");
    }
}
