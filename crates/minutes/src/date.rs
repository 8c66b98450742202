//! Calendar dates and clock times, and the parsers (nom's `IResult` interface) that read them
//! as minutes write them: "Tuesday 4 March 2025", "Thursday, 18th December, 2025",
//! "4th March, 2025", "04/03/2025", "May 27, 2024", "10.00 a.m.", "7.30 pm", "6:30pm", "18:30".
//! Dates are read byte by byte (asked by the thousand, at headings and word starts); their
//! grammar written with nom combinators stays in the tests as the reference they must agree
//! with (`by_nom`).

use crate::{simd, swar};
use nom::IResult;
use serde::Serialize;

/// A calendar date; serialised as `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    pub year: u16,
    pub month: u8,
    pub day: u8,
}

impl Date {
    /// A date, or `None` when no such day exists (31 April, 29 February 2023).
    pub fn new(year: u16, month: u8, day: u8) -> Option<Date> {
        let leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
        let days = match month {
            1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
            4 | 6 | 9 | 11 => 30,
            2 if leap => 29,
            2 => 28,
            _ => return None,
        };
        (day >= 1 && day <= days && (1000..=9999).contains(&year)).then_some(Date {
            year,
            month,
            day,
        })
    }
}

impl std::fmt::Display for Date {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:04}-{:02}-{:02}", self.year, self.month, self.day)
    }
}

impl Serialize for Date {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// A time of day; serialised as `HH:MM` (24-hour).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time {
    pub hour: u8,
    pub minute: u8,
}

impl Time {
    pub fn new(hour: u8, minute: u8) -> Option<Time> {
        (hour < 24 && minute < 60).then_some(Time { hour, minute })
    }
}

impl std::fmt::Display for Time {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{:02}:{:02}", self.hour, self.minute)
    }
}

