//! `slate --doctest FILE...`: runs transcripts (`>>> ` / `... ` lines and the output they print) through the REPL's session and reports each mismatch as a diff.
//!
//! A transcript is read as Python's `doctest` reads a text file: tabs are
//! expanded; a line whose first non-blank text is `>>> ` (or a bare `>>>`)
//! starts an example, the `... ` lines right after it continue it, and the
//! expected output is the lines that follow, up to a blank line or the next
//! `>>>`, with the example's indentation removed (`<BLANKLINE>` stands for an
//! empty line). Expected output that starts with `Traceback (most recent call
//! last):` expects an exception: only the exception's last line(s) are
//! compared — the text from the first line after the header that starts with
//! a letter, digit or `_` — and, as in Python, output printed before the
//! exception is ignored. Addresses (`0x…`) are normalized on both sides.
//!
//! All the examples of one file share one [`Session`] (one `__main__`, one
//! scheduler), each compiled as the prompt compiles an input, so expression
//! statements echo their `repr`. Every file gets a fresh VM.

use std::path::Path;

use crate::repl::{Failure, Session};
use crate::vm::Vm;

/// One example of a transcript.
#[derive(Debug, PartialEq, Eq)]
pub struct Example {
    /// 1-based line of its `>>>` line.
    pub line: usize,
    /// The code, prompts removed, each line ending with `'\n'`.
    pub source: String,
    /// The expected output, each line ending with `'\n'` (empty if none).
    pub want: String,
    /// 1-based line where the expected output starts (or would start).
    pub want_line: usize,
    /// With a traceback expected, the exception's last line(s).
    pub exc_msg: Option<String>,
}

/// Splits a transcript into examples; the error names the offending line.
pub fn parse(text: &str) -> Result<Vec<Example>, String> {
    let lines: Vec<String> = text.lines().map(expand_tabs).collect();
    let mut examples = Vec::new();
    let mut i = 0;
    while i < lines.len() {
        let Some((indent, first)) = prompt_line(&lines[i], ">>>", i)? else {
            i += 1;
            continue;
        };
        let line = i + 1;
        let mut source = format!("{first}\n");
        i += 1;
        while i < lines.len() {
            let trimmed = lines[i].trim_start_matches(' ');
            if !trimmed.starts_with("...") {
                break;
            }
            let Some((ind, text)) = prompt_line(&lines[i], "...", i)? else {
                break;
            };
            check_indent(ind, indent, i)?;
            source.push_str(text);
            source.push('\n');
            i += 1;
        }
        let want_line = i + 1;
        let mut want = String::new();
        while i < lines.len() {
            let l = &lines[i];
            if l.trim().is_empty() || l.trim_start_matches(' ').starts_with(">>>") {
                break;
            }
            let ind = l.len() - l.trim_start_matches(' ').len();
            check_indent(ind.min(indent), indent, i)?;
            let text = &l[indent..];
            want.push_str(if text.trim_end() == "<BLANKLINE>" {
                ""
            } else {
                text
            });
            want.push('\n');
            i += 1;
        }
        let exc_msg = expected_exception(&want);
        examples.push(Example {
            line,
            source,
            want,
            want_line,
            exc_msg,
        });
    }
    Ok(examples)
}

/// `Some((indent, code))` when `line` starts (after spaces) with `prompt`.
fn prompt_line<'l>(
    line: &'l str,
    prompt: &str,
    index: usize,
) -> Result<Option<(usize, &'l str)>, String> {
    let trimmed = line.trim_start_matches(' ');
    let Some(rest) = trimmed.strip_prefix(prompt) else {
        return Ok(None);
    };
    let indent = line.len() - trimmed.len();
    match rest.strip_prefix(' ') {
        Some(code) => Ok(Some((indent, code))),
        None if rest.is_empty() => Ok(Some((indent, ""))),
        None => Err(format!(
            "line {}: lacks a blank after {prompt}: {line:?}",
            index + 1
        )),
    }
}

fn check_indent(found: usize, want: usize, index: usize) -> Result<(), String> {
    if found == want {
        Ok(())
    } else {
        Err(format!(
            "line {}: inconsistent leading whitespace (the example's '>>>' is indented by {want})",
            index + 1
        ))
    }
}

