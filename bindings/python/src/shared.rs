//! Nodes read in place inside their parsed document, instead of copied out of it.
//!
//! `doc.items` used to copy every item (its title, agenda and minutes text, resolutions)
//! into the Python objects it returned: reading the items of a document cost more than a
//! quarter of parsing it. A [`Shared`] node holds the document (an `Arc`, made on the worker
//! thread that parsed it) and where the node is in it, and finds the node again on each
//! read: one or two indexed steps. Like a numpy view, a node keeps its whole document alive.

use minutes::{Document, Item, Resolution};
use serde::{Serialize, Serializer};
use std::fmt;
use std::ops::Deref;
use std::sync::Arc;

/// Where a node sits in its document: the indices its `find` function takes (an item's
/// index, then a resolution's within it).
type At = [usize; 2];

/// A node of type `T` inside a shared document. Reads as a `&T` (`Deref`); compares,
/// prints and serialises as the node itself.
pub struct Shared<T: 'static> {
    doc: Arc<Document>,
    at: At,
    find: for<'a> fn(&'a Document, At) -> &'a T,
}

impl Shared<Document> {
    /// The document itself, the root every other node is found from.
    pub fn document(doc: Arc<Document>) -> Self {
        Shared {
            doc,
            at: [0, 0],
            find: |d, _| d,
        }
    }

    /// Item `i` of the document (`i < items.len()`).
    pub fn item(&self, i: usize) -> Shared<Item> {
        Shared {
            doc: Arc::clone(&self.doc),
            at: [i, 0],
            find: |d, [i, _]| &d.items[i],
        }
    }

    /// Resolution `r` of item `i` (both in range).
    pub fn resolution(&self, i: usize, r: usize) -> Shared<Resolution> {
        Shared {
            doc: Arc::clone(&self.doc),
            at: [i, r],
            find: |d, [i, r]| &d.items[i].resolutions[r],
        }
    }
}

impl<T> Shared<T> {
    /// The document this node is part of.
    pub fn root(&self) -> Shared<Document> {
        Shared::document(Arc::clone(&self.doc))
    }

    /// The node's index in its parent list (an item's index in the document).
    pub fn index(&self) -> usize {
        self.at[0]
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        (self.find)(&self.doc, self.at)
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Self {
        Shared {
            doc: Arc::clone(&self.doc),
            at: self.at,
            find: self.find,
        }
    }
}

impl<T: PartialEq> PartialEq for Shared<T> {
    fn eq(&self, other: &Self) -> bool {
        **self == **other
    }
}

impl<T: fmt::Debug> fmt::Debug for Shared<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        (**self).fmt(f)
    }
}

impl<T: Serialize> Serialize for Shared<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        (**self).serialize(serializer)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn nodes_read_as_the_document_holds_them() {
        let text = "PLANNING COMMITTEE\n\n1. APOLOGIES\n\nNone.\n\n2. HOUSING\n\n\
                    RESOLVED: - That the plan be approved.\n";
        let parsed = minutes::parse(text);
        let doc = Shared::document(Arc::new(parsed.clone()));
        assert_eq!(*doc, parsed);
        assert!(parsed.items.len() >= 2, "{parsed:?}");
        for (i, item) in parsed.items.iter().enumerate() {
            let shared = doc.item(i);
            assert_eq!(*shared, *item);
            assert_eq!(shared.index(), i);
            assert_eq!(*shared.root(), parsed);
            for (r, resolution) in item.resolutions.iter().enumerate() {
                assert_eq!(*doc.resolution(i, r), *resolution);
            }
        }
        let housing = doc.item(1);
        assert_eq!(housing.resolutions.len(), 1, "{:?}", *housing);
        // Equal by value, as the Python classes compare; the JSON is the node's own.
        assert_eq!(housing, Shared::document(Arc::new(parsed.clone())).item(1));
        assert_ne!(housing, doc.item(0));
        assert_eq!(
            minutes::to_json_string(&housing).unwrap(),
            minutes::to_json_string(&parsed.items[1]).unwrap()
        );
    }
}
