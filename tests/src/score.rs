//! A line-for-line port of the scoring in `shared/tools/score_corpus.py`.
//!
//! The Python script is what the project's accuracy is judged by; the golden tests must
//! judge the same way, or a fixture could pass here and fail there. So this module keeps the
//! script's normalisation (`norm_text`, `norm_number`, `norm_name`), its title matching
//! (equal after normalisation, or word-set Jaccard >= 0.8), its greedy in-order item matching
//! and its counters exactly, working on `serde_json::Value` as the script works on parsed JSON.
//! The only addition is [`Miss`]: a readable record of every disagreement, with the expected
//! and the actual value, which the script does not print.
//!
//! Known, deliberate approximations: `\s` is Rust's `char::is_whitespace` (Python's also
//! counts the control characters U+001C..U+001F), and rounding to three decimals is
//! `(x * 1000).round() / 1000` rather than Python's correctly rounded `round`; neither can
//! matter for the documents scored here.

use serde_json::Value;

/// The script's `HONORIFICS` alternatives, in its order; each must be followed by white space.
const HONORIFICS: [&str; 10] = [
    "councillors",
    "councillor",
    "cllrs.",
    "cllrs",
    "cllr.",
    "cllr",
    "cr.",
    "cr",
    "councilmember",
    "council member",
];

