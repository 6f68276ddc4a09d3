//! The parser: entry points ([`parse_module`], [`is_incomplete`]), error recovery and
//! reporting, and the helpers the grammar's one-line actions call.
//!
//! Recovery works at the level of top-level statements: the whole input is lexed first;
//! when the parser fails, the error is recorded and parsing restarts at the next
//! statement that begins at indentation level 0. That gives one error per broken
//! top-level statement and never a cascade of follow-on errors. A parse error in a
//! statement that already has a lexical error is not reported (the lexical error is the
//! cause).

use std::cell::Cell;
use std::collections::HashSet;

use lalrpop_util::ParseError;

use super::ast::*;
use super::error::SyntaxError;
use super::lexer::{Lexer, Spanned};
use super::token::{decode_str, normalize_newlines, StrLit, Token};

lalrpop_util::lalrpop_mod!(
    #[allow(clippy::all, clippy::pedantic, unused_qualifications)]
    grammar,
    "/slate.rs"
);

/// What the grammar's entry rule produces, depending on its pseudo start token.
pub(crate) enum Top {
    Module(Vec<Stmt>),
    Expr(Expr),
}

type LalrpopError = ParseError<usize, Token, SyntaxError>;

/// Parses a whole file, `-c` string or REPL input.
pub fn parse_module(source: &str) -> Result<Module, Vec<SyntaxError>> {
    let mut tokens = Vec::new();
    let mut errors = Vec::new();
    for item in Lexer::new(source) {
        match item {
            Ok(token) => tokens.push(token),
            Err(error) => errors.push(error),
        }
    }
    let (body, parse_errors) = parse_tokens(source, &tokens, &errors);
    errors.extend(parse_errors);
    if errors.is_empty() {
        Ok(Module { body })
    } else {
        errors.sort_by_key(|e| e.span.start);
        Err(errors)
    }
}

/// REPL helper: true when more input is needed before `source` can be run — it ends
/// inside a bracket, a triple-quoted string or after a `\` continuation, or its last
/// line opens a block (`def f():`), or it has an indented block not yet closed by a
/// blank line. Input with a real syntax error is complete (so that it gets reported).
pub fn is_incomplete(source: &str) -> bool {
    let mut lexer = Lexer::new(source);
    let mut tokens = Vec::new();
    let mut lex_errors = false;
    for item in lexer.by_ref() {
        match item {
            Ok((_, token, _)) => tokens.push(token),
            Err(_) => lex_errors = true,
        }
    }
    if lexer.needs_more_input() {
        return true;
    }
    if lex_errors {
        return false;
    }
    let last = tokens
        .iter()
        .rev()
        .find(|t| !matches!(t, Token::NewlineLogical | Token::Dedent));
    let ends_with_colon = last == Some(&Token::Colon);
    let opened_block = tokens.contains(&Token::Indent);
    if !(ends_with_colon || opened_block) || ends_with_blank_line(source) {
        return false;
    }
    let end = source.trim_end().len();
    match parse_module(source) {
        Ok(_) => true,
        Err(errors) => errors.iter().all(|e| e.span.start >= end),
    }
}

/// The input's last line (before its final newline) is blank, as when a REPL user
/// enters an empty line to close a block.
fn ends_with_blank_line(source: &str) -> bool {
    let Some(body) = source.strip_suffix('\n') else {
        return false;
    };
    let body = body.strip_suffix('\r').unwrap_or(body);
    match body.rfind('\n') {
        Some(i) => body[i + 1..].trim().is_empty(),
        None => false,
    }
}

/// Parses a token stream, restarting after each error at the next top-level statement.
fn parse_tokens(
    source: &str,
    tokens: &[Spanned],
    lex_errors: &[SyntaxError],
) -> (Vec<Stmt>, Vec<SyntaxError>) {
    let parser = grammar::TopParser::new();
    // Indentation level before each token.
    let mut levels = Vec::with_capacity(tokens.len() + 1);
    let mut level = 0i64;
    for (_, token, _) in tokens {
        levels.push(level);
        match token {
            Token::Indent => level += 1,
            Token::Dedent => level -= 1,
            _ => {}
        }
    }
    levels.push(level);

    let mut body = Vec::new();
    let mut errors = Vec::new();
    let mut start = 0;
    loop {
        let pulled = Cell::new(0usize);
        let origin = tokens.get(start).map_or(source.len(), |t| t.0);
        let stream = std::iter::once((origin, Token::StartModule, origin))
            .chain(tokens[start..].iter().cloned().inspect(|_| {
                pulled.set(pulled.get() + 1);
            }))
            .map(Ok::<Spanned, SyntaxError>);
        match parser.parse(source, stream) {
            Ok(Top::Module(stmts)) => {
                body.extend(stmts);
                break;
            }
            Ok(Top::Expr(_)) => break,
            Err(error) => {
                let bad = (start + pulled.get()).saturating_sub(1);
                let resume = resync(tokens, &levels, bad);
                let chunk_start = if start == 0 { 0 } else { origin };
                let chunk_end = resume.map_or(usize::MAX, |j| tokens[j].0);
                let caused_by_lex_error = lex_errors
                    .iter()
                    .any(|e| e.span.start >= chunk_start && e.span.start < chunk_end);
                if !caused_by_lex_error {
                    errors.push(convert_error(error, source, &tokens[start..], bad - start));
                }
                match resume {
                    Some(j) => start = j,
                    None => break,
                }
            }
        }
    }
    (body, errors)
}

