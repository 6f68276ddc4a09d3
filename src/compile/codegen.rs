//! Code generation: walks the AST with the resolved scopes and emits `Code` objects.
//!
//! Control flow that leaves a `try`/`with`/`except`/`for` early (`return`,
//! `break`, `continue`) is unwound by the compiler: it emits the `PopBlock`,
//! the inlined `finally` body, the `__exit__` call or the iterator pop for
//! every block it crosses (the "fblock" stack, as in CPython's compiler), so
//! the VM needs no pending-return state in its frames.

use std::rc::Rc;

use crate::compile::code::{AttrSite, Code, CodeKind};
use crate::compile::opcode::Op;
use crate::compile::scope::{analyze, NameKind, Scope, ScopeKind, Scopes};
use crate::compile::CompileError;
use crate::objects::Obj;
use crate::syntax::ast::*;
use crate::vm::value::Value;
use crate::vm::Vm;

/// A block the compiler is inside of, for unwinding on `return`/`break`/`continue`.
#[derive(Clone)]
enum FBlock<'a> {
    /// A loop: `continue` jumps to `head`; `break` jumps are patched later.
    Loop {
        head: u32,
        breaks: usize,
        is_for: bool,
    },
    /// The body of `try/except`.
    ExceptTry,
    /// The body of `try/finally`, with the finally body to inline.
    FinallyTry(&'a [Stmt]),
    /// Inside an `except` clause (the exception value already popped).
    HandlerBody,
    /// Inside the exceptional copy of a `finally` body (exception on the stack).
    FinallyHandler,
    /// The body of a `with` (the `__exit__` is on the stack).
    With,
}

struct Unit<'a> {
    scope: &'a Scope,
    kind: CodeKind,
    name: String,
    qualname: String,
    first_line: u32,
    ops: Vec<Op>,
    lines: Vec<u32>,
    consts: Vec<Value>,
    names: Vec<Value>,
    /// The name index of each attribute site (see `Code::attr_sites`).
    attr_sites: Vec<u32>,
    fblocks: Vec<FBlock<'a>>,
    /// Pending `break` jump sites, per loop (indexed by `FBlock::Loop::breaks`).
    break_lists: Vec<Vec<usize>>,
    line: u32,
}

pub struct Compiler<'a, 'vm> {
    vm: &'vm mut Vm,
    scopes: &'a Scopes,
    filename: Rc<str>,
    line_starts: Vec<usize>,
    units: Vec<Unit<'a>>,
    /// Echo expression statements at module level (the REPL).
    interactive: bool,
}

type CResult<T> = Result<T, CompileError>;

fn err<T>(message: impl Into<String>, span: Span) -> CResult<T> {
    Err(CompileError {
        message: message.into(),
        span,
    })
}

/// Compiles a parsed module into its code object.
pub fn compile_module(
    vm: &mut Vm,
    module: &Module,
    filename: &str,
    source: &str,
    interactive: bool,
) -> Result<Rc<Code>, Vec<CompileError>> {
    let scopes = analyze(module).map_err(|es| {
        es.into_iter()
            .map(|e| CompileError {
                message: e.message,
                span: e.span,
            })
            .collect::<Vec<_>>()
    })?;
    let mut line_starts = vec![0];
    line_starts.extend(source.match_indices('\n').map(|(i, _)| i + 1));
    let mut c = Compiler {
        vm,
        scopes: &scopes,
        filename: filename.into(),
        line_starts,
        units: Vec::new(),
        interactive,
    };
    c.push_unit(
        module as *const Module as usize,
        CodeKind::Module,
        "<module>",
        "<module>",
        1,
    );
    let result = (|| {
        c.stmts(&module.body)?;
        c.emit(Op::LoadNone);
        c.emit(Op::Return);
        Ok(())
    })();
    match result {
        Ok(()) => Ok(c.pop_unit()),
        Err(e) => Err(vec![e]),
    }
}

impl<'a, 'vm> Compiler<'a, 'vm> {
    fn line_of(&self, pos: usize) -> u32 {
        match self.line_starts.binary_search(&pos) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    fn push_unit(&mut self, key: usize, kind: CodeKind, name: &str, qualname: &str, line: u32) {
        let scope = self.scopes.get_by_key(key);
        self.units.push(Unit {
            scope,
            kind,
            name: name.to_string(),
            qualname: qualname.to_string(),
            first_line: line,
            ops: Vec::new(),
            lines: Vec::new(),
            consts: Vec::new(),
            names: Vec::new(),
            attr_sites: Vec::new(),
            fblocks: Vec::new(),
            break_lists: Vec::new(),
            line,
        });
    }

    fn pop_unit(&mut self) -> Rc<Code> {
        let u = self.units.pop().expect("unit");
        let global_cache = (0..u.names.len()).map(|_| Default::default()).collect();
        let attr_sites = u.attr_sites.iter().map(|&n| AttrSite::new(n)).collect();
        Rc::new(Code {
            kind: u.kind,
            name: u.name,
            qualname: u.qualname,
            filename: self.filename.clone(),
            first_line: u.first_line,
            ops: u.ops,
            lines: u.lines,
            consts: u.consts,
            names: u.names,
            argcount: 0,
            kwonlycount: 0,
            has_varargs: false,
            has_varkw: false,
            varnames: u.scope.varnames.clone(),
            cellvars: u.scope.cellvars.clone(),
            cell_params: u.scope.cell_params.clone(),
            freevars: u.scope.freevars.clone(),
            global_cache,
            doc: None,
            attr_sites,
        })
    }

    fn unit(&mut self) -> &mut Unit<'a> {
        self.units.last_mut().expect("unit")
    }