/// `norm_text`: curly single quotes and NBSP folded, lower-cased, then only the runs of
/// `[a-z0-9]` kept, joined by single spaces. `None` stays `None`.
pub fn norm_text(s: Option<&str>) -> Option<String> {
    let s = s?;
    let folded = s
        .replace(['\u{2019}', '\u{2018}'], "'")
        .replace('\u{a0}', " ")
        .to_lowercase();
    let mut words: Vec<&str> = Vec::new();
    let mut start = None;
    for (i, c) in folded.char_indices() {
        let word_char = c.is_ascii_lowercase() || c.is_ascii_digit();
        match (word_char, start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                words.push(&folded[st..i]);
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        words.push(&folded[st..]);
    }
    Some(words.join(" "))
}

/// `norm_number`: white space and dots removed, lower-cased; empty becomes `None`.
/// A JSON number is read as the script's `str(n)` would print it.
pub fn norm_number(n: &Value) -> Option<String> {
    let s = match n {
        Value::Null => return None,
        Value::String(s) => s.clone(),
        Value::Bool(b) => if *b { "True" } else { "False" }.to_string(),
        other => other.to_string(),
    };
    let out: String = s
        .chars()
        .filter(|c| !c.is_whitespace() && *c != '.')
        .collect::<String>()
        .to_lowercase();
    (!out.is_empty()).then_some(out)
}

/// `norm_name`: a person object's `name` (or `text`), one leading "Councillor"-like word
/// removed, every `(...)` on one line removed, then `norm_text`; empty becomes `None`.
pub fn norm_name(p: &Value) -> Option<String> {
    let raw = match p {
        Value::Null => return None,
        Value::String(s) => s.as_str(),
        Value::Object(map) => [map.get("name"), map.get("text")]
            .into_iter()
            .flatten()
            .filter_map(Value::as_str)
            .find(|s| !s.is_empty())
            .unwrap_or(""),
        _ => "",
    };
    let stripped = strip_honorific(raw.trim());
    let without_brackets = remove_brackets(stripped);
    norm_text(Some(&without_brackets)).filter(|s| !s.is_empty())
}

/// `HONORIFICS.sub("", p)`: one case-insensitive leading alternative plus the white space
/// after it. An alternative not followed by white space does not match.
fn strip_honorific(s: &str) -> &str {
    for alt in HONORIFICS {
        let Some(head) = s.get(..alt.len()) else {
            continue;
        };
        if !head.eq_ignore_ascii_case(alt) {
            continue;
        }
        let rest = &s[alt.len()..];
        let trimmed = rest.trim_start();
        if trimmed.len() < rest.len() {
            return trimmed;
        }
    }
    s
}

/// `re.sub(r"\(.*?\)", "", p)`: each `(` up to the nearest `)` on the same line is removed;
/// a `(` with no `)` before the end of its line is kept.
fn remove_brackets(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(open) = rest.find('(') {
        let after = &rest[open + 1..];
        let line_end = after.find('\n').unwrap_or(after.len());
        match after[..line_end].find(')') {
            Some(close) => {
                out.push_str(&rest[..open]);
                rest = &after[close + 1..];
            }
            None => {
                out.push_str(&rest[..=open]);
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

fn words(s: &str) -> std::collections::HashSet<&str> {
    s.split(' ').filter(|w| !w.is_empty()).collect()
}

/// `title_match`: a gold title of `None` (the layout lost it) matches anything; otherwise
/// the normalised titles are equal or their word sets have a Jaccard index of at least 0.8.
pub fn title_match(gold: Option<&str>, got: Option<&str>) -> bool {
    let Some(gold) = gold else {
        return true;
    };
    let a = norm_text(Some(gold)).unwrap_or_default();
    let b = norm_text(got).unwrap_or_default();
    if a == b {
        return true;
    }
    let (wa, wb) = (words(&a), words(&b));
    if wa.is_empty() || wb.is_empty() {
        return false;
    }
    let inter = wa.intersection(&wb).count() as f64;
    let union = wa.union(&wb).count() as f64;
    inter / union >= 0.8
}

/// `count_resolutions`: the length of a list, an integer as is, anything else 0.
pub fn count_resolutions(item: &Value) -> i64 {
    match item.get("resolutions") {
        Some(Value::Array(list)) => list.len() as i64,
        Some(Value::Number(n)) => n.as_i64().unwrap_or(0),
        _ => 0,
    }
}

/// Python truthiness, for `bool(o.get("truncated"))`.
fn truthy(v: Option<&Value>) -> bool {
    match v {
        None | Some(Value::Null) => false,
        Some(Value::Bool(b)) => *b,
        Some(Value::Number(n)) => n.as_f64().is_some_and(|x| x != 0.0),
        Some(Value::String(s)) => !s.is_empty(),
        Some(Value::Array(a)) => !a.is_empty(),
        Some(Value::Object(o)) => !o.is_empty(),
    }
}

/// `x or default` for a JSON list.
fn list(v: Option<&Value>) -> &[Value] {
    match v {
        Some(Value::Array(a)) => a,
        _ => &[],
    }
}

fn str_of<'a>(v: &'a Value, key: &str) -> Option<&'a str> {
    v.get(key).and_then(Value::as_str)
}

/// `match_items`: greedy and in order. For each gold item, the first output item after the
/// previous match whose number (when gold has one) and title agree. Returns index pairs
/// `(gold, got)`.
pub fn match_items(gold: &[Value], got: &[Value]) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    let mut start = 0;
    for (gi, g) in gold.iter().enumerate() {
        let gn = norm_number(g.get("number").unwrap_or(&Value::Null));
        for (j, o) in got.iter().enumerate().skip(start) {
            // The script also skips indices already used; with `start` moving past every
            // match none can be, so that check is implied here.
            if gn.is_some() && norm_number(o.get("number").unwrap_or(&Value::Null)) != gn {
                continue;
            }
            if !title_match(str_of(g, "title"), str_of(o, "title")) {
                continue;
            }
            pairs.push((gi, j));
            start = j + 1;
            break;
        }
    }
    pairs
}

/// `f1` exactly as the script defines it (both empty is a perfect 1.0).
pub fn f1(tp: usize, n_gold: usize, n_got: usize) -> f64 {
    if n_gold == 0 && n_got == 0 {
        return 1.0;
    }
    let p = if n_got > 0 {
        tp as f64 / n_got as f64
    } else {
        0.0
    };
    let r = if n_gold > 0 {
        tp as f64 / n_gold as f64
    } else {
        0.0
    };
    if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    }
}

/// One disagreement between a gold file and the parser's output.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Miss {
    /// What disagrees: "committee", "item 64 truncated", "present", "item", "extra item".
    pub field: String,
    pub expected: String,
    pub got: String,
}

/// The script's per-document counters, plus the readable misses.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct DocScore {
    pub item_tp: usize,
    pub item_gold: usize,
    pub item_got: usize,
    pub trunc_ok: usize,
    pub res_ok: usize,
    pub matched: usize,
    pub field_ok: usize,
    pub field_n: usize,
    pub name_tp: usize,
    pub name_gold: usize,
    pub name_got: usize,
    /// The script's own miss lines ("item 59 'Minutes of ...'", "field date").
    pub script_misses: Vec<String>,
    /// Every disagreement with expected and actual values, for test failure messages.
    pub misses: Vec<Miss>,
}

