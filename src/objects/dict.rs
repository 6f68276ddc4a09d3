//! `dict` (and the table under `set`/`frozenset`): insertion-ordered hash table, plus the hash and key-equality protocol.
//!
//! Entries live in a vector in insertion order (deleted ones become
//! tombstones, compacted when they pile up); a `hashbrown::HashTable` maps
//! hashes to entry indices. Key equality needs the heap (strings, tuples,
//! big ints are heap objects), so lookups take `&Heap`.

use hashbrown::HashTable;
use num_traits::ToPrimitive;

use crate::objects::Obj;
use crate::vm::heap::Heap;
use crate::vm::value::Value;

#[derive(Clone, Copy)]
struct Entry {
    hash: u64,
    /// `Value::Undef` marks a deleted entry.
    key: Value,
    value: Value,
}

#[derive(Default)]
pub struct DictObj {
    entries: Vec<Entry>,
    table: HashTable<u32>,
    len: usize,
    /// Changes whenever the key layout changes (insertions, removals), so a
    /// cached entry index stays valid while it is equal (`LoadGlobal`'s cache).
    version: u32,
}

/// The key is of an unhashable type (list, dict, set).
#[derive(Debug)]
pub struct Unhashable;

impl DictObj {
    pub fn new() -> DictObj {
        DictObj::default()
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn version(&self) -> u32 {
        self.version
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (Value, Value)> + '_ {
        self.entries
            .iter()
            .filter(|e| !matches!(e.key, Value::Undef))
            .map(|e| (e.key, e.value))
    }

    /// The live entry at or after `index`, with the index after it (for iterators).
    pub fn next_from(&self, mut index: usize) -> Option<(usize, Value, Value)> {
        while let Some(e) = self.entries.get(index) {
            index += 1;
            if !matches!(e.key, Value::Undef) {
                return Some((index, e.key, e.value));
            }
        }
        None
    }

    /// Index of the entry with this key.
    ///
    /// The identity test before `keys_equal` is inlined into callers: names
    /// are interned, so attribute and global lookups match on it without a
    /// call.
    #[inline]
    pub fn find(&self, heap: &Heap, hash: u64, key: Value) -> Option<usize> {
        self.table
            .find(hash, |&i| {
                let e = &self.entries[i as usize];
                e.hash == hash && (e.key.is(key) || keys_equal(heap, e.key, key))
            })
            .map(|&i| i as usize)
    }

    pub fn value_at(&self, index: usize) -> Value {
        self.entries[index].value
    }

    /// The entry at `index` if there is one (a tombstone's key is `Undef`).
    #[inline]
    pub fn entry_at(&self, index: usize) -> Option<(Value, Value)> {
        self.entries.get(index).map(|e| (e.key, e.value))
    }

    pub fn key_at(&self, index: usize) -> Value {
        self.entries[index].key
    }

    pub fn set_value_at(&mut self, index: usize, value: Value) {
        self.entries[index].value = value;
    }

    /// Appends an entry whose key is known to be absent.
    pub fn insert_new(&mut self, hash: u64, key: Value, value: Value) {
        let index = self.entries.len() as u32;
        self.entries.push(Entry { hash, key, value });
        let entries = &self.entries;
        self.table
            .insert_unique(hash, index, |&i| entries[i as usize].hash);
        self.len += 1;
        self.version = self.version.wrapping_add(1);
    }

    /// Removes the entry at `index`, returning its key and value.
    pub fn remove_at(&mut self, index: usize) -> (Value, Value) {
        let e = self.entries[index];
        if let Ok(found) = self.table.find_entry(e.hash, |&i| i as usize == index) {
            found.remove();
        }
        self.entries[index].key = Value::Undef;
        self.entries[index].value = Value::Undef;
        self.len -= 1;
        self.version = self.version.wrapping_add(1);
        if self.entries.len() > 16 && self.len * 2 < self.entries.len() {
            self.compact();
        }
        (e.key, e.value)
    }

    /// Removes and returns the last entry (`popitem`).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        let index = self
            .entries
            .iter()
            .rposition(|e| !matches!(e.key, Value::Undef))?;
        let kv = self.remove_at(index);
        // Trailing tombstones are in no table slot: drop them so repeated
        // `popitem` stays O(1).
        while matches!(self.entries.last(), Some(e) if matches!(e.key, Value::Undef)) {
            self.entries.pop();
        }
        Some(kv)
    }

