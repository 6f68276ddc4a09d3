//! The command line: `--version`, `--help`, `-c`, `--dis`, programs from standard input, `sys.argv`, syntax-error reports (also of imported modules).

use std::io::Write;
use std::process::{Command, Output, Stdio};

fn slate(args: &[&str], stdin: &str) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_slate"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("slate runs");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all(stdin.as_bytes())
        .expect("write stdin");
    child.wait_with_output().expect("slate finishes")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn version_and_help() {
    let out = slate(&["--version"], "");
    assert!(out.status.success());
    assert!(text(&out.stdout).starts_with("Slate "));
    let out = slate(&["--help"], "");
    assert!(out.status.success());
    assert!(text(&out.stdout).contains("-c CMD"));
}

#[test]
fn dash_c_runs_code_with_argv() {
    let out = slate(&["-c", "import sys\nprint(sys.argv)", "a", "b"], "");
    assert_eq!(text(&out.stdout), "['-c', 'a', 'b']\n");
    assert!(out.status.success());
}

#[test]
fn program_from_standard_input() {
    let out = slate(&[], "x = 6\nprint(x * 7)\n");
    assert_eq!(text(&out.stdout), "42\n");
    assert!(out.status.success());
}

#[test]
fn disassembler_lists_instructions() {
    let dir = std::env::temp_dir().join(format!("slate-dis-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("prog.sl");
    std::fs::write(&file, "def f(a):\n    return a + 1\nprint(f(2))\n").expect("write");
    let out = slate(&["--dis", file.to_str().expect("path")], "");
    let listing = text(&out.stdout);
    assert!(out.status.success());
    assert!(listing.contains("MakeFunction"), "{listing}");
    assert!(listing.contains("Binary(Add)"), "{listing}");
    assert!(listing.contains("<code f"), "{listing}");
}

#[test]
fn syntax_errors_are_reported_with_position() {
    let out = slate(&["-c", "x = 1\nif x\n    pass\n"], "");
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(err.contains("SyntaxError"), "{err}");
    assert!(err.contains("<string>:2:"), "{err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn missing_file_is_a_clear_error() {
    let out = slate(&["/nonexistent/prog.sl"], "");
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("can't open file"));
}

#[test]
fn uncaught_exception_prints_traceback_and_exits_1() {
    let out = slate(
        &["-c", "def f():\n    return {}['k']\nprint('before')\nf()\n"],
        "",
    );
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(text(&out.stdout), "before\n");
    let err = text(&out.stderr);
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert!(err.contains("  File \"<string>\", line 2, in f\n"), "{err}");
    assert!(err.trim_end().ends_with("KeyError: 'k'"), "{err}");
}

#[test]
fn import_syntax_error_shows_the_line_and_span() {
    let dir = std::env::temp_dir().join(format!("slate-import-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    std::fs::write(dir.join("broken.sl"), "x = 1\nif x\n    pass\n").expect("write");
    std::fs::write(dir.join("main.sl"), "import broken\n").expect("write");
    let out = slate(&[dir.join("main.sl").to_str().expect("path")], "");
    assert_eq!(out.status.code(), Some(1));
    let err = text(&out.stderr);
    assert!(
        err.starts_with("Traceback (most recent call last):\n"),
        "{err}"
    );
    assert!(
        err.ends_with("broken.sl\", line 2\n    if x\n        ^\nSyntaxError: expected ':'\n"),
        "{err}"
    );
}

/// Sends SIGINT to a running child with the `kill` command.
fn interrupt(child: &std::process::Child) {
    let status = Command::new("kill")
        .args(["-INT", &child.id().to_string()])
        .status()
        .expect("kill runs");
    assert!(status.success());
}

#[test]
fn ctrl_c_raises_keyboard_interrupt_in_a_script() {
    // The first loop is interrupted and caught (its `finally` runs, in a
    // tasklet); the second is not caught: traceback and status 1.
    let program = "import stackless, sys\n\
def spin():\n    try:\n        while True:\n            pass\n    finally:\n        print('finally ran')\n\
t = stackless.tasklet(spin)()\n\
try:\n    stackless.run()\nexcept KeyboardInterrupt:\n    print('caught in main, tasklet alive:', t.alive)\n\
print('ready', flush=True)\n\
while True:\n    pass\n";
    let mut child = Command::new(env!("CARGO_BIN_EXE_slate"))
        .args(["-c", program])
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("slate runs");
    let mut stdout = child.stdout.take().expect("stdout");
    let mut seen = String::new();
    for _ in 0..2 {
        std::thread::sleep(std::time::Duration::from_millis(300));
        interrupt(&child);
        if seen.is_empty() {
            // Wait for the first interruption to be handled before the second.
            let mut buf = [0u8; 256];
            while !seen.contains("ready") {
                let n = std::io::Read::read(&mut stdout, &mut buf).expect("read");
                assert!(n > 0, "slate ended early: {seen}");
                seen.push_str(&String::from_utf8_lossy(&buf[..n]));
            }
        }
    }
    let out = child.wait_with_output().expect("slate finishes");
    assert_eq!(
        seen,
        "finally ran\ncaught in main, tasklet alive: False\nready\n"
    );
    assert_eq!(out.status.code(), Some(1));
    assert!(text(&out.stderr).ends_with("KeyboardInterrupt\n"));
}
