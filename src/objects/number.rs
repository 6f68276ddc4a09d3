//! `int` and `float`: arithmetic across machine ints, big ints and floats, parsing, rounding, and their methods.
//!
//! Operands are read from the heap as `N` (borrowing big ints), the result is
//! computed into an owned `Out`, and only then turned into a `Value`: int
//! results go through `Vm::new_int`, so a big result that fits a machine word
//! becomes an inline `Value::Int` again.

use std::cmp::Ordering;

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{FromPrimitive, One, Signed};

use crate::objects::ops::{self, check_args, int_arg, split_self, type_error, value_error};
use crate::objects::types::Method;
use crate::objects::{float, intfmt, strutil, Obj};
use crate::syntax::ast::{BinOp, UnaryOp};
use crate::vm::heap::Heap;
use crate::vm::value::Value;
use crate::vm::{Exc, ExcKind, Res, Vm};

/// A numeric operand read from the heap.
#[derive(Clone, Copy)]
enum N<'a> {
    I(i64),
    B(&'a BigInt),
    F(f64),
}

/// A numeric result before allocation.
enum Out {
    I(i64),
    B(BigInt),
    F(f64),
}

impl Out {
    fn into_value(self, vm: &mut Vm) -> Value {
        match self {
            Out::I(i) => Value::Int(i),
            Out::B(b) => vm.new_int(b),
            Out::F(f) => Value::Float(f),
        }
    }
}

fn num(heap: &Heap, v: Value) -> Option<N<'_>> {
    match v {
        Value::Int(i) => Some(N::I(i)),
        Value::Bool(b) => Some(N::I(b as i64)),
        Value::Float(f) => Some(N::F(f)),
        Value::Obj(r) => match heap.get(r) {
            Obj::BigInt(b) => Some(N::B(b)),
            _ => None,
        },
        _ => None,
    }
}

fn zero_div(msg: &str) -> Exc {
    Exc::pending(ExcKind::ZeroDivisionError, msg)
}

fn overflow(msg: &str) -> Exc {
    Exc::pending(ExcKind::OverflowError, msg)
}

impl N<'_> {
    fn to_f64(self) -> Res<f64> {
        match self {
            N::I(i) => Ok(i as f64),
            N::B(b) => Ok(intfmt::to_f64(b)?),
            N::F(f) => Ok(f),
        }
    }

    fn to_big(self) -> BigInt {
        match self {
            N::I(i) => BigInt::from(i),
            N::B(b) => b.clone(),
            N::F(f) => BigInt::from_f64(f).unwrap_or_default(),
        }
    }
}

/// Whether `v` is an `int`, `bool` or `float`.
pub(crate) fn is_number(vm: &Vm, v: Value) -> bool {
    num(&vm.heap, v).is_some()
}

/// An int-like value (`int`, `bool`, big int) as a big int.
pub(crate) fn to_bigint(vm: &Vm, v: Value) -> Option<BigInt> {
    match num(&vm.heap, v)? {
        N::F(_) => None,
        n => Some(n.to_big()),
    }
}

/// A real number as a float (`TypeError: must be real number, not str` otherwise).
pub(crate) fn to_f64(vm: &mut Vm, v: Value) -> Res<f64> {
    if let Some(n) = num(&vm.heap, v) {
        return n.to_f64();
    }
    if let Some(Value::Float(f)) = ops::call_dunder(vm, v, "__float__", &[])? {
        return Ok(f);
    }
    Err(type_error(format!(
        "must be real number, not {}",
        vm.type_name(v)
    )))
}

/// A float truncated to an int (`int(3.9)`); errors for infinities and NaN.
pub(crate) fn float_to_int(vm: &mut Vm, f: f64) -> Res<Value> {
    let n = float::to_bigint(f)?;
    Ok(vm.new_int(n))
}

// ---------------------------------------------------------------------------
// Arithmetic
// ---------------------------------------------------------------------------

