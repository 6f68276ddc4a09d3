//! The raw tokens of Slate source: a `logos` lexer for words, numbers, strings and operators.
//!
//! Layout (NEWLINE, INDENT, DEDENT, bracket depth, the `print` statement) is not decided
//! here: physical newlines come out as [`Token::Newline`] and the layout layer in
//! `lexer.rs` turns them into logical lines. The layout-only variants at the top of the
//! enum carry no logos attribute, so logos never produces them.

use logos::{Lexer, Logos};
use num_bigint::BigInt;
use num_traits::Num;

/// What can go wrong while cutting the source into raw tokens.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum LexErrorKind {
    /// A character that starts no token.
    #[default]
    InvalidCharacter,
    /// A single-quoted string ran into the end of its line.
    UnterminatedString,
    /// A triple-quoted string ran into the end of the input.
    UnterminatedTripleString,
    /// A bad escape sequence or a non-ASCII character in a bytes literal.
    BadStringLiteral(String),
    /// A malformed number, with the kind of literal (`decimal`, `hexadecimal`, ...).
    InvalidNumber(&'static str),
}

/// A string literal as written, before adjacent literals are concatenated.
#[derive(Clone, Debug, PartialEq)]
pub enum StrLit {
    /// A plain (or raw) string, escapes already decoded.
    Str(String),
    /// A bytes literal, escapes already decoded.
    Bytes(Vec<u8>),
    /// An f-string: `start..end` is the byte range of its body (between the quotes) in
    /// the source; the body is split into literal text and fields by the parser.
    FString { raw: bool, start: usize, end: usize },
}

#[derive(Logos, Clone, Debug, PartialEq)]
#[logos(error = LexErrorKind)]
#[logos(skip r"[ \t\x0c]+")]
#[logos(skip r"#[^\r\n]*")]
#[logos(skip r"\\(\r\n|\n|\r)")]
pub enum Token {
    // ---- produced by the layout layer only ----
    /// End of a logical line.
    NewlineLogical,
    Indent,
    Dedent,
    /// The word `print` opening a Python 2 print statement.
    PrintStmt,
    /// Pseudo token selecting the whole-module entry of the grammar.
    StartModule,
    /// Pseudo token selecting the single-expression entry (f-string fields).
    StartExpr,

    // ---- physical layout seen by the layout layer ----
    #[regex(r"\r\n|\n|\r")]
    Newline,

    // ---- keywords ----
    #[token("False")]
    False,
    #[token("None")]
    None,
    #[token("True")]
    True,
    #[token("and")]
    And,
    #[token("as")]
    As,
    #[token("assert")]
    Assert,
    #[token("async")]
    Async,
    #[token("await")]
    Await,
    #[token("break")]
    Break,
    #[token("class")]
    Class,
    #[token("continue")]
    Continue,
    #[token("def")]
    Def,
    #[token("del")]
    Del,
    #[token("elif")]
    Elif,
    #[token("else")]
    Else,
    #[token("except")]
    Except,
    #[token("finally")]
    Finally,
    #[token("for")]
    For,
    #[token("from")]
    From,
    #[token("global")]
    Global,
    #[token("if")]
    If,
    #[token("import")]
    Import,
    #[token("in")]
    In,
    #[token("is")]
    Is,
    #[token("lambda")]
    Lambda,
    #[token("nonlocal")]
    Nonlocal,
    #[token("not")]
    Not,
    #[token("or")]
    Or,
    #[token("pass")]
    Pass,
    #[token("raise")]
    Raise,
    #[token("return")]
    Return,
    #[token("try")]
    Try,
    #[token("while")]
    While,
    #[token("with")]
    With,
    #[token("yield")]
    Yield,

