//! Scope analysis: decides for every name in every scope whether it is a local slot, a cell, a free variable, a global or a class-namespace name.
//!
//! Two passes, as CPython's symtable: `Collector` records per scope what is
//! bound, declared and used; `resolve` then works top-down with the names
//! the enclosing function scopes bind, so that free variables and the cells
//! that provide them are known before code generation starts. Scopes are
//! keyed by the address of their AST node, which stays put while the
//! borrowed tree is compiled.

use std::collections::{HashMap, HashSet};

use crate::syntax::ast::*;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
}

/// How a name is reached from one scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum NameKind {
    /// A local slot (index into `varnames`).
    Local(u32),
    /// A cell or free-variable slot (absolute slot index).
    Deref(u32),
    /// Module globals, then builtins.
    Global,
    /// A class namespace, then globals, then builtins.
    Name,
}

#[derive(Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    pub is_generator: bool,
    /// Local slot names: parameters first, in order.
    pub varnames: Vec<String>,
    pub cellvars: Vec<String>,
    pub freevars: Vec<String>,
    /// For each cell, the parameter slot it starts from.
    pub cell_params: Vec<Option<u32>>,
    names: HashMap<String, NameKind>,
}

impl Scope {
    pub fn lookup(&self, name: &str) -> NameKind {
        if let Some(k) = self.names.get(name) {
            return *k;
        }
        match self.kind {
            ScopeKind::Class => NameKind::Name,
            _ => NameKind::Global,
        }
    }
}

/// The scopes of a module, keyed by AST node address.
pub struct Scopes {
    map: HashMap<usize, Scope>,
}

impl Scopes {
    /// The scope of the AST node at this address.
    pub fn get_by_key(&self, key: usize) -> &Scope {
        &self.map[&key]
    }
}

#[derive(Default)]
struct Raw {
    kind: Option<ScopeKind>,
    params: Vec<String>,
    bound: Vec<String>,
    bound_set: HashSet<String>,
    globals: HashSet<String>,
    nonlocals: HashSet<String>,
    used: HashSet<String>,
    children: Vec<usize>,
    is_generator: bool,
    /// A function defined in a class body that uses `super` or `__class__`.
    wants_class_cell: bool,
}

impl Raw {
    fn bind(&mut self, name: &str) {
        if self.bound_set.insert(name.to_string()) {
            self.bound.push(name.to_string());
        }
    }
}

pub struct ScopeError {
    pub message: String,
    pub span: Span,
}

struct Collector {
    raws: HashMap<usize, Raw>,
    stack: Vec<usize>,
    errors: Vec<ScopeError>,
}

impl Collector {
    fn cur(&mut self) -> &mut Raw {
        let k = *self.stack.last().expect("scope stack");
        self.raws.get_mut(&k).expect("scope")
    }

    fn push(&mut self, key: usize, kind: ScopeKind) {
        if let Some(&parent) = self.stack.last() {
            self.raws
                .get_mut(&parent)
                .expect("scope")
                .children
                .push(key);
        }
        self.raws.insert(
            key,
            Raw {
                kind: Some(kind),
                ..Raw::default()
            },
        );
        self.stack.push(key);
    }

    fn pop(&mut self) {
        self.stack.pop();
    }

    fn params(&mut self, p: &Params) {
        // Defaults and annotations belong to the enclosing scope and were visited already.
        let raw = self.cur();
        for a in &p.args {
            raw.params.push(a.name.clone());
        }
        for a in &p.kwonly {
            raw.params.push(a.name.clone());
        }
        if let Some(v) = &p.vararg {
            if !v.name.is_empty() {
                raw.params.push(v.name.clone());
            }
        }
        if let Some(k) = &p.kwarg {
            raw.params.push(k.name.clone());
        }
        let names = raw.params.clone();
        for n in names {
            raw.bind(&n);
        }
    }

    fn param_defaults(&mut self, p: &Params) {
        for a in p.args.iter().chain(p.kwonly.iter()) {
            if let Some(d) = &a.default {
                self.expr(d);
            }
            if let Some(an) = &a.annotation {
                self.expr(an);
            }
        }
        for a in p.vararg.iter().chain(p.kwarg.iter()) {
            if let Some(an) = &a.annotation {
                self.expr(an);
            }
        }
    }