/// `a op b` for numbers; `None` if an operand is not a number or the
/// operator does not apply to these types (then the caller reports it).
pub(crate) fn binary(vm: &mut Vm, op: BinOp, a: Value, b: Value) -> Option<Res<Value>> {
    if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
        match op {
            BinOp::BitAnd => return Some(Ok(Value::Bool(x & y))),
            BinOp::BitOr => return Some(Ok(Value::Bool(x | y))),
            BinOp::BitXor => return Some(Ok(Value::Bool(x ^ y))),
            _ => {}
        }
    }
    let out = {
        let x = num(&vm.heap, a)?;
        let y = num(&vm.heap, b)?;
        arith(op, x, y)?
    };
    Some(out.map(|o| o.into_value(vm)))
}

fn arith(op: BinOp, x: N, y: N) -> Option<Res<Out>> {
    match (x, y) {
        (N::F(_), _) | (_, N::F(_)) => {
            if !matches!(
                op,
                BinOp::Add
                    | BinOp::Sub
                    | BinOp::Mul
                    | BinOp::Div
                    | BinOp::FloorDiv
                    | BinOp::Mod
                    | BinOp::Pow
            ) {
                return None;
            }
            let (fx, fy) = match (x.to_f64(), y.to_f64()) {
                (Ok(fx), Ok(fy)) => (fx, fy),
                (Err(e), _) | (_, Err(e)) => return Some(Err(e)),
            };
            Some(float_arith(op, fx, fy).map(Out::F))
        }
        (N::I(a), N::I(b)) => small_arith(op, a, b),
        _ => big_arith(op, &x.to_big(), &y.to_big()),
    }
}

/// Machine-int results that cannot overflow or need no Python rounding
/// rules; everything else goes through `intfmt` on big ints.
fn small_arith(op: BinOp, a: i64, b: i64) -> Option<Res<Out>> {
    let r = match op {
        BinOp::Add => a.checked_add(b),
        BinOp::Sub => a.checked_sub(b),
        BinOp::Mul => a.checked_mul(b),
        BinOp::BitAnd => Some(a & b),
        BinOp::BitOr => Some(a | b),
        BinOp::BitXor => Some(a ^ b),
        _ => None,
    };
    match r {
        Some(i) => Some(Ok(Out::I(i))),
        None => big_arith(op, &BigInt::from(a), &BigInt::from(b)),
    }
}

fn big_arith(op: BinOp, a: &BigInt, b: &BigInt) -> Option<Res<Out>> {
    let r = match op {
        BinOp::Add => Ok(Out::B(a + b)),
        BinOp::Sub => Ok(Out::B(a - b)),
        BinOp::Mul => Ok(Out::B(a * b)),
        BinOp::Div => intfmt::truediv(a, b).map(Out::F),
        BinOp::FloorDiv => intfmt::floordiv(a, b).map(Out::B),
        BinOp::Mod => intfmt::modulo(a, b).map(Out::B),
        BinOp::Pow => intfmt::pow(a, b).map(|n| match n {
            intfmt::Num::Int(n) => Out::B(n),
            intfmt::Num::Float(f) => Out::F(f),
        }),
        BinOp::LShift => intfmt::shl(a, b).map(Out::B),
        BinOp::RShift => intfmt::shr(a, b).map(Out::B),
        BinOp::BitAnd => Ok(Out::B(a & b)),
        BinOp::BitOr => Ok(Out::B(a | b)),
        BinOp::BitXor => Ok(Out::B(a ^ b)),
        BinOp::MatMul => return None,
    };
    Some(r.map_err(Exc::from))
}

fn float_arith(op: BinOp, a: f64, b: f64) -> Res<f64> {
    Ok(match op {
        BinOp::Add => a + b,
        BinOp::Sub => a - b,
        BinOp::Mul => a * b,
        BinOp::Div => {
            if b == 0.0 {
                return Err(zero_div("float division by zero"));
            }
            a / b
        }
        BinOp::FloorDiv => float::floor_div(a, b)?,
        BinOp::Mod => float::modulo(a, b)?,
        _ => float::pow(a, b)?,
    })
}

