//! Turning the command line's INPUT arguments into an ordered list of documents to read.
//!
//! The order is part of the output contract (NDJSON lines follow it), so a directory is
//! walked completely and sorted rather than streamed in the file system's own order.

use std::ffi::OsStr;
use std::io::{self, Read};
use std::path::{Path, PathBuf};

/// One document to parse.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    /// The name used in messages and in `--with-path` output: the path as given, or `-`.
    pub fn display(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::File(path) => path.display().to_string(),
        }
    }

    pub fn read(&self) -> io::Result<Vec<u8>> {
        match self {
            Source::Stdin => {
                let mut bytes = Vec::new();
                io::stdin().lock().read_to_end(&mut bytes)?;
                Ok(bytes)
            }
            Source::File(path) => std::fs::read(path),
        }
    }
}

/// What the INPUT arguments expand to.
#[derive(Debug, Default)]
pub struct Expanded {
    pub sources: Vec<Source>,
    /// Directories that could not be listed, with why; the files found elsewhere are still
    /// parsed.
    pub errors: Vec<(PathBuf, io::Error)>,
    /// Directories that held no `*.txt` file: most likely a wrong path, worth a warning.
    pub empty_dirs: Vec<PathBuf>,
    /// A directory or more than one argument was given: the caller asked for many documents,
    /// whatever number were found, so the output shape depends only on the command line.
    pub many: bool,
}

/// Expands files, directories and `-` in argument order. A file named explicitly is taken
/// whatever its extension; a missing one is kept so that reading it reports the error.
pub fn expand(inputs: &[PathBuf]) -> Expanded {
    let mut out = Expanded {
        many: inputs.len() > 1,
        ..Expanded::default()
    };
    for input in inputs {
        if input.as_os_str() == "-" {
            out.sources.push(Source::Stdin);
        } else if input.is_dir() {
            out.many = true;
            let mut files = Vec::new();
            walk(input, &mut files, &mut out.errors);
            if files.is_empty() {
                out.empty_dirs.push(input.clone());
            }
            out.sources.extend(files.into_iter().map(Source::File));
        } else {
            out.sources.push(Source::File(input.clone()));
        }
    }
    out
}

/// Collects `*.txt` files under `dir`, in path order: each directory's entries are sorted by
/// name and subdirectories walked in place, which is the order of sorting the whole list by
/// path components, without comparing long paths. Symbolic links to directories are not
/// followed, so a link cycle cannot make the walk endless; links to files are taken.
fn walk(dir: &Path, files: &mut Vec<PathBuf>, errors: &mut Vec<(PathBuf, io::Error)>) {
    let entries = match std::fs::read_dir(dir) {
        Ok(entries) => entries,
        Err(e) => {
            errors.push((dir.to_path_buf(), e));
            return;
        }
    };
    // Each entry's name (which allocates) is taken once, for the sort and the extension; its
    // listed type is kept, and the entry (a shared handle on the listing) let go.
    let mut found = Vec::new();
    for entry in entries {
        match entry {
            Ok(entry) => found.push((entry.file_name(), entry.file_type().ok())),
            Err(e) => errors.push((dir.to_path_buf(), e)),
        }
    }
    // Names in one directory differ, so an unstable sort gives the same order.
    found.sort_unstable_by(|a, b| a.0.cmp(&b.0));
    for (name, file_type) in found {
        if file_type.is_some_and(|t| t.is_dir()) {
            walk(&dir.join(&name), files, errors);
        } else if is_txt(&name) {
            let path = join(dir, &name);
            if is_file(&path, file_type) {
                files.push(path);
            }
        }
    }
}

/// `dir.join(name)`, allocated once at its final size (`join` copies `dir`, then grows the
/// copy for the name).
fn join(dir: &Path, name: &OsStr) -> PathBuf {
    let mut path = PathBuf::with_capacity(dir.as_os_str().len() + 1 + name.len());
    path.push(dir);
    path.push(name);
    path
}

