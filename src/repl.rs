//! The interactive prompt: `>>> ` / `... ` lines, multi-line blocks completed by asking the parser, results echoed, history and tab completion.
//!
//! [`Session`] is the part shared with `--doctest` (`src/doctest.rs`): one
//! `__main__` namespace and one scheduler that every input runs in, each input
//! compiled in interactive mode (expression statements echo their `repr`), and
//! the VM put back in shape for the next input after an exception.

use std::borrow::Cow;
use std::cell::RefCell;
use std::path::PathBuf;
use std::rc::Rc;

use rustyline::completion::{Completer, Pair};
use rustyline::error::ReadlineError;
use rustyline::highlight::Highlighter;
use rustyline::hint::Hinter;
use rustyline::history::FileHistory;
use rustyline::validate::Validator;
use rustyline::{Context, Editor, Helper};

use crate::syntax::error::{render, SyntaxError};
use crate::syntax::parse::is_incomplete;
use crate::vm::value::{ObjRef, Value};
use crate::vm::{Exc, ExcKind, Vm};

/// Why an input did not run to its end.
pub enum Failure {
    /// It does not compile.
    Syntax(Vec<SyntaxError>),
    /// An exception reached the top level (`SystemExit` included).
    Raised(ObjRef),
}

/// The state every input of one interactive session shares.
pub struct Session {
    /// The namespace of `__main__`.
    pub globals: ObjRef,
}

impl Session {
    /// Creates `__main__` in `vm` for the session's inputs to run in.
    pub fn new(vm: &mut Vm) -> Session {
        Session {
            globals: crate::run::main_module(vm),
        }
    }

    /// Compiles and runs one complete input named `filename` (`<stdin>` at
    /// the prompt). Its output goes to the VM's output, not flushed. After an
    /// exception the main tasklet's frames are dropped, so the next input
    /// starts afresh while the other tasklets stay where they were.
    pub fn run(&self, vm: &mut Vm, source: &str, filename: &str) -> Result<(), Failure> {
        crate::vm::interrupt::clear();
        let code =
            crate::run::compile_interactive(vm, source, filename).map_err(Failure::Syntax)?;
        crate::run::run_code(vm, code, self.globals).map_err(|e| {
            vm.fiber = Default::default();
            Failure::Raised(vm.exc_object(e))
        })
    }
}

/// `exc` is a `SystemExit` that ends the session (`TaskletExit` does not).
pub fn is_exit(vm: &Vm, exc: ObjRef) -> bool {
    vm.exc_is(exc, ExcKind::SystemExit) && !vm.exc_is(exc, ExcKind::TaskletExit)
}

/// Where the prompt's history is kept: `~/.slate_history`.
fn history_file() -> Option<PathBuf> {
    std::env::var_os("HOME")
        .filter(|h| !h.is_empty())
        .map(|h| PathBuf::from(h).join(".slate_history"))
}

