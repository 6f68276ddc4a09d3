//! The `math` module: float functions with Python's domain and range errors, and exact integer functions.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::modules::{add_functions, new_module};
use crate::objects::number::{float_to_int, to_bigint, to_f64};
use crate::objects::ops::{self, bind, check_args, type_error, value_error, Roots};
use crate::objects::types::Method;
use crate::syntax::ast::BinOp;
use crate::vm::value::Value;
use crate::vm::{Exc, ExcKind, Res, Vm};

type Args<'a> = &'a [Value];
type Kw<'a> = &'a [(Value, Value)];

fn domain_error() -> Exc {
    value_error("math domain error")
}

fn range_error() -> Exc {
    Exc::pending(ExcKind::OverflowError, "math range error")
}

/// Checks a float result as CPython's math module does: NaN from a non-NaN
/// argument is a domain error, infinity from finite arguments a range error.
fn checked(r: f64, inputs: &[f64]) -> Res<Value> {
    if r.is_nan() && !inputs.iter().any(|x| x.is_nan()) {
        return Err(domain_error());
    }
    if r.is_infinite() && inputs.iter().all(|x| x.is_finite()) {
        return Err(range_error());
    }
    Ok(Value::Float(r))
}

/// A one-argument float function.
fn unary(vm: &mut Vm, name: &str, args: Args, f: fn(f64) -> f64) -> Res<Value> {
    check_args(name, args.len(), 1, 1)?;
    let x = to_f64(vm, args[0])?;
    checked(f(x), &[x])
}

macro_rules! unary_fns {
    ($($name:ident => $f:expr,)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
                unary(vm, stringify!($name), args, $f)
            }
        )*
    };
}

unary_fns! {
    sqrt => f64::sqrt,
    exp => f64::exp,
    exp2 => f64::exp2,
    expm1 => f64::exp_m1,
    cbrt => f64::cbrt,
    sin => f64::sin,
    cos => f64::cos,
    tan => f64::tan,
    asin => f64::asin,
    acos => f64::acos,
    atan => f64::atan,
    sinh => f64::sinh,
    cosh => f64::cosh,
    tanh => f64::tanh,
    asinh => f64::asinh,
    acosh => f64::acosh,
    fabs => f64::abs,
    degrees => f64::to_degrees,
    radians => f64::to_radians,
}

fn atanh(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("atanh", args.len(), 1, 1)?;
    let x = to_f64(vm, args[0])?;
    if x.abs() >= 1.0 {
        return Err(domain_error());
    }
    checked(x.atanh(), &[x])
}

fn log1p(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("log1p", args.len(), 1, 1)?;
    let x = to_f64(vm, args[0])?;
    if x <= -1.0 {
        return Err(domain_error());
    }
    checked(x.ln_1p(), &[x])
}

/// The logarithm of a positive number in base `base`'s natural log (big ints too).
fn log_of(vm: &mut Vm, v: Value, log: fn(f64) -> f64) -> Res<f64> {
    if let Some(n) = to_bigint(vm, v) {
        if !n.is_positive() {
            return Err(domain_error());
        }
        if let Some(f) = n.to_f64().filter(|f| f.is_finite()) {
            return Ok(log(f));
        }
        // Too big for a float: n = x * 2**e with x in [0.5, 1), as CPython's
        // loghelper does: log(n) = log(x) + log(2) * e.
        let e = n.bits();
        let top = (n >> (e - 64)).to_f64().unwrap_or(1.0);
        let x = top / 2f64.powi(64);
        return Ok(log(x) + log(2.0) * e as f64);
    }
    let x = to_f64(vm, v)?;
    if x <= 0.0 {
        return Err(domain_error());
    }
    Ok(log(x))
}

fn log(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("log", args.len(), 1, 2)?;
    let x = log_of(vm, args[0], f64::ln)?;
    match args.get(1) {
        None => Ok(Value::Float(x)),
        Some(b) => {
            let b = log_of(vm, *b, f64::ln)?;
            if b == 0.0 {
                return Err(Exc::pending(
                    ExcKind::ZeroDivisionError,
                    "float division by zero",
                ));
            }
            Ok(Value::Float(x / b))
        }
    }
}

fn log2(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("log2", args.len(), 1, 1)?;
    log_of(vm, args[0], f64::log2).map(Value::Float)
}

fn log10(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("log10", args.len(), 1, 1)?;
    log_of(vm, args[0], f64::log10).map(Value::Float)
}