    fn stmts(&mut self, body: &[Stmt]) {
        for s in body {
            self.stmt(s);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::Expr(e) => self.expr(e),
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(value);
                self.expr(target);
                self.target(target);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                self.expr(annotation);
                if let Some(v) = value {
                    self.expr(v);
                    self.target(target);
                } else if !matches!(target.kind, ExprKind::Name(_)) {
                    self.expr(target);
                }
            }
            StmtKind::If { test, body, orelse } | StmtKind::While { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter);
                self.target(target);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::Break | StmtKind::Continue | StmtKind::Pass => {}
            StmtKind::Return(v) => {
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d);
                }
                self.param_defaults(&f.params);
                if let Some(r) = &f.returns {
                    self.expr(r);
                }
                self.cur().bind(&f.name);
                self.push(&**f as *const FunctionDef as usize, ScopeKind::Function);
                self.params(&f.params);
                self.stmts(&f.body);
                self.pop();
            }
            StmtKind::ClassDef(c) => {
                for d in &c.decorators {
                    self.expr(d);
                }
                for a in &c.args {
                    self.arg(a);
                }
                self.cur().bind(&c.name);
                self.push(&**c as *const ClassDef as usize, ScopeKind::Class);
                self.stmts(&c.body);
                self.pop();
            }
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                self.stmts(body);
                for h in handlers {
                    if let Some(t) = &h.typ {
                        self.expr(t);
                    }
                    if let Some(n) = &h.name {
                        self.cur().bind(n);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(orelse);
                self.stmts(finalbody);
            }
            StmtKind::Raise { exc, cause } => {
                for e in exc.iter().chain(cause.iter()) {
                    self.expr(e);
                }
            }
            StmtKind::With { items, body } => {
                for it in items {
                    self.expr(&it.context);
                    if let Some(t) = &it.target {
                        self.target(t);
                    }
                }
                self.stmts(body);
            }
            StmtKind::Global(names) => {
                for n in names {
                    self.cur().globals.insert(n.clone());
                }
            }
            StmtKind::Nonlocal(names) => {
                if self.cur().kind == Some(ScopeKind::Module) {
                    self.errors.push(ScopeError {
                        message: "nonlocal declaration not allowed at module level".into(),
                        span: s.span,
                    });
                }
                for n in names {
                    self.cur().nonlocals.insert(n.clone());
                }
            }
            StmtKind::Import(aliases) => {
                for a in aliases {
                    let name = match &a.asname {
                        Some(n) => n.clone(),
                        None => a.name.split('.').next().unwrap_or("").to_string(),
                    };
                    self.cur().bind(&name);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for a in names {
                    let n = a.asname.clone().unwrap_or_else(|| a.name.clone());
                    self.cur().bind(&n);
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    self.target(t);
                }
            }
            StmtKind::Print { values, .. } => {
                for v in values {
                    self.expr(v);
                }
            }
        }
    }

    /// An assignment target: binds names, evaluates the rest.
    fn target(&mut self, t: &Expr) {
        match &t.kind {
            ExprKind::Name(n) => self.cur().bind(n),
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.target(i);
                }
            }
            ExprKind::Starred(inner) => self.target(inner),
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
            }
            _ => self.expr(t),
        }
    }

    fn arg(&mut self, a: &Arg) {
        match a {
            Arg::Positional(e) | Arg::Star(e) | Arg::DoubleStar(e) | Arg::Keyword(_, e, _) => {
                self.expr(e)
            }
        }
    }

    fn comprehension(&mut self, node: usize, gens: &[Comprehension], elts: &[&Expr], gen: bool) {
        // The first iterable is evaluated in the enclosing scope.
        self.expr(&gens[0].iter);
        self.push(node, ScopeKind::Function);
        {
            let raw = self.cur();
            raw.params.push(".0".into());
            raw.bind(".0");
            raw.is_generator = gen;
        }
        for (i, g) in gens.iter().enumerate() {
            if i > 0 {
                self.expr(&g.iter);
            }
            self.target(&g.target);
            for c in &g.ifs {
                self.expr(c);
            }
        }
        for e in elts {
            self.expr(e);
        }
        self.pop();
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Name(n) => {
                if n == "super" || n == "__class__" {
                    self.cur().wants_class_cell = true;
                }
                self.cur().used.insert(n.clone());
            }
            ExprKind::Int(_)
            | ExprKind::Float(_)
            | ExprKind::Str(_)
            | ExprKind::Bytes(_)
            | ExprKind::True
            | ExprKind::False
            | ExprKind::None
            | ExprKind::Ellipsis => {}
            ExprKind::FString(parts) => self.fstring(parts),
            ExprKind::Tuple(items) | ExprKind::List(items) | ExprKind::Set(items) => {
                for i in items {
                    self.expr(i);
                }
            }
            ExprKind::Dict(pairs) => {
                for (k, v) in pairs {
                    if let Some(k) = k {
                        self.expr(k);
                    }
                    self.expr(v);
                }
            }
            ExprKind::Starred(inner) => self.expr(inner),
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, index } => {
                self.expr(value);
                self.expr(index);
            }
            ExprKind::Slice { lower, upper, step } => {
                for p in [lower, upper, step].into_iter().flatten() {
                    self.expr(p);
                }
            }
            ExprKind::Call { func, args } => {
                self.expr(func);
                for a in args {
                    self.arg(a);
                }
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.expr(v);
                }
            }
            ExprKind::Compare { left, ops } => {
                self.expr(left);
                for (_, r) in ops {
                    self.expr(r);
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Lambda { params, body } => {
                self.param_defaults(params);
                self.push(e as *const Expr as usize, ScopeKind::Function);
                self.params(params);
                self.expr(body);
                self.pop();
            }
            ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } => {
                self.comprehension(e as *const Expr as usize, generators, &[elt], false)
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e as *const Expr as usize, generators, &[elt], true)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e as *const Expr as usize, generators, &[key, value], false),
            ExprKind::Yield(v) => {
                self.mark_yield(e.span);
                if let Some(v) = v {
                    self.expr(v);
                }
            }
            ExprKind::YieldFrom(v) => {
                self.mark_yield(e.span);
                self.expr(v);
            }
        }
    }

    fn mark_yield(&mut self, span: Span) {
        match self.cur().kind {
            Some(ScopeKind::Function) => self.cur().is_generator = true,
            _ => self.errors.push(ScopeError {
                message: "'yield' outside function".into(),
                span,
            }),
        }
    }

    fn fstring(&mut self, parts: &[FStringPart]) {
        for p in parts {
            if let FStringPart::Field { expr, spec, .. } = p {
                self.expr(expr);
                if let Some(s) = spec {
                    self.fstring(s);
                }
            }
        }
    }
}

