//! The layout layer: turns raw logos tokens into the token stream the grammar reads.
//!
//! The grammar stays LR(1) and free of layout because this layer owns it (as in
//! starlark-rust): it emits `NEWLINE` at the end of each logical line, `INDENT`/`DEDENT`
//! when the indentation of a logical line changes, nothing for blank and comment-only
//! lines, and nothing for newlines inside `()`, `[]`, `{}` (the logos lexer already skips
//! `\` line joins and comments). It checks indentation as CPython's tokenizer does
//! (tabs to multiples of 8, and again with tabs as 1 column: disagreement is a `TabError`).
//!
//! It also decides the Python 2 `print` statement: the word `print` at the start of a
//! statement, not followed by `(`, `=` or `.`, comes out as [`Token::PrintStmt`]. A
//! statement starts a logical line, follows a `;`, or follows the `:` of a compound
//! statement header (not a lambda's `:`).

use std::collections::VecDeque;

use logos::Logos;

use super::ast::Span;
use super::error::{line_col, SyntaxError};
use super::token::{LexErrorKind, Token};

/// A token with its byte range, as lalrpop's external lexer interface wants it.
pub type Spanned = (usize, Token, usize);

/// Errors of the lexer are ordinary syntax errors.
pub type LexError = SyntaxError;

/// Tab stops used for indentation, as in Python.
const TAB_SIZE: usize = 8;

/// Deepest bracket nesting accepted (CPython's limit), which also bounds AST depth.
const MAX_BRACKET_DEPTH: usize = 200;

/// The indentation of one level: columns with tabs to multiples of 8, and with tabs as 1.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Indentation {
    col: usize,
    alt_col: usize,
}

/// The layout layer over the logos lexer; an iterator of tokens for lalrpop.
pub struct Lexer<'s> {
    src: &'s str,
    raw: logos::Lexer<'s, Token>,
    queue: VecDeque<Result<Spanned, LexError>>,
    indents: Vec<Indentation>,
    /// Open brackets and their offsets.
    brackets: Vec<(char, usize)>,
    /// Lexing an f-string field: as if inside brackets, no layout at all.
    embedded: bool,
    /// Offset of the current physical line.
    line_start: usize,
    /// The next real token starts a logical line.
    at_line_start: bool,
    /// The current logical line has produced a token.
    line_has_tokens: bool,
    /// The next token starts a statement (for the `print` statement).
    stmt_start: bool,
    /// The logical line began with a compound statement keyword.
    header_line: bool,
    /// `lambda`s at bracket depth 0 still waiting for their `:`.
    lambdas: usize,
    /// End of the last real token.
    last_end: usize,
    /// The input ended in a way more input could complete (REPL).
    needs_more: bool,
    finished: bool,
}

