//! Name lists as attendance sections and apology sentences write them.
//!
//! Everything here works on a slice `text` of the original input plus `base`, the byte
//! offset of that slice in the input, and returns spans that are absolute (`base + offset`).
//! The scanners walk the text once, left to right: a list ends at the first thing that is
//! not a name (a sentence after the names, a new "Label:", a paragraph break after a
//! comma-separated list), so a caller may hand over more text than the list itself without
//! paying for it and without the list swallowing the paragraph that follows.
//!
//! The small text helpers (word classes, sentence ends, case-insensitive search) are shared
//! with `motion` and `declaration`, which read names out of the same kind of prose.
//!
//! One file per idea, in the order a list is read:
//! - [`helpers`]: text helpers shared by the field parsers (search, trimmed ranges, words,
//!   sentences);
//! - [`words`]: word classes (the lexicon of word lists, titles, chair roles, bullets);
//! - [`splitter`]: splitting a list into entries;
//! - [`person`]: reading one person out of an entry;
//! - [`lists`]: name lists, read entry by entry ([`parse_name_list`], [`first_person`],
//!   [`names_in_clause`]);
//! - [`apologies`]: the names a text gives apologies for ([`apologies_in_sentence`]);
//! - [`roles`]: people with their job titles ([`parse_people_with_roles`]).
//!
//! Each file's tests sit beside its code; `tests.rs` holds the fuzz inputs and helpers they
//! share and the tests of the readers together.

mod apologies;
mod helpers;
mod lists;
mod person;
mod roles;
mod splitter;
#[cfg(test)]
mod tests;
mod words;

// What the other field parsers use.
//
// White space and cleaning are the crate's own (`text.rs`), so names and body text fold the
// same characters; re-exported for the other field parsers.
pub(crate) use crate::text::is_space;
pub(crate) use apologies::{apologies_in_sentence, find_prefix_ci, APOLOGY_WORDS};
pub(crate) use helpers::{
    char_at, find_word_ci, floor_boundary, is_post_alone, sentences, skip_space, starts_with_ci,
    tier_before_councillor, trim_range, word_boundary_at, word_boundary_before,
};
pub(crate) use lists::{ends_unfinished, first_person, names_in_clause, parse_name_list};
pub(crate) use roles::parse_people_with_roles;
pub(crate) use splitter::ends_a_wrapped_name;