/// The first token after `bad` that starts a statement at indentation level 0.
fn resync(tokens: &[Spanned], levels: &[i64], bad: usize) -> Option<usize> {
    (bad + 1..tokens.len()).find(|&j| {
        matches!(tokens[j - 1].1, Token::NewlineLogical | Token::Dedent)
            && levels[j] == 0
            && !matches!(
                tokens[j].1,
                Token::NewlineLogical | Token::Indent | Token::Dedent
            )
    })
}

/// Turns a lalrpop error into a Python-style syntax error. `tokens` is the chunk being
/// parsed and `bad` the index in it of the token the parser stopped at.
fn convert_error(
    error: LalrpopError,
    source: &str,
    tokens: &[Spanned],
    bad: usize,
) -> SyntaxError {
    let expects = |expected: &[String], what: &str| {
        let quoted = format!("\"{what}\"");
        expected.iter().any(|e| *e == quoted)
    };
    match error {
        ParseError::User { error } => error,
        ParseError::InvalidToken { location } => {
            SyntaxError::new("invalid syntax", Span::new(location, location))
        }
        ParseError::ExtraToken {
            token: (start, token, end),
        } => SyntaxError::new("invalid syntax", Span::new(start, end))
            .with_label(format!("unexpected {}", token.describe())),
        ParseError::UnrecognizedEof { location, expected } => {
            if expects(&expected, "INDENT") {
                indented_block_error(Span::new(location, location), tokens, bad)
            } else {
                SyntaxError::new("unexpected EOF while parsing", Span::new(location, location))
                    .with_label("the input ends here")
            }
        }
        ParseError::UnrecognizedToken {
            token: (start, token, end),
            expected,
        } => {
            let span = Span::new(start, end);
            let header = line_keyword(tokens, bad);
            match token {
                Token::Indent => {
                    let span = tokens.get(bad + 1).map_or(span, |t| Span::new(t.0, t.2));
                    SyntaxError::new("unexpected indent", span)
                        .with_label("this line is indented more than the block it is in")
                        .with_help("indent a line only to start the body of a compound statement")
                }
                _ if expects(&expected, "INDENT") => indented_block_error(span, tokens, bad),
                Token::NewlineLogical if expects(&expected, ":") && header.is_some() => {
                    let keyword = header.unwrap_or_default();
                    let at = if start == end { start } else { start.min(end) };
                    SyntaxError::new("expected ':'", Span::new(at, end.max(at)))
                        .with_label("expected ':' here")
                        .with_help(format!(
                            "the header of a '{keyword}' statement must end with a colon"
                        ))
                }
                Token::Assign
                    if matches!(header.as_deref(), Some("if" | "elif" | "while")) =>
                {
                    SyntaxError::new("invalid syntax", span)
                        .with_label("'=' assigns; it cannot appear in a condition")
                        .with_help("to compare values use '==' instead of '='")
                }
                Token::Name(_) | Token::Int(_) | Token::Float(_) | Token::Str(_)
                    if expects(&expected, ",") && bracket_depth(tokens, bad) > 0 =>
                {
                    SyntaxError::new("invalid syntax", span)
                        .with_label(format!("unexpected {}", token.describe()))
                        .with_help("perhaps you forgot a comma?")
                }
                Token::NewlineLogical if start == end && start >= source.trim_end().len() => {
                    SyntaxError::new("unexpected EOF while parsing", span)
                        .with_label("the input ends here")
                }
                _ => SyntaxError::new("invalid syntax", span)
                    .with_label(format!("unexpected {}", token.describe())),
            }
        }
    }
}

fn indented_block_error(span: Span, tokens: &[Spanned], bad: usize) -> SyntaxError {
    // The header is the logical line before the one that should have been indented.
    let header_line_end = tokens[..bad.min(tokens.len())]
        .iter()
        .rposition(|t| t.1 == Token::NewlineLogical);
    let keyword = header_line_end.and_then(|i| line_keyword(tokens, i));
    let error = SyntaxError::new("expected an indented block", span)
        .with_label("expected an indented line here");
    match keyword {
        Some(keyword) => error.with_help(format!(
            "indent the body of the '{keyword}' statement (4 spaces is usual)"
        )),
        None => error,
    }
}

