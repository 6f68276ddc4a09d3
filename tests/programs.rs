//! Runs every `.sl` program under `tests/` and `examples/` with the `slate` binary and compares its output with the expected files beside it.
//!
//! The convention is the one of `../shared/conformance/README.md`:
//!
//! | file               | meaning                                                        |
//! |--------------------|----------------------------------------------------------------|
//! | `NAME.sl`          | the program                                                    |
//! | `NAME.stdout`      | its exact standard output (a `.sl` without it is skipped)      |
//! | `NAME.status`      | its exit status, present only when non-zero                    |
//! | `NAME.stderr_last` | last non-empty stderr line, checked only when `.status` exists |
//!
//! Each program runs as `slate NAME.sl` in its own directory, with stdin from
//! `/dev/null` and a 10 s timeout (the child is killed when it expires).
//! Programs are named by their path relative to `tests/`, so
//! `conformance/sl_atomic.sl` and `../examples/hello.sl`.
//!
//! `tests/known_failures.txt` lists programs whose feature has not landed yet.
//! They are *strict* expected failures: a listed program that fails is an
//! `XFAIL` and does not fail the test, a listed program that passes is an
//! `XPASS` and does (remove it from the list), and every program not listed
//! must pass. `SLATE_TEST_FILTER=substring` selects programs by name.
//!
//! Why a hand-written runner rather than one `#[test]` per program: the
//! corpus is data, not code, and a single test can run it in parallel with a
//! bounded number of workers, print one summary and enforce the XFAIL list
//! as a whole (stale entries included). Nothing here ever writes an expected
//! file: the expected outputs are the reference interpreter's.

mod common;

use std::fs;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::thread;
use std::time::Duration;

use common::{report, Outcome, Tally};

/// Wall-clock limit for one program.
const TIMEOUT: Duration = Duration::from_secs(10);
/// Programs run at the same time (the CI machine has 2 cores).
const WORKERS: usize = 2;
/// Longest quoted snippet of output in a failure reason.
const SNIPPET: usize = 70;
/// The list of strict expected failures, relative to `tests/`.
const KNOWN_FAILURES: &str = "known_failures.txt";

/// One program to run: its name (path relative to `tests/`) and its file.
struct Program {
    name: String,
    path: PathBuf,
}