fn expand_tabs(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut col = 0;
    for c in line.chars() {
        if c == '\t' {
            let n = 8 - col % 8;
            out.extend(std::iter::repeat_n(' ', n));
            col += n;
        } else {
            out.push(c);
            col += 1;
        }
    }
    out
}

/// When `want` is a traceback, its exception part: the text from the first
/// line after the header that starts with a word character.
fn expected_exception(want: &str) -> Option<String> {
    let mut lines = want.split_inclusive('\n');
    let header = lines.next()?.trim_end();
    if header != "Traceback (most recent call last):" && header != "Traceback (innermost last):" {
        return None;
    }
    let rest: Vec<&str> = lines.collect();
    let start = rest
        .iter()
        .position(|l| l.starts_with(|c: char| c.is_alphanumeric() || c == '_'))?;
    Some(rest[start..].concat())
}

/// Replaces every `0x` + hex digits by `0x…`, so object addresses compare equal.
pub fn normalize_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i + 2]);
        let after = &rest[i + 2..];
        let digits = after.len()
            - after
                .trim_start_matches(|c: char| c.is_ascii_hexdigit())
                .len();
        if digits > 0 {
            out.push('…');
        }
        rest = &after[digits..];
    }
    out.push_str(rest);
    out
}

/// Runs the examples of every file; prints the failures and `N passed, M
/// failed`; returns the exit status (1 if anything failed).
pub fn run_files(paths: &[String]) -> i32 {
    let (mut passed, mut failed) = (0, 0);
    for path in paths {
        match run_file(path) {
            Ok((p, f)) => {
                passed += p;
                failed += f;
            }
            Err(message) => {
                println!("{SEPARATOR}\nFile \"{path}\": {message}");
                failed += 1;
            }
        }
    }
    println!("{passed} passed, {failed} failed");
    i32::from(failed > 0)
}

const SEPARATOR: &str = "**********************************************************************";

/// Runs one transcript in a fresh VM; the counts of passed and failed examples.
fn run_file(path: &str) -> Result<(usize, usize), String> {
    let text = std::fs::read_to_string(path).map_err(|e| format!("cannot read it: {e}"))?;
    let examples = parse(&text)?;
    let base = Path::new(path)
        .file_name()
        .map_or_else(|| path.to_string(), |n| n.to_string_lossy().into_owned());
    let mut vm = Vm::new(vec![path.to_string()]);
    let dir = Path::new(path)
        .parent()
        .filter(|p| !p.as_os_str().is_empty())
        .unwrap_or(Path::new("."));
    let dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    crate::run::set_script_dir(&mut vm, &dir.to_string_lossy());
    vm.capture_out();
    let session = Session::new(&mut vm);
    let (mut passed, mut failed) = (0, 0);
    for (index, example) in examples.iter().enumerate() {
        let name = format!("<doctest {base}[{index}]>");
        vm.sources
            .insert(name.as_str().into(), example.source.as_str().into());
        let result = session.run(&mut vm, &example.source, &name);
        let got = vm.take_captured();
        match check(&mut vm, example, &name, result, got) {
            None => passed += 1,
            Some(report) => {
                failed += 1;
                print_failure(path, &base, example, &report);
            }
        }
    }
    Ok((passed, failed))
}

/// What to show for a failed example: the expected text and what came instead.
struct Mismatch {
    expected: String,
    got: String,
    /// The expected text is the exception line(s) only.
    exception_only: bool,
}

/// `None` when the example behaved as its transcript says.
fn check(
    vm: &mut Vm,
    example: &Example,
    name: &str,
    result: Result<(), Failure>,
    got: String,
) -> Option<Mismatch> {
    let raised = match result {
        Ok(()) => None,
        Err(Failure::Raised(exc)) => Some((
            format!(
                "{}\n",
                vm.format_exception_only(crate::vm::value::Value::Obj(exc))
            ),
            vm.format_exception(exc),
        )),
        Err(Failure::Syntax(errors)) => {
            let line = errors
                .first()
                .map(|e| format!("{}: {}\n", e.exception_class(), e.message))
                .unwrap_or_default();
            // The diagnostics, then the line a transcript would expect.
            let report = crate::syntax::error::render(&errors, name, &example.source) + &line;
            Some((line, report))
        }
    };
    let same = |a: &str, b: &str| normalize_addresses(a) == normalize_addresses(b);
    match (raised, &example.exc_msg) {
        (None, _) if same(&example.want, &got) => None,
        (Some((msg, _)), Some(want)) if same(want, &msg) => None,
        (Some((msg, _)), Some(want)) => Some(Mismatch {
            expected: want.clone(),
            got: msg,
            exception_only: true,
        }),
        (Some((_, report)), None) => Some(Mismatch {
            expected: example.want.clone(),
            got: got + &report,
            exception_only: false,
        }),
        (None, _) => Some(Mismatch {
            expected: example.want.clone(),
            got,
            exception_only: false,
        }),
    }
}

