"""Shared helpers: where the fixtures are, and the CLI to compare JSON against.

Fixture texts: this suite's own made-up minutes (tests/data), the project's fixtures
(tests/fixtures, tests/scorer-check) and, when present, the real minutes in ../shared/seeds
and ../shared/corpus (read in place, never copied into the repository).
"""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path
from typing import List, Optional

import pytest

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[2]
SHARED = REPO.parent / "shared"


def own_fixtures() -> List[Path]:
    """The made-up minutes of this suite and of the project's Rust tests."""
    paths = sorted((HERE / "data").glob("*.txt"))
    for folder in ("tests/fixtures", "tests/scorer-check"):
        paths += sorted((REPO / folder).rglob("*.txt"))
    return paths


def shared_fixtures() -> List[Path]:
    """The real minutes in ../shared, or [] (with a note printed once) when absent."""
    paths: List[Path] = []
    for name in ("seeds", "corpus"):
        folder = SHARED / name
        if folder.is_dir():
            paths += sorted(folder.glob("*.txt"))
        else:
            print(f"skipped: ../shared/{name} is absent ({folder})")
    return paths


def all_fixtures() -> List[Path]:
    return own_fixtures() + shared_fixtures()


def fixture_id(path: Path) -> str:
    try:
        return str(path.relative_to(REPO.parent))
    except ValueError:
        return str(path)


def cli_path() -> Optional[str]:
    """The `minutes` CLI: $MINUTES_CLI, else target/release or target/debug, else PATH."""
    env = os.environ.get("MINUTES_CLI")
    if env:
        return env
    for profile in ("release", "debug"):
        candidate = REPO / "target" / profile / "minutes"
        if candidate.is_file():
            return str(candidate)
    return shutil.which("minutes")


class Cli:
    """Runs `minutes parse FILE`: serde's pretty JSON of one document and a newline."""

    def __init__(self, exe: str) -> None:
        self.exe = exe

    def pretty(self, path: Path) -> str:
        out = subprocess.run([self.exe, "parse", str(path)], capture_output=True, check=False)
        assert out.returncode == 0, (
            f"`minutes parse {path}` exited {out.returncode}: "
            f"{out.stderr.decode(errors='replace')[:800]}"
        )
        return out.stdout.decode("utf-8")


@pytest.fixture(scope="session")
def cli() -> Cli:
    exe = cli_path()
    if exe is None:
        message = (
            "the minutes CLI is not built (cargo build --release -p minutes-cli, or set "
            "MINUTES_CLI): JSON comparison with the CLI skipped"
        )
        if os.environ.get("MINUTES_REQUIRE_CLI") == "1":
            pytest.fail(message)
        pytest.skip(message)
    return Cli(exe)