    pub fn clear(&mut self) {
        let version = self.version.wrapping_add(1);
        *self = DictObj::new();
        self.version = version;
    }

    fn compact(&mut self) {
        let live: Vec<Entry> = self
            .entries
            .iter()
            .filter(|e| !matches!(e.key, Value::Undef))
            .copied()
            .collect();
        let version = self.version;
        *self = DictObj::new();
        self.version = version;
        for e in live {
            self.insert_new(e.hash, e.key, e.value);
        }
    }

    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        for e in &self.entries {
            f(e.key);
            f(e.value);
        }
    }
}

/// The numeric hashes live with the numbers; re-exported here because the
/// dispatch loop's fast path for int keys reaches them through `dict`.
pub use crate::objects::float::hash as hash_f64;
pub use crate::objects::intfmt::{hash_bigint, hash_i64};

/// The hash of a builtin hashable value; `Err` for unhashable types.
/// Instances hash by identity (user `__hash__` is dispatched by the VM).
pub fn hash_value(heap: &Heap, v: Value) -> Result<u64, Unhashable> {
    Ok(match v {
        Value::Undef | Value::None => 0x9e37_79b9,
        Value::NotImplemented => 0x1234_5678,
        Value::Ellipsis => 0x8765_4321,
        Value::Bool(b) => b as u64,
        Value::Int(i) => hash_i64(i) as u64,
        Value::Float(f) => hash_f64(f) as u64,
        Value::Obj(r) => match heap.get(r) {
            Obj::Str(s) => s.hash,
            Obj::Bytes(b) => crate::objects::bytes::hash(b),
            Obj::BigInt(n) => hash_bigint(n) as u64,
            Obj::Tuple(items) => {
                let mut h: u64 = 0x345678;
                for item in items.iter() {
                    let ih = hash_value(heap, *item)?;
                    h = (h ^ ih).wrapping_mul(1_000_003).rotate_left(5);
                }
                h ^ items.len() as u64
            }
            Obj::FrozenSet(d) => {
                let mut h: u64 = 0x1f2e3d;
                for (k, _) in d.iter() {
                    h ^= hash_value(heap, k)?.wrapping_mul(0x9e37_79b9_7f4a_7c15);
                }
                h
            }
            // As CPython: the bound object by identity, mixed with the function's hash.
            Obj::BoundMethod(m) => {
                let (this, func) = (m.0, m.1);
                hash_value(heap, func)?
                    ^ hash_value(
                        heap,
                        this.as_obj().map_or(this, |o| Value::Int(i64::from(o.0))),
                    )?
            }
            Obj::List(_) | Obj::Dict(_) | Obj::Set(_) => return Err(Unhashable),
            _ => (r.0 as u64).wrapping_mul(0x9e37_79b9_7f4a_7c15) >> 4,
        },
    })
}

/// Equality of builtin values as `==` defines it (numbers across types,
/// strings and tuples by content); other objects by identity.
pub fn keys_equal(heap: &Heap, a: Value, b: Value) -> bool {
    if a.is(b) {
        return true;
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => x == y,
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => x as f64 == y,
        (Value::Float(x), Value::Float(y)) => x == y,
        (Value::Bool(x), other) | (other, Value::Bool(x)) => {
            keys_equal(heap, Value::Int(x as i64), other)
        }
        (Value::Obj(x), Value::Obj(y)) => match (heap.get(x), heap.get(y)) {
            (Obj::Str(s), Obj::Str(t)) => s.hash == t.hash && s.s == t.s,
            (Obj::Bytes(s), Obj::Bytes(t)) => s == t,
            (Obj::BigInt(m), Obj::BigInt(n)) => m == n,
            // The same function bound to the same object (`a.f == a.f`).
            (Obj::BoundMethod(m), Obj::BoundMethod(n)) => m.0.is(n.0) && m.1.is(n.1),
            (Obj::Tuple(p), Obj::Tuple(q)) => {
                p.len() == q.len()
                    && p.iter()
                        .zip(q.iter())
                        .all(|(u, v)| keys_equal(heap, *u, *v))
            }
            (Obj::FrozenSet(p), Obj::FrozenSet(q))
            | (Obj::Set(p), Obj::Set(q))
            | (Obj::FrozenSet(p), Obj::Set(q))
            | (Obj::Set(p), Obj::FrozenSet(q)) => {
                p.len() == q.len()
                    && p.iter().all(|(k, _)| match hash_value(heap, k) {
                        Ok(h) => q.find(heap, h, k).is_some(),
                        Err(_) => false,
                    })
            }
            _ => false,
        },
        (Value::Obj(x), Value::Float(f)) | (Value::Float(f), Value::Obj(x)) => match heap.get(x) {
            Obj::BigInt(n) => n.to_f64() == Some(f),
            _ => false,
        },
        _ => false,
    }
}