    fn here(&mut self) -> u32 {
        self.unit().ops.len() as u32
    }

    fn emit(&mut self, op: Op) -> usize {
        let u = self.unit();
        u.ops.push(op);
        u.lines.push(u.line);
        u.ops.len() - 1
    }

    fn patch(&mut self, at: usize) {
        let t = self.here();
        let u = self.unit();
        u.ops[at] = u.ops[at].with_target(t);
    }

    fn set_line(&mut self, span: Span) {
        let l = self.line_of(span.start);
        self.unit().line = l;
    }

    fn add_const(&mut self, v: Value) -> u32 {
        let u = self.unit();
        u.consts.push(v);
        (u.consts.len() - 1) as u32
    }

    fn name_index(&mut self, name: &str) -> u32 {
        let r = Value::Obj(self.vm.intern(name));
        let u = self.unit();
        if let Some(i) = u.names.iter().position(|v| v.is(r)) {
            return i as u32;
        }
        u.names.push(r);
        (u.names.len() - 1) as u32
    }

    /// A new attribute site (the operand of `LoadAttr`, `StoreAttr` and
    /// `LoadMethod`) for `name`.
    fn attr_site(&mut self, name: &str) -> u32 {
        let ni = self.name_index(name);
        let u = self.unit();
        u.attr_sites.push(ni);
        (u.attr_sites.len() - 1) as u32
    }

    fn load_str(&mut self, s: &str) {
        let v = Value::Obj(self.vm.intern(s));
        let i = self.add_const(v);
        self.emit(Op::LoadConst(i));
    }

    // ----- names -----