/// A two-argument float function.
fn binary(vm: &mut Vm, name: &str, args: Args) -> Res<(f64, f64)> {
    check_args(name, args.len(), 2, 2)?;
    Ok((to_f64(vm, args[0])?, to_f64(vm, args[1])?))
}

fn pow(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    let (x, y) = binary(vm, "pow", args)?;
    if x == 0.0 && y < 0.0 {
        return Err(domain_error());
    }
    if x < 0.0 && x.is_finite() && y.is_finite() && y.fract() != 0.0 {
        return Err(domain_error());
    }
    checked(x.powf(y), &[x, y])
}

fn atan2(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    let (y, x) = binary(vm, "atan2", args)?;
    Ok(Value::Float(y.atan2(x)))
}

fn copysign(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    let (x, y) = binary(vm, "copysign", args)?;
    Ok(Value::Float(x.copysign(y)))
}

fn fmod(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    let (x, y) = binary(vm, "fmod", args)?;
    if y == 0.0 || x.is_infinite() {
        return Err(domain_error());
    }
    Ok(Value::Float(x % y))
}

fn hypot(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    let mut coords = Vec::with_capacity(args.len());
    for a in args {
        coords.push(to_f64(vm, *a)?.abs());
    }
    if coords.iter().any(|c| c.is_infinite()) {
        return Ok(Value::Float(f64::INFINITY));
    }
    let max = coords.iter().cloned().fold(0.0, f64::max);
    if max == 0.0 || max.is_nan() {
        return Ok(Value::Float(max));
    }
    let sum: f64 = coords.iter().map(|c| (c / max) * (c / max)).sum();
    Ok(Value::Float(max * sum.sqrt()))
}

fn dist(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("dist", args.len(), 2, 2)?;
    let p = ops::to_vec(vm, args[0])?;
    let q = ops::to_vec(vm, args[1])?;
    if p.len() != q.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(p.len());
    for (a, b) in p.into_iter().zip(q) {
        diffs.push(Value::Float(to_f64(vm, a)? - to_f64(vm, b)?));
    }
    hypot(vm, &diffs, &[])
}

/// `floor`/`ceil`/`trunc`: ints unchanged, floats rounded to an int, else the dunder.
fn to_integral(vm: &mut Vm, name: &str, args: Args, dunder: &str, f: fn(f64) -> f64) -> Res<Value> {
    check_args(name, args.len(), 1, 1)?;
    let v = args[0];
    if let Some(n) = to_bigint(vm, v) {
        return Ok(vm.new_int(n));
    }
    if let Value::Float(x) = v {
        return float_to_int(vm, f(x));
    }
    if let Some(r) = ops::call_dunder(vm, v, dunder, &[])? {
        return Ok(r);
    }
    if name == "trunc" {
        return Err(type_error(format!(
            "type {} doesn't define __trunc__ method",
            vm.type_name(v)
        )));
    }
    let x = to_f64(vm, v)?;
    float_to_int(vm, f(x))
}

fn floor(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    to_integral(vm, "floor", args, "__floor__", f64::floor)
}

fn ceil(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    to_integral(vm, "ceil", args, "__ceil__", f64::ceil)
}

fn trunc(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    to_integral(vm, "trunc", args, "__trunc__", f64::trunc)
}

fn modf(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("modf", args.len(), 1, 1)?;
    let x = to_f64(vm, args[0])?;
    let (int, frac) = if x.is_infinite() {
        (x, 0.0f64.copysign(x))
    } else {
        (x.trunc(), x.fract())
    };
    Ok(vm.new_tuple(vec![Value::Float(frac), Value::Float(int)]))
}

fn frexp(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("frexp", args.len(), 1, 1)?;
    let x = to_f64(vm, args[0])?;
    if x == 0.0 || !x.is_finite() {
        return Ok(vm.new_tuple(vec![Value::Float(x), Value::Int(0)]));
    }
    let mut e = x.abs().log2().floor() as i32 + 1;
    let mut m = x / 2f64.powi(e);
    if m.abs() >= 1.0 {
        m /= 2.0;
        e += 1;
    } else if m.abs() < 0.5 {
        m *= 2.0;
        e -= 1;
    }
    Ok(vm.new_tuple(vec![Value::Float(m), Value::Int(e as i64)]))
}

fn ldexp(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("ldexp", args.len(), 2, 2)?;
    let x = to_f64(vm, args[0])?;
    let i = ops::int_arg(vm, args[1])?.clamp(-10_000, 10_000) as i32;
    let mut r = x;
    let mut e = i;
    while e != 0 {
        let step = e.clamp(-1000, 1000);
        r *= 2f64.powi(step);
        e -= step;
    }
    checked(r, &[x])
}

