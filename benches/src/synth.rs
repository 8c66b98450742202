//! Synthetic minutes of realistic shape, generated deterministically from a seed.
//!
//! The benchmarks and the instructions-per-byte script need megabytes of minutes that are
//! the same on every machine and that the repository may carry, so they cannot be the
//! published documents in `../shared`. These follow the layouts of `shared/FORMATS.md` with
//! made-up councils, people and business: line lengths, blank-line runs, attendance lists,
//! numbered items, resolutions, lists and page furniture in roughly the proportions of the
//! real ones. Nothing here is checked for parse accuracy; it exists to load the parser.
//!
//! [`stress`] builds the adversarial shapes (one huge line, a huge list, ...) used to check
//! that cost grows linearly with input size.

use std::fmt::Write;

/// A small, fast, well-mixed PRNG (SplitMix64): enough for varied text, and stable across
/// platforms and crate versions, which a `rand` dependency would not promise.
#[derive(Debug, Clone)]
pub struct Rng(u64);

impl Rng {
    pub fn new(seed: u64) -> Self {
        Rng(seed ^ 0x005E_ED0F_0A11_u64)
    }

    pub fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `lo..=hi`.
    pub fn range(&mut self, lo: usize, hi: usize) -> usize {
        lo + (self.next_u64() % (hi - lo + 1) as u64) as usize
    }

    pub fn pick<'a>(&mut self, items: &[&'a str]) -> &'a str {
        items[self.range(0, items.len() - 1)]
    }

    pub fn chance(&mut self, percent: usize) -> bool {
        self.range(1, 100) <= percent
    }
}

/// The layouts of `shared/FORMATS.md`, plus North American roll-call minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Layout {
    ModernGovListing,
    ModernGovItem,
    Printed,
    Cmis,
    Flattened,
    RollCall,
}

impl Layout {
    pub const ALL: [Layout; 6] = [
        Layout::ModernGovListing,
        Layout::ModernGovItem,
        Layout::Printed,
        Layout::Cmis,
        Layout::Flattened,
        Layout::RollCall,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Layout::ModernGovListing => "listing",
            Layout::ModernGovItem => "item",
            Layout::Printed => "printed",
            Layout::Cmis => "cmis",
            Layout::Flattened => "flattened",
            Layout::RollCall => "rollcall",
        }
    }

    /// How often each layout appears in a mixed corpus, in percent: listings and printed
    /// minutes dominate the archives.
    fn weight(self) -> usize {
        match self {
            Layout::ModernGovListing => 40,
            Layout::Printed => 30,
            Layout::ModernGovItem => 10,
            Layout::Cmis => 8,
            Layout::Flattened => 6,
            Layout::RollCall => 6,
        }
    }
}

