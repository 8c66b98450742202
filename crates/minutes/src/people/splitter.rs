//! Splitting a list into entries: [`Splitter`] walks a list once, left to right, and hands
//! out each entry with its words and what ended it.

use crate::simd;
use crate::text::is_space;

use super::helpers::{
    ascii_initials, char_at, flag, initials_by_chars, is_abbreviation, may_be_ascii_initials,
    simd_run_end, starts_with_ci,
};
use super::words::{list, Facts};

/// What ended a list entry.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum End {
    Comma,
    Semicolon,
    /// "and" or "&": the next entry is the last of an inline list.
    Conj,
    Newline,
    /// A paragraph break after an inline (comma-separated) list: the list is over.
    Blank,
    /// The entry ends in ":" ("Councillors:", "In attendance:").
    Label,
    /// A full stop that is not an initial: the list is over.
    Sentence,
    Eof,
}

impl End {
    pub(super) fn ends_list(self) -> bool {
        matches!(self, End::Blank | End::Sentence | End::Eof)
    }
}

#[derive(Debug, Clone, Copy)]
pub(super) struct Entry {
    pub(super) start: usize,
    pub(super) end: usize,
    pub(super) end_kind: End,
}

/// The ASCII letters and digits, by byte: the bytes that only extend a word.
const ASCII_ALNUM: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    table
};

/// The end of the run of ASCII letters and digits that goes on at `i`: by [`simd_run_end`]
/// where there is a vector unit (a name's word is most often one step); without one (or in a
/// text shorter than a chunk), one by one.
fn alnum_run_end(bytes: &[u8], mut i: usize) -> usize {
    let others = |c: simd::Chunk| !(c.ascii_letters() | c.ascii_between(b'0', b'9')) & 0xffff;
    if let Some(end) = simd_run_end(bytes, i, bytes.len(), others) {
        return end;
    }
    while i < bytes.len() && ASCII_ALNUM[usize::from(bytes[i])] {
        i += 1;
    }
    i
}

/// Splits a name list into entries in one left-to-right pass. Separators inside brackets
/// do not count ("Richard Watts (members of the Committee)").
///
/// The scan passes over every byte of an entry, so it also splits the entry into words
/// as [`words_in`] does (at white space, and before an opening bracket): `words` holds
/// those of the last entry returned, for [`Splitter::entry_words`].
///
/// [`words_in`]: super::helpers::words_in
pub(super) struct Splitter<'a> {
    text: &'a str,
    pos: usize,
    done: bool,
    inline_seen: bool,
    pub(super) words: Vec<(usize, usize)>,
    /// Whether a run of letters and digits of the last entry returned starts with "chair"
    /// (any case), as every word of a chair role does (see [`chair_role`]): without one the
    /// entry holds no chair role, and it need not be searched for "chair".
    ///
    /// [`chair_role`]: super::words::chair_role
    pub(super) chair: bool,
    /// Whether the last entry returned has a char that may start its remarks (a bracket or
    /// a dash): without one, no word of it does (see `person::starts_remarks`), and its name
    /// runs to its last word.
    pub(super) remarks: bool,
}

impl<'a> Splitter<'a> {
    #[cfg(test)]
    pub(super) fn new(text: &'a str) -> Self {
        Self::with_words(text, Vec::new())
    }

    /// A splitter of `text` that keeps the words of its entries in `words` (cleared).
    pub(super) fn with_words(text: &'a str, mut words: Vec<(usize, usize)>) -> Self {
        words.clear();
        // Room for a name's words in one allocation.
        words.reserve(8);
        Splitter {
            text,
            pos: 0,
            done: false,
            inline_seen: false,
            words,
            chair: false,
            remarks: false,
        }
    }

    /// Where the first word of the last entry returned starts and its last word ends: the
    /// entry without the white space around it (as `trim_range` gives it), if it has a word.
    pub(super) fn bounds(&self) -> Option<(usize, usize)> {
        Some((self.words.first()?.0, self.words.last()?.1))
    }

