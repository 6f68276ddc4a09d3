//! Checks that README.md opens with the two set-up commands: run a script, run the tests (`.ci/run` runs the second one).

use std::fs;
use std::path::Path;

const RUN_COMMAND: &str = "cargo run --release -- examples/hello.sl";
const TEST_COMMAND: &str = "cargo test --release";

fn read(rel: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(rel);
    fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
}

#[test]
fn readme_starts_with_the_setup_commands() {
    let readme = read("README.md");
    let mut lines = readme.lines().map(str::trim).filter(|l| !l.is_empty());
    let fence = lines.next().unwrap_or_default();
    assert!(
        fence.starts_with("```"),
        "README.md must start with a code block, found {fence:?}"
    );
    let commands: Vec<&str> = lines.take(2).collect();
    assert_eq!(
        commands,
        [RUN_COMMAND, TEST_COMMAND],
        "the first two lines of README.md's opening code block"
    );
    assert!(
        Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("examples/hello.sl")
            .is_file(),
        "README.md runs examples/hello.sl, which is missing"
    );
}