impl Serialize for Time {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

const WEEKDAYS: [&str; 7] = [
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// A nom error at `input`; the grammar's callers only ask whether it matched.
fn fail<T>(input: &str) -> IResult<&str, T> {
    Err(nom::Err::Error(nom::error::Error::new(
        input,
        nom::error::ErrorKind::Verify,
    )))
}

/// Whether `word` is `name` or its abbreviation to at least three letters, in any case: the
/// rule [`name_index`] keeps (and the nom grammar's test).
#[cfg(test)]
fn is_abbreviation_of(word: &[u8], name: &str) -> bool {
    word.len() >= 3
        && word.len() <= name.len()
        && name.as_bytes()[..word.len()].eq_ignore_ascii_case(word)
}

/// Whether a date can start at `s`: with a digit, or with the first three letters of a
/// month or weekday. Most word starts are neither, and skip the parsers. The three letters
/// are looked up in a hash table of the openings (one multiplication and one comparison),
/// where a match compared them with each opening in turn.
fn may_start_date(s: &str) -> bool {
    let b = s.as_bytes();
    if b.first().is_some_and(u8::is_ascii_digit) {
        return true;
    }
    let Some(&[x, y, z]) = b.get(..3) else {
        return false;
    };
    // Bit 5 set in each byte makes a capital its lower-case letter, and no other byte one.
    let key = u32::from_le_bytes([x, y, z, 0]) | 0x0020_2020;
    OPENING_TABLE[opening_slot(key)] == key
}

/// The first three letters of MONTHS and WEEKDAYS, in lower case.
const OPENINGS: [&[u8; 3]; 19] = [
    b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov", b"dec",
    b"mon", b"tue", b"wed", b"thu", b"fri", b"sat", b"sun",
];

/// The slot of a three-letter opening (its bytes little-endian in a `u32`) in
/// [`OPENING_TABLE`]: a multiplicative hash, the multiplier chosen so that the nineteen
/// [`OPENINGS`] fall into separate slots of the 32 (a test checks it).
const fn opening_slot(key: u32) -> usize {
    (key.wrapping_mul(0xf956_0262) >> 27) as usize
}

/// Each of the [`OPENINGS`] in its [`opening_slot`]; zero (no opening) elsewhere.
const OPENING_TABLE: [u32; 32] = {
    let mut table = [0u32; 32];
    let mut i = 0;
    while i < OPENINGS.len() {
        let w = OPENINGS[i];
        let key = u32::from_le_bytes([w[0], w[1], w[2], 0]);
        table[opening_slot(key)] = key;
        i += 1;
    }
    table
};

/// Whether [`date`] can succeed on `text`: a cheap, exact-where-it-says-no test for callers
/// that ask about many lines which mostly are not dates (numbered headings such as
/// "12 Apologies"). Text that starts with a digit must have one or two, then a separator
/// ("4.3.2025") or an optional ordinal, spaces and the first three letters of a month.
pub(crate) fn may_be_date(text: &str) -> bool {
    let b = text.as_bytes();
    let Some(&first) = b.first() else {
        return false;
    };
    if !first.is_ascii_digit() {
        return may_start_date(text);
    }
    // Read byte by byte, not counted with an iterator: asked at every number of a table of
    // figures, where the count and the ordinal comparisons cost some sixty instructions.
    let digits = 1 + usize::from(b.get(1).is_some_and(u8::is_ascii_digit));
    match b.get(digits) {
        None => false,
        // Three digits or more: only an ISO date ("2025-03-04") or a year before its month
        // ("2018 December 03") starts so.
        Some(b'0'..=b'9') => iso_shape(b) || year_month_follows(text),
        // Only a numeric date has a separator here: its month follows at once, then a second
        // separator and a four-digit year. "1. Apologies" is no date, nor is each number of
        // "1.1.1.1" or of a table's "12.5  13.1", which the month check alone let through.
        Some(b'/' | b'.' | b'-') => numeric_shape(b, digits),
        Some(_) => month_follows(text, digits),
    }
}

/// Whether `b` starts as [`iso_date`] reads a date: four digits, '-', two, '-', two. Whether
/// they make a date, and that no digit follows, is left to it.
fn iso_shape(b: &[u8]) -> bool {
    matches!(
        b.get(..10),
        Some([y0, y1, y2, y3, b'-', m0, m1, b'-', d0, d1])
            if [y0, y1, y2, y3, m0, m1, d0, d1].iter().all(|c| c.is_ascii_digit())
    )
}

/// Whether `b`, a day of `digits` digits, goes on with an optional ordinal, spaces, an
/// optional "of" or "day of" ([`of_len`]) and the first three letters of a month.
fn month_follows(text: &str, digits: usize) -> bool {
    let b = text.as_bytes();
    let mut at = digits;
    // Bit 5 set makes a capital its lower-case letter; no other byte becomes one of these.
    if let Some(&[x, y]) = b.get(at..at + 2) {
        if matches!(
            [x | 0x20, y | 0x20],
            [b's', b't'] | [b'n', b'd'] | [b'r', b'd'] | [b't', b'h']
        ) {
            at += 2;
        } else if x == b' ' && spaced_ordinal(b, at) {
            at += 3;
        }
    }
    let gap = spaces(b, at);
    let month_at = at + gap + of_len(b, at + gap);
    gap > 0
        && b.get(month_at).is_some_and(u8::is_ascii_alphabetic)
        && text.get(month_at..).is_some_and(may_start_date)
}

/// Whether `text` starts as [`year_month_day`] reads a date: four digits, spaces and the
/// first three letters of a month.
fn year_month_follows(text: &str) -> bool {
    let b = text.as_bytes();
    let gap = spaces(b, 4);
    year_at(b, 0).is_some()
        && gap > 0
        && b.get(4 + gap).is_some_and(u8::is_ascii_alphabetic)
        && may_start_date(&text[4 + gap..])
}

/// Whether `b`, a day of `digits` digits and a separator, goes on as [`numeric_date`] reads
/// it: one or two digits of month, a separator, a year of four digits and no more. Whether
/// the day and month make a date is left to it.
fn numeric_shape(b: &[u8], digits: usize) -> bool {
    let month = run(b, digits + 1, 2, u8::is_ascii_digit);
    let sep = digits + 1 + month;
    month > 0 && matches!(b.get(sep), Some(b'/' | b'.' | b'-')) && year_at(b, sep + 1).is_some()
}

/// A date in any of the written forms, optionally preceded by a weekday ("Tuesday 4 March
/// 2025", "Thursday, 18th December, 2025", "May 27, 2024", "04/03/2025"), and the text after
/// it. Read byte by byte: asked of headings, dashes and word starts by the thousand, where
/// the nom combinators it was written with cost some seven hundred instructions a call.
pub fn date(input: &str) -> IResult<&str, Date> {
    let b = input.as_bytes();
    let from = weekday_len(b);
    let s = &b[from..];
    let read = day_month_year(s)
        .or_else(|| month_day_year(s))
        .or_else(|| numeric_date(s))
        .or_else(|| iso_date(s))
        .or_else(|| year_month_day(s));
    match read {
        Some((len, d)) => Ok((&input[from + len..], d)),
        None => fail(input),
    }
}

/// How many bytes of `b` from `at` pass `ok`, up to `max`.
fn run(b: &[u8], at: usize, max: usize, ok: fn(&u8) -> bool) -> usize {
    let mut n = 0;
    while n < max && b.get(at + n).is_some_and(ok) {
        n += 1;
    }
    n
}

/// Spaces and tabs from `at` (nom's `space0`).
fn spaces(b: &[u8], at: usize) -> usize {
    run(b, at, usize::MAX, |c| matches!(c, b' ' | b'\t'))
}

/// A number of one or two digits at `at`: its value and length.
fn day_number(b: &[u8], at: usize) -> Option<(u8, usize)> {
    let n = run(b, at, 2, u8::is_ascii_digit);
    (n > 0).then(|| (b[at..at + n].iter().fold(0, |v, d| 10 * v + (d - b'0')), n))
}

/// A four-digit year at `at` that does not run on into more digits (the "2025" of "20251"
/// is none).
fn year_at(b: &[u8], at: usize) -> Option<u16> {
    let digits = b.get(at..at + 4)?;
    let all =
        digits.iter().all(u8::is_ascii_digit) && !b.get(at + 4).is_some_and(u8::is_ascii_digit);
    all.then(|| digits.iter().fold(0, |v, d| 10 * v + u16::from(d - b'0')))
}

/// The ASCII letters of the word at `at`.
fn letters(b: &[u8], at: usize) -> &[u8] {
    &b[at..at + run(b, at, usize::MAX, u8::is_ascii_alphabetic)]
}

/// The one byte `c` at `at`, if it is there: its length, 0 or 1.
fn one(b: &[u8], at: usize, c: u8) -> usize {
    usize::from(b.get(at) == Some(&c))
}

/// A month name at `at`, full or abbreviated to at least three letters ("Mar", "Sept."), any
/// case: its number and length with any full stop.
fn month_at(b: &[u8], at: usize) -> Option<(u8, usize)> {
    let word = letters(b, at);
    // "Sept" is a prefix of "september" like any other abbreviation.
    let i = name_index(word, &MONTHS, &MONTH_KEYS)?;
    Some((i as u8 + 1, word.len() + one(b, at + word.len(), b'.')))
}

/// Which of `names` (months or weekdays, whose first three letters tell them apart, as
/// `keys` holds them) the letters `word` name, in full or abbreviated to at least three
/// letters: the first three letters pick the one name that may fit, where comparing `word`
/// with each name in turn cost a dozen comparisons for every word that names none. The
/// rest of the word is then compared with the rest of the name (the tests' `is_abbreviation_of` with
/// the three letters known to match, and case folded by setting bit 5, which lower-cases
/// exactly the ASCII letters `word` holds).
fn name_index(word: &[u8], names: &[&str], keys: &[u32]) -> Option<usize> {
    let key = word.get(..3).map(three_letters)?;
    let i = keys.iter().position(|&k| k == key)?;
    let name = names[i].as_bytes();
    let rest_matches = word.len() <= name.len()
        && word[3..]
            .iter()
            .zip(&name[3..])
            .all(|(w, n)| w | 0x20 == *n);
    rest_matches.then_some(i)
}

/// The first three bytes of `b` (ASCII letters), lower-cased, as one number.
const fn three_letters(b: &[u8]) -> u32 {
    (b[0] as u32 | (b[1] as u32) << 8 | (b[2] as u32) << 16) | 0x0020_2020
}

/// The [`three_letters`] of each month and weekday, for [`name_index`].
const MONTH_KEYS: [u32; 12] = keys(MONTHS);
const WEEKDAY_KEYS: [u32; 7] = keys(WEEKDAYS);

const fn keys<const N: usize>(names: [&str; N]) -> [u32; N] {
    let mut keys = [0; N];
    let mut i = 0;
    while i < N {
        keys[i] = three_letters(names[i].as_bytes());
        i += 1;
    }
    keys
}

/// The length of a leading weekday with its optional full stop and comma and the spaces
/// after it ("Tuesday ", "Thu., "), or 0.
fn weekday_len(b: &[u8]) -> usize {
    let word = letters(b, 0);
    if name_index(word, &WEEKDAYS, &WEEKDAY_KEYS).is_none() {
        return 0;
    }
    let mut at = word.len();
    at += one(b, at, b'.');
    at += one(b, at, b',');
    match spaces(b, at) {
        0 => 0,
        n => at + n,
    }
}

/// An optional "st", "nd", "rd" or "th" at `at`: its length. A PDF's text may part the
/// superscript from its day by a space ("Wednesday 12 th October 2016", "1 ST SEPTEMBER"):
/// the space is the ordinal's when no letter or digit follows it.
fn ordinal_len(b: &[u8], at: usize) -> usize {
    if is_ordinal(b, at) {
        2
    } else if b.get(at) == Some(&b' ') && spaced_ordinal(b, at) {
        3
    } else {
        0
    }
}

/// Whether `b` holds "st", "nd", "rd" or "th" (any case) at `at`.
fn is_ordinal(b: &[u8], at: usize) -> bool {
    b.get(at..at + 2).is_some_and(|o| {
        [b"st", b"nd", b"rd", b"th"]
            .iter()
            .any(|s| o.eq_ignore_ascii_case(*s))
    })
}

/// Whether `b` at `at` holds a space, an ordinal ("th", any case) and no letter or digit
/// after it: [`ordinal_len`]'s parted superscript. Out of line: few days have one.
#[inline(never)]
fn spaced_ordinal(b: &[u8], at: usize) -> bool {
    is_ordinal(b, at + 1) && !b.get(at + 3).is_some_and(u8::is_ascii_alphanumeric)
}

/// The length of an "of" or "day of" (any case) and the spaces after each word at `at`,
/// between a day and its month ("4th of March", "the 4th day of March"), or 0.
fn of_len(b: &[u8], at: usize) -> usize {
    let word = |at: usize, w: &[u8]| {
        let is_word = b
            .get(at..at + w.len())
            .is_some_and(|x| x.eq_ignore_ascii_case(w));
        let gap = if is_word { spaces(b, at + w.len()) } else { 0 };
        (gap > 0).then_some(w.len() + gap)
    };
    match word(at, b"day") {
        Some(day) => word(at + day, b"of").map_or(0, |of| day + of),
        None => word(at, b"of").unwrap_or(0),
    }
}

/// "4 March 2025", "4th March, 2025", "18th December 2025", "4 March of 2025", "4th of
/// March 2025", "4th day of March, 2025": the length read and the date.
fn day_month_year(b: &[u8]) -> Option<(usize, Date)> {
    let (day, mut at) = day_number(b, 0)?;
    at += ordinal_len(b, at);
    let gap = spaces(b, at);
    if gap == 0 {
        return None;
    }
    at += gap;
    at += of_len(b, at);
    let (month, len) = month_at(b, at)?;
    at += len;
    at += one(b, at, b',');
    at += spaces(b, at);
    if b.get(at..at + 2)
        .is_some_and(|w| w.eq_ignore_ascii_case(b"of"))
    {
        let gap = spaces(b, at + 2);
        if gap > 0 {
            at += 2 + gap;
        }
    }
    let year = year_at(b, at)?;
    Some((at + 4, Date::new(year, month, day)?))
}

/// "May 27, 2024", "February 06, 2019".
fn month_day_year(b: &[u8]) -> Option<(usize, Date)> {
    let (month, mut at) = month_at(b, 0)?;
    let gap = spaces(b, at);
    if gap == 0 {
        return None;
    }
    at += gap;
    let (day, len) = day_number(b, at)?;
    at += len;
    at += ordinal_len(b, at);
    at += one(b, at, b',');
    at += spaces(b, at);
    let year = year_at(b, at)?;
    Some((at + 4, Date::new(year, month, day)?))
}

/// "2018 December 03", "2018 Dec 3": the year first, as Burnaby's minutes write it.
fn year_month_day(b: &[u8]) -> Option<(usize, Date)> {
    let year = year_at(b, 0)?;
    let gap = spaces(b, 4);
    if gap == 0 {
        return None;
    }
    let (month, len) = month_at(b, 4 + gap)?;
    let mut at = 4 + gap + len;
    let gap = spaces(b, at);
    if gap == 0 {
        return None;
    }
    at += gap;
    let (day, len) = day_number(b, at)?;
    at += len;
    if b.get(at).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    Some((at, Date::new(year, month, day)?))
}

/// "04/03/2025", "4.3.2025", "04-03-2025": day first, as British minutes write it, unless
/// the second number cannot be a month ("03/18/2025", as American minutes write it).
fn numeric_date(b: &[u8]) -> Option<(usize, Date)> {
    let is_sep = |at: usize| matches!(b.get(at), Some(b'/' | b'.' | b'-'));
    let (day, mut at) = day_number(b, 0)?;
    if !is_sep(at) {
        return None;
    }
    let (month, len) = day_number(b, at + 1)?;
    at += 1 + len;
    if !is_sep(at) {
        return None;
    }
    let year = year_at(b, at + 1)?;
    let date = Date::new(year, month, day).or_else(|| Date::new(year, day, month))?;
    Some((at + 5, date))
}

/// The date `text` starts with (after any weekday) read month first, where it is a numeric
/// date that reads both ways ("03/04/2025", "3-4-25": two different numbers up to 12), as
/// North American minutes write it; `None` for any other text. [`numeric_date`] and
/// [`short_year_date`] read such a date day first.
pub(crate) fn month_first(text: &str) -> Option<Date> {
    let b = &text.as_bytes()[weekday_len(text.as_bytes())..];
    let (first, at) = day_number(b, 0)?;
    let sep = *b.get(at).filter(|c| matches!(c, b'/' | b'.' | b'-'))?;
    let (second, len) = day_number(b, at + 1)?;
    let at = at + 1 + len;
    if b.get(at) != Some(&sep) || first == second || first > 12 || second > 12 {
        return None;
    }
    let year = match year_at(b, at + 1) {
        Some(year) => year,
        None => short_year_date(b)?.year,
    };
    Date::new(year, first, second)
}

/// Whether `text` writes as North American minutes do, so that a numeric date reads month
/// first ([`month_first`]): it holds a date with its month first and a comma before the
/// year ("March 4, 2025", "May 27th, 2024") or a time with a colon and a meridiem in
/// capitals or with full stops ("6:00 p.m.", "7:30 PM"; British minutes write "7.30pm"),
/// and no date with its day first ("4 March 2025", which British minutes write somewhere
/// nearly always). One pass over the word starts, asked only of a document whose date
/// reads both ways.
pub(crate) fn writes_month_first(text: &str) -> bool {
    let mut american = false;
    let british = find_at_word_starts(text, Starts::Words, |s| {
        let b = s.as_bytes();
        if b.first().is_some_and(u8::is_ascii_digit) {
            if day_first_date(b) {
                return Some(());
            }
            american |= american_time(b);
        } else {
            american |= month_day_comma_year(b) || north_american_word(b);
        }
        None
    });
    american && british.is_none()
}

/// A word only North American minutes write, at the start of `b`: "Councilmember(s)" (any
/// case), "Township" or "TOWNSHIP", "Pledge of Allegiance".
fn north_american_word(b: &[u8]) -> bool {
    match b.first().map(|c| c | 0x20) {
        Some(b'c') => b.len() >= 13 && b[..13].eq_ignore_ascii_case(b"councilmember"),
        Some(b't') => b.starts_with(b"Township") || b.starts_with(b"TOWNSHIP"),
        Some(b'p') => b.len() >= 20 && b[..20].eq_ignore_ascii_case(b"pledge of allegiance"),
        _ => false,
    }
}

/// "4 March 2025", "4th March, 2025" at the start of `b` (not "the 4th day of March, 2025",
/// which American resolutions write too).
fn day_first_date(b: &[u8]) -> bool {
    let Some((_, mut at)) = day_number(b, 0) else {
        return false;
    };
    at += ordinal_len(b, at);
    let gap = spaces(b, at);
    let Some((_, len)) = month_at(b, at + gap).filter(|_| gap > 0) else {
        return false;
    };
    at += gap + len;
    at += one(b, at, b',');
    year_at(b, at + spaces(b, at)).is_some()
}

/// "6:00 p.m.", "7:30 PM", "10:15 A.M." at the start of `b`.
fn american_time(b: &[u8]) -> bool {
    let Some((_, hour)) = day_number(b, 0) else {
        return false;
    };
    if b.get(hour) != Some(&b':') || run(b, hour + 1, 3, u8::is_ascii_digit) != 2 {
        return false;
    }
    let at = hour + 3;
    let at = at + spaces(b, at);
    match meridiem_at(b, at) {
        Some((_, len)) => {
            let m = &b[at..at + len];
            m.contains(&b'.') || m.iter().all(u8::is_ascii_uppercase)
        }
        None => false,
    }
}

/// "March 4, 2025", "May 27th, 2024" at the start of `b`: a month name, a day, a comma and
/// a year.
fn month_day_comma_year(b: &[u8]) -> bool {
    let Some((_, mut at)) = month_at(b, 0) else {
        return false;
    };
    let gap = spaces(b, at);
    let Some((_, len)) = day_number(b, at + gap) else {
        return false;
    };
    at += gap + len;
    at += ordinal_len(b, at);
    b.get(at) == Some(&b',') && year_at(b, at + 1 + spaces(b, at + 1)).is_some()
}

/// "2025-03-04" (ISO 8601, as exports and North American minutes write it): the length read
/// and the date.
fn iso_date(b: &[u8]) -> Option<(usize, Date)> {
    if !iso_shape(b) || b.get(10).is_some_and(u8::is_ascii_digit) {
        return None;
    }
    let two = |at: usize| 10 * (b[at] - b'0') + (b[at + 1] - b'0');
    let year = year_at(b, 0)?;
    Some((10, Date::new(year, two(5), two(8))?))
}

/// "10.00 a.m.", "7.30 pm", "6:30pm", "10am", "18:30", "6:04 p.m.": the length read and the
/// time. Read byte by byte, as [`date`] is: the nom combinators it was written with
/// (`by_nom::time`, the tests' reference) cost several times more on every number start
/// that passes [`may_be_time`].
fn time_len(b: &[u8]) -> Option<(usize, Time)> {
    let (hour, mut at) = day_number(b, 0)?;
    let mut minute = 0;
    // Minutes are two digits and no more: "4.3" and "3.2025" of "4.3.2025" are no times.
    if matches!(b.get(at), Some(b'.' | b':')) && !b.get(at + 3).is_some_and(u8::is_ascii_digit) {
        if let Some((m, 2)) = day_number(b, at + 1) {
            minute = m;
            at += 3;
        }
    }
    let gap = spaces(b, at);
    let Some((meridiem, len)) = meridiem_at(b, at + gap) else {
        // A bare number is not a time; a 24-hour time needs its minutes.
        return (at >= 3)
            .then(|| Time::new(hour, minute).map(|t| (at, t)))
            .flatten();
    };
    let hour = match meridiem {
        b'p' if (1..12).contains(&hour) => hour + 12,
        b'a' if hour == 12 => 0,
        _ if !(1..=12).contains(&hour) => return None,
        _ => hour,
    };
    Time::new(hour, minute).map(|t| (at + gap + len, t))
}

/// "am", "a.m.", "PM", "p.m" at `at`: its letter ('a' or 'p') and its length.
fn meridiem_at(b: &[u8], at: usize) -> Option<(u8, usize)> {
    let letter = match b.get(at)? {
        b'a' | b'A' => b'a',
        b'p' | b'P' => b'p',
        _ => return None,
    };
    let mut end = at + 1;
    end += one(b, end, b'.');
    if !matches!(b.get(end), Some(b'm' | b'M')) {
        return None;
    }
    end += 1;
    end += one(b, end, b'.');
    Some((letter, end - at))
}

/// The first date anywhere in `text`, with its byte offset. Scans word starts only, so it is
/// linear in the text's length. A date ends with a year of four digits: only the word
/// starts up to the text's last run of four digits are tried.
pub fn find_date(text: &str) -> Option<(usize, Date)> {
    let last_year = last_year_start(text)?;
    // Cut after an ASCII byte, so at a character boundary.
    let head = &text[..=last_year];
    find_at_word_starts(head, Starts::Words, |s| {
        date_at(&text[head.len() - s.len()..])
    })
}

/// The first date with a two-digit year in `text` ("held on 04.03.25", "Date: 4/3/25"),
/// with its byte offset: for a header that states its date no other way, where a number of
/// this shape is seldom anything else. It must not be a part of a longer run of numbers
/// ("1.1.2.25", "1.2.25.4").
pub(crate) fn find_short_year_date(text: &str) -> Option<(usize, Date)> {
    if !has_ascii_digit(text) {
        return None;
    }
    let b = text.as_bytes();
    find_at_word_starts(text, Starts::Numbers, |s| {
        let at = text.len() - s.len();
        let after_part =
            at >= 2 && matches!(b[at - 1], b'/' | b'.' | b'-') && b[at - 2].is_ascii_digit();
        (!after_part)
            .then(|| short_year_date(s.as_bytes()).or_else(|| named_month_short_year(s.as_bytes())))
            .flatten()
    })
}

/// "4 Mar 25", "4th March 25", "04-Mar-25", "4-Mar-2025" at the start of `b`: a day, a
/// month's name and a year of two digits, or of four between dashes (as table exports write
/// it, a shape [`date`] does not read). Asked of a header with no other date only: "4 March
/// 25" could be anything in a body. No time ("4 March 10.30am") nor longer number is a year.
fn named_month_short_year(b: &[u8]) -> Option<Date> {
    let (day, mut at) = day_number(b, 0)?;
    let dashed = b.get(at) == Some(&b'-');
    let gap = |at: usize| {
        if dashed {
            one(b, at, b'-')
        } else {
            spaces(b, at)
        }
    };
    if !dashed {
        at += ordinal_len(b, at);
    }
    let first = gap(at);
    let (month, len) = month_at(b, at + first)?;
    at += first + len;
    let second = gap(at);
    if first == 0 || second == 0 {
        return None;
    }
    at += second;
    let digits = run(b, at, 5, u8::is_ascii_digit);
    let after = at + digits;
    let runs_on = b.get(after).is_some_and(u8::is_ascii_alphabetic)
        || (matches!(b.get(after), Some(b'.' | b':'))
            && b.get(after + 1).is_some_and(u8::is_ascii_digit));
    let year = match digits {
        _ if runs_on => return None,
        2 => short_year(b[at], b[at + 1]),
        4 if dashed => year_at(b, at)?,
        _ => return None,
    };
    Date::new(year, month, day)
}

/// "04.03.25", "4/3/25", "03-18-25" at the start of `b`: day first unless the second number
/// cannot be a month (as [`numeric_date`]), the year in this century below 70.
fn short_year_date(b: &[u8]) -> Option<Date> {
    let (first, mut at) = day_number(b, 0)?;
    let sep = *b.get(at).filter(|c| matches!(c, b'/' | b'.' | b'-'))?;
    let (second, len) = day_number(b, at + 1)?;
    at += 1 + len;
    if b.get(at) != Some(&sep) {
        return None;
    }
    let year = b.get(at + 1..at + 3)?;
    let after = at + 3;
    let runs_on = b.get(after).is_some_and(u8::is_ascii_digit)
        || (b.get(after) == Some(&sep) && b.get(after + 1).is_some_and(u8::is_ascii_digit));
    if !year.iter().all(u8::is_ascii_digit) || runs_on {
        return None;
    }
    let year = short_year(year[0], year[1]);
    Date::new(year, second, first).or_else(|| Date::new(year, first, second))
}

/// The year two ASCII digits write: this century's below 70, the last's from 70.
fn short_year(tens: u8, units: u8) -> u16 {
    let yy = u16::from(10 * (tens - b'0') + (units - b'0'));
    if yy < 70 {
        2000 + yy
    } else {
        1900 + yy
    }
}

/// [`find_date`] for a whole document, year by year: a date ends with the first run of four
/// digits at or after its start, on its own line (no date holds a line break). So for each
/// such run in turn only the word starts of its line before it, and after the run before
/// it, are tried. One search of the whole text tried every word start before the text's
/// last year: every number of a table of figures above it.
pub fn find_date_by_years(text: &str) -> Option<(usize, Date)> {
    let b = text.as_bytes();
    let mut pos = 0;
    while let Some(year) = next_year_start(b, pos) {
        // A slice that starts at `pos` after an earlier run starts at its second digit or
        // later, which is no word start: its first byte, which the search takes for one, is
        // not tried (a year-first date, "2025 May 27", would be read in "12025 May 27").
        // Both ends follow ASCII bytes (a line break, a digit), so they are character
        // boundaries.
        let from = memchr::memrchr(b'\n', &b[pos..year]).map_or(pos, |n| pos + n + 1);
        let inside_word = from > 0 && b[from - 1].is_ascii_alphanumeric();
        let head = text.get(from..=year)?;
        let found = find_at_word_starts(head, Starts::Words, |s| {
            let at = year + 1 - s.len();
            if inside_word && at == from {
                return None;
            }
            date_at(&text[at..])
        });
        if let Some((at, d)) = found {
            return Some((from + at, d));
        }
        pos = year + 1;
    }
    None
}

/// Where the first run of four ASCII digits at or after `from` starts: sixteen bytes a step
/// with a vector unit, each step overlapping the next by three bytes.
fn next_year_start(b: &[u8], from: usize) -> Option<usize> {
    let mut at = from;
    if simd::ENABLED {
        while let Some(sixteen) = b.get(at..at + 16) {
            let runs = year_runs(sixteen.try_into().unwrap());
            if runs != 0 {
                return Some(at + runs.trailing_zeros() as usize);
            }
            at += 13;
        }
    }
    next_year_start_by_bytes(b, at)
}

/// The runs of four ASCII digits that start in `sixteen`, bit `i` for the digits at
/// `i..i + 4` (the mask holds sixteen bits, none above: a run that crosses the end is not
/// seen, which is why the callers' steps overlap by three bytes).
fn year_runs(sixteen: &[u8; 16]) -> u32 {
    let d = simd::Chunk::load(sixteen).ascii_between(b'0', b'9');
    d & (d >> 1) & (d >> 2) & (d >> 3)
}

/// [`next_year_start`] by a byte loop: the text's last bytes, and the reference of its test.
fn next_year_start_by_bytes(b: &[u8], from: usize) -> Option<usize> {
    let found = b
        .get(from..)?
        .windows(4)
        .position(|w| w.iter().all(u8::is_ascii_digit));
    found.map(|n| from + n)
}

/// The date that starts `s`, if one does: [`date`] behind its exact quick test.
fn date_at(s: &str) -> Option<Date> {
    may_be_date(s)
        .then(|| date(s).ok().map(|(_, d)| d))
        .flatten()
}

/// The first time of day anywhere in `text`, with its byte offset. A time starts with its
/// hour: only the word starts that are digits are tried.
pub fn find_time(text: &str) -> Option<(usize, Time)> {
    if !has_ascii_digit(text) {
        return None;
    }
    find_at_word_starts(text, Starts::Numbers, time_at)
}

/// The time of day that starts `s`, if one does: [`time_len`] behind its exact quick test.
fn time_at(s: &str) -> Option<Time> {
    may_be_time(s)
        .then(|| time_len(s.as_bytes()).map(|(_, t)| t))
        .flatten()
}

/// The first time of day in `text` that starts before byte `end` (a char boundary), with its
/// byte offset: [`find_time`] for a caller that searched `text[end..]` already, so that
/// only the word starts before it are tried again (a time that starts there may run on past
/// `end`).
pub fn find_time_before(text: &str, end: usize) -> Option<(usize, Time)> {
    let head = &text[..end];
    if !has_ascii_digit(head) {
        return None;
    }
    find_at_word_starts(head, Starts::Numbers, |s| time_at(&text[end - s.len()..]))
}

/// Whether [`time_len`] can succeed on `text`, exact where it says no (like [`may_be_date`]):
/// one or two digits, then minutes after a '.' or ':', or (after spaces) an "am" or "pm".
/// A bare number, most numbers in minutes, is no time.
fn may_be_time(text: &str) -> bool {
    let b = text.as_bytes();
    let digits = b.iter().take(2).take_while(|c| c.is_ascii_digit()).count();
    if digits == 0 {
        return false;
    }
    if matches!(b.get(digits), Some(b'.' | b':'))
        && b.get(digits + 1).is_some_and(u8::is_ascii_digit)
    {
        return true;
    }
    let spaces = b[digits..]
        .iter()
        .take_while(|c| matches!(c, b' ' | b'\t'))
        .count();
    matches!(b.get(digits + spaces), Some(b'a' | b'A' | b'p' | b'P'))
}

/// Whether `text` holds an ASCII digit, which every date and time does (a day, a year, an
/// hour). Most lines asked about are names and titles without one.
pub(crate) fn has_ascii_digit(text: &str) -> bool {
    has_ascii_between(text, b'0', b'9')
}

/// Whether `text` holds an ASCII byte in `lo..=hi` (`lo` at least 1). With a vector unit
/// the text is read sixteen bytes a step (the last step the text's last sixteen,
/// overlapping the one before), where the byte fold cost two instructions a byte.
#[inline]
pub(crate) fn has_ascii_between(text: &str, lo: u8, hi: u8) -> bool {
    let b = text.as_bytes();
    if !simd::ENABLED || b.len() < 16 {
        return has_ascii_between_by_bytes(text, lo, hi);
    }
    let passes = |sixteen: &[u8; 16]| simd::Chunk::load(sixteen).ascii_between(lo, hi) != 0;
    let mut rest = b;
    while let Some((sixteen, after)) = rest.split_first_chunk::<16>() {
        if passes(sixteen) {
            return true;
        }
        rest = after;
    }
    b.last_chunk::<16>().is_some_and(passes)
}

/// Where the last run of four ASCII digits in `text` starts: the latest start a year can
/// have, and every date ends with one. With a vector unit, sixteen bytes a step from the
/// end, each step overlapping the one after by three bytes so that no run of four falls
/// between two; a byte loop reads short texts. Where only the last digit bounded the search,
/// every number of a table of figures or of OCR debris was tried as a date.
fn last_year_start(text: &str) -> Option<usize> {
    let b = text.as_bytes();
    if !simd::ENABLED || b.len() < 16 {
        return last_year_start_by_bytes(b);
    }
    let runs = |at: usize| year_runs(b[at..at + 16].try_into().unwrap());
    let mut at = b.len() - 16;
    loop {
        let found = runs(at);
        if found != 0 {
            return Some(at + 31 - found.leading_zeros() as usize);
        }
        if at == 0 {
            return None;
        }
        at = at.saturating_sub(13);
    }
}

/// [`last_year_start`] by a byte loop: short texts, and the reference of its test.
fn last_year_start_by_bytes(b: &[u8]) -> Option<usize> {
    b.windows(4).rposition(|w| w.iter().all(u8::is_ascii_digit))
}

/// [`has_ascii_between`] by a fold over the bytes, 32 at a time: short texts, targets
/// without a vector unit, and the reference the SIMD test is tested against.
fn has_ascii_between_by_bytes(text: &str, lo: u8, hi: u8) -> bool {
    text.as_bytes().chunks(32).any(|chunk| {
        chunk
            .iter()
            .fold(false, |seen, b| seen | (lo..=hi).contains(b))
    })
}

/// Which word starts [`find_at_word_starts`] tries.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Starts {
    /// Every word start: an ASCII letter or digit after any other byte.
    Words,
    /// The word starts that are digits.
    Numbers,
}

/// Calls `parse` with the text from each word start of `text` (of the kind `which`), in
/// order, until it reads something: (where, what). A word starts at an ASCII letter or digit
/// after any other byte; being ASCII, it is always at a character boundary.
fn find_at_word_starts<T>(
    text: &str,
    which: Starts,
    parse: impl FnMut(&str) -> Option<T>,
) -> Option<(usize, T)> {
    if simd::ENABLED {
        find_at_word_starts_simd(text, which, parse)
    } else {
        find_at_word_starts_swar(text, which, parse)
    }
}

/// [`find_at_word_starts`] sixty-four bytes a step, four SIMD chunks classified into one
/// mask: the lines asked about average some hundred bytes on the shared corpus, which the
/// eight-byte SWAR steps took at about twice the instructions.
fn find_at_word_starts_simd<T>(
    text: &str,
    which: Starts,
    mut parse: impl FnMut(&str) -> Option<T>,
) -> Option<(usize, T)> {
    // Whether the byte before the block is a letter or digit, as bit 0.
    let mut before = 0u64;
    for (k, block) in text.as_bytes().chunks(64).enumerate() {
        // Zero padding is no letter or digit.
        let mut padded = [0u8; 64];
        padded[..block.len()].copy_from_slice(block);
        let (mut digits, mut alphanumeric) = (0u64, 0u64);
        for j in 0..4 {
            let c = simd::Chunk::load(padded[16 * j..16 * (j + 1)].try_into().unwrap());
            let d = c.ascii_between(b'0', b'9');
            digits |= u64::from(d) << (16 * j);
            alphanumeric |= u64::from(c.ascii_letters() | d) << (16 * j);
        }
        let wanted = match which {
            Starts::Words => alphanumeric,
            Starts::Numbers => digits,
        };
        let mut starts = wanted & !((alphanumeric << 1) | before);
        while starts != 0 {
            let i = 64 * k + starts.trailing_zeros() as usize;
            if let Some(found) = parse(&text[i..]) {
                return Some((i, found));
            }
            starts &= starts - 1;
        }
        before = alphanumeric >> 63;
    }
    None
}

/// [`find_at_word_starts`] eight bytes a step: for targets without a vector unit, and the
/// reference the SIMD steps are tested against.
fn find_at_word_starts_swar<T>(
    text: &str,
    which: Starts,
    mut parse: impl FnMut(&str) -> Option<T>,
) -> Option<(usize, T)> {
    // A word starts at an ASCII letter or digit after any other byte; being ASCII, it is
    // always at a character boundary. Eight bytes are classified at a time (see [`swar`]).
    let mut before = 0u64;
    for (k, chunk) in text.as_bytes().chunks(8).enumerate() {
        // Zero padding is no letter or digit.
        let x = swar::load(chunk);
        let digits = swar::ascii_below(x, b'9' + 1) & !swar::ascii_below(x, b'0');
        let alphanumeric = swar::ascii_letters(x) | digits;
        let wanted = match which {
            Starts::Words => alphanumeric,
            Starts::Numbers => digits,
        };
        let mut starts = wanted & !((alphanumeric << 8) | (before >> 56));
        while starts != 0 {
            let i = 8 * k + (starts.trailing_zeros() / 8) as usize;
            if let Some(found) = parse(&text[i..]) {
                return Some((i, found));
            }
            starts &= starts - 1;
        }
        before = alphanumeric;
    }
    None
}

/// [`date`] and [`time_len`] as they were written with nom, kept as the tests' reference.
#[cfg(test)]
mod by_nom {
    use super::*;
    use nom::branch::alt;
    use nom::character::complete::{char, satisfy, space0, space1};
    use nom::combinator::{not, opt, recognize};
    use nom::sequence::preceded;
    use nom::Parser;

