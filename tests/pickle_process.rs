//! Tasklets pickled by one process and resumed by another: the result is the one an uninterrupted run prints.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

/// A script that, given `save`, runs its tasklet to a pause (inside nested
/// calls, a loop over a generator, an except handler, with a closure and a
/// channel on its frames), pickles it to a file and exits; given `load`, loads
/// it and lets it finish; given `whole`, runs it uninterrupted.
const SCRIPT: &str = r#"
import pickle
import stackless
import sys

def squares(n):
    for i in range(n):
        yield i * i

def inner(values, scale, ch):
    out = []
    for v in values:
        try:
            raise KeyError(v)
        except KeyError as e:
            if v == 9:
                stackless.schedule_remove()
            out.append(scale(e.args[0]))
    ch.send(out)

def outer(k, ch):
    bias = k * 100
    inner(squares(6), lambda x: x + bias, ch)

def printer(ch):
    print("result", ch.receive())

mode = sys.argv[1]
if mode == "load":
    with open("state.pickle", "rb") as f:
        worker, reader = pickle.load(f)
    worker.insert()
else:
    ch = stackless.channel()
    reader = stackless.tasklet(printer)(ch)
    worker = stackless.tasklet(outer)(3, ch)
stackless.run()
if mode == "save":
    print("paused:", worker.paused, "reader blocked:", reader.blocked)
    with open("state.pickle", "wb") as f:
        pickle.dump((worker, reader), f)
    sys.exit(0)
if mode == "whole":
    worker.insert()
    stackless.run()
print("alive:", worker.alive, reader.alive)
"#;

fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("slate-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

fn slate(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_slate"))
        .args(args)
        .current_dir(dir)
        .output()
        .expect("slate runs")
}

fn stdout(out: &Output) -> String {
    assert!(
        out.status.success(),
        "failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn tasklet_resumes_in_another_process() {
    let dir = scratch("resume");
    std::fs::write(dir.join("script.sl"), SCRIPT).expect("script written");
    let whole = stdout(&slate(&dir, &["script.sl", "whole"]));
    assert_eq!(
        whole,
        "result [300, 301, 304, 309, 316, 325]\nalive: False False\n"
    );
    let saved = stdout(&slate(&dir, &["script.sl", "save"]));
    assert_eq!(saved, "paused: True reader blocked: True\n");
    let resumed = stdout(&slate(&dir, &["script.sl", "load"]));
    assert_eq!(resumed, whole);
    // The pickle can be loaded again: a second process resumes the same state.
    assert_eq!(stdout(&slate(&dir, &["script.sl", "load"])), whole);
    let _ = std::fs::remove_dir_all(&dir);
}

#[test]
fn checkpoint_example_survives_being_stopped() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let expected =
        std::fs::read_to_string(root.join("examples/checkpoint.stdout")).expect("stdout");
    let dir = scratch("checkpoint");
    std::fs::copy(
        root.join("examples/checkpoint.sl"),
        dir.join("checkpoint.sl"),
    )
    .expect("copy");
    let stopped = slate(&dir, &["checkpoint.sl", "--stop-after", "3"]);
    assert_eq!(stopped.status.code(), Some(3));
    assert!(stopped.stdout.is_empty());
    // Damage the newest checkpoint: the run falls back to the one before.
    let newest = dir.join("checkpoint_b.pickle");
    let data = std::fs::read(&newest).expect("checkpoint 3 written");
    std::fs::write(&newest, &data[..data.len() / 2]).expect("truncated");
    let out = slate(&dir, &["checkpoint.sl"]);
    assert_eq!(stdout(&out), expected);
    assert!(String::from_utf8_lossy(&out.stderr).contains("resuming from checkpoint 2"));
    // Finished: the next run starts afresh and prints the same.
    let out = slate(&dir, &["checkpoint.sl"]);
    assert_eq!(stdout(&out), expected);
    assert!(!String::from_utf8_lossy(&out.stderr).contains("resuming"));
    let _ = std::fs::remove_dir_all(&dir);
}