    // ---- words and literals ----
    #[regex(r"[a-zA-Z_\u{80}-\u{10FFFF}][a-zA-Z0-9_\u{80}-\u{10FFFF}]*", name)]
    Name(String),
    #[regex(r"[1-9](_?[0-9])*", |lex| int_value(lex.slice()))]
    #[regex(r"0(_?0)*", |lex| int_value(lex.slice()))]
    #[regex(r"0[xX](_?[0-9a-fA-F])+", |lex| int_value(lex.slice()))]
    #[regex(r"0[oO](_?[0-7])+", |lex| int_value(lex.slice()))]
    #[regex(r"0[bB](_?[01])+", |lex| int_value(lex.slice()))]
    Int(BigInt),
    #[regex(
        r"([0-9](_?[0-9])*)?\.[0-9](_?[0-9])*([eE][+-]?[0-9](_?[0-9])*)?",
        float_value
    )]
    #[regex(r"[0-9](_?[0-9])*\.([eE][+-]?[0-9](_?[0-9])*)?", float_value)]
    #[regex(r"[0-9](_?[0-9])*[eE][+-]?[0-9](_?[0-9])*", float_value)]
    Float(f64),
    #[regex(r#"([rRbBuUfF]|[rR][bBfF]|[bBfF][rR])?['"]"#, string_literal)]
    Str(StrLit),

    // ---- operators and delimiters ----
    #[token("(")]
    LParen,
    #[token(")")]
    RParen,
    #[token("[")]
    LBracket,
    #[token("]")]
    RBracket,
    #[token("{")]
    LBrace,
    #[token("}")]
    RBrace,
    #[token(",")]
    Comma,
    #[token(":")]
    Colon,
    #[token(";")]
    Semicolon,
    #[token(".")]
    Dot,
    #[token("...")]
    Ellipsis,
    #[token("@")]
    At,
    #[token("=")]
    Assign,
    #[token("->")]
    Arrow,
    #[token("+")]
    Plus,
    #[token("-")]
    Minus,
    #[token("*")]
    Star,
    #[token("**")]
    DoubleStar,
    #[token("/")]
    Slash,
    #[token("//")]
    DoubleSlash,
    #[token("%")]
    Percent,
    #[token("<<")]
    LShift,
    #[token(">>")]
    RShift,
    #[token("&")]
    Amper,
    #[token("|")]
    Pipe,
    #[token("^")]
    Caret,
    #[token("~")]
    Tilde,
    #[token("<")]
    Less,
    #[token(">")]
    Greater,
    #[token("<=")]
    LessEqual,
    #[token(">=")]
    GreaterEqual,
    #[token("==")]
    EqEqual,
    #[token("!=")]
    NotEqual,
    #[token("+=")]
    PlusAssign,
    #[token("-=")]
    MinusAssign,
    #[token("*=")]
    StarAssign,
    #[token("@=")]
    AtAssign,
    #[token("/=")]
    SlashAssign,
    #[token("//=")]
    DoubleSlashAssign,
    #[token("%=")]
    PercentAssign,
    #[token("&=")]
    AmperAssign,
    #[token("|=")]
    PipeAssign,
    #[token("^=")]
    CaretAssign,
    #[token("<<=")]
    LShiftAssign,
    #[token(">>=")]
    RShiftAssign,
    #[token("**=")]
    DoubleStarAssign,
}

impl Token {
    /// A short human description for error labels ("unexpected 'def'").
    pub fn describe(&self) -> String {
        match self {
            Token::NewlineLogical | Token::Newline => "end of line".to_string(),
            Token::Indent => "indent".to_string(),
            Token::Dedent => "dedent".to_string(),
            Token::PrintStmt => "'print'".to_string(),
            Token::StartModule | Token::StartExpr => "start of input".to_string(),
            Token::Name(name) => format!("name '{name}'"),
            Token::Int(_) | Token::Float(_) => "number".to_string(),
            Token::Str(_) => "string".to_string(),
            other => match other.text() {
                Some(text) => format!("'{text}'"),
                None => format!("{other:?}"),
            },
        }
    }

    /// The fixed spelling of a keyword, operator or delimiter.
    pub fn text(&self) -> Option<&'static str> {
        use Token::*;
        Some(match self {
            False => "False",
            None => "None",
            True => "True",
            And => "and",
            As => "as",
            Assert => "assert",
            Async => "async",
            Await => "await",
            Break => "break",
            Class => "class",
            Continue => "continue",
            Def => "def",
            Del => "del",
            Elif => "elif",
            Else => "else",
            Except => "except",
            Finally => "finally",
            For => "for",
            From => "from",
            Global => "global",
            If => "if",
            Import => "import",
            In => "in",
            Is => "is",
            Lambda => "lambda",
            Nonlocal => "nonlocal",
            Not => "not",
            Or => "or",
            Pass => "pass",
            Raise => "raise",
            Return => "return",
            Try => "try",
            While => "while",
            With => "with",
            Yield => "yield",
            LParen => "(",
            RParen => ")",
            LBracket => "[",
            RBracket => "]",
            LBrace => "{",
            RBrace => "}",
            Comma => ",",
            Colon => ":",
            Semicolon => ";",
            Dot => ".",
            Ellipsis => "...",
            At => "@",
            Assign => "=",
            Arrow => "->",
            Plus => "+",
            Minus => "-",
            Star => "*",
            DoubleStar => "**",
            Slash => "/",
            DoubleSlash => "//",
            Percent => "%",
            LShift => "<<",
            RShift => ">>",
            Amper => "&",
            Pipe => "|",
            Caret => "^",
            Tilde => "~",
            Less => "<",
            Greater => ">",
            LessEqual => "<=",
            GreaterEqual => ">=",
            EqEqual => "==",
            NotEqual => "!=",
            PlusAssign => "+=",
            MinusAssign => "-=",
            StarAssign => "*=",
            AtAssign => "@=",
            SlashAssign => "/=",
            DoubleSlashAssign => "//=",
            PercentAssign => "%=",
            AmperAssign => "&=",
            PipeAssign => "|=",
            CaretAssign => "^=",
            LShiftAssign => "<<=",
            RShiftAssign => ">>=",
            DoubleStarAssign => "**=",
            _ => return Option::None,
        })
    }

    /// Keywords that open a compound statement header ending in `:`.
    pub fn opens_header(&self) -> bool {
        matches!(
            self,
            Token::If
                | Token::Elif
                | Token::Else
                | Token::While
                | Token::For
                | Token::Try
                | Token::Except
                | Token::Finally
                | Token::With
                | Token::Def
                | Token::Class
        )
    }
}

