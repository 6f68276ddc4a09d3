//! Shared by the corpus runners (tests/programs.rs, tests/doctests.rs): running the `slate` binary with a timeout, and strict known-failure lists.

use std::collections::BTreeSet;
use std::fs;
use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, ExitStatus, Stdio};
use std::thread;
use std::time::{Duration, Instant};

/// What a run of the interpreter did.
pub struct Outcome {
    pub status: ExitStatus,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub timed_out: bool,
}

/// Runs `command` (stdin from `/dev/null`), killing it after `timeout`.
pub fn execute(mut command: Command, timeout: Duration) -> Result<Outcome, String> {
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start {command:?}: {e}"))?;
    // Drain both pipes on their own threads so a chatty child never blocks.
    let drain = |mut pipe: Box<dyn Read + Send>| {
        thread::spawn(move || {
            let mut buf = Vec::new();
            let _ = pipe.read_to_end(&mut buf);
            buf
        })
    };
    let out = drain(Box::new(child.stdout.take().expect("piped stdout")));
    let err = drain(Box::new(child.stderr.take().expect("piped stderr")));
    let deadline = Instant::now() + timeout;
    let mut pause = Duration::from_millis(1);
    let mut timed_out = false;
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if Instant::now() >= deadline => {
                timed_out = true;
                let _ = child.kill();
                break child
                    .wait()
                    .map_err(|e| format!("waiting for the interpreter: {e}"))?;
            }
            Ok(None) => {
                thread::sleep(pause);
                pause = (pause * 2).min(Duration::from_millis(20));
            }
            Err(e) => return Err(format!("waiting for the interpreter: {e}")),
        }
    };
    Ok(Outcome {
        status,
        stdout: out.join().expect("stdout reader"),
        stderr: err.join().expect("stderr reader"),
        timed_out,
    })
}

/// The entries of a known-failures file: one name per line, `#` starts a comment.
pub fn read_known_failures(path: &Path) -> Result<Vec<String>, String> {
    let text =
        fs::read_to_string(path).map_err(|e| format!("cannot read {}: {e}", path.display()))?;
    Ok(text
        .lines()
        .map(|line| line.split('#').next().unwrap_or("").trim())
        .filter(|line| !line.is_empty())
        .map(str::to_owned)
        .collect())
}

/// Judges results against a strict known-failures list (`list` names it in
/// messages): a listed failure is an XFAIL, a listed pass an XPASS (a
/// problem), an unlisted failure a FAIL; stale or repeated entries are
/// problems too.
pub struct Tally {
    known: BTreeSet<String>,
    list: String,
    pub passed: usize,
    pub failed: usize,
    pub xfailed: usize,
    pub xpassed: usize,
    pub problems: Vec<String>,
}

impl Tally {
    /// Reads the list at `path`, checking its entries against `names`.
    pub fn new<'a>(path: &Path, names: impl IntoIterator<Item = &'a str>) -> Tally {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let list = path
            .strip_prefix(root)
            .unwrap_or(path)
            .display()
            .to_string();
        let names: BTreeSet<&str> = names.into_iter().collect();
        let mut problems = Vec::new();
        let mut known = BTreeSet::new();
        match read_known_failures(path) {
            Ok(entries) => {
                for name in entries {
                    if !names.contains(name.as_str()) {
                        problems.push(format!("{list}: {name} names nothing to run"));
                    } else if !known.insert(name.clone()) {
                        problems.push(format!("{list}: {name} is listed twice"));
                    }
                }
            }
            Err(e) => problems.push(e),
        }
        Tally {
            known,
            list,
            passed: 0,
            failed: 0,
            xfailed: 0,
            xpassed: 0,
            problems,
        }
    }

    /// Records one result: `None` when it passed, else why it failed.
    pub fn record(&mut self, name: &str, failure: Option<String>) {
        match (failure, self.known.contains(name)) {
            (None, false) => self.passed += 1,
            (Some(reason), false) => {
                self.failed += 1;
                self.problems.push(format!("FAIL {name}: {reason}"));
            }
            (Some(reason), true) => {
                self.xfailed += 1;
                // Captured by libtest: shown with `-- --nocapture` or when the test fails.
                println!("XFAIL {name}: {reason}");
            }
            (None, true) => {
                self.xpassed += 1;
                self.problems
                    .push(format!("XPASS {name}: remove it from {}", self.list));
            }
        }
    }

    /// `N passed, M failed, X xfail, Y xpass`.
    pub fn summary(&self) -> String {
        format!(
            "{} passed, {} failed, {} xfail, {} xpass",
            self.passed, self.failed, self.xfailed, self.xpassed
        )
    }
}

/// Writes straight to stderr, past libtest's output capture, so summaries
/// and unexpected results show up in a plain `cargo test`.
pub fn report(line: &str) {
    let _ = writeln!(std::io::stderr(), "{line}");
}