    /// The words of `text[s..e]` (`words_in(text, s, e)`), where `s..e` lies within the
    /// last entry returned and starts and ends outside its words or at a char boundary
    /// past a bullet: that entry's words, clipped, appended to `out`.
    fn entry_words(&self, s: usize, e: usize, out: &mut Vec<(usize, usize)>) {
        out.extend(
            self.words
                .iter()
                .filter(|&&(_, we)| we > s)
                .map(|&(ws, we)| (ws.max(s), we.min(e)))
                .filter(|&(ws, we)| ws < we),
        );
    }

    /// [`Splitter::entry_words`], borrowed: when `s..e` is the whole entry (no bullet
    /// skipped: most entries) the splitter's own words, without a copy; otherwise those
    /// words clipped into `clipped` (cleared first).
    pub(super) fn words_of<'s>(
        &'s self,
        s: usize,
        e: usize,
        clipped: &'s mut Vec<(usize, usize)>,
    ) -> &'s [(usize, usize)] {
        if self.bounds() == Some((s, e)) {
            return &self.words;
        }
        clipped.clear();
        self.entry_words(s, e, clipped);
        clipped
    }

    /// Whether a word (its bytes) is "and" or "&": asked at every word's end, where slicing
    /// the text would test both ends for char boundaries.
    #[inline]
    pub(super) fn is_conj(w: &[u8]) -> bool {
        w == b"&" || w.eq_ignore_ascii_case(b"and")
    }

    /// Whether a word holds a list open across a blank line: "Council" of "Council" /
    /// blank / "Member Wolfe" (a page break, or text converted double-spaced). Initials and
    /// particles, which [`Self::is_dangling`] also takes, do not.
    fn holds_on(w: &str) -> bool {
        Facts::of(w).lists & list::DANGLING != 0
    }

    fn is_dangling(w: &str) -> bool {
        let Facts { flags, lists } = Facts::of(w);
        lists & (list::DANGLING | list::PARTICLE) != 0
            || if flags & flag::NON_ASCII == 0 {
                may_be_ascii_initials(w.len(), flags) && ascii_initials(w.as_bytes())
            } else {
                initials_by_chars(w)
            }
    }
}

/// The offices a roll names after a member's name, as an entry of their own: "Don Scott,
/// Mayor", "Mike Allen, Councillor".
pub(super) const OFFICES_AFTER_NAME: [&str; 14] = [
    "mayor",
    "deputy mayor",
    "acting mayor",
    "mayor pro tem",
    "reeve",
    "deputy reeve",
    "warden",
    "deputy warden",
    "councillor",
    "councilmember",
    "council member",
    "alderman",
    "commissioner",
    "trustee",
];

/// Whether the entry `t[start..end]`, after a comma, is only an office ([`OFFICES_AFTER_NAME`],
/// or a chair's role):
/// "Don Scott, Mayor" / blank / "Mike Allen, Councillor", each member on a line of their
/// own, double spaced. The blank line after it does not end the list. Asked only at a blank
/// line after an inline list; most entries are turned away by their length.
pub(super) fn office_after_name(t: &str, start: usize, end: usize) -> bool {
    let entry = t[start..end].trim_matches(|c: char| is_space(c) || c == '.');
    entry.len() <= "council member".len()
        && t.as_bytes().get(start.wrapping_sub(1)) == Some(&b',')
        && (OFFICES_AFTER_NAME
            .iter()
            .any(|o| entry.eq_ignore_ascii_case(o))
            // "Commissioner Ann Vale, Chair" / blank / "Commissioner Bo Ives".
            || super::words::chair_role(entry).is_some())
}

/// Whether a line that starts with `next` ends the name the line before it wrapped: its
/// first word a surname ("Stanek" of "... Rowlands and Ivo" / "Stanek."), then the
/// sentence's full stop, or a separator that goes on with the list. Asked at line breaks
/// inside an entry of an inline list (names parted by commas or "and"), where a name cut
/// by a converter's line wrap would otherwise be two. Out of line: few line breaks ask it.
#[inline(never)]
pub(crate) fn ends_a_wrapped_name(next: &str) -> bool {
    let b = next.as_bytes();
    let word = b
        .iter()
        .take_while(|&&c| c.is_ascii_alphabetic() || matches!(c, b'\'' | b'-'))
        .count();
    let rest = &b[word..];
    let separator = matches!(
        rest,
        [b'.']
            | [b'.', b' ' | b'\t' | b'\r' | b'\n', ..]
            | [b',' | b';', ..]
            | [b' ', b'a', b'n', b'd', b' ', ..]
            | [b' ', b'&', b' ', ..]
    );
    separator
        && b.first().is_some_and(u8::is_ascii_uppercase)
        && Facts::of(&next[..word]).lists & (list::STOP | list::TITLE | list::HONORIFIC) == 0
}