/// Analyzes a module; `key` is the module node's address.
pub fn analyze(module: &Module) -> Result<Scopes, Vec<ScopeError>> {
    let mut c = Collector {
        raws: HashMap::new(),
        stack: Vec::new(),
        errors: Vec::new(),
    };
    let key = module as *const Module as usize;
    c.push(key, ScopeKind::Module);
    c.stmts(&module.body);
    c.pop();
    if !c.errors.is_empty() {
        return Err(c.errors);
    }
    let mut scopes = Scopes {
        map: HashMap::new(),
    };
    let mut errors = Vec::new();
    needs(&c.raws, key, &mut HashMap::new());
    let mut memo = HashMap::new();
    resolve(
        &c.raws,
        key,
        &HashSet::new(),
        &mut memo,
        &mut scopes,
        &mut errors,
    );
    if errors.is_empty() {
        Ok(scopes)
    } else {
        Err(errors)
    }
}

fn locals_of(raw: &Raw) -> Vec<String> {
    let mut v: Vec<String> = raw.params.clone();
    for b in &raw.bound {
        if !raw.globals.contains(b) && !raw.nonlocals.contains(b) && !v.contains(b) {
            v.push(b.clone());
        }
    }
    v
}

/// Names a scope (with its descendants) takes from outside itself.
fn needs(
    raws: &HashMap<usize, Raw>,
    key: usize,
    memo: &mut HashMap<usize, HashSet<String>>,
) -> HashSet<String> {
    if let Some(n) = memo.get(&key) {
        return n.clone();
    }
    let raw = &raws[&key];
    let kind = raw.kind.expect("kind");
    let locals: HashSet<String> = locals_of(raw).into_iter().collect();
    let mut out = HashSet::new();
    let child_needs: Vec<HashSet<String>> =
        raw.children.iter().map(|c| needs(raws, *c, memo)).collect();
    match kind {
        ScopeKind::Module => {}
        ScopeKind::Function => {
            for u in &raw.used {
                if !locals.contains(u) && !raw.globals.contains(u) {
                    out.insert(u.clone());
                }
            }
            out.extend(raw.nonlocals.iter().cloned());
            for cn in &child_needs {
                for n in cn {
                    if !locals.contains(n) && !raw.globals.contains(n) {
                        out.insert(n.clone());
                    }
                }
            }
            if raw.wants_class_cell {
                out.insert("__class__".into());
            }
        }
        ScopeKind::Class => {
            for u in &raw.used {
                if !locals.contains(u) && !raw.globals.contains(u) {
                    out.insert(u.clone());
                }
            }
            for cn in &child_needs {
                for n in cn {
                    // The class provides `__class__` to its methods.
                    if n != "__class__" && !raw.globals.contains(n) {
                        out.insert(n.clone());
                    }
                }
            }
        }
    }
    memo.insert(key, out.clone());
    out
}

