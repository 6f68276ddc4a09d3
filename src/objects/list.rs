//! `list` methods, slice assignment and deletion, and the stable sort shared with `sorted()`.
//!
//! Sorting only ever asks `a < b` (as CPython's timsort does), through a
//! merge sort of our own: script comparisons may fail or be inconsistent,
//! and a Rust `sort_by` would be allowed to panic on an inconsistent order.

use crate::objects::ops::{self, bind, eq, norm_index, slice_indices, slice_positions, Roots};
use crate::objects::types::Method;
use crate::objects::Obj;
use crate::vm::value::{ObjRef, Value};
use crate::vm::{Exc, ExcKind, Res, Vm};

fn items_mut(vm: &mut Vm, r: ObjRef) -> &mut Vec<Value> {
    match vm.heap.get_mut(r) {
        Obj::List(l) => l,
        _ => unreachable!("not a list"),
    }
}

fn items(vm: &Vm, r: ObjRef) -> &[Value] {
    match vm.heap.get(r) {
        Obj::List(l) => l,
        _ => &[],
    }
}

/// `list[slice] = items`: any length for a simple slice, the same length for an extended one.
pub(crate) fn set_slice(vm: &mut Vm, r: ObjRef, s: &[Value; 3], new: Vec<Value>) -> Res<()> {
    let len = items(vm, r).len();
    let (start, step, n) = slice_indices(vm, s, len)?;
    if step == 1 {
        let start = start.max(0) as usize;
        items_mut(vm, r).splice(start..start + n, new);
        return Ok(());
    }
    if new.len() != n {
        return Err(ops::value_error(format!(
            "attempt to assign sequence of size {} to extended slice of size {n}",
            new.len()
        )));
    }
    let l = items_mut(vm, r);
    for (pos, v) in slice_positions(start, step, n).zip(new) {
        l[pos] = v;
    }
    Ok(())
}

/// `del list[slice]`.
pub(crate) fn del_slice(vm: &mut Vm, r: ObjRef, s: &[Value; 3]) -> Res<()> {
    let len = items(vm, r).len();
    let (start, step, n) = slice_indices(vm, s, len)?;
    let l = items_mut(vm, r);
    if step == 1 {
        let start = start.max(0) as usize;
        l.drain(start..start + n);
        return Ok(());
    }
    let mut doomed: Vec<usize> = slice_positions(start, step, n).collect();
    doomed.sort_unstable();
    let mut k = 0;
    let mut i = 0;
    l.retain(|_| {
        let keep = doomed.get(k) != Some(&i);
        if !keep {
            k += 1;
        }
        i += 1;
        keep
    });
    Ok(())
}

// ---------------------------------------------------------------------------
// Sorting
// ---------------------------------------------------------------------------