/// Runs the prompt until end of input; returns the exit status.
pub fn run(vm: Vm) -> i32 {
    let vm = Rc::new(RefCell::new(vm));
    let mut editor = match Editor::<Prompt, FileHistory>::new() {
        Ok(e) => e,
        Err(e) => {
            eprintln!("slate: cannot start the line editor: {e}");
            return 1;
        }
    };
    editor.set_helper(Some(Prompt { vm: Rc::clone(&vm) }));
    let history = history_file();
    if let Some(path) = &history {
        // A missing file is the normal first start.
        let _ = editor.load_history(path);
    }
    // Ctrl-C while code runs raises KeyboardInterrupt in the running tasklet;
    // at the prompt the terminal is in raw mode and rustyline reads it as a key.
    if let Err(e) = ctrlc::set_handler(crate::vm::interrupt::request) {
        eprintln!("slate: Ctrl-C will not interrupt running code: {e}");
    }
    println!(
        "Slate {} (Stackless-style tasklets). Ctrl-D exits.",
        env!("CARGO_PKG_VERSION")
    );
    let session = Session::new(&mut vm.borrow_mut());
    let mut buffer = String::new();
    loop {
        let prompt = if buffer.is_empty() { ">>> " } else { "... " };
        match editor.readline(prompt) {
            Ok(line) => {
                buffer.push_str(&line);
                buffer.push('\n');
                if is_incomplete(&buffer) {
                    continue;
                }
                let source = std::mem::take(&mut buffer);
                if !source.trim().is_empty() {
                    let _ = editor.add_history_entry(source.trim_end());
                    if let Some(path) = &history {
                        let _ = editor.append_history(path);
                    }
                }
                let mut vm = vm.borrow_mut();
                let result = session.run(&mut vm, &source, "<stdin>");
                vm.flush_out();
                match result {
                    Ok(()) => {}
                    Err(Failure::Syntax(errors)) => {
                        eprint!("{}", render(&errors, "<stdin>", &source));
                    }
                    Err(Failure::Raised(exc)) if is_exit(&vm, exc) => {
                        return crate::run::report_uncaught(&mut vm, Exc::Object(exc));
                    }
                    Err(Failure::Raised(exc)) => eprint!("{}", vm.format_exception(exc)),
                }
            }
            Err(ReadlineError::Interrupted) => {
                buffer.clear();
                println!("KeyboardInterrupt");
            }
            Err(ReadlineError::Eof) => {
                println!();
                return 0;
            }
            Err(e) => {
                eprintln!("slate: cannot read the input: {e}");
                return 1;
            }
        }
    }
}

/// Python's keywords (and the print statement's `print`), for completion.
const KEYWORDS: &[&str] = &[
    "False", "None", "True", "and", "as", "assert", "break", "class", "continue", "def", "del",
    "elif", "else", "except", "finally", "for", "from", "global", "if", "import", "in", "is",
    "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while", "with", "yield",
];

/// The line editor's helper: tab completion against the live session.
struct Prompt {
    vm: Rc<RefCell<Vm>>,
}

impl Completer for Prompt {
    type Candidate = Pair;

    fn complete(
        &self,
        line: &str,
        pos: usize,
        _ctx: &Context<'_>,
    ) -> rustyline::Result<(usize, Vec<Pair>)> {
        let before = &line[..pos];
        let start = before
            .rfind(|c: char| !(c.is_alphanumeric() || c == '_' || c == '.'))
            .map_or(0, |i| {
                i + before[i..].chars().next().map_or(1, char::len_utf8)
            });
        let word = &before[start..];
        if word.is_empty() && before.trim().is_empty() {
            // As in Python's prompt, Tab at the start of a line indents.
            return Ok((pos, vec![pair("\t")]));
        }
        // The prompt only asks while no code runs, so the VM is free.
        let Ok(mut vm) = self.vm.try_borrow_mut() else {
            return Ok((pos, Vec::new()));
        };
        let (base, partial, names) = match word.rsplit_once('.') {
            Some((base, partial)) => (base, partial, attribute_names(&mut vm, base)),
            None => ("", word, scope_names(&mut vm)),
        };
        let offset = if base.is_empty() {
            start
        } else {
            pos - partial.len()
        };
        let mut found: Vec<Pair> = names
            .into_iter()
            .filter(|n| n.starts_with(partial) && (partial.starts_with('_') || !n.starts_with('_')))
            .map(|n| pair(&n))
            .collect();
        found.sort_by(|a, b| a.display.cmp(&b.display));
        found.dedup_by(|a, b| a.display == b.display);
        Ok((offset, found))
    }
}

fn pair(text: &str) -> Pair {
    Pair {
        display: text.to_string(),
        replacement: text.to_string(),
    }
}