/// `-v`, `+v`, `~v` for numbers; `None` if not applicable.
pub(crate) fn unary(vm: &mut Vm, op: UnaryOp, v: Value) -> Option<Res<Value>> {
    let out = match (op, num(&vm.heap, v)?) {
        (UnaryOp::Neg, N::I(i)) => i
            .checked_neg()
            .map_or_else(|| Out::B(-BigInt::from(i)), Out::I),
        (UnaryOp::Neg, N::B(b)) => Out::B(-b),
        (UnaryOp::Neg, N::F(f)) => Out::F(-f),
        (UnaryOp::Pos, N::I(i)) => Out::I(i),
        (UnaryOp::Pos, N::B(_)) => return Some(Ok(v)),
        (UnaryOp::Pos, N::F(f)) => Out::F(f),
        (UnaryOp::Invert, N::I(i)) => Out::I(!i),
        (UnaryOp::Invert, N::B(b)) => Out::B(-(b + BigInt::one())),
        _ => return None,
    };
    Some(Ok(out.into_value(vm)))
}

/// Compares two numbers exactly (ints against floats too); `None` if one is
/// not a number, `Some(None)` if unordered (NaN).
pub(crate) fn compare(vm: &Vm, a: Value, b: Value) -> Option<Option<Ordering>> {
    let x = num(&vm.heap, a)?;
    let y = num(&vm.heap, b)?;
    Some(match (x, y) {
        (N::I(a), N::I(b)) => Some(a.cmp(&b)),
        (N::F(a), N::F(b)) => a.partial_cmp(&b),
        (n, N::F(f)) => int_float_cmp(n, f),
        (N::F(f), n) => int_float_cmp(n, f).map(Ordering::reverse),
        (a, b) => Some(a.to_big().cmp(&b.to_big())),
    })
}

fn int_float_cmp(n: N, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let N::I(i) = n {
        if i.unsigned_abs() < 1 << 53 {
            return (i as f64).partial_cmp(&f);
        }
    }
    let floor = f.floor();
    match n.to_big().cmp(&BigInt::from_f64(floor)?) {
        Ordering::Equal if f > floor => Some(Ordering::Less),
        o => Some(o),
    }
}

/// `divmod(a, b)` for numbers.
pub(crate) fn divmod(vm: &mut Vm, a: Value, b: Value) -> Option<Res<Value>> {
    let (q, r) = {
        let x = num(&vm.heap, a)?;
        let y = num(&vm.heap, b)?;
        let qr = match (x, y) {
            (N::F(_), _) | (_, N::F(_)) => {
                let (fa, fb) = match (x.to_f64(), y.to_f64()) {
                    (Ok(p), Ok(q)) => (p, q),
                    (Err(e), _) | (_, Err(e)) => return Some(Err(e)),
                };
                float::divmod(fa, fb).map(|(q, r)| (Out::F(q), Out::F(r)))
            }
            _ => intfmt::divmod(&x.to_big(), &y.to_big()).map(|(q, r)| (Out::B(q), Out::B(r))),
        };
        match qr {
            Ok(qr) => qr,
            Err(e) => return Some(Err(e.into())),
        }
    };
    let items = vec![q.into_value(vm), r.into_value(vm)];
    Some(Ok(vm.new_tuple(items)))
}