/// What a program is expected to do, read from the files beside it.
struct Expected {
    stdout: Vec<u8>,
    /// `Some` when `NAME.status` exists; then stderr's last line is checked too.
    status: Option<(i32, String)>,
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// Every `*.sl` under `dir`, recursively, that has a `.stdout` beside it;
/// the ones without are counted in `skipped`.
fn collect(dir: &Path, tests_dir: &Path, out: &mut Vec<Program>, skipped: &mut Vec<String>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries {
        let path = entry.expect("reading a directory entry").path();
        if path.is_dir() {
            collect(&path, tests_dir, out, skipped);
        } else if path.extension().is_some_and(|e| e == "sl") {
            let name = relative_name(&path, tests_dir);
            if path.with_extension("stdout").is_file() {
                out.push(Program { name, path });
            } else {
                skipped.push(name);
            }
        }
    }
}

/// `path` relative to `tests/`: `conformance/x.sl` or `../examples/x.sl`.
fn relative_name(path: &Path, tests_dir: &Path) -> String {
    match path.strip_prefix(tests_dir) {
        Ok(rel) => rel.to_string_lossy().into_owned(),
        Err(_) => {
            let rel = path.strip_prefix(root()).unwrap_or(path);
            format!("../{}", rel.to_string_lossy())
        }
    }
}

fn read_expected(program: &Path) -> Result<Expected, String> {
    let read = |ext: &str| {
        let p = program.with_extension(ext);
        fs::read(&p).map_err(|e| format!("cannot read the expected file {}: {e}", p.display()))
    };
    let stdout = read("stdout")?;
    let status = if program.with_extension("status").exists() {
        let text = String::from_utf8_lossy(&read("status")?).trim().to_owned();
        let code = if text.is_empty() {
            0
        } else {
            text.parse()
                .map_err(|_| format!("bad .status file: {text:?}"))?
        };
        let last = if program.with_extension("stderr_last").exists() {
            last_nonempty_line(&read("stderr_last")?)
        } else {
            String::new()
        };
        Some((code, last))
    } else {
        None
    };
    Ok(Expected { stdout, status })
}

/// Runs `slate FILE` in the program's directory, killing it after [`TIMEOUT`].
fn execute(program: &Path) -> Result<Outcome, String> {
    let dir = program.parent().expect("a program has a directory");
    let file = program.file_name().expect("a program has a file name");
    let mut command = Command::new(env!("CARGO_BIN_EXE_slate"));
    command.arg(file).current_dir(dir);
    common::execute(command, TIMEOUT)
}

/// `None` when the program behaves as expected, else why not.
fn check(program: &Path) -> Option<String> {
    let expected = match read_expected(program) {
        Ok(e) => e,
        Err(reason) => return Some(reason),
    };
    let got = match execute(program) {
        Ok(o) => o,
        Err(reason) => return Some(reason),
    };
    let (want_code, want_err) = match &expected.status {
        Some((code, last)) => (*code, Some(last.as_str())),
        None => (0, None),
    };
    let mut reasons = Vec::new();
    if got.timed_out {
        reasons.push(format!("timed out after {}s", TIMEOUT.as_secs()));
    } else if got.status.code() != Some(want_code) {
        match (got.status.code(), got.status.signal()) {
            (None, Some(sig)) => reasons.push(format!(
                "killed by signal {sig}, expected exit status {want_code}"
            )),
            (code, _) => {
                let code = code.map_or_else(|| "unknown".to_owned(), |c| c.to_string());
                let mut msg = format!("exit status {code}, expected {want_code}");
                let last = last_nonempty_line(&got.stderr);
                if !last.is_empty() && want_err.is_none() {
                    msg += &format!(" (stderr: {})", short(&last));
                }
                reasons.push(msg);
            }
        }
    }
    if got.stdout != expected.stdout {
        reasons.push(first_difference(&expected.stdout, &got.stdout));
    }
    if let (Some(want), false) = (want_err, got.timed_out) {
        let last = last_nonempty_line(&got.stderr);
        if last != want {
            reasons.push(format!(
                "last stderr line: expected {}, got {}",
                short(want),
                short(&last)
            ));
        }
    }
    (!reasons.is_empty()).then(|| reasons.join("; "))
}

/// The last line of `data` that is not blank, as it is (not trimmed).
fn last_nonempty_line(data: &[u8]) -> String {
    let text = String::from_utf8_lossy(data);
    text.split(['\n', '\r'])
        .rev()
        .find(|line| !line.trim().is_empty())
        .unwrap_or("")
        .to_owned()
}

/// A quoted, possibly shortened form of `s` for a failure reason.
fn short(s: &str) -> String {
    let quoted = format!("{s:?}");
    if quoted.chars().count() <= SNIPPET {
        return quoted;
    }
    let cut: String = quoted.chars().take(SNIPPET - 3).collect();
    cut + "..."
}

/// Describes the first differing line of two outputs.
fn first_difference(expected: &[u8], actual: &[u8]) -> String {
    let exp = String::from_utf8_lossy(expected);
    let act = String::from_utf8_lossy(actual);
    let exp: Vec<&str> = exp.split('\n').collect();
    let act: Vec<&str> = act.split('\n').collect();
    for i in 0..exp.len().max(act.len()) {
        let (e, a) = (exp.get(i).copied(), act.get(i).copied());
        if e == a {
            continue;
        }
        let n = i + 1;
        return match (e, a) {
            (None, Some("")) => "stdout has an unexpected final newline".to_owned(),
            (None, Some(a)) => format!("stdout line {n}: unexpected extra output {}", short(a)),
            (Some(""), None) => "stdout lacks the final newline".to_owned(),
            (Some(e), None) => format!("stdout line {n}: output ends early, expected {}", short(e)),
            (Some(""), Some(a)) if i == exp.len() - 1 => {
                format!("stdout line {n}: unexpected extra output {}", short(a))
            }
            (Some(e), Some("")) if i == act.len() - 1 => {
                format!("stdout line {n}: output ends early, expected {}", short(e))
            }
            (Some(e), Some(a)) => {
                format!("stdout line {n}: expected {}, got {}", short(e), short(a))
            }
            (None, None) => unreachable!("index within the longer output"),
        };
    }
    "stdout differs (line endings or encoding)".to_owned()
}

/// Runs `programs` on [`WORKERS`] threads; the results keep the input order.
fn run_all(programs: &[Program]) -> Vec<Option<String>> {
    let next = AtomicUsize::new(0);
    let results = Mutex::new(vec![None; programs.len()]);
    thread::scope(|scope| {
        for _ in 0..WORKERS {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(program) = programs.get(i) else {
                    break;
                };
                let reason = check(&program.path);
                results.lock().expect("results lock")[i] = reason;
            });
        }
    });
    results.into_inner().expect("results lock")
}

#[test]
fn programs() {
    let root = root();
    let tests_dir = root.join("tests");
    let mut programs = Vec::new();
    let mut skipped = Vec::new();
    collect(&tests_dir, &tests_dir, &mut programs, &mut skipped);
    collect(
        &root.join("examples"),
        &tests_dir,
        &mut programs,
        &mut skipped,
    );
    programs.sort_by(|a, b| a.name.cmp(&b.name));
    let mut tally = Tally::new(
        &tests_dir.join(KNOWN_FAILURES),
        programs.iter().map(|p| p.name.as_str()),
    );

    let filter = std::env::var("SLATE_TEST_FILTER").unwrap_or_default();
    programs.retain(|p| p.name.contains(&filter));
    skipped.retain(|name| name.contains(&filter));
    if programs.is_empty() {
        panic!("SLATE_TEST_FILTER={filter:?} selects no program");
    }

    let results = run_all(&programs);
    for (program, reason) in programs.iter().zip(results) {
        tally.record(&program.name, reason);
    }
    for line in &tally.problems {
        report(line);
    }
    let mut summary = tally.summary();
    if !skipped.is_empty() {
        summary += &format!(", {} skipped (no .stdout)", skipped.len());
    }
    if !filter.is_empty() {
        summary += &format!(" [SLATE_TEST_FILTER={filter:?}]");
    }
    report(&summary);
    assert!(
        tally.problems.is_empty(),
        "{} problem(s):\n{}\n{summary}",
        tally.problems.len(),
        tally.problems.join("\n")
    );
}