const SURNAMES: &[&str] = &[
    "Ashdown",
    "Baverstock",
    "Brindle",
    "Carrow",
    "Dunmore",
    "Elphick",
    "Farrant",
    "Gorringe",
    "Halsey",
    "Ingleby",
    "Jessop",
    "Kettley",
    "Lovibond",
    "Marwood",
    "Nettleship",
    "Orpin",
    "Pennock",
    "Quarrie",
    "Rudkin",
    "Sowerby",
    "Tidball",
    "Upcott",
    "Varley",
    "Whitlock",
    "Yeoman",
    "Zealley",
    "O'Fallon",
    "Smythe-Carver",
    "Ng",
    "Okonkwo",
    "Patel",
    "Kowalczyk",
];
const INITIALS: &[&str] = &[
    "A.", "B.", "C. J.", "D.", "E.", "F.", "G.", "H. M.", "J.", "K.", "L.", "M.", "P.", "R.", "S.",
    "T.",
];
const HONORIFICS: &[&str] = &["", "", "", "", "Mrs ", "Mr ", "Ms ", "Dr "];
const BODIES: &[&str] = &[
    "Planning Committee",
    "Cabinet",
    "County Council",
    "Licensing Sub-Committee",
    "Overview and Scrutiny Committee",
    "Audit and Governance Committee",
    "Health and Wellbeing Board",
    "Children's Services Select Commission",
    "Environment and Transport Cabinet Committee",
    "Full Council",
];
const TOWNS: &[&str] = &[
    "Eastbridge",
    "Harlow Vale",
    "Kingsmere",
    "Northcott",
    "Pellham",
    "Westleigh",
];
const WEEKDAYS: &[&str] = &["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];
const MONTHS: &[&str] = &[
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];
const TOPICS: &[&str] = &[
    "Budget Monitoring Report - Quarter 2",
    "Local Plan Review: Regulation 18 Consultation",
    "Housing Revenue Account Business Plan",
    "Treasury Management Strategy",
    "Planning Application 23/01234/FUL - Land at Mill Lane",
    "Waste Collection Contract",
    "Annual Governance Statement",
    "Community Safety Partnership Update",
    "Fees and Charges 2025/26",
    "Climate Emergency Action Plan Progress",
    "Review of the Constitution",
    "Highways Maintenance Programme",
    "Leisure Centre Refurbishment",
    "Corporate Risk Register",
    "School Admission Arrangements",
    "Street Trading Policy",
];
const PROCEDURAL: &[&str] = &[
    "Apologies for Absence",
    "Declarations of Interest",
    "Minutes of the Previous Meeting",
    "Exclusion of the Press and Public",
    "Questions from Members of the Public",
    "Urgent Business",
    "Work Programme",
    "Date of Next Meeting",
];
const SENTENCES: &[&str] = &[
    "The Committee considered a report of the Director of Finance which set out the projected outturn for the year.",
    "Members noted that the overspend was largely attributable to demand pressures in adult social care.",
    "In response to a question, the officer confirmed that the consultation would run for eight weeks.",
    "The Chair thanked officers for their work in preparing the report.",
    "A Member asked whether the proposals had been assessed for their impact on rural communities, and was advised that an equality impact assessment had been completed.",
    "Discussion ensued regarding the timetable for delivery and the risks identified in the appendix.",
    "The Head of Planning advised that the application accorded with the development plan.",
    "It was noted that a further report would be brought to a future meeting.",
    "Members welcomed the progress made since the last update.",
    "The Committee was informed that the scheme would be funded from existing capital budgets.",
    "Concerns were raised about parking and highway safety; the officer explained the conditions proposed to address them.",
    "Following debate, the recommendations were put to the vote.",
];
const RESOLUTIONS: &[&str] = &[
    "That the report be noted.",
    "That the minutes of the meeting held on 28 January 2025 be approved as a correct record and signed by the Chair.",
    "That the recommendations set out in the report be approved.",
    "That planning permission be granted subject to the conditions set out in the report.",
    "That the Director be authorised, in consultation with the Portfolio Holder, to finalise the terms of the agreement.",
    "That a further report be submitted to the Committee in six months' time.",
    "That the draft policy be approved for public consultation.",
];
const BULLETS: &[&str] = &["•", "-", "o", "(a)", "1)"];

fn person(rng: &mut Rng) -> String {
    let honorific = rng.pick(HONORIFICS);
    if honorific.is_empty() && rng.chance(50) {
        format!("{} {}", rng.pick(INITIALS), rng.pick(SURNAMES))
    } else {
        format!("{honorific}{}", rng.pick(SURNAMES))
    }
}

/// A surname no other `i` gives ("Kebaba", "Lobaba", ...): for lists whose people must all
/// differ, where [`person`] draws from a short list.
fn distinct_surname(i: usize) -> String {
    const SYLLABLES: [&str; 16] = [
        "ba", "ke", "lo", "mi", "nu", "ra", "se", "ti", "vo", "wy", "do", "fa", "gi", "ho", "ju",
        "pe",
    ];
    let mut name = String::new();
    let mut i = i + 256;
    while i > 0 {
        name.push_str(SYLLABLES[i % 16]);
        i /= 16;
    }
    name[..1].to_uppercase() + &name[1..]
}

/// "A, B, C and D": the way attendance and apologies are written.
fn name_list(rng: &mut Rng, n: usize) -> String {
    let names: Vec<String> = (0..n).map(|_| person(rng)).collect();
    match names.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

fn date(rng: &mut Rng) -> String {
    format!(
        "{} {} {} {}",
        rng.pick(WEEKDAYS),
        rng.range(1, 28),
        rng.pick(MONTHS),
        rng.range(2009, 2025)
    )
}

/// Sentences wrapped at about 90 columns, as text converted from PDF is.
fn paragraph(rng: &mut Rng, out: &mut String, wrap: bool) {
    let n = rng.range(1, 4);
    let mut col = 0;
    for i in 0..n {
        let s = rng.pick(SENTENCES);
        if i > 0 {
            if wrap && col + s.len() > 90 {
                out.push('\n');
                col = 0;
            } else {
                out.push(' ');
                col += 1;
            }
        }
        out.push_str(s);
        col += s.len();
    }
    out.push('\n');
}

fn resolutions(rng: &mut Rng, out: &mut String, keyword: &str) {
    let n = rng.range(1, 3);
    if n == 1 {
        let _ = writeln!(out, "{keyword} {}", rng.pick(RESOLUTIONS));
    } else {
        let _ = writeln!(out, "{keyword}");
        for i in 1..=n {
            let _ = writeln!(out, "({i}) {}", rng.pick(RESOLUTIONS));
        }
    }
    if rng.chance(20) {
        let _ = writeln!(
            out,
            "(Proposed by Councillor {}, seconded by Councillor {}; carried {} for, {} against.)",
            rng.pick(SURNAMES),
            rng.pick(SURNAMES),
            rng.range(5, 12),
            rng.range(0, 4)
        );
    }
}

fn list(rng: &mut Rng, out: &mut String, entries: usize) {
    let marker = rng.pick(BULLETS);
    for _ in 0..entries {
        let level = if rng.chance(25) { 1 } else { 0 };
        let _ = writeln!(out, "{}{marker} {}", " ".repeat(level), rng.pick(SENTENCES));
    }
}

fn title(rng: &mut Rng, index: usize) -> &'static str {
    if index < 4 {
        PROCEDURAL[index]
    } else {
        rng.pick(TOPICS)
    }
}

fn printed(rng: &mut Rng, items: usize) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{}", rng.pick(BODIES).to_uppercase());
    let _ = writeln!(out, "{}\n", date(rng));
    let chair = rng.pick(SURNAMES);
    let members = rng.range(4, 14);
    let members = name_list(rng, members);
    let _ = writeln!(
        out,
        "Present:- Councillor {chair} (in the Chair); Councillors {members}.\n"
    );
    let _ = writeln!(
        out,
        "In attendance:- {} (Head of Democratic Services) and {} (Legal Adviser).\n",
        person(rng),
        person(rng)
    );
    let first = rng.range(1, 150);
    let mut lines = 0;
    for i in 0..items {
        let _ = writeln!(out, "{}. {}\n", first + i, title(rng, i).to_uppercase());
        for _ in 0..rng.range(0, 3) {
            paragraph(rng, &mut out, true);
            out.push('\n');
            lines += 3;
        }
        if rng.chance(15) {
            let entries = rng.range(2, 6);
            list(rng, &mut out, entries);
        }
        if rng.chance(70) {
            let keyword = rng.pick(&["RESOLVED:-", "Resolved: -", "RESOLVED that"]);
            resolutions(rng, &mut out, keyword);
            out.push('\n');
        }
        if lines > 40 {
            // Page furniture left by the PDF conversion.
            let _ = writeln!(out, "\n{}\n\nChair's initials\n", rng.range(1, 40));
            lines = 0;
        }
    }
    out
}