/// Three-argument `pow(base, exp, mod)` for ints.
pub(crate) fn pow_mod(vm: &mut Vm, a: Value, b: Value, m: Value) -> Res<Value> {
    let (Some(a), Some(b), Some(m)) = (to_bigint(vm, a), to_bigint(vm, b), to_bigint(vm, m)) else {
        return Err(type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    };
    let r = intfmt::pow_mod(&a, &b, &m)?;
    Ok(vm.new_int(r))
}

/// `abs(v)` for numbers.
pub(crate) fn abs(vm: &mut Vm, v: Value) -> Option<Value> {
    let out = match num(&vm.heap, v)? {
        N::I(i) => i
            .checked_abs()
            .map_or_else(|| Out::B(BigInt::from(i).abs()), Out::I),
        N::B(b) => Out::B(b.abs()),
        N::F(f) => Out::F(f.abs()),
    };
    Some(out.into_value(vm))
}

/// `round(v)` / `round(v, ndigits)` for numbers; `None` if `v` is not one.
pub(crate) fn round(vm: &mut Vm, v: Value, ndigits: Option<Value>) -> Option<Res<Value>> {
    if !is_number(vm, v) {
        return None;
    }
    let digits = match ndigits.map(|d| int_arg(vm, d)).transpose() {
        Ok(d) => d,
        Err(e) => return Some(Err(e)),
    };
    if let Value::Float(f) = v {
        return Some(match digits {
            None => float::round_to_int(f)
                .map(|n| vm.new_int(n))
                .map_err(Exc::from),
            Some(d) => float::round(f, Some(d))
                .map(Value::Float)
                .map_err(Exc::from),
        });
    }
    let d = match digits {
        Some(d) if d < 0 => d,
        _ => return Some(Ok(trunc_bool(v))),
    };
    let n = to_bigint(vm, v)?;
    let q: BigInt = num_traits::Pow::pow(BigInt::from(10), d.unsigned_abs().min(1 << 20) as u32);
    let (div, rem) = n.div_mod_floor(&q);
    let twice: BigInt = &rem * 2;
    let up = match twice.cmp(&q) {
        Ordering::Greater => true,
        Ordering::Equal => div.is_odd(),
        Ordering::Less => false,
    };
    let r = (if up { div + 1 } else { div }) * q;
    Some(Ok(vm.new_int(r)))
}

fn trunc_bool(v: Value) -> Value {
    match v {
        Value::Bool(b) => Value::Int(b as i64),
        other => other,
    }
}

// ---------------------------------------------------------------------------
// Parsing and formatting
// ---------------------------------------------------------------------------

/// `int(s, base)` of a string, with Python's error message.
pub(crate) fn int_from_str(vm: &mut Vm, s: &str, base: u32) -> Res<Value> {
    let n = intfmt::parse_int(s, base)?;
    Ok(vm.new_int(n))
}

// ---------------------------------------------------------------------------
// Constructors
// ---------------------------------------------------------------------------

/// `int(x=0)` / `int(x, base=10)`.
pub(crate) fn int_new(vm: &mut Vm, args: &[Value], kwargs: &[(Value, Value)]) -> Res<Value> {
    let [x, base] = ops::bind(vm, "int", args, kwargs, ["x", "base"], 0, 2)?;
    let Some(x) = x else {
        if base.is_some() {
            return Err(type_error("int() missing string argument"));
        }
        return Ok(Value::Int(0));
    };
    if let Some(b) = base {
        let b = int_arg(vm, b)?;
        if b != 0 && !(2..=36).contains(&b) {
            return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
        }
        let Some(s) = vm.str_of(x).map(str::to_string) else {
            return Err(type_error(
                "int() can't convert non-string with explicit base",
            ));
        };
        return int_from_str(vm, &s, b as u32);
    }
    if let Some(s) = vm.str_of(x).map(str::to_string) {
        return int_from_str(vm, &s, 10);
    }
    match num(&vm.heap, x) {
        Some(N::F(f)) => return float_to_int(vm, f),
        Some(_) => return Ok(trunc_bool(x)),
        None => {}
    }
    for name in ["__int__", "__index__", "__trunc__"] {
        if let Some(r) = ops::call_dunder(vm, x, name, &[])? {
            if to_bigint(vm, r).is_none() {
                return Err(type_error(format!(
                    "{name} returned non-int (type {})",
                    vm.type_name(r)
                )));
            }
            return Ok(trunc_bool(r));
        }
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a number, not '{}'",
        vm.type_name(x)
    )))
}