/// The compound-statement keyword starting the logical line of token `index`, if any.
fn line_keyword(tokens: &[Spanned], index: usize) -> Option<String> {
    let index = index.min(tokens.len());
    let line_start = tokens[..index]
        .iter()
        .rposition(|t| {
            matches!(
                t.1,
                Token::NewlineLogical | Token::Indent | Token::Dedent
            )
        })
        .map_or(0, |i| i + 1);
    let first = &tokens.get(line_start)?.1;
    let first = if *first == Token::At {
        return None;
    } else {
        first
    };
    if first.opens_header() {
        first.text().map(str::to_string)
    } else {
        None
    }
}

/// Brackets open before token `index` on its logical line.
fn bracket_depth(tokens: &[Spanned], index: usize) -> i64 {
    let index = index.min(tokens.len());
    let line_start = tokens[..index]
        .iter()
        .rposition(|t| t.1 == Token::NewlineLogical)
        .map_or(0, |i| i + 1);
    tokens[line_start..index]
        .iter()
        .map(|t| match t.1 {
            Token::LParen | Token::LBracket | Token::LBrace => 1,
            Token::RParen | Token::RBracket | Token::RBrace => -1,
            _ => 0,
        })
        .sum()
}

/// Parses `src[start..end]` (an f-string field) as an expression, keeping absolute spans.
fn parse_embedded_expr(src: &str, start: usize, end: usize) -> Result<Expr, SyntaxError> {
    let mut tokens = Vec::new();
    for item in Lexer::embedded(src, start, end) {
        tokens.push(item?);
    }
    let stream = std::iter::once(Ok((start, Token::StartExpr, start)))
        .chain(tokens.iter().cloned().map(Ok));
    match grammar::TopParser::new().parse(src, stream) {
        Ok(Top::Expr(expr)) => Ok(expr),
        Ok(Top::Module(_)) => Err(SyntaxError::new(
            "f-string: invalid syntax",
            Span::new(start, end),
        )),
        Err(ParseError::User { error }) => Err(error),
        Err(ParseError::UnrecognizedToken {
            token: (s, token, e),
            ..
        }) => Err(SyntaxError::new("f-string: invalid syntax", Span::new(s, e))
            .with_label(format!("unexpected {}", token.describe()))),
        Err(_) => Err(SyntaxError::new(
            "f-string: invalid syntax",
            Span::new(start, end),
        )
        .with_label("this f-string expression is incomplete")),
    }
}

// ---------------------------------------------------------------- node builders

pub(crate) fn expr(kind: ExprKind, l: usize, r: usize) -> Expr {
    Expr {
        kind,
        span: Span::new(l, r),
    }
}

pub(crate) fn stmt(kind: StmtKind, l: usize, r: usize) -> Stmt {
    Stmt {
        kind,
        span: Span::new(l, r),
    }
}

pub(crate) fn flatten(lines: Vec<Vec<Stmt>>) -> Vec<Stmt> {
    lines.into_iter().flatten().collect()
}

pub(crate) fn cons(first: Stmt, rest: Vec<Stmt>) -> Vec<Stmt> {
    let mut v = Vec::with_capacity(rest.len() + 1);
    v.push(first);
    v.extend(rest);
    v
}

pub(crate) fn bin(left: Expr, op: BinOp, right: Expr, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::BinOp {
            op,
            left: Box::new(left),
            right: Box::new(right),
        },
        l,
        r,
    )
}

pub(crate) fn unary(op: UnaryOp, operand: Expr, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::UnaryOp {
            op,
            operand: Box::new(operand),
        },
        l,
        r,
    )
}

pub(crate) fn bool_op(op: BoolOp, first: Expr, rest: Vec<Expr>, l: usize, r: usize) -> Expr {
    let mut values = Vec::with_capacity(rest.len() + 1);
    values.push(first);
    values.extend(rest);
    expr(ExprKind::BoolOp { op, values }, l, r)
}

pub(crate) fn compare(first: Expr, ops: Vec<(CmpOp, Expr)>, l: usize, r: usize) -> Expr {
    expr(
        ExprKind::Compare {
            left: Box::new(first),
            ops,
        },
        l,
        r,
    )
}

pub(crate) fn tuple(mut items: Vec<Expr>, last: Option<Expr>, l: usize, r: usize) -> Expr {
    items.extend(last);
    expr(ExprKind::Tuple(items), l, r)
}

pub(crate) fn slice(
    lower: Option<Expr>,
    upper: Option<Expr>,
    step: Option<Expr>,
    l: usize,
    r: usize,
) -> Expr {
    expr(
        ExprKind::Slice {
            lower: lower.map(Box::new),
            upper: upper.map(Box::new),
            step: step.map(Box::new),
        },
        l,
        r,
    )
}

pub(crate) fn dotted(first: String, rest: Vec<String>) -> String {
    let mut name = first;
    for part in rest {
        name.push('.');
        name.push_str(&part);
    }
    name
}