fn listing(rng: &mut Rng, items: usize) -> String {
    let mut out = String::new();
    let status = rng.pick(&[
        "Agenda and minutes",
        "Agenda and draft minutes",
        "Agenda, decisions and minutes",
    ]);
    let _ = writeln!(out, "{status}\n\n");
    let _ = writeln!(
        out,
        "{} - {} {}.00 {}\n",
        rng.pick(BODIES),
        date(rng),
        rng.range(1, 11),
        rng.pick(&["a.m.", "pm", "am"])
    );
    let _ = writeln!(
        out,
        "Venue: Council Chamber, {} Town Hall\n",
        rng.pick(TOWNS)
    );
    let _ = writeln!(
        out,
        "Contact: {}, Democratic Services Tel: 01234 {}  Email: democratic.services@example.gov.uk\n",
        person(rng),
        rng.range(100_000, 999_999)
    );
    out.push_str("Items\nNo. Item\n\n");
    let first = rng.range(1, 120);
    for i in 0..items {
        let _ = write!(out, "{}.\n\n{}", first + i, title(rng, i));
        if rng.chance(40) {
            let _ = write!(out, " pdf icon PDF {} KB", rng.range(40, 900));
        }
        out.push_str("\n\n \n\n");
        paragraph(rng, &mut out, false);
        out.push('\n');
        if rng.chance(30) {
            out.push_str("Additional documents:\n\n");
        }
        out.push_str("Minutes:\n\n");
        for _ in 0..rng.range(0, 3) {
            paragraph(rng, &mut out, false);
            out.push('\n');
        }
        if rng.chance(10) {
            let entries = rng.range(3, 8);
            list(rng, &mut out, entries);
            out.push('\n');
        }
        if rng.chance(65) {
            resolutions(rng, &mut out, "Resolved: -");
            out.push('\n');
        }
        if rng.chance(5) {
            let _ = writeln!(
                out,
                " ...  view the full minutes text for item {}.\n",
                first + i
            );
        }
    }
    out
}