/// An integer argument of the exact functions.
fn int_of(vm: &mut Vm, v: Value) -> Res<BigInt> {
    match to_bigint(vm, v) {
        Some(n) => Ok(n),
        None => ops::int_arg(vm, v).map(BigInt::from),
    }
}

fn gcd(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    let mut g = BigInt::zero();
    for a in args {
        g = g.gcd(&int_of(vm, *a)?);
    }
    Ok(vm.new_int(g))
}

fn lcm(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    let mut l = BigInt::one();
    for a in args {
        let n = int_of(vm, *a)?;
        if n.is_zero() {
            l = BigInt::zero();
        } else if !l.is_zero() {
            l = l.lcm(&n);
        }
    }
    Ok(vm.new_int(l.abs()))
}

fn factorial(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("factorial", args.len(), 1, 1)?;
    // Python 3.7 (the reference) accepts integral floats.
    let n = match args[0] {
        Value::Float(f) if f.fract() != 0.0 || !f.is_finite() => {
            return Err(value_error("factorial() only accepts integral values"))
        }
        Value::Float(f) => float_to_int(vm, f).and_then(|v| int_of(vm, v))?,
        v => int_of(vm, v)?,
    };
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let n = n.to_u64().ok_or_else(|| {
        Exc::pending(
            ExcKind::OverflowError,
            "factorial() argument should not exceed 9223372036854775807",
        )
    })?;
    let mut r = BigInt::one();
    for k in 2..=n {
        r *= k;
    }
    Ok(vm.new_int(r))
}

fn isqrt(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("isqrt", args.len(), 1, 1)?;
    let n = int_of(vm, args[0])?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(vm.new_int(n.sqrt()))
}

/// `n * (n-1) * ... * (n-k+1)`.
fn falling(n: &BigInt, k: u64) -> BigInt {
    let mut r = BigInt::one();
    for i in 0..k {
        r *= n - i;
    }
    r
}

/// The `n`, `k` arguments of `comb`/`perm`, both non-negative.
fn n_k(vm: &mut Vm, n: Value, k: Value) -> Res<(BigInt, BigInt)> {
    let n = int_of(vm, n)?;
    let k = int_of(vm, k)?;
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    Ok((n, k))
}

fn comb(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("comb", args.len(), 2, 2)?;
    let (n, k) = n_k(vm, args[0], args[1])?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.clone().min(&n - &k);
    let k = k.to_u64().ok_or_else(|| {
        Exc::pending(
            ExcKind::OverflowError,
            "min(n - k, k) must not exceed 9223372036854775807",
        )
    })?;
    let mut r = BigInt::one();
    for i in 0..k {
        r = r * (&n - i) / (i + 1);
    }
    Ok(vm.new_int(r))
}

fn perm(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("perm", args.len(), 1, 2)?;
    let k = args
        .get(1)
        .copied()
        .filter(|k| !k.is_none())
        .unwrap_or(args[0]);
    let (n, k) = n_k(vm, args[0], k)?;
    if k > n {
        return Ok(Value::Int(0));
    }
    let k = k.to_u64().ok_or_else(|| {
        Exc::pending(
            ExcKind::OverflowError,
            "k must not exceed 9223372036854775807",
        )
    })?;
    Ok(vm.new_int(falling(&n, k)))
}

fn isclose(vm: &mut Vm, args: Args, kwargs: Kw) -> Res<Value> {
    let [a, b, rel, abs] = bind(
        vm,
        "isclose",
        args,
        kwargs,
        ["a", "b", "rel_tol", "abs_tol"],
        2,
        2,
    )?;
    let a = to_f64(vm, a.unwrap_or(Value::None))?;
    let b = to_f64(vm, b.unwrap_or(Value::None))?;
    let rel = match rel {
        Some(r) => to_f64(vm, r)?,
        None => 1e-9,
    };
    let abs = match abs {
        Some(r) => to_f64(vm, r)?,
        None => 0.0,
    };
    if rel < 0.0 || abs < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if a == b {
        return Ok(Value::Bool(true));
    }
    if a.is_infinite() || b.is_infinite() {
        return Ok(Value::Bool(false));
    }
    let diff = (b - a).abs();
    Ok(Value::Bool(
        diff <= (rel * b).abs() || diff <= (rel * a).abs() || diff <= abs,
    ))
}