/// A starred expression is only valid inside a tuple, list, set or call.
pub(crate) fn no_bare_star(e: Expr) -> Result<Expr, SyntaxError> {
    if let ExprKind::Starred(_) = e.kind {
        return Err(SyntaxError::new("can't use starred expression here", e.span));
    }
    Ok(e)
}

/// `print a, b,`: a trailing comma (after at least one value) suppresses the newline.
pub(crate) fn print_stmt(mut values: Vec<Expr>, last: Option<Expr>, l: usize, r: usize) -> Stmt {
    let trailing_comma = last.is_none() && !values.is_empty();
    values.extend(last);
    stmt(
        StmtKind::Print {
            values,
            trailing_comma,
        },
        l,
        r,
    )
}

/// An expression statement, or an assignment chain `t1 = t2 = value`.
pub(crate) fn assign_or_expr(
    first: Expr,
    rest: Vec<Expr>,
    l: usize,
    r: usize,
) -> Result<Stmt, SyntaxError> {
    if rest.is_empty() {
        let e = no_bare_star(first)?;
        return Ok(stmt(StmtKind::Expr(e), l, r));
    }
    let mut all = cons_expr(first, rest);
    let value = all.pop().map(no_bare_star).transpose()?;
    let value = value.ok_or_else(|| SyntaxError::new("invalid syntax", Span::new(l, r)))?;
    let targets = all
        .into_iter()
        .map(check_target)
        .collect::<Result<Vec<_>, _>>()?;
    Ok(stmt(StmtKind::Assign { targets, value }, l, r))
}

fn cons_expr(first: Expr, rest: Vec<Expr>) -> Vec<Expr> {
    let mut v = Vec::with_capacity(rest.len() + 1);
    v.push(first);
    v.extend(rest);
    v
}

pub(crate) fn aug_assign(
    target: Expr,
    op: BinOp,
    value: Expr,
    l: usize,
    r: usize,
) -> Result<Stmt, SyntaxError> {
    match &target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        ExprKind::Tuple(_) | ExprKind::List(_) => {
            let what = if matches!(target.kind, ExprKind::Tuple(_)) {
                "tuple"
            } else {
                "list"
            };
            return Err(SyntaxError::new(
                format!("'{what}' is an illegal expression for augmented assignment"),
                target.span,
            ));
        }
        _ => {
            check_target_ref(&target, "assign to", true)?;
        }
    }
    Ok(stmt(
        StmtKind::AugAssign {
            target,
            op,
            value: no_bare_star(value)?,
        },
        l,
        r,
    ))
}

pub(crate) fn ann_assign(
    target: Expr,
    annotation: Expr,
    value: Option<Expr>,
    l: usize,
    r: usize,
) -> Result<Stmt, SyntaxError> {
    match &target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {}
        ExprKind::Tuple(_) => {
            return Err(SyntaxError::new(
                "only single target (not tuple) can be annotated",
                target.span,
            ))
        }
        ExprKind::List(_) => {
            return Err(SyntaxError::new(
                "only single target (not list) can be annotated",
                target.span,
            ))
        }
        _ => check_target_ref(&target, "assign to", true)?,
    }
    Ok(stmt(
        StmtKind::AnnAssign {
            target,
            annotation,
            value,
        },
        l,
        r,
    ))
}

/// Checks an assignment (or `for`/`with`/comprehension) target.
pub(crate) fn check_target(target: Expr) -> Result<Expr, SyntaxError> {
    if let ExprKind::Starred(_) = target.kind {
        return Err(SyntaxError::new(
            "starred assignment target must be in a list or tuple",
            target.span,
        ));
    }
    check_target_ref(&target, "assign to", true)?;
    Ok(target)
}

/// Checks the targets of `del`.
pub(crate) fn check_del(targets: Vec<Expr>) -> Result<Vec<Expr>, SyntaxError> {
    for target in &targets {
        check_target_ref(target, "delete", false)?;
    }
    Ok(targets)
}

fn check_target_ref(target: &Expr, verb: &str, star_ok: bool) -> Result<(), SyntaxError> {
    let what = match &target.kind {
        ExprKind::Name(_) | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
            return Ok(())
        }
        ExprKind::Tuple(items) | ExprKind::List(items) => {
            let stars = items
                .iter()
                .filter(|e| matches!(e.kind, ExprKind::Starred(_)))
                .count();
            if stars > 1 && star_ok {
                return Err(SyntaxError::new(
                    "multiple starred expressions in assignment",
                    target.span,
                ));
            }
            for item in items {
                check_target_ref(item, verb, star_ok)?;
            }
            return Ok(());
        }
        ExprKind::Starred(inner) if star_ok => return check_target_ref(inner, verb, star_ok),
        ExprKind::Starred(_) => "starred",
        ExprKind::Int(_)
        | ExprKind::Float(_)
        | ExprKind::Str(_)
        | ExprKind::Bytes(_) => "literal",
        ExprKind::FString(_) => "f-string expression",
        ExprKind::True => "True",
        ExprKind::False => "False",
        ExprKind::None => "None",
        ExprKind::Ellipsis => "Ellipsis",
        ExprKind::Set(_) => "set display",
        ExprKind::Dict(_) => "dict display",
        ExprKind::Slice { .. } => "slice",
        ExprKind::Call { .. } => "function call",
        ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } | ExprKind::BoolOp { .. } => {
            "operator"
        }
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield(_) | ExprKind::YieldFrom(_) => "yield expression",
    };
    Err(SyntaxError::new(format!("cannot {verb} {what}"), target.span))
}

