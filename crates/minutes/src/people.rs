//! Name lists as attendance sections and apology sentences write them.

use crate::model::Person;

/// Parses a list of names ("Councillor Pitchley (in the Chair); Councillors Cooksey, Bacon and
/// Z. Collingham") found at `text`, which starts at byte `base` of the input.
pub(crate) fn parse_name_list(text: &str, base: usize) -> Vec<Person> {
    let _ = (text, base);
    Vec::new()
}

/// The people an apology sentence names ("Apologies were received from Councillors Wilson
/// and Mills."), or `None` when the sentence gives no apologies.
pub(crate) fn apologies_in_sentence(text: &str, base: usize) -> Option<Vec<Person>> {
    let _ = (text, base);
    None
}

/// People with their roles ("Jane Wood, Head of Service for Children in Care and Chris
/// Macdonald, Service Manager").
pub(crate) fn parse_people_with_roles(text: &str, base: usize) -> Vec<Person> {
    let _ = (text, base);
    Vec::new()
}
