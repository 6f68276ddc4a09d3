//! The REPL in a real pseudo-terminal: a multi-line function, a tasklet, Ctrl-C on running code (a loop, a sleep, a tasklet, tasklets.rst's switch example) and at the prompt, errors, tab completion, history recalled with the Up arrow (also in a new session), Ctrl-D.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::thread::sleep;
use std::time::Duration;

use rexpect::error::Error;
use rexpect::process::WaitStatus;
use rexpect::session::{spawn_command, PtySession};

/// How long any expected text may take to show up.
const TIMEOUT_MS: u64 = 10_000;
const UP_ARROW: &str = "\x1b[A";

/// A fresh, empty home directory for the history file.
fn home(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("slate-pty-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp home");
    dir
}

fn start(home: &Path) -> Result<PtySession, Error> {
    let mut command = Command::new(env!("CARGO_BIN_EXE_slate"));
    command.env("HOME", home).env("TERM", "xterm");
    let mut p = spawn_command(command, Some(TIMEOUT_MS))?;
    p.exp_string("Ctrl-D exits")?;
    p.exp_string(">>> ")?;
    Ok(p)
}

/// Types `keys` after a pause, as a person would: at each prompt the line
/// editor asks the terminal where the cursor is and waits up to 100 ms for
/// the answer, which no terminal here gives; keys typed meanwhile would be
/// read as that answer.
fn type_keys(p: &mut PtySession, keys: &str) -> Result<(), Error> {
    sleep(Duration::from_millis(150));
    p.send(keys)?;
    p.flush()
}

/// Types `line` and Enter.
fn type_line(p: &mut PtySession, line: &str) -> Result<(), Error> {
    type_keys(p, &format!("{line}\r"))
}

/// Types `line` and Enter, then waits for the next `>>> ` prompt; returns
/// what was printed before it.
fn enter(p: &mut PtySession, line: &str) -> Result<String, Error> {
    type_line(p, line)?;
    p.exp_string(">>> ")
}

