//! `Code`: a compiled function or module body (instructions, constants, names, line table, frame layout).

use std::cell::Cell;
use std::rc::Rc;

use crate::compile::opcode::Op;
use crate::vm::value::Value;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CodeKind {
    Module,
    Class,
    Function,
    Generator,
}

pub struct Code {
    pub kind: CodeKind,
    pub name: String,
    pub qualname: String,
    pub filename: Rc<str>,
    pub first_line: u32,
    pub ops: Vec<Op>,
    /// The source line of each instruction.
    pub lines: Vec<u32>,
    pub consts: Vec<Value>,
    /// Interned name strings (globals, attributes, imports).
    pub names: Vec<Value>,
    /// Positional-or-keyword parameter count.
    pub argcount: u32,
    pub kwonlycount: u32,
    pub has_varargs: bool,
    pub has_varkw: bool,
    /// Names of all local slots: parameters first (positional, keyword-only,
    /// `*args`, `**kw`), then other locals.
    pub varnames: Vec<String>,
    /// Variables of this code captured by inner functions; their cells
    /// occupy slots `varnames.len()..`.
    pub cellvars: Vec<String>,
    /// For each cell, the parameter slot it is initialised from, if any.
    pub cell_params: Vec<Option<u32>>,
    /// Variables this code takes from enclosing scopes; their cells follow the cellvars.
    pub freevars: Vec<String>,
    /// The docstring of a function (its first statement, if a string literal).
    pub doc: Option<String>,
    /// One inline cache per name for `LoadGlobal`.
    pub global_cache: Box<[Cell<GlobalCache>]>,
    /// One inline cache per attribute-access instruction (the operand of
    /// `LoadAttr`, `StoreAttr` and `LoadMethod`).
    pub attr_sites: Box<[AttrSite]>,
}

/// How many classes one attribute site remembers. Richards-style code calls
/// one method name on instances of several sibling classes from one place;
/// four covers that, and a scan of four entries is cheaper than a hash probe.
pub const ATTR_WAYS: usize = 4;

/// The inline cache of one attribute-access instruction: the name it
/// accesses and the last few instance classes seen there.
pub struct AttrSite {
    /// Index into `Code::names`.
    pub name: u32,
    pub entries: [Cell<AttrCache>; ATTR_WAYS],
    /// The entry a miss overwrites next when none is stale (round robin).
    pub next: Cell<u8>,
}

impl AttrSite {
    pub fn new(name: u32) -> AttrSite {
        AttrSite {
            name,
            entries: Default::default(),
            next: Cell::new(0),
        }
    }
}

/// One class seen at an attribute site: the instance's class, checked against `Vm::class_version` (so the class attribute is
/// known not to be a property, and `method` is what the class holds for
/// `LoadMethod`), and the entry index where the name sat in the instance
/// dict — instances of one class usually share their dicts' key order, so
/// checking that entry's key by identity replaces a hash probe.
#[derive(Clone, Copy, Default)]
pub struct AttrCache {
    /// 0: empty (`class_version` is never 0).
    pub version: u32,
    pub class: u32,
    pub index: u32,
    /// The class's plain function or native of that name, if any.
    pub method: Option<crate::vm::value::Value>,
}

/// Where a global name was last found: the entry index in the globals (or
/// builtins) dict, valid while those dicts keep the recorded key layout.
#[derive(Clone, Copy, Default)]
pub struct GlobalCache {
    pub valid: bool,
    pub builtin: bool,
    pub globals: u32,
    pub globals_version: u32,
    pub builtins_version: u32,
    pub index: u32,
}

impl Code {
    /// Total number of frame slots (locals + cells + free variables).
    pub fn nslots(&self) -> usize {
        self.varnames.len() + self.cellvars.len() + self.freevars.len()
    }

    /// Whether a call with `argc` positional arguments fills exactly the
    /// parameters of a plain function (no defaults needed, no `*`/`**`, no
    /// cells, not a generator): the interpreter's fast call path.
    #[inline]
    pub fn plain_call(&self, argc: u32) -> bool {
        argc == self.argcount
            && self.kind == CodeKind::Function
            && self.kwonlycount == 0
            && !self.has_varargs
            && !self.has_varkw
            && self.cellvars.is_empty()
            && self.freevars.is_empty()
    }

    /// Calls `f` on the constants and names (for the collector).
    pub fn trace(&self, f: &mut dyn FnMut(Value)) {
        self.consts.iter().for_each(|v| f(*v));
        self.names.iter().for_each(|v| f(*v));
    }

    pub fn line_at(&self, ip: usize) -> u32 {
        self.lines.get(ip).copied().unwrap_or(self.first_line)
    }
}