/// Identifiers may use Unicode letters and digits; other non-ASCII characters are errors.
fn name(lex: &mut Lexer<Token>) -> Result<String, LexErrorKind> {
    let text = lex.slice();
    let mut chars = text.chars();
    let first_ok = chars
        .next()
        .is_some_and(|c| c.is_ascii() || c.is_alphabetic());
    if first_ok && chars.all(|c| c.is_ascii() || c.is_alphanumeric()) {
        Ok(text.to_string())
    } else {
        Err(LexErrorKind::InvalidCharacter)
    }
}

/// The value of an integer literal. Logos may hand a callback a partial match such as
/// `0x` or `1e` (it does not backtrack), so the text is validated here.
fn int_value(text: &str) -> Result<BigInt, LexErrorKind> {
    let prefix = text.get(..2).map(str::to_ascii_lowercase);
    let (digits, radix, kind) = match prefix.as_deref() {
        Some("0x") => (&text[2..], 16, "hexadecimal"),
        Some("0o") => (&text[2..], 8, "octal"),
        Some("0b") => (&text[2..], 2, "binary"),
        _ => (text, 10, "decimal"),
    };
    if digits.ends_with('_') || digits.contains("__") {
        return Err(LexErrorKind::InvalidNumber(kind));
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    BigInt::from_str_radix(&clean, radix).map_err(|_| LexErrorKind::InvalidNumber(kind))
}

fn float_value(lex: &mut Lexer<Token>) -> Result<f64, LexErrorKind> {
    let clean: String = lex.slice().chars().filter(|&c| c != '_').collect();
    clean
        .parse()
        .map_err(|_| LexErrorKind::InvalidNumber("decimal"))
}

/// Called after the prefix and the opening quote: scans to the closing quote, decodes.
fn string_literal(lex: &mut Lexer<Token>) -> Result<StrLit, LexErrorKind> {
    let opening = lex.slice();
    let quote = opening.as_bytes()[opening.len() - 1];
    let prefix = opening[..opening.len() - 1].to_ascii_lowercase();
    let raw = prefix.contains('r');
    let bytes = prefix.contains('b');
    let fstring = prefix.contains('f');
    let rest = lex.remainder().as_bytes();
    let triple = rest.len() >= 2 && rest[0] == quote && rest[1] == quote;
    let open_len = if triple { 2 } else { 0 };
    let mut i = open_len;
    let body_end;
    loop {
        if i >= rest.len() {
            lex.bump(rest.len());
            return Err(if triple {
                LexErrorKind::UnterminatedTripleString
            } else {
                LexErrorKind::UnterminatedString
            });
        }
        match rest[i] {
            b'\\' if rest.get(i + 1) == Some(&b'\r') && rest.get(i + 2) == Some(&b'\n') => i += 3,
            b'\\' => i += 2,
            b'\n' | b'\r' if !triple => {
                lex.bump(i);
                return Err(LexErrorKind::UnterminatedString);
            }
            c if c == quote => {
                if !triple {
                    body_end = i;
                    i += 1;
                    break;
                }
                if rest.len() >= i + 3 && rest[i + 1] == quote && rest[i + 2] == quote {
                    body_end = i;
                    i += 3;
                    break;
                }
                i += 1;
            }
            _ => i += 1,
        }
    }
    let body_start = lex.span().end + open_len;
    let body_end = lex.span().end + body_end;
    lex.bump(i);
    let body = &lex.source()[body_start..body_end];
    Ok(if fstring {
        StrLit::FString {
            raw,
            start: body_start,
            end: body_end,
        }
    } else if bytes {
        StrLit::Bytes(decode_bytes(body, raw).map_err(LexErrorKind::BadStringLiteral)?)
    } else if raw {
        StrLit::Str(normalize_newlines(body))
    } else {
        StrLit::Str(decode_str(body).map_err(LexErrorKind::BadStringLiteral)?)
    })
}

/// Source newlines inside a literal always mean `\n`.
pub(crate) fn normalize_newlines(text: &str) -> String {
    if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        text.to_string()
    }
}

