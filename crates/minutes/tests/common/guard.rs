//! Running a parse under guard: a small fixed stack, a wall-clock watchdog for hangs, and the
//! thread's CPU time for bounds that other load on the machine does not disturb.

use std::sync::mpsc;
use std::time::Duration;

/// What a guarded run measured.
pub struct Run<T> {
    pub value: T,
    /// CPU time of the thread that ran the closure: unlike wall-clock time, it does not grow
    /// when other processes compete for the machine's cores.
    pub cpu: Duration,
}

/// Runs `f` on its own thread with a fixed stack, so that recursion whose depth the input
/// controls overflows here (a 1 MiB stack, as small as WebAssembly's default) rather than
/// passing on a big main thread; and with a wall-clock watchdog, so that a hang fails the
/// test instead of stalling the suite. The watchdog is generous: only a hang exceeds it.
pub fn guarded<T: Send + 'static>(
    name: &str,
    wall_limit: Duration,
    f: impl FnOnce() -> T + Send + 'static,
) -> Run<T> {
    let (tx, rx) = mpsc::channel();
    let handle = std::thread::Builder::new()
        .name(format!("parse {name}"))
        .stack_size(1 << 20)
        .spawn(move || {
            let start = cpu_time::ThreadTime::now();
            let value = f();
            let _ = tx.send(Run {
                value,
                cpu: start.elapsed(),
            });
        })
        .expect("spawn parse thread");
    match rx.recv_timeout(wall_limit) {
        Ok(run) => {
            handle.join().expect("parse thread");
            run
        }
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("{name}: no result after {wall_limit:?} of wall-clock time: a hang")
        }
        Err(mpsc::RecvTimeoutError::Disconnected) => match handle.join() {
            Err(panic) => std::panic::resume_unwind(panic),
            Ok(()) => unreachable!("the thread sends before it ends"),
        },
    }
}

/// Runs `f` and returns what it gave with the CPU time the current thread spent in it.
pub fn cpu_timed<T>(f: impl FnOnce() -> T) -> (T, Duration) {
    let start = cpu_time::ThreadTime::now();
    let value = f();
    (value, start.elapsed())
}