// ---------------------------------------------------------------------------
// Methods and views (the natives of `dict`)
// ---------------------------------------------------------------------------

use crate::objects::iter::DictIterKind;
use crate::objects::ops::{self, check_args, split_self};
use crate::objects::types::Method;
use crate::vm::value::ObjRef;
use crate::vm::{Exc, ExcKind, Res, Vm};

/// A shallow copy of a dict.
pub(crate) fn copy_dict(vm: &mut Vm, r: ObjRef) -> ObjRef {
    let entries: Vec<Entry> = match vm.heap.get(r) {
        Obj::Dict(d) => d
            .entries
            .iter()
            .filter(|e| !matches!(e.key, Value::Undef))
            .copied()
            .collect(),
        _ => Vec::new(),
    };
    let mut d = DictObj::new();
    for e in entries {
        d.insert_new(e.hash, e.key, e.value);
    }
    vm.heap.alloc(Obj::Dict(Box::new(d)))
}

/// `d.update(other)`: a dict, an object with `keys()`, or an iterable of pairs.
pub(crate) fn update_from(vm: &mut Vm, d: ObjRef, other: Value) -> Res<()> {
    if let Some(Obj::Dict(o)) = other.as_obj().map(|r| vm.heap.get(r)) {
        let entries: Vec<(Value, Value)> = o.iter().collect();
        for (k, v) in entries {
            ops::table_set(vm, d, k, v)?;
        }
        return Ok(());
    }
    if ops::find_dunder(vm, other, "keys").is_some() {
        let keys = ops::call_dunder(vm, other, "keys", &[])?.unwrap_or(Value::None);
        let keys = ops::to_vec(vm, keys)?;
        let roots = ops::Roots::new(vm);
        let res = (|| {
            for k in keys {
                roots.push(vm, k);
                let v = ops::get_item(vm, other, k)?;
                ops::table_set(vm, d, k, v)?;
            }
            Ok(())
        })();
        roots.release(vm);
        return res;
    }
    let items = ops::to_vec(vm, other)?;
    for (i, item) in items.into_iter().enumerate() {
        let pair = match ops::seq_items(vm, item) {
            Some(p) => p,
            None if ops::get_iter(vm, item).is_ok() => ops::to_vec(vm, item)?,
            None => {
                return Err(ops::type_error(format!(
                    "cannot convert dictionary update sequence element #{i} to a sequence"
                )))
            }
        };
        if pair.len() != 2 {
            return Err(ops::value_error(format!(
                "dictionary update sequence element #{i} has length {}; 2 is required",
                pair.len()
            )));
        }
        ops::table_set(vm, d, pair[0], pair[1])?;
    }
    Ok(())
}

/// Keyword arguments into a dict (`dict(**kw)`, `d.update(**kw)`).
pub(crate) fn update_kwargs(vm: &mut Vm, d: ObjRef, kwargs: &[(Value, Value)]) -> Res<()> {
    for (k, v) in kwargs {
        ops::table_set(vm, d, *k, *v)?;
    }
    Ok(())
}

