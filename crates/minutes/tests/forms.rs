//! The ways councils write the same thing, one table per field: heading numbers, header
//! titles, chairs, attendance, apologies and resolutions, each form on a small parish page
//! (made up) with what a reader finds in it. Each row is a form some council uses; a rule
//! that reads one form must not lose the others.

use minutes::{parse, Document};

const TITLES: [&str; 4] = [
    "Apologies for absence",
    "Declarations of interest",
    "Minutes of the last meeting",
    "Finance",
];

/// A page with four items whose headings `heading(number, title)` writes.
fn page_with_headings(heading: impl Fn(usize, &str) -> String) -> String {
    let bodies = [
        "Cllr D Kerr sent apologies.",
        "None.",
        "RESOLVED that the minutes be approved.",
        "The payments were approved.",
    ];
    let mut text = String::from(
        "Kelby Parish Council\nMinutes of the meeting of the Parish Council held on Monday 2 June 2025\n\nPresent: Cllr A Hale (Chair), Cllr B Ives, Cllr C Joss\n\n",
    );
    for (i, (title, body)) in TITLES.iter().zip(bodies).enumerate() {
        text.push_str(&format!("{}\n{body}\n", heading(i + 1, title)));
    }
    text
}

/// The items' numbers and titles, the titles in lower case (one form writes them in
/// capitals).
fn numbers_and_titles(doc: &Document) -> Vec<(String, String)> {
    doc.items
        .iter()
        .map(|item| {
            (
                item.number.as_deref().unwrap_or("").to_string(),
                item.title.as_str().to_lowercase(),
            )
        })
        .collect()
}

#[test]
fn item_headings_in_every_numbering() {
    type Heading = fn(usize, &str) -> String;
    let forms: [(&str, Heading, [&str; 4]); 13] = [
        ("1.", |n, t| format!("{n}. {t}"), ["1", "2", "3", "4"]),
        ("1", |n, t| format!("{n} {t}"), ["1", "2", "3", "4"]),
        (
            "1. CAPITALS",
            |n, t| format!("{n}. {}", t.to_uppercase()),
            ["1", "2", "3", "4"],
        ),
        ("1.<tab>", |n, t| format!("{n}.\t{t}"), ["1", "2", "3", "4"]),
        ("1)", |n, t| format!("{n}) {t}"), ["1", "2", "3", "4"]),
        ("(1)", |n, t| format!("({n}) {t}"), ["1", "2", "3", "4"]),
        (
            "Item 1.",
            |n, t| format!("Item {n}. {t}"),
            ["1", "2", "3", "4"],
        ),
        (
            "ITEM 1 -",
            |n, t| format!("ITEM {n} - {t}"),
            ["1", "2", "3", "4"],
        ),
        (
            "Minute 1:",
            |n, t| format!("Minute {n}: {t}"),
            ["1", "2", "3", "4"],
        ),
        (
            "Minute No. 25/01",
            |n, t| format!("Minute No. 25/0{n} {t}"),
            ["25/01", "25/02", "25/03", "25/04"],
        ),
        (
            "25/01",
            |n, t| format!("25/0{n} {t}"),
            ["25/01", "25/02", "25/03", "25/04"],
        ),
        (
            "01/25",
            |n, t| format!("0{n}/25 {t}"),
            ["01/25", "02/25", "03/25", "04/25"],
        ),
        (
            "P/25/01",
            |n, t| format!("P/25/0{n} {t}"),
            ["P/25/01", "P/25/02", "P/25/03", "P/25/04"],
        ),
    ];
    for (form, heading, numbers) in forms {
        let text = page_with_headings(heading);
        let got = numbers_and_titles(&parse(&text));
        let want: Vec<(String, String)> = numbers
            .iter()
            .zip(TITLES)
            .map(|(n, t)| (n.to_string(), t.to_lowercase()))
            .collect();
        assert_eq!(got, want, "{form}: {text}");
    }
}