/// Checks call arguments (order, repeats, a bare generator expression) and builds the call.
pub(crate) fn call(
    func: Expr,
    args: Vec<(Arg, bool)>,
    l: usize,
    r: usize,
) -> Result<Expr, SyntaxError> {
    let args = check_args(args)?;
    Ok(expr(
        ExprKind::Call {
            func: Box::new(func),
            args,
        },
        l,
        r,
    ))
}

fn check_args(args: Vec<(Arg, bool)>) -> Result<Vec<Arg>, SyntaxError> {
    let count = args.len();
    let mut seen_keyword = false;
    let mut seen_double_star = false;
    let mut keywords = HashSet::new();
    let mut out = Vec::with_capacity(count);
    for (arg, bare_genexp) in args {
        match &arg {
            Arg::Positional(e) => {
                if bare_genexp && count > 1 {
                    return Err(SyntaxError::new(
                        "Generator expression must be parenthesized",
                        e.span,
                    ));
                }
                if seen_double_star {
                    return Err(SyntaxError::new(
                        "positional argument follows keyword argument unpacking",
                        e.span,
                    ));
                }
                if seen_keyword {
                    return Err(SyntaxError::new(
                        "positional argument follows keyword argument",
                        e.span,
                    ));
                }
            }
            Arg::Star(e) => {
                if seen_double_star {
                    return Err(SyntaxError::new(
                        "iterable argument unpacking follows keyword argument unpacking",
                        e.span,
                    ));
                }
            }
            Arg::Keyword(name, _, span) => {
                if !keywords.insert(name.clone()) {
                    return Err(SyntaxError::new("keyword argument repeated", *span));
                }
                seen_keyword = true;
            }
            Arg::DoubleStar(_) => seen_double_star = true,
        }
        out.push(arg);
    }
    Ok(out)
}

/// A parameter list item before validation.
pub(crate) enum ParamItem {
    Plain(Param),
    /// `*name`, or a bare `*` (empty name).
    Star(Param),
    DoubleStar(Param),
}

pub(crate) fn param(
    name: String,
    annotation: Option<Expr>,
    default: Option<Expr>,
    l: usize,
    r: usize,
) -> Param {
    Param {
        name,
        default,
        annotation,
        span: Span::new(l, r),
    }
}

/// Validates a parameter list: order, defaults, `*` and `**`, duplicate names.
fn params(items: Vec<ParamItem>) -> Result<Params, SyntaxError> {
    let mut params = Params::default();
    let mut names = HashSet::new();
    let mut seen_default = false;
    for item in items {
        let param = match &item {
            ParamItem::Plain(p) | ParamItem::Star(p) | ParamItem::DoubleStar(p) => p,
        };
        if params.kwarg.is_some() {
            return Err(SyntaxError::new(
                "arguments cannot follow var-keyword argument",
                param.span,
            ));
        }
        if !param.name.is_empty() && !names.insert(param.name.clone()) {
            return Err(SyntaxError::new(
                format!("duplicate argument '{}' in function definition", param.name),
                param.span,
            ));
        }
        match item {
            ParamItem::Plain(p) => {
                if params.vararg.is_some() {
                    params.kwonly.push(p);
                } else {
                    if p.default.is_some() {
                        seen_default = true;
                    } else if seen_default {
                        return Err(SyntaxError::new(
                            "non-default argument follows default argument",
                            p.span,
                        ));
                    }
                    params.args.push(p);
                }
            }
            ParamItem::Star(p) => {
                if params.vararg.is_some() {
                    return Err(SyntaxError::new(
                        "* argument may appear only once",
                        p.span,
                    ));
                }
                params.vararg = Some(p);
            }
            ParamItem::DoubleStar(p) => params.kwarg = Some(p),
        }
    }
    if let Some(star) = &params.vararg {
        if star.name.is_empty() && params.kwonly.is_empty() {
            return Err(SyntaxError::new("named arguments must follow bare *", star.span));
        }
    }
    Ok(params)
}

pub(crate) fn lambda(
    items: Vec<ParamItem>,
    body: Expr,
    l: usize,
    r: usize,
) -> Result<Expr, SyntaxError> {
    let params = params(items)?;
    Ok(expr(
        ExprKind::Lambda {
            params: Box::new(params),
            body: Box::new(body),
        },
        l,
        r,
    ))
}

