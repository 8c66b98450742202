#!/usr/bin/env python3
"""How the parser holds up when ../shared's real documents are written the ways other
converters and councils write them. A development tool, not a test: some variants change
what a perfect parser reports (a title rewritten), so read the misses, don't gate on them.

    scripts/robustness.py [--fixtures] variants [--keep DIR] [NAME...]
        Rewrites every ../shared/{seeds,corpus} document one way per variant (gold files
        copied beside them), scores each folder with ../shared/tools/score_corpus.py and
        prints the misses that the unchanged documents do not have.
    scripts/robustness.py [--fixtures] excerpts
        Cuts every document at about twenty places, as an excerpt is cut, and reports
        the cuts whose parse disagrees with the whole document's: a cut's items must be
        the whole's first items (the last one may be cut short), with the same layout,
        and the same committee and date once past the head.
    --fixtures runs either on tests/fixtures (and the bundled example) instead; --dir DIR
    on the documents of any folder that holds a .gold.json beside each (pages of your own).

Uses target/release/minutes (build it first: cargo build --release -p minutes-cli).
"""
import argparse
import glob
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
MINUTES = os.path.join(ROOT, "target", "release", "minutes")
SCORER = os.path.join(SHARED, "tools", "score_corpus.py")
MONTHS = "January February March April May June July August September October November December".split()
DATE = re.compile(r"\b(\d{1,2}) (" + "|".join(MONTHS) + r") (\d{4})\b")


def ordinal(d):
    d = int(d)
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


def each_line(t, f):
    return "\n".join(f(i, line) for i, line in enumerate(t.split("\n")))


def wrap_prose(_i, line, width=80):
    """A long line of sentences broken at the last space before each `width` columns.
    Paragraph-sized lines only: a whole document on one line (a PDF that lost its line
    breaks) or a table row is not what a wrapping converter gives."""
    if not 120 <= len(line) <= 1500 or ". " not in line or " |" in line or "Minutes: " in line:
        return line
    out, rest = [], line
    while len(rest) > width:
        cut = rest.rfind(" ", 0, width)
        if cut <= 0:
            break
        out.append(rest[:cut])
        rest = rest[cut + 1:]
    return "\n".join(out + [rest])


def page_footers(text):
    """"Page N of 9" and a form feed at a blank line every ~40 lines: a printed page's
    footer where a page ends (in a list of names, a paragraph's gap). Not straight after
    an item number standing alone ("79/21"), whose title a page break seldom parts from it."""
    out, since, page, last = [], 0, 1, ""
    for line in text.split("\n"):
        out.append(line)
        since += 1
        if line.strip():
            last = line.strip()
        if since >= 40 and not line.strip() and len(last) > 12:
            page += 1
            out += [f"Page {page - 1} of 9", "\f"]
            since = 0
    return "\n".join(out)