fn single_item(rng: &mut Rng, items: usize) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Agenda item\n\n{}\n\nMeeting: {:02}/{:02}/{} - {} (Item {})\n",
        rng.pick(TOPICS),
        rng.range(1, 28),
        rng.range(1, 12),
        rng.range(2009, 2025),
        rng.pick(BODIES),
        rng.range(1, 400)
    );
    out.push_str("Minutes:\n\n");
    for _ in 0..items.max(1) {
        paragraph(rng, &mut out, false);
        out.push('\n');
    }
    resolutions(rng, &mut out, "RESOLVED:");
    out
}

fn cmis(rng: &mut Rng, items: usize) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Meeting Details\n\n{}\n{}\n",
        rng.pick(BODIES),
        date(rng)
    );
    out.push_str("ItemDescriptionResolution\n");
    let year = rng.range(9, 24);
    for i in 0..items {
        let _ = writeln!(out, "C {year:02}/{:03} {}", i + 1, title(rng, i));
        paragraph(rng, &mut out, false);
        if rng.chance(60) {
            resolutions(rng, &mut out, "RESOLVED that");
        }
        out.push('\n');
    }
    out
}

fn flattened(rng: &mut Rng, items: usize) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} - {}", rng.pick(BODIES), date(rng));
    for i in 0..items {
        let _ = write!(out, "{} ", title(rng, i));
        paragraph(rng, &mut out, false);
        out.pop();
        let _ = write!(out, " Minutes: {} |", rng.pick(RESOLUTIONS));
        if rng.chance(30) {
            out.push('\n');
        }
    }
    out.push('\n');
    out
}

fn roll_call(rng: &mut Rng, items: usize) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "CITY OF {}\nCITY COUNCIL MEETING MINUTES\n{}\n\nCALL TO ORDER\nMayor {} called the meeting to order at 7:00 p.m.\n",
        rng.pick(TOWNS).to_uppercase(),
        date(rng),
        rng.pick(SURNAMES)
    );
    let _ = writeln!(
        out,
        "ROLL CALL\nCouncil Members present: {}\nCouncil Members absent: {}\n",
        name_list(rng, 6),
        name_list(rng, 1)
    );
    for i in 0..items {
        let _ = writeln!(out, "{}. {}", i + 1, rng.pick(TOPICS).to_uppercase());
        paragraph(rng, &mut out, true);
        let _ = writeln!(
            out,
            "Council Member {} moved to approve; Council Member {} seconded the motion. Motion carried {}-{}.\n",
            rng.pick(SURNAMES),
            rng.pick(SURNAMES),
            rng.range(4, 7),
            rng.range(0, 2)
        );
    }
    out
}