fn print_failure(path: &str, base: &str, example: &Example, m: &Mismatch) {
    let mut out = format!(
        "{SEPARATOR}\nFile \"{path}\", line {}, in {base}\nFailed example:\n",
        example.line
    );
    for l in example.source.lines() {
        out.push_str(format!("    {l}").trim_end());
        out.push('\n');
    }
    let first = if m.exception_only {
        // The exception line(s) are at the end of the expected traceback.
        example.want_line + example.want.lines().count() - m.expected.lines().count()
    } else {
        example.want_line
    };
    out.push_str("Differences (-expected +got):\n");
    out.push_str(&diff(
        &normalize_addresses(&m.expected),
        &normalize_addresses(&m.got),
        first,
    ));
    print!("{out}");
}

/// A line diff of `expected` and `got`; each hunk is headed by the line of
/// the transcript where it starts.
fn diff(expected: &str, got: &str, first_line: usize) -> String {
    let text_diff = similar::TextDiff::from_lines(expected, got);
    let mut out = String::new();
    for group in text_diff.grouped_ops(2) {
        let start = group.first().map_or(0, |op| op.old_range().start);
        out.push_str(&format!("    @@ line {} @@\n", first_line + start));
        for op in &group {
            for change in text_diff.iter_changes(op) {
                let sign = match change.tag() {
                    similar::ChangeTag::Delete => '-',
                    similar::ChangeTag::Insert => '+',
                    similar::ChangeTag::Equal => ' ',
                };
                let text = change.value();
                out.push_str(&format!("    {sign}{}", text.trim_end_matches('\n')));
                out.push('\n');
                if !text.ends_with('\n') {
                    out.push_str("    \\ no newline at the end\n");
                }
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn examples_are_read_as_python_reads_them() {
        let text = "Some prose.\n\n  >>> def f(x):\n  ...     return x\n  >>> f(1)\n  1\n  >>> print('a\\n\\nb')\n  a\n  <BLANKLINE>\n  b\n\nmore prose\n>>> 1/0\nTraceback (most recent call last):\n  ...\nZeroDivisionError: division by zero\n>>>\n";
        let ex = parse(text).unwrap();
        assert_eq!(ex.len(), 5);
        assert_eq!(ex[0].source, "def f(x):\n    return x\n");
        assert_eq!((ex[0].line, ex[0].want.as_str()), (3, ""));
        assert_eq!(
            (ex[1].source.as_str(), ex[1].want.as_str()),
            ("f(1)\n", "1\n")
        );
        assert_eq!(ex[1].want_line, 6);
        assert_eq!(ex[2].want, "a\n\nb\n");
        assert_eq!(
            ex[3].exc_msg.as_deref(),
            Some("ZeroDivisionError: division by zero\n")
        );
        assert_eq!(ex[4].source, "\n");
        assert_eq!(ex[0].exc_msg, None);
    }

    #[test]
    fn malformed_transcripts_are_errors() {
        assert!(parse(">>>x = 1\n").unwrap_err().contains("line 1"));
        let e = parse("  >>> if x:\n ...  pass\n").unwrap_err();
        assert!(e.contains("line 2") && e.contains("inconsistent"), "{e}");
        let e = parse("    >>> x\n  1\n").unwrap_err();
        assert!(e.contains("line 2"), "{e}");
    }

    #[test]
    fn addresses_are_normalized() {
        assert_eq!(
            normalize_addresses("<t at 0x7f00ab> 0x 0xZ"),
            "<t at 0x…> 0x 0xZ"
        );
        assert_eq!(normalize_addresses("no address"), "no address");
    }

    #[test]
    fn diff_names_transcript_lines() {
        let d = diff("1\n2\n3\n", "1\n4\n3\n", 10);
        assert!(d.contains("@@ line 10 @@"), "{d}");
        assert!(d.contains("    -2\n    +4\n"), "{d}");
    }
}