/// One clause after the first `for` of a comprehension.
pub(crate) enum CompIter {
    For(Expr, Expr),
    If(Expr),
}

pub(crate) fn comprehension(first: (Expr, Expr), rest: Vec<CompIter>) -> Vec<Comprehension> {
    let mut out = vec![Comprehension {
        target: first.0,
        iter: first.1,
        ifs: Vec::new(),
    }];
    for clause in rest {
        match clause {
            CompIter::For(target, iter) => out.push(Comprehension {
                target,
                iter,
                ifs: Vec::new(),
            }),
            CompIter::If(cond) => {
                if let Some(last) = out.last_mut() {
                    last.ifs.push(cond);
                }
            }
        }
    }
    out
}

/// End offset of a block: its last statement's end (or `fallback` when empty).
fn end_of(body: &[Stmt], fallback: usize) -> usize {
    body.last().map_or(fallback, |s| s.span.end.max(fallback))
}

pub(crate) fn if_stmt(
    l: usize,
    test: Expr,
    body: Vec<Stmt>,
    elifs: Vec<(usize, Expr, Vec<Stmt>)>,
    orelse: Option<Vec<Stmt>>,
) -> Stmt {
    // Build from the innermost `elif` outwards.
    let mut tail = orelse.unwrap_or_default();
    let mut tail_end = end_of(&tail, 0);
    for (el, etest, ebody) in elifs.into_iter().rev() {
        let end = end_of(&ebody, etest.span.end).max(tail_end);
        let nested = stmt(
            StmtKind::If {
                test: etest,
                body: ebody,
                orelse: tail,
            },
            el,
            end,
        );
        tail_end = end;
        tail = vec![nested];
    }
    let end = end_of(&body, test.span.end).max(tail_end);
    stmt(
        StmtKind::If {
            test,
            body,
            orelse: tail,
        },
        l,
        end,
    )
}

pub(crate) fn while_stmt(
    l: usize,
    test: Expr,
    body: Vec<Stmt>,
    orelse: Option<Vec<Stmt>>,
) -> Stmt {
    let orelse = orelse.unwrap_or_default();
    let end = end_of(&body, test.span.end).max(end_of(&orelse, 0));
    stmt(StmtKind::While { test, body, orelse }, l, end)
}

pub(crate) fn for_stmt(
    l: usize,
    target: Expr,
    iter: Expr,
    body: Vec<Stmt>,
    orelse: Option<Vec<Stmt>>,
) -> Result<Stmt, SyntaxError> {
    let target = check_target(target)?;
    let orelse = orelse.unwrap_or_default();
    let end = end_of(&body, iter.span.end).max(end_of(&orelse, 0));
    Ok(stmt(
        StmtKind::For {
            target,
            iter,
            body,
            orelse,
        },
        l,
        end,
    ))
}

pub(crate) fn handler(
    l: usize,
    typ: Option<(Expr, Option<String>)>,
    body: Vec<Stmt>,
) -> ExceptHandler {
    let (typ, name) = match typ {
        Some((typ, name)) => (Some(typ), name),
        None => (None, None),
    };
    let end = end_of(&body, l);
    ExceptHandler {
        typ,
        name,
        body,
        span: Span::new(l, end),
    }
}

pub(crate) fn try_stmt(
    l: usize,
    body: Vec<Stmt>,
    handlers: Vec<ExceptHandler>,
    orelse: Option<Vec<Stmt>>,
    finalbody: Option<Vec<Stmt>>,
) -> Result<Stmt, SyntaxError> {
    if let Some(pos) = handlers.iter().position(|h| h.typ.is_none()) {
        if pos + 1 < handlers.len() {
            return Err(SyntaxError::new(
                "default 'except:' must be last",
                handlers[pos].span,
            ));
        }
    }
    let orelse = orelse.unwrap_or_default();
    let finalbody = finalbody.unwrap_or_default();
    let end = end_of(&body, l)
        .max(handlers.last().map_or(0, |h| h.span.end))
        .max(end_of(&orelse, 0))
        .max(end_of(&finalbody, 0));
    Ok(stmt(
        StmtKind::Try {
            body,
            handlers,
            orelse,
            finalbody,
        },
        l,
        end,
    ))
}

pub(crate) fn with_stmt(l: usize, items: Vec<WithItem>, body: Vec<Stmt>) -> Stmt {
    let end = end_of(&body, l);
    stmt(StmtKind::With { items, body }, l, end)
}

pub(crate) fn func_def(
    l: usize,
    name: String,
    items: Vec<ParamItem>,
    returns: Option<Expr>,
    body: Vec<Stmt>,
) -> Result<Stmt, SyntaxError> {
    let params = params(items)?;
    let end = end_of(&body, l);
    Ok(stmt(
        StmtKind::FunctionDef(Box::new(FunctionDef {
            name,
            params,
            body,
            decorators: Vec::new(),
            returns,
        })),
        l,
        end,
    ))
}