    /// The longest start of `input`, up to `max` bytes, whose bytes are all `ok`, and the rest:
    /// nom's `take_while` for ASCII classes, reading bytes instead of decoding characters (no
    /// byte of a non-ASCII character is in an ASCII class).
    pub(super) fn ascii_run(input: &str, max: usize, ok: fn(&u8) -> bool) -> (&str, &str) {
        let n = input.bytes().take(max).take_while(ok).count();
        (&input[n..], &input[..n])
    }

    /// The value of ASCII digits (at most four here, so no overflow).
    pub(super) fn value(digits: &str) -> u32 {
        digits.bytes().fold(0, |n, d| 10 * n + u32::from(d - b'0'))
    }

    /// nom's `tag_no_case` for a tag of ASCII letters, comparing bytes: no character but the
    /// letters themselves lowercases to the letters the grammar uses.
    pub(super) fn tag_ci(tag: &'static str) -> impl Fn(&str) -> IResult<&str, &str> {
        move |input: &str| match input.as_bytes().get(..tag.len()) {
            Some(b) if b.eq_ignore_ascii_case(tag.as_bytes()) => {
                Ok((&input[tag.len()..], &input[..tag.len()]))
            }
            _ => fail(input),
        }
    }

    pub(super) fn small_number(input: &str, max_digits: usize) -> IResult<&str, u32> {
        match ascii_run(input, max_digits, u8::is_ascii_digit) {
            (_, "") => fail(input),
            (rest, digits) => Ok((rest, value(digits))),
        }
    }