/// Keywords, the globals of `__main__` and the builtins.
fn scope_names(vm: &mut Vm) -> Vec<String> {
    let mut names: Vec<String> = KEYWORDS.iter().map(|k| k.to_string()).collect();
    let mut dicts = vec![vm.builtins];
    if let Some(Value::Obj(m)) = main_module(vm) {
        dicts.extend(crate::modules::builtins::attribute_dicts(vm, Value::Obj(m)));
    }
    names.extend(crate::modules::builtins::names_in(vm, &dicts));
    names
}

fn main_module(vm: &mut Vm) -> Option<Value> {
    let key = vm.new_str("__main__");
    vm.dict_get(vm.modules, key).ok().flatten()
}

/// The attribute names of the object that the dotted name `base` refers to,
/// found without running any script code (no properties, no `__getattr__`).
fn attribute_names(vm: &mut Vm, base: &str) -> Vec<String> {
    let Some(main) = main_module(vm) else {
        return Vec::new();
    };
    let mut parts = base.split('.');
    let first = parts.next().unwrap_or("");
    let mut scopes = crate::modules::builtins::attribute_dicts(vm, main);
    scopes.push(vm.builtins);
    let Some(mut value) = lookup(vm, &scopes, first) else {
        return Vec::new();
    };
    for part in parts {
        let dicts = crate::modules::builtins::attribute_dicts(vm, value);
        match lookup(vm, &dicts, part) {
            Some(v) => value = v,
            None => return Vec::new(),
        }
    }
    let dicts = crate::modules::builtins::attribute_dicts(vm, value);
    crate::modules::builtins::names_in(vm, &dicts)
}

/// `name` in the first of `dicts` that has it.
fn lookup(vm: &mut Vm, dicts: &[ObjRef], name: &str) -> Option<Value> {
    if name.is_empty() {
        return None;
    }
    dicts.iter().find_map(|d| vm.dict_get_str(*d, name))
}

impl Hinter for Prompt {
    type Hint = String;
}

impl Highlighter for Prompt {
    fn highlight_prompt<'b, 's: 'b, 'p: 'b>(
        &'s self,
        prompt: &'p str,
        _default: bool,
    ) -> Cow<'b, str> {
        Cow::Borrowed(prompt)
    }
}

impl Validator for Prompt {}

impl Helper for Prompt {}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::syntax::token::Token;

    #[test]
    fn keywords_are_the_lexers() {
        for kw in KEYWORDS {
            let first = crate::syntax::lexer::Lexer::new(kw)
                .next()
                .and_then(Result::ok)
                .map(|(_, t, _)| t);
            assert!(
                !matches!(first, Some(Token::Name(_))),
                "{kw} lexes as a name"
            );
        }
    }

    fn names_for(setup: &str, base: Option<&str>) -> Vec<String> {
        let mut vm = Vm::new(vec![String::new()]);
        let session = Session::new(&mut vm);
        assert!(session.run(&mut vm, setup, "<test>").is_ok());
        match base {
            Some(b) => attribute_names(&mut vm, b),
            None => scope_names(&mut vm),
        }
    }

    #[test]
    fn completion_sees_globals_builtins_and_attributes() {
        let setup = "import stackless\nclass A:\n    def meth(self): pass\na = A()\na.field = 1\n";
        let scope = names_for(setup, None);
        for n in ["a", "A", "stackless", "print", "while", "len"] {
            assert!(scope.iter().any(|s| s == n), "{n} missing from {scope:?}");
        }
        let attrs = names_for(setup, Some("a"));
        assert!(attrs.iter().any(|s| s == "meth"), "{attrs:?}");
        assert!(attrs.iter().any(|s| s == "field"), "{attrs:?}");
        let attrs = names_for(setup, Some("stackless"));
        assert!(attrs.iter().any(|s| s == "tasklet"), "{attrs:?}");
        let attrs = names_for(setup, Some("stackless.channel"));
        assert!(attrs.iter().any(|s| s == "send"), "{attrs:?}");
        assert!(names_for(setup, Some("nothing.here")).is_empty());
    }
}