pub(crate) fn class_def(
    l: usize,
    name: String,
    args: Option<Vec<(Arg, bool)>>,
    body: Vec<Stmt>,
) -> Result<Stmt, SyntaxError> {
    let args = check_args(args.unwrap_or_default())?;
    let end = end_of(&body, l);
    Ok(stmt(
        StmtKind::ClassDef(Box::new(ClassDef {
            name,
            args,
            body,
            decorators: Vec::new(),
        })),
        l,
        end,
    ))
}

/// Attaches decorators to the `def` or `class` that follows them.
pub(crate) fn decorate(decorators: Vec<Expr>, mut s: Stmt) -> Stmt {
    match &mut s.kind {
        StmtKind::FunctionDef(f) => f.decorators = decorators,
        StmtKind::ClassDef(c) => c.decorators = decorators,
        _ => {}
    }
    s
}

pub(crate) fn import_from(
    dots: Vec<usize>,
    module: Option<String>,
    names: Vec<Alias>,
    l: usize,
    r: usize,
) -> Result<Stmt, SyntaxError> {
    let level = dots.iter().sum();
    if level == 0 && module.is_none() {
        return Err(SyntaxError::new("invalid syntax", Span::new(l, r))
            .with_label("'from' needs a module name")
            .with_help("write 'from module import name'"));
    }
    Ok(stmt(
        StmtKind::ImportFrom {
            module: module.unwrap_or_default(),
            names,
            level,
        },
        l,
        r,
    ))
}

// ---------------------------------------------------------------- strings

/// Concatenates adjacent string literals into one `Str`, `Bytes` or `FString` node.
pub(crate) fn strings(
    src: &str,
    literals: Vec<StrLit>,
    l: usize,
    r: usize,
) -> Result<Expr, SyntaxError> {
    let bytes = literals
        .iter()
        .filter(|s| matches!(s, StrLit::Bytes(_)))
        .count();
    if bytes > 0 && bytes < literals.len() {
        return Err(SyntaxError::new(
            "cannot mix bytes and nonbytes literals",
            Span::new(l, r),
        ));
    }
    if bytes > 0 {
        let mut out = Vec::new();
        for literal in literals {
            if let StrLit::Bytes(b) = literal {
                out.extend(b);
            }
        }
        return Ok(expr(ExprKind::Bytes(out), l, r));
    }
    let is_fstring = literals
        .iter()
        .any(|s| matches!(s, StrLit::FString { .. }));
    if !is_fstring {
        let mut out = String::new();
        for literal in literals {
            if let StrLit::Str(s) = literal {
                out.push_str(&s);
            }
        }
        return Ok(expr(ExprKind::Str(out), l, r));
    }
    let mut parts = Vec::new();
    for literal in literals {
        match literal {
            StrLit::Str(s) => push_literal(&mut parts, s),
            StrLit::FString { raw, start, end } => {
                let (body, _) = fstring_body(src, start, end, raw, false)?;
                for part in body {
                    match part {
                        FStringPart::Literal(s) => push_literal(&mut parts, s),
                        field => parts.push(field),
                    }
                }
            }
            StrLit::Bytes(_) => {}
        }
    }
    Ok(expr(ExprKind::FString(parts), l, r))
}

fn push_literal(parts: &mut Vec<FStringPart>, text: String) {
    if text.is_empty() {
        return;
    }
    if let Some(FStringPart::Literal(last)) = parts.last_mut() {
        last.push_str(&text);
    } else {
        parts.push(FStringPart::Literal(text));
    }
}

fn fstring_error(message: &str, at: usize, end: usize) -> SyntaxError {
    SyntaxError::new(format!("f-string: {message}"), Span::new(at, end.max(at)))
}

/// Splits an f-string body `src[start..end]` into literal text and fields. In a format
/// spec (`in_spec`), stops at the `}` closing the field and returns its offset.
fn fstring_body(
    src: &str,
    start: usize,
    end: usize,
    raw: bool,
    in_spec: bool,
) -> Result<(Vec<FStringPart>, usize), SyntaxError> {
    let bytes = src.as_bytes();
    let mut parts = Vec::new();
    let mut text = String::new();
    let mut i = start;
    let flush = |text: &mut String, parts: &mut Vec<FStringPart>| -> Result<(), SyntaxError> {
        if !text.is_empty() {
            let decoded = if raw {
                normalize_newlines(text)
            } else {
                decode_str(text).map_err(|m| SyntaxError::new(m, Span::new(start, end)))?
            };
            push_literal(parts, decoded);
            text.clear();
        }
        Ok(())
    };
    while i < end {
        match bytes[i] {
            b'{' if i + 1 < end && bytes[i + 1] == b'{' && !in_spec => {
                text.push('{');
                i += 2;
            }
            b'}' if i + 1 < end && bytes[i + 1] == b'}' && !in_spec => {
                text.push('}');
                i += 2;
            }
            b'}' if in_spec => {
                flush(&mut text, &mut parts)?;
                return Ok((parts, i));
            }
            b'}' => return Err(fstring_error("single '}' is not allowed", i, i + 1)),
            b'{' => {
                flush(&mut text, &mut parts)?;
                let (field, next) = fstring_field(src, i, end, raw)?;
                parts.push(field);
                i = next;
            }
            b'\\' if !raw && i + 1 < end && !matches!(bytes[i + 1], b'{' | b'}') => {
                let next = next_char_boundary(src, i + 1);
                text.push_str(&src[i..next]);
                i = next;
            }
            _ => {
                let next = next_char_boundary(src, i);
                text.push_str(&src[i..next]);
                i = next;
            }
        }
    }
    if in_spec {
        return Err(fstring_error("expecting '}'", start, end));
    }
    flush(&mut text, &mut parts)?;
    Ok((parts, i))
}