    /// A month name, full or abbreviated to at least three letters ("Mar", "Sept."), any case.
    fn month_name(input: &str) -> IResult<&str, u8> {
        let (rest, word) = ascii_run(input, usize::MAX, u8::is_ascii_alphabetic);
        // "Sept" is a prefix of "september" like any other abbreviation.
        let found = MONTHS
            .iter()
            .position(|m| is_abbreviation_of(word.as_bytes(), m));
        match found {
            Some(i) => {
                let (rest, _) = opt(char('.')).parse(rest)?;
                Ok((rest, i as u8 + 1))
            }
            None => Err(nom::Err::Error(nom::error::Error::new(
                input,
                nom::error::ErrorKind::Tag,
            ))),
        }
    }

    /// A weekday name followed by an optional comma and spaces ("Tuesday ", "Thursday, ").
    fn weekday(input: &str) -> IResult<&str, ()> {
        let (rest, word) = ascii_run(input, usize::MAX, u8::is_ascii_alphabetic);
        if WEEKDAYS
            .iter()
            .any(|d| is_abbreviation_of(word.as_bytes(), d))
        {
            let (rest, _) = (opt(char('.')), opt(char(',')), space1).parse(rest)?;
            Ok((rest, ()))
        } else {
            Err(nom::Err::Error(nom::error::Error::new(
                input,
                nom::error::ErrorKind::Tag,
            )))
        }
    }