/// `dict(...)`: from a mapping or pairs, plus keyword arguments.
pub(crate) fn dict_new(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> Res<Value> {
    check_args("dict", args.len(), 0, 1)?;
    let d = vm.new_dict();
    if let Some(a) = args.first() {
        update_from(vm, d, *a)?;
    }
    update_kwargs(vm, d, kwargs)?;
    Ok(Value::Obj(d))
}

fn this<'a>(
    vm: &Vm,
    name: &str,
    args: &'a [Value],
    min: usize,
    max: usize,
) -> Res<(ObjRef, &'a [Value])> {
    ops::method_self(vm, "dict", name, args, (min, max), |o| {
        matches!(o, Obj::Dict(_))
    })
}

fn get(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (r, a) = this(vm, "get", args, 1, 2)?;
    Ok(vm
        .dict_get(r, a[0])?
        .unwrap_or(a.get(1).copied().unwrap_or(Value::None)))
}

fn setdefault(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (r, a) = this(vm, "setdefault", args, 1, 2)?;
    // One lookup (one `__hash__` of a user key), as Python does.
    let (hash, found) = ops::table_lookup(vm, r, a[0])?;
    let default = a.get(1).copied().unwrap_or(Value::None);
    Ok(match vm.heap.get_mut(r) {
        Obj::Dict(d) => match found {
            Some(i) => d.value_at(i),
            None => {
                d.insert_new(hash, a[0], default);
                default
            }
        },
        _ => default,
    })
}

fn pop(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (r, a) = this(vm, "pop", args, 1, 2)?;
    match (ops::table_remove(vm, r, a[0])?, a.get(1)) {
        (Some(v), _) => Ok(v),
        (None, Some(d)) => Ok(*d),
        (None, None) => Err(Exc::with_value(ExcKind::KeyError, a[0])),
    }
}

fn popitem(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (r, _) = this(vm, "popitem", args, 0, 0)?;
    let last = match vm.heap.get_mut(r) {
        Obj::Dict(d) => d.pop_last(),
        _ => None,
    };
    match last {
        Some((k, v)) => Ok(vm.new_tuple(vec![k, v])),
        None => {
            let msg = vm.new_str("popitem(): dictionary is empty");
            Err(Exc::with_value(ExcKind::KeyError, msg))
        }
    }
}

fn view(vm: &mut Vm, args: &[Value], name: &str, class: &str) -> Res<Value> {
    let (r, _) = this(vm, name, args, 0, 0)?;
    ops::native_instance(vm, class, &[("_mapping", Value::Obj(r))])
}

fn keys(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    view(vm, args, "keys", "dict_keys")
}

fn values(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    view(vm, args, "values", "dict_values")
}

fn items(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    view(vm, args, "items", "dict_items")
}

