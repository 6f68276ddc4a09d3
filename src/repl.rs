//! The interactive prompt: `>>> ` / `... ` lines, multi-line blocks completed by asking the parser, results echoed.

use rustyline::error::ReadlineError;

use crate::syntax::parse::is_incomplete;
use crate::vm::{Exc, ExcKind, Vm};

/// Runs the prompt until end of input; returns the exit status.
pub fn run(vm: &mut Vm) -> i32 {
    let Ok(mut editor) = rustyline::DefaultEditor::new() else {
        eprintln!("slate: cannot start the line editor");
        return 1;
    };
    println!(
        "Slate {} (Stackless-style tasklets). Ctrl-D exits.",
        env!("CARGO_PKG_VERSION")
    );
    let globals = crate::run::main_module(vm);
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
                let _ = editor.add_history_entry(buffer.trim_end());
                let source = std::mem::take(&mut buffer);
                match crate::run::compile_interactive(vm, &source) {
                    Ok(code) => {
                        if let Err(e) = crate::run::run_code(vm, code, globals) {
                            vm.fiber = Default::default();
                            let exc = vm.exc_object(e);
                            if vm.exc_is(exc, ExcKind::SystemExit)
                                && !vm.exc_is(exc, ExcKind::TaskletExit)
                            {
                                // `sys.exit()` leaves the prompt with its status.
                                return crate::run::report_uncaught(vm, Exc::Object(exc));
                            }
                            vm.flush_out();
                            eprint!("{}", vm.format_exception(exc));
                        }
                        vm.flush_out();
                    }
                    Err(report) => eprintln!("{report}"),
                }
            }
            Err(ReadlineError::Interrupted) => {
                buffer.clear();
                println!("KeyboardInterrupt");
            }
            Err(_) => return 0,
        }
    }
}