# Each variant: a rewrite that leaves what a perfect parser reports unchanged (or nearly:
# see the module doc).
VARIANTS = {
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "bom": lambda t: "\ufeff" + t,
    "trailing-spaces": lambda t: each_line(t, lambda i, l: l + "   "),
    "tab-indent": lambda t: re.sub(r"(?m)^  ", "\t", t),
    # pdftotext: a form feed glued to the first line of every page.
    "form-feeds": lambda t: each_line(t, lambda i, l: "\f" + l if i % 40 == 39 else l),
    "double-spaced": lambda t: t.replace("\n", "\n\n"),
    # Old Mac line ends: a carriage return alone.
    "cr-only": lambda t: t.replace("\n", "\r"),
    # A printed page's footer where a page ends: "Page N of M" at a blank line every ~40 lines.
    "page-footers": lambda t: page_footers(t),
    "indented": lambda t: each_line(t, lambda i, l: "    " + l if l.strip() else l),
    "nbsp-after-titles": lambda t: re.sub(
        r"(Councillors?|Cllrs?|Mr|Mrs|Ms|Dr) ", lambda m: m.group(1) + "\u00a0", t
    ),
    # PDF layout text: a gap after item numbers, two spaces after full stops.
    "gaps": lambda t: re.sub(
        r"([a-z]\.) (?=[A-Z])", r"\1  ", re.sub(r"(?m)^(\d[\w./-]*\.?) (?=\S)", r"\1    ", t)
    ),
    "dashes": lambda t: re.sub(
        r" [–-] ", lambda m: " " + {"–": "-", "-": "–"}[m.group(0)[1]] + " ", t
    ).replace(":-", ":–"),
    "numbers-without-dots": lambda t: re.sub(r"(?m)^(\d{1,3})\. (?=[A-Z])", r"\1 ", t),
    "ordinal-dates": lambda t: DATE.sub(
        lambda m: f"{ordinal(m.group(1))} {m.group(2)}, {m.group(3)}", t
    ),
    "us-dates": lambda t: DATE.sub(lambda m: f"{m.group(2)} {int(m.group(1))}, {m.group(3)}", t),
    # Printed headings in title case ("131. Declarations of Interest"), and the other way.
    "title-case-headings": lambda t: re.sub(
        r"(?m)^(\d[\w./]*\.? )([A-Z][A-Z ,'&-]{3,})$", lambda m: m.group(1) + m.group(2).title(), t
    ),
    "straight-quotes": lambda t: t.translate({0x2019: "'", 0x2018: "'", 0x201C: '"', 0x201D: '"'}),
    "curly-quotes": lambda t: re.sub(r"(?<=\w)'(?=\w)", "\u2019", t),
    "cllr": lambda t: re.sub(r"\bCouncillors ", "Cllrs ", re.sub(r"\bCouncillor ", "Cllr ", t)),
    # A resolution label in title case ("Resolved: That ..."), as many councils print it.
    "resolved-title-case": lambda t: re.sub(r"(?m)^(\s*)RESOLVED\b", r"\1Resolved", t),
    "bullets": lambda t: re.sub(r"(?m)^(\s*)[-\u2022] ", lambda m: m.group(1) + {"-": "\u2022", "\u2022": "-"}[m.group(0).strip()[0]] + " ", t),
    # A PDF's prose wrapped at 80 columns (paragraphs only: lines of sentences).
    "wrapped": lambda t: each_line(t, wrap_prose),
    # ModernGov page text taken without images' alt text, or without the documents lines.
    "no-icon-text": lambda t: t.replace("pdf icon ", ""),
    # Page text taken without its blank lines (some converters drop them all).
    "no-blank-lines": lambda t: re.sub(r"\n(?:[ \t]*\n)+", "\n", t),
    "no-documents-lines": lambda t: re.sub(r"(?m)^(Additional|Supporting) documents:\n", "", t),
    "decisions-heading": lambda t: re.sub(r"(?m)^Agenda and (draft )?minutes$", lambda m: "Agenda, decisions and " + (m.group(1) or "") + "minutes", t),
    "capital-labels": lambda t: re.sub(
        r"(?m)^(Present|Apologies for absence|Apologies|In attendance|Members present)(:-?|\b)",
        lambda m: m.group(1).upper() + m.group(2), t,
    ),
}


# Set by --fixtures: the project's own made-up documents instead of ../shared's.
FIXTURES = False
DIR = None


def documents():
    if DIR:
        found = sorted(p for p in glob.glob(os.path.join(DIR, "*.txt")) if os.path.exists(gold_of(p)))
        if not found:
            sys.exit(f"no documents with gold files in {DIR}")
        return found
    if FIXTURES:
        found = sorted(glob.glob(os.path.join(ROOT, "tests", "fixtures", "*.txt")))
        return found + [os.path.join(ROOT, "examples", "harbourside-planning.txt")]
    found = sorted(glob.glob(os.path.join(SHARED, "seeds", "*.txt")))
    found += sorted(glob.glob(os.path.join(SHARED, "corpus", "*.txt")))
    if not found:
        sys.exit(f"no documents: {SHARED}/seeds and corpus are absent")
    return found


def gold_of(path):
    """The gold file of a document (the bundled example's is with the fixtures)."""
    gold = path[: -len(".txt")] + ".gold.json"
    if os.path.exists(gold):
        return gold
    return os.path.join(ROOT, "tests", "fixtures", os.path.basename(gold))