impl DocScore {
    /// Every figure the summary averages is perfect: all gold items and no others found,
    /// every field, every name and no extra names, truncation and resolution counts right.
    pub fn is_perfect(&self) -> bool {
        self.item_tp == self.item_gold
            && self.item_got == self.item_gold
            && self.field_ok == self.field_n
            && self.name_tp == self.name_gold
            && self.name_got == self.name_gold
            && self.trunc_ok == self.matched
            && self.res_ok == self.matched
    }

    /// The script's one line per document.
    pub fn line(&self, name: &str) -> String {
        format!(
            "{:<40} items {}/{} (got {})  fields {}/{}  names {}/{}",
            name,
            self.item_tp,
            self.item_gold,
            self.item_got,
            self.field_ok,
            self.field_n,
            self.name_tp,
            self.name_gold
        )
    }
}

fn show(v: Option<&Value>) -> String {
    match v {
        None | Some(Value::Null) => "null".to_string(),
        Some(Value::String(s)) => format!("{s:?}"),
        Some(other) => other.to_string(),
    }
}

/// Python's `repr()` of a string, as the script's `%r` prints titles: single quotes unless
/// the text holds a single quote and no double quote.
fn py_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c == '\u{7f}' => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

fn item_label(item: &Value) -> String {
    let number = str_of(item, "number").unwrap_or("-");
    match str_of(item, "title") {
        Some(title) => format!("{number} {:?}", title.chars().take(60).collect::<String>()),
        None => format!("{number} (no title)"),
    }
}

fn names_tp(gold: &[Value], got: &[Value]) -> (usize, Vec<String>, Vec<String>) {
    let mut pool: Vec<Option<String>> = got.iter().map(norm_name).collect();
    let mut pool_raw: Vec<String> = got.iter().map(|v| show(Some(v))).collect();
    let mut tp = 0;
    let mut missing = Vec::new();
    for g in gold {
        let n = norm_name(g);
        match pool.iter().position(|p| *p == n) {
            Some(i) => {
                pool.remove(i);
                pool_raw.remove(i);
                tp += 1;
            }
            None => missing.push(show(Some(g))),
        }
    }
    (tp, missing, pool_raw)
}

