//! TEMPORARY minimal ops for testing the VM (replaced by the builtins branch).

use crate::objects::iter::IterObj;
use crate::objects::{Obj, RangeObj};
use crate::syntax::ast::{BinOp, CmpOp, UnaryOp};
use crate::vm::value::Value;
use crate::vm::{Exc, ExcKind, Res, Vm};

pub fn repr(vm: &mut Vm, v: Value) -> Res<String> {
    Ok(match v {
        Value::None => "None".into(),
        Value::Bool(b) => if b { "True".into() } else { "False".into() },
        Value::Int(i) => i.to_string(),
        Value::Float(f) => format!("{f:?}"),
        Value::Obj(r) => match vm.heap.get(r) {
            Obj::Str(s) => format!("'{}'", s.s),
            Obj::BigInt(b) => b.to_string(),
            Obj::List(items) => { let items = items.clone(); let mut p = vec![]; for i in items { p.push(repr(vm, i)?); } format!("[{}]", p.join(", ")) }
            Obj::Tuple(items) => { let items = items.to_vec(); let mut p = vec![]; for i in &items { p.push(repr(vm, *i)?); } if items.len()==1 { format!("({},)", p[0]) } else { format!("({})", p.join(", ")) } }
            Obj::Dict(d) => { let items: Vec<_> = d.iter().collect(); let mut p = vec![]; for (k, v) in items { p.push(format!("{}: {}", repr(vm, k)?, repr(vm, v)?)); } format!("{{{}}}", p.join(", ")) }
            Obj::Exception(e) => { let a = e.args; let c = e.class; { let n = vm.class(c).name.clone(); format!("{}{}", n, repr(vm, a)?) } }
            Obj::Instance(_) => { if let Some(s) = vm.call_method(v, "__repr__", &[])? { return Ok(vm.str_of(s).unwrap_or("").to_string()); } "<object>".into() }
            _ => format!("<{}>", vm.type_name(v)),
        },
        _ => format!("{v:?}"),
    })
}
pub fn str(vm: &mut Vm, v: Value) -> Res<String> {
    if let Some(s) = vm.str_of(v) { return Ok(s.to_string()); }
    if let Value::Obj(r) = v { if let Obj::Exception(e) = vm.heap.get(r) { let a = e.args; if let Obj::Tuple(t) = vm.heap.get(a.as_obj().unwrap()) { if t.len()==1 { let x=t[0]; return str(vm, x);} if t.is_empty() { return Ok(String::new()); } } return repr(vm, a); } }
    if let Value::Obj(_) = v { if let Some(s) = vm.call_method(v, "__str__", &[])? { return Ok(vm.str_of(s).unwrap_or("").to_string()); } }
    repr(vm, v)
}
pub fn truthy(vm: &mut Vm, v: Value) -> Res<bool> {
    Ok(match v { Value::None => false, Value::Bool(b) => b, Value::Int(i) => i != 0, Value::Float(f) => f != 0.0,
        Value::Obj(r) => match vm.heap.get(r) { Obj::Str(s) => !s.s.is_empty(), Obj::List(l) => !l.is_empty(), Obj::Tuple(t) => !t.is_empty(), Obj::Dict(d) => d.len() > 0, _ => true }, _ => true })
}
pub fn binary(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> Res<Value> {
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Ok(match op { BinOp::Mod => { if y == 0 { return Err(Exc::pending(ExcKind::ZeroDivisionError, "integer division or modulo by zero")); } Value::Int(x.rem_euclid(y)) } BinOp::FloorDiv => { if y == 0 { return Err(Exc::pending(ExcKind::ZeroDivisionError, "integer division or modulo by zero")); } Value::Int(x.div_euclid(y)) }, BinOp::Div => { if y == 0 { return Err(Exc::pending(ExcKind::ZeroDivisionError, "division by zero")); } Value::Float(x as f64 / y as f64) }, BinOp::Add => vm.new_int(num_bigint::BigInt::from(x) + y), BinOp::Mul => vm.new_int(num_bigint::BigInt::from(x) * y), _ => Value::Int(0) }),
        _ => {
            if let (Some(x), Some(y)) = (vm.str_of(a), vm.str_of(b)) { let s = format!("{x}{y}"); return Ok(vm.new_str(&s)); }
            if let (Value::Obj(x), Value::Obj(y)) = (a, b) { if let (Obj::List(p), Obj::List(q)) = (vm.heap.get(x), vm.heap.get(y)) { let mut v = p.clone(); v.extend(q.iter().copied()); return Ok(vm.new_list(v)); } }
            if let Some(r) = vm.call_method(a, match op { BinOp::Add => "__add__", _ => "__sub__" }, &[b])? { return Ok(r); }
            Err(Exc::pending(ExcKind::TypeError, "unsupported operand"))
        }
    }
}
pub fn inplace(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> Res<Value> { binary(vm, op, a, b) }
pub fn unary(_vm: &mut Vm, _op: UnaryOp, a: Value) -> Res<Value> { match a { Value::Int(i) => Ok(Value::Int(!i)), _ => Ok(a) } }
pub fn compare(vm: &mut Vm, op: CmpOp, a: Value, b: Value) -> Res<Value> {
    match op {
        CmpOp::Eq => Ok(Value::Bool(crate::objects::dict::keys_equal(&vm.heap, a, b))),
        CmpOp::NotEq => Ok(Value::Bool(!crate::objects::dict::keys_equal(&vm.heap, a, b))),
        CmpOp::In | CmpOp::NotIn => { let items = to_vec(vm, b)?; let f = items.iter().any(|x| crate::objects::dict::keys_equal(&vm.heap, *x, a)); Ok(Value::Bool(f == (op == CmpOp::In))) }
        _ => { let (x, y) = match (a, b) { (Value::Int(x), Value::Int(y)) => (x as f64, y as f64), (Value::Float(x), Value::Float(y)) => (x, y), (Value::Int(x), Value::Float(y)) => (x as f64, y), (Value::Float(x), Value::Int(y)) => (x, y as f64), _ => return Err(Exc::pending(ExcKind::TypeError, "cmp")) };
            Ok(Value::Bool(match op { CmpOp::Lt => x < y, CmpOp::LtE => x <= y, CmpOp::Gt => x > y, _ => x >= y })) }
    }
}
pub fn get_item(vm: &mut Vm, c: Value, i: Value) -> Res<Value> {
    if let (Value::Obj(r), Value::Int(i)) = (c, i) { match vm.heap.get(r) { Obj::List(l) => return l.get(i as usize).copied().ok_or_else(|| Exc::pending(ExcKind::IndexError, "list index out of range")), Obj::Tuple(l) => return l.get(i as usize).copied().ok_or_else(|| Exc::pending(ExcKind::IndexError, "tuple index out of range")), _ => {} } }
    if let Value::Obj(r) = c { if let Obj::Dict(_) = vm.heap.get(r) { return vm.dict_get(r, i)?.ok_or(Exc::with_value(ExcKind::KeyError, i)); } }
    Err(Exc::pending(ExcKind::TypeError, "not subscriptable"))
}
pub fn set_item(vm: &mut Vm, c: Value, i: Value, v: Value) -> Res<()> {
    if let Value::Obj(r) = c { match vm.heap.get_mut(r) { Obj::List(l) => { if let Value::Int(i) = i { l[i as usize] = v; } return Ok(()); } Obj::Dict(_) => return vm.dict_set(r, i, v), _ => {} } }
    Err(Exc::pending(ExcKind::TypeError, "no item assignment"))
}
pub fn del_item(_vm: &mut Vm, _c: Value, _i: Value) -> Res<()> { Ok(()) }
pub fn get_iter(vm: &mut Vm, v: Value) -> Res<Value> {
    if let Value::Obj(r) = v { let it = match vm.heap.get(r) { Obj::Range(rg) => IterObj::Range { next: rg.start, stop: rg.stop, step: rg.step }, Obj::List(_) | Obj::Tuple(_) => IterObj::Seq { seq: v, index: 0 }, Obj::Dict(_) => IterObj::Dict { dict: v, index: 0, kind: crate::objects::iter::DictIterKind::Keys }, Obj::Iter(_) | Obj::Generator(_) => return Ok(v), _ => return Err(Exc::pending(ExcKind::TypeError, "not iterable")) }; return Ok(vm.alloc(Obj::Iter(Box::new(it)))); }
    Err(Exc::pending(ExcKind::TypeError, "not iterable"))
}
pub fn iter_next(vm: &mut Vm, it: Value) -> Res<Option<Value>> {
    let r = it.as_obj().unwrap();
    if let Obj::Generator(_) = vm.heap.get(r) { return vm.gen_resume(r, Value::None); }
    let (seq, idx) = match vm.heap.get(r) { Obj::Iter(b) => match &**b { IterObj::Seq { seq, index } => (*seq, *index), IterObj::Dict { dict, index, .. } => { let d = dict.as_obj().unwrap(); let n = match vm.heap.get(d) { Obj::Dict(dd) => dd.next_from(*index), _ => None }; if let Some((ni, k, _)) = n { if let Obj::Iter(b) = vm.heap.get_mut(r) { if let IterObj::Dict { index, .. } = &mut **b { *index = ni; } } return Ok(Some(k)); } return Ok(None); } _ => return Ok(None) }, _ => return Ok(None) };
    let item = match vm.heap.get(seq.as_obj().unwrap()) { Obj::List(l) => l.get(idx).copied(), Obj::Tuple(l) => l.get(idx).copied(), _ => None };
    if item.is_some() { if let Obj::Iter(b) = vm.heap.get_mut(r) { if let IterObj::Seq { index, .. } = &mut **b { *index += 1; } } }
    Ok(item)
}
pub fn to_vec(vm: &mut Vm, v: Value) -> Res<Vec<Value>> {
    let it = get_iter(vm, v)?; let mut out = vec![]; while let Some(x) = iter_next(vm, it)? { out.push(x); } Ok(out)
}
pub fn format_value(vm: &mut Vm, v: Value, _spec: &str) -> Res<String> { str(vm, v) }
pub fn make_range(vm: &mut Vm, a: &[Value]) -> Value { let (s, e) = match a { [Value::Int(e)] => (0, *e), [Value::Int(s), Value::Int(e), ..] => (*s, *e), _ => (0, 0) }; vm.alloc(Obj::Range(Box::new(RangeObj { start: s, stop: e, step: 1 }))) }
