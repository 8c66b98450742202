//! Where the fixtures and the shared folders are, and how a text is parsed for scoring.
//!
//! A fixture is `tests/fixtures/NAME.gold.json` with its text beside it as `NAME.txt`, or,
//! for the bundled example, at `examples/NAME.txt` in the repository root: the example is
//! also a fixture, and keeping one copy means the README's first command and the tests can
//! never disagree about it.

use std::path::{Path, PathBuf};

/// The repository root (the parent of this crate).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("the tests crate lives inside the repository")
        .to_path_buf()
}

/// `tests/fixtures`.
pub fn fixtures_dir() -> PathBuf {
    repo_root().join("tests").join("fixtures")
}

/// `../shared/NAME` beside the repository; it exists on developer machines and CI only.
pub fn shared_dir(name: &str) -> PathBuf {
    repo_root()
        .parent()
        .map(|p| p.join("shared").join(name))
        .unwrap_or_else(|| PathBuf::from("../shared").join(name))
}

/// One fixture: its name, its text file and its gold file.
#[derive(Debug, Clone)]
pub struct Fixture {
    pub name: String,
    pub text: PathBuf,
    pub gold: PathBuf,
}

impl Fixture {
    /// The snapshot of the full parse, `tests/fixtures/NAME.json`.
    pub fn snapshot(&self) -> PathBuf {
        fixtures_dir().join(format!("{}.json", self.name))
    }
}

/// Every `NAME.gold.json` in `dir`, sorted by name, with its `NAME.txt`: beside it, or else
/// in `fallback` (the `examples/` folder). A gold file without a text is an error, reported
/// by name, so that a fixture cannot silently drop out of the suite.
pub fn gold_pairs(dir: &Path, fallback: Option<&Path>) -> Result<Vec<Fixture>, String> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| format!("cannot read {}: {e}", dir.display()))?;
    let mut out = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        let Some(file) = path.file_name().and_then(|f| f.to_str()) else {
            continue;
        };
        let Some(name) = file.strip_suffix(".gold.json") else {
            continue;
        };
        let beside = dir.join(format!("{name}.txt"));
        let text = if beside.exists() {
            beside
        } else if let Some(alt) = fallback.map(|f| f.join(format!("{name}.txt"))) {
            if !alt.exists() {
                return Err(format!(
                    "{file} has no {name}.txt in {} or {}",
                    dir.display(),
                    alt.display()
                ));
            }
            alt
        } else {
            return Err(format!("{file} has no {name}.txt beside it"));
        };
        out.push(Fixture {
            name: name.to_string(),
            text,
            gold: path.clone(),
        });
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

/// The project's fixtures: `tests/fixtures`, with `examples/` for the bundled example.
pub fn project_fixtures() -> Vec<Fixture> {
    let examples = repo_root().join("examples");
    gold_pairs(&fixtures_dir(), Some(&examples)).unwrap_or_else(|e| panic!("{e}"))
}

/// The project's fixtures, then every seed and corpus document of `../shared` (named
/// `seeds/NAME`, `corpus/NAME`); a folder that is absent is skipped, and the skip printed.
pub fn every_document() -> Vec<Fixture> {
    let mut docs = project_fixtures();
    for folder in ["seeds", "corpus"] {
        let dir = shared_dir(folder);
        if !dir.is_dir() {
            println!("skipped: ../shared/{folder} is absent");
            continue;
        }
        let pairs = gold_pairs(&dir, None).unwrap_or_else(|e| panic!("{e}"));
        docs.extend(pairs.into_iter().map(|p| Fixture {
            name: format!("{folder}/{}", p.name),
            ..p
        }));
    }
    docs
}

/// Reads a gold file.
pub fn read_gold(path: &Path) -> serde_json::Value {
    let text = std::fs::read_to_string(path)
        .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    serde_json::from_str(&text).unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
}

/// Parses a file as the CLI would and returns the JSON the scorer reads, or `None` when the
/// parser panicked (the script counts such a document as failed and scores it as `{}`).
/// Invalid UTF-8 is replaced rather than refused, so one bad byte cannot hide a document.
pub fn parse_file(path: &Path) -> Option<serde_json::Value> {
    let bytes =
        std::fs::read(path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
    let parsed = std::panic::catch_unwind(|| {
        let options = minutes::ParseOptions::new().lossy(true);
        minutes::parse_bytes(&bytes, &options).map(|doc| serde_json::to_value(&doc))
    });
    match parsed {
        Ok(Ok(Ok(value))) => Some(value),
        _ => None,
    }
}
