//! `set` and `frozenset`: construction, the operators (`| & - ^`, subset tests) and the methods.

use crate::objects::ops::{self, descriptor_error};
use crate::objects::types::Method;
use crate::objects::{DictObj, Obj};
use crate::syntax::ast::BinOp;
use crate::vm::value::{ObjRef, Value};
use crate::vm::{Exc, ExcKind, Res, Vm};

/// A new empty `set` or `frozenset`.
fn empty(vm: &mut Vm, frozen: bool) -> ObjRef {
    let d = Box::new(DictObj::new());
    vm.heap.alloc(if frozen {
        Obj::FrozenSet(d)
    } else {
        Obj::Set(d)
    })
}

fn is_frozen(vm: &Vm, r: ObjRef) -> bool {
    matches!(vm.heap.get(r), Obj::FrozenSet(_))
}

/// The members of a set (or a dict's keys) with their stored hashes: set
/// algebra reuses them instead of calling `__hash__` again, as Python does.
fn members(vm: &Vm, r: ObjRef) -> Vec<(u64, Value)> {
    match vm.heap.get(r) {
        Obj::Set(d) | Obj::FrozenSet(d) | Obj::Dict(d) => crate::objects::dict::keys_with_hashes(d),
        _ => Vec::new(),
    }
}

/// The members of a set in the order CPython iterates them.
///
/// Why: the table under `set` keeps insertion order, but CPython iterates a
/// set in hash-table slot order, and since int hashes are CPython's, programs
/// print small-int sets in an order they can rely on (`{9, 2, 3, 4}`). This
/// replays the inserts into a table with CPython's size, growth and probing
/// (`Objects/setobject.c`): exact for sets built by adding, close otherwise.
pub(crate) fn python_order(vm: &Vm, r: ObjRef) -> Vec<Value> {
    let entries = match vm.heap.get(r) {
        Obj::Set(d) | Obj::FrozenSet(d) => crate::objects::dict::keys_with_hashes(d),
        _ => return Vec::new(),
    };
    const LINEAR_PROBES: usize = 9;
    const PERTURB_SHIFT: u32 = 5;
    fn place(table: &mut [Option<usize>], k: usize, hash: u64) {
        let mask = table.len() - 1;
        let mut perturb = hash;
        let mut i = (hash as usize) & mask;
        loop {
            let probes = if i + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            for slot in table[i..=i + probes].iter_mut() {
                if slot.is_none() {
                    *slot = Some(k);
                    return;
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i
                .wrapping_mul(5)
                .wrapping_add(1)
                .wrapping_add(perturb as usize))
                & mask;
        }
    }
    let mut table: Vec<Option<usize>> = vec![None; 8];
    for (k, (hash, _)) in entries.iter().enumerate() {
        place(&mut table, k, *hash);
        let used = k + 1;
        if used * 5 >= (table.len() - 1) * 3 {
            let min_used = if used > 50_000 { used * 2 } else { used * 4 };
            let mut size = 8;
            while size <= min_used {
                size <<= 1;
            }
            let old = std::mem::replace(&mut table, vec![None; size]);
            for e in old.into_iter().flatten() {
                place(&mut table, e, entries[e].0);
            }
        }
    }
    table.into_iter().flatten().map(|k| entries[k].1).collect()
}

/// Adds members whose hashes are known.
fn add_all(vm: &mut Vm, r: ObjRef, items: &[(u64, Value)]) -> Res<()> {
    for (h, v) in items {
        ops::table_set_hashed(vm, r, *h, *v, Value::None)?;
    }
    Ok(())
}

/// A new set (or frozenset) of the items of an iterable.
pub(crate) fn new_set(vm: &mut Vm, iterable: Option<Value>, frozen: bool) -> Res<Value> {
    let items = match iterable {
        Some(it) => ops::to_vec(vm, it)?,
        None => Vec::new(),
    };
    let r = empty(vm, frozen);
    for v in items {
        ops::table_set(vm, r, v, Value::None)?;
    }
    Ok(Value::Obj(r))
}

/// Whether every member of `p` is in `q`.
pub(crate) fn is_subset(vm: &mut Vm, p: ObjRef, q: ObjRef) -> Res<bool> {
    for (h, k) in members(vm, p) {
        if ops::table_lookup_hashed(vm, q, h, k)?.is_none() {
            return Ok(false);
        }
    }
    Ok(true)
}

/// The members of `items` that are (`keep`) or are not in the set `r`.
fn filter_members(
    vm: &mut Vm,
    items: Vec<(u64, Value)>,
    r: ObjRef,
    keep: bool,
) -> Res<Vec<(u64, Value)>> {
    let mut out = Vec::with_capacity(items.len());
    for (h, k) in items {
        if ops::table_lookup_hashed(vm, r, h, k)?.is_some() == keep {
            out.push((h, k));
        }
    }
    Ok(out)
}

/// The members of `a op b` (`|`, `&`, `-`, `^`), in Python's order.
fn combine(vm: &mut Vm, op: BinOp, a: ObjRef, b: ObjRef) -> Res<Vec<(u64, Value)>> {
    let (ma, mb) = (members(vm, a), members(vm, b));
    Ok(match op {
        BinOp::BitOr => ma.into_iter().chain(mb).collect(),
        BinOp::BitAnd => filter_members(vm, ma, b, true)?,
        BinOp::Sub => filter_members(vm, ma, b, false)?,
        _ => {
            let mut left = filter_members(vm, ma, b, false)?;
            left.extend(filter_members(vm, mb, a, false)?);
            left
        }
    })
}

/// `a op b` for two sets or frozensets; the result has the kind of `a`.
pub(crate) fn set_binop(vm: &mut Vm, op: BinOp, a: ObjRef, b: ObjRef) -> Res<Value> {
    let items = combine(vm, op, a, b)?;
    let r = empty(vm, is_frozen(vm, a));
    add_all(vm, r, &items)?;
    Ok(Value::Obj(r))
}

/// `a op= b` for a set; `false` if `b` is not a set (the operator then fails).
pub(crate) fn set_inplace(vm: &mut Vm, op: BinOp, a: ObjRef, b: Value) -> Res<bool> {
    let Some(b) = b
        .as_obj()
        .filter(|r| matches!(vm.heap.get(*r), Obj::Set(_) | Obj::FrozenSet(_)))
    else {
        return Ok(false);
    };
    let items = combine(vm, op, a, b)?;
    if let Obj::Set(d) = vm.heap.get_mut(a) {
        d.clear();
    }
    add_all(vm, a, &items)?;
    Ok(true)
}

// ---------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------

/// The set or frozenset a method is called on and its other arguments.
fn this<'a>(
    vm: &Vm,
    name: &str,
    args: &'a [Value],
    min: usize,
    max: usize,
) -> Res<(ObjRef, &'a [Value])> {
    let is_set = |o: &Obj| matches!(o, Obj::Set(_) | Obj::FrozenSet(_));
    let (r, rest) = ops::method_self(vm, "set", name, args, (0, usize::MAX), is_set)?;
    let owner = if is_frozen(vm, r) { "frozenset" } else { "set" };
    ops::check_method_args(owner, name, rest.len(), min, max)?;
    Ok((r, rest))
}