/// One document of `layout` with about `items` items.
pub fn document(seed: u64, layout: Layout, items: usize) -> String {
    let mut rng = Rng::new(seed);
    match layout {
        Layout::ModernGovListing => listing(&mut rng, items),
        Layout::ModernGovItem => single_item(&mut rng, items.min(12)),
        Layout::Printed => printed(&mut rng, items),
        Layout::Cmis => cmis(&mut rng, items),
        Layout::Flattened => flattened(&mut rng, items),
        Layout::RollCall => roll_call(&mut rng, items),
    }
}

/// A named document of a mixed corpus.
#[derive(Debug, Clone)]
pub struct NamedText {
    pub name: String,
    pub text: String,
}

/// Documents in the layouts' usual proportions and sizes (about 2 to 40 KB), generated from
/// seeds `seed, seed+1, ...` until at least `total_bytes` are made. The same arguments give
/// the same bytes.
pub fn corpus(seed: u64, total_bytes: usize) -> Vec<NamedText> {
    let mut docs = Vec::new();
    let mut made = 0;
    let mut rng = Rng::new(seed);
    let mut i = 0u64;
    while made < total_bytes {
        let mut roll = rng.range(1, 100);
        let layout = Layout::ALL
            .into_iter()
            .find(|l| {
                if roll <= l.weight() {
                    true
                } else {
                    roll -= l.weight();
                    false
                }
            })
            .unwrap_or(Layout::Printed);
        let items = rng.range(4, 40);
        let text = document(seed.wrapping_add(i), layout, items);
        made += text.len();
        docs.push(NamedText {
            name: format!("{i:05}_{}.txt", layout.name()),
            text,
        });
        i += 1;
    }
    docs
}

/// Inputs built to expose superlinear paths; each grows with `scale`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stress {
    /// A printed document with very many items.
    Items,
    /// A document whose minutes are one line with no line break.
    LongLine,
    /// One item holding a very long nested list.
    LongList,
    /// A "Present:-" line naming very many people.
    Attendance,
    /// A flattened export: very many " |"-separated items on few lines.
    Flattened,
    /// One item recording very many resolutions, each with a mover, a seconder and a vote.
    Resolutions,
    /// Mostly white space: long runs of blank and space-only lines between short items.
    Whitespace,
    /// One item whose minutes welcome very many officers, every one of a different name.
    Welcomes,
    /// A flattened export whose item has a title line, then a long run of blank lines, then
    /// many lines of text.
    FlattenedBlanks,
    /// OCR debris of no known layout: lines of dotted numbers ("1.1.1.1 2.2.2.2 ...").
    Dotted,
    /// Tables of figures and nothing else, no known layout.
    Figures,
    /// Printed minutes whose items hold long runs of blank lines (empty or a few spaces).
    BlankRuns,
    /// A flattened export whose apologies item repeats the same apologies line.
    Apologies,
    /// Printed minutes of finance items, each carrying a budget table.
    BudgetPrinted,
    /// A ModernGov listing page of finance items, each carrying a budget table.
    BudgetModernGov,
    /// A flattened export of finance items, each carrying a budget table.
    BudgetFlattened,
    /// Finance minutes with budget tables, of no known layout.
    BudgetUnknown,
    /// North American minutes whose roll call is a table of very many members, one a line,
    /// every one of a different name.
    RollCall,
}

impl Stress {
    pub const ALL: [Stress; 18] = [
        Stress::Items,
        Stress::LongLine,
        Stress::LongList,
        Stress::Attendance,
        Stress::Flattened,
        Stress::Resolutions,
        Stress::Whitespace,
        Stress::Welcomes,
        Stress::FlattenedBlanks,
        Stress::Dotted,
        Stress::Figures,
        Stress::BlankRuns,
        Stress::Apologies,
        Stress::BudgetPrinted,
        Stress::BudgetModernGov,
        Stress::BudgetFlattened,
        Stress::BudgetUnknown,
        Stress::RollCall,
    ];

