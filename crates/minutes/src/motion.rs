//! Motions and votes: mover, seconder, outcome and counts.

use crate::model::Motion;

/// The motion recorded in `text` (which starts at byte `base` of the input), if any.
pub(crate) fn parse_motion(text: &str, base: usize) -> Option<Motion> {
    let _ = (text, base);
    None
}