    fn scope(&self) -> &'a Scope {
        self.units.last().expect("unit").scope
    }

    fn load_name(&mut self, name: &str) {
        let op = match self.scope().lookup(name) {
            NameKind::Local(i) => Op::LoadFast(i),
            NameKind::Deref(i) => Op::LoadDeref(i),
            NameKind::Global => Op::LoadGlobal(self.name_index(name)),
            NameKind::Name => Op::LoadName(self.name_index(name)),
        };
        self.emit(op);
    }

    fn store_name(&mut self, name: &str) {
        let op = match self.scope().lookup(name) {
            NameKind::Local(i) => Op::StoreFast(i),
            NameKind::Deref(i) => Op::StoreDeref(i),
            NameKind::Global => Op::StoreGlobal(self.name_index(name)),
            NameKind::Name => Op::StoreName(self.name_index(name)),
        };
        self.emit(op);
    }

    fn delete_name(&mut self, name: &str) {
        let op = match self.scope().lookup(name) {
            NameKind::Local(i) => Op::DeleteFast(i),
            NameKind::Deref(i) => Op::DeleteDeref(i),
            NameKind::Global => Op::DeleteGlobal(self.name_index(name)),
            NameKind::Name => Op::DeleteName(self.name_index(name)),
        };
        self.emit(op);
    }

    // ----- statements -----

    fn stmts(&mut self, body: &'a [Stmt]) -> CResult<()> {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.set_line(s.span);
        match &s.kind {
            StmtKind::Expr(e) => {
                self.expr(e)?;
                if self.interactive && self.units.len() == 1 {
                    self.emit(Op::PrintExpr);
                } else {
                    self.emit(Op::Pop);
                }
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Op::Dup);
                    }
                    self.store_target(t)?;
                }
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value)?,
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
            } => {
                if let Some(v) = value {
                    self.expr(v)?;
                    self.store_target(target)?;
                }
                if self.scope().kind != ScopeKind::Function {
                    self.expr(annotation)?;
                    self.emit(Op::Pop);
                }
            }
            StmtKind::If { test, body, orelse } => {
                self.expr(test)?;
                let jf = self.emit(Op::PopJumpIfFalse(0));
                self.stmts(body)?;
                if orelse.is_empty() {
                    self.patch(jf);
                } else {
                    let j = self.emit(Op::Jump(0));
                    self.patch(jf);
                    self.stmts(orelse)?;
                    self.patch(j);
                }
            }
            StmtKind::While { test, body, orelse } => {
                let head = self.here();
                self.expr(test)?;
                let jf = self.emit(Op::PopJumpIfFalse(0));
                let breaks = self.push_loop(head, false);
                self.stmts(body)?;
                self.emit(Op::Jump(head));
                let sites = self.pop_loop(breaks);
                self.patch(jf);
                self.stmts(orelse)?;
                for site in sites {
                    self.patch(site);
                }
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
            } => {
                self.expr(iter)?;
                self.emit(Op::GetIter);
                let head = self.here();
                let fi = self.emit(Op::ForIter(0));
                let breaks = self.push_loop(head, true);
                self.store_target(target)?;
                self.stmts(body)?;
                self.emit(Op::Jump(head));
                let sites = self.pop_loop(breaks);
                self.patch(fi);
                self.stmts(orelse)?;
                for site in sites {
                    self.patch(site);
                }
            }
            StmtKind::Break => {
                let Some(li) = self.innermost_loop() else {
                    return err("'break' outside loop", s.span);
                };
                self.unwind(li + 1, false)?;
                if let FBlock::Loop { is_for, breaks, .. } = self.unit().fblocks[li].clone() {
                    if is_for {
                        self.emit(Op::Pop);
                    }
                    let j = self.emit(Op::Jump(0));
                    self.unit().break_lists[breaks].push(j);
                }
            }
            StmtKind::Continue => {
                let Some(li) = self.innermost_loop() else {
                    return err("'continue' not properly in loop", s.span);
                };
                self.unwind(li + 1, false)?;
                if let FBlock::Loop { head, .. } = self.unit().fblocks[li] {
                    self.emit(Op::Jump(head));
                }
            }
            StmtKind::Pass => {}
            StmtKind::Return(v) => {
                if self.scope().kind != ScopeKind::Function {
                    return err("'return' outside function", s.span);
                }
                match v {
                    Some(v) => self.expr(v)?,
                    None => {
                        self.emit(Op::LoadNone);
                    }
                }
                self.unwind(0, true)?;
                self.emit(Op::Return);
            }
            StmtKind::FunctionDef(f) => {
                for d in &f.decorators {
                    self.expr(d)?;
                }
                let key = &**f as *const FunctionDef as usize;
                self.make_function(key, &f.name, &f.params, FuncBody::Stmts(&f.body), s.span)?;
                for _ in &f.decorators {
                    self.emit(Op::Call(1));
                }
                self.store_name(&f.name);
            }
            StmtKind::ClassDef(c) => self.class_def(c, s.span)?,
            StmtKind::Try {
                body,
                handlers,
                orelse,
                finalbody,
            } => {
                if finalbody.is_empty() {
                    self.try_except(body, handlers, orelse)?;
                } else {
                    self.try_finally(body, handlers, orelse, finalbody)?;
                }
            }
            StmtKind::Raise { exc, cause } => match (exc, cause) {
                (None, _) => {
                    self.emit(Op::Raise(0));
                }
                (Some(e), None) => {
                    self.expr(e)?;
                    self.emit(Op::Raise(1));
                }
                (Some(e), Some(c)) => {
                    self.expr(e)?;
                    self.expr(c)?;
                    self.emit(Op::Raise(2));
                }
            },
            StmtKind::With { items, body } => self.with(items, body)?,
            StmtKind::Global(_) | StmtKind::Nonlocal(_) => {}
            StmtKind::Import(aliases) => {
                for a in aliases {
                    self.emit(Op::LoadInt(0));
                    self.emit(Op::LoadNone);
                    let ni = self.name_index(&a.name);
                    self.emit(Op::ImportName(ni));
                    match &a.asname {
                        Some(asname) => {
                            // `import a.b as c` binds the submodule itself.
                            for part in a.name.split('.').skip(1) {
                                let pi = self.attr_site(part);
                                self.emit(Op::LoadAttr(pi));
                            }
                            self.store_name(asname);
                        }
                        None => {
                            let top = a.name.split('.').next().unwrap_or("");
                            self.store_name(top);
                        }
                    }
                }
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => {
                self.emit(Op::LoadInt(*level as i32));
                let mut fl = Vec::new();
                for a in names {
                    fl.push(Value::Obj(self.vm.intern(&a.name)));
                }
                if names.is_empty() {
                    fl.push(Value::Obj(self.vm.intern("*")));
                }
                let t = self.vm.new_tuple(fl);
                let ci = self.add_const(t);
                self.emit(Op::LoadConst(ci));
                let ni = self.name_index(module);
                self.emit(Op::ImportName(ni));
                if names.is_empty() {
                    self.emit(Op::ImportStar);
                } else {
                    for a in names {
                        let ni = self.name_index(&a.name);
                        self.emit(Op::ImportFrom(ni));
                        self.store_name(a.asname.as_ref().unwrap_or(&a.name));
                    }
                    self.emit(Op::Pop);
                }
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test)?;
                let j = self.emit(Op::PopJumpIfTrue(0));
                self.emit(Op::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Op::Call(1));
                }
                self.emit(Op::Raise(1));
                self.patch(j);
            }
            StmtKind::Del(targets) => {
                for t in targets {
                    self.delete_target(t)?;
                }
            }
            StmtKind::Print {
                values,
                trailing_comma,
            } => {
                for v in values {
                    self.expr(v)?;
                    self.emit(Op::PrintItem);
                }
                self.emit(Op::PrintEnd(if *trailing_comma { 0 } else { 1 }));
            }
        }
        Ok(())
    }

    fn push_loop(&mut self, head: u32, is_for: bool) -> usize {
        let u = self.unit();
        u.break_lists.push(Vec::new());
        let breaks = u.break_lists.len() - 1;
        u.fblocks.push(FBlock::Loop {
            head,
            breaks,
            is_for,
        });
        breaks
    }

    fn pop_loop(&mut self, breaks: usize) -> Vec<usize> {
        let u = self.unit();
        u.fblocks.pop();
        std::mem::take(&mut u.break_lists[breaks])
    }

    fn innermost_loop(&mut self) -> Option<usize> {
        self.unit()
            .fblocks
            .iter()
            .rposition(|b| matches!(b, FBlock::Loop { .. }))
    }

    /// Emits the clean-up of every fblock from the innermost down to index
    /// `down_to` (exclusive of the ones below it). `with_value`: a return
    /// value is on top of the stack and must be kept there.
    fn unwind(&mut self, down_to: usize, with_value: bool) -> CResult<()> {
        let saved = self.unit().fblocks.clone();
        let mut i = saved.len();
        while i > down_to {
            i -= 1;
            let block = saved[i].clone();
            // While emitting a block's clean-up, the blocks inside it are gone.
            self.unit().fblocks.truncate(i);
            match block {
                FBlock::Loop { is_for, .. } => {
                    if is_for && with_value {
                        self.emit(Op::Rot2);
                        self.emit(Op::Pop);
                    }
                    // `break`/`continue` handle their own loop.
                }
                FBlock::ExceptTry => {
                    self.emit(Op::PopBlock);
                }
                FBlock::FinallyTry(fin) => {
                    self.emit(Op::PopBlock);
                    self.stmts(fin)?;
                }
                FBlock::HandlerBody => {
                    self.emit(Op::PopExcept);
                }
                FBlock::FinallyHandler => {
                    if with_value {
                        self.emit(Op::Rot2);
                    }
                    self.emit(Op::Pop);
                    self.emit(Op::PopExcept);
                }
                FBlock::With => {
                    self.emit(Op::PopBlock);
                    if with_value {
                        self.emit(Op::Rot2);
                    }
                    self.emit(Op::LoadNone);
                    self.emit(Op::LoadNone);
                    self.emit(Op::LoadNone);
                    self.emit(Op::Call(3));
                    self.emit(Op::Pop);
                }
            }
        }
        self.unit().fblocks = saved;
        Ok(())
    }

    fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let setup = self.emit(Op::SetupExcept(0));
        self.unit().fblocks.push(FBlock::ExceptTry);
        self.stmts(body)?;
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.stmts(orelse)?;
        let mut ends = vec![self.emit(Op::Jump(0))];
        self.patch(setup);
        for h in handlers {
            self.set_line(h.span);
            let mut next = None;
            if let Some(t) = &h.typ {
                self.expr(t)?;
                next = Some(self.emit(Op::JumpIfNotExcMatch(0)));
            }
            match &h.name {
                Some(n) => self.store_name(n),
                None => {
                    self.emit(Op::Pop);
                }
            }
            self.unit().fblocks.push(FBlock::HandlerBody);
            self.stmts(&h.body)?;
            self.unit().fblocks.pop();
            self.emit(Op::PopExcept);
            if let Some(n) = &h.name {
                self.emit(Op::LoadNone);
                self.store_name(n);
                self.delete_name(n);
            }
            ends.push(self.emit(Op::Jump(0)));
            match next {
                Some(j) => self.patch(j),
                None => break,
            }
        }
        self.emit(Op::Reraise);
        for e in ends {
            self.patch(e);
        }
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
    ) -> CResult<()> {
        let setup = self.emit(Op::SetupExcept(0));
        self.unit().fblocks.push(FBlock::FinallyTry(finalbody));
        if handlers.is_empty() {
            self.stmts(body)?;
            self.stmts(orelse)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.stmts(finalbody)?;
        let end = self.emit(Op::Jump(0));
        self.patch(setup);
        self.unit().fblocks.push(FBlock::FinallyHandler);
        self.stmts(finalbody)?;
        self.unit().fblocks.pop();
        self.emit(Op::Reraise);
        self.patch(end);
        Ok(())
    }

    fn with(&mut self, items: &'a [WithItem], body: &'a [Stmt]) -> CResult<()> {
        let Some((item, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        self.expr(&item.context)?;
        self.emit(Op::BeforeWith);
        let setup = self.emit(Op::SetupWith(0));
        match &item.target {
            Some(t) => self.store_target(t)?,
            None => {
                self.emit(Op::Pop);
            }
        }
        self.unit().fblocks.push(FBlock::With);
        self.with(rest, body)?;
        self.unit().fblocks.pop();
        self.emit(Op::PopBlock);
        self.emit(Op::LoadNone);
        self.emit(Op::LoadNone);
        self.emit(Op::LoadNone);
        self.emit(Op::Call(3));
        self.emit(Op::Pop);
        let end = self.emit(Op::Jump(0));
        self.patch(setup);
        self.emit(Op::WithExceptArgs);
        self.emit(Op::Call(3));
        let suppress = self.emit(Op::PopJumpIfTrue(0));
        self.emit(Op::Reraise);
        self.patch(suppress);
        self.emit(Op::Pop);
        self.emit(Op::PopExcept);
        self.emit(Op::Pop);
        self.patch(end);
        Ok(())
    }

    fn class_def(&mut self, c: &'a ClassDef, span: Span) -> CResult<()> {
        for d in &c.decorators {
            self.expr(d)?;
        }
        self.emit(Op::LoadBuildClass);
        self.load_str(&c.name);
        let mut nbases = 0;
        for a in &c.args {
            match a {
                Arg::Positional(e) => {
                    self.expr(e)?;
                    nbases += 1;
                }
                // `metaclass=` and other class keywords are accepted and ignored.
                Arg::Keyword(..) => {}
                Arg::Star(e) | Arg::DoubleStar(e) => {
                    return err("unpacking in class bases is not supported", e.span)
                }
            }
        }
        self.emit(Op::BuildTuple(nbases));
        let key = c as *const ClassDef as usize;
        let qualname = self.child_qualname(&c.name);
        let line = self.line_of(span.start);
        self.push_unit(key, CodeKind::Class, &c.name, &qualname, line);
        self.load_name_global("__name__");
        self.store_name("__module__");
        self.load_str(&qualname);
        self.store_name("__qualname__");
        if let Some(doc) = docstring(&c.body) {
            self.load_str(doc);
            self.store_name("__doc__");
        }
        self.stmts(&c.body)?;
        if let Some(i) = self.scope().cellvars.iter().position(|n| n == "__class__") {
            let slot = (self.scope().varnames.len() + i) as u32;
            self.emit(Op::LoadClosure(slot));
            self.store_name("__classcell__");
        }
        self.emit(Op::LoadLocals);
        self.emit(Op::Return);
        let code = self.pop_unit();
        self.emit_code_function(code, 0)?;
        self.emit(Op::Call(0));
        self.emit(Op::Call(3));
        for _ in &c.decorators {
            self.emit(Op::Call(1));
        }
        self.store_name(&c.name);
        Ok(())
    }

    fn load_name_global(&mut self, name: &str) {
        let i = self.name_index(name);
        self.emit(Op::LoadGlobal(i));
    }

    fn child_qualname(&self, name: &str) -> String {
        let u = self.units.last().expect("unit");
        match u.kind {
            CodeKind::Module => name.to_string(),
            CodeKind::Class => format!("{}.{}", u.qualname, name),
            _ => format!("{}.<locals>.{}", u.qualname, name),
        }
    }

    /// Pushes the closure tuple (if any) and the code, then `MakeFunction`.
    fn emit_code_function(&mut self, code: Rc<Code>, mut flags: u32) -> CResult<()> {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                match self.scope().lookup(name) {
                    NameKind::Deref(slot) => {
                        self.emit(Op::LoadClosure(slot));
                    }
                    _ => {
                        return err(
                            format!("internal: free variable '{name}' not found"),
                            Span::default(),
                        )
                    }
                }
            }
            self.emit(Op::BuildTuple(code.freevars.len() as u32));
            flags |= 4;
        }
        let v = self.vm.alloc(Obj::Code(code));
        let ci = self.add_const(v);
        self.emit(Op::LoadConst(ci));
        self.emit(Op::MakeFunction(flags));
        Ok(())
    }

    fn make_function(
        &mut self,
        key: usize,
        name: &str,
        params: &'a Params,
        body: FuncBody<'a>,
        span: Span,
    ) -> CResult<()> {
        let mut flags = 0;
        let defaults: Vec<&Expr> = params
            .args
            .iter()
            .filter_map(|p| p.default.as_ref())
            .collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple(defaults.len() as u32));
            flags |= 1;
        }
        let kwdefaults: Vec<&Param> = params
            .kwonly
            .iter()
            .filter(|p| p.default.is_some())
            .collect();
        if !kwdefaults.is_empty() {
            for p in &kwdefaults {
                self.load_str(&p.name);
                self.expr(p.default.as_ref().expect("default"))?;
            }
            self.emit(Op::BuildMap(kwdefaults.len() as u32));
            flags |= 2;
        }
        let qualname = self.child_qualname(name);
        let line = self.line_of(span.start);
        self.push_unit(key, CodeKind::Function, name, &qualname, line);
        if self.scope().is_generator {
            self.unit().kind = CodeKind::Generator;
        }
        match body {
            FuncBody::Stmts(stmts) => {
                self.stmts(stmts)?;
                self.emit(Op::LoadNone);
                self.emit(Op::Return);
            }
            FuncBody::Expr(e) => {
                self.expr(e)?;
                self.emit(Op::Return);
            }
        }
        let mut code = self.pop_unit();
        {
            let c = Rc::get_mut(&mut code).expect("fresh code");
            c.argcount = params.args.len() as u32;
            c.kwonlycount = params.kwonly.len() as u32;
            c.has_varargs = params.vararg.as_ref().is_some_and(|v| !v.name.is_empty());
            c.has_varkw = params.kwarg.is_some();
            if let FuncBody::Stmts(stmts) = body {
                c.doc = docstring(stmts).map(str::to_string);
            }
        }
        self.emit_code_function(code, flags)
    }

    fn aug_assign(&mut self, target: &'a Expr, op: BinOp, value: &'a Expr) -> CResult<()> {
        match &target.kind {
            ExprKind::Name(n) => {
                self.load_name(n);
                self.expr(value)?;
                self.emit(Op::Inplace(op));
                self.store_name(n);
            }
            ExprKind::Attribute { value: obj, attr } => {
                self.expr(obj)?;
                self.emit(Op::Dup);
                // One site for the load and the store: same object, same class.
                let ni = self.attr_site(attr);
                self.emit(Op::LoadAttr(ni));
                self.expr(value)?;
                self.emit(Op::Inplace(op));
                self.emit(Op::Rot2);
                self.emit(Op::StoreAttr(ni));
            }
            ExprKind::Subscript { value: obj, index } => {
                self.expr(obj)?;
                self.expr(index)?;
                self.emit(Op::DupTwo);
                self.emit(Op::Subscr);
                self.expr(value)?;
                self.emit(Op::InplaceStoreSubscr(op));
                self.emit(Op::Inplace(op));
                self.emit(Op::Rot3);
                self.emit(Op::StoreSubscr);
            }
            _ => {
                return err(
                    "'expression' is an illegal expression for augmented assignment",
                    target.span,
                )
            }
        }
        Ok(())
    }

    /// Stores the value on top of the stack into a target.
    fn store_target(&mut self, t: &'a Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) => self.store_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let ni = self.attr_site(attr);
                self.emit(Op::StoreAttr(ni));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Op::StoreSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                let star = items
                    .iter()
                    .position(|e| matches!(e.kind, ExprKind::Starred(_)));
                match star {
                    None => {
                        self.emit(Op::UnpackSequence(items.len() as u32));
                    }
                    Some(i) => {
                        if items
                            .iter()
                            .filter(|e| matches!(e.kind, ExprKind::Starred(_)))
                            .count()
                            > 1
                        {
                            return err("multiple starred expressions in assignment", t.span);
                        }
                        let after = (items.len() - i - 1) as u32;
                        self.emit(Op::UnpackEx(i as u32 | (after << 16)));
                    }
                }
                for item in items {
                    match &item.kind {
                        ExprKind::Starred(inner) => self.store_target(inner)?,
                        _ => self.store_target(item)?,
                    }
                }
            }
            ExprKind::Starred(_) => {
                return err(
                    "starred assignment target must be in a list or tuple",
                    t.span,
                )
            }
            _ => return err("cannot assign to expression", t.span),
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult<()> {
        match &t.kind {
            ExprKind::Name(n) => self.delete_name(n),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let ni = self.name_index(attr);
                self.emit(Op::DeleteAttr(ni));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                self.expr(index)?;
                self.emit(Op::DeleteSubscr);
            }
            ExprKind::Tuple(items) | ExprKind::List(items) => {
                for i in items {
                    self.delete_target(i)?;
                }
            }
            _ => return err("cannot delete expression", t.span),
        }
        Ok(())
    }

    // ----- expressions -----

    fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        match &e.kind {
            ExprKind::Name(n) => self.load_name(n),
            ExprKind::Int(n) => {
                use num_traits::ToPrimitive;
                match n.to_i32() {
                    Some(i) => {
                        self.emit(Op::LoadInt(i));
                    }
                    None => {
                        let v = self.vm.new_int(n.clone());
                        let ci = self.add_const(v);
                        self.emit(Op::LoadConst(ci));
                    }
                }
            }
            ExprKind::Float(f) => {
                let ci = self.add_const(Value::Float(*f));
                self.emit(Op::LoadConst(ci));
            }
            ExprKind::Str(s) => {
                let v = self.vm.new_str(s);
                let ci = self.add_const(v);
                self.emit(Op::LoadConst(ci));
            }
            ExprKind::Bytes(b) => {
                let v = crate::objects::bytes::new_bytes(self.vm, b);
                let ci = self.add_const(v);
                self.emit(Op::LoadConst(ci));
            }
            ExprKind::FString(parts) => {
                let n = self.fstring(parts)?;
                if n != 1 {
                    self.emit(Op::BuildString(n));
                }
            }
            ExprKind::True => {
                let ci = self.add_const(Value::Bool(true));
                self.emit(Op::LoadConst(ci));
            }
            ExprKind::False => {
                let ci = self.add_const(Value::Bool(false));
                self.emit(Op::LoadConst(ci));
            }
            ExprKind::None => {
                self.emit(Op::LoadNone);
            }
            ExprKind::Ellipsis => {
                let ci = self.add_const(Value::Ellipsis);
                self.emit(Op::LoadConst(ci));
            }
            ExprKind::Tuple(items) => {
                if self.sequence(items, Op::BuildTuple(0))? {
                    self.emit(Op::ListToTuple);
                }
            }
            ExprKind::List(items) => {
                self.sequence(items, Op::BuildList(0))?;
            }
            ExprKind::Set(items) => {
                self.sequence(items, Op::BuildSet(0))?;
            }
            ExprKind::Dict(pairs) => {
                if pairs.iter().any(|(k, _)| k.is_none()) {
                    self.emit(Op::BuildMap(0));
                    for (k, v) in pairs {
                        match k {
                            Some(k) => {
                                self.expr(k)?;
                                self.expr(v)?;
                                self.emit(Op::MapAdd(1));
                            }
                            None => {
                                self.expr(v)?;
                                self.emit(Op::DictUpdate);
                            }
                        }
                    }
                } else {
                    for (k, v) in pairs {
                        self.expr(k.as_ref().expect("key"))?;
                        self.expr(v)?;
                    }
                    self.emit(Op::BuildMap(pairs.len() as u32));
                }
            }
            ExprKind::Starred(_) => return err("can't use starred expression here", e.span),
            ExprKind::Attribute { value, attr } => {
                self.expr(value)?;
                let ni = self.attr_site(attr);
                self.set_line(e.span);
                self.emit(Op::LoadAttr(ni));
            }
            ExprKind::Subscript { value, index } => {
                self.expr(value)?;
                let small = match &index.kind {
                    ExprKind::Int(n) => num_traits::ToPrimitive::to_i32(n),
                    _ => None,
                };
                match small {
                    Some(i) => {
                        self.emit(Op::SubscrInt(i));
                    }
                    None => {
                        self.expr(index)?;
                        self.emit(Op::Subscr);
                    }
                }
            }
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => {
                            self.emit(Op::LoadNone);
                        }
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Op::BuildSlice(3));
                    }
                    None => {
                        self.emit(Op::BuildSlice(2));
                    }
                }
            }
            ExprKind::Call { func, args } => self.call(func, args)?,
            ExprKind::BinOp { op, left, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.emit(Op::Binary(*op));
            }
            ExprKind::UnaryOp { op, operand } => {
                self.expr(operand)?;
                self.emit(match op {
                    UnaryOp::Neg => Op::Neg,
                    UnaryOp::Pos => Op::Pos,
                    UnaryOp::Invert => Op::Invert,
                    UnaryOp::Not => Op::Not,
                });
            }
            ExprKind::BoolOp { op, values } => {
                let mut jumps = Vec::new();
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < values.len() {
                        jumps.push(self.emit(match op {
                            BoolOp::And => Op::JumpIfFalseOrPop(0),
                            BoolOp::Or => Op::JumpIfTrueOrPop(0),
                        }));
                    }
                }
                for j in jumps {
                    self.patch(j);
                }
            }
            ExprKind::Compare { left, ops } => {
                self.expr(left)?;
                if ops.len() == 1 {
                    self.expr(&ops[0].1)?;
                    self.emit(Op::Compare(ops[0].0));
                } else {
                    let mut cleanups = Vec::new();
                    for (i, (op, right)) in ops.iter().enumerate() {
                        self.expr(right)?;
                        if i + 1 < ops.len() {
                            self.emit(Op::Dup);
                            self.emit(Op::Rot3);
                            self.emit(Op::Compare(*op));
                            cleanups.push(self.emit(Op::JumpIfFalseOrPop(0)));
                        } else {
                            self.emit(Op::Compare(*op));
                        }
                    }
                    let end = self.emit(Op::Jump(0));
                    for c in cleanups {
                        self.patch(c);
                    }
                    self.emit(Op::Rot2);
                    self.emit(Op::Pop);
                    self.patch(end);
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test)?;
                let jf = self.emit(Op::PopJumpIfFalse(0));
                self.expr(body)?;
                let j = self.emit(Op::Jump(0));
                self.patch(jf);
                self.expr(orelse)?;
                self.patch(j);
            }
            ExprKind::Lambda { params, body } => {
                let key = e as *const Expr as usize;
                self.make_function(key, "<lambda>", params, FuncBody::Expr(body), e.span)?;
            }
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, generators, Comp::List(elt), "<listcomp>")?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, generators, Comp::Set(elt), "<setcomp>")?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, generators, Comp::Dict(key, value), "<dictcomp>")?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, Comp::Gen(elt), "<genexpr>")?
            }
            ExprKind::Yield(v) => {
                match v {
                    Some(v) => self.expr(v)?,
                    None => {
                        self.emit(Op::LoadNone);
                    }
                }
                self.emit(Op::Yield);
            }
            ExprKind::YieldFrom(v) => {
                self.expr(v)?;
                self.emit(Op::GetYieldFromIter);
                self.emit(Op::LoadNone);
                self.emit(Op::YieldFrom);
            }
        }
        Ok(())
    }

    /// Builds a tuple/list/set display; returns whether a list was built
    /// that must become a tuple (star unpacking).
    fn sequence(&mut self, items: &'a [Expr], build: Op) -> CResult<bool> {
        let starred = items.iter().any(|e| matches!(e.kind, ExprKind::Starred(_)));
        if !starred {
            for i in items {
                self.expr(i)?;
            }
            let n = items.len() as u32;
            self.emit(match build {
                Op::BuildTuple(_) => Op::BuildTuple(n),
                Op::BuildList(_) => Op::BuildList(n),
                _ => Op::BuildSet(n),
            });
            return Ok(false);
        }
        let is_set = matches!(build, Op::BuildSet(_));
        self.emit(if is_set {
            Op::BuildSet(0)
        } else {
            Op::BuildList(0)
        });
        for i in items {
            match &i.kind {
                ExprKind::Starred(inner) => {
                    self.expr(inner)?;
                    self.emit(if is_set {
                        Op::SetUpdate
                    } else {
                        Op::ListExtend
                    });
                }
                _ => {
                    self.expr(i)?;
                    self.emit(if is_set {
                        Op::SetAdd(1)
                    } else {
                        Op::ListAppend(1)
                    });
                }
            }
        }
        Ok(matches!(build, Op::BuildTuple(_)))
    }

    fn fstring(&mut self, parts: &'a [FStringPart]) -> CResult<u32> {
        let mut n = 0;
        for p in parts {
            match p {
                FStringPart::Literal(s) => {
                    if s.is_empty() {
                        continue;
                    }
                    let v = self.vm.new_str(s);
                    let ci = self.add_const(v);
                    self.emit(Op::LoadConst(ci));
                }
                FStringPart::Field {
                    expr,
                    conversion,
                    spec,
                } => {
                    self.expr(expr)?;
                    let mut flags = match conversion {
                        Some('s') => 1,
                        Some('r') => 2,
                        Some('a') => 3,
                        _ => 0,
                    };
                    if let Some(spec) = spec {
                        let k = self.fstring(spec)?;
                        if k != 1 {
                            self.emit(Op::BuildString(k));
                        }
                        flags |= 4;
                    }
                    self.emit(Op::FormatValue(flags));
                }
            }
            n += 1;
        }
        if n == 0 {
            let v = self.vm.new_str("");
            let ci = self.add_const(v);
            self.emit(Op::LoadConst(ci));
            n = 1;
        }
        Ok(n)
    }

    fn call(&mut self, func: &'a Expr, args: &'a [Arg]) -> CResult<()> {
        let simple = args.iter().all(|a| matches!(a, Arg::Positional(_)));
        let has_star = args
            .iter()
            .any(|a| matches!(a, Arg::Star(_) | Arg::DoubleStar(_)));
        if simple {
            if let ExprKind::Attribute { value, attr } = &func.kind {
                self.expr(value)?;
                let ni = self.attr_site(attr);
                self.set_line(func.span);
                self.emit(Op::LoadMethod(ni));
                for a in args {
                    if let Arg::Positional(e) = a {
                        self.expr(e)?;
                    }
                }
                self.set_line(func.span);
                self.emit(Op::CallMethod(args.len() as u32));
                return Ok(());
            }
        }
        self.expr(func)?;
        if !has_star {
            let mut names = Vec::new();
            for a in args {
                match a {
                    Arg::Positional(e) => {
                        if !names.is_empty() {
                            return err("positional argument follows keyword argument", e.span);
                        }
                        self.expr(e)?
                    }
                    Arg::Keyword(n, e, _) => {
                        names.push(Value::Obj(self.vm.intern(n)));
                        self.expr(e)?;
                    }
                    _ => unreachable!(),
                }
            }
            self.set_line(func.span);
            if names.is_empty() {
                self.emit(Op::Call(args.len() as u32));
            } else {
                let t = self.vm.new_tuple(names);
                let ci = self.add_const(t);
                self.emit(Op::LoadConst(ci));
                self.emit(Op::CallKw(args.len() as u32));
            }
            return Ok(());
        }
        // General form: build the positional tuple and the keyword dict.
        self.emit(Op::BuildList(0));
        for a in args {
            match a {
                Arg::Positional(e) => {
                    self.expr(e)?;
                    self.emit(Op::ListAppend(1));
                }
                Arg::Star(e) => {
                    self.expr(e)?;
                    self.emit(Op::ListExtend);
                }
                _ => {}
            }
        }
        self.emit(Op::ListToTuple);
        let has_kw = args
            .iter()
            .any(|a| matches!(a, Arg::Keyword(..) | Arg::DoubleStar(_)));
        if has_kw {
            self.emit(Op::BuildMap(0));
            for a in args {
                match a {
                    Arg::Keyword(n, e, _) => {
                        self.load_str(n);
                        self.expr(e)?;
                        self.emit(Op::MapAdd(1));
                    }
                    Arg::DoubleStar(e) => {
                        self.expr(e)?;
                        self.emit(Op::DictUpdate);
                    }
                    _ => {}
                }
            }
        } else {
            self.emit(Op::LoadNone);
        }
        self.set_line(func.span);
        self.emit(Op::CallEx);
        Ok(())
    }

    fn comprehension(
        &mut self,
        node: &'a Expr,
        gens: &'a [Comprehension],
        comp: Comp<'a>,
        name: &str,
    ) -> CResult<()> {
        let key = node as *const Expr as usize;
        self.expr(&gens[0].iter)?;
        self.emit(Op::GetIter);
        let qualname = self.child_qualname(name);
        let line = self.line_of(node.span.start);
        self.push_unit(key, CodeKind::Function, name, &qualname, line);
        let is_gen = matches!(comp, Comp::Gen(_));
        if is_gen {
            self.unit().kind = CodeKind::Generator;
        } else {
            self.emit(match comp {
                Comp::List(_) => Op::BuildList(0),
                Comp::Set(_) => Op::BuildSet(0),
                _ => Op::BuildMap(0),
            });
        }
        let mut loops = Vec::new();
        for (i, g) in gens.iter().enumerate() {
            if i == 0 {
                self.emit(Op::LoadFast(0));
            } else {
                self.expr(&g.iter)?;
                self.emit(Op::GetIter);
            }
            let head = self.here();
            let fi = self.emit(Op::ForIter(0));
            self.store_target(&g.target)?;
            let mut skips = Vec::new();
            for c in &g.ifs {
                self.expr(c)?;
                skips.push(self.emit(Op::PopJumpIfFalse(0)));
            }
            loops.push((head, fi, skips));
        }
        let depth = gens.len() as u32;
        match comp {
            Comp::List(elt) => {
                self.expr(elt)?;
                self.emit(Op::ListAppend(depth + 1));
            }
            Comp::Set(elt) => {
                self.expr(elt)?;
                self.emit(Op::SetAdd(depth + 1));
            }
            Comp::Dict(k, v) => {
                self.expr(k)?;
                self.expr(v)?;
                self.emit(Op::MapAdd(depth + 1));
            }
            Comp::Gen(elt) => {
                self.expr(elt)?;
                self.emit(Op::Yield);
                self.emit(Op::Pop);
            }
        }
        for (head, fi, skips) in loops.into_iter().rev() {
            for s in skips {
                let u = self.unit();
                u.ops[s] = u.ops[s].with_target(head);
            }
            self.emit(Op::Jump(head));
            self.patch(fi);
        }
        if is_gen {
            self.emit(Op::LoadNone);
        }
        self.emit(Op::Return);
        let mut code = self.pop_unit();
        Rc::get_mut(&mut code).expect("fresh code").argcount = 1;
        self.emit_code_function(code, 0)?;
        self.emit(Op::Rot2);
        self.emit(Op::Call(1));
        Ok(())
    }
}

/// The docstring of a body: its first statement, when that is a string literal.
fn docstring(body: &[Stmt]) -> Option<&str> {
    match body.first().map(|s| &s.kind) {
        Some(StmtKind::Expr(Expr {
            kind: ExprKind::Str(s),
            ..
        })) => Some(s),
        _ => None,
    }
}

#[derive(Clone, Copy)]
enum FuncBody<'a> {
    Stmts(&'a [Stmt]),
    Expr(&'a Expr),
}

enum Comp<'a> {
    List(&'a Expr),
    Set(&'a Expr),
    Dict(&'a Expr, &'a Expr),
    Gen(&'a Expr),
}