/// A set object made of an arbitrary iterable argument (sets are used as they are).
fn as_set(vm: &mut Vm, v: Value) -> Res<ObjRef> {
    if let Some(r) = v.as_obj() {
        if matches!(vm.heap.get(r), Obj::Set(_) | Obj::FrozenSet(_)) {
            return Ok(r);
        }
    }
    let s = new_set(vm, Some(v), true)?;
    Ok(s.as_obj().expect("a set"))
}

fn add(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (r, a) = this(vm, "add", args, 1, 1)?;
    ops::table_set(vm, r, a[0], Value::None)?;
    Ok(Value::None)
}

fn discard(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (r, a) = this(vm, "discard", args, 1, 1)?;
    ops::table_remove(vm, r, a[0])?;
    Ok(Value::None)
}

fn remove(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (r, a) = this(vm, "remove", args, 1, 1)?;
    match ops::table_remove(vm, r, a[0])? {
        Some(_) => Ok(Value::None),
        None => Err(Exc::with_value(ExcKind::KeyError, a[0])),
    }
}

fn pop(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (r, _) = this(vm, "pop", args, 0, 0)?;
    match python_order(vm, r).first() {
        Some(&k) => {
            ops::table_remove(vm, r, k)?;
            Ok(k)
        }
        None => Err(Exc::with_value(
            ExcKind::KeyError,
            vm.new_str("pop from an empty set"),
        )),
    }
}

