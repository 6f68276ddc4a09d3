//! Runs `slate --doctest` on every transcript in `tests/doc/` (strict known failures in `tests/known_doc_failures.txt`), and checks how `--doctest` reports passes, mismatches and bad transcripts.
//!
//! The transcripts are the examples of the Stackless documentation as
//! sessions at the prompt, with what Stackless Python 3.7 prints; see the
//! head of each file. A transcript passes when `slate --doctest FILE` exits
//! with status 0 (every example printed what the transcript says).

mod common;

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::{execute, report, Outcome, Tally};

/// Wall-clock limit for one transcript.
const TIMEOUT: Duration = Duration::from_secs(20);
/// Lines of `--doctest` output quoted in a failure reason.
const QUOTED_LINES: usize = 12;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn doctest(files: &[&Path]) -> Outcome {
    let mut command = Command::new(env!("CARGO_BIN_EXE_slate"));
    command.arg("--doctest").args(files);
    execute(command, TIMEOUT).expect("slate runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// `None` when the transcript passes, else why not.
fn check(path: &Path) -> Option<String> {
    let out = doctest(&[path]);
    if out.timed_out {
        return Some(format!("timed out after {}s", TIMEOUT.as_secs()));
    }
    if out.status.success() {
        return None;
    }
    let stdout = text(&out.stdout);
    let summary = stdout.lines().last().unwrap_or("").to_owned();
    let first: Vec<&str> = stdout.lines().take(QUOTED_LINES).collect();
    Some(format!(
        "{summary} (status {:?})\n{}\n{}",
        out.status.code(),
        first.join("\n"),
        text(&out.stderr).trim_end()
    ))
}

#[test]
fn documentation_transcripts() {
    let dir = root().join("tests/doc");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("tests/doc exists")
        .map(|e| e.expect("a directory entry").path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(!files.is_empty(), "no transcript in tests/doc");
    let names: Vec<String> = files
        .iter()
        .map(|p| {
            p.file_name()
                .expect("a file")
                .to_string_lossy()
                .into_owned()
        })
        .collect();
    let mut tally = Tally::new(
        &root().join("tests/known_doc_failures.txt"),
        names.iter().map(String::as_str),
    );
    for (name, path) in names.iter().zip(&files) {
        tally.record(name, check(path));
    }
    for line in &tally.problems {
        report(line);
    }
    let summary = tally.summary();
    report(&format!("transcripts: {summary}"));
    assert!(
        tally.problems.is_empty(),
        "{} problem(s):\n{}\n{summary}",
        tally.problems.len(),
        tally.problems.join("\n")
    );
}

/// Writes `content` to a fresh temporary file named `name`.
fn transcript(name: &str, content: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("slate-doctest-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, content).expect("write transcript");
    path
}

#[test]
fn passing_transcript_reports_its_count() {
    let path = transcript(
        "pass.txt",
        "Prose is ignored.\n\n\
         >>> class A: pass\n...\n>>> A()\n<__main__.A object at 0x10>\n\
         >>> def f():\n...     return 1 // 0\n>>> f()\n\
         Traceback (most recent call last):\n  File \"x\", line 9, in f\n    whatever\n\
         ZeroDivisionError: integer division or modulo by zero\n\
         >>> print('a\\n\\nb')\na\n<BLANKLINE>\nb\n>>> None\n>>> x = 5\n>>> x\n5\n",
    );
    let out = doctest(&[&path]);
    let stdout = text(&out.stdout);
    assert_eq!(stdout, "8 passed, 0 failed\n", "{}", text(&out.stderr));
    assert!(out.status.success());
}

#[test]
fn mismatches_are_diffs_with_line_numbers() {
    let path = transcript(
        "fail.txt",
        "Three examples fail.\n\n\
         >>> for i in range(3):\n...     print(i)\n0\n1\n3\n\n\
         >>> {}['k']\nTraceback (most recent call last):\nKeyError: 'j'\n\n\
         >>> 1 + 1\n2\n>>> len(5)\n5\n",
    );
    let out = doctest(&[&path]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1), "{stdout}");
    assert!(stdout.ends_with("\n1 passed, 3 failed\n"), "{stdout}");
    // The first example's mismatch: its line, then a diff headed by line 5.
    assert!(stdout.contains("fail.txt\", line 3,"), "{stdout}");
    assert!(
        stdout.contains("@@ line 5 @@\n     0\n     1\n    -3\n    +2\n"),
        "{stdout}"
    );
    // An expected exception compares its last line only.
    assert!(
        stdout.contains("    -KeyError: 'j'\n    +KeyError: 'k'\n"),
        "{stdout}"
    );
    // An unexpected exception shows its traceback as the output.
    assert!(
        stdout.contains("    +Traceback (most recent call last):\n"),
        "{stdout}"
    );
    assert!(
        stdout.contains("    +TypeError: object of type 'int' has no len()\n"),
        "{stdout}"
    );
    assert!(
        !stdout.contains("line 13,"),
        "the passing example is not reported: {stdout}"
    );
}

#[test]
fn examples_share_one_session_and_scheduler() {
    let path = transcript(
        "session.txt",
        ">>> import stackless\n>>> ch = stackless.channel()\n\
         >>> def producer():\n...     ch.send('hi')\n...\n\
         >>> t = stackless.tasklet(producer)()\n>>> stackless.run()\n\
         >>> ch.balance\n1\n>>> ch.receive()\n'hi'\n>>> _\n'hi'\n",
    );
    let out = doctest(&[&path]);
    assert_eq!(text(&out.stdout), "8 passed, 0 failed\n");
}

#[test]
fn syntax_errors_and_bad_files() {
    let path = transcript(
        "syntax.txt",
        ">>> x = = 1\nTraceback (most recent call last):\nSyntaxError: invalid syntax\n\
         >>> if x\n...     pass\n",
    );
    let out = doctest(&[&path]);
    let stdout = text(&out.stdout);
    assert!(
        stdout.contains("    +  × SyntaxError: expected ':'"),
        "{stdout}"
    );
    assert!(
        stdout.contains("    +SyntaxError: expected ':'\n"),
        "{stdout}"
    );
    assert!(stdout.ends_with("1 passed, 1 failed\n"), "{stdout}");

    let bad = transcript("bad.txt", "  >>> if x:\n ...     pass\n");
    let missing = Path::new("/nonexistent/none.txt");
    let out = doctest(&[&bad, missing]);
    let stdout = text(&out.stdout);
    assert_eq!(out.status.code(), Some(1));
    assert!(
        stdout.contains("line 2: inconsistent leading whitespace"),
        "{stdout}"
    );
    assert!(stdout.contains("none.txt\": cannot read it"), "{stdout}");
    assert!(stdout.ends_with("0 passed, 2 failed\n"), "{stdout}");
    assert!(!text(&out.stderr).contains("panicked"));

    let out = Command::new(env!("CARGO_BIN_EXE_slate"))
        .arg("--doctest")
        .output()
        .expect("slate runs");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("--doctest needs at least one file"));
}
