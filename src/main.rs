//! The `slate` command line: run a file, `-c CODE`, `--dis FILE`, `--doctest FILE...`, or the REPL.

use std::io::{IsTerminal, Read};

use slate::vm::Vm;

const HELP: &str = "usage: slate [option] ... [-c cmd | file | -] [arg] ...
Options:
  -c CMD     run the program passed in as a string
  --dis FILE print the bytecode of FILE and exit
  --doctest FILE...
             run the >>> examples of transcript files and check their output
  --version  print the version and exit
  -h, --help print this help and exit
file         run the program in the file
-            read the program from standard input
With no file and standard input a terminal, an interactive prompt starts.";

fn main() {
    let args: Vec<String> = std::env::args().skip(1).collect();
    std::process::exit(run(args));
}

fn run(args: Vec<String>) -> i32 {
    match args.first().map(String::as_str) {
        Some("--version" | "-V") => {
            println!("Slate {}", env!("CARGO_PKG_VERSION"));
            0
        }
        Some("-h" | "--help") => {
            println!("{HELP}");
            0
        }
        Some("-c") => {
            let Some(code) = args.get(1) else {
                eprintln!("Argument expected for the -c option\n{HELP}");
                return 2;
            };
            let mut argv = vec!["-c".to_string()];
            argv.extend(args[2..].iter().cloned());
            let mut vm = Vm::new(argv);
            slate::run::set_script_dir(&mut vm, "");
            interrupt_on_ctrl_c();
            slate::run::run_main(&mut vm, code, "<string>")
        }
        Some("--dis") => {
            let Some(path) = args.get(1) else {
                eprintln!("--dis needs a file\n{HELP}");
                return 2;
            };
            let mut vm = Vm::new(vec![path.clone()]);
            match read_file(path) {
                Ok(src) => match slate::run::compile_source(&mut vm, &src, path) {
                    Ok(code) => {
                        print!("{}", slate::compile::disasm::disassemble(&mut vm, &code));
                        0
                    }
                    Err(report) => {
                        eprintln!("{report}");
                        1
                    }
                },
                Err(status) => status,
            }
        }
        Some("--doctest") => {
            if args.len() < 2 {
                eprintln!("--doctest needs at least one file\n{HELP}");
                return 2;
            }
            slate::doctest::run_files(&args[1..])
        }
        Some(opt) if opt.starts_with('-') && opt != "-" => {
            eprintln!("unknown option {opt}\n{HELP}");
            2
        }
        Some(path) => {
            let mut vm = Vm::new(args.clone());
            let source = if path == "-" {
                let mut s = String::new();
                if std::io::stdin().read_to_string(&mut s).is_err() {
                    eprintln!("slate: cannot read standard input");
                    return 1;
                }
                s
            } else {
                match read_file(path) {
                    Ok(s) => s,
                    Err(status) => return status,
                }
            };
            // Like Python, sys.path[0] is the script's directory, made absolute.
            let dir = std::path::Path::new(path)
                .parent()
                .filter(|p| !p.as_os_str().is_empty())
                .unwrap_or(std::path::Path::new("."));
            let dir = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
            slate::run::set_script_dir(&mut vm, &dir.to_string_lossy());
            interrupt_on_ctrl_c();
            slate::run::run_main(&mut vm, &source, path)
        }
        None => {
            let mut vm = Vm::new(vec![String::new()]);
            slate::run::set_script_dir(&mut vm, "");
            if std::io::stdin().is_terminal() {
                slate::repl::run(vm)
            } else {
                let mut s = String::new();
                if std::io::stdin().read_to_string(&mut s).is_err() {
                    eprintln!("slate: cannot read standard input");
                    return 1;
                }
                slate::run::run_main(&mut vm, &s, "<stdin>")
            }
        }
    }
}

fn read_file(path: &str) -> Result<String, i32> {
    std::fs::read_to_string(path).map_err(|e| {
        eprintln!("slate: can't open file '{path}': {e}");
        2
    })
}

/// Ctrl-C raises `KeyboardInterrupt` in a running program, as in Python.
fn interrupt_on_ctrl_c() {
    if let Err(e) = ctrlc::set_handler(slate::vm::interrupt::request_or_exit) {
        eprintln!("slate: Ctrl-C will not raise KeyboardInterrupt: {e}");
    }
}
