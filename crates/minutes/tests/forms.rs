//! The ways councils write the same thing, one table per field: heading numbers, header
//! titles, chairs, attendance, apologies and resolutions, each form on a small parish page
//! (made up) with what a reader finds in it. Each row is a form some council uses; a rule
//! that reads one form must not lose the others.

use minutes::{parse, Document, Format};

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
    let forms: [(&str, Heading, [&str; 4]); 27] = [
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
        ("1 -", |n, t| format!("{n} - {t}"), ["1", "2", "3", "4"]),
        (
            "1 –",
            |n, t| format!("{n} \u{2013} {t}"),
            ["1", "2", "3", "4"],
        ),
        ("1:", |n, t| format!("{n}: {t}"), ["1", "2", "3", "4"]),
        (
            "AGENDA ITEM 1:",
            |n, t| format!("AGENDA ITEM {n}: {}", t.to_uppercase()),
            ["1", "2", "3", "4"],
        ),
        (
            "25.01",
            |n, t| format!("25.0{n} {t}"),
            ["25.01", "25.02", "25.03", "25.04"],
        ),
        (
            "Minute 25.01",
            |n, t| format!("Minute 25.0{n} {t}"),
            ["25.01", "25.02", "25.03", "25.04"],
        ),
        (
            "24/25/01",
            |n, t| format!("24/25/0{n} {t}"),
            ["24/25/01", "24/25/02", "24/25/03", "24/25/04"],
        ),
        (
            "FC/24-25/01",
            |n, t| format!("FC/24-25/0{n} {t}"),
            ["FC/24-25/01", "FC/24-25/02", "FC/24-25/03", "FC/24-25/04"],
        ),
        (
            "PC25/01",
            |n, t| format!("PC25/0{n} {t}"),
            ["PC25/01", "PC25/02", "PC25/03", "PC25/04"],
        ),
        (
            "F01:04/25",
            |n, t| format!("F0{n}:04/25 {t}"),
            ["F01:04/25", "F02:04/25", "F03:04/25", "F04:04/25"],
        ),
        (
            "FC01/25",
            |n, t| format!("FC0{n}/25 {t}"),
            ["FC01/25", "FC02/25", "FC03/25", "FC04/25"],
        ),
        (
            "EX11",
            |n, t| format!("EX1{n} {}", t.to_uppercase()),
            ["EX11", "EX12", "EX13", "EX14"],
        ),
        (
            "I.",
            |n, t| format!("{}. {}", ["I", "II", "III", "IV"][n - 1], t.to_uppercase()),
            ["I", "II", "III", "IV"],
        ),
        (
            "A.",
            |n, t| format!("{}. {t}", ["A", "B", "C", "D"][n - 1]),
            ["A", "B", "C", "D"],
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

/// Sub-items of a printed page's items, a letter after the item's number, as parish and
/// UK printed minutes write them ("3a.", "3a", "3.a", "3A.", "3A", "3.A."): each its own item after
/// its parent, numbered as written without the dot, its parent the item's number.
/// Parish minutes that copy the agenda's sentences as their headings, full stop and all,
/// under minute numbers with a '/': each is an item.
#[test]
fn agenda_sentences_under_minute_numbers_are_items() {
    let text = "Kelby Parish Council\nMinutes of the meeting of the Parish Council held on Monday 2 June 2025\n\nPresent: Cllr A Hale (Chair), Cllr B Ives, Cllr C Joss\n\n\
        018/25 Receive apologies and accept valid reasons for absence, these having been submitted to the clerk prior to the meeting.\n\
        Cllr D Kerr gave his apologies.\n\
        019/25 Receive declarations of interest.\nNone.\n\
        020/25 Approve the notes of the meeting on 5 May 2025, and the chair to sign them as the agreed minutes.\n\
        RESOLVED that the minutes be approved.\n\
        021/25 To note the action log.\nNoted.\n";
    let doc = parse(text);
    let numbers: Vec<_> = doc
        .items
        .iter()
        .map(|i| i.number.as_deref().unwrap_or("-"))
        .collect();
    assert_eq!(numbers, ["018/25", "019/25", "020/25", "021/25"]);
    assert!(doc.items[2].title.ends_with("as the agreed minutes."));
    assert_eq!(doc.items[2].resolutions.len(), 1);
}

/// A minute number, then the agenda's number and title ("FC25/087 1. Elect the chair"):
/// the item is the minute's, titled as written.
#[test]
fn agenda_numbers_after_minute_numbers_stay_in_the_title() {
    let text = page_with_headings(|n, t| format!("FC25/08{n} {n}. {t}"));
    let got = numbers_and_titles(&parse(&text));
    let want: Vec<(String, String)> = TITLES
        .iter()
        .enumerate()
        .map(|(i, t)| {
            (
                format!("FC25/08{}", i + 1),
                format!("{}. {}", i + 1, t.to_lowercase()),
            )
        })
        .collect();
    assert_eq!(got, want, "{text}");
}

#[test]
fn printed_sub_items_in_every_form() {
    type Sub = fn(u8, char, &str) -> String;
    let forms: [(&str, Sub); 8] = [
        ("3a.", |n, l, t| format!("{n}{l}. {t}")),
        ("3.a", |n, l, t| format!("{n}.{l} {t}")),
        ("3.A.", |n, l, t| {
            format!("{n}.{}. {t}", l.to_ascii_uppercase())
        }),
        ("3a", |n, l, t| format!("{n}{l} {t}")),
        ("3A.", |n, l, t| {
            format!("{n}{}. {t}", l.to_ascii_uppercase())
        }),
        ("3A", |n, l, t| format!("{n}{} {t}", l.to_ascii_uppercase())),
        ("3A. CAPITALS", |n, l, t| {
            format!("{n}{}. {}", l.to_ascii_uppercase(), t.to_uppercase())
        }),
        ("3A.<tab>", |n, l, t| {
            format!("{n}{}.\t{t}", l.to_ascii_uppercase())
        }),
    ];
    for (form, sub) in forms {
        let upper = form.contains('A');
        let dot = if form.starts_with("3.") { "." } else { "" };
        let text = format!(
            "Kelby Parish Council\nMinutes of the meeting of the Parish Council held on Monday 2 June 2025\n\nPresent: Cllr A Hale (Chair), Cllr B Ives, Cllr C Joss\n\n1. Apologies for absence\nCllr D Kerr sent apologies.\n2. Minutes of the last meeting\nRESOLVED that the minutes be approved.\n{}\nNone.\n3. Finance\n{}\nRESOLVED that the payments be approved.\n{}\nNoted.\n4. Planning\nNone.\n",
            sub(2, 'a', "Matters arising"),
            sub(3, 'a', "Payments"),
            sub(3, 'b', "Bank reconciliation"),
        );
        let doc = parse(&text);
        let got: Vec<(String, String, String)> = doc
            .items
            .iter()
            .map(|i| {
                (
                    i.number.as_deref().unwrap_or("").to_string(),
                    i.title.as_str().to_lowercase(),
                    i.parent.as_deref().unwrap_or("").to_string(),
                )
            })
            .collect();
        let letter = |l: &str| {
            if upper {
                l.to_uppercase()
            } else {
                l.to_string()
            }
        };
        let want: Vec<(String, String, String)> = [
            ("1".to_string(), "apologies for absence", ""),
            ("2".to_string(), "minutes of the last meeting", ""),
            (format!("2{dot}{}", letter("a")), "matters arising", "2"),
            ("3".to_string(), "finance", ""),
            (format!("3{dot}{}", letter("a")), "payments", "3"),
            (format!("3{dot}{}", letter("b")), "bank reconciliation", "3"),
            ("4".to_string(), "planning", ""),
        ]
        .into_iter()
        .map(|(n, t, p)| (n, t.to_string(), p.to_string()))
        .collect();
        assert_eq!(got, want, "{form}: {text}");
    }
}

/// A numbered line in the head (an address, a count of the public) starts no numbering:
/// the items are found past it, in every numbering.
#[test]
fn a_numbered_line_in_the_head_hides_no_item() {
    type Heading = fn(usize, &str) -> String;
    let forms: [Heading; 4] = [
        |n, t| format!("{n}. {t}"),
        |n, t| format!("Item {n}. {t}"),
        |n, t| format!("Minute 25/0{n} {t}"),
        |n, t| format!("{n} - {t}"),
    ];
    for line in [
        "12 Market Place, Kelby",
        "3 Members of the public attended.",
    ] {
        for heading in forms {
            let page = page_with_headings(heading);
            let text = page.replacen("\n\n", &format!("\n{line}\n\n"), 1);
            let got = numbers_and_titles(&parse(&text));
            assert_eq!(got.len(), 4, "{text}");
            assert_eq!(got[0].1, "apologies for absence", "{text}");
        }
    }
}

/// A table of contents before the minutes, its entries ending in a page number after a
/// dotted leader, a tab or a space, takes no item from the headings after it.
#[test]
fn a_table_of_contents_hides_no_item() {
    for leader in [" .......... ", "\t", " "] {
        let page = page_with_headings(|n, t| format!("{n}. {t}"));
        let contents: String = TITLES
            .iter()
            .enumerate()
            .map(|(k, t)| format!("{}. {t}{leader}{}\n", k + 1, k + 2))
            .collect();
        let text = page.replacen("\n\n", &format!("\n\nContents\n{contents}\n"), 1);
        let got = numbers_and_titles(&parse(&text));
        let want: Vec<(String, String)> = (1..=4)
            .map(|n| n.to_string())
            .zip(TITLES.iter().map(|t| t.to_lowercase()))
            .collect();
        assert_eq!(got, want, "{text}");
    }
}

const NORTH_AMERICAN_TITLES: [&str; 4] = [
    "CALL TO ORDER",
    "ROLL CALL",
    "APPROVAL OF MINUTES",
    "NEW BUSINESS",
];

/// A North American page (a city council's, no "Present:" line) with four items whose
/// headings `heading(number, title)` writes.
fn north_american_page(heading: impl Fn(usize, &str) -> String) -> String {
    let bodies = [
        "Mayor Ruiz called the meeting to order at 7:00 p.m.",
        "Council Members Ames, Bell and Cho answered the roll.",
        "Motion by Ames, second by Bell, to approve the minutes. Motion carried 4-0.",
        "The Council discussed the paving contract.",
    ];
    let mut text =
        String::from("CITY OF OAKVALE\nREGULAR CITY COUNCIL MEETING\nTuesday, May 20, 2025\n\n");
    for (i, (title, body)) in NORTH_AMERICAN_TITLES.iter().zip(bodies).enumerate() {
        text.push_str(&format!("{}\n{body}\n\n", heading(i + 1, title)));
    }
    text
}

#[test]
fn north_american_item_headings_in_every_outline() {
    type Heading = fn(usize, &str) -> String;
    const ROMAN: [&str; 4] = ["I", "II", "III", "IV"];
    let title_case = |t: &str| {
        t.split(' ')
            .map(|w| match w {
                "TO" | "OF" => w.to_lowercase(),
                _ => format!("{}{}", &w[..1], w[1..].to_lowercase()),
            })
            .collect::<Vec<_>>()
            .join(" ")
    };
    let forms: [(&str, Heading, [&str; 4], bool); 16] = [
        (
            "1.",
            |n, t| format!("{n}. {t}"),
            ["1", "2", "3", "4"],
            false,
        ),
        ("I.", |n, t| format!("{}. {t}", ROMAN[n - 1]), ROMAN, false),
        (
            "A.",
            |n, t| format!("{}. {t}", ["A", "B", "C", "D"][n - 1]),
            ["A", "B", "C", "D"],
            false,
        ),
        (
            "I. Title case",
            |n, t| format!("{}. {t}", ROMAN[n - 1]),
            ROMAN,
            true,
        ),
        (
            "A) Title case",
            |n, t| format!("{}) {t}", ["A", "B", "C", "D"][n - 1]),
            ["A", "B", "C", "D"],
            true,
        ),
        (
            "1.0",
            |n, t| format!("{n}.0 {t}"),
            ["1.0", "2.0", "3.0", "4.0"],
            false,
        ),
        ("1", |n, t| format!("{n}  {t}"), ["1", "2", "3", "4"], false),
        (
            "1)",
            |n, t| format!("{n}) {t}"),
            ["1", "2", "3", "4"],
            false,
        ),
        (
            "1 Title case",
            |n, t| format!("{n} {t}"),
            ["1", "2", "3", "4"],
            true,
        ),
        (
            "1) Title case",
            |n, t| format!("{n}) {t}"),
            ["1", "2", "3", "4"],
            true,
        ),
        (
            "1.0 Title case",
            |n, t| format!("{n}.0 {t}"),
            ["1.0", "2.0", "3.0", "4.0"],
            true,
        ),
        (
            "ITEM 1 -",
            |n, t| format!("ITEM {n} - {t}"),
            ["1", "2", "3", "4"],
            false,
        ),
        (
            "I. alone",
            |n, t| format!("{}.\n{t}", ROMAN[n - 1]),
            ROMAN,
            false,
        ),
        // No number: headings in capitals, "APPROVAL OF MINUTES" among them.
        ("none", |_, t| t.to_string(), [""; 4], false),
        // CivicClerk: "Item 1." alone, the title on the next line.
        (
            "Item 1. alone",
            |n, t| format!("Item {n}.\n{t}"),
            ["1", "2", "3", "4"],
            true,
        ),
        (
            "ITEM 1 alone",
            |n, t| format!("ITEM {n}\n{t}"),
            ["1", "2", "3", "4"],
            false,
        ),
    ];
    for (form, heading, numbers, titled) in forms {
        let text = north_american_page(|n, t| {
            if titled {
                heading(n, &title_case(t))
            } else {
                heading(n, t)
            }
        });
        let got = numbers_and_titles(&parse(&text));
        let want: Vec<(String, String)> = numbers
            .iter()
            .zip(NORTH_AMERICAN_TITLES)
            .map(|(n, t)| (n.to_string(), t.to_lowercase()))
            .collect();
        assert_eq!(got, want, "{form}: {text}");
    }
}

/// Sub-items under a North American item's number, as eSCRIBE, Granicus and CivicPlus
/// write them: "5.1 Title", "5.1" alone with the title on the next line, "5.a", "5a)", and
/// the letter in capitals ("5A.", "5A)").
#[test]
fn north_american_sub_items_in_every_form() {
    type Sub = fn(&str, &str) -> String;
    let forms: [(&str, Sub, [&str; 2]); 10] = [
        ("5.1", |n, t| format!("5.{n} {t}"), ["5.1", "5.2"]),
        ("5.1.", |n, t| format!("5.{n}. {t}"), ["5.1", "5.2"]),
        ("5.1 alone", |n, t| format!("5.{n}\n\n{t}"), ["5.1", "5.2"]),
        ("5.a", |n, t| format!("5.{n} {t}"), ["5.a", "5.b"]),
        ("5a)", |n, t| format!("5{n}) {t}"), ["5a", "5b"]),
        ("5a.", |n, t| format!("5{n}. {t}"), ["5a", "5b"]),
        ("5A.", |n, t| format!("5{n}. {t}"), ["5A", "5B"]),
        ("5A)", |n, t| format!("5{n}) {t}"), ["5A", "5B"]),
        ("5A", |n, t| format!("5{n} {t}"), ["5A", "5B"]),
        ("5.A", |n, t| format!("5.{n} {t}"), ["5.A", "5.B"]),
    ];
    for (form, sub, numbers) in forms {
        let [first, second] = match numbers[0].as_bytes().last() {
            Some(b'a') => ["a", "b"],
            Some(b'A') => ["A", "B"],
            _ => ["1", "2"],
        };
        let text = format!(
            "CITY OF OAKVALE\nREGULAR CITY COUNCIL MEETING\nTuesday, May 20, 2025\n\n4. Call to Order\nMayor Ruiz opened the meeting.\n\n5. Reports\n\n{}\nThe report was received.\n\n{}\nThe report was received.\n\n6. Adjournment\nAt 8:00 p.m.\n",
            sub(first, "Report CS-2025-04 Tax Write-offs"),
            sub(second, "Winter Maintenance"),
        );
        let got = numbers_and_titles(&parse(&text));
        let want: Vec<(String, String)> = [
            ("4", "call to order"),
            ("5", "reports"),
            (numbers[0], "report cs-2025-04 tax write-offs"),
            (numbers[1], "winter maintenance"),
            ("6", "adjournment"),
        ]
        .iter()
        .map(|(n, t)| (n.to_string(), t.to_string()))
        .collect();
        assert_eq!(got, want, "{form}: {text}");
    }
}

/// Lettered sub-items under a North American item's number ("4. CONSENT AGENDA" then
/// "A. Approval of minutes of May 6, 2025", "B. Warrants"): each its own item numbered as
/// written ("A"), its title in title case or holding one longer word in lower case.
#[test]
fn north_american_lettered_sub_items_in_every_form() {
    for (form, first) in [
        ("title case", "Approval of Minutes"),
        (
            "one word in lower case",
            "Approval of minutes of May 6, 2025",
        ),
        ("capitals", "APPROVAL OF MINUTES"),
    ] {
        let second = if first.contains("APPROVAL") {
            "WARRANTS"
        } else {
            "Warrants"
        };
        let text = format!(
            "CITY OF OAKVALE\nREGULAR CITY COUNCIL MEETING\nTuesday, May 20, 2025\n\n3. CALL TO ORDER\nMayor Ruiz opened the meeting.\n\n4. CONSENT AGENDA\nA. {first}\nB. {second}\nMotion by Ames, second by Bell, to approve the consent agenda. Motion carried 4-0.\n\n5. NEW BUSINESS\nThe Council discussed the paving contract.\n"
        );
        let got = numbers_and_titles(&parse(&text));
        let want: Vec<(String, String)> = [
            ("3", "call to order".to_string()),
            ("4", "consent agenda".to_string()),
            ("A", first.to_lowercase()),
            ("B", "warrants".to_string()),
            ("5", "new business".to_string()),
        ]
        .into_iter()
        .map(|(n, t)| (n.to_string(), t))
        .collect();
        assert_eq!(got, want, "{form}: {text}");
    }
    // A lettered paragraph in sentences under an item is no sub-item.
    let text = "CITY OF OAKVALE\nREGULAR CITY COUNCIL MEETING\nTuesday, May 20, 2025\n\n3. CALL TO ORDER\nMayor Ruiz opened the meeting.\n\n4. NEW BUSINESS\nThe conditions were read:\nA. The applicant shall provide parking spaces\nB. The applicant shall provide lighting\n\n5. ADJOURNMENT\nAt 8:00 p.m.\n";
    let got = numbers_and_titles(&parse(text));
    assert_eq!(got.len(), 3, "{text}");
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
        // North American pages: the body under the municipality's name.
        ("TOWN OF WESTFIELD\nBOARD OF SELECTMEN\nMEETING MINUTES\nMarch 4th, 2025", "BOARD OF SELECTMEN", "2025-03-04"),
        ("City of Riverton\nMeeting Minutes\nCity Council\nTuesday, March 4, 2025", "City Council", "2025-03-04"),
        ("Village of Oakdale\nBoard of Trustees\nRegular Meeting Minutes\nMonday, February 3rd, 2025", "Board of Trustees", "2025-02-03"),
        // North American pages: a date that reads both ways is month first there.
        ("Oakvale City Council\nMinutes of the meeting held on 03/04/2025 at 6:00 p.m.", "Oakvale City Council", "2025-03-04"),
        ("Oakvale City Council\nRegular Meeting Minutes\nDate: 03/04/2025\nTime: 7:00 PM", "Oakvale City Council", "2025-03-04"),
        ("Oakvale City Council\nMinutes of the meeting held on Tuesday, 03/04/2025, the minutes of February 18, 2025 being approved", "Oakvale City Council", "2025-03-04"),
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
        ("KELBY PARISH COUNCIL\n\nMinutes of the Meeting of Kelby Parish Council held on Tuesday 4th\nMarch 2025 at 7.30pm in the Village Hall", "KELBY PARISH COUNCIL", "2025-03-04"),
        // The body's name, then a separator and the minutes' own title.
        ("Kelby Parish Council - Minutes of the Annual Meeting - 4 March 2025", "Kelby Parish Council", "2025-03-04"),
        ("Kelby Parish Council: Minutes of the meeting held on 4 March 2025", "Kelby Parish Council", "2025-03-04"),
        // A body's name of nine words or more, kept whole as the text states it.
        ("Minutes of the Finance and General Purposes Committee of Kelby Town Council held on Tuesday 4 March 2025", "Finance and General Purposes Committee of Kelby Town Council", "2025-03-04"),
        ("FINANCE AND GENERAL PURPOSES COMMITTEE OF KELBY TOWN COUNCIL\nTuesday 4 March 2025", "FINANCE AND GENERAL PURPOSES COMMITTEE OF KELBY TOWN COUNCIL", "2025-03-04"),
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

/// GOLD-FORMAT's status from a ModernGov listing's title: "final" for its minutes, "draft"
/// for its draft minutes, null for decisions alone; the page is read as a listing.
#[test]
fn moderngov_listing_titles_give_the_status() {
    use minutes::Status::{Draft, Final};
    for (title, status) in [
        ("Agenda and minutes", Some(Final)),
        ("Agenda and draft minutes", Some(Draft)),
        ("Agenda, decisions and minutes", Some(Final)),
        ("Agenda, decisions and draft minutes", Some(Draft)),
        ("Agenda, reports and minutes", Some(Final)),
        ("Agenda, reports and draft minutes", Some(Draft)),
        ("Agenda and decisions", None),
    ] {
        let doc = parse(&format!(
            "{title}\n\nVenue: Village Hall, Kelby\n\nItems\nNo. Item\n\n1.\n\nApologies\n\nMinutes:\n\nNone.\n"
        ));
        assert_eq!(doc.status, status, "{title:?}");
        assert_eq!(doc.format, minutes::Format::ModernGovListing, "{title:?}");
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
        // North American minutes mark the one presiding.
        (
            "Present: Councilmembers A Hale (presiding), B Ives and C Joss",
            &all,
            Some("A Hale"),
        ),
        (
            "Present:\nCouncilmember A Hale (Presiding)\nCouncilmember B Ives\nCouncilmember C Joss",
            &all,
            Some("A Hale"),
        ),
        (
            "In the Chair: Cllr A Hale\nPresent: Cllrs B Ives, C Joss",
            &all,
            Some("A Hale"),
        ),
        (
            "Chair \u{2013} Cllr A Hale\nPresent \u{2013} Cllrs B Ives, C Joss",
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
        (
            "The following Councillors were present: A Hale (Chairman), B Ives, C Joss.",
            &all,
            Some("A Hale"),
        ),
        (
            "Those present: Cllr A Hale (Chair), Cllr B Ives, Cllr C Joss",
            &all,
            Some("A Hale"),
        ),
        (
            "Present: Cllr A Hale (Chair), Cllr B Ives, Cllr C Joss\nCllr A Hale in the Chair",
            &all,
            Some("A Hale"),
        ),
        (
            "Present: The Town Mayor, Cllr A Hale (Chairman); Cllrs B Ives, C Joss",
            &all,
            Some("A Hale"),
        ),
        (
            "Presiding: Cllr A Hale\nPresent: Cllrs B Ives, C Joss",
            &all,
            Some("A Hale"),
        ),
        (
            "Council Members Present: A Hale, B Ives, C Joss",
            &all,
            None,
        ),
        // No separators between the entries, as a table's cells convert.
        (
            "Present: Cllr A Hale (Chair) Cllr B Ives Cllr C Joss",
            &all,
            Some("A Hale"),
        ),
        (
            "Present:\nCllr A Hale (Chair)      Cllr B Ives\nCllr C Joss",
            &all,
            Some("A Hale"),
        ),
        ("Attendance: Cllrs A Hale, B Ives, C Joss", &all, None),
        ("Councillors: A Hale, B Ives, C Joss", &all, None),
        // No separators: split only where every name is an initial and a surname.
        ("Councillors: A Hale B Ives C Joss", &all, None),
        ("Present: A. Hale B. Ives", &["A. Hale", "B. Ives"], None),
        ("Present: Anna Hale Ben Ives", &["Anna Hale Ben Ives"], None),
        ("Councillors:\nA Hale\nB Ives\nC Joss", &all, None),
        ("ATTENDANCE:\nPresent: Cllrs A Hale, B Ives, C Joss", &all, None),
        // A sentence that opens with the label: "Present were ...", "Those present were: ...".
        ("Present were Councillors A Hale, B Ives and C Joss.", &all, None),
        ("Those present were Cllrs A Hale, B Ives and C Joss.", &all, None),
        ("Present were: Cllrs A Hale, B Ives and C Joss.", &all, None),
        ("Members present were Cllrs A Hale, B Ives and C Joss.", &all, None),
        ("Councillors A Hale, B Ives and C Joss were present.", &all, None),
        // The chair in a sentence of their own.
        (
            "Present: Councillors A Hale, B Ives and C Joss.\nCouncillor A Hale presided.",
            &all,
            Some("A Hale"),
        ),
        (
            "Present: Cllrs A Hale, B Ives and C Joss.\nCllr A Hale took the chair.",
            &all,
            Some("A Hale"),
        ),
        (
            "Present: Cllrs A Hale, B Ives and C Joss.\nIn the absence of the Chair, Cllr B Ives chaired the meeting.",
            &all,
            Some("B Ives"),
        ),
        // Welsh councils' bilingual labels, either language first.
        ("Present / Yn Bresennol: Cllrs A Hale (Chair), B Ives, C Joss", &all, Some("A Hale")),
        ("Yn Bresennol / Present: Cllrs A Hale (Chair), B Ives, C Joss", &all, Some("A Hale")),
        ("Yn y Gadair / In the Chair: Cllr A Hale\nYn Bresennol / Present: Cllrs B Ives, C Joss", &all, Some("A Hale")),
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
        ("Members present: Cllrs A Hale (Chair), B Ives\nMembers absent: Cllr D Kerr", &["D Kerr"]),
        ("Councillors present: A Hale (Chair), B Ives\nCouncillors absent: D Kerr and E Lamb", &kerr_lamb),
        ("Present: Cllrs A Hale (Chair), B Ives\nApologies: None", &[]),
        ("Present: Cllrs A Hale (Chair), B Ives\nApologies received: Cllr D Kerr, Cllr E Lamb", &kerr_lamb),
        ("Present: Cllrs A Hale (Chair), B Ives\nApologies for absence received: Cllrs D Kerr and E Lamb", &kerr_lamb),
        ("Present: Cllrs A Hale (Chair), B Ives\nRegrets: Cllr D Kerr, Cllr E Lamb", &kerr_lamb),
        ("Present: Cllrs A Hale (Chair), B Ives\nAbsent with notice: Cllrs D Kerr and E Lamb", &kerr_lamb),
        ("Present: Cllrs A Hale (Chair), B Ives\nExcused: Cllr D Kerr", &["D Kerr"]),
        ("Present: Cllrs A Hale (Chair), B Ives\nAbsent were Cllrs D Kerr and E Lamb.", &kerr_lamb),
        ("Present: Cllrs A Hale (Chair), B Ives\nThose absent were Cllrs D Kerr and E Lamb.", &kerr_lamb),
        ("Those present: Cllrs A Hale (Chair), B Ives\nThose absent: Cllr D Kerr", &["D Kerr"]),
        ("Present: Cllrs A Hale (Chair), B Ives\nApologies: Cllr D Kerr (work) Cllr E Lamb", &kerr_lamb),
        // A name cut by the line's wrap.
        ("Present: Cllrs A Hale (Chair), B Ives\nApologies were received from Cllrs Dai Kerr and Ezra\nLamb.", &["Dai Kerr", "Ezra Lamb"]),
        ("Present: Cllrs A Hale (Chair), B Ives\nApologies: Cllrs Dai Kerr, Ezra\nLamb, Fay Moss.", &["Dai Kerr", "Ezra Lamb", "Fay Moss"]),
        // On the present list's line, after a full stop, a semicolon or a table's bar.
        ("Present: Cllrs A Hale (Chair), B Ives. Apologies: Cllr D Kerr, Cllr E Lamb", &kerr_lamb),
        ("Present: Cllrs A Hale (Chair), B Ives; Apologies: Cllrs D Kerr and E Lamb.", &kerr_lamb),
        ("Present: Cllr A Hale (Chair), Cllr B Ives | Apologies: Cllr D Kerr | In attendance: Mrs P Lowe (Clerk)", &["D Kerr"]),
        // Welsh councils' bilingual labels.
        ("Yn Bresennol / Present: Cllrs A Hale (Chair), B Ives\nYmddiheuriadau / Apologies: Cllrs D Kerr and E Lamb", &kerr_lamb),
        ("Present / Yn Bresennol: Cllrs A Hale (Chair), B Ives\nApologies / Ymddiheuriadau: Cllrs D Kerr and E Lamb", &kerr_lamb),
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
            "Apologies were received from Cllrs Dai Kerr and Ezra\nLamb.",
            &["Dai Kerr", "Ezra Lamb"],
        ),
        (
            "The Council received and accepted apologies from Cllr D Kerr and Cllr E Lamb.",
            &kerr_lamb,
        ),
        (
            "RESOLVED that the apologies of Cllr D Kerr and Cllr E Lamb be accepted.",
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

/// ModernGov item pages that lost their heading (the title, or the page's top down to the
/// minutes label): the minutes' text is no title, and its apology sentences are read.
#[test]
fn item_pages_without_a_heading_give_their_apologies() {
    let kerr_lamb = ["D Kerr", "E Lamb"];
    for (page, title) in [
        (
            "Agenda item\n\nApologies\n\nMinutes:\n\nApologies were received from Cllrs D Kerr and E Lamb.\n",
            Some("Apologies"),
        ),
        (
            "Agenda item\n\n\n\nApologies were received from Cllrs D Kerr and E Lamb.\n\n\nThe Chair welcomed those present.\n",
            None,
        ),
        (
            "Agenda item\n\n\n\nThere were apologies for absence from Councillors D Kerr (on civic business), and E Lamb; and for lateness from Councillor F Moss. Councillor G Nash gave his apologies for leaving the meeting early to attend to ward business.\n",
            None,
        ),
        (
            "Minutes:\nApologies for absence were received from Cllr D Kerr and Cllr E Lamb.\n",
            None,
        ),
        (
            "Minutes:\nIt was moved by A Hale, seconded by B Ives and RESOLVED, that C Joss take the Chair.\nApologies were received from D Kerr and E Lamb.\n",
            None,
        ),
    ] {
        let doc = parse(page);
        assert_eq!(doc.format, Format::ModernGovItem, "{page:?}");
        assert_eq!(names(&doc.attendance.apologies), kerr_lamb, "{page:?}");
        assert_eq!(doc.items.len(), 1, "{page:?}");
        let got = doc.items[0].title_span.map(|_| doc.items[0].title.as_str());
        assert_eq!(got, title, "{page:?}");
    }
    // Printed minutes under a first line "Minutes:" stay printed minutes.
    let doc = parse("Minutes:\n\nHARBOUR COMMITTEE\n\nTuesday 4 March 2025\n\nPresent: Cllr A Hale (Chair), Cllr B Ives\n\n1. APOLOGIES\nNone.\n\n2. MINUTES\nRESOLVED that the minutes be approved.\n");
    assert_eq!(doc.format, Format::Printed);
    assert_eq!(doc.items.len(), 2);
    // A heading that ends with a full stop is still the title.
    let doc = parse(
        "Agenda item\n\nElection of Chairman.\n\nMinutes:\n\nRESOLVED - That A Hale be Chairman.\n",
    );
    assert_eq!(doc.items[0].title, "Election of Chairman.");
    assert_eq!(doc.items[0].resolutions.len(), 1);
}

/// ModernGov issue pages ("Issue details", "Issue - meetings", "Decisions for issue ...")
/// are item pages: one item, its number and title from the item's own heading, the date of
/// the meeting that took it.
#[test]
fn issue_pages_in_every_form() {
    for (page, number, title, date) in [
        (
            "Issue details\n\nDeclarations of interest, if any.\n\nDecision type: Non-key\n\nDecision status: Recommendations Approved\n\nAgenda items\n",
            None,
            "Declarations of interest, if any.",
            None,
        ),
        (
            "Issue - meetings\n\nTo receive the minutes of the meetings of the Harbour Board held on\u{2026}\n\nMeeting: 20/09/2025 - Council (Item 52)\n\n52 To receive the minutes of the meeting of the Harbour Board held on 6th September 2025 pdf icon PDF 164 KB\n\nThe minutes were received for information.\n",
            Some("52"),
            "To receive the minutes of the meeting of the Harbour Board held on 6th September 2025",
            Some("2025-09-20"),
        ),
        (
            "Issue - items at meetings - Apologies for Absence\n\nIssue - meetings\n\nApologies for Absence\n\nMeeting: 24/04/2025 - Harbour Board (Item 111)\n\nApologies for Absence\n\nAn apology for absence was received on behalf of Councillor R. J. Laight.\n",
            Some("111"),
            "Apologies for Absence",
            Some("2025-04-24"),
        ),
        (
            "Issue - meetings\n\nAdmission of the Public\n\nMeeting: 14/03/2025 - Cabinet (Item 4:)\n\nAdmission of the Public\n\nItems will be considered in public.\n\nDecision:\n\nIt was noted that no exempt information was submitted.\n",
            Some("4"),
            "Admission of the Public",
            Some("2025-03-14"),
        ),
        (
            "Decisions for issue To confirm the minutes of 18 March 2025\n\nIssue - decisions\n\nTo confirm the minutes of 18 March 2025\n\n24/06/2025 - To confirm the minutes of 18 March 2025\n\nThe minutes were submitted and approved.\n",
            None,
            "To confirm the minutes of 18 March 2025",
            Some("2025-06-24"),
        ),
    ] {
        let doc = parse(page);
        assert_eq!(doc.format, Format::ModernGovItem, "{page:?}");
        assert_eq!(doc.items.len(), 1, "{page:?}");
        let item = &doc.items[0];
        assert_eq!((item.number.as_deref(), item.title.as_str()), (number, title), "{page:?}");
        assert_eq!(doc.date.map(|d| d.to_string()).as_deref(), date, "{page:?}");
        // The item's text starts below its heading: no heading or issue line in it.
        let first = item.agenda.first().or(item.minutes.first()).map(|b| {
            let span = b.span();
            &page[span.start..span.end]
        });
        assert!(first.is_some_and(|t| !t.contains(title) && !t.starts_with("Meeting:")), "{page:?}");
    }
}

/// Labels inside one line ("Present: ... . Apologies: ... . Also present: ...") start their
/// sections there, as at the start of a line; a full stop inside a name list is no label's.
#[test]
fn labels_inside_one_line_start_their_sections() {
    for (lines, present, apologies, attending) in [
        (
            "Present: Cllrs A Hale (Chair), B Ives. Apologies: Cllr D Kerr. Also present: Mrs P Lowe (Clerk).",
            &["A Hale", "B Ives"][..],
            &["D Kerr"][..],
            &["Mrs P Lowe"][..],
        ),
        (
            "Cllrs A Hale, B Ives and C Joss; Apologies: Cllr D Kerr",
            &["A Hale", "B Ives", "C Joss"],
            &["D Kerr"],
            &[],
        ),
        (
            "Present: Cllrs A. Hale, B. Ives. Absent: Cllr C. Joss",
            &["A. Hale", "B. Ives"],
            &["C. Joss"],
            &[],
        ),
        // "Councillors:" under another label heads that label's list.
        (
            "Present:\nCouncillors:\nCllr A Hale\nCllr B Ives\nIn attendance:\nCouncillors:\nCllr C Joss",
            &["A Hale", "B Ives"],
            &[],
            &["C Joss"],
        ),
        // No colon after the words: no label, one list.
        (
            "Present: Cllrs A. Hale, B. Ives, C. Joss",
            &["A. Hale", "B. Ives", "C. Joss"],
            &[],
            &[],
        ),
    ] {
        let doc = page_with_attendance(lines);
        let a = &doc.attendance;
        assert_eq!(names(&a.present), present, "{lines:?}");
        assert_eq!(names(&a.apologies), apologies, "{lines:?}");
        assert_eq!(names(&a.in_attendance), attending, "{lines:?}");
    }
}

/// A North American page whose attendance lines are `attendance` (the roll before the
/// items, no "Cllr"), with two numbered items.
fn north_american_page_with_attendance(attendance: &str) -> Document {
    parse(&format!(
        "CITY OF OAKVALE\nREGULAR CITY COUNCIL MEETING\nTuesday, May 20, 2025\n\n{attendance}\n\n1. CALL TO ORDER\nMayor Ruiz called the meeting to order at 7:00 p.m.\n\n2. APPROVAL OF MINUTES\nMotion by Ames, second by Bell, to approve the minutes. Motion carried 4-0.\n"
    ))
}

/// GOLD-FORMAT's names for North American rolls: "Council Member" goes, "Mayor" and
/// "Council President" stay; those absent are the apologies; staff are not present.
#[test]
fn north_american_rolls_in_every_form() {
    let present = ["Mayor Ruiz", "Ames", "Bell", "Cho"];
    for (lines, want_present, want_absent) in [
        (
            "Present: Mayor Ruiz, Council Members Ames, Bell, and Cho\nAbsent: Council Member Diaz",
            &present[..],
            &["Diaz"][..],
        ),
        (
            "Council Members Present: Mayor Ruiz, Ames, Bell, Cho\nCouncil Members Absent: Diaz\nAlso Present: City Manager Pat Lowe",
            &present,
            &["Diaz"],
        ),
        (
            "Members Present:\nMayor Ruiz\nCouncillor Ames\nCouncillor Bell\nCouncillor Cho\nRegrets:\nCouncillor Diaz\nStaff Present:\nClerk, Sam Roe",
            &present,
            &["Diaz"],
        ),
        (
            "Regrets: Councillor Diaz\nMembers Present: Mayor Ruiz, Councillors Ames, Bell and Cho",
            &present,
            &["Diaz"],
        ),
        (
            "Present: Mayor Ruiz, Councilmembers Ames, Bell and Cho\nExcused: Councilmember Diaz",
            &present,
            &["Diaz"],
        ),
        (
            "The City Council met in regular session with the following members present: Mayor Ruiz, Council Members Ames, Bell and Cho. Absent: Council Member Diaz.",
            &present,
            &["Diaz"],
        ),
        (
            "The City Council met in regular session with the following members present:\nMayor Ruiz\nCouncilmember Ames\nCouncilmember Bell\nCouncilmember Cho\nAbsent: Councilmember Diaz",
            &present,
            &["Diaz"],
        ),
        (
            "Councilors present: Mayor Ruiz, Ames, Bell, Cho\nCouncilors absent: Diaz",
            &present,
            &["Diaz"],
        ),
        (
            "Commissioners Present: Mayor Ruiz, Ames, Bell, Cho\nCommissioners Absent: Diaz",
            &present,
            &["Diaz"],
        ),
        (
            "Board Members Present: Mayor Ruiz, Ames, Bell, Cho\nBoard Members Absent: Diaz",
            &present,
            &["Diaz"],
        ),
        (
            "Roll call was taken with Mayor Ruiz and Councilmembers Ames, Bell and Cho present and Councilmember Diaz absent.",
            &present,
            &["Diaz"],
        ),
        // Legistar: the count before the names.
        (
            "Present: 4 - Mayor Ruiz, Council Member Ames, Council Member Bell and Council Member Cho\nAbsent: 1 - Council Member Diaz",
            &present,
            &["Diaz"],
        ),
        (
            "COUNCIL PRESENT: Mayor Ruiz, Councilmembers Ames, Bell and Cho.\nABSENT: Councilmember Diaz.",
            &present,
            &["Diaz"],
        ),
        (
            "Council Present: Mayor Ruiz, Councilmembers Ames, Bell and Cho. Council Absent: Councilmember Diaz.",
            &present,
            &["Diaz"],
        ),
        (
            "Roll Call: Mayor Ruiz, Council Members Ames, Bell and Cho",
            &present,
            &[],
        ),
        // A roll call: a sentence after its label, or a table, one member a line, under it.
        (
            "Roll call: Mayor Ruiz, Councilmembers Ames, Bell and Cho present; Councilmember Diaz absent.",
            &present,
            &["Diaz"],
        ),
        (
            "Roll Call: Mayor Ruiz, Council Members Ames, Bell and Cho were present. Council Member Diaz was absent.",
            &present,
            &["Diaz"],
        ),
        (
            "ROLL CALL\nMayor Ruiz \u{2013} Present\nCouncilmember Ames \u{2013} Present\nCouncilmember Bell \u{2013} Present\nCouncilmember Cho \u{2013} Present\nCouncilmember Diaz \u{2013} Absent",
            &present,
            &["Diaz"],
        ),
        (
            "ROLL CALL\nMayor Ruiz Present\nCouncil Member Ames Present\nCouncil Member Bell Present\nCouncil Member Cho Present\nCouncil Member Diaz Absent",
            &present,
            &["Diaz"],
        ),
        (
            "Roll Call:\nMayor Ruiz: Present\nAmes: Present\nBell: Present\nCho: Present\nDiaz: Absent",
            &present,
            &["Diaz"],
        ),
        (
            "ROLL CALL\nMayor Ruiz ........ Present\nAmes ........ Present\nBell ........ Present\nCho ........ Present\nDiaz ........ Excused",
            &present,
            &["Diaz"],
        ),
        (
            "ROLL CALL\nMayor Ruiz\tPresent\nAmes\tPresent\nBell\tPresent\nCho\tPresent\nDiaz\tAbsent (excused)",
            &present,
            &["Diaz"],
        ),
    ] {
        let doc = north_american_page_with_attendance(lines);
        assert_eq!(names(&doc.attendance.present), want_present, "{lines:?}");
        assert_eq!(names(&doc.attendance.apologies), want_absent, "{lines:?}");
        // A roll's lines are no items.
        let numbers: Vec<_> = doc.items.iter().map(|it| it.number.as_deref()).collect();
        assert!(numbers.ends_with(&[Some("1"), Some("2")]) && numbers.len() <= 3, "{lines:?}: {numbers:?}");
    }
    // The chair stated in prose, in the header or the call to order.
    for lines in [
        "The City Council met in regular session with Mayor Ruiz presiding.\nPresent: Mayor Ruiz, Council Members Ames, Bell and Cho",
        "Present: Mayor Ruiz, Council Members Ames, Bell and Cho\nMayor Ruiz presided.",
    ] {
        let doc = north_american_page_with_attendance(lines);
        let chair = doc.attendance.chair.as_ref().map(|c| c.name.as_str());
        assert_eq!(chair, Some("Mayor Ruiz"), "{lines:?}");
        assert_eq!(names(&doc.attendance.present), present, "{lines:?}");
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
        ("The Council resolved to support the application.", 1),
        ("The Council noted the application.", 0),
        // Inline list marks: a run (a), (b) ... in order, each at a word start.
        ("RESOLVED: (a) to support the application; (b) to write to the applicant.", 2),
        ("Council RESOLVED (1) to support the application and (2) to write to the applicant.", 2),
        ("RESOLVED \u{2013} (1) to support the application; (2) to write to the applicant.", 2),
        ("RESOLVED that (i) the application be supported, (ii) the Clerk write and (iii) the file be closed.", 3),
        ("RESOLVED: 1) to support the application; 2) to write to the applicant.", 2),
        // References, not marks: no space before them, or no run.
        ("RESOLVED that the application under section 106(1) and 106(2) be supported.", 1),
        ("RESOLVED to note Minute 12(a) and support the application.", 1),
        // Roman and letter marks with a full stop, one a line.
        ("RESOLVED:\ni. to support the application;\nii. to write to the applicant.", 2),
        ("RESOLVED:\na. to support the application;\nb. to write to the applicant.", 2),
        // "Resolution" as a label, not in prose.
        ("Resolution: to support the application.", 1),
        ("RESOLUTION: That the application be supported.", 1),
        ("RESOLUTION - That the application be supported.", 1),
        ("The Council noted the resolution of the Cabinet.", 0),
        ("Resolution of the Cabinet on the application was noted.", 0),
        // An adverb between "it was" and the opener.
        ("It was unanimously agreed to support the application.", 1),
        ("It was duly resolved that the application be supported.", 1),
        ("It was therefore agreed that the Clerk would write to the applicant.", 1),
        ("It was generally felt that the application was premature.", 0),
        // A lead-in ending in "that:" or "as follows:", its list below.
        ("The Committee RESOLVED that:\n\u{2022} the application be supported;\n\u{2022} the Clerk write to the applicant.", 2),
        ("The Council resolved as follows:\n(a) to support the application;\n(b) to write to the applicant.", 2),
        // A note of the vote between the opener and its mark.
        ("RESOLVED (unanimously) \u{2013}\n(1) to support the application;\n(2) to write to the applicant.", 2),
        ("Agreed by all: to support the application.", 1),
        // In prose: a sentence of its own, "it was" after a lead-in, a motion's record.
        ("Proposed Cllr Ives, seconded Cllr Hale, all in favour. Resolved.", 1),
        ("Following discussion, it was agreed that the Clerk would write to the applicant.", 1),
        ("After discussion it was resolved to support the application.", 1),
        ("It was proposed by Cllr Ives, seconded by Cllr Hale and resolved that the application be supported.", 1),
        ("Proposed by Cllr Ives, seconded by Cllr Hale and unanimously agreed to support the application.", 1),
        // A proposal and its outcome, without a resolution word: one resolution, as a
        // North American "Moved ... Seconded ... Carried" is; one that fell is none.
        ("Proposed by Cllr Ives, seconded by Cllr Hale, all in favour: the application be supported.", 1),
        ("Proposed: Cllr Ives  Seconded: Cllr Hale  All agreed.", 1),
        ("Proposed: Cllr Ives\nSeconded: Cllr Hale\nAll in favour.", 1),
        ("It was proposed by Cllr Ives and seconded by Cllr Hale that the application be supported. All in favour.", 1),
        ("Cllr Ives proposed the application be supported, Cllr Hale seconded, unanimous approval.", 1),
        ("These were proposed by Cllr Ives and resolved.", 1),
        ("Cllr Ives was duly proposed and seconded and was duly elected Chairman.", 1),
        ("Proposed by Cllr Ives, seconded by Cllr Hale, all in favour.\nRESOLVED that the application be supported.", 1),
        ("RESOLVED that the application be supported.\nProposed by Cllr Ives, seconded by Cllr Hale, all in favour.", 1),
        ("Cllr Ives proposed that the application be supported. There was no seconder and the proposal fell.", 0),
        ("Cllr Ives reported that the dispute with the contractor had been resolved.", 0),
        ("Cllr Ives said that it was agreed last year that the hall be painted.", 0),
        // Scottish councils: the body "resolved:-", its decision in lower case below (the two
        // paragraphs read as one) or on the same line.
        ("The Council resolved:-\n\nto note the position.", 1),
        ("The Committee resolved:- to approve the minute.", 1),
        ("The Council resolved:-\n\nin terms of Section 50A(4) of the Act, to exclude the press and public.", 1),
        ("The Sub Committee resolved :-\nto refuse the application.", 1),
        ("The Committee resolved:-\n\nthat the application be refused.", 1),
        ("The matter was resolved:- to everyone's relief.", 0),
    ] {
        let doc = parse(&format!(
            "Kelby Parish Council\nMinutes of the meeting held on Monday 2 June 2025\n\n1. Apologies\nNone.\n\n2. Planning\n{body}\n\n3. Finance\nPaid.\n"
        ));
        let planning = doc.items.iter().find(|i| i.number.as_deref() == Some("2"));
        assert_eq!(planning.map(|i| i.resolutions.len()), Some(count), "{body:?}");
    }
}

/// A ModernGov page of Kelby's parish meeting: the heading, the "No. Item" header and
/// `items` after it.
fn moderngov_page(items: &str) -> String {
    format!(
        "Agenda and minutes\n\nParish Council - Monday, 2nd June, 2025 7.00 pm\n\nVenue: Village Hall, Kelby\n\nContact: A Clerk  01234 567890\n\nItems\nNo. Item\n\n{items}"
    )
}

/// The forms of a ModernGov page's items, each with the numbers and titles a reader finds.
#[test]
fn moderngov_items_in_every_form() {
    for (form, items, want) in [
        (
            "unnumbered, blank lines between",
            "Apologies for absence\n\n\nCllr D Kerr sent apologies.\n\n\nFinance\n\n\nThe payments were approved.\n",
            &[("", "Apologies for absence"), ("", "Finance")][..],
        ),
        (
            "unnumbered, no blank lines",
            "Apologies for absence\nCllr D Kerr sent apologies.\nFinance\nThe payments were approved.\n",
            &[("", "Apologies for absence"), ("", "Finance")][..],
        ),
        (
            "unnumbered with documents labels, no blank lines",
            "Apologies for absence\nAdditional documents:\nCllr D Kerr sent apologies.\nChairman's Announcements\nAdditional documents:\nMr John Smith\n(1) With sadness.\n",
            &[("", "Apologies for absence"), ("", "Chairman's Announcements")][..],
        ),
        (
            "sub-items numbered with a capital",
            "5.\nFinance\nMinutes:\nNoted.\n5A\nPayments\nMinutes:\nApproved.\n5B\nBank reconciliation\nMinutes:\nNoted.\n6.\nPlanning\nMinutes:\nNone.\n",
            &[("5", "Finance"), ("5A", "Payments"), ("5B", "Bank reconciliation"), ("6", "Planning")][..],
        ),
        (
            "sub-items numbered with a capital and a dot",
            "5.\nFinance\nMinutes:\nNoted.\n5A.\nPayments\nMinutes:\nApproved.\n6.\nPlanning\nMinutes:\nNone.\n",
            &[("5", "Finance"), ("5A", "Payments"), ("6", "Planning")][..],
        ),
        (
            "excerpt cut inside the attachment marker",
            "1.\nApologies for absence\nMinutes:\nNone.\n2.\nFinance pdf ic",
            &[("1", "Apologies for absence"), ("2", "Finance")][..],
        ),
    ] {
        let text = moderngov_page(items);
        let doc = parse(&text);
        let got: Vec<(&str, &str)> = doc
            .items
            .iter()
            .map(|i| (i.number.as_deref().unwrap_or(""), i.title.as_str()))
            .collect();
        assert_eq!(got, want, "{form}: {text}");
    }
}

/// An excerpt of a ModernGov page cut inside its last item, wherever the cut falls: after
/// the item's number, inside its title, its attachment marker or its "Minutes:" label, or
/// in the minutes; the last item is truncated and the others are not.
#[test]
fn a_moderngov_excerpt_cut_anywhere_in_an_item_truncates_it() {
    let whole = "1.\nApologies for absence\nMinutes:\nNone.\n2.\nFinance pdf icon PDF 96 KB\nMinutes:\nThe payments were approved.\n";
    for (cut, last) in [
        ("2.", ("2", "")),
        ("2", ("2", "")),
        ("Fin", ("2", "Fin")),
        ("Finance pdf ic", ("2", "Finance")),
        ("Finance pdf icon PDF 9", ("2", "Finance")),
        ("Minu", ("2", "Finance")),
        ("The payments we", ("2", "Finance")),
    ] {
        let second = whole.find("2.\n").unwrap_or(0);
        let end = whole[second..]
            .find(cut)
            .map_or(whole.len(), |at| second + at + cut.len());
        let text = moderngov_page(&whole[..end]);
        let doc = parse(&text);
        let got: Vec<(&str, &str, bool)> = doc
            .items
            .iter()
            .map(|i| {
                (
                    i.number.as_deref().unwrap_or(""),
                    i.title.as_str(),
                    i.truncated,
                )
            })
            .collect();
        let want = [
            ("1", "Apologies for absence", false),
            (last.0, last.1, true),
        ];
        assert_eq!(got, want, "{cut:?}: {text}");
    }
}

/// The ModernGov lines that name the meeting, some under a page's own publication or
/// decision date: the meeting's committee and date are read, its date over the others.
#[test]
fn moderngov_meeting_lines_in_every_form() {
    let items = "Items\nNo. Item\n1.\nApologies for absence\nMinutes:\nNone.\n";
    for (head, committee, date) in [
        (
            "Parish Council - Monday, 2nd June, 2025 7.00 pm",
            "Parish Council",
            "2025-06-02",
        ),
        (
            "Moved from 26th May 2025, Parish Council - Monday, 2nd June, 2025 7.00 pm",
            "Parish Council",
            "2025-06-02",
        ),
        (
            "Meeting of Parish Council, Monday 2 June 2025 7.00 pm",
            "Parish Council",
            "2025-06-02",
        ),
        (
            "Published: 10 June 2025\nMeeting of Parish Council, Monday 2 June 2025 7.00 pm",
            "Parish Council",
            "2025-06-02",
        ),
        (
            "Date of decision: 10/06/2025\nMeeting of Parish Council, Monday 2 June 2025",
            "Parish Council",
            "2025-06-02",
        ),
    ] {
        let text = format!("Agenda and minutes\n{head}\nVenue: Village Hall, Kelby\n{items}");
        let doc = parse(&text);
        assert_eq!(doc.committee.as_deref(), Some(committee), "{head:?}");
        assert_eq!(
            doc.date.map(|d| d.to_string()).as_deref(),
            Some(date),
            "{head:?}"
        );
    }
}

/// North American motions, each closed by its outcome, as the gold counts them: one
/// resolution a motion that passed; an outcome in capitals on its own line is no heading.
#[test]
fn north_american_motions_in_every_form() {
    for (body, count) in [
        ("Moved by: Councillor Ames\nSeconded by: Councillor Bell\nTHAT Council approve the agreement.\nCARRIED", 1),
        ("Moved by: Councillor Ames\nSeconded by: Councillor Bell\nTHAT Council approve the agreement.\nMOTION CARRIED UNANIMOUSLY", 1),
        ("Moved by Councillor Ames\nSeconded by Councillor Bell\nBE IT RESOLVED THAT Council approve the agreement.\nCarried", 1),
        ("MOTION: Council Member Ames moved to approve the agreement; Council Member Bell seconded. Motion carried 5-0.", 1),
        ("It was moved by Council Member Ames, seconded by Council Member Bell, to approve the agreement. The motion passed unanimously.", 1),
        ("Council Member Ames made a motion to approve the agreement. Council Member Bell seconded the motion. The motion passed 5-0.", 1),
        ("Ames moved and Bell seconded to approve the agreement. Motion passed 5-0.", 1),
        ("A motion was made by Ames and seconded by Bell to approve the agreement. The motion was carried.", 1),
        ("Councillor Ames moved, seconded by Councillor Bell, that the agreement be approved. Carried.", 1),
        ("Motion (Ames/Bell) to approve the agreement. Carried unanimously.", 1),
        ("MOVED BY: Ames SECONDED BY: Bell\nTo approve the agreement.\nVOTE: 5-0 MOTION CARRIED", 1),
        // A motion's reference on its own line is no heading.
        ("RESOLUTION NO. 2025-14\nMoved by Councillor Ames, seconded by Councillor Bell\nTHAT Council approve the agreement.\nCARRIED", 1),
        // Legistar and CivicClerk vote lines are no headings.
        ("A motion was made by Council Member Ames, seconded by Council Member Bell, that this item be approved. The motion carried by the following vote:\nAye: 4 - Mayor Ruiz, Council Member Ames, Council Member Bell and Council Member Cho\nNay: 1 - Council Member Diaz", 1),
        ("Motion made by Councilmember Ames, Seconded by Councilmember Bell.\nVoting Yea: Mayor Ruiz, Councilmember Ames, Councilmember Bell\nVoting Nay: Councilmember Cho\nMotion passed 3-1.", 1),
        // The body's vote as the outcome, with no "carried" or "passed".
        ("On a motion by Council Member Ames, seconded by Council Member Bell, the Council voted unanimously to approve the agreement.", 1),
        ("Upon motion by Ames, seconded by Bell, the Council voted 5-0 to approve the agreement.", 1),
        ("Upon motion by Ames, seconded by Bell, the Council voted 2-3 to approve the agreement.", 0),
        ("The Council discussed the agreement. No action was taken.", 0),
        // An outcome that names no motion: the vote was unanimous, or all voted aye.
        ("Upon a motion by Ames, seconded by Bell, the agreement was approved unanimously.", 1),
        ("Motion by Ames, seconded by Bell, to approve the agreement.\nApproved unanimously.", 1),
        ("Motion to approve the agreement by Ames. Roll call vote: Ames-YES, Bell-YES. Approved unanimously.", 1),
        ("It was MOVED by Ames, seconded by Bell, to approve the agreement. Unanimously carried by voice vote. Cho absent.", 1),
        ("Ames moved to approve the agreement, seconded by Bell. The vote was unanimous.", 1),
        ("MOTION: Ames moved to approve the agreement.\nSECOND: Bell\nVOTE: Unanimous", 1),
        ("Motion by Ames, seconded by Bell, to approve the agreement. All ayes.", 1),
        ("Motion by Ames, seconded by Bell, to approve the agreement.\nVote: 5 ayes, 0 nays", 1),
        ("Motion by Ames, seconded by Bell, to approve the agreement.\nVote: 2 ayes, 3 nays", 0),
        ("Motion by Ames, seconded by Bell, to approve the agreement.\nMOTION CARRIED 5-0", 1),
        ("Motion by Ames, seconded by Bell, to approve the agreement. Motion carried unanimously by voice vote.", 1),
    ] {
        let text = format!(
            "CITY OF OAKVALE\nREGULAR CITY COUNCIL MEETING\nTuesday, May 20, 2025\n\n1. CALL TO ORDER\nMayor Ruiz opened the meeting.\n\n2. NEW BUSINESS\n{body}\n\n3. ADJOURNMENT\nAt 8:00 p.m.\n"
        );
        let doc = parse(&text);
        let numbers: Vec<_> = doc.items.iter().map(|i| i.number.as_deref().unwrap_or("-")).collect();
        assert_eq!(numbers, ["1", "2", "3"], "{body:?}");
        assert_eq!(doc.items[1].resolutions.len(), count, "{body:?}");
    }
}

/// A roll table in capitals, one member a row ("COUNCILMEMBER AMES PRESENT"), under a roll
/// call's heading: its rows are the roll's (as written), no headings.
#[test]
fn north_american_roll_tables_in_capitals() {
    for roll in [
        "1. ROLL CALL\nMAYOR RUIZ PRESENT\nCOUNCILMEMBER AMES PRESENT\nCOUNCILMEMBER BELL PRESENT\nCOUNCILMEMBER DIAZ ABSENT",
        "ROLL CALL\nMAYOR RUIZ PRESENT\nCOUNCIL MEMBER AMES PRESENT\nCOUNCIL MEMBER BELL PRESENT\nCOUNCIL MEMBER DIAZ EXCUSED",
    ] {
        let doc = parse(&format!(
            "CITY OF OAKVALE\nREGULAR CITY COUNCIL MEETING\nTuesday, May 20, 2025\n\n{roll}\n\n2. NEW BUSINESS\nMotion by Ames, second by Bell, to approve the agreement. Motion carried 3-0.\n\n3. ADJOURNMENT\nAt 8:00 p.m.\n"
        ));
        let titles: Vec<_> = doc.items.iter().map(|i| i.title.as_str()).collect();
        assert_eq!(titles, ["ROLL CALL", "NEW BUSINESS", "ADJOURNMENT"], "{roll:?}");
        let a = &doc.attendance;
        let present: Vec<_> = a.present.iter().map(|p| p.name.to_lowercase()).collect();
        assert_eq!(present, ["mayor ruiz", "ames", "bell"], "{roll:?}");
        let absent: Vec<_> = a.apologies.iter().map(|p| p.name.to_lowercase()).collect();
        assert_eq!(absent, ["diaz"], "{roll:?}");
    }
}
