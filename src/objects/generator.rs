//! Generator methods: `send`, `throw`, `close` (running the generator's own heap frame on a nested run).

use crate::objects::types::Method;
use crate::objects::{GenState, Obj};
use crate::vm::exceptions::{Exc, ExcKind};
use crate::vm::frame::Cont;
use crate::vm::interp::RunExit;
use crate::vm::value::{ObjRef, Value};
use crate::vm::{Res, Vm};

pub const METHODS: &[Method] = &[
    ("send", send, false),
    ("throw", throw, false),
    ("close", close, false),
];

fn this(vm: &Vm, args: &[Value]) -> Res<ObjRef> {
    match args.first() {
        Some(Value::Obj(r)) if matches!(vm.heap.get(*r), Obj::Generator(_)) => Ok(*r),
        _ => Err(vm.type_error("descriptor requires a 'generator' object")),
    }
}

/// `StopIteration(value)` for a generator that returned.
fn stop_iteration(vm: &mut Vm, value: Value) -> Exc {
    let args = if value.is_none() { vec![] } else { vec![value] };
    let cls = vm.exc_class(ExcKind::StopIteration);
    Exc::Object(vm.new_exception(cls, args))
}

fn send(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> Res<Value> {
    let g = this(vm, args)?;
    let value = args.get(1).copied().unwrap_or(Value::None);
    match vm.gen_step(g, value)? {
        RunExit::Yield(v) => Ok(v),
        RunExit::Return(v) => Err(stop_iteration(vm, v)),
    }
}

impl Vm {
    /// Raises `exc` inside a suspended generator at its `yield`.
    pub fn gen_throw(&mut self, g: ObjRef, exc: ObjRef) -> Res<RunExit> {
        let state = match self.heap.get(g) {
            Obj::Generator(gen) => gen.state,
            _ => unreachable!("not a generator"),
        };
        if state != GenState::Suspended {
            if let Obj::Generator(gen) = self.heap.get_mut(g) {
                if gen.state == GenState::Created {
                    gen.state = GenState::Done;
                    gen.stack = Vec::new();
                }
            }
            return Err(Exc::Object(exc));
        }
        let depth = self.fiber.stack.len();
        self.resume_generator(g, Value::None, Cont::Stop)?;
        // Drop the sent value: the yield raises instead.
        self.fiber.stack.pop();
        self.on_raise(exc);
        let r = match self.unwind(exc) {
            Ok(()) => self.run_nested(),
            Err(e) => Err(e),
        };
        if r.is_err() {
            self.fiber.stack.truncate(depth);
        }
        r
    }
}

fn throw(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> Res<Value> {
    let g = this(vm, args)?;
    let Some(typ) = args.get(1).copied() else {
        return Err(vm.type_error("throw expected at least 1 argument, got 0"));
    };
    let exc = match typ {
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Exception(_)) => r,
        Value::Obj(r) if matches!(vm.heap.get(r), Obj::Class(_)) => {
            let extra: Vec<Value> = args
                .get(2)
                .copied()
                .into_iter()
                .filter(|v| !v.is_none())
                .collect();
            match vm.call_value(typ, &extra, &[])? {
                Value::Obj(e) if matches!(vm.heap.get(e), Obj::Exception(_)) => e,
                _ => return Err(vm.type_error("exceptions must derive from BaseException")),
            }
        }
        _ => {
            return Err(vm
                .type_error("exceptions must be classes or instances deriving from BaseException"))
        }
    };
    match vm.gen_throw(g, exc)? {
        RunExit::Yield(v) => Ok(v),
        RunExit::Return(v) => Err(stop_iteration(vm, v)),
    }
}

fn close(vm: &mut Vm, args: &[Value], _kw: &[(Value, Value)]) -> Res<Value> {
    let g = this(vm, args)?;
    let cls = vm.exc_class(ExcKind::GeneratorExit);
    let exc = vm.new_exception(cls, vec![]);
    match vm.gen_throw(g, exc) {
        Ok(RunExit::Yield(_)) => {
            Err(vm.err(ExcKind::RuntimeError, "generator ignored GeneratorExit"))
        }
        Ok(RunExit::Return(_)) => Ok(Value::None),
        Err(Exc::Object(e))
            if vm.exc_is(e, ExcKind::GeneratorExit) || vm.exc_is(e, ExcKind::StopIteration) =>
        {
            Ok(Value::None)
        }
        Err(e) => Err(e),
    }
}