    pub fn name(self) -> &'static str {
        match self {
            Stress::Items => "items",
            Stress::LongLine => "long-line",
            Stress::LongList => "long-list",
            Stress::Attendance => "attendance",
            Stress::Flattened => "flattened",
            Stress::Resolutions => "resolutions",
            Stress::Whitespace => "whitespace",
            Stress::Welcomes => "welcomes",
            Stress::FlattenedBlanks => "flattened-blanks",
            Stress::Dotted => "dotted",
            Stress::Figures => "figures",
            Stress::BlankRuns => "blank-runs",
            Stress::Apologies => "apologies",
            Stress::BudgetPrinted => "budget-printed",
            Stress::BudgetModernGov => "budget-moderngov",
            Stress::BudgetFlattened => "budget-flattened",
            Stress::BudgetUnknown => "budget-unknown",
            Stress::RollCall => "roll-call",
        }
    }
}

impl std::str::FromStr for Stress {
    type Err = String;

    fn from_str(s: &str) -> Result<Self, String> {
        Stress::ALL
            .into_iter()
            .find(|x| x.name() == s)
            .ok_or_else(|| format!("unknown stress shape {s:?}"))
    }
}

/// A stress document of about `scale` × 64 KB. Scale 10 is the 1× document's content
/// repeated with the same structure, so cost per byte should not change.
pub fn stress(shape: Stress, scale: usize) -> String {
    const UNIT: usize = 64 * 1024;
    let target = UNIT * scale.max(1);
    let mut rng = Rng::new(7);
    let mut out = String::with_capacity(target + 4096);
    match shape {
        Stress::Items => {
            out.push_str("PLANNING COMMITTEE\nTuesday 5 December 2023\n\n");
            let mut n = 1;
            while out.len() < target {
                let _ = writeln!(out, "{n}. {}\n", rng.pick(TOPICS).to_uppercase());
                paragraph(&mut rng, &mut out, true);
                let _ = writeln!(out, "\nRESOLVED:- {}\n", rng.pick(RESOLUTIONS));
                n += 1;
            }
        }
        Stress::LongLine => {
            out.push_str("PLANNING COMMITTEE\nTuesday 5 December 2023\n\n1. BUDGET\n\n");
            while out.len() < target {
                out.push_str(rng.pick(SENTENCES));
                out.push(' ');
            }
            out.push('\n');
        }
        Stress::LongList => {
            out.push_str(
                "PLANNING COMMITTEE\nTuesday 5 December 2023\n\n1. BUDGET\n\nRESOLVED:-\n",
            );
            while out.len() < target {
                let level = rng.range(0, 3);
                let _ = writeln!(out, "{}- {}", " ".repeat(level), rng.pick(SENTENCES));
            }
        }
        Stress::Attendance => {
            out.push_str("PLANNING COMMITTEE\nTuesday 5 December 2023\n\nPresent:- Councillor Ashdown (in the Chair); Councillors ");
            while out.len() < target {
                let _ = write!(out, "{}, ", person(&mut rng));
            }
            out.push_str("and Zealley.\n\n1. APOLOGIES FOR ABSENCE\n\nThere were none.\n");
        }
        Stress::Flattened => {
            out.push_str("Cabinet - Monday 3 July 2023\n");
            let mut n = 0;
            while out.len() < target {
                let _ = write!(
                    out,
                    "{} {} Minutes: {} |",
                    rng.pick(TOPICS),
                    rng.pick(SENTENCES),
                    rng.pick(RESOLUTIONS)
                );
                n += 1;
                if n % 200 == 0 {
                    out.push('\n');
                }
            }
            out.push('\n');
        }
        Stress::Resolutions => {
            out.push_str("FULL COUNCIL\nThursday 7 March 2024\n\n12. BUDGET AND COUNCIL TAX\n\n");
            let mut n = 1;
            while out.len() < target {
                let _ = writeln!(
                    out,
                    "Amendment {n} was moved by Councillor {}, seconded by Councillor {}.\n\
                     On being put to the vote the amendment was CARRIED ({} for, {} against, {} abstentions).\n\
                     RESOLVED: {}\n",
                    rng.pick(SURNAMES),
                    rng.pick(SURNAMES),
                    rng.range(10, 40),
                    rng.range(0, 20),
                    rng.range(0, 5),
                    rng.pick(RESOLUTIONS)
                );
                n += 1;
            }
        }
        Stress::Whitespace => {
            out.push_str("PLANNING COMMITTEE\nTuesday 5 December 2023\n");
            let mut n = 1;
            while out.len() < target {
                let blank = rng.range(0, 40);
                for _ in 0..20 {
                    out.push_str(&" ".repeat(blank));
                    out.push('\n');
                }
                let _ = writeln!(out, "{n}. {}", rng.pick(PROCEDURAL).to_uppercase());
                n += 1;
            }
        }
        Stress::RollCall => {
            out.push_str("CITY OF OAKVALE\nCITY COUNCIL\nMarch 4, 2025\n\nRoll call:\n");
            let mut n = 0;
            while out.len() < target {
                let word = rng.pick(&["Present", "Absent", "Excused"]);
                let _ = writeln!(out, "Councilmember {} \u{2013} {word}", distinct_surname(n));
                n += 1;
            }
            out.push_str("\n1. CALL TO ORDER\nMayor Ruiz opened the meeting.\n");
        }
        Stress::Welcomes => {
            out.push_str(
                "PLANNING COMMITTEE\nTuesday 5 December 2023\n\n\
                 3. APOLOGIES FOR ABSENCE\n\nThere were none.\n\n4. BUDGET\n\n",
            );
            let mut n = 0;
            while out.len() < target {
                let _ = write!(
                    out,
                    "The Chair welcomed to the meeting {} {}, Head of {}, and Dr {}.",
                    rng.pick(&["Anna", "Ben", "Chris", "Dana", "Eve", "Femi"]),
                    distinct_surname(n),
                    rng.pick(TOPICS),
                    distinct_surname(n + 1),
                );
                n += 2;
                out.push_str(if n % 16 == 0 { "\n\n" } else { "\n" });
            }
            out.push_str("\n\n5. DATE OF NEXT MEETING\n\nTo be confirmed.\n");
        }
        Stress::FlattenedBlanks => {
            out.push_str("Cabinet - Monday 3 July 2023\nNo. | Item |\n---|---|\nBudget\n");
            while out.len() < target / 2 {
                out.push('\n');
            }
            while out.len() < target {
                let _ = writeln!(out, "{}", rng.pick(SENTENCES));
            }
            out.push_str(" |\n|\nDate of Next Meeting Minutes: To be confirmed. |\n");
        }
        Stress::Dotted => {
            while out.len() < target {
                for _ in 0..rng.range(4, 12) {
                    let d = rng.range(1, 9);
                    let _ = write!(out, "{d}.{d}.{d}.{d} ");
                }
                out.push('\n');
            }
        }
        Stress::Figures => {
            while out.len() < target {
                budget_table(&mut rng, &mut out);
                out.push('\n');
            }
        }
        Stress::BlankRuns => {
            out.push_str("PLANNING COMMITTEE\nTuesday 5 December 2023\n\n");
            let mut n = 1;
            while out.len() < target {
                let _ = writeln!(out, "{n}. {}\n", rng.pick(TOPICS).to_uppercase());
                paragraph(&mut rng, &mut out, true);
                for _ in 0..rng.range(20, 200) {
                    out.push_str(&" ".repeat(rng.range(0, 3)));
                    out.push('\n');
                }
                let _ = writeln!(out, "RESOLVED:- {}\n", rng.pick(RESOLUTIONS));
                n += 1;
            }
        }
        Stress::Apologies => {
            // One line: the export's item runs on without a line break.
            out.push_str("Cabinet - Monday 3 July 2023\nApologies for Absence Minutes: ");
            while out.len() < target {
                out.push_str("Apologies for absence were received from Councillor Ashdown. |");
            }
            out.push('\n');
        }
        Stress::BudgetPrinted => {
            out.push_str("CABINET\nTuesday 5 December 2023\n\nPresent:- Councillor Ashdown (in the Chair); Councillors Brindle and Carrow.\n\n");
            let mut n = 1;
            while out.len() < target {
                let _ = writeln!(
                    out,
                    "{n}. REVENUE BUDGET MONITORING QUARTER {}\n",
                    n % 4 + 1
                );
                finance_item(&mut rng, &mut out, "RESOLVED:-");
                out.push('\n');
                n += 1;
            }
        }
        Stress::BudgetModernGov => {
            out.push_str("Agenda and minutes\n\n\nCabinet - Tuesday 5 December 2023 10.00 am\n\nVenue: Council Chamber, Town Hall\n\nItems\nNo. Item\n\n");
            let mut n = 1;
            while out.len() < target {
                let _ = write!(
                    out,
                    "{n}.\n\nRevenue Budget Monitoring Quarter {}\n\n \n\nMinutes:\n\n",
                    n % 4 + 1
                );
                finance_item(&mut rng, &mut out, "Resolved: -");
                out.push('\n');
                n += 1;
            }
        }
        Stress::BudgetFlattened => {
            out.push_str("Cabinet - Monday 3 July 2023\n");
            while out.len() < target {
                out.push_str("Revenue Budget Monitoring Minutes: ");
                let mut table = String::new();
                finance_item(&mut rng, &mut table, "RESOLVED:");
                out.push_str(&table.replace('\n', " "));
                out.push_str(" |\n");
            }
        }
        Stress::BudgetUnknown => {
            while out.len() < target {
                out.push_str("Revenue budget monitoring\n\n");
                finance_item(&mut rng, &mut out, "Agreed:");
                out.push('\n');
            }
        }
    }
    out
}

