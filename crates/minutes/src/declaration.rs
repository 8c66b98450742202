//! Declarations of interest and references to other minutes.

use crate::model::{Declaration, Reference};

/// Every declaration of interest in `text` (which starts at byte `base` of the input).
pub(crate) fn find_declarations(text: &str, base: usize) -> Vec<Declaration> {
    let _ = (text, base);
    Vec::new()
}

/// Every reference to another minute or item ("Minute 138", "Minute No. 50").
pub(crate) fn find_references(text: &str, base: usize) -> Vec<Reference> {
    let _ = (text, base);
    Vec::new()
}