/// `score_doc`: scores one parsed document against its gold file.
pub fn score_doc(gold: &Value, doc: &Value) -> DocScore {
    let mut c = DocScore::default();
    let gold_items = list(gold.get("items"));
    let items = list(doc.get("items"));
    let pairs = match_items(gold_items, items);
    c.item_tp = pairs.len();
    c.item_gold = gold_items.len();
    c.item_got = items.len();
    for &(gi, oi) in &pairs {
        let (g, o) = (&gold_items[gi], &items[oi]);
        c.matched += 1;
        let trunc_ok = truthy(o.get("truncated")) == truthy(g.get("truncated"));
        c.trunc_ok += usize::from(trunc_ok);
        if !trunc_ok {
            c.misses.push(Miss {
                field: format!("item {} truncated", item_label(g)),
                expected: truthy(g.get("truncated")).to_string(),
                got: truthy(o.get("truncated")).to_string(),
            });
        }
        let want = g.get("resolutions").and_then(Value::as_i64).unwrap_or(0);
        let have = count_resolutions(o);
        c.res_ok += usize::from(have == want);
        if have != want {
            c.misses.push(Miss {
                field: format!("item {} resolutions", item_label(g)),
                expected: want.to_string(),
                got: have.to_string(),
            });
        }
    }
    for (gi, g) in gold_items.iter().enumerate() {
        if !pairs.iter().any(|&(pg, _)| pg == gi) {
            let title: String = str_of(g, "title").unwrap_or("").chars().take(50).collect();
            c.script_misses.push(format!(
                "item {} {}",
                str_of(g, "number").unwrap_or("None"),
                py_repr(&title)
            ));
            c.misses.push(Miss {
                field: "item".to_string(),
                expected: item_label(g),
                got: "no matching item".to_string(),
            });
        }
    }
    for (oi, o) in items.iter().enumerate() {
        if !pairs.iter().any(|&(_, po)| po == oi) {
            c.misses.push(Miss {
                field: "extra item".to_string(),
                expected: "none".to_string(),
                got: item_label(o),
            });
        }
    }

    let empty = Value::Object(Default::default());
    let att = match doc.get("attendance") {
        Some(a @ Value::Object(m)) if !m.is_empty() => a,
        _ => &empty,
    };
    let mut checks: Vec<(&str, bool, String, String)> = Vec::new();
    if let Some(want) = str_of(gold, "committee") {
        let got = str_of(doc, "committee");
        let ok = norm_text(Some(want)) == norm_text(got);
        checks.push((
            "committee",
            ok,
            show(gold.get("committee")),
            show(doc.get("committee")),
        ));
    }
    for key in ["date", "status"] {
        if gold.get(key).is_some_and(|v| !v.is_null()) {
            let ok = gold.get(key) == doc.get(key);
            checks.push((key, ok, show(gold.get(key)), show(doc.get(key))));
        }
    }
    if let Some(want) = gold.get("chair").filter(|v| !v.is_null()) {
        let got = att.get("chair").unwrap_or(&Value::Null);
        let ok = norm_name(want) == norm_name(got);
        checks.push(("chair", ok, show(Some(want)), show(Some(got))));
    }
    if let Some(fam) = str_of(gold, "family").filter(|f| !f.is_empty() && *f != "other") {
        let got = str_of(doc, "format").unwrap_or("").replace('_', "-");
        let ok = got == fam;
        checks.push(("format", ok, format!("{fam:?}"), show(doc.get("format"))));
    }
    for (name, ok, expected, got) in checks {
        c.field_n += 1;
        c.field_ok += usize::from(ok);
        if !ok {
            c.script_misses.push(format!("field {name}"));
            c.misses.push(Miss {
                field: name.to_string(),
                expected,
                got,
            });
        }
    }
    for key in ["present", "apologies"] {
        let (g, o) = (list(gold.get(key)), list(att.get(key)));
        let (tp, missing, extra) = names_tp(g, o);
        c.name_tp += tp;
        c.name_gold += g.len();
        c.name_got += o.len();
        for m in missing {
            c.misses.push(Miss {
                field: key.to_string(),
                expected: m,
                got: "absent".to_string(),
            });
        }
        for e in extra {
            c.misses.push(Miss {
                field: key.to_string(),
                expected: "absent".to_string(),
                got: e,
            });
        }
    }
    c
}

/// Counters summed over documents, and the script's summary figures.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Totals {
    pub docs: usize,
    pub failed: usize,
    pub item_tp: usize,
    pub item_gold: usize,
    pub item_got: usize,
    pub trunc_ok: usize,
    pub res_ok: usize,
    pub matched: usize,
    pub field_ok: usize,
    pub field_n: usize,
    pub name_tp: usize,
    pub name_gold: usize,
    pub name_got: usize,
}

/// The script's summary, rounded to three decimals as it rounds them.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Summary {
    pub docs: usize,
    pub failed: usize,
    pub items_f1: f64,
    pub fields: Option<f64>,
    pub names_f1: f64,
    pub truncated_acc: Option<f64>,
    pub resolutions_acc: Option<f64>,
}

fn round3(x: f64) -> f64 {
    (x * 1000.0).round() / 1000.0
}

fn ratio(a: usize, b: usize) -> Option<f64> {
    (b > 0).then(|| round3(a as f64 / b as f64))
}

impl Totals {
    pub fn add(&mut self, c: &DocScore) {
        self.docs += 1;
        self.item_tp += c.item_tp;
        self.item_gold += c.item_gold;
        self.item_got += c.item_got;
        self.trunc_ok += c.trunc_ok;
        self.res_ok += c.res_ok;
        self.matched += c.matched;
        self.field_ok += c.field_ok;
        self.field_n += c.field_n;
        self.name_tp += c.name_tp;
        self.name_gold += c.name_gold;
        self.name_got += c.name_got;
    }

    pub fn summary(&self) -> Summary {
        Summary {
            docs: self.docs,
            failed: self.failed,
            items_f1: round3(f1(self.item_tp, self.item_gold, self.item_got)),
            fields: ratio(self.field_ok, self.field_n),
            names_f1: round3(f1(self.name_tp, self.name_gold, self.name_got)),
            truncated_acc: ratio(self.trunc_ok, self.matched),
            resolutions_acc: ratio(self.res_ok, self.matched),
        }
    }
}