fn clear(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (r, _) = this(vm, "clear", args, 0, 0)?;
    if let Obj::Set(d) = vm.heap.get_mut(r) {
        d.clear();
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (r, _) = this(vm, "copy", args, 0, 0)?;
    if is_frozen(vm, r) {
        return Ok(Value::Obj(r));
    }
    let items = members(vm, r);
    let c = empty(vm, false);
    add_all(vm, c, &items)?;
    Ok(Value::Obj(c))
}

/// `s.union(*others)` and friends: folds `op` over the arguments into a new set.
fn fold(vm: &mut Vm, name: &str, op: BinOp, args: &[Value]) -> Res<Value> {
    let (r, others) = this(vm, name, args, 0, usize::MAX)?;
    let mut acc = {
        let items = members(vm, r);
        let c = empty(vm, is_frozen(vm, r));
        add_all(vm, c, &items)?;
        c
    };
    for o in others {
        let o = as_set(vm, *o)?;
        acc = set_binop(vm, op, acc, o)?.as_obj().expect("a set");
    }
    Ok(Value::Obj(acc))
}

fn union(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    fold(vm, "union", BinOp::BitOr, args)
}

fn intersection(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    fold(vm, "intersection", BinOp::BitAnd, args)
}

fn difference(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    fold(vm, "difference", BinOp::Sub, args)
}

fn symmetric_difference(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    this(vm, "symmetric_difference", args, 1, 1)?;
    fold(vm, "symmetric_difference", BinOp::BitXor, args)
}

/// `s.update(*others)` and friends: applies `op` in place for each argument.
fn fold_in_place(vm: &mut Vm, name: &str, op: BinOp, args: &[Value]) -> Res<Value> {
    let (r, others) = this(vm, name, args, 0, usize::MAX)?;
    if is_frozen(vm, r) {
        return Err(descriptor_error(vm, name, "set", Value::Obj(r)));
    }
    for o in others {
        let o = as_set(vm, *o)?;
        set_inplace(vm, op, r, Value::Obj(o))?;
    }
    Ok(Value::None)
}

fn update(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    fold_in_place(vm, "update", BinOp::BitOr, args)
}

fn intersection_update(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    fold_in_place(vm, "intersection_update", BinOp::BitAnd, args)
}

fn difference_update(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    fold_in_place(vm, "difference_update", BinOp::Sub, args)
}

fn symmetric_difference_update(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    this(vm, "symmetric_difference_update", args, 1, 1)?;
    fold_in_place(vm, "symmetric_difference_update", BinOp::BitXor, args)
}

fn issubset(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (r, a) = this(vm, "issubset", args, 1, 1)?;
    let o = as_set(vm, a[0])?;
    Ok(Value::Bool(is_subset(vm, r, o)?))
}

fn issuperset(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (r, a) = this(vm, "issuperset", args, 1, 1)?;
    let o = as_set(vm, a[0])?;
    Ok(Value::Bool(is_subset(vm, o, r)?))
}

fn isdisjoint(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (r, a) = this(vm, "isdisjoint", args, 1, 1)?;
    let o = as_set(vm, a[0])?;
    let shared = filter_members(vm, members(vm, r), o, true)?;
    Ok(Value::Bool(shared.is_empty()))
}

pub const METHODS: &[Method] = &[
    ("add", add, false),
    ("discard", discard, false),
    ("remove", remove, false),
    ("pop", pop, false),
    ("clear", clear, false),
    ("copy", copy, false),
    ("union", union, false),
    ("intersection", intersection, false),
    ("difference", difference, false),
    ("symmetric_difference", symmetric_difference, false),
    ("update", update, false),
    ("intersection_update", intersection_update, false),
    ("difference_update", difference_update, false),
    (
        "symmetric_difference_update",
        symmetric_difference_update,
        false,
    ),
    ("issubset", issubset, false),
    ("issuperset", issuperset, false),
    ("isdisjoint", isdisjoint, false),
];

pub const FROZEN_METHODS: &[Method] = &[
    ("copy", copy, false),
    ("union", union, false),
    ("intersection", intersection, false),
    ("difference", difference, false),
    ("symmetric_difference", symmetric_difference, false),
    ("issubset", issubset, false),
    ("issuperset", issuperset, false),
    ("isdisjoint", isdisjoint, false),
];