/// Decodes the escapes of a (non-raw) `str` literal body.
pub(crate) fn decode_str(body: &str) -> Result<String, String> {
    let mut out = String::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                None => out.push('\\'),
                Some(e) => decode_escape(e, &mut chars, &mut out, false)?,
            },
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push('\n');
            }
            _ => out.push(c),
        }
    }
    Ok(out)
}

/// Decodes the body of a bytes literal (`raw` keeps backslashes as written).
fn decode_bytes(body: &str, raw: bool) -> Result<Vec<u8>, String> {
    if !body.is_ascii() {
        return Err("bytes can only contain ASCII literal characters".to_string());
    }
    if raw {
        return Ok(normalize_newlines(body).into_bytes());
    }
    let mut out = Vec::with_capacity(body.len());
    let mut chars = body.chars().peekable();
    let mut buf = String::new();
    while let Some(c) = chars.next() {
        match c {
            '\\' => match chars.next() {
                None => out.push(b'\\'),
                Some(e) => {
                    buf.clear();
                    decode_escape(e, &mut chars, &mut buf, true)?;
                    // In bytes mode every decoded char is below 256 and stands for one byte.
                    out.extend(buf.chars().map(|c| c as u32 as u8));
                }
            },
            '\r' => {
                if chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push(b'\n');
            }
            _ => out.push(c as u8),
        }
    }
    Ok(out)
}

/// Decodes one escape whose backslash was consumed and whose letter is `e`.
fn decode_escape(
    e: char,
    chars: &mut std::iter::Peekable<std::str::Chars>,
    out: &mut String,
    bytes: bool,
) -> Result<(), String> {
    let simple = match e {
        '\n' => Some(None),
        '\r' => {
            if chars.peek() == Some(&'\n') {
                chars.next();
            }
            Some(None)
        }
        '\\' => Some(Some('\\')),
        '\'' => Some(Some('\'')),
        '"' => Some(Some('"')),
        'a' => Some(Some('\x07')),
        'b' => Some(Some('\x08')),
        'f' => Some(Some('\x0c')),
        'n' => Some(Some('\n')),
        'r' => Some(Some('\r')),
        't' => Some(Some('\t')),
        'v' => Some(Some('\x0b')),
        _ => None,
    };
    if let Some(c) = simple {
        out.extend(c);
        return Ok(());
    }
    match e {
        '0'..='7' => {
            let mut value = e.to_digit(8).unwrap_or(0);
            for _ in 0..2 {
                match chars.peek().and_then(|c| c.to_digit(8)) {
                    Some(d) => {
                        value = value * 8 + d;
                        chars.next();
                    }
                    None => break,
                }
            }
            if bytes && value > 0xff {
                return Err(format!("octal escape value \\{value:o} out of range"));
            }
            out.push(char::from_u32(value).unwrap_or('\u{fffd}'));
        }
        'x' => out.push(hex_escape(chars, 2, 'x')?),
        'u' if !bytes => out.push(hex_escape(chars, 4, 'u')?),
        'U' if !bytes => out.push(hex_escape(chars, 8, 'U')?),
        'N' if !bytes => return Err("\\N{...} escapes are not supported".to_string()),
        other => {
            // Unknown escapes keep their backslash, as in Python.
            out.push('\\');
            out.push(other);
        }
    }
    Ok(())
}

fn hex_escape(
    chars: &mut std::iter::Peekable<std::str::Chars>,
    len: usize,
    letter: char,
) -> Result<char, String> {
    let mut value: u32 = 0;
    for _ in 0..len {
        match chars.peek().and_then(|c| c.to_digit(16)) {
            Some(d) => {
                value = value * 16 + d;
                chars.next();
            }
            None => return Err(format!("truncated \\{letter}{} escape", "X".repeat(len))),
        }
    }
    char::from_u32(value).ok_or_else(|| format!("illegal Unicode character in \\{letter} escape"))
}