fn update(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> Res<Value> {
    let (r, a) = this(vm, "update", args, 0, 1)?;
    if let Some(o) = a.first() {
        update_from(vm, r, *o)?;
    }
    update_kwargs(vm, r, kwargs)?;
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (r, _) = this(vm, "copy", args, 0, 0)?;
    Ok(Value::Obj(copy_dict(vm, r)))
}

fn clear(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (r, _) = this(vm, "clear", args, 0, 0)?;
    if let Obj::Dict(d) = vm.heap.get_mut(r) {
        d.clear();
    }
    Ok(Value::None)
}

/// `dict.fromkeys(iterable, value=None)`. Called on the class, so `args[0]`
/// is the iterable; called on an instance (`d.fromkeys(...)`) the bound dict
/// comes first and is skipped.
fn fromkeys(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let args = match args
        .first()
        .and_then(|v| v.as_obj())
        .map(|r| vm.heap.get(r))
    {
        Some(Obj::Dict(_)) if args.len() >= 2 => &args[1..],
        _ => args,
    };
    check_args("fromkeys", args.len(), 1, 2)?;
    let keys = ops::to_vec(vm, args[0])?;
    let v = args.get(1).copied().unwrap_or(Value::None);
    let d = vm.new_dict();
    for k in keys {
        ops::table_set(vm, d, k, v)?;
    }
    Ok(Value::Obj(d))
}

pub const METHODS: &[Method] = &[
    ("get", get, false),
    ("setdefault", setdefault, false),
    ("pop", pop, false),
    ("popitem", popitem, false),
    ("keys", keys, false),
    ("values", values, false),
    ("items", items, false),
    ("update", update, true),
    ("copy", copy, false),
    ("clear", clear, false),
    ("fromkeys", fromkeys, false),
];

// ----- views: `dict_keys`, `dict_values`, `dict_items` -----

/// The dict behind a view and the view's kind.
fn view_of(vm: &mut Vm, args: &[Value], name: &str) -> Res<(ObjRef, DictIterKind, Value)> {
    let (s, _) = split_self("dict_view", name, args)?;
    let m = ops::native_state(vm, s, "_mapping")?;
    let class = vm.type_of(s);
    let kind = match vm.class(class).name.as_str() {
        "dict_keys" => DictIterKind::Keys,
        "dict_values" => DictIterKind::Values,
        _ => DictIterKind::Items,
    };
    match m.as_obj() {
        Some(r) => Ok((r, kind, s)),
        None => Err(ops::type_error("not a dict view")),
    }
}

fn view_iter(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (d, kind, _) = view_of(vm, args, "__iter__")?;
    Ok(ops::dict_iter(vm, d, kind))
}

fn view_len(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (d, _, _) = view_of(vm, args, "__len__")?;
    Ok(Value::Int(ops::len(vm, Value::Obj(d))? as i64))
}

/// The members of a view as a Vec (keys, values or `(key, value)` tuples).
fn view_members(vm: &mut Vm, d: ObjRef, kind: DictIterKind) -> Vec<Value> {
    let entries: Vec<(Value, Value)> = match vm.heap.get(d) {
        Obj::Dict(t) => t.iter().collect(),
        _ => Vec::new(),
    };
    entries
        .into_iter()
        .map(|(k, v)| match kind {
            DictIterKind::Keys => k,
            DictIterKind::Values => v,
            DictIterKind::Items => vm.new_tuple(vec![k, v]),
        })
        .collect()
}

fn view_contains(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (d, kind, _) = view_of(vm, args, "__contains__")?;
    check_args("__contains__", args.len() - 1, 1, 1)?;
    let x = args[1];
    let found = match kind {
        DictIterKind::Keys => ops::table_find(vm, d, x)?.is_some(),
        DictIterKind::Items => match ops::seq_items(vm, x) {
            Some(kv)
                if kv.len() == 2
                    && matches!(x.as_obj().map(|r| vm.heap.get(r)), Some(Obj::Tuple(_))) =>
            {
                match ops::table_get(vm, d, kv[0]) {
                    Ok(Some(v)) => ops::eq(vm, v, kv[1])?,
                    _ => false,
                }
            }
            _ => false,
        },
        DictIterKind::Values => {
            let vals = view_members(vm, d, kind);
            let mut found = false;
            for v in vals {
                if ops::eq(vm, v, x)? {
                    found = true;
                    break;
                }
            }
            found
        }
    };
    Ok(Value::Bool(found))
}

fn view_repr(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (d, kind, s) = view_of(vm, args, "__repr__")?;
    let items = view_members(vm, d, kind);
    let list = vm.new_list(items);
    let inner = ops::repr(vm, list)?;
    let name = vm.type_name(s);
    Ok(vm.new_str(&format!("{name}({inner})")))
}

/// A set of the view's members, for the set operators of keys and items views.
fn view_set(vm: &mut Vm, v: Value) -> Res<ObjRef> {
    let s = crate::objects::set::new_set(vm, Some(v), false)?;
    Ok(s.as_obj().expect("a set"))
}

fn view_binop(
    vm: &mut Vm,
    args: &[Value],
    op: crate::syntax::ast::BinOp,
    reflected: bool,
) -> Res<Value> {
    let (_, _, s) = view_of(vm, args, "__op__")?;
    check_args("__op__", args.len() - 1, 1, 1)?;
    let other = args[1];
    if ops::get_iter(vm, other).is_err() {
        return Ok(Value::NotImplemented);
    }
    let a = view_set(vm, s)?;
    let b = view_set(vm, other)?;
    let (a, b) = if reflected { (b, a) } else { (a, b) };
    crate::objects::set::set_binop(vm, op, a, b)
}

fn view_and(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    view_binop(vm, args, crate::syntax::ast::BinOp::BitAnd, false)
}

fn view_or(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    view_binop(vm, args, crate::syntax::ast::BinOp::BitOr, false)
}

fn view_sub(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    view_binop(vm, args, crate::syntax::ast::BinOp::Sub, false)
}

fn view_rsub(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    view_binop(vm, args, crate::syntax::ast::BinOp::Sub, true)
}

fn view_xor(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    view_binop(vm, args, crate::syntax::ast::BinOp::BitXor, false)
}

fn view_eq(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (_, kind, s) = view_of(vm, args, "__eq__")?;
    check_args("__eq__", args.len() - 1, 1, 1)?;
    let other = args[1];
    let other_is_setlike = match other.as_obj().map(|r| vm.heap.get(r)) {
        Some(Obj::Set(_) | Obj::FrozenSet(_)) => true,
        Some(Obj::Instance(_)) => matches!(
            vm.class(vm.type_of(other)).name.as_str(),
            "dict_keys" | "dict_items"
        ),
        _ => false,
    };
    if kind == DictIterKind::Values || !other_is_setlike {
        return Ok(Value::Bool(s.is(other)));
    }
    let a = view_set(vm, s)?;
    let b = view_set(vm, other)?;
    ops::compare(
        vm,
        crate::syntax::ast::CmpOp::Eq,
        Value::Obj(a),
        Value::Obj(b),
    )
}

fn view_isdisjoint(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (_, _, s) = view_of(vm, args, "isdisjoint")?;
    check_args("isdisjoint", args.len() - 1, 1, 1)?;
    let a = view_set(vm, s)?;
    let b = view_set(vm, args[1])?;
    let r = crate::objects::set::set_binop(vm, crate::syntax::ast::BinOp::BitAnd, a, b)?;
    Ok(Value::Bool(ops::len(vm, r)? == 0))
}

/// Methods of `dict_values`.
pub const VALUES_VIEW_METHODS: &[Method] = &[
    ("__iter__", view_iter, false),
    ("__len__", view_len, false),
    ("__contains__", view_contains, false),
    ("__repr__", view_repr, false),
];

/// Methods of `dict_keys` and `dict_items` (set-like views).
pub const SET_VIEW_METHODS: &[Method] = &[
    ("__iter__", view_iter, false),
    ("__len__", view_len, false),
    ("__contains__", view_contains, false),
    ("__repr__", view_repr, false),
    ("__eq__", view_eq, false),
    ("__and__", view_and, false),
    ("__rand__", view_and, false),
    ("__or__", view_or, false),
    ("__ror__", view_or, false),
    ("__sub__", view_sub, false),
    ("__rsub__", view_rsub, false),
    ("__xor__", view_xor, false),
    ("__rxor__", view_xor, false),
    ("isdisjoint", view_isdisjoint, false),
];

/// Indices of the live entries with hash `hash` (candidates for a key that
/// compares with a script-level `__eq__`).
/// The first entry with this hash, found as `find` finds keys (a probe
/// that stops there; listing all `candidates` scans the whole probe run,
/// which is long when hashes are small ints).
pub(crate) fn first_candidate(d: &DictObj, hash: u64) -> Option<usize> {
    d.table
        .find(hash, |&i| {
            let e = &d.entries[i as usize];
            e.hash == hash && !matches!(e.key, Value::Undef)
        })
        .map(|&i| i as usize)
}

pub(crate) fn candidates(d: &DictObj, hash: u64) -> Vec<usize> {
    d.table
        .iter_hash(hash)
        .map(|&i| i as usize)
        .filter(|&i| d.entries[i].hash == hash && !matches!(d.entries[i].key, Value::Undef))
        .collect()
}

/// The live keys with their stored hashes, in insertion order.
pub(crate) fn keys_with_hashes(d: &DictObj) -> Vec<(u64, Value)> {
    d.entries
        .iter()
        .filter(|e| !matches!(e.key, Value::Undef))
        .map(|e| (e.hash, e.key))
        .collect()
}