/// Sorts values stably by `key(value)` (or the values), as `sorted()` does.
pub(crate) fn sort_values(
    vm: &mut Vm,
    values: Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> Res<Vec<Value>> {
    let roots = Roots::new(vm);
    let res = sort_rooted(vm, &roots, values, key, reverse);
    roots.release(vm);
    res
}

fn sort_rooted(
    vm: &mut Vm,
    roots: &Roots,
    values: Vec<Value>,
    key: Option<Value>,
    reverse: bool,
) -> Res<Vec<Value>> {
    roots.push_all(vm, &values);
    let keys = match key {
        Some(f) if !f.is_none() => {
            let mut keys = Vec::with_capacity(values.len());
            for v in &values {
                let k = vm.call_value(f, &[*v], &[])?;
                roots.push(vm, k);
                keys.push(k);
            }
            keys
        }
        _ => values.clone(),
    };
    let mut order: Vec<usize> = (0..values.len()).collect();
    if !sort_fast(vm, &keys, &mut order, reverse) {
        let mut tmp = Vec::new();
        let mut less = |vm: &mut Vm, i: usize, j: usize| {
            if reverse {
                ops::less_than(vm, keys[j], keys[i])
            } else {
                ops::less_than(vm, keys[i], keys[j])
            }
        };
        merge_sort(vm, &mut order, &mut tmp, &mut less)?;
    }
    Ok(order.into_iter().map(|i| values[i]).collect())
}

/// Sorts keys that are all ints, all non-NaN floats or all strings without
/// calling back into the VM; `false` if the keys are not of one such kind.
fn sort_fast(vm: &Vm, keys: &[Value], order: &mut [usize], reverse: bool) -> bool {
    fn by<T: PartialOrd>(order: &mut [usize], k: &[T], reverse: bool) {
        order.sort_by(|&i, &j| {
            let o = k[i].partial_cmp(&k[j]).unwrap_or(std::cmp::Ordering::Equal);
            if reverse {
                o.reverse()
            } else {
                o
            }
        });
    }
    if let Some(ints) = keys
        .iter()
        .map(|k| match k {
            Value::Int(i) => Some(*i),
            _ => None,
        })
        .collect::<Option<Vec<i64>>>()
    {
        by(order, &ints, reverse);
        return true;
    }
    if let Some(floats) = keys
        .iter()
        .map(|k| match k {
            Value::Float(f) if !f.is_nan() => Some(*f),
            _ => None,
        })
        .collect::<Option<Vec<f64>>>()
    {
        by(order, &floats, reverse);
        return true;
    }
    if let Some(strs) = keys
        .iter()
        .map(|k| vm.str_of(*k))
        .collect::<Option<Vec<&str>>>()
    {
        by(order, &strs, reverse);
        return true;
    }
    false
}

type Less<'a> = dyn FnMut(&mut Vm, usize, usize) -> Res<bool> + 'a;

/// A stable merge sort of `idx` asking only `less(a, b)`.
fn merge_sort(vm: &mut Vm, idx: &mut [usize], tmp: &mut Vec<usize>, less: &mut Less) -> Res<()> {
    let n = idx.len();
    if n <= 8 {
        for i in 1..n {
            let x = idx[i];
            let mut j = i;
            while j > 0 && less(vm, x, idx[j - 1])? {
                idx[j] = idx[j - 1];
                j -= 1;
            }
            idx[j] = x;
        }
        return Ok(());
    }
    let mid = n / 2;
    merge_sort(vm, &mut idx[..mid], tmp, less)?;
    merge_sort(vm, &mut idx[mid..], tmp, less)?;
    if !less(vm, idx[mid], idx[mid - 1])? {
        return Ok(());
    }
    tmp.clear();
    tmp.extend_from_slice(&idx[..mid]);
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < tmp.len() && j < n {
        if less(vm, idx[j], tmp[i])? {
            idx[k] = idx[j];
            j += 1;
        } else {
            idx[k] = tmp[i];
            i += 1;
        }
        k += 1;
    }
    while i < tmp.len() {
        idx[k] = tmp[i];
        i += 1;
        k += 1;
    }
    Ok(())
}

// ---------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------

/// The list a method is called on and its other arguments, checking their count.
fn this<'a>(
    vm: &Vm,
    name: &str,
    args: &'a [Value],
    min: usize,
    max: usize,
) -> Res<(ObjRef, &'a [Value])> {
    ops::method_self(vm, "list", name, args, (min, max), |o| {
        matches!(o, Obj::List(_))
    })
}

fn append(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (r, a) = this(vm, "append", args, 1, 1)?;
    items_mut(vm, r).push(a[0]);
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (r, a) = this(vm, "extend", args, 1, 1)?;
    let new = ops::to_vec(vm, a[0])?;
    items_mut(vm, r).extend(new);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (r, a) = this(vm, "insert", args, 2, 2)?;
    let i = ops::int_arg(vm, a[0])?;
    let l = items_mut(vm, r);
    let len = l.len() as i64;
    let pos = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.insert(pos as usize, a[1]);
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (r, a) = this(vm, "pop", args, 0, 1)?;
    let i = match a.first() {
        Some(v) => ops::int_arg(vm, *v)?,
        None => -1,
    };
    let l = items_mut(vm, r);
    if l.is_empty() {
        return Err(Exc::pending(ExcKind::IndexError, "pop from empty list"));
    }
    match norm_index(i, l.len()) {
        Some(i) => Ok(l.remove(i)),
        None => Err(Exc::pending(ExcKind::IndexError, "pop index out of range")),
    }
}

