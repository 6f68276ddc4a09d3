//! Syntax errors: the one error type of the front end, and its rendering as miette reports.
//!
//! Lexer, parser and compiler all report a [`SyntaxError`] (a message in Python's words,
//! a byte span, a label under the offending token and an optional hint). They are turned
//! into miette diagnostics only here, at the boundary, by [`render`].

use std::fmt;

use miette::{
    Diagnostic, GraphicalReportHandler, GraphicalTheme, LabeledSpan, NamedSource, SourceCode,
};

use super::ast::Span;

/// A syntax error found while lexing, parsing or compiling source text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SyntaxError {
    /// Python's short message, e.g. `invalid syntax`, `unexpected indent`.
    pub message: String,
    /// Byte range of the offending token in the source.
    pub span: Span,
    /// Text shown under the span.
    pub label: String,
    /// A hint on how to fix the mistake.
    pub help: Option<String>,
}

impl SyntaxError {
    /// An error whose label repeats the message.
    pub fn new(message: impl Into<String>, span: Span) -> SyntaxError {
        let message = message.into();
        SyntaxError {
            label: message.clone(),
            message,
            span,
            help: None,
        }
    }

    /// Replaces the label text.
    pub fn with_label(mut self, label: impl Into<String>) -> SyntaxError {
        self.label = label.into();
        self
    }

    /// Adds a hint.
    pub fn with_help(mut self, help: impl Into<String>) -> SyntaxError {
        self.help = Some(help.into());
        self
    }

    /// 1-based line and column (in characters) of the start of the span.
    pub fn line_col(&self, source: &str) -> (usize, usize) {
        line_col(source, self.span.start)
    }

    /// The Python exception class this error is raised as: `SyntaxError`,
    /// `IndentationError` or `TabError`.
    pub fn exception_class(&self) -> &'static str {
        match self.message.as_str() {
            "inconsistent use of tabs and spaces in indentation" => "TabError",
            "unexpected indent"
            | "expected an indented block"
            | "unindent does not match any outer indentation level" => "IndentationError",
            _ => "SyntaxError",
        }
    }
}

impl fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for SyntaxError {}

/// 1-based line and column (in characters) of a byte offset.
pub(crate) fn line_col(source: &str, offset: usize) -> (usize, usize) {
    let start = floor_char_boundary(source, offset);
    let before = &source[..start];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let col = before[line_start..].chars().count() + 1;
    (line, col)
}

fn floor_char_boundary(source: &str, mut index: usize) -> usize {
    index = index.min(source.len());
    while !source.is_char_boundary(index) {
        index -= 1;
    }
    index
}

fn next_boundary(source: &str, index: usize) -> usize {
    let mut end = index + 1;
    while end < source.len() && !source.is_char_boundary(end) {
        end += 1;
    }
    end.min(source.len())
}

/// One error together with its named source, as miette wants it.
#[derive(Debug)]
struct Report<'a> {
    error: &'a SyntaxError,
    source: &'a NamedSource<String>,
}

impl fmt::Display for Report<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {}",
            self.error.exception_class(),
            self.error.message
        )
    }
}

impl std::error::Error for Report<'_> {}

impl Diagnostic for Report<'_> {
    fn source_code(&self) -> Option<&dyn SourceCode> {
        Some(self.source)
    }

    fn labels(&self) -> Option<Box<dyn Iterator<Item = LabeledSpan> + '_>> {
        let text = self.source.inner();
        let start = floor_char_boundary(text, self.error.span.start);
        let mut end = floor_char_boundary(text, self.error.span.end.max(start));
        if end == start {
            // Show an empty span (an error at a line end, or at the end of the input) as
            // one column wide; `render` pads the source with a space for the latter.
            end = next_boundary(text, start);
        }
        let label = LabeledSpan::new(Some(self.error.label.clone()), start, end - start);
        Some(Box::new(std::iter::once(label)))
    }

    fn help(&self) -> Option<Box<dyn fmt::Display + '_>> {
        self.error
            .help
            .as_ref()
            .map(|h| Box::new(h) as Box<dyn fmt::Display>)
    }
}

/// Renders errors as miette reports (file name, `line:column`, a label under each
/// offending token), one after the other, without colors.
pub fn render(errors: &[SyntaxError], filename: &str, source: &str) -> String {
    // A trailing space gives errors at the very end of the input a column to point at.
    let at_end = errors.iter().any(|e| e.span.start >= source.len());
    let padded = if at_end {
        format!("{source} ")
    } else {
        source.to_string()
    };
    let named = NamedSource::new(filename, padded);
    let handler = GraphicalReportHandler::new_themed(GraphicalTheme::unicode_nocolor())
        .with_links(false)
        .with_urls(false);
    let mut out = String::new();
    for (i, error) in errors.iter().enumerate() {
        if i > 0 {
            out.push('\n');
        }
        let report = Report {
            error,
            source: &named,
        };
        if handler.render_report(&mut out, &report).is_err() {
            let (line, col) = error.line_col(source);
            out.push_str(&format!("{report}\n  at {filename}:{line}:{col}\n"));
        }
    }
    out
}