impl<'s> Lexer<'s> {
    /// A lexer over a whole module.
    pub fn new(src: &'s str) -> Lexer<'s> {
        let bom = if src.starts_with('\u{feff}') { 3 } else { 0 };
        Lexer::with_mode(src, bom, src.len(), false)
    }

    /// A lexer over `src[start..end]` (an f-string field), as if inside brackets;
    /// spans stay offsets into `src`.
    pub fn embedded(src: &'s str, start: usize, end: usize) -> Lexer<'s> {
        Lexer::with_mode(src, start, end, true)
    }

    fn with_mode(src: &'s str, start: usize, end: usize, embedded: bool) -> Lexer<'s> {
        let src = &src[..end];
        let mut raw = Token::lexer(src);
        raw.bump(start);
        Lexer {
            src,
            raw,
            queue: VecDeque::new(),
            indents: vec![Indentation { col: 0, alt_col: 0 }],
            brackets: Vec::new(),
            embedded,
            line_start: start,
            at_line_start: true,
            line_has_tokens: false,
            stmt_start: true,
            header_line: false,
            lambdas: 0,
            last_end: start,
            needs_more: false,
            finished: false,
        }
    }

    /// After the input is exhausted: whether it ended inside a bracket, a triple-quoted
    /// string or after a `\` continuation, so that more input could complete it.
    pub fn needs_more_input(&self) -> bool {
        self.needs_more
    }

    fn push(&mut self, start: usize, token: Token, end: usize) {
        self.queue.push_back(Ok((start, token, end)));
    }

    fn error(&mut self, error: SyntaxError) {
        self.queue.push_back(Err(error));
    }

    fn advance(&mut self) {
        let Some(next) = self.raw.next() else {
            self.at_eof();
            return;
        };
        let span = self.raw.span();
        match next {
            Err(kind) => {
                let error = self.lex_error(kind, span.start, span.end);
                self.error(error);
            }
            Ok(Token::Newline) => {
                if self.embedded || !self.brackets.is_empty() {
                    return;
                }
                if self.line_has_tokens {
                    self.push(span.start, Token::NewlineLogical, span.end);
                    self.line_has_tokens = false;
                    self.at_line_start = true;
                }
                self.line_start = span.end;
            }
            Ok(token) => self.real_token(token, span.start, span.end),
        }
    }

    fn real_token(&mut self, token: Token, start: usize, end: usize) {
        if self.at_line_start && !self.embedded {
            self.at_line_start = false;
            self.indentation(start, end);
            self.header_line = token.opens_header();
            self.lambdas = 0;
            self.stmt_start = true;
        }
        self.at_line_start = false;
        self.line_has_tokens = true;
        self.last_end = end;
        let stmt_start = std::mem::replace(&mut self.stmt_start, false);
        let depth0 = self.brackets.is_empty() && !self.embedded;
        let mut token = token;
        match &token {
            Token::LParen | Token::LBracket | Token::LBrace
                if self.brackets.len() >= MAX_BRACKET_DEPTH =>
            {
                let error = SyntaxError::new("too many nested parentheses", Span::new(start, end))
                    .with_label("nesting is too deep here");
                self.error(error);
                return;
            }
            Token::LParen => self.brackets.push(('(', start)),
            Token::LBracket => self.brackets.push(('[', start)),
            Token::LBrace => self.brackets.push(('{', start)),
            Token::RParen | Token::RBracket | Token::RBrace => {
                let close = match token {
                    Token::RParen => ')',
                    Token::RBracket => ']',
                    _ => '}',
                };
                match self.brackets.pop() {
                    None => {
                        let error =
                            SyntaxError::new(format!("unmatched '{close}'"), Span::new(start, end))
                                .with_label("no bracket was opened for this one");
                        self.error(error);
                        return;
                    }
                    Some((open, pos)) if matching(open) != close => {
                        let error = SyntaxError::new(
                            format!(
                                "closing parenthesis '{close}' does not match opening parenthesis '{open}'"
                            ),
                            Span::new(start, end),
                        )
                        .with_label(format!("expected '{}'", matching(open)))
                        .with_help(format!(
                            "the '{open}' opened on line {} is still open; close it with '{}'",
                            line_col(self.src, pos).0,
                            matching(open)
                        ));
                        self.error(error);
                    }
                    Some(_) => {}
                }
            }
            Token::Semicolon if depth0 => self.stmt_start = true,
            Token::Lambda if depth0 => self.lambdas += 1,
            Token::Colon if depth0 => {
                if self.lambdas > 0 {
                    self.lambdas -= 1;
                } else if self.header_line {
                    self.header_line = false;
                    self.stmt_start = true;
                }
            }
            Token::Name(name) if stmt_start && !self.embedded && name == "print" => {
                let following = self.raw.clone().next();
                let is_call_or_binding = matches!(
                    following,
                    Some(Ok(Token::LParen | Token::Assign | Token::Dot))
                );
                if !is_call_or_binding {
                    token = Token::PrintStmt;
                }
            }
            _ => {}
        }
        self.push(start, token, end);
    }

    /// Compares the indentation of a new logical line with the stack; queues
    /// INDENT/DEDENT tokens or an indentation error.
    fn indentation(&mut self, token_start: usize, token_end: usize) {
        let mut col = 0;
        let mut alt_col = 0;
        let mut ws_len = 0;
        for b in self.src[self.line_start..token_start].bytes() {
            match b {
                b' ' => {
                    col += 1;
                    alt_col += 1;
                }
                b'\t' => {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    alt_col += 1;
                }
                b'\x0c' => {
                    col = 0;
                    alt_col = 0;
                }
                _ => break,
            }
            ws_len += 1;
        }
        let ws = Span::new(self.line_start, self.line_start + ws_len);
        let here = Indentation { col, alt_col };
        let top = *self
            .indents
            .last()
            .unwrap_or(&Indentation { col: 0, alt_col: 0 });
        if col == top.col {
            if alt_col != top.alt_col {
                self.tab_error(ws);
            }
        } else if col > top.col {
            if alt_col <= top.alt_col {
                self.tab_error(ws);
            }
            self.indents.push(here);
            self.push(ws.start, Token::Indent, ws.end);
        } else {
            while self.indents.len() > 1 && col < self.indents[self.indents.len() - 1].col {
                self.indents.pop();
                self.push(token_start, Token::Dedent, token_start);
            }
            let top = self.indents[self.indents.len() - 1];
            if col != top.col {
                let error = SyntaxError::new(
                    "unindent does not match any outer indentation level",
                    Span::new(token_start, token_end),
                )
                .with_label("this line's indentation matches no enclosing block")
                .with_help("indent it exactly as far as a line of an enclosing block");
                self.error(error);
            } else if alt_col != top.alt_col {
                self.tab_error(ws);
            }
        }
    }

    fn tab_error(&mut self, ws: Span) {
        let error = SyntaxError::new("inconsistent use of tabs and spaces in indentation", ws)
            .with_label("this indentation mixes tabs and spaces inconsistently")
            .with_help("indent with spaces only (or tabs only) throughout the block");
        self.error(error);
    }

    fn at_eof(&mut self) {
        self.finished = true;
        let end = self.src.len();
        if let Some(&(open, pos)) = self.brackets.last() {
            self.needs_more = true;
            let error = SyntaxError::new(
                format!("'{open}' was never closed"),
                Span::new(pos, pos + 1),
            )
            .with_label("this bracket is never closed")
            .with_help(format!("add a matching '{}'", matching(open)));
            self.error(error);
        } else if !self.embedded && !self.needs_more && self.dangling_continuation() {
            self.needs_more = true;
            let error = SyntaxError::new("unexpected EOF while parsing", Span::new(end, end))
                .with_label("the line continues past the end of the input");
            self.error(error);
        }
        if self.embedded {
            return;
        }
        if self.line_has_tokens {
            self.push(end, Token::NewlineLogical, end);
            self.line_has_tokens = false;
        }
        while self.indents.len() > 1 {
            self.indents.pop();
            self.push(end, Token::Dedent, end);
        }
    }

    /// The text after the last token is a `\` line continuation and nothing more.
    fn dangling_continuation(&self) -> bool {
        let tail = self.src[self.last_end..].trim_start_matches([' ', '\t', '\x0c']);
        match tail.strip_prefix('\\') {
            Some(rest) => rest.trim().is_empty(),
            None => false,
        }
    }

    fn lex_error(&mut self, kind: LexErrorKind, start: usize, end: usize) -> SyntaxError {
        let text = &self.src[start..end];
        match kind {
            LexErrorKind::InvalidCharacter => {
                // A bad character inside a would-be identifier: point at that character.
                let (offset, c) = text
                    .char_indices()
                    .find(|&(i, c)| {
                        !(c.is_ascii() || c.is_alphanumeric())
                            || (i == 0 && !c.is_alphabetic() && !c.is_ascii())
                    })
                    .unwrap_or((0, text.chars().next().unwrap_or(' ')));
                let (start, end) = (start + offset, start + offset + c.len_utf8());
                if c == '\\' {
                    if self.src[end..].trim().is_empty() {
                        self.needs_more = true;
                        SyntaxError::new("unexpected EOF while parsing", Span::new(start, end))
                            .with_label("the line continues past the end of the input")
                    } else {
                        SyntaxError::new(
                            "unexpected character after line continuation character",
                            Span::new(start, end),
                        )
                        .with_label("a '\\' continuation must end its line")
                    }
                } else if c.is_ascii_graphic() {
                    SyntaxError::new("invalid syntax", Span::new(start, end))
                        .with_label(format!("unexpected character '{c}'"))
                } else {
                    SyntaxError::new(
                        format!("invalid character '{c}' (U+{:04X})", c as u32),
                        Span::new(start, end),
                    )
                    .with_label("this character cannot appear in Slate source")
                }
            }
            LexErrorKind::UnterminatedString => {
                let open = text.find(['\'', '"']).map_or(1, |i| i + 1);
                SyntaxError::new(
                    "EOL while scanning string literal",
                    Span::new(start, start + open),
                )
                .with_label("this string is not closed on its line")
                .with_help("close the string with the same quote, or use a triple-quoted string for several lines")
            }
            LexErrorKind::UnterminatedTripleString => {
                self.needs_more = true;
                let open = text.find(['\'', '"']).map_or(1, |i| i + 3);
                SyntaxError::new(
                    "EOF while scanning triple-quoted string literal",
                    Span::new(start, (start + open).min(end)),
                )
                .with_label("this string is never closed")
            }
            LexErrorKind::InvalidNumber(kind) => {
                SyntaxError::new(format!("invalid {kind} literal"), Span::new(start, end))
                    .with_label("this number is malformed")
            }
            LexErrorKind::BadStringLiteral(message) => {
                SyntaxError::new(message, Span::new(start, end))
                    .with_label("in this string literal")
            }
        }
    }
}

fn matching(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        _ => '}',
    }
}

impl Iterator for Lexer<'_> {
    type Item = Result<Spanned, LexError>;

    fn next(&mut self) -> Option<Self::Item> {
        loop {
            if let Some(item) = self.queue.pop_front() {
                return Some(item);
            }
            if self.finished {
                return None;
            }
            self.advance();
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(src: &str) -> Vec<Token> {
        Lexer::new(src).map(|t| t.unwrap().1).collect()
    }

    #[test]
    fn indentation_tokens() {
        use Token::*;
        let toks = kinds("if x:\n    y\n\n  # c\n    z\nw\n");
        assert_eq!(
            toks,
            vec![
                If,
                Name("x".into()),
                Colon,
                NewlineLogical,
                Indent,
                Name("y".into()),
                NewlineLogical,
                Name("z".into()),
                NewlineLogical,
                Dedent,
                Name("w".into()),
                NewlineLogical,
            ]
        );
    }

    #[test]
    fn brackets_join_lines() {
        use Token::*;
        let toks = kinds("f(1,\n  2)\nx = \\\n  3");
        assert_eq!(
            toks,
            vec![
                Name("f".into()),
                LParen,
                Int(1.into()),
                Comma,
                Int(2.into()),
                RParen,
                NewlineLogical,
                Name("x".into()),
                Assign,
                Int(3.into()),
                NewlineLogical,
            ]
        );
    }

    #[test]
    fn print_statement_detection() {
        let toks =
            kinds("print 'a'\nprint('a')\nprint\nprint.x\nif x: print 1\nf = lambda: print\n");
        let prints = toks.iter().filter(|t| **t == Token::PrintStmt).count();
        assert_eq!(prints, 3);
        let last_line = kinds("f = lambda: print\n");
        assert!(!last_line.contains(&Token::PrintStmt));
    }

    #[test]
    fn dedent_at_eof() {
        use Token::*;
        let toks = kinds("def f():\n  if x:\n    pass");
        assert_eq!(&toks[toks.len() - 3..], &[NewlineLogical, Dedent, Dedent]);
    }

    #[test]
    fn tab_error() {
        let errors: Vec<_> = Lexer::new("if x:\n        a\n\tb\n")
            .filter_map(|t| t.err())
            .collect();
        assert_eq!(errors.len(), 1);
        assert_eq!(
            errors[0].message,
            "inconsistent use of tabs and spaces in indentation"
        );
    }

    #[test]
    fn numbers_and_strings() {
        use super::super::token::StrLit;
        use Token::*;
        let toks =
            kinds("0x_ff 0o17 0b101 1_000 1.5 1e9 .5 5. 1_000.5 'a\\x41\\u00e9' b'\\x00' r'\\n'");
        assert_eq!(toks[0], Int(255.into()));
        assert_eq!(toks[1], Int(15.into()));
        assert_eq!(toks[2], Int(5.into()));
        assert_eq!(toks[3], Int(1000.into()));
        assert_eq!(toks[4], Float(1.5));
        assert_eq!(toks[5], Float(1e9));
        assert_eq!(toks[6], Float(0.5));
        assert_eq!(toks[7], Float(5.0));
        assert_eq!(toks[8], Float(1000.5));
        assert_eq!(toks[9], Str(StrLit::Str("aAé".into())));
        assert_eq!(toks[10], Str(StrLit::Bytes(vec![0])));
        assert_eq!(toks[11], Str(StrLit::Str("\\n".into())));
    }

    #[test]
    fn unterminated_strings() {
        let errors: Vec<_> = Lexer::new("x = 'abc\ny = 1\n")
            .filter_map(|t| t.err())
            .collect();
        assert_eq!(errors[0].message, "EOL while scanning string literal");
        assert_eq!(errors[0].span, Span::new(4, 5));
        let mut lexer = Lexer::new("x = '''abc\n");
        let errors: Vec<_> = lexer.by_ref().filter_map(|t| t.err()).collect();
        assert_eq!(
            errors[0].message,
            "EOF while scanning triple-quoted string literal"
        );
        assert!(lexer.needs_more_input());
    }
}