def read(path):
    with open(path, newline="", encoding="utf-8") as f:
        return f.read()


def score(folder):
    out = subprocess.run(
        [sys.executable, SCORER, "-v", "--cmd", f"{MINUTES} parse {{}}", folder],
        capture_output=True, text=True, check=False,
    ).stdout.splitlines()
    return [l for l in out if l.strip().startswith("miss:")], out[-1] if out else ""


def write_folder(folder, rewrite):
    os.makedirs(folder, exist_ok=True)
    for path in documents():
        name = os.path.basename(path)
        with open(os.path.join(folder, name), "w", newline="", encoding="utf-8") as f:
            f.write(rewrite(read(path)))
        shutil.copy(gold_of(path), folder)


def variants(args):
    names = args.names or list(VARIANTS)
    unknown = [n for n in names if n not in VARIANTS]
    if unknown:
        sys.exit(f"unknown variants {unknown}; known: {', '.join(VARIANTS)}")
    work = args.keep or tempfile.mkdtemp(prefix="minutes-variants-")
    write_folder(os.path.join(work, "unchanged"), lambda t: t)
    base_misses, base_summary = score(os.path.join(work, "unchanged"))
    print(f"{'unchanged':22} {base_summary}")
    for name in names:
        folder = os.path.join(work, name)
        write_folder(folder, VARIANTS[name])
        misses, summary = score(folder)
        print(f"{name:22} {summary}")
        for miss in misses:
            if miss not in base_misses:
                print(f"{'':24}{miss.strip()}")
    if not args.keep:
        shutil.rmtree(work)


def parse(text):
    run = subprocess.run([MINUTES, "parse", "-"], input=text.encode(), capture_output=True, check=False)
    return json.loads(run.stdout)


def excerpts(_args):
    disagree = total = 0
    for path in documents():
        text = read(path)
        whole = parse(text)
        whole_items = [(i["number"], i["title"]) for i in whole["items"]]
        for cut in range(400, len(text) - 50, max(97, len(text) // 25)):
            doc = parse(text[:cut])
            total += 1
            items = [(i["number"], i["title"]) for i in doc["items"]]
            problems = []
            if doc["format"] != whole["format"]:
                problems.append(f"format {doc['format']} (whole: {whole['format']})")
            if len(items) > len(whole_items):
                problems.append(f"{len(items) - len(whole_items)} more items: {items[len(whole_items):][:2]}")
            elif items:
                if items[:-1] != whole_items[: len(items) - 1]:
                    problems.append("items differ before the last")
                if items[-1][0] != whole_items[len(items) - 1][0]:
                    problems.append(f"last item {items[-1]} (whole: {whole_items[len(items) - 1]})")
            for field in ("committee", "date"):
                if cut > 1500 and doc.get(field) != whole.get(field):
                    problems.append(f"{field} {doc.get(field)!r} (whole: {whole.get(field)!r})")
            if problems:
                disagree += 1
                print(f"{os.path.basename(path)} cut at {cut} ...{text[cut - 25:cut]!r}: {'; '.join(problems)}")
    print(f"{disagree} of {total} cuts disagree with their whole document")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="command", required=True)
    v = sub.add_parser("variants", help="score rewritten copies of ../shared")
    v.add_argument("--keep", metavar="DIR", help="write the variant folders here and keep them")
    v.add_argument("names", nargs="*", help=f"variants to run (default all): {', '.join(VARIANTS)}")
    v.set_defaults(run=variants)
    e = sub.add_parser("excerpts", help="compare cuts of each document with the whole")
    e.set_defaults(run=excerpts)
    parser.add_argument("--fixtures", action="store_true", help="the project's fixtures, not ../shared")
    parser.add_argument("--dir", help="the documents of this folder (each with a .gold.json), not ../shared")
    args = parser.parse_args()
    global FIXTURES, DIR
    FIXTURES, DIR = args.fixtures, args.dir
    if not os.path.exists(MINUTES):
        sys.exit(f"{MINUTES} is missing: cargo build --release -p minutes-cli")
    args.run(args)


if __name__ == "__main__":
    main()