/// Python's `str()` of an optional float: `None`, `1.0`, `0.875`.
fn py_float(v: Option<f64>) -> String {
    match v {
        None => "None".to_string(),
        Some(x) if x.fract() == 0.0 => format!("{x:.1}"),
        Some(x) => format!("{x}"),
    }
}

impl Summary {
    /// The script's headline line, character for character.
    pub fn headline(&self) -> String {
        format!(
            "items F1 {:.3} | fields {} | names F1 {:.3} | truncated {} | resolutions {} | docs {} | failed {}",
            self.items_f1,
            py_float(self.fields),
            self.names_f1,
            py_float(self.truncated_acc),
            py_float(self.resolutions_acc),
            self.docs,
            self.failed
        )
    }

    /// A figure by the script's summary key (`items_f1`, `fields`, ...).
    pub fn get(&self, key: &str) -> Option<f64> {
        match key {
            "items_f1" => Some(self.items_f1),
            "fields" => self.fields,
            "names_f1" => Some(self.names_f1),
            "truncated_acc" => self.truncated_acc,
            "resolutions_acc" => self.resolutions_acc,
            _ => None,
        }
    }

    /// `--require`: the floors this summary falls below, as the script words them
    /// ("items_f1 0.9 < 0.97"); a missing figure is below any floor.
    pub fn below(&self, floors: &[(&str, f64)]) -> Vec<String> {
        floors
            .iter()
            .filter_map(|&(key, floor)| match self.get(key) {
                Some(v) if v >= floor => None,
                v => Some(format!("{key} {} < {floor}", py_float(v))),
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn norm_text_keeps_only_ascii_words() {
        assert_eq!(
            norm_text(Some("Members’ declarations\u{a0}– Item 7e")).as_deref(),
            Some("members declarations item 7e")
        );
        assert_eq!(norm_text(Some("")).as_deref(), Some(""));
        assert_eq!(norm_text(Some("Café")).as_deref(), Some("caf"));
        assert_eq!(norm_text(None), None);
    }

    #[test]
    fn norm_number_drops_dots_and_spaces() {
        assert_eq!(norm_number(&json!("C 09/025")).as_deref(), Some("c09/025"));
        assert_eq!(norm_number(&json!("59.")).as_deref(), Some("59"));
        assert_eq!(norm_number(&json!(" . ")), None);
        assert_eq!(norm_number(&json!(5)).as_deref(), Some("5"));
        assert_eq!(norm_number(&Value::Null), None);
    }

    #[test]
    fn norm_name_strips_one_title_and_brackets() {
        assert_eq!(
            norm_name(&json!("Councillor Pitchley")).as_deref(),
            Some("pitchley")
        );
        assert_eq!(
            norm_name(&json!("Cllr. C Edwards")).as_deref(),
            Some("c edwards")
        );
        assert_eq!(
            norm_name(&json!("CLLR  Beck (Chairman)")).as_deref(),
            Some("beck")
        );
        // Only a whole word followed by white space is a title.
        assert_eq!(norm_name(&json!("Crane")).as_deref(), Some("crane"));
        assert_eq!(
            norm_name(&json!("Councillorsmith")).as_deref(),
            Some("councillorsmith")
        );
        // Titles other than the script's are kept.
        assert_eq!(
            norm_name(&json!("Alderman Ann King")).as_deref(),
            Some("alderman ann king")
        );
        assert_eq!(
            norm_name(&json!({"name": "", "text": "Mrs Dean (arrived late)"})).as_deref(),
            Some("mrs dean")
        );
        // An unclosed bracket is kept (and then dropped by norm_text as punctuation).
        assert_eq!(
            norm_name(&json!("Ray (note\nx) Lee")).as_deref(),
            Some("ray note x lee")
        );
        assert_eq!(norm_name(&json!("(Chair)")), None);
        assert_eq!(norm_name(&Value::Null), None);
    }

    #[test]
    fn titles_match_at_jaccard_four_fifths() {
        assert!(title_match(None, Some("anything")));
        assert!(title_match(Some("Minutes."), Some("minutes")));
        // 4 shared words of 5: 0.8 matches.
        assert!(title_match(Some("a b c d e"), Some("a b c d")));
        // 3 of 5: no.
        assert!(!title_match(Some("a b c d e"), Some("a b c f")));
        assert!(!title_match(Some("Minutes"), None));
        assert!(!title_match(Some("Minutes"), Some("")));
    }

    #[test]
    fn matching_is_greedy_and_in_order() {
        let gold = vec![
            json!({"number": "1", "title": "Apologies"}),
            json!({"number": "2", "title": "Minutes"}),
            json!({"number": null, "title": null}),
        ];
        let got = vec![
            json!({"number": "2", "title": "Minutes"}),
            json!({"number": "1", "title": "Apologies"}),
            json!({"number": "3", "title": "Whatever"}),
        ];
        // Item 1 matches index 1; item 2 may only look after it, so it is lost; the untitled
        // unnumbered gold item takes the next one.
        assert_eq!(match_items(&gold, &got), vec![(0, 1), (2, 2)]);
    }

    #[test]
    fn repr_quotes_like_python() {
        assert_eq!(py_repr("Minutes"), "'Minutes'");
        assert_eq!(
            py_repr("Members' declarations"),
            "\"Members' declarations\""
        );
        assert_eq!(py_repr("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(py_repr("x\ny"), "'x\\ny'");
    }

    #[test]
    fn f1_follows_the_script() {
        assert_eq!(f1(0, 0, 0), 1.0);
        assert_eq!(f1(0, 3, 0), 0.0);
        assert!((f1(2, 3, 4) - 4.0 / 7.0).abs() < 1e-12);
    }

    #[test]
    fn a_perfect_document_is_perfect_and_a_wrong_one_names_its_misses() {
        let gold = json!({
            "family": "printed", "committee": "PLANNING COMMITTEE", "date": "2023-12-05",
            "status": null, "chair": "Councillor Smith",
            "present": ["Smith", "Z. Patel"], "apologies": [],
            "items": [{"number": "131", "title": "MINUTES", "truncated": false, "resolutions": 1}]
        });
        let good = json!({
            "format": "printed", "committee": "Planning Committee", "date": "2023-12-05",
            "attendance": {"chair": {"name": "Smith"},
                           "present": [{"name": "Smith"}, {"name": "Z. Patel"}], "apologies": []},
            "items": [{"number": "131", "title": "Minutes", "truncated": false,
                       "resolutions": [{"text": "That"}]}]
        });
        let s = score_doc(&gold, &good);
        assert!(s.is_perfect(), "{:?}", s.misses);
        assert_eq!((s.field_ok, s.field_n), (4, 4));

        let bad = json!({"format": "unknown", "items": [
            {"number": "131", "title": "Minutes", "truncated": true, "resolutions": []},
            {"number": "132", "title": "Extra"}]});
        let s = score_doc(&gold, &bad);
        assert!(!s.is_perfect());
        let fields: Vec<&str> = s.misses.iter().map(|m| m.field.as_str()).collect();
        assert!(
            fields.contains(&"committee") && fields.contains(&"format"),
            "{fields:?}"
        );
        assert!(
            fields.iter().any(|f| f.ends_with("truncated")),
            "{fields:?}"
        );
        assert!(
            fields.iter().any(|f| f.ends_with("resolutions")),
            "{fields:?}"
        );
        assert!(fields.contains(&"extra item"), "{fields:?}");
        assert_eq!(
            s.script_misses,
            vec![
                "field committee",
                "field date",
                "field chair",
                "field format"
            ]
        );
    }

    #[test]
    fn headline_prints_like_python() {
        let s = Summary {
            docs: 5,
            failed: 0,
            items_f1: 1.0,
            fields: Some(0.95),
            names_f1: 0.5,
            truncated_acc: None,
            resolutions_acc: Some(1.0),
        };
        assert_eq!(
            s.headline(),
            "items F1 1.000 | fields 0.95 | names F1 0.500 | truncated None | resolutions 1.0 | docs 5 | failed 0"
        );
        assert_eq!(
            s.below(&[("items_f1", 1.0), ("fields", 0.97), ("truncated_acc", 0.5)]),
            vec!["fields 0.95 < 0.97", "truncated_acc None < 0.5"]
        );
    }
}