#[test]
fn interactive_session() -> Result<(), Error> {
    let home = home("session");
    let mut p = start(&home)?;

    // A multi-line function: `... ` prompts until an empty line.
    type_line(&mut p, "def square(x):")?;
    p.exp_string("... ")?;
    type_line(&mut p, "    return x * x")?;
    p.exp_string("... ")?;
    enter(&mut p, "")?;
    let out = enter(&mut p, "[square(n) for n in range(5)]")?;
    assert!(out.contains("[0, 1, 4, 9, 16]"), "{out:?}");

    // A tasklet runs when the scheduler runs.
    enter(&mut p, "import stackless")?;
    let out = enter(
        &mut p,
        "t = stackless.tasklet(print)('hello from a ' + 'tasklet')",
    )?;
    assert!(!out.contains("hello from a tasklet"), "{out:?}");
    let out = enter(&mut p, "stackless.run()")?;
    assert!(out.contains("hello from a tasklet"), "{out:?}");

    // Ctrl-C interrupts an infinite loop of the main tasklet.
    type_line(&mut p, "while True: pass")?;
    p.exp_string("... ")?;
    type_line(&mut p, "")?;
    sleep(Duration::from_millis(300));
    p.send_control('c')?;
    let out = p.exp_string(">>> ")?;
    assert!(
        out.contains("Traceback (most recent call last):"),
        "{out:?}"
    );
    assert!(out.contains("KeyboardInterrupt"), "{out:?}");

    // ... and a sleep.
    enter(&mut p, "import time")?;
    type_line(&mut p, "time.sleep(60)")?;
    sleep(Duration::from_millis(300));
    p.send_control('c')?;
    let out = p.exp_string(">>> ")?;
    assert!(out.contains("KeyboardInterrupt"), "{out:?}");

    // ... and a tasklet's: the exception ends the tasklet and reaches run().
    type_line(&mut p, "def spin():")?;
    p.exp_string("... ")?;
    type_line(&mut p, "    while True: pass")?;
    p.exp_string("... ")?;
    enter(&mut p, "")?;
    enter(&mut p, "s = stackless.tasklet(spin)()")?;
    type_line(&mut p, "stackless.run()")?;
    sleep(Duration::from_millis(300));
    p.send_control('c')?;
    let out = p.exp_string(">>> ")?;
    assert!(out.contains("in spin"), "{out:?}");
    assert!(out.contains("KeyboardInterrupt"), "{out:?}");
    let out = enter(&mut p, "s.alive, stackless.runcount")?;
    assert!(out.contains("(False, 1)"), "{out:?}");

    // Errors are reported and the session goes on.
    let out = enter(&mut p, "x = = 1")?;
    assert!(out.contains("SyntaxError: invalid syntax"), "{out:?}");
    let out = enter(&mut p, "{}['key']")?;
    assert!(out.contains("KeyError: 'key'"), "{out:?}");
    let out = enter(&mut p, "square(7)")?;
    assert!(out.contains("49"), "{out:?}");

    // Ctrl-C at the prompt drops the line being typed.
    type_keys(&mut p, "1 + ")?;
    p.send_control('c')?;
    p.exp_string("KeyboardInterrupt")?;
    p.exp_string(">>> ")?;
    let out = enter(&mut p, "6 * 7")?;
    assert!(out.contains("42"), "{out:?}");

    // Tab completes names in scope and attributes after a dot.
    type_keys(&mut p, "squ\t")?;
    p.exp_string("square")?;
    let out = enter(&mut p, "(12)")?;
    assert!(out.contains("144"), "{out:?}");
    type_keys(&mut p, "stackless.getcur\t")?;
    p.exp_string("getcurrent")?;
    let out = enter(&mut p, "().is_main")?;
    assert!(out.contains("True"), "{out:?}");

    // tasklets.rst's tasklet.switch() example: main leaves the queue, the
    // three tasklets go round until Ctrl-C, whose KeyboardInterrupt ends the
    // running one and reaches main.
    type_line(&mut p, "def f(name):")?;
    for line in [
        "    while True:",
        "        print(name, stackless.main.scheduled)",
        "        stackless.schedule()",
        "",
    ] {
        p.exp_string("... ")?;
        type_line(&mut p, line)?;
    }
    p.exp_string(">>> ")?;
    enter(&mut p, "t1 = stackless.tasklet(f)('t1')")?;
    enter(&mut p, "t2 = stackless.tasklet(f)('t2')")?;
    enter(&mut p, "t3 = stackless.tasklet(f)('t3')")?;
    type_line(&mut p, "t1.switch()")?;
    p.exp_string("t3 False")?;
    p.exp_string("t1 False")?;
    p.send_control('c')?;
    let out = p.exp_string(">>> ")?;
    assert!(out.contains("in f\r\n"), "{out:?}");
    assert!(out.contains("KeyboardInterrupt"), "{out:?}");
    let out = enter(&mut p, "[t.alive for t in (t1, t2, t3)].count(True)")?;
    assert!(out.contains("\n2\r\n"), "{out:?}");

    // The Up arrow recalls the previous input.
    enter(&mut p, "counter = 0")?;
    enter(&mut p, "counter += 5")?;
    type_keys(&mut p, UP_ARROW)?;
    p.exp_string("counter += 5")?;
    enter(&mut p, "")?;
    let out = enter(&mut p, "counter")?;
    assert!(out.contains("10"), "{out:?}");

    // Ctrl-D leaves.
    p.send_control('d')?;
    p.exp_eof()?;

    // A new session finds the history in ~/.slate_history.
    let saved = std::fs::read_to_string(home.join(".slate_history")).expect("history file");
    assert!(saved.contains("counter += 5"), "{saved:?}");
    let mut p = start(&home)?;
    enter(&mut p, "counter = 1")?;
    // Back past `counter = 1` and `counter` to the first session's line.
    type_keys(&mut p, &UP_ARROW.repeat(3))?;
    p.exp_string("counter += 5")?;
    enter(&mut p, "")?;
    let out = enter(&mut p, "counter")?;
    assert!(out.contains("6"), "{out:?}");
    type_line(&mut p, "import sys; sys.exit(3)")?;
    p.exp_eof()?;
    match p.process().wait()? {
        WaitStatus::Exited(_, code) => assert_eq!(code, 3),
        other => panic!("slate ended with {other:?}"),
    }
    Ok(())
}