/// Whether the entry at `path` is a file, links followed. The directory listing already
/// says so for a plain file; only a link (or an unknown type) costs a `stat`.
fn is_file(path: &Path, listed: Option<std::fs::FileType>) -> bool {
    listed.is_some_and(|t| t.is_file()) || path.is_file()
}

/// Whether a file named `name` has the extension "txt" (any case), as [`Path::extension`]
/// finds it: after the last dot, which must not start the name. Read from the name's bytes,
/// without taking a path apart into components.
fn is_txt(name: &OsStr) -> bool {
    let name = name.as_encoded_bytes();
    name.len() > ".txt".len() && name[name.len() - 4..].eq_ignore_ascii_case(b".txt")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// [`is_txt`] against the rule it replaces, `Path::extension`, on names with dots.
    #[test]
    fn txt_names_agree_with_path_extension() {
        let pieces = ["a", ".", "txt", "TxT", "tx", ".txt", ".."];
        for name in joins(&pieces, 4) {
            let by_path = Path::new(&name)
                .extension()
                .is_some_and(|ext| ext.eq_ignore_ascii_case("txt"));
            assert_eq!(is_txt(OsStr::new(&name)), by_path, "{name:?}");
        }
    }

    /// Every string of up to `n` pieces.
    fn joins(pieces: &[&str], n: usize) -> Vec<String> {
        let mut out = vec![String::new()];
        let mut last = vec![String::new()];
        for _ in 0..n {
            last = last
                .iter()
                .flat_map(|s| pieces.iter().map(move |p| format!("{s}{p}")))
                .collect();
            out.extend(last.iter().cloned());
        }
        out
    }

    #[test]
    fn directories_are_walked_for_txt_files_in_sorted_order() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir(root.join("sub")).unwrap();
        for name in ["b.txt", "a.TXT", "notes.md", "sub/c.txt"] {
            std::fs::write(root.join(name), "x").unwrap();
        }
        let expanded = expand(&[root.to_path_buf()]);
        assert!(expanded.many);
        assert!(expanded.errors.is_empty());
        assert!(expanded.empty_dirs.is_empty());
        let names: Vec<String> = expanded
            .sources
            .iter()
            .map(|s| match s {
                Source::File(p) => p.strip_prefix(root).unwrap().display().to_string(),
                Source::Stdin => "-".into(),
            })
            .collect();
        assert_eq!(names, ["a.TXT", "b.txt", "sub/c.txt"]);
    }

    #[test]
    fn the_walk_order_is_the_path_order() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        for sub in ["a", "a-b", "a/z", "b"] {
            std::fs::create_dir(root.join(sub)).unwrap();
        }
        for name in [
            "a.txt",
            "a/x.txt",
            "a/z/y.txt",
            "a-b/x.txt",
            "a b.txt",
            "b/a.txt",
            "B.txt",
        ] {
            std::fs::write(root.join(name), "x").unwrap();
        }
        let walked: Vec<PathBuf> = expand(&[root.to_path_buf()])
            .sources
            .into_iter()
            .map(|s| match s {
                Source::File(p) => p,
                Source::Stdin => unreachable!(),
            })
            .collect();
        let mut sorted = walked.clone();
        sorted.sort();
        assert_eq!(walked.len(), 7);
        assert_eq!(walked, sorted);
    }

    #[test]
    fn a_directory_without_txt_files_is_noted() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("notes.md"), "x").unwrap();
        let expanded = expand(&[dir.path().to_path_buf()]);
        assert!(expanded.sources.is_empty());
        assert_eq!(expanded.empty_dirs, [dir.path().to_path_buf()]);
    }

    #[test]
    fn one_file_argument_is_not_many() {
        let expanded = expand(&[PathBuf::from("does-not-exist.txt")]);
        assert!(!expanded.many);
        assert_eq!(
            expanded.sources,
            [Source::File("does-not-exist.txt".into())]
        );
    }
}
