#!/usr/bin/env python3
"""Structure-aware fuzzing through the CLI: real minutes bent where the parser's rules look.

cargo-fuzz (fuzz/) needs nightly and feeds mostly arbitrary bytes, which rarely reach a
rule's third condition. This edits whole documents instead (../shared/{seeds,corpus} when
present, and tests/fixtures) with what councils' texts are made of: lines of other
documents, labels ("Present:", "Apologies:"), page numbers between blank lines, list marks,
item numbers, markers, joined and split lines, runs of one token, cuts. Each round writes a
folder of edited documents, runs `minutes stats` on it in every forced layout and
`minutes parse --ndjson` once, and reports any run that exits with a panic (status 101) or
outlives the time limit; that round's folder is kept for the minimal case to be cut from.

    scripts/fuzz-edits.py [--rounds 20] [--docs 4000] [--seed 1] [--keep DIR]

A development tool, not a test (the property `edited_fixtures_keep_the_invariants` runs the
same idea inside `cargo test`). Uses target/release/minutes (cargo build --release -p
minutes-cli). Exit status 1 when a run failed.
"""
import argparse
import glob
import os
import random
import shutil
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
SHARED = os.path.join(ROOT, "..", "shared")
MINUTES = os.path.join(ROOT, "target", "release", "minutes")
LAYOUTS = ["moderngov_listing", "moderngov_item", "printed", "cmis", "flattened", "unknown"]

# Whole lines the rules turn on.
LINES = [
    "", "", "2", "Page 2 of 3", "- 4 -", "\x0c", "Present:", "Present:-",
    "Apologies for absence:-", "Minutes:", "RESOLVED:", "Resolved -", "Decision:", "Cllrs",
    "Councillors:", "In attendance:", "Also present:", "1.", "12.", "3a", "(a)", "o", "\u2022",
    "-", "Carried", "MOTION", "ROLL CALL", "Ayes: Hale, Ives", "Item 5.", "5.1",
    "Agenda and draft minutes", "Items", "No. Item", "Additional documents:",
    "... view the full minutes text for item 4",
]
# Pieces inserted inside lines.
TOKENS = [
    "\n", "\r", "\r\n", " ", "\t", "  ", "-", "\u2013", "\u00a0", "(", ")", ":", ".", "1.", "12.",
    "5a", "RESOLVED", "Resolved:", "Present:", "Apologies", "Cllr ", "Councillor", "Minutes:",
    "pdf icon PDF 12 KB", "view the full minutes text for item 4", " |", "\x00", "\U0001f600",
    "(a)", "(1)", "Chair", "MOTION", "Carried", "That ", "Moved by", "Seconded", "Ayes:", "2025",
    "March", "7.30 pm", "in the Chair", "\x0c", "\u2022", "o ", "*", "\ufffd",
]


def sources():
    paths = sorted(glob.glob(os.path.join(SHARED, "seeds", "*.txt")))
    paths += sorted(glob.glob(os.path.join(SHARED, "corpus", "*.txt")))
    paths += sorted(glob.glob(os.path.join(ROOT, "tests", "fixtures", "*.txt")))
    return [open(p, encoding="utf-8").read() for p in paths]


def edit_lines(rng, lines, pool):
    """Line-level edits: other documents' lines, rule lines, joins, splits, repeats, cuts."""
    for _ in range(rng.randint(1, 25)):
        op, i = rng.random(), rng.randrange(len(lines) + 1)
        if op < 0.3:
            lines[i:i] = [rng.choice(pool)]
        elif op < 0.5:
            lines[i:i] = [rng.choice(LINES)]
        elif op < 0.6 and i < len(lines):
            del lines[i]
        elif op < 0.7 and i + 1 < len(lines):
            lines[i : i + 2] = [lines[i] + " " + lines[i + 1]]
        elif op < 0.8 and i < len(lines) and lines[i]:
            j = rng.randrange(len(lines[i]) + 1)
            lines[i : i + 1] = [lines[i][:j], lines[i][j:]]
        elif op < 0.85 and i < len(lines):
            lines[i:i] = [lines[i]] * rng.choice([2, 3, 50])
        elif op < 0.9:
            del lines[i:]
        elif op < 0.95 and i < len(lines):
            lines[i] = rng.choice(["", " ", "\t", "    "]) + lines[i] + rng.choice(["", ",", " and", ":", "."])
        else:
            lines[i:i] = ["", rng.choice(["2", "Page 3", "- 2 -"]), ""]
    return rng.choice(["\n", "\n", "\r\n"]).join(lines)


def edit_text(rng, text):
    """Character-level edits: tokens (sometimes in long runs), deletions, copies, cuts."""
    for _ in range(rng.randint(1, 30)):
        if not text:
            break
        op, i = rng.random(), rng.randrange(len(text) + 1)
        if op < 0.4:
            text = text[:i] + rng.choice(TOKENS) * rng.choice([1, 1, 1, 2, 50, 2000]) + text[i:]
        elif op < 0.65:
            text = text[:i] + text[i + rng.randint(1, 40) :]
        elif op < 0.85:
            j = rng.randrange(len(text) + 1)
            text = text[:i] + text[j : j + rng.randint(1, 400)] + text[i:]
        elif op < 0.9:
            text = text[:i]
        else:
            text = text[:i] + chr(rng.randrange(0x20, 0x3000)) + text[i + 1 :]
    return text


def run(args, folder, timeout):
    try:
        done = subprocess.run([MINUTES, *args, "--lossy", "-j", "1", "--no-progress", folder],
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=timeout)
    except subprocess.TimeoutExpired:
        return f"no answer within {timeout} s"
    if done.returncode in (0, 2):  # 2: some input refused (a limit), which is an answer
        return None
    panic = [l for l in done.stderr.decode(errors="replace").splitlines() if "panicked at" in l]
    return f"exit {done.returncode}: {panic[0] if panic else done.stderr[-300:]!r}"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--rounds", type=int, default=20)
    ap.add_argument("--docs", type=int, default=4000, help="documents per round")
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--keep", default=os.path.join(tempfile.gettempdir(), "minutes-fuzz-edits"),
                    help="where failing rounds' folders are kept")
    ap.add_argument("--timeout", type=int, default=120, help="seconds per CLI run")
    a = ap.parse_args()
    if not os.path.exists(MINUTES):
        sys.exit(f"{MINUTES} is missing: cargo build --release -p minutes-cli")
    texts = sources()
    pool = [l for t in texts for l in t.split("\n") if l.strip()]
    failed = 0
    for r in range(a.rounds):
        seed = a.seed + r
        rng = random.Random(seed)
        with tempfile.TemporaryDirectory() as folder:
            for k in range(a.docs):
                text = rng.choice(texts)
                text = edit_lines(rng, text.split("\n"), pool) if k % 2 else edit_text(rng, text)
                with open(os.path.join(folder, f"{k:06d}.txt"), "w", encoding="utf-8", errors="surrogatepass") as f:
                    f.write(text)
            runs = [["stats"], ["parse", "--ndjson"]] + [["stats", "--format", l] for l in LAYOUTS]
            problems = [(r, p) for r in runs if (p := run(r, folder, a.timeout))]
            for args, problem in problems:
                print(f"round {r} (seed {seed}) {' '.join(args)}: {problem}")
            if problems:
                failed += 1
                shutil.copytree(folder, os.path.join(a.keep, f"seed-{seed}"), dirs_exist_ok=True)
                print(f"  kept in {os.path.join(a.keep, f'seed-{seed}')}")
    print(f"{a.rounds} rounds of {a.docs} edited documents, {8 * a.rounds} runs: {failed} rounds failed")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