/// A page whose header is `head`, with two numbered items.
fn page_with_head(head: &str) -> Document {
    parse(&format!(
        "{head}\n\nPresent: Councillor A Hale (Chair), Councillors B Ives and C Joss.\n\n1. APOLOGIES FOR ABSENCE\nNone.\n\n2. MINUTES\nRESOLVED that the minutes be approved.\n"
    ))
}

#[test]
fn committee_and_date_from_every_title() {
    for (head, committee, date) in [
        ("Minutes of the Planning Committee held on Tuesday 4 March 2025 at 7.00 pm", "Planning Committee", "2025-03-04"),
        ("PLANNING COMMITTEE\nMinutes of the meeting held at the Civic Centre on Tuesday 4 March 2025", "PLANNING COMMITTEE", "2025-03-04"),
        ("MINUTES OF A MEETING OF THE PLANNING COMMITTEE HELD ON 4 MARCH 2025", "PLANNING COMMITTEE", "2025-03-04"),
        ("Planning Committee\n4 March 2025", "Planning Committee", "2025-03-04"),
        ("Planning Committee - 4th March 2025", "Planning Committee", "2025-03-04"),
        ("Minutes of a meeting of the Licensing Sub-Committee held in the Council Chamber on 04/03/2025", "Licensing Sub-Committee", "2025-03-04"),
        ("DRAFT MINUTES\nCABINET\nWednesday, 5th March, 2025", "CABINET", "2025-03-05"),
        ("Minutes of the Ordinary Meeting of Kelby Town Council held on 12th May 2025", "Kelby Town Council", "2025-05-12"),
        ("Meeting of the Full Council\nDate: Thursday 6 March 2025\nTime: 7.00 pm", "Full Council", "2025-03-06"),
        ("Audit Committee\nMeeting held on 6 March 2025", "Audit Committee", "2025-03-06"),
        ("Overview and Scrutiny Board\nMinutes - 6 March 2025", "Overview and Scrutiny Board", "2025-03-06"),
        ("Kelby Parish Council\nMinutes of the meeting held on Tuesday the 4th of March 2025", "Kelby Parish Council", "2025-03-04"),
        ("Kelby Parish Council\nMinutes of the meeting held on the 4th day of March, 2025", "Kelby Parish Council", "2025-03-04"),
        ("Kelby Parish Council\nMinutes of the meeting held on 2025-03-04", "Kelby Parish Council", "2025-03-04"),
        ("Kelby Parish Council\nMinutes of the meeting held on 03/18/2025", "Kelby Parish Council", "2025-03-18"),
        ("Minutes \u{2013} Planning Committee\n4 March 2025", "Planning Committee", "2025-03-04"),
        ("MINUTES - PLANNING COMMITTEE - 4 MARCH 2025", "PLANNING COMMITTEE", "2025-03-04"),
        ("Minutes of the Parish Council Meeting held on Tuesday 4 March 2025", "Parish Council", "2025-03-04"),
        ("Minutes of Kelby Parish Council Meeting held on Tuesday 4 March 2025", "Kelby Parish Council", "2025-03-04"),
        ("Kelby Parish Council (Draft)\nMinutes of the meeting held on 4 March 2025", "Kelby Parish Council", "2025-03-04"),
        ("Kelby Parish Council - Draft Minutes\nMeeting held on 4 March 2025", "Kelby Parish Council", "2025-03-04"),
        ("Planning Committee Minutes \u{2013} 4 March 2025", "Planning Committee", "2025-03-04"),
        ("Minutes of the Planning Committee \u{2013} Tuesday 4 March 2025", "Planning Committee", "2025-03-04"),
        ("Kelby Parish Council\nMinutes of the meeting held on 04.03.25", "Kelby Parish Council", "2025-03-04"),
        ("Kelby Parish Council\nDate: 4/3/25\nTime: 7.30pm", "Kelby Parish Council", "2025-03-04"),
        ("KELBY TOWN COUNCIL\nPLANNING COMMITTEE\nMinutes of the meeting held on 4 March 2025", "PLANNING COMMITTEE", "2025-03-04"),
    ] {
        let doc = page_with_head(head);
        assert_eq!(doc.committee.as_deref(), Some(committee), "{head:?}");
        assert_eq!(doc.date.map(|d| d.to_string()).as_deref(), Some(date), "{head:?}");
    }
}

