//! One pass over a paragraph that notes which of the words later stages look for it contains
//! ("RESOLVED", "seconded", "declared", "Minute", "welcomed" ...). Each stage then reads a
//! flag instead of searching the text again, so the text is scanned once however many
//! readers there are.

use crate::model::Span;

/// A paragraph or list entry of the minutes with the triggers its text contains.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Scanned {
    pub span: Span,
    pub triggers: Triggers,
}

/// A set of [`Trigger`] flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Triggers(u32);

/// The words, by the flag each sets.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u32)]
pub(crate) enum Trigger {
    /// "RESOLVED" in capitals.
    CapitalResolved = 1,
    /// "AGREED" in capitals.
    CapitalAgreed = 1 << 1,
    /// A word that recorded motions use: moved, seconded, motion, vote, carried, proposed,
    /// unanimous(ly), lost, defeated, against, ayes, withdrawn.
    Motion = 1 << 2,
    /// "motion carried", "carried" at the start, "motion defeated".
    Carried = 1 << 3,
    /// "declare", "declared", "declaration".
    Declare = 1 << 4,
    /// "minute", "minutes".
    Minute = 1 << 5,
    /// "welcome", "welcomed", "attendance".
    Welcome = 1 << 6,
}

impl Triggers {
    pub fn has(self, t: Trigger) -> bool {
        self.0 & t as u32 != 0
    }

    fn set(&mut self, t: Trigger) {
        self.0 |= t as u32;
    }
}

/// Scans `text` once, looking only at the starts of words.
pub(crate) fn scan(text: &str) -> Triggers {
    let bytes = text.as_bytes();
    let mut found = Triggers::default();
    let mut prev_alpha = false;
    let mut last_word_motion = false;
    for i in 0..bytes.len() {
        let b = bytes[i];
        let alpha = b.is_ascii_alphabetic();
        if alpha && !prev_alpha {
            let rest = &bytes[i..];
            let word_is_motion = check_word(rest, i == 0, last_word_motion, &mut found);
            last_word_motion = word_is_motion;
        }
        prev_alpha = alpha || b >= 0x80;
    }
    found
}

/// Notes the triggers of the word at the start of `rest`; returns whether it was "motion".
fn check_word(rest: &[u8], at_start: bool, after_motion: bool, found: &mut Triggers) -> bool {
    // Most words fail on their second letter, so that is tested before any comparison.
    let Some(&second) = rest.get(1) else {
        return false;
    };
    let starts = |w: &[u8]| rest.len() >= w.len() && rest[..w.len()].eq_ignore_ascii_case(w);
    let whole =
        |w: &[u8]| rest.starts_with(w) && !rest.get(w.len()).is_some_and(u8::is_ascii_alphanumeric);
    match (rest[0].to_ascii_lowercase(), second.to_ascii_lowercase()) {
        (b'r', b'e') if whole(b"RESOLVED") => found.set(Trigger::CapitalResolved),
        (b'a', b'g') => {
            if whole(b"AGREED") {
                found.set(Trigger::CapitalAgreed);
            } else if starts(b"against") {
                found.set(Trigger::Motion);
            }
        }
        (b'a', b'y') if starts(b"ayes") => found.set(Trigger::Motion),
        (b'a', b't') if starts(b"attendance") => found.set(Trigger::Welcome),
        (b'm', b'o') => {
            if starts(b"motion") {
                found.set(Trigger::Motion);
                return true;
            }
            if starts(b"moved") {
                found.set(Trigger::Motion);
            }
        }
        (b'm', b'i') if starts(b"minute") => found.set(Trigger::Minute),
        (b'c', b'a') if starts(b"carried") => {
            found.set(Trigger::Motion);
            if at_start || after_motion {
                found.set(Trigger::Carried);
            }
        }
        (b'd', b'e') => {
            if starts(b"declar") {
                found.set(Trigger::Declare);
            } else if starts(b"defeated") {
                found.set(Trigger::Motion);
                if after_motion {
                    found.set(Trigger::Carried);
                }
            }
        }
        (b's', b'e') if starts(b"second") => found.set(Trigger::Motion),
        (b'v', b'o') if starts(b"vote") => found.set(Trigger::Motion),
        (b'p', b'r') if starts(b"propos") => found.set(Trigger::Motion),
        (b'u', b'n') if starts(b"unanim") => found.set(Trigger::Motion),
        (b'l', b'o') if starts(b"lost") => found.set(Trigger::Motion),
        (b'w', b'i') if starts(b"withdrawn") => found.set(Trigger::Motion),
        (b'w', b'e') if starts(b"welcome") => found.set(Trigger::Welcome),
        _ => {}
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_set_their_flags() {
        let t = scan("The motion was put to the vote and AGREED.");
        assert!(t.has(Trigger::Motion) && t.has(Trigger::CapitalAgreed));
        assert!(!t.has(Trigger::CapitalResolved));
        assert!(scan("RESOLVED: That").has(Trigger::CapitalResolved));
        assert!(!scan("UNRESOLVED issues").has(Trigger::CapitalResolved));
        assert!(!scan("RESOLVEDLY").has(Trigger::CapitalResolved));
        assert!(scan("Motion Carried Unanimously").has(Trigger::Carried));
        assert!(scan("Carried 5-0").has(Trigger::Carried));
        assert!(!scan("the work was carried out").has(Trigger::Carried));
        assert!(scan("Councillor Griffin declared an interest").has(Trigger::Declare));
        assert!(scan("see Minute 138").has(Trigger::Minute));
        assert!(scan("The Chair welcomed to the meeting").has(Trigger::Welcome));
        assert!(scan("Also in attendance were").has(Trigger::Welcome));
        assert_eq!(scan("Café £5 nothing here"), Triggers::default());
    }
}