/// A float predicate.
fn predicate(vm: &mut Vm, name: &str, args: Args, f: fn(f64) -> bool) -> Res<Value> {
    check_args(name, args.len(), 1, 1)?;
    Ok(Value::Bool(f(to_f64(vm, args[0])?)))
}

fn isfinite(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    predicate(vm, "isfinite", args, f64::is_finite)
}

fn isinf(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    predicate(vm, "isinf", args, f64::is_infinite)
}

fn isnan(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    predicate(vm, "isnan", args, f64::is_nan)
}

/// `fsum`: exactly rounded sum (Shewchuk's partials, as CPython).
fn fsum(vm: &mut Vm, args: Args, _: Kw) -> Res<Value> {
    check_args("fsum", args.len(), 1, 1)?;
    let items = ops::to_vec(vm, args[0])?;
    let roots = Roots::new(vm);
    roots.push_all(vm, &items);
    let floats: Res<Vec<f64>> = items.iter().map(|v| to_f64(vm, *v)).collect();
    roots.release(vm);
    let mut partials: Vec<f64> = Vec::new();
    let mut special = 0.0;
    for mut x in floats? {
        if !x.is_finite() {
            special += x;
            continue;
        }
        let mut kept = Vec::with_capacity(partials.len() + 1);
        for mut y in partials {
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let lo = y - (hi - x);
            if lo != 0.0 {
                kept.push(lo);
            }
            x = hi;
        }
        kept.push(x);
        partials = kept;
    }
    if special != 0.0 || special.is_nan() {
        return Ok(Value::Float(special));
    }
    let total = partials.iter().rev().fold(0.0, |acc, p| acc + p);
    if total.is_infinite() {
        return Err(Exc::pending(
            ExcKind::OverflowError,
            "intermediate overflow in fsum",
        ));
    }
    Ok(Value::Float(total))
}

fn prod(vm: &mut Vm, args: Args, kwargs: Kw) -> Res<Value> {
    let [it, start] = bind(vm, "prod", args, kwargs, ["iterable", "start"], 1, 1)?;
    let items = ops::to_vec(vm, it.unwrap_or(Value::None))?;
    let mut acc = start.unwrap_or(Value::Int(1));
    let roots = Roots::new(vm);
    roots.push_all(vm, &items);
    let res = (|| {
        for v in items {
            acc = ops::binary(vm, BinOp::Mul, acc, v)?;
            roots.push(vm, acc);
        }
        Ok(acc)
    })();
    roots.release(vm);
    res
}

const FUNCTIONS: &[Method] = &[
    ("sqrt", sqrt, false),
    ("exp", exp, false),
    ("exp2", exp2, false),
    ("expm1", expm1, false),
    ("cbrt", cbrt, false),
    ("log", log, false),
    ("log2", log2, false),
    ("log10", log10, false),
    ("log1p", log1p, false),
    ("sin", sin, false),
    ("cos", cos, false),
    ("tan", tan, false),
    ("asin", asin, false),
    ("acos", acos, false),
    ("atan", atan, false),
    ("atan2", atan2, false),
    ("sinh", sinh, false),
    ("cosh", cosh, false),
    ("tanh", tanh, false),
    ("asinh", asinh, false),
    ("acosh", acosh, false),
    ("atanh", atanh, false),
    ("fabs", fabs, false),
    ("degrees", degrees, false),
    ("radians", radians, false),
    ("pow", pow, false),
    ("copysign", copysign, false),
    ("fmod", fmod, false),
    ("hypot", hypot, false),
    ("dist", dist, false),
    ("floor", floor, false),
    ("ceil", ceil, false),
    ("trunc", trunc, false),
    ("modf", modf, false),
    ("frexp", frexp, false),
    ("ldexp", ldexp, false),
    ("gcd", gcd, false),
    ("lcm", lcm, false),
    ("factorial", factorial, false),
    ("isqrt", isqrt, false),
    ("comb", comb, false),
    ("perm", perm, false),
    ("isclose", isclose, true),
    ("isfinite", isfinite, false),
    ("isinf", isinf, false),
    ("isnan", isnan, false),
    ("fsum", fsum, false),
    ("prod", prod, true),
];

pub(crate) fn install(vm: &mut Vm) {
    let d = new_module(vm, "math");
    add_functions(vm, d, FUNCTIONS);
    for (name, v) in [
        ("pi", std::f64::consts::PI),
        ("e", std::f64::consts::E),
        ("tau", std::f64::consts::TAU),
        ("inf", f64::INFINITY),
        ("nan", f64::NAN),
    ] {
        vm.dict_set_str(d, name, Value::Float(v));
    }
}