/// GOLD-FORMAT's status: "draft" where the minutes say they are draft, null where they say
/// nothing of it ("approved" and "unconfirmed" are not its words).
#[test]
fn draft_marks_in_every_form() {
    for (head, draft) in [
        ("DRAFT MINUTES\nKelby Parish Council\nMinutes of the meeting held on 4 March 2025", true),
        ("Kelby Parish Council\nDraft minutes subject to approval\nMeeting held on 4 March 2025", true),
        ("Draft\nKelby Parish Council\nMinutes of the meeting held on 4 March 2025", true),
        ("Draft \u{2013} subject to approval\nKelby Parish Council\nMinutes of the meeting held on 4 March 2025", true),
        ("Kelby Parish Council (Draft)\nMinutes of the meeting held on 4 March 2025", true),
        ("Kelby Parish Council\nMinutes (Draft)\nMeeting held on 4 March 2025", true),
        ("Kelby Parish Council - Draft Minutes\nMeeting held on 4 March 2025", true),
        ("PLANNING COMMITTEE \u{2013} DRAFT\nMinutes of the meeting held on 4 March 2025", true),
        ("Kelby Parish Council\nMinutes of the meeting held on 4 March 2025 (Draft)", true),
        ("Kelby Parish Council\nMinutes of the meeting held on 4 March 2025", false),
        ("Kelby Parish Council\nApproved minutes of the meeting held on 4 March 2025", false),
        ("Kelby Parish Council\nDraft Local Plan Working Group\nMeeting held on 4 March 2025", false),
    ] {
        let doc = page_with_head(head);
        let want = draft.then_some(minutes::Status::Draft);
        assert_eq!(doc.status, want, "{head:?}");
    }
}

fn names(people: &[minutes::Person]) -> Vec<&str> {
    people.iter().map(|p| p.name.as_str()).collect()
}

/// A page whose attendance lines are `attendance`, with two numbered items.
fn page_with_attendance(attendance: &str) -> Document {
    parse(&format!(
        "Kelby Parish Council\nMinutes of the meeting held on Monday 2 June 2025\n\n{attendance}\n\n1. Apologies for absence\nNone further.\n2. Finance\nPaid.\n"
    ))
}

#[test]
fn members_present_and_the_chair_in_every_form() {
    let all = ["A Hale", "B Ives", "C Joss"];
    for (lines, present, chair) in [
        (
            "Present: Cllrs A Hale (Chair), B Ives and C Joss",
            &all[..],
            Some("A Hale"),
        ),
        (
            "PRESENT: Councillor A Hale (Chairman); Councillors B Ives, C Joss",
            &all,
            Some("A Hale"),
        ),
        (
            "Present:\nCllr A Hale (Chair)\nCllr B Ives\nCllr C Joss",
            &all,
            Some("A Hale"),
        ),
        ("Councillors present: A Hale, B Ives, C Joss", &all, None),
        (
            "In the Chair: Cllr A Hale\nPresent: Cllrs B Ives, C Joss",
            &all,
            Some("A Hale"),
        ),
        (
            "Chairman: Cllr A Hale\nPresent: Cllrs B Ives, C Joss",
            &all,
            Some("A Hale"),
        ),
        (
            "Present:\tCllr A Hale (Chair)\n\tCllr B Ives\n\tCllr C Joss",
            &all,
            Some("A Hale"),
        ),
        (
            "Present: Cllr A Hale - Chairman, Cllr B Ives, Cllr C Joss",
            &all,
            Some("A Hale"),
        ),
        (
            "Present: Cllr A Hale (Vice-Chair, in the Chair), Cllr B Ives, Cllr C Joss",
            &all,
            Some("A Hale"),
        ),
        (
            "Present: Cllr A Hale (Vice-Chairman in the Chair), Cllr B Ives, Cllr C Joss",
            &all,
            Some("A Hale"),
        ),
        (
            "Present: The Mayor (Councillor A Hale) in the Chair; Councillors B Ives and C Joss",
            &all,
            Some("A Hale"),
        ),
        (
            "Present: Cllrs A Hale (Chair), B Ives,\n\nPage 1 of 2\n\u{c}C Joss",
            &all,
            Some("A Hale"),
        ),
    ] {
        let doc = page_with_attendance(lines);
        let attendance = &doc.attendance;
        assert_eq!(names(&attendance.present), present, "{lines:?}");
        if chair.is_some() {
            assert_eq!(
                attendance.chair.as_ref().map(|c| c.name.as_str()),
                chair,
                "{lines:?}"
            );
        }
    }
}

