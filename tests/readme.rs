//! Checks README.md: it opens with the two set-up commands (`.ci/run` runs the second one), and its prompt session is what the prompt prints.

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

/// The body of the first code block after `heading`.
fn code_block_after(readme: &str, heading: &str) -> String {
    let at = readme
        .find(heading)
        .unwrap_or_else(|| panic!("README.md has no {heading:?}"));
    let rest = &readme[at..];
    let start = rest.find("```\n").expect("a code block") + 4;
    let len = rest[start..].find("```\n").expect("the block's end");
    rest[start..start + len].to_string()
}

#[test]
fn readme_prompt_session_is_what_the_prompt_prints() {
    let session = code_block_after(&read("README.md"), "### The prompt");
    assert!(session.contains(">>> "), "{session}");
    let dir = std::env::temp_dir().join(format!("slate-readme-{}", std::process::id()));
    fs::create_dir_all(&dir).expect("temp dir");
    let file = dir.join("session.txt");
    fs::write(&file, &session).expect("write the session");
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_slate"))
        .arg("--doctest")
        .arg(&file)
        .output()
        .expect("slate runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(out.status.success(), "{stdout}");
    assert!(stdout.ends_with(" passed, 0 failed\n"), "{stdout}");
}