    fn ordinal_suffix(input: &str) -> IResult<&str, ()> {
        let ordinal = || alt((tag_ci("st"), tag_ci("nd"), tag_ci("rd"), tag_ci("th")));
        let spaced = recognize((
            char(' '),
            ordinal(),
            not(satisfy(|c: char| c.is_ascii_alphanumeric())),
        ));
        let (rest, _) = opt(alt((ordinal(), spaced))).parse(input)?;
        Ok((rest, ()))
    }

    pub(super) fn year(input: &str) -> IResult<&str, u16> {
        match ascii_run(input, 4, u8::is_ascii_digit) {
            (rest, digits) if digits.len() == 4 => Ok((rest, value(digits) as u16)),
            _ => fail(input),
        }
    }

    /// "4 March 2025", "4th March, 2025", "18th December 2025", "4th of March 2025", "4th
    /// day of March, 2025".
    fn day_month_year(input: &str) -> IResult<&str, Date> {
        let of = alt((
            recognize((tag_ci("day"), space1, tag_ci("of"), space1)),
            recognize((tag_ci("of"), space1)),
        ));
        let (rest, (day, _, _, _, month, _, _, _, year)) = (
            |i| small_number(i, 2),
            ordinal_suffix,
            space1,
            opt(of),
            month_name,
            opt(char(',')),
            space0,
            opt((tag_ci("of"), space1)),
            year,
        )
            .parse(input)?;
        finish(input, rest, year, month, day as u8)
    }

    /// "May 27, 2024", "February 06, 2019".
    fn month_day_year(input: &str) -> IResult<&str, Date> {
        let (rest, (month, _, day, _, _, _, year)) = (
            month_name,
            space1,
            |i| small_number(i, 2),
            ordinal_suffix,
            opt(char(',')),
            space0,
            year,
        )
            .parse(input)?;
        finish(input, rest, year, month, day as u8)
    }

    /// "04/03/2025", "4.3.2025", "04-03-2025" (day first, as British minutes write it), or
    /// month first when the day-first reading is no date ("03/18/2025").
    fn numeric_date(input: &str) -> IResult<&str, Date> {
        let sep = |i| alt((char('/'), char('.'), char('-'))).parse(i);
        let (rest, (day, _, month, _, year)) = (
            |i| small_number(i, 2),
            sep,
            |i| small_number(i, 2),
            sep,
            year,
        )
            .parse(input)?;
        finish(input, rest, year, month as u8, day as u8)
            .or_else(|_| finish(input, rest, year, day as u8, month as u8))
    }

    /// "2025-03-04".
    fn iso_date(input: &str) -> IResult<&str, Date> {
        let two = |i| match ascii_run(i, 2, u8::is_ascii_digit) {
            (rest, digits) if digits.len() == 2 => Ok((rest, value(digits) as u8)),
            _ => fail(i),
        };
        let (rest, (year, _, month, _, day)) =
            (year, char('-'), two, char('-'), two).parse(input)?;
        finish(input, rest, year, month, day)
    }