#[test]
fn apologies_in_every_form() {
    let kerr_lamb = ["D Kerr", "E Lamb"];
    for (lines, apologies) in [
        ("Present: Cllrs A Hale (Chair), B Ives\nApologies: Cllr D Kerr (work), Cllr E Lamb", &kerr_lamb[..]),
        ("Present: Cllrs A Hale (Chair), B Ives\nApologies were received from Cllrs D Kerr and E Lamb.", &kerr_lamb),
        ("Present: Cllrs A Hale (Chair), B Ives\nApologies for absence: Cllr D Kerr, Cllr E Lamb", &kerr_lamb),
        ("Present: Cllrs A Hale (Chair), B Ives\nAbsent: Cllr D Kerr", &["D Kerr"]),
        ("Present: Cllrs A Hale (Chair), B Ives\nApologies: None", &[]),
    ] {
        let doc = page_with_attendance(lines);
        assert_eq!(names(&doc.attendance.apologies), apologies, "{lines:?}");
    }
    // In the apologies item.
    for (body, apologies) in [
        (
            "Apologies were received from Cllr D Kerr (work) and Cllr E Lamb (holiday).",
            &kerr_lamb[..],
        ),
        ("Cllrs D Kerr and E Lamb.", &kerr_lamb),
        ("Cllr D Kerr, Cllr E Lamb", &kerr_lamb),
        (
            "The Council received and accepted apologies from Cllr D Kerr and Cllr E Lamb.",
            &kerr_lamb,
        ),
        ("None.", &[]),
    ] {
        let doc = parse(&format!(
            "Kelby Parish Council\nMinutes of the meeting held on Monday 2 June 2025\n\nPresent: Cllrs A Hale (Chair), B Ives\n\n1. Apologies for absence\n{body}\n2. Finance\nPaid.\n"
        ));
        assert_eq!(names(&doc.attendance.apologies), apologies, "{body:?}");
    }
}

#[test]
fn resolutions_in_every_form() {
    for (body, count) in [
        ("RESOLVED: That the application be supported.", 1),
        ("Resolved: to support the application.", 1),
        ("It was RESOLVED to support the application.", 1),
        ("It was resolved unanimously that the application be supported.", 1),
        ("RESOLVED:\na) to support the application;\nb) to write to the applicant.", 2),
        ("RESOLVED that:\n1. the application be supported;\n2. the Clerk write to the applicant.", 2),
        ("Members RESOLVED to support the application.", 1),
        ("It was proposed by Cllr Ives, seconded by Cllr Hale and RESOLVED that the application be supported.", 1),
        ("AGREED: that the application be supported.", 1),
        ("Decision: The Council supports the application.", 1),
        ("It was agreed that the Clerk would write to the applicant.", 1),
        ("The Council noted the application.", 0),
    ] {
        let doc = parse(&format!(
            "Kelby Parish Council\nMinutes of the meeting held on Monday 2 June 2025\n\n1. Apologies\nNone.\n\n2. Planning\n{body}\n\n3. Finance\nPaid.\n"
        ));
        let planning = doc.items.iter().find(|i| i.number.as_deref() == Some("2"));
        assert_eq!(planning.map(|i| i.resolutions.len()), Some(count), "{body:?}");
    }
}