/// Whether a person's title starts after the white space at `at` ("Cllr", "Councillor",
/// "Council Member", "Mr", "Dr" ...): after a closing bracket, the next person of a list
/// whose entries no separator parts ("Cllr A Hale (Chair) Cllr B Ives"). Asked only at
/// closing brackets.
fn title_follows(t: &str, at: usize) -> bool {
    let b = t.as_bytes();
    let j = at
        + b[at.min(b.len())..]
            .iter()
            .take_while(|&&c| c == b' ' || c == b'\t')
            .count();
    let end = j + b[j.min(b.len())..]
        .iter()
        .take_while(|c| c.is_ascii_alphabetic())
        .count();
    j > at
        && b.get(j).is_some_and(u8::is_ascii_uppercase)
        && Facts::of(&t[j..end]).lists
            & (list::SPLIT_HONORIFIC | list::COUNCILLOR | list::COUNCILMEMBER)
            != 0
}

impl Splitter<'_> {
    /// Forgets the comma of the entry just read ("His Worship, Mayor A Hale": a style and
    /// its name, not an inline list), so that a blank line after the name does not end a
    /// list of one name a line.
    pub(super) fn forget_inline(&mut self) {
        self.inline_seen = false;
    }
}

impl Iterator for Splitter<'_> {
    type Item = Entry;

    fn next(&mut self) -> Option<Entry> {
        if self.done {
            return None;
        }
        self.words.clear();
        self.chair = false;
        self.remarks = false;
        let t = self.text;
        let start = self.pos;
        let mut depth = 0u32;
        let mut word_start: Option<usize> = None;
        let mut last_word: Option<(usize, usize)> = None;
        // Where the current word of `words` started: a word of `word_start` split before
        // each opening bracket.
        let mut piece: Option<usize> = None;
        let bytes = t.as_bytes();
        let mut i = start;
        // The spaces before the first word (", " ends most entries) only move on, as their
        // turns of the loop below would.
        while bytes.get(i) == Some(&b' ') {
            i += 1;
        }
        while let Some(&b) = bytes.get(i) {
            // Letters and digits, most of the text, only extend the word they are in: a
            // table look-up a byte.
            if ASCII_ALNUM[usize::from(b)] {
                word_start.get_or_insert(i);
                piece.get_or_insert(i);
                let mut run = i;
                loop {
                    if bytes[run] | 0x20 == b'c' && starts_with_ci(t, run + 1, "hair") {
                        self.chair = true;
                    }
                    i = alnum_run_end(bytes, run + 1);
                    // One space and another run (most of a list): the word ends there and
                    // the next starts, as the space's turn of the loop would have it.
                    if !(bytes.get(i) == Some(&b' ')
                        && bytes
                            .get(i + 1)
                            .is_some_and(|&c| ASCII_ALNUM[usize::from(c)]))
                    {
                        // A comma outside brackets (most entries end so) ends the entry,
                        // as its turn of the loop would end it.
                        if depth == 0 && bytes.get(i) == Some(&b',') {
                            self.pos = i + 1;
                            self.inline_seen = true;
                            if let Some(ps) = piece.filter(|&ps| ps < i) {
                                self.words.push((ps, i));
                            }
                            return Some(Entry {
                                start,
                                end: i,
                                end_kind: End::Comma,
                            });
                        }
                        break;
                    }
                    let ws = word_start.unwrap_or(run);
                    if depth == 0 && Self::is_conj(&bytes[ws..i]) {
                        self.pos = i;
                        self.inline_seen = true;
                        return Some(Entry {
                            start,
                            end: ws,
                            end_kind: End::Conj,
                        });
                    }
                    last_word = Some((ws, i));
                    if let Some(ps) = piece {
                        self.words.push((ps, i));
                    }
                    run = i + 1;
                    word_start = Some(run);
                    piece = Some(run);
                }
                continue;
            }
            // `i` is always at a char boundary: ASCII is read without decoding, and is white
            // space exactly at the bytes 9..=13 and the space (as in `BYTE_CLASS`).
            let (c, len, space) = if b.is_ascii() {
                (char::from(b), 1, matches!(b, b' ' | 9..=13))
            } else {
                let c = t[i..].chars().next().unwrap_or(' ');
                (c, c.len_utf8(), is_space(c))
            };
            if space {
                if let Some(ws) = word_start.take() {
                    if depth == 0 && Self::is_conj(&bytes[ws..i]) {
                        self.pos = i;
                        self.inline_seen = true;
                        return Some(Entry {
                            start,
                            end: ws,
                            end_kind: End::Conj,
                        });
                    }
                    last_word = Some((ws, i));
                }
                if let Some(ps) = piece.take() {
                    self.words.push((ps, i));
                }
                if c != '\n' {
                    i += len;
                    continue;
                }
                // Look past the line break: how many newlines, and what comes next. ASCII
                // white space is the bytes 9..=13 and the space (as in `BYTE_CLASS`).
                let mut j = i;
                let mut newlines = 0;
                while let Some(&d) = bytes.get(j) {
                    if d.is_ascii() {
                        if !matches!(d, b' ' | 9..=13) {
                            break;
                        }
                        newlines += usize::from(d == b'\n');
                        j += 1;
                    } else {
                        match t[j..].chars().next().filter(|&d| is_space(d)) {
                            Some(d) => j += d.len_utf8(),
                            None => break,
                        }
                    }
                }
                let blank = newlines >= 2;
                if blank {
                    depth = 0;
                } else if depth > 0 {
                    i = j;
                    continue;
                }
                if blank
                    && self.inline_seen
                    && last_word.is_some_and(|(s, e)| !Self::holds_on(&t[s..e]))
                    && !t[j..].starts_with("and ")
                {
                    if office_after_name(t, start, i) {
                        // The comma parted a name from its office: the list is one member
                        // a line, and a blank line after the next ends nothing either.
                        self.inline_seen = false;
                    } else {
                        self.done = true;
                        return Some(Entry {
                            start,
                            end: i,
                            end_kind: End::Blank,
                        });
                    }
                }
                // The next line's first letter first: it costs no word look-up.
                let next_lower = char_at(t, j).is_some_and(char::is_lowercase);
                if next_lower
                    || last_word.is_none_or(|(s, e)| Self::is_dangling(&t[s..e]))
                    || (self.inline_seen && last_word.is_some() && ends_a_wrapped_name(&t[j..]))
                {
                    i = j;
                    continue;
                }
                self.pos = j;
                return Some(Entry {
                    start,
                    end: i,
                    end_kind: End::Newline,
                });
            }
            let ws = *word_start.get_or_insert(i);
            // Looked at only after the few chars that may end an entry.
            let next_is_space = || char_at(t, i + len).is_none_or(is_space);
            let end_kind = match c {
                '(' | '[' => {
                    self.remarks = true;
                    depth = depth.saturating_add(1);
                    if let Some(ps) = piece.replace(i).filter(|&ps| ps < i) {
                        self.words.push((ps, i));
                    }
                    None
                }
                ')' | ']' => {
                    let closes = depth == 1;
                    depth = depth.saturating_sub(1);
                    if closes && title_follows(t, i + len) {
                        // "Cllr A Hale (Chair) Cllr B Ives": a list without separators, as a
                        // table's cells convert; the bracket ends the entry.
                        self.pos = i + len;
                        self.inline_seen = true;
                        self.words.push((piece.unwrap_or(i), i + len));
                        return Some(Entry {
                            start,
                            end: i + len,
                            end_kind: End::Comma,
                        });
                    }
                    None
                }
                '-' | '–' | '—' => {
                    self.remarks = true;
                    None
                }
                ',' | ';' if depth == 0 => {
                    self.pos = i + len;
                    self.inline_seen = true;
                    Some(if c == ',' { End::Comma } else { End::Semicolon })
                }
                ':' if depth == 0 && next_is_space() => {
                    self.pos = i + len;
                    Some(End::Label)
                }
                '.' | '!' | '?'
                    if depth == 0
                        && next_is_space()
                        && (c != '.' || !is_abbreviation(&t[ws..i + len])) =>
                {
                    self.done = true;
                    Some(End::Sentence)
                }
                _ => None,
            };
            if let Some(end_kind) = end_kind {
                if let Some(ps) = piece.filter(|&ps| ps < i) {
                    self.words.push((ps, i));
                }
                return Some(Entry {
                    start,
                    end: i,
                    end_kind,
                });
            }
            piece.get_or_insert(i);
            i += len;
        }
        self.done = true;
        let end = match word_start {
            Some(ws) if Self::is_conj(&bytes[ws..]) => ws,
            _ => {
                if let Some(ps) = piece {
                    self.words.push((ps, t.len()));
                }
                t.len()
            }
        };
        Some(Entry {
            start,
            end,
            end_kind: End::Eof,
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::people::helpers::{is_initials, key, trim_range, words_in};
    use crate::people::words::lists_of;

    #[test]
    fn dangling_words_agree_with_the_lists_and_initials() {
        // `is_dangling` tests a word for initials only when its flags allow them (one letter
        // or a full stop): the rule looks up its key and tests every word.
        let mut words: Vec<String> = [
            "J", "J.", "j", "A.B.", "AB", "A.", "Mr", "Mr.", "van", "de", "Smith", "S", "é.", "É",
            "Cllr.", "ab.cd", "A.B", "Council", "(J.)", "-", "x,",
        ]
        .map(String::from)
        .to_vec();
        for t in fuzz_inputs(300) {
            words.extend(
                words_in(&t, 0, t.len())
                    .iter()
                    .map(|&(s, e)| t[s..e].to_string()),
            );
        }
        for w in &words {
            let rule = lists_of(key(w).as_str()) & (list::DANGLING | list::PARTICLE) != 0
                || is_initials(w);
            assert_eq!(Splitter::is_dangling(w), rule, "{w:?}");
        }
    }
    use crate::people::person::name_end_of;
    use crate::people::tests::fuzz_inputs;
    use crate::people::words::{chair_role, skip_bullets};

    impl Splitter<'_> {
        /// [`Splitter::next`] as it was before its words one space apart were read in one
        /// turn of its loop: every byte outside a run of letters and digits takes a turn.
        /// The reference for [`Splitter::next`].
        fn next_by_bytes(&mut self) -> Option<Entry> {
            if self.done {
                return None;
            }
            self.words.clear();
            self.chair = false;
            self.remarks = false;
            let t = self.text;
            let start = self.pos;
            let mut depth = 0u32;
            let mut word_start: Option<usize> = None;
            let mut last_word: Option<(usize, usize)> = None;
            // Where the current word of `words` started: a word of `word_start` split before
            // each opening bracket.
            let mut piece: Option<usize> = None;
            let bytes = t.as_bytes();
            let mut i = start;
            while let Some(&b) = bytes.get(i) {
                // Letters and digits, most of the text, only extend the word they are in: a
                // table look-up a byte.
                if ASCII_ALNUM[usize::from(b)] {
                    word_start.get_or_insert(i);
                    piece.get_or_insert(i);
                    if b | 0x20 == b'c' && starts_with_ci(t, i + 1, "hair") {
                        self.chair = true;
                    }
                    i = alnum_run_end(bytes, i + 1);
                    continue;
                }
                // `i` is always at a char boundary: ASCII is read without decoding, and is white
                // space exactly at the bytes 9..=13 and the space (as in `BYTE_CLASS`).
                let (c, len, space) = if b.is_ascii() {
                    (char::from(b), 1, matches!(b, b' ' | 9..=13))
                } else {
                    let c = t[i..].chars().next().unwrap_or(' ');
                    (c, c.len_utf8(), is_space(c))
                };
                if space {
                    if let Some(ws) = word_start.take() {
                        if depth == 0 && Self::is_conj(&bytes[ws..i]) {
                            self.pos = i;
                            self.inline_seen = true;
                            return Some(Entry {
                                start,
                                end: ws,
                                end_kind: End::Conj,
                            });
                        }
                        last_word = Some((ws, i));
                    }
                    if let Some(ps) = piece.take() {
                        self.words.push((ps, i));
                    }
                    if c != '\n' {
                        i += len;
                        continue;
                    }
                    // Look past the line break: how many newlines, and what comes next. ASCII
                    // white space is the bytes 9..=13 and the space (as in `BYTE_CLASS`).
                    let mut j = i;
                    let mut newlines = 0;
                    while let Some(&d) = bytes.get(j) {
                        if d.is_ascii() {
                            if !matches!(d, b' ' | 9..=13) {
                                break;
                            }
                            newlines += usize::from(d == b'\n');
                            j += 1;
                        } else {
                            match t[j..].chars().next().filter(|&d| is_space(d)) {
                                Some(d) => j += d.len_utf8(),
                                None => break,
                            }
                        }
                    }
                    let blank = newlines >= 2;
                    if blank {
                        depth = 0;
                    } else if depth > 0 {
                        i = j;
                        continue;
                    }
                    if blank
                        && self.inline_seen
                        && last_word.is_some_and(|(s, e)| !Self::holds_on(&t[s..e]))
                        && !t[j..].starts_with("and ")
                    {
                        if office_after_name(t, start, i) {
                            self.inline_seen = false;
                        } else {
                            self.done = true;
                            return Some(Entry {
                                start,
                                end: i,
                                end_kind: End::Blank,
                            });
                        }
                    }
                    // The next line's first letter first: it costs no word look-up.
                    let next_lower = char_at(t, j).is_some_and(char::is_lowercase);
                    if next_lower
                        || last_word.is_none_or(|(s, e)| Self::is_dangling(&t[s..e]))
                        || (self.inline_seen && last_word.is_some() && ends_a_wrapped_name(&t[j..]))
                    {
                        i = j;
                        continue;
                    }
                    self.pos = j;
                    return Some(Entry {
                        start,
                        end: i,
                        end_kind: End::Newline,
                    });
                }
                let ws = *word_start.get_or_insert(i);
                // Looked at only after the few chars that may end an entry.
                let next_is_space = || char_at(t, i + len).is_none_or(is_space);
                let end_kind = match c {
                    '(' | '[' => {
                        self.remarks = true;
                        depth = depth.saturating_add(1);
                        if let Some(ps) = piece.replace(i).filter(|&ps| ps < i) {
                            self.words.push((ps, i));
                        }
                        None
                    }
                    ')' | ']' => {
                        let closes = depth == 1;
                        depth = depth.saturating_sub(1);
                        if closes && title_follows(t, i + len) {
                            self.pos = i + len;
                            self.inline_seen = true;
                            self.words.push((piece.unwrap_or(i), i + len));
                            return Some(Entry {
                                start,
                                end: i + len,
                                end_kind: End::Comma,
                            });
                        }
                        None
                    }
                    '-' | '–' | '—' => {
                        self.remarks = true;
                        None
                    }
                    ',' | ';' if depth == 0 => {
                        self.pos = i + len;
                        self.inline_seen = true;
                        Some(if c == ',' { End::Comma } else { End::Semicolon })
                    }
                    ':' if depth == 0 && next_is_space() => {
                        self.pos = i + len;
                        Some(End::Label)
                    }
                    '.' | '!' | '?'
                        if depth == 0
                            && next_is_space()
                            && (c != '.' || !is_abbreviation(&t[ws..i + len])) =>
                    {
                        self.done = true;
                        Some(End::Sentence)
                    }
                    _ => None,
                };
                if let Some(end_kind) = end_kind {
                    if let Some(ps) = piece.filter(|&ps| ps < i) {
                        self.words.push((ps, i));
                    }
                    return Some(Entry {
                        start,
                        end: i,
                        end_kind,
                    });
                }
                piece.get_or_insert(i);
                i += len;
            }
            self.done = true;
            let end = match word_start {
                Some(ws) if Self::is_conj(&bytes[ws..]) => ws,
                _ => {
                    if let Some(ps) = piece {
                        self.words.push((ps, t.len()));
                    }
                    t.len()
                }
            };
            Some(Entry {
                start,
                end,
                end_kind: End::Eof,
            })
        }
    }

    #[test]
    fn splitter_agrees_with_its_byte_loop() {
        let pieces = [
            "Cllr ",
            "A Smith",
            " and ",
            "and",
            " & ",
            "Chair",
            " chairman",
            "  ",
            " ",
            "\n",
            "\n\n",
            ", ",
            ";",
            ": ",
            ". ",
            "(x y)",
            "[",
            ")",
            " - ",
            "\u{2013}",
            "\t",
            "x1 2y",
            "é",
            "\u{2003}",
        ];
        let mut texts = crate::test_text::joins_up_to(&pieces, 3);
        texts.extend(fuzz_inputs(1500));
        texts.push("a b c d e f g h i j k l m n o p q r s t u v w x y z and b".to_string());
        for t in &texts {
            let (mut fast, mut slow) = (Splitter::new(t), Splitter::new(t));
            loop {
                let (f, s) = (fast.next(), slow.next_by_bytes());
                let key = |e: Option<Entry>| e.map(|e| (e.start, e.end, e.end_kind));
                assert_eq!(key(f), key(s), "{t:?}");
                assert_eq!(fast.words, slow.words, "{t:?}");
                assert_eq!(
                    (
                        fast.chair,
                        fast.remarks,
                        fast.pos,
                        fast.done,
                        fast.inline_seen
                    ),
                    (
                        slow.chair,
                        slow.remarks,
                        slow.pos,
                        slow.done,
                        slow.inline_seen
                    ),
                    "{t:?}"
                );
                if f.is_none() {
                    break;
                }
            }
        }
    }

    /// A line that starts with a surname and a full stop or separator ends a name the
    /// line before wrapped; a title, a word of prose, a label or a longer line does not.
    #[test]
    fn lines_that_end_a_wrapped_name() {
        for next in [
            "Stanek.",
            "Stanek.\n2. Minutes",
            "Stanek, Cllr Moss",
            "O'Brien and Cllr Moss",
            "Hale-Jones;",
        ] {
            assert!(ends_a_wrapped_name(next), "{next:?}");
        }
        for next in [
            "",
            ".",
            "stanek.",
            "Stanek",
            "Stanek:",
            "Stanek Moss.",
            "Noted.",
            "Cllr Moss.",
            "Mr.",
            "Stanek.5",
            "Agreed, with thanks",
            "Étienne.",
        ] {
            assert!(!ends_a_wrapped_name(next), "{next:?}");
        }
    }

    /// A closing bracket followed by a person's title ends an entry: lists without
    /// separators, as a table's cells convert. Other text after a bracket stays in it.
    #[test]
    fn a_bracket_then_a_title_ends_an_entry() {
        let entries = |t: &str| -> Vec<String> {
            Splitter::new(t)
                .map(|e| t[e.start..e.end].trim().to_string())
                .collect()
        };
        assert_eq!(
            entries("Cllr A Hale (Chair) Cllr B Ives"),
            ["Cllr A Hale (Chair)", "Cllr B Ives"]
        );
        assert_eq!(
            entries("Mr A Hale (Chairman)\tMrs B Ives (x) Councillor C Joss"),
            [
                "Mr A Hale (Chairman)",
                "Mrs B Ives (x)",
                "Councillor C Joss"
            ]
        );
        for t in [
            "Cllr A Hale (Chair) moved",
            "Cllr A Hale (Chair)Cllr B Ives",
            "Cllr A Hale (x (y) Cllr B Ives)",
            "Cllr A Hale) Cllr B Ives",
        ] {
            assert_eq!(entries(t), [t], "{t:?}");
        }
    }

    #[test]
    fn splitter_words_agree_with_words_in() {
        // `read_list` takes an entry's words from the splitter instead of splitting the
        // entry again: the same words, for every entry of many texts, whether copied or
        // handed over.
        let mut texts: Vec<String> = [
            "Cllr A(Chair), B [x] and C.",
            "\u{2022}Cllr Smith;  o Mr Jones\n\n- Ms Brown",
            "Councillors:\n  \u{2022} Mayor N. Salonen\n  \u{2022} Councillor S. Cressman",
            "A (in the\nChair) & B(x)(y)and",
            "Mr Ridgers Mr Simmonds and  Mr Sweetland .",
            "Cllr A - Chair, B \u{2013} x(y), C \u{2014}\n-(x) a, x [y] - z; \u{2022} - B",
        ]
        .iter()
        .map(|t| t.to_string())
        .collect();
        texts.extend(fuzz_inputs(1500));
        for t in &texts {
            let mut entries = Splitter::new(t);
            while let Some(entry) = entries.next() {
                let (s, e) = trim_range(t, entry.start, entry.end);
                match entries.bounds() {
                    Some(bounds) => assert_eq!(bounds, (s, e), "{t:?} {entry:?}"),
                    None => assert!(s >= e, "{t:?} {entry:?}"),
                }
                let s = skip_bullets(t, s, e);
                if s < e {
                    let mut words = Vec::new();
                    entries.entry_words(s, e, &mut words);
                    assert_eq!(words, words_in(t, s, e), "{t:?} {entry:?}");
                    // Borrowed (the splitter's own or clipped into a used buffer): the
                    // same words.
                    let mut clipped = vec![(0, 1); 3];
                    assert_eq!(
                        entries.words_of(s, e, &mut clipped),
                        &words[..],
                        "{t:?} {entry:?}"
                    );
                }
            }
        }
    }

    #[test]
    fn splitter_sees_every_remark() {
        // `read_list` trusts the splitter's `remarks` to skip looking for where the name
        // ends: when it is false, no word of the entry starts the remarks.
        let pieces = [
            "Cllr Foss ",
            "(in the Chair)",
            "[note]",
            " - Chair",
            " – Mayor",
            " — Clerk",
            "Bennett-Sylvester",
            "\u{2003}",
            "\u{2028}",
            "x",
            ", ",
            "\n",
            "• ",
            "é",
        ];
        each_split_entry(&pieces, |t, entries, s, e| {
            let mut words = Vec::new();
            entries.entry_words(s, e, &mut words);
            if !entries.remarks {
                assert_eq!(name_end_of(t, &words), words.len(), "{t:?}");
            }
        });
    }

    /// Calls `check(text, splitter, start, end)` for every entry the splitter finds (its
    /// bullets skipped) in the joins of up to three `pieces` and in fuzz inputs: the
    /// scaffold of the tests of what the splitter notes about each entry.
    fn each_split_entry(pieces: &[&str], mut check: impl FnMut(&str, &Splitter, usize, usize)) {
        let mut texts = crate::test_text::joins_up_to(pieces, 3);
        texts.extend(fuzz_inputs(500));
        for t in &texts {
            let mut entries = Splitter::new(t);
            while entries.next().is_some() {
                let Some((s, e)) = entries.bounds() else {
                    continue;
                };
                check(t, &entries, skip_bullets(t, s, e), e);
            }
        }
    }

    #[test]
    fn splitter_sees_every_chair_role() {
        // `read_list` trusts the splitter's `chair` to skip the chair role checks: every
        // run of an entry's words that is a chair role sets it.
        let pieces = [
            "Vice-Chair",
            "Chairman ",
            "CHAIRPERSON.",
            "chair",
            "Cllr Foss ",
            "(in the Chair)",
            " Vice–Chairwoman",
            "Deputy ",
            "the ",
            "ViceChair ",
            "x",
            ", ",
            "\n",
            "• ",
            "é",
        ];
        each_split_entry(&pieces, |t, entries, s, e| {
            let words = words_in(t, s, e);
            let mut ranges = vec![(s, e)];
            for i in 0..words.len() {
                for j in i..words.len() {
                    ranges.push((words[i].0, words[j].1));
                }
            }
            for (rs, re) in ranges {
                if rs < re && chair_role(&t[rs..re]).is_some() {
                    assert!(entries.chair, "{t:?} {:?}", &t[rs..re]);
                }
            }
        });
    }

    #[test]
    fn alnum_runs_agree_with_a_byte_loop() {
        let mut texts = vec![
            "abcdefghijklmnopqrstuvwxyz0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ x".to_string(),
            "Cllr Abbott\n\nCllr Birch; Mr O'Callaghan-Smith".repeat(3),
            "a\u{e9}b/c@d[e`f{g:h".to_string(),
        ];
        texts.extend(fuzz_inputs(500));
        for t in &texts {
            let b = t.as_bytes();
            for i in 0..=b.len() {
                let mut want = i;
                while want < b.len() && b[want].is_ascii_alphanumeric() {
                    want += 1;
                }
                assert_eq!(alnum_run_end(b, i), want, "{t:?} {i}");
            }
        }
    }
}