fn next_char_boundary(src: &str, i: usize) -> usize {
    let mut j = i + 1;
    while j < src.len() && !src.is_char_boundary(j) {
        j += 1;
    }
    j
}

/// Parses one `{expr!c:spec}` field starting at `open` (the `{`); returns the part and
/// the offset after its closing `}`.
fn fstring_field(
    src: &str,
    open: usize,
    end: usize,
    raw: bool,
) -> Result<(FStringPart, usize), SyntaxError> {
    let bytes = src.as_bytes();
    let expr_start = open + 1;
    let mut i = expr_start;
    let mut depth = 0usize;
    let mut quote: Option<(u8, bool)> = None;
    loop {
        if i >= end {
            return Err(fstring_error("expecting '}'", open, open + 1));
        }
        let c = bytes[i];
        if let Some((q, triple)) = quote {
            if c == q {
                if !triple {
                    quote = None;
                } else if i + 2 < end && bytes[i + 1] == q && bytes[i + 2] == q {
                    quote = None;
                    i += 2;
                }
            }
            i += 1;
            continue;
        }
        match c {
            b'\'' | b'"' => {
                let triple = i + 2 < end && bytes[i + 1] == c && bytes[i + 2] == c;
                quote = Some((c, triple));
                if triple {
                    i += 2;
                }
            }
            b'(' | b'[' | b'{' => depth += 1,
            b')' | b']' if depth > 0 => depth -= 1,
            b'}' if depth > 0 => depth -= 1,
            b'}' | b':' if depth == 0 => break,
            b'!' if depth == 0 && bytes.get(i + 1) != Some(&b'=') => break,
            b'\\' => {
                return Err(fstring_error(
                    "expression part cannot include a backslash",
                    i,
                    i + 1,
                ))
            }
            b'#' => {
                return Err(fstring_error("expression part cannot include '#'", i, i + 1))
            }
            _ => {}
        }
        i += 1;
    }
    let expr_end = i;
    if src[expr_start..expr_end].trim().is_empty() {
        return Err(fstring_error("empty expression not allowed", open, expr_end + 1));
    }
    let expr = parse_embedded_expr(src, expr_start, expr_end)?;
    let mut conversion = None;
    if bytes[i] == b'!' {
        let c = src[i + 1..end].chars().next();
        match c {
            Some(c @ ('r' | 's' | 'a')) => conversion = Some(c),
            _ => {
                return Err(fstring_error(
                    "invalid conversion character: expected 's', 'r', or 'a'",
                    i,
                    (i + 2).min(end),
                ))
            }
        }
        i += 2;
        if i >= end || !matches!(bytes[i], b':' | b'}') {
            return Err(fstring_error("expecting '}'", open, open + 1));
        }
    }
    let mut spec = None;
    if bytes[i] == b':' {
        let (parts, close) = fstring_body(src, i + 1, end, raw, true)?;
        spec = Some(parts);
        i = close;
    }
    // `bytes[i]` is the closing `}` here.
    Ok((
        FStringPart::Field {
            expr,
            conversion,
            spec,
        },
        i + 1,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn corpus(dir: &str, ext: &str) -> Vec<std::path::PathBuf> {
        let mut files: Vec<_> = std::fs::read_dir(dir)
            .map(|d| d.filter_map(|e| e.ok()).map(|e| e.path()).collect())
            .unwrap_or_default();
        files.retain(|p| p.extension().is_some_and(|e| e == ext));
        files.sort();
        files
    }

    #[test]
    fn conformance_corpus_parses() {
        let files = corpus("/work/shared/conformance", "sl");
        let mut failures = Vec::new();
        for path in &files {
            let source = std::fs::read_to_string(path).unwrap();
            if let Err(errors) = parse_module(&source) {
                failures.push(render(&errors, &path.display().to_string(), &source));
            }
        }
        assert!(failures.is_empty(), "{}", failures.join("\n"));
    }

    use super::super::error::render;
}
