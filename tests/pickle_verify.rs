//! The bytecode verifier accepts everything the compiler produces: every code object of every program under `tests/` and `examples/` and of the embedded stdlib verifies.

use std::path::Path;
use std::rc::Rc;

use slate::compile::code::Code;
use slate::objects::Obj;
use slate::vm::Vm;

fn programs(dir: &Path, out: &mut Vec<std::path::PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("readable dir").flatten() {
        let p = entry.path();
        if p.is_dir() {
            programs(&p, out);
        } else if p.extension().is_some_and(|e| e == "sl") {
            out.push(p);
        }
    }
}

/// Verifies `code` and the code objects among its constants; returns how many.
fn verify_all(vm: &mut Vm, code: &Rc<Code>, name: &str) -> usize {
    if let Err(e) = slate::pickle::verify::verify(&vm.heap, code) {
        panic!("{name}: code {} rejected: {e}", code.qualname);
    }
    let nested: Vec<Rc<Code>> = code
        .consts
        .iter()
        .filter_map(|c| match vm.heap.get(c.as_obj()?) {
            Obj::Code(inner) => Some(inner.clone()),
            _ => None,
        })
        .collect();
    1 + nested
        .iter()
        .map(|c| verify_all(vm, c, name))
        .sum::<usize>()
}

#[test]
fn compiler_output_verifies() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    programs(&root.join("tests"), &mut files);
    programs(&root.join("examples"), &mut files);
    programs(&root.join("stdlib"), &mut files);
    let mut vm = Vm::new(vec![]);
    let (mut compiled, mut codes) = (0, 0);
    for f in &files {
        let Ok(src) = std::fs::read_to_string(f) else {
            continue;
        };
        let name = f.display().to_string();
        // Programs that test syntax errors do not compile; the rest must verify.
        if let Ok(code) = slate::run::compile_source(&mut vm, &src, &name) {
            compiled += 1;
            codes += verify_all(&mut vm, &code, &name);
        }
    }
    assert!(compiled > 100, "only {compiled} programs compiled");
    assert!(codes > compiled, "{codes} code objects");
}