/// `float(x=0.0)`.
pub(crate) fn float_new(vm: &mut Vm, args: &[Value]) -> Res<Value> {
    check_args("float", args.len(), 0, 1)?;
    let Some(&x) = args.first() else {
        return Ok(Value::Float(0.0));
    };
    if let Some(s) = vm.str_of(x) {
        return match float::parse(s) {
            Some(f) => Ok(Value::Float(f)),
            None => Err(value_error(format!(
                "could not convert string to float: {}",
                strutil::repr(s)
            ))),
        };
    }
    if let Some(n) = num(&vm.heap, x) {
        return n.to_f64().map(Value::Float);
    }
    if let Some(r) = ops::call_dunder(vm, x, "__float__", &[])? {
        return match r {
            Value::Float(_) => Ok(r),
            _ => Err(type_error(format!(
                "{}.__float__ returned non-float (type {})",
                vm.type_name(x),
                vm.type_name(r)
            ))),
        };
    }
    if let Some(r) = ops::call_dunder(vm, x, "__index__", &[])? {
        return to_f64(vm, r).map(Value::Float);
    }
    Err(type_error(format!(
        "float() argument must be a string or a number, not '{}'",
        vm.type_name(x)
    )))
}

// ---------------------------------------------------------------------------
// Methods
// ---------------------------------------------------------------------------

fn int_self(vm: &Vm, name: &str, args: &[Value], max: usize) -> Res<BigInt> {
    let (this, rest) = split_self("int", name, args)?;
    ops::check_method_args("int", name, rest.len(), 0, max)?;
    to_bigint(vm, this).ok_or_else(|| ops::descriptor_error(vm, name, "int", this))
}

fn int_bit_length(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let n = int_self(vm, "bit_length", args, 0)?;
    Ok(Value::Int(n.bits() as i64))
}

fn int_bit_count(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let n = int_self(vm, "bit_count", args, 0)?;
    Ok(Value::Int(
        n.magnitude()
            .iter_u64_digits()
            .map(|d| d.count_ones() as i64)
            .sum(),
    ))
}

fn int_conjugate(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let n = int_self(vm, "conjugate", args, 0)?;
    Ok(vm.new_int(n))
}

fn float_self(vm: &Vm, name: &str, args: &[Value]) -> Res<f64> {
    let (this, rest) = split_self("float", name, args)?;
    ops::check_method_args("float", name, rest.len(), 0, 0)?;
    match this {
        Value::Float(f) => Ok(f),
        _ => Err(ops::descriptor_error(vm, name, "float", this)),
    }
}

fn float_is_integer(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let f = float_self(vm, "is_integer", args)?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_as_integer_ratio(vm: &mut Vm, args: &[Value], _: &[(Value, Value)]) -> Res<Value> {
    let f = float_self(vm, "as_integer_ratio", args)?;
    if f.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(overflow("cannot convert Infinity to integer ratio"));
    }
    let (mut num, mut den) = (f, BigInt::one());
    while num.fract() != 0.0 {
        num *= 2.0;
        den *= 2;
    }
    let num = BigInt::from_f64(num).unwrap_or_default();
    let g = num.gcd(&den);
    let items = vec![vm.new_int(num / &g), vm.new_int(den / g)];
    Ok(vm.new_tuple(items))
}

pub const INT_METHODS: &[Method] = &[
    ("bit_length", int_bit_length, false),
    ("bit_count", int_bit_count, false),
    ("conjugate", int_conjugate, false),
];

pub const FLOAT_METHODS: &[Method] = &[
    ("is_integer", float_is_integer, false),
    ("as_integer_ratio", float_as_integer_ratio, false),
];
