//! Python-format tracebacks built from an exception's recorded frames and the line table.

use crate::compile::code::Code;
use crate::objects::{ops, FrameObj, Obj};
use crate::vm::frame::Frame;
use crate::vm::value::{ObjRef, Value};
use crate::vm::Vm;

impl Vm {
    /// Frame objects for `frames` (oldest first), each linked to its
    /// caller through `f_back`: the newest, or `None` when there is none.
    /// `preempted`: the newest frame was interrupted before the
    /// instruction at its `ip`, which is the line it is on.
    pub fn frame_objects(&mut self, frames: &[Frame], preempted: bool) -> Value {
        let mut back = Value::None;
        for (i, f) in frames.iter().enumerate() {
            let line = if preempted && i + 1 == frames.len() {
                f.code.line_at(f.ip as usize)
            } else {
                f.line()
            };
            back = self.alloc(Obj::Frame(Box::new(FrameObj {
                code: f.code.clone(),
                line,
                back,
                globals: f.globals,
            })));
        }
        back
    }

    /// The `(code, line)` of each running frame, oldest first.
    pub fn running_frames(&self) -> Vec<(std::rc::Rc<Code>, u32)> {
        let frames = &self.fiber.frames;
        frames
            .iter()
            .filter(|f| !self.is_trampoline(&f.code))
            .map(|f| (f.code.clone(), f.line()))
            .collect()
    }

    /// The `(code, line)` of a frame object and its callers, oldest first.
    pub fn frame_chain(&self, mut frame: Value) -> Vec<(std::rc::Rc<Code>, u32)> {
        let mut chain = Vec::new();
        while let Value::Obj(r) = frame {
            let Obj::Frame(f) = self.heap.get(r) else {
                break;
            };
            chain.push((f.code.clone(), f.line));
            frame = f.back;
        }
        chain.reverse();
        chain
    }

    /// The full report of an uncaught exception, chained causes and contexts first.
    pub fn format_exception(&mut self, exc: ObjRef) -> String {
        let mut out = String::new();
        let mut seen = Vec::new();
        self.format_chain(exc, &mut out, &mut seen);
        out
    }

    fn format_chain(&mut self, exc: ObjRef, out: &mut String, seen: &mut Vec<ObjRef>) {
        seen.push(exc);
        let (cause, context, suppress) = match self.heap.get(exc) {
            Obj::Exception(e) => (e.cause, e.context, e.suppress_context),
            _ => (Value::None, Value::None, false),
        };
        if let Value::Obj(c) = cause {
            if !seen.contains(&c) {
                self.format_chain(c, out, seen);
                out.push_str(
                    "\nThe above exception was the direct cause of the following exception:\n\n",
                );
            }
        } else if let (Value::Obj(c), false) = (context, suppress) {
            if !seen.contains(&c) {
                self.format_chain(c, out, seen);
                out.push_str(
                    "\nDuring handling of the above exception, another exception occurred:\n\n",
                );
            }
        }
        out.push_str(&self.format_traceback_entries(exc));
        out.push_str(&self.format_exception_only(Value::Obj(exc)));
        out.push('\n');
    }

    /// `Traceback (most recent call last):` and one `File …` entry per frame.
    pub fn format_traceback_entries(&mut self, exc: ObjRef) -> String {
        let entries = match self.heap.get(exc) {
            Obj::Exception(e) => e.traceback.clone(),
            _ => Vec::new(),
        };
        if entries.is_empty() {
            return String::new();
        }
        let mut out = String::from("Traceback (most recent call last):\n");
        for e in entries {
            out.push_str(&self.format_frame_line(&e.code, e.line));
        }
        out
    }

    /// One traceback entry: `  File "…", line N, in name` and its source line.
    pub fn format_frame_line(&self, code: &Code, line: u32) -> String {
        let mut out = format!(
            "  File \"{}\", line {}, in {}\n",
            code.filename, line, code.name
        );
        if let Some(text) = self.source_line(&code.filename, line) {
            out.push_str(&format!("    {}\n", text.trim()));
        }
        out
    }

    /// The last line of a report: `KeyError: 'k'`, `ValueError`, …
    pub fn format_exception_only(&mut self, exc: Value) -> String {
        let class = self.type_of(exc);
        let name = self.class(class).name.clone();
        let module_key = Value::Obj(self.intern("__module__"));
        let module = self
            .lookup_in_class(class, module_key)
            .and_then(|m| self.str_of(m).map(str::to_string));
        let qual = match module.as_deref() {
            Some(m) if m != "builtins" && m != "__main__" => format!("{m}.{name}"),
            _ => name,
        };
        let msg = ops::str(self, exc).unwrap_or_default();
        let last = if msg.is_empty() {
            qual
        } else {
            format!("{qual}: {msg}")
        };
        self.syntax_error_location(exc) + &last
    }

    /// For a `SyntaxError` from a file (see `run::compile_import`), the lines
    /// Python prints before its last one: `  File "…", line N`, the source
    /// line and carets under the offending span.
    fn syntax_error_location(&mut self, exc: Value) -> String {
        let Some(dict) = exc.as_obj().and_then(|r| match self.heap.get(r) {
            Obj::Exception(e) => e.dict,
            _ => None,
        }) else {
            return String::new();
        };
        let mut get = |name: &str| self.dict_get_str(dict, name);
        let (Some(filename), Some(Value::Int(line)), Some(Value::Int(col)), Some(text)) =
            (get("filename"), get("lineno"), get("offset"), get("text"))
        else {
            return String::new();
        };
        let width = match get("end_offset") {
            Some(Value::Int(end)) => (end - col).max(1) as usize,
            _ => 1,
        };
        let filename = self.str_of(filename).unwrap_or("").to_string();
        let text = self.str_of(text).unwrap_or("");
        let indent = text.chars().count() - text.trim_start().chars().count();
        let caret_col = (col.max(1) as usize - 1).saturating_sub(indent);
        format!(
            "  File \"{filename}\", line {line}\n    {}\n    {}{}\n",
            text.trim(),
            " ".repeat(caret_col),
            "^".repeat(width)
        )
    }

    fn source_line(&self, filename: &str, line: u32) -> Option<String> {
        let src = self.sources.get(filename)?;
        src.lines()
            .nth(line.checked_sub(1)? as usize)
            .map(str::to_string)
    }
}
