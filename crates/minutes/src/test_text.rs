//! Deterministic pseudo-random texts for tests that compare two readings of the same input or
//! look for panics: no timing, no external crates, the same texts on every run.

/// Every text made of exactly `n` of `pieces` in a row, pieces repeating, in the order of
/// `n` nested loops over `pieces`: small exhaustive inputs for comparing a fast path with
/// the rule it replaces.
pub(crate) fn joins(pieces: &[&str], n: usize) -> Vec<String> {
    let mut texts = vec![String::new()];
    for _ in 0..n {
        texts = texts
            .iter()
            .flat_map(|t| pieces.iter().map(move |p| format!("{t}{p}")))
            .collect();
    }
    texts
}

/// Every text of at most `n` of `pieces` in a row, shortest first: [`joins`] for each length.
pub(crate) fn joins_up_to(pieces: &[&str], n: usize) -> Vec<String> {
    (0..=n).flat_map(|k| joins(pieces, k)).collect()
}

/// `count` texts, each a run of up to `max_pieces - 1` of `pieces` chosen by an xorshift
/// generator started at `seed`; `spaced` decides from the generator's next number whether a
/// space follows a piece.
pub(crate) fn mixes(
    pieces: &[&str],
    count: usize,
    seed: u64,
    max_pieces: u64,
    spaced: impl Fn(u64) -> bool,
) -> Vec<String> {
    let mut state = seed;
    let mut next = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        state
    };
    (0..count)
        .map(|_| {
            let len = next() % max_pieces;
            let mut s = String::new();
            for _ in 0..len {
                s.push_str(pieces[(next() % pieces.len() as u64) as usize]);
                if spaced(next()) {
                    s.push(' ');
                }
            }
            s
        })
        .collect()
}

/// One text of exactly `len` of `pieces`, each chosen by a linear congruential generator
/// whose state `seed` carries from call to call (so a test's texts differ one from the next).
pub(crate) fn lcg_text(pieces: &[&str], len: usize, seed: &mut u64) -> String {
    let mut text = String::new();
    for _ in 0..len {
        *seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        text.push_str(pieces[(*seed >> 33) as usize % pieces.len()]);
    }
    text
}