/// Position of the first item equal to `x` in `items[start..end]`.
fn position(vm: &mut Vm, r: ObjRef, x: Value, start: usize, end: usize) -> Res<Option<usize>> {
    let mut i = start;
    while i < end {
        let Some(&v) = items(vm, r).get(i) else {
            break;
        };
        if eq(vm, v, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn remove(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (r, a) = this(vm, "remove", args, 1, 1)?;
    match position(vm, r, a[0], 0, usize::MAX)? {
        Some(i) => {
            items_mut(vm, r).remove(i);
            Ok(Value::None)
        }
        None => Err(ops::value_error("list.remove(x): x not in list")),
    }
}

/// The `start`/`end` arguments of `index` as a range of positions.
pub(crate) fn search_range(
    vm: &mut Vm,
    len: usize,
    start: Option<&Value>,
    end: Option<&Value>,
) -> Res<(usize, usize)> {
    let clamp = |i: i64| -> usize {
        if i < 0 {
            (i + len as i64).max(0) as usize
        } else {
            (i as usize).min(len)
        }
    };
    let start = match start {
        Some(v) => clamp(ops::slice_part(vm, *v)?.unwrap_or(0)),
        None => 0,
    };
    let end = match end {
        Some(v) => clamp(ops::slice_part(vm, *v)?.unwrap_or(len as i64)),
        None => len,
    };
    Ok((start, end))
}

fn index(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (r, a) = this(vm, "index", args, 1, 3)?;
    let len = items(vm, r).len();
    let (start, end) = search_range(vm, len, a.get(1), a.get(2))?;
    match position(vm, r, a[0], start, end)? {
        Some(i) => Ok(Value::Int(i as i64)),
        None => {
            let shown = ops::repr(vm, a[0])?;
            Err(ops::value_error(format!("{shown} is not in list")))
        }
    }
}

fn count(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (r, a) = this(vm, "count", args, 1, 1)?;
    let mut n = 0;
    let mut i = 0;
    while let Some(&v) = items(vm, r).get(i) {
        if eq(vm, v, a[0])? {
            n += 1;
        }
        i += 1;
    }
    Ok(Value::Int(n))
}

fn sort(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> Res<Value> {
    let (r, a) = this(vm, "sort", args, 0, usize::MAX)?;
    if !a.is_empty() {
        return Err(ops::type_error("sort() takes no positional arguments"));
    }
    let [key, reverse] = bind(vm, "sort", &[], kwargs, ["key", "reverse"], 0, 0)?;
    let reverse = match reverse {
        Some(v) => ops::truthy(vm, v)?,
        None => false,
    };
    let values = items(vm, r).to_vec();
    let sorted = sort_values(vm, values, key, reverse)?;
    *items_mut(vm, r) = sorted;
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (r, _) = this(vm, "reverse", args, 0, 0)?;
    items_mut(vm, r).reverse();
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (r, _) = this(vm, "copy", args, 0, 0)?;
    let v = items(vm, r).to_vec();
    Ok(vm.new_list(v))
}

fn clear(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let (r, _) = this(vm, "clear", args, 0, 0)?;
    items_mut(vm, r).clear();
    Ok(Value::None)
}

pub const METHODS: &[Method] = &[
    ("append", append, false),
    ("extend", extend, false),
    ("insert", insert, false),
    ("pop", pop, false),
    ("remove", remove, false),
    ("index", index, false),
    ("count", count, false),
    ("sort", sort, true),
    ("reverse", reverse, false),
    ("copy", copy, false),
    ("clear", clear, false),
];