/// A finance item's minutes: a paragraph, a budget table, a resolution.
fn finance_item(rng: &mut Rng, out: &mut String, keyword: &str) {
    out.push_str("The Director of Finance presented the report on the forecast outturn.\n\n");
    budget_table(rng, out);
    out.push('\n');
    let _ = writeln!(out, "{keyword} {}", rng.pick(RESOLUTIONS));
}

/// A table of figures as converted from PDF: a service budget with forecasts and variances,
/// and a quarterly series.
fn budget_table(rng: &mut Rng, out: &mut String) {
    const SERVICES: &[&str] = &[
        "Staffing",
        "Premises",
        "Transport",
        "Supplies and Services",
        "Third Party Payments",
        "Income",
        "Capital Financing",
        "Total",
    ];
    out.push_str("Service   Budget   Forecast   Variance   %\n");
    for s in SERVICES {
        let budget = rng.range(10_000, 9_999_999);
        let forecast = budget - budget / 40 + rng.range(0, budget / 20);
        let (open, diff, close) = if forecast >= budget {
            ("", forecast - budget, "")
        } else {
            ("(", budget - forecast, ")")
        };
        let pct = (forecast as f64 - budget as f64) / budget as f64 * 100.0;
        let _ = writeln!(
            out,
            "{s}   {}   {}   {open}{}{close}   {pct:.1}%",
            thousands(budget),
            thousands(forecast),
            thousands(diff)
        );
    }
    for q in 1..=4 {
        let year = rng.range(2019, 2024);
        let _ = writeln!(
            out,
            "Q{q} {year}/{:02}  {}.{}  {}.{}",
            (year + 1) % 100,
            rng.range(5, 30),
            rng.range(0, 9),
            rng.range(5, 30),
            rng.range(0, 9)
        );
    }
}

/// "1,234,567".
fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generation_is_deterministic() {
        let a = corpus(1, 200_000);
        let b = corpus(1, 200_000);
        assert_eq!(a.len(), b.len());
        assert!(a
            .iter()
            .zip(&b)
            .all(|(x, y)| x.name == y.name && x.text == y.text));
        assert!(a.iter().map(|d| d.text.len()).sum::<usize>() >= 200_000);
    }

    #[test]
    fn corpus_mixes_every_layout() {
        let docs = corpus(3, 1_000_000);
        for layout in Layout::ALL {
            assert!(
                docs.iter()
                    .any(|d| d.name.ends_with(&format!("_{}.txt", layout.name()))),
                "no {layout:?}"
            );
        }
    }

    #[test]
    fn stress_documents_scale_linearly_in_size() {
        for shape in Stress::ALL {
            let one = stress(shape, 1).len() as f64;
            let ten = stress(shape, 10).len() as f64;
            let ratio = ten / one;
            assert!((9.5..=10.5).contains(&ratio), "{shape:?}: {ratio}");
        }
    }
}