fn resolve(
    raws: &HashMap<usize, Raw>,
    key: usize,
    enclosing: &HashSet<String>,
    memo: &mut HashMap<usize, HashSet<String>>,
    scopes: &mut Scopes,
    errors: &mut Vec<ScopeError>,
) {
    let raw = &raws[&key];
    let kind = raw.kind.expect("kind");
    let mut scope = Scope {
        kind,
        is_generator: raw.is_generator,
        varnames: Vec::new(),
        cellvars: Vec::new(),
        freevars: Vec::new(),
        cell_params: Vec::new(),
        names: HashMap::new(),
    };
    let child_needs: HashSet<String> = raw
        .children
        .iter()
        .flat_map(|c| needs(raws, *c, memo))
        .collect();
    let my_needs = needs(raws, key, memo);
    let mut child_enclosing = enclosing.clone();
    match kind {
        ScopeKind::Module => {
            child_enclosing.clear();
        }
        ScopeKind::Function => {
            let locals = locals_of(raw);
            for n in &raw.nonlocals {
                if !enclosing.contains(n) {
                    errors.push(ScopeError {
                        message: format!("no binding for nonlocal '{n}' found"),
                        span: Span::default(),
                    });
                }
            }
            for (i, n) in locals.iter().enumerate() {
                if child_needs.contains(n) {
                    let param = raw.params.iter().position(|p| p == n).map(|p| p as u32);
                    scope.cellvars.push(n.clone());
                    scope.cell_params.push(param);
                } else {
                    scope.names.insert(n.clone(), NameKind::Local(i as u32));
                }
            }
            scope.varnames = locals.clone();
            let mut free: Vec<String> = my_needs
                .iter()
                .filter(|n| enclosing.contains(*n))
                .cloned()
                .collect();
            free.sort();
            scope.freevars = free;
            for g in &raw.globals {
                scope.names.insert(g.clone(), NameKind::Global);
            }
            child_enclosing.extend(locals);
        }
        ScopeKind::Class => {
            let mut free: Vec<String> = my_needs
                .iter()
                .filter(|n| enclosing.contains(*n) && !raw.bound_set.contains(*n))
                .cloned()
                .collect();
            free.sort();
            scope.freevars = free;
            for g in &raw.globals {
                scope.names.insert(g.clone(), NameKind::Global);
            }
            if child_needs.contains("__class__") {
                scope.cellvars.push("__class__".into());
                scope.cell_params.push(None);
                child_enclosing.insert("__class__".into());
            }
        }
    }
    let nloc = scope.varnames.len() as u32;
    for (i, n) in scope.cellvars.iter().enumerate() {
        scope
            .names
            .insert(n.clone(), NameKind::Deref(nloc + i as u32));
    }
    let ncell = scope.cellvars.len() as u32;
    for (i, n) in scope.freevars.iter().enumerate() {
        scope
            .names
            .insert(n.clone(), NameKind::Deref(nloc + ncell + i as u32));
    }
    scopes.map.insert(key, scope);
    for c in &raw.children {
        resolve(raws, *c, &child_enclosing, memo, scopes, errors);
    }
}