    fn finish<'a>(
        input: &'a str,
        rest: &'a str,
        year: u16,
        month: u8,
        day: u8,
    ) -> IResult<&'a str, Date> {
        // A date must not run on into more digits ("2025" of "20251").
        if rest.starts_with(|c: char| c.is_ascii_digit()) {
            return Err(nom::Err::Error(nom::error::Error::new(
                input,
                nom::error::ErrorKind::Verify,
            )));
        }
        match Date::new(year, month, day) {
            Some(d) => Ok((rest, d)),
            None => Err(nom::Err::Error(nom::error::Error::new(
                input,
                nom::error::ErrorKind::Verify,
            ))),
        }
    }

    /// The time grammar as nom combinators: the reference [`super::time_len`] is tested
    /// against.
    pub(super) fn time(input: &str) -> IResult<&str, Time> {
        let (rest, hour) = small_number(input, 2)?;
        let two = |i| match ascii_run(i, 3, u8::is_ascii_digit) {
            (rest, digits) if digits.len() == 2 => Ok((rest, value(digits))),
            _ => fail(i),
        };
        let (rest, minute) = opt(preceded(alt((char('.'), char(':'))), two)).parse(rest)?;
        let (rest, meridiem) = opt(preceded(
            space0,
            alt((
                recognize((tag_ci("a"), opt(char('.')), tag_ci("m"), opt(char('.')))),
                recognize((tag_ci("p"), opt(char('.')), tag_ci("m"), opt(char('.')))),
            )),
        ))
        .parse(rest)?;
        let minute = minute.unwrap_or(0);
        let bad = || nom::Err::Error(nom::error::Error::new(input, nom::error::ErrorKind::Verify));
        // A bare number is not a time; a 24-hour time needs its minutes.
        if meridiem.is_none() && rest.len() + 3 > input.len() {
            return Err(bad());
        }
        let hour = match meridiem.map(|m| m.as_bytes()[0].to_ascii_lowercase()) {
            Some(b'p') if (1..12).contains(&hour) => hour + 12,
            Some(b'a') if hour == 12 => 0,
            Some(_) if !(1..=12).contains(&hour) => return Err(bad()),
            _ => hour,
        };
        Time::new(hour as u8, minute as u8)
            .map(|t| (rest, t))
            .ok_or_else(bad)
    }

    /// "2018 December 03".
    fn year_month_day(input: &str) -> IResult<&str, Date> {
        let (rest, (year, _, month, _, day)) =
            (year, space1, month_name, space1, |i| small_number(i, 2)).parse(input)?;
        finish(input, rest, year, month, day as u8)
    }

    /// The date grammar as nom combinators: the reference [`super::date`] is tested against.
    pub(super) fn date(input: &str) -> IResult<&str, Date> {
        preceded(
            opt(weekday),
            alt((
                day_month_year,
                month_day_year,
                numeric_date,
                iso_date,
                year_month_day,
            )),
        )
        .parse(input)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_dates_that_read_both_ways_read_month_first() {
        let d = |y, m, d| Date::new(y, m, d);
        assert_eq!(month_first("03/04/2025"), d(2025, 3, 4));
        assert_eq!(month_first("Tuesday, 03/04/2025 6:00 PM"), d(2025, 3, 4));
        assert_eq!(month_first("3-4-25"), d(2025, 3, 4));
        assert_eq!(month_first("03/18/2025"), None);
        assert_eq!(month_first("18/03/2025"), None);
        assert_eq!(month_first("04/04/2025"), None);
        assert_eq!(month_first("4 March 2025"), None);
        assert_eq!(month_first("2025-03-04"), None);
        assert!(writes_month_first("Approved the minutes of March 4, 2025."));
        assert!(writes_month_first("Called to order at 6:00 p.m."));
        assert!(writes_month_first("Time: 7:30 PM"));
        assert!(writes_month_first("February 6th, 2019"));
        assert!(!writes_month_first("held on 4 March, 2025 at 6:30pm"));
        assert!(!writes_month_first("at 7.30 p.m. on 04/03/2025"));
        assert!(!writes_month_first("March 2025, 7:30"));
        assert!(!writes_month_first(
            "held on 4 March 2025; closed at 9:15 p.m."
        ));
        assert!(writes_month_first(
            "this 4th day of March, 2025 at 6:00 p.m."
        ));
        // Words only North American minutes use.
        assert!(writes_month_first("Councilmember Ames moved to approve."));
        assert!(writes_month_first("COUNCILMEMBERS PRESENT: Ames, Bell"));
        assert!(writes_month_first("Oakvale Township Board"));
        assert!(writes_month_first("The Pledge of Allegiance was recited."));
        assert!(!writes_month_first("Councillor Ames; the township of old"));
        assert!(!writes_month_first("Councilmember Ames, on 4 March 2025"));
    }

    #[test]
    fn the_quick_date_test_rejects_no_date() {
        let samples = [
            "27 April 2021 – Minutes",
            "4th March, 2025",
            "04/03/2025",
            "4.3.2025 Cabinet",
            "Tuesday, 4 March 2025",
            "May 27, 2024",
            "12 Apologies",
            "3 March",
            "1st  Jan 2020",
            "123 April 2021",
            "12. April 2021",
            "7\tSept. 2021",
            "2 weeks",
            "31 Dec 1999x",
            "9 jun 2022",
            "18th December 2025",
            "5 MAR 2024",
            "4/3/2025",
            "4-03-2025",
            "1. 3.2025",
            "4th of March 2025",
            "12 th October 2016",
            "4 day of Mar 2025",
            "2025-03-04",
            "Tuesday 2025-03-04",
            "2025 March 04",
        ];
        for s in samples {
            for cut in 0..=s.len() {
                let Some(t) = s.get(..cut) else { continue };
                if date(t).is_ok() {
                    assert!(may_be_date(t), "{t:?}");
                }
            }
        }
        assert!(!may_be_date("12 Apologies for absence"));
        assert!(!may_be_date("131. MINUTES"));
        assert!(!may_be_date("1. APOLOGIES"));
        assert!(!may_be_date("12/ April"));
    }

    /// [`may_be_date`] as it was: the digits counted, the ordinals compared in turn, and only
    /// a digit asked after a separator (after four digits, a '-' and a digit: an ISO date's
    /// start). The narrower test must let through no more than it.
    fn may_be_date_by_month_digit(text: &str) -> bool {
        let b = text.as_bytes();
        let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
        if digits == 0 {
            return may_start_date(text);
        }
        if digits == 4 && b.get(4) == Some(&b'-') {
            return b.get(5).is_some_and(u8::is_ascii_digit);
        }
        // A year, spaces and a month's letters ("2031 December 03").
        if digits == 4 {
            let gap = b[4..]
                .iter()
                .take_while(|c| matches!(c, b' ' | b'\t'))
                .count();
            return gap > 0
                && b.get(4 + gap).is_some_and(u8::is_ascii_alphabetic)
                && may_start_date(&text[4 + gap..]);
        }
        if digits > 2 {
            return false;
        }
        if matches!(b.get(digits), Some(b'/' | b'.' | b'-')) {
            return b.get(digits + 1).is_some_and(u8::is_ascii_digit);
        }
        let mut at = digits;
        if is_ordinal(b, at) {
            at += 2;
        } else if b.get(at) == Some(&b' ')
            && is_ordinal(b, at + 1)
            && !b.get(at + 3).is_some_and(u8::is_ascii_alphanumeric)
        {
            // "12 th October": the superscript parted from its day.
            at += 3;
        }
        let spaces = b[at..]
            .iter()
            .take_while(|c| matches!(c, b' ' | b'\t'))
            .count();
        let mut month_at = at + spaces;
        // "of", or "day of", each word followed by spaces.
        let word_at = |at: usize, word: &str| {
            let ends = text
                .get(at..)
                .is_some_and(|t| crate::text::starts_with_ci(t, word));
            ends.then(|| {
                let at = at + word.len();
                at + b[at..]
                    .iter()
                    .take_while(|c| matches!(c, b' ' | b'\t'))
                    .count()
            })
        };
        if let Some(after) =
            word_at(month_at, "day ").map_or(word_at(month_at, "of "), |day| word_at(day, "of "))
        {
            month_at = after;
        }
        spaces > 0
            && b.get(month_at).is_some_and(u8::is_ascii_alphabetic)
            && may_start_date(&text[month_at..])
    }

    /// Numbers, separators and the pieces of every date form, joined: wherever [`date`]
    /// reads a date, the quick test lets it through, and it lets nothing through that the
    /// looser rule it replaced turned away.
    #[test]
    fn the_numeric_shape_test_rejects_no_date() {
        let pieces = [
            "1", "12", "2025", "20251", ".", "/", "-", " ", "\t", "x", "th", "ND", "rd", "St",
            "March", "Tue", ",", "é", "of ", "DAY ",
        ];
        for s in crate::test_text::joins_up_to(&pieces, 5) {
            if date(&s).is_ok() {
                assert!(may_be_date(&s), "{s:?}");
            }
            let b = s.as_bytes();
            let digits = b.iter().take_while(|c| c.is_ascii_digit()).count();
            // A numeric or ISO date: the narrower test reads its shape.
            let separated = ((1..=2).contains(&digits)
                && matches!(b.get(digits), Some(b'.' | b'/' | b'-')))
                || (digits == 4 && b.get(4) == Some(&b'-'));
            if separated {
                assert!(!may_be_date(&s) || may_be_date_by_month_digit(&s), "{s:?}");
            } else {
                assert_eq!(may_be_date(&s), may_be_date_by_month_digit(&s), "{s:?}");
            }
        }
        assert!(!may_be_date("1.1.1.1 2.2.2.2"));
        assert!(!may_be_date("12.5  13.1"));
        assert!(!may_be_date("2.9%"));
    }

    #[test]
    fn the_quick_time_test_rejects_no_time() {
        let samples = [
            "10.00 a.m.",
            "7.30 pm",
            "6:30pm",
            "10am",
            "18:30",
            "6:04 p.m.",
            "12  \tPM",
            "2024",
            "7.x",
            "123:45",
            "9 apples",
            "1",
        ];
        for s in samples {
            for cut in 0..=s.len() {
                let Some(t) = s.get(..cut) else { continue };
                if by_nom::time(t).is_ok() {
                    assert!(may_be_time(t), "{t:?}");
                }
            }
        }
        assert!(!may_be_time("2024 budget"));
        assert!(!may_be_time("12 Members"));
    }

    #[test]
    fn byte_leaves_read_as_the_nom_parsers_they_replace() {
        use nom::bytes::complete::{tag_no_case, take_while, take_while_m_n};
        use nom::Parser;
        let pieces = [
            "4", "12", "2025", "St", "th", "OF", "a", "Pm", "ſt", "K", "é", " ", ".", "x",
        ];
        let inputs = crate::test_text::joins_up_to(&pieces, 3);
        for s in &inputs {
            let s = s.as_str();
            for tag in ["st", "nd", "rd", "th", "of", "a", "m", "p"] {
                let nom: IResult<&str, &str> = tag_no_case(tag).parse(s);
                assert_eq!(by_nom::tag_ci(tag)(s).ok(), nom.ok(), "{tag} {s:?}");
            }
            let letters: IResult<&str, &str> =
                take_while(|c: char| c.is_ascii_alphabetic()).parse(s);
            assert_eq!(
                Some(by_nom::ascii_run(s, usize::MAX, u8::is_ascii_alphabetic)),
                letters.ok()
            );
            let two: IResult<&str, &str> =
                take_while_m_n(1, 2, |c: char| c.is_ascii_digit()).parse(s);
            let two = two.ok().map(|(rest, d)| (rest, d.parse::<u32>().unwrap()));
            assert_eq!(by_nom::small_number(s, 2).ok(), two, "{s:?}");
            let four: IResult<&str, &str> =
                take_while_m_n(4, 4, |c: char| c.is_ascii_digit()).parse(s);
            let four = four.ok().map(|(rest, d)| (rest, d.parse::<u16>().unwrap()));
            assert_eq!(by_nom::year(s).ok(), four, "{s:?}");
        }
    }

    #[test]
    fn dates_and_times_hold_a_digit() {
        let pieces = [
            "4", "2025", "Tuesday", "March", ",", " ", "th", ".", "/", "pm", "é", "x",
        ];
        let inputs = crate::test_text::joins_up_to(&pieces, 4);
        for s in &inputs {
            if date(s).is_ok() || time_len(s.as_bytes()).is_some() {
                assert!(has_ascii_digit(s), "{s:?}");
            }
        }
        let long = format!("{}7", "x".repeat(70));
        assert!(has_ascii_digit(&long));
        assert!(!has_ascii_digit(&long[..70]));
    }

    /// [`find_date`] trying every word start of the text: the rule it keeps.
    fn find_date_at_every_start(text: &str) -> Option<(usize, Date)> {
        find_at_word_starts(text, Starts::Words, date_at)
    }

    #[test]
    fn dates_are_found_up_to_the_last_year_as_at_every_start() {
        let pieces = [
            "4",
            "2025",
            "Tuesday",
            "March",
            ",",
            " ",
            "th",
            "/",
            "May",
            "é",
            "x",
            "12/03/2024",
        ];
        let mut texts = crate::test_text::joins_up_to(&pieces, 4);
        // Longer texts, read sixteen bytes a step: figures, dotted numbers, years among them.
        let figures = [
            "1.1.1.1", "12.5", "20251", "2025", "1,234", "4 March ", "12/03/", "Q1", " ", "\n",
            "é", "x", "May 27, ",
        ];
        texts.extend(crate::test_text::mixes(&figures, 20_000, 7, 24, |n| {
            n % 3 == 0
        }));
        for text in texts {
            assert_eq!(
                find_date(&text),
                find_date_at_every_start(&text),
                "{text:?}"
            );
        }
    }

    /// Year by year, the first date of a document is where one search of it finds it.
    #[test]
    fn dates_are_found_year_by_year_as_in_the_whole_text() {
        let pieces = [
            "1.1.1.1", "12.5", "2025", "4 March", " ", "\n", "12/03/", "2024", "é", "x", "May 27,",
            "\n\n", "Tuesday", "20251", "5th", "Mar", "1999",
        ];
        let mut texts = crate::test_text::joins_up_to(&pieces, 4);
        texts.extend(crate::test_text::mixes(&pieces, 20_000, 11, 30, |n| {
            n % 3 == 0
        }));
        for text in texts {
            assert_eq!(find_date_by_years(&text), find_date(&text), "{text:?}");
        }
    }

    /// [`may_start_date`] as a comparison with each opening read it.
    fn may_start_date_by_match(s: &str) -> bool {
        let b = s.as_bytes();
        if b.first().is_some_and(u8::is_ascii_digit) {
            return true;
        }
        let Some(&[x, y, z]) = b.get(..3) else {
            return false;
        };
        OPENINGS.contains(&&[x, y, z].map(|c| c.to_ascii_lowercase()))
    }

    #[test]
    fn openings_are_looked_up_as_the_comparisons_find_them() {
        let slots: std::collections::HashSet<usize> = OPENINGS
            .iter()
            .map(|w| opening_slot(u32::from_le_bytes([w[0], w[1], w[2], 0])))
            .collect();
        assert_eq!(slots.len(), OPENINGS.len(), "two openings share a slot");
        // Every letter in either case, and the bytes bit 5 maps onto or from letters.
        let mut bytes: Vec<u8> = (b'a'..=b'z').chain(b'A'..=b'Z').collect();
        bytes.extend([
            b'0', b'@', b'`', b'[', b'{', b' ', 0xc1, 0xe1, 0x81, 0xa1, 0,
        ]);
        let mut text = [0u8; 4];
        for &x in &bytes {
            for &y in &bytes {
                for &z in &bytes {
                    text[..3].copy_from_slice(&[x, y, z]);
                    for len in [2, 3, 4] {
                        let s = String::from_utf8_lossy(&text[..len]);
                        assert_eq!(may_start_date(&s), may_start_date_by_match(&s), "{s:?}");
                    }
                }
            }
        }
    }

    /// The SIMD test finds a digit (or a byte of another range) wherever the byte fold does:
    /// every length, the byte (if any) at every place, among the bytes either side of it.
    #[test]
    fn digits_are_found_as_the_byte_fold_finds_them() {
        let digits_by_bytes = |text: &str| has_ascii_between_by_bytes(text, b'0', b'9');
        for len in 0..100 {
            for filler in ["/", ";", "x", "\u{e9}"] {
                let base: String = filler.repeat(len).chars().take(len).collect();
                assert_eq!(has_ascii_digit(&base), digits_by_bytes(&base));
                for at in (0..base.len()).filter(|&at| base.is_char_boundary(at)) {
                    for digit in ["0", "9"] {
                        let text = format!("{}{digit}{}", &base[..at], &base[at..]);
                        assert!(has_ascii_digit(&text), "{text:?}");
                        assert!(digits_by_bytes(&text), "{text:?}");
                    }
                    let text = format!("{}:{}", &base[..at], &base[at..]);
                    assert!(has_ascii_between(&text, b'0', b':'), "{text:?}");
                    assert!(!has_ascii_digit(&text), "{text:?}");
                }
            }
        }
    }

    #[test]
    fn word_starts_are_those_of_a_byte_loop() {
        let text = "Held 4th March, 2025 (7.30pm) at café9 «Hall» x1 Zz 00 a_b-c\u{a0}d";
        let mut expected = Vec::new();
        for (i, &b) in text.as_bytes().iter().enumerate() {
            let before = i > 0 && text.as_bytes()[i - 1].is_ascii_alphanumeric();
            if b.is_ascii_alphanumeric() && !before {
                expected.push(i);
            }
        }
        for cut in 0..=text.len() {
            let Some(t) = text.get(..cut) else { continue };
            let mut got = Vec::new();
            let none: Option<(usize, ())> = find_at_word_starts(t, Starts::Words, |s| {
                got.push(t.len() - s.len());
                None
            });
            assert_eq!(none, None);
            let want: Vec<usize> = expected.iter().copied().filter(|&i| i < cut).collect();
            assert_eq!(got, want, "{t:?}");
        }
    }

    /// The word starts of `text` (of the kind `which`) by a byte loop.
    fn word_starts_by_bytes(text: &str, which: Starts) -> Vec<usize> {
        let b = text.as_bytes();
        (0..b.len())
            .filter(|&i| {
                let wanted = match which {
                    Starts::Words => b[i].is_ascii_alphanumeric(),
                    Starts::Numbers => b[i].is_ascii_digit(),
                };
                wanted && (i == 0 || !b[i - 1].is_ascii_alphanumeric())
            })
            .collect()
    }

    #[test]
    fn simd_and_swar_word_starts_are_those_of_a_byte_loop() {
        let pieces = [
            "a",
            "Z",
            "9",
            "0",
            " ",
            "é",
            "/",
            "@",
            "[",
            "`",
            "{",
            ":",
            "\u{a0}",
            "x1",
            "12th",
            "March",
            "\0",
            "\u{7f}",
            "abcdefghijklmnopq",
        ];
        let mut texts = crate::test_text::joins_up_to(&pieces, 3);
        for n in 0..3000usize {
            texts.push(
                (0..(n % 40))
                    .map(|k| pieces[(k * 7 + n * 3 + k * n / 5) % pieces.len()])
                    .collect(),
            );
        }
        for text in &texts {
            for which in [Starts::Words, Starts::Numbers] {
                let want = word_starts_by_bytes(text, which);
                let (mut simd, mut swar) = (Vec::new(), Vec::new());
                let _: Option<(usize, ())> = find_at_word_starts_simd(text, which, |s| {
                    simd.push(text.len() - s.len());
                    None
                });
                let _: Option<(usize, ())> = find_at_word_starts_swar(text, which, |s| {
                    swar.push(text.len() - s.len());
                    None
                });
                assert_eq!(simd, want, "{text:?}");
                assert_eq!(swar, want, "{text:?}");
                // Stopping at a start returns it.
                if let Some(&last) = want.last() {
                    let stop = |s: &str| (text.len() - s.len() == last).then_some(());
                    assert_eq!(
                        find_at_word_starts_simd(text, which, stop),
                        Some((last, ()))
                    );
                }
            }
        }
    }

    #[test]
    fn names_are_found_by_their_first_three_letters_as_by_every_name() {
        let pieces = [
            "mar", "M", "AY", "ch", "sept", "ember", "tu", "es", "day", "x", "un",
        ];
        for word in crate::test_text::joins_up_to(&pieces, 4) {
            for (names, keys) in [(&MONTHS[..], &MONTH_KEYS[..]), (&WEEKDAYS, &WEEKDAY_KEYS)] {
                let by_every_name = names
                    .iter()
                    .position(|n| is_abbreviation_of(word.as_bytes(), n));
                let found = name_index(word.as_bytes(), names, keys);
                assert_eq!(found, by_every_name, "{word:?}");
            }
        }
    }

    #[test]
    fn dates_are_read_as_the_nom_grammar_reads_them() {
        let pieces = [
            "4", "12", "2025", "1", " ", "\t", ",", ".", "/", "-", "th", "ST", "of ", "March",
            "sept", "Mayor", "Tuesday", "thu", "\u{e9}", "day ", "18", "03",
        ];
        let mut inputs = crate::test_text::joins_up_to(&pieces, 4);
        inputs.extend(
            [
                "Tuesday 4 March 2025",
                "Thursday, 18th December, 2025 10.00 am",
                "4th March, 2025",
                "04/03/2025",
                "4.3.2025 Cabinet",
                "May 27, 2024",
                "February 06, 2019",
                "5TH FEBRUARY, 2018;",
                "21 Sept 2022",
                "4 March of 2025",
                "4 March of2025",
                "Wed., 4 Mar. 2025",
                "Wednesday,4 March 2025",
                "31 April 2025",
                "29 February 2024",
                "04/03/20251",
                "123 April 2021",
                "12. April 2021",
                "7\tSept. 2021",
                "Monday  May 1st,  2023x",
                "Tuesday the 4th of March 2025",
                "Wednesday 12 th October 2016",
                "THURSDAY 1 ST SEPTEMBER 2016",
                "4 thMarch 2025",
                "4 th, March 2025",
                "March 4 th, 2025",
                "12 St Anne's Road 2025",
                "4th of  March, 2025",
                "4th DAY OF March 2025",
                "4th day  of\tMarch 2025",
                "4th day March 2025",
                "4 of day March 2025",
                "2025-03-04",
                "2025-03-04x",
                "2025-03-041",
                "2025-13-04",
                "2025/03/04",
                "03/18/2025",
                "18/03/2025",
                "02/30/2025",
                "Monday, 2031 December 03",
                "2031 Dec. 3 at 6:30",
                "2031  May\t12x",
                "2031 May 123",
                "2031 Mayor 12",
                "2031 February 30",
                "20311 May 3",
                "2031May 3",
            ]
            .map(String::from),
        );
        for s in &inputs {
            assert_eq!(date(s).ok(), by_nom::date(s).ok(), "{s:?}");
        }
    }

    #[test]
    fn the_last_year_start_is_where_the_byte_loop_finds_it() {
        let pieces = ["1", "x", "\u{e9}", " ", "/", ":", "99", "abcdefgh", "123"];
        let mut texts = crate::test_text::joins_up_to(&pieces, 4);
        texts.extend(crate::test_text::mixes(&pieces, 5_000, 13, 20, |n| {
            n % 2 == 0
        }));
        for text in &texts {
            let by_bytes = last_year_start_by_bytes(text.as_bytes());
            assert_eq!(last_year_start(text), by_bytes, "{text:?}");
        }
    }

    #[test]
    fn the_next_year_start_is_where_the_byte_loop_finds_it() {
        let pieces = [
            "1", "x", "\u{e9}", " ", "/", ":", "99", "abcdefgh", "123", "2025",
        ];
        let mut texts = crate::test_text::joins_up_to(&pieces, 4);
        texts.extend(crate::test_text::mixes(&pieces, 5_000, 17, 20, |n| {
            n % 2 == 0
        }));
        for text in &texts {
            for from in 0..=text.len() + 1 {
                let by_bytes = next_year_start_by_bytes(text.as_bytes(), from);
                assert_eq!(
                    next_year_start(text.as_bytes(), from),
                    by_bytes,
                    "{text:?} {from}"
                );
            }
        }
    }

    /// A PDF's text parts the ordinal's superscript from its day ("12 th October"); a time
    /// has two digits of minutes ("4.3" of "4.3.2025" is none).
    #[test]
    fn parted_ordinals_and_one_digit_minutes() {
        for (text, want) in [
            ("Wednesday 12 th October 2016", "2016-10-12"),
            ("THURSDAY 1 ST SEPTEMBER 2016", "2016-09-01"),
            ("March 4 th, 2025", "2025-03-04"),
        ] {
            assert_eq!(
                date(text).map(|(_, d)| d.to_string()).ok().as_deref(),
                Some(want)
            );
        }
        assert!(date("12 St Anne's Road 2025").is_err());
        assert_eq!(find_time("4.3.2025"), None);
        assert_eq!(
            find_time("at 7.30pm")
                .map(|(_, t)| t.to_string())
                .as_deref(),
            Some("19:30")
        );
    }

    #[test]
    fn times_are_read_as_the_nom_parser_reads_them() {
        let pieces = [
            "7", "12", "13", "0", "00", ".", ":", "30", " ", "\t", "a", "P", "m", "M", ".m", "am",
            "p.m.", "x", "\u{e9}", "24", "60", "9",
        ];
        for s in crate::test_text::joins_up_to(&pieces, 5) {
            let nom = by_nom::time(&s)
                .ok()
                .map(|(rest, t)| (s.len() - rest.len(), t));
            assert_eq!(time_len(s.as_bytes()), nom, "{s:?}");
        }
    }

    #[test]
    fn times_found_at_number_starts_are_those_found_at_every_word_start() {
        // The rule before: every word start tried, the letters turned away by `may_be_time`.
        fn by_every_word(text: &str) -> Option<(usize, Time)> {
            if !has_ascii_digit(text) {
                return None;
            }
            find_at_word_starts(text, Starts::Words, |s| {
                may_be_time(s)
                    .then(|| by_nom::time(s).ok().map(|(_, t)| t))
                    .flatten()
            })
        }
        let pieces = [
            "7", "12", ".30", ":", "pm", " a.m.", "at ", "x", "\u{e9}", " ", "2025", "h1",
        ];
        for text in crate::test_text::joins(&pieces, 4) {
            assert_eq!(find_time(&text), by_every_word(&text), "{text:?}");
        }
        let long = "Held on 4 March 2025 in Room 12b, doors 6.45 and start 7:30pm sharp";
        assert_eq!(find_time(long), by_every_word(long));
    }

    #[test]
    fn times_before_a_point_are_those_the_whole_search_finds_there() {
        let pieces = [
            "7", "12", ".30", ":", "pm", " a.m.", "at ", "x", "\u{e9}", " ", "2025", "h1",
        ];
        for text in crate::test_text::joins(&pieces, 4) {
            for end in (0..=text.len()).filter(|&e| text.is_char_boundary(e)) {
                // The whole search, kept to the times that start before `end`.
                let want = find_time(&text).filter(|&(at, _)| at < end).or_else(|| {
                    find_at_word_starts(&text, Starts::Numbers, |s| {
                        (text.len() - s.len() < end).then(|| time_at(s)).flatten()
                    })
                });
                assert_eq!(find_time_before(&text, end), want, "{text:?} {end}");
                // From a word start, as the header asks: the time after it, else the line's
                // first, as two whole searches give it.
                let b = text.as_bytes();
                let word_start = end < b.len()
                    && b[end].is_ascii_alphanumeric()
                    && (end == 0 || !b[end - 1].is_ascii_alphanumeric());
                if word_start {
                    let time = |found: Option<(usize, Time)>| found.map(|(_, t)| t);
                    assert_eq!(
                        time(find_time(&text[end..]).or_else(|| find_time_before(&text, end))),
                        time(find_time(&text[end..]).or_else(|| find_time(&text))),
                        "{text:?} {end}"
                    );
                }
            }
        }
    }

    #[test]
    fn dates_and_times_are_found_at_word_starts_only() {
        assert_eq!(
            find_date("é Meeting held on 4 March 2025 at 7pm").map(|(at, d)| (at, d.to_string())),
            Some((19, "2025-03-04".into()))
        );
        assert_eq!(find_date("x4 March 2025"), None);
        // The year first, as Burnaby writes it; not inside a longer number.
        assert_eq!(
            find_date("Monday, 2031 December 03 at 6:30").map(|(at, d)| (at, d.to_string())),
            Some((0, "2031-12-03".into()))
        );
        assert_eq!(find_date("Item 12031 May 3"), None);
        assert_eq!(find_date_by_years("Item 12031 May 3"), None);
        assert_eq!(find_time("£7.30pm, room 12").map(|(at, _)| at), Some(2));
        assert_eq!(find_time("Room12:30"), None);
    }

    fn d(s: &str) -> String {
        date(s)
            .map(|(_, d)| d.to_string())
            .unwrap_or_else(|_| "none".into())
    }

    fn t(s: &str) -> String {
        time_len(s.as_bytes())
            .map(|(_, t)| t.to_string())
            .unwrap_or_else(|| "none".into())
    }

    #[test]
    fn every_month_and_weekday_may_start_a_date() {
        for name in MONTHS.iter().chain(&WEEKDAYS) {
            assert!(may_start_date(name), "{name}");
            assert!(may_start_date(&name.to_uppercase()), "{name}");
        }
        assert!(may_start_date("4th"));
        assert!(!may_start_date("arks"));
        assert!(!may_start_date("Council"));
    }

    #[test]
    fn dates_in_every_written_form() {
        assert_eq!(d("Tuesday 4 March 2025"), "2025-03-04");
        assert_eq!(d("Thursday, 18th December, 2025 10.00 am"), "2025-12-18");
        assert_eq!(d("4th March, 2025"), "2025-03-04");
        assert_eq!(d("04/03/2025"), "2025-03-04");
        assert_eq!(d("May 27, 2024"), "2024-05-27");
        assert_eq!(d("February 06, 2019"), "2019-02-06");
        assert_eq!(d("5TH FEBRUARY, 2018;"), "2018-02-05");
        assert_eq!(d("21 Sept 2022"), "2022-09-21");
        assert_eq!(d("4th of March 2025"), "2025-03-04");
        assert_eq!(d("4th day of March, 2025"), "2025-03-04");
        assert_eq!(d("Tuesday, 4TH DAY OF MARCH 2025"), "2025-03-04");
        assert_eq!(d("2025-03-04"), "2025-03-04");
        assert_eq!(d("Tuesday 2025-03-04 19:00"), "2025-03-04");
    }

    /// Day first, as British minutes write it, unless the second number cannot be a month:
    /// then the American order is the only reading ("03/18/2025").
    #[test]
    fn numeric_dates_read_month_first_only_when_day_first_cannot_be() {
        assert_eq!(d("04/03/2025"), "2025-03-04");
        assert_eq!(d("03/18/2025"), "2025-03-18");
        assert_eq!(d("12.31.2024"), "2024-12-31");
        assert_eq!(d("13/13/2025"), "none");
        assert_eq!(d("04/31/2025"), "none");
    }

    /// A header's "04.03.25": the first such date at a number start, day first unless the
    /// second number cannot be a month; none that runs on into more digits or parts.
    #[test]
    fn dates_with_two_digit_years() {
        let short = |s: &str| find_short_year_date(s).map(|(at, d)| (at, d.to_string()));
        assert_eq!(short("held on 04.03.25"), Some((8, "2025-03-04".into())));
        assert_eq!(short("Date: 4/3/25 at 7pm"), Some((6, "2025-03-04".into())));
        assert_eq!(short("03-18-25"), Some((0, "2025-03-18".into())));
        assert_eq!(short("31.12.99"), Some((0, "1999-12-31".into())));
        assert_eq!(short("1.2.25.4"), None);
        assert_eq!(short("1.2.253"), None);
        assert_eq!(short("4/3.25"), None);
        assert_eq!(short("31.02.25"), None);
        assert_eq!(short("v1.2.25"), None);
        assert_eq!(short("04/03/2025"), None);
        assert_eq!(short("no date"), None);
        // A month's name between the day and a short year, or dashes round it.
        assert_eq!(
            short("Tues 4 Mar 25, 7.30pm"),
            Some((5, "2025-03-04".into()))
        );
        assert_eq!(short("4th March 25"), Some((0, "2025-03-04".into())));
        assert_eq!(short("on 04-Mar-25"), Some((3, "2025-03-04".into())));
        assert_eq!(short("04-Mar-2025"), Some((0, "2025-03-04".into())));
        assert_eq!(short("4 March 10.30am"), None);
        assert_eq!(short("4 March 10am"), None);
        assert_eq!(short("4 March 2025"), None);
        assert_eq!(short("4 Mar 251"), None);
        assert_eq!(short("4-Mar 25"), None);
        assert_eq!(short("30 Feb 25"), None);
    }

    #[test]
    fn impossible_dates_are_refused() {
        assert_eq!(d("31 April 2025"), "none");
        assert_eq!(d("29 February 2023"), "none");
        assert_eq!(d("29 February 2024"), "2024-02-29");
        assert_eq!(d("4 Marchpane 2025"), "none");
        assert_eq!(d("04/03/20251"), "none");
        assert_eq!(d("2025-3-4"), "none");
        assert_eq!(d("2025-03-045"), "none");
        assert_eq!(d("2025-02-30"), "none");
        assert_eq!(d("4th days of March 2025"), "none");
        assert_eq!(d("4th of 2025"), "none");
    }

    #[test]
    fn times_in_every_written_form() {
        assert_eq!(t("10.00 a.m."), "10:00");
        assert_eq!(t("7.30 pm"), "19:30");
        assert_eq!(t("6:30pm"), "18:30");
        assert_eq!(t("12 noon"), "none");
        assert_eq!(t("12.15 p.m."), "12:15");
        assert_eq!(t("12.05am"), "00:05");
        assert_eq!(t("18:30"), "18:30");
        assert_eq!(t("10am"), "10:00");
        assert_eq!(t("2025"), "none");
        assert_eq!(t("25:00"), "none");
    }

    #[test]
    fn finding_dates_and_times_in_a_line() {
        let line = "County Council - Thursday, 18th December, 2025 10.00 am";
        let (at, date) = find_date(line).unwrap();
        assert_eq!(date.to_string(), "2025-12-18");
        assert_eq!(&line[at..at + 8], "Thursday");
        assert_eq!(find_time(line).unwrap().1.to_string(), "10:00");
        assert_eq!(find_date("no date here at all"), None);
    }
}
