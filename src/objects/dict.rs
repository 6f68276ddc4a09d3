//! `dict` (and the table under `set`/`frozenset`): insertion-ordered hash table, plus the hash and key-equality protocol.
//!
//! Entries live in a vector in insertion order (deleted ones become
//! tombstones, compacted when they pile up); a `hashbrown::HashTable` maps
//! hashes to entry indices. Key equality needs the heap (strings, tuples,
//! big ints are heap objects), so lookups take `&Heap`.

use hashbrown::HashTable;
use num_bigint::BigInt;
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
    pub fn find(&self, heap: &Heap, hash: u64, key: Value) -> Option<usize> {
        self.table
            .find(hash, |&i| {
                let e = &self.entries[i as usize];
                e.hash == hash && keys_equal(heap, e.key, key)
            })
            .map(|&i| i as usize)
    }

    pub fn value_at(&self, index: usize) -> Value {
        self.entries[index].value
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

const MODULUS: u64 = (1 << 61) - 1;

/// Python's hash of an int: `n mod (2**61 - 1)` with the sign kept, and -1 mapped to -2.
pub fn hash_i64(i: i64) -> i64 {
    let m = (i.unsigned_abs() % MODULUS) as i64;
    let h = if i < 0 { -m } else { m };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_bigint(n: &BigInt) -> i64 {
    let m = BigInt::from(MODULUS);
    let r = (n.magnitude() % m.magnitude()).to_i64().unwrap_or(0);
    let h = if n.sign() == num_bigint::Sign::Minus {
        -r
    } else {
        r
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn hash_f64(f: f64) -> i64 {
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        hash_i64(f as i64)
    } else if f.is_nan() {
        0
    } else if f.is_infinite() {
        if f > 0.0 {
            314159
        } else {
            -314159
        }
    } else {
        f.to_bits() as i64 >> 1
    }
}

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
            (Obj::BigInt(m), Obj::BigInt(n)) => m == n,
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

pub const METHODS: &[crate::objects::types::Method] = &[];
