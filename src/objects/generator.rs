//! Generator methods: `send`, `throw`, `close` (running the generator's own heap frame, from a coroutine or on a nested run).

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
        // Suspended in `yield from` a generator: the sub-generator gets it first.
        if let Some(sub) = self.delegate_of(g) {
            match self.gen_throw(sub, exc) {
                Ok(RunExit::Yield(v)) => return Ok(RunExit::Yield(v)),
                Ok(RunExit::Return(v)) => {
                    // The delegation ends with `v` as the value of `yield from`.
                    if let Obj::Generator(gen) = self.heap.get_mut(g) {
                        gen.stack.pop();
                        gen.frame.ip += 1;
                    }
                    return self.gen_step(g, v);
                }
                Err(Exc::Object(e)) => return self.throw_here(g, e),
                Err(e) => {
                    let e = self.exc_object(e);
                    return self.throw_here(g, e);
                }
            }
        }
        self.throw_here(g, exc)
    }

    /// The sub-generator a suspended generator is delegating to with `yield from`.
    fn delegate_of(&self, g: ObjRef) -> Option<ObjRef> {
        let Obj::Generator(gen) = self.heap.get(g) else {
            return None;
        };
        if gen.frame.code.ops.get(gen.frame.ip as usize)
            != Some(&crate::compile::opcode::Op::YieldFrom)
        {
            return None;
        }
        match gen.stack.last() {
            Some(Value::Obj(sub)) if matches!(self.heap.get(*sub), Obj::Generator(_)) => Some(*sub),
            _ => None,
        }
    }

    /// Raises `exc` at the point where the generator is suspended.
    fn throw_here(&mut self, g: ObjRef, exc: ObjRef) -> Res<RunExit> {
        if self.on_coroutine() {
            return crate::vm::reentry::throw_generator(self, g, exc);
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
