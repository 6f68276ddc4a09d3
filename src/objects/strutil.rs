//! Python `str` semantics as pure functions over `&str`: `repr`, the common methods
//! (split, strip, find, replace, padding, case mapping, `is*` predicates …) and the
//! slice-index arithmetic shared by every sequence.
//!
//! Indices are in characters (code points), as in Python, never bytes. Character
//! classes come from tables generated from Python 3.11's `unicodedata` (Unicode 14.0)
//! at the bottom of this file, so `isalpha`, `isdigit`, `isnumeric`, `isprintable`
//! (which drives `repr`) and `isidentifier` agree with CPython exactly. Case mappings
//! and the lowercase/uppercase properties come from Rust's standard library, which
//! follows a newer Unicode; the two differ only on a handful of characters assigned
//! after Unicode 14.

use crate::objects::format::{value_error, FmtError};

/// The number of characters (code points) in `s`: Python's `len(s)`.
pub fn char_len(s: &str) -> usize {
    if s.is_ascii() {
        s.len()
    } else {
        s.chars().count()
    }
}

/// CPython's `PySlice_Unpack` + `PySlice_AdjustIndices` for a sequence of length `len`:
/// `start`/`stop` as given in `seq[start:stop:step]` (`None` when omitted; the caller
/// clamps huge ints into `i64`), returning `(start, stop, step, slicelength)` with
/// `start`/`stop` adjusted as Python adjusts them. A zero `step` is the caller's
/// `ValueError`; it yields an empty slice here.
pub fn slice_indices(
    len: i64,
    start: Option<i64>,
    stop: Option<i64>,
    step: i64,
) -> (i64, i64, i64, usize) {
    if step == 0 {
        return (0, 0, 0, 0);
    }
    let step = step.max(-i64::MAX);
    let len = len as i128;
    let back = step < 0;
    let adjust = |v: Option<i64>, default_fwd: i128, default_back: i128| -> i128 {
        let Some(v) = v else {
            return if back { default_back } else { default_fwd };
        };
        let mut v = v as i128;
        if v < 0 {
            v += len;
            if v < 0 {
                v = if back { -1 } else { 0 };
            }
        } else if v >= len {
            v = if back { len - 1 } else { len };
        }
        v
    };
    let start = adjust(start, 0, len - 1);
    let stop = adjust(stop, len, -1);
    let step_w = step as i128;
    let n = if back {
        if stop < start {
            (start - stop - 1) / -step_w + 1
        } else {
            0
        }
    } else if start < stop {
        (stop - start - 1) / step_w + 1
    } else {
        0
    };
    (start as i64, stop as i64, step, n as usize)
}

// ---------------------------------------------------------------------------
// repr / ascii
// ---------------------------------------------------------------------------

fn push_escape(out: &mut String, c: char) {
    let v = c as u32;
    if v <= 0xff {
        out.push_str(&format!("\\x{v:02x}"));
    } else if v <= 0xffff {
        out.push_str(&format!("\\u{v:04x}"));
    } else {
        out.push_str(&format!("\\U{v:08x}"));
    }
}

/// `repr(s)`: single quotes unless `s` contains `'` and no `"`; `\\`, the quote,
/// `\t \n \r` escaped; other control characters and non-printable characters as
/// `\xNN`, `\uNNNN` or `\UNNNNNNNN`; printable non-ASCII kept.
pub fn repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            _ if c == quote => {
                out.push('\\');
                out.push(c);
            }
            ' '..='~' => out.push(c),
            _ if !c.is_ascii() && is_printable(c) => out.push(c),
            _ => push_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// `ascii(obj)` from `repr(obj)`: every non-ASCII character escaped as `\xNN`,
/// `\uNNNN` or `\UNNNNNNNN`.
pub fn ascii(repr_text: &str) -> String {
    let mut out = String::with_capacity(repr_text.len());
    for c in repr_text.chars() {
        if c.is_ascii() {
            out.push(c);
        } else {
            push_escape(&mut out, c);
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Searching
// ---------------------------------------------------------------------------

/// CPython's `ADJUST_INDICES`: clamp `start`/`end` (defaults `0` and `len`).
fn adjust_indices(start: Option<i64>, end: Option<i64>, len: i64) -> (i64, i64) {
    let mut end = end.unwrap_or(i64::MAX);
    if end > len {
        end = len;
    } else if end < 0 {
        end = end.saturating_add(len).max(0);
    }
    let mut start = start.unwrap_or(0);
    if start < 0 {
        start = start.saturating_add(len).max(0);
    }
    (start, end)
}

/// The byte offset of character `index` (at most the character count).
fn byte_offset(s: &str, ascii: bool, index: i64) -> usize {
    if ascii {
        return index as usize;
    }
    s.char_indices()
        .nth(index as usize)
        .map_or(s.len(), |(i, _)| i)
}

/// The byte range of characters `[start, end)` after clamping, with `start` in
/// characters; `None` when the range is shorter than `need` characters.
fn search_range(
    s: &str,
    start: Option<i64>,
    end: Option<i64>,
    need: usize,
) -> Option<(usize, usize, i64, bool)> {
    let ascii = s.is_ascii();
    let len = if ascii { s.len() } else { s.chars().count() } as i64;
    let (st, en) = adjust_indices(start, end, len);
    if en - st < need as i64 {
        return None;
    }
    Some((
        byte_offset(s, ascii, st),
        byte_offset(s, ascii, en),
        st,
        ascii,
    ))
}

fn found_at(s: &str, ascii: bool, byte_start: usize, rel: usize, char_start: i64) -> i64 {
    if ascii {
        char_start + rel as i64
    } else {
        char_start + s[byte_start..byte_start + rel].chars().count() as i64
    }
}

/// `s.find(sub, start, end)`: the lowest character index of `sub`, or -1
/// (`s.index` raises `ValueError: substring not found` instead).
pub fn find(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((bs, be, st, ascii)) = search_range(s, start, end, char_len(sub)) else {
        return -1;
    };
    s[bs..be]
        .find(sub)
        .map_or(-1, |p| found_at(s, ascii, bs, p, st))
}

/// `s.rfind(sub, start, end)`: the highest character index of `sub`, or -1.
pub fn rfind(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> i64 {
    let Some((bs, be, st, ascii)) = search_range(s, start, end, char_len(sub)) else {
        return -1;
    };
    s[bs..be]
        .rfind(sub)
        .map_or(-1, |p| found_at(s, ascii, bs, p, st))
}

/// `s.count(sub, start, end)`: non-overlapping occurrences.
pub fn count(s: &str, sub: &str, start: Option<i64>, end: Option<i64>) -> usize {
    let Some((bs, be, _, ascii)) = search_range(s, start, end, char_len(sub)) else {
        return 0;
    };
    let hay = &s[bs..be];
    if sub.is_empty() {
        return if ascii {
            hay.len()
        } else {
            hay.chars().count()
        } + 1;
    }
    hay.matches(sub).count()
}

/// `s.startswith(prefix, start, end)` for one prefix (the caller loops over a tuple).
pub fn startswith(s: &str, prefix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    match search_range(s, start, end, char_len(prefix)) {
        Some((bs, be, _, _)) => s[bs..be].starts_with(prefix),
        None => false,
    }
}

/// `s.endswith(suffix, start, end)` for one suffix (the caller loops over a tuple).
pub fn endswith(s: &str, suffix: &str, start: Option<i64>, end: Option<i64>) -> bool {
    match search_range(s, start, end, char_len(suffix)) {
        Some((bs, be, _, _)) => s[bs..be].ends_with(suffix),
        None => false,
    }
}

/// `s.replace(old, new, count)`; a negative `count` replaces every occurrence. An
/// empty `old` inserts `new` before every character and at the end.
pub fn replace(s: &str, old: &str, new: &str, count: i64) -> String {
    let limit = if count < 0 {
        usize::MAX
    } else {
        count as usize
    };
    if limit == 0 {
        return s.to_string();
    }
    if !old.is_empty() {
        return if count < 0 {
            s.replace(old, new)
        } else {
            s.replacen(old, new, limit)
        };
    }
    let mut out = String::with_capacity(s.len() + new.len() * (s.len() + 1).min(limit));
    let mut done = 0;
    for (i, c) in s.char_indices() {
        if done == limit {
            out.push_str(&s[i..]);
            return out;
        }
        out.push_str(new);
        out.push(c);
        done += 1;
    }
    if done < limit {
        out.push_str(new);
    }
    out
}

// ---------------------------------------------------------------------------
// Splitting and stripping
// ---------------------------------------------------------------------------

/// `s.split(sep, maxsplit)`; `sep` `None` splits on runs of whitespace and drops
/// empty strings; a negative `maxsplit` means no limit.
pub fn split<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, FmtError> {
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    match sep {
        Some("") => Err(value_error("empty separator")),
        Some(sep) => Ok(if max == usize::MAX {
            s.split(sep).collect()
        } else {
            s.splitn(max.saturating_add(1), sep).collect()
        }),
        None => {
            let mut out = Vec::new();
            let mut rest = s;
            let mut left = max;
            loop {
                rest = rest.trim_start_matches(is_space);
                if rest.is_empty() {
                    break;
                }
                if left == 0 {
                    out.push(rest);
                    break;
                }
                let end = rest.find(is_space).unwrap_or(rest.len());
                out.push(&rest[..end]);
                rest = &rest[end..];
                left -= 1;
            }
            Ok(out)
        }
    }
}

/// `s.rsplit(sep, maxsplit)`: like [`split`], splitting from the right.
pub fn rsplit<'a>(s: &'a str, sep: Option<&str>, maxsplit: i64) -> Result<Vec<&'a str>, FmtError> {
    let max = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let mut out: Vec<&str> = match sep {
        Some("") => return Err(value_error("empty separator")),
        Some(sep) => {
            if max == usize::MAX {
                s.rsplit(sep).collect()
            } else {
                s.rsplitn(max.saturating_add(1), sep).collect()
            }
        }
        None => {
            let mut out = Vec::new();
            let mut rest = s;
            let mut left = max;
            loop {
                rest = rest.trim_end_matches(is_space);
                if rest.is_empty() {
                    break;
                }
                if left == 0 {
                    out.push(rest);
                    break;
                }
                let start = rest.rfind(is_space).map_or(0, |i| {
                    i + rest[i..].chars().next().map_or(1, char::len_utf8)
                });
                out.push(&rest[start..]);
                rest = &rest[..start];
                left -= 1;
            }
            out
        }
    };
    out.reverse();
    Ok(out)
}

fn is_line_break(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

/// `s.splitlines(keepends)`: splits at `\n`, `\r`, `\r\n`, `\v`, `\f`, `\x1c`-`\x1e`,
/// `\x85`, U+2028 and U+2029.
pub fn splitlines(s: &str, keepends: bool) -> Vec<&str> {
    let mut out = Vec::new();
    let mut line_start = 0;
    let mut iter = s.char_indices().peekable();
    while let Some((i, c)) = iter.next() {
        if !is_line_break(c) {
            continue;
        }
        let mut next = i + c.len_utf8();
        if c == '\r' && matches!(iter.peek(), Some((_, '\n'))) {
            iter.next();
            next += 1;
        }
        out.push(&s[line_start..if keepends { next } else { i }]);
        line_start = next;
    }
    if line_start < s.len() {
        out.push(&s[line_start..]);
    }
    out
}

/// `s.partition(sep)`.
pub fn partition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), FmtError> {
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    Ok(match s.find(sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => (s, "", ""),
    })
}

/// `s.rpartition(sep)`.
pub fn rpartition<'a>(s: &'a str, sep: &str) -> Result<(&'a str, &'a str, &'a str), FmtError> {
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    Ok(match s.rfind(sep) {
        Some(i) => (&s[..i], &s[i..i + sep.len()], &s[i + sep.len()..]),
        None => ("", "", s),
    })
}

/// `s.strip(chars)`; `None` strips whitespace.
pub fn strip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_matches(is_space),
        Some(set) => s.trim_matches(|c| set.contains(c)),
    }
}

/// `s.lstrip(chars)`.
pub fn lstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_start_matches(is_space),
        Some(set) => s.trim_start_matches(|c| set.contains(c)),
    }
}

/// `s.rstrip(chars)`.
pub fn rstrip<'a>(s: &'a str, chars: Option<&str>) -> &'a str {
    match chars {
        None => s.trim_end_matches(is_space),
        Some(set) => s.trim_end_matches(|c| set.contains(c)),
    }
}

// ---------------------------------------------------------------------------
// Padding
// ---------------------------------------------------------------------------

fn pad(s: &str, left: usize, right: usize, fill: char) -> String {
    let mut out = String::with_capacity(s.len() + (left + right) * fill.len_utf8());
    out.extend(std::iter::repeat_n(fill, left));
    out.push_str(s);
    out.extend(std::iter::repeat_n(fill, right));
    out
}

/// `s.center(width, fill)` (CPython puts the odd extra character on the left when
/// `width` is odd).
pub fn center(s: &str, width: i64, fill: char) -> String {
    let len = char_len(s) as i64;
    if len >= width {
        return s.to_string();
    }
    let marg = width - len;
    let left = marg / 2 + (marg & width & 1);
    pad(s, left as usize, (marg - left) as usize, fill)
}

/// `s.ljust(width, fill)`.
pub fn ljust(s: &str, width: i64, fill: char) -> String {
    let len = char_len(s) as i64;
    pad(s, 0, (width - len).max(0) as usize, fill)
}

/// `s.rjust(width, fill)`.
pub fn rjust(s: &str, width: i64, fill: char) -> String {
    let len = char_len(s) as i64;
    pad(s, (width - len).max(0) as usize, 0, fill)
}

/// `s.zfill(width)`: zeros on the left, after a leading sign.
pub fn zfill(s: &str, width: i64) -> String {
    let len = char_len(s) as i64;
    if len >= width {
        return s.to_string();
    }
    let fill = (width - len) as usize;
    match s.strip_prefix(['+', '-']) {
        Some(rest) => {
            let mut out = String::with_capacity(width as usize);
            out.push_str(&s[..1]);
            out.extend(std::iter::repeat_n('0', fill));
            out.push_str(rest);
            out
        }
        None => pad(s, fill, 0, '0'),
    }
}

/// `s.expandtabs(tabsize)`: tabs to spaces, columns restarting after `\n` and `\r`.
pub fn expandtabs(s: &str, tabsize: i64) -> String {
    let mut out = String::with_capacity(s.len());
    let mut col: i64 = 0;
    for c in s.chars() {
        if c == '\t' {
            if tabsize > 0 {
                let incr = tabsize - col % tabsize;
                col += incr;
                out.extend(std::iter::repeat_n(' ', incr as usize));
            }
        } else {
            col += 1;
            out.push(c);
            if c == '\n' || c == '\r' {
                col = 0;
            }
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Case mapping
// ---------------------------------------------------------------------------

/// `s.upper()`.
pub fn upper(s: &str) -> String {
    s.to_uppercase()
}

/// `s.lower()` (with the final-sigma rule).
pub fn lower(s: &str) -> String {
    s.to_lowercase()
}

/// Unicode's titlecase letters (general category Lt).
fn is_titlecase(c: char) -> bool {
    matches!(
        c as u32,
        0x1c5 | 0x1c8 | 0x1cb | 0x1f2 | 0x1f88..=0x1f8f | 0x1f98..=0x1f9f | 0x1fa8..=0x1faf
            | 0x1fbc | 0x1fcc | 0x1ffc
    )
}

/// Unicode's `Cased` property.
fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_titlecase(c)
}

/// Unicode's `Case_Ignorable` property, read off the standard library's final-sigma
/// rule (it skips exactly the case-ignorable characters): a case-ignorable `c` lets
/// `"AcΣ"` end in a final sigma, while `"cΣ"` does not.
fn is_case_ignorable(c: char) -> bool {
    let final_sigma = |s: String| s.to_lowercase().ends_with('ς');
    final_sigma(format!("A{c}Σ")) && !final_sigma(format!("{c}Σ"))
}

/// The full lowercase of `chars[i]`, with the final-sigma rule for `Σ`.
fn push_lower(out: &mut String, chars: &[char], i: usize) {
    let c = chars[i];
    if c != 'Σ' {
        out.extend(c.to_lowercase());
        return;
    }
    let first_cased = |mut it: std::slice::Iter<'_, char>, rev: bool| {
        let found = if rev {
            it.rfind(|&&c| !is_case_ignorable(c))
        } else {
            it.find(|&&c| !is_case_ignorable(c))
        };
        found.is_some_and(|&c| is_cased(c))
    };
    let before = first_cased(chars[..i].iter(), true);
    let after = first_cased(chars[i + 1..].iter(), false);
    out.push(if before && !after { 'ς' } else { 'σ' });
}

fn push_title(out: &mut String, c: char) {
    match TITLE_MAP.binary_search_by(|&(k, _)| k.cmp(&c)) {
        Ok(i) => out.push_str(TITLE_MAP[i].1),
        Err(_) => out.extend(c.to_uppercase()),
    }
}

/// `s.title()`.
pub fn title(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    let mut prev_cased = false;
    for (i, &c) in chars.iter().enumerate() {
        if prev_cased {
            push_lower(&mut out, &chars, i);
        } else {
            push_title(&mut out, c);
        }
        prev_cased = is_cased(c);
    }
    out
}

/// `s.capitalize()`: the first character titlecased, the rest lowercased.
pub fn capitalize(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if i == 0 {
            push_title(&mut out, c);
        } else {
            push_lower(&mut out, &chars, i);
        }
    }
    out
}

/// `s.swapcase()`.
pub fn swapcase(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len());
    for (i, &c) in chars.iter().enumerate() {
        if c.is_uppercase() {
            push_lower(&mut out, &chars, i);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    out
}

/// `s.casefold()`.
pub fn casefold(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match FOLD_MAP.binary_search_by(|&(k, _)| k.cmp(&c)) {
            Ok(i) => out.push_str(FOLD_MAP[i].1),
            Err(_) => out.extend(c.to_lowercase()),
        }
    }
    out
}

// ---------------------------------------------------------------------------
// Predicates
// ---------------------------------------------------------------------------

/// The range of a table of inclusive `[start, end]` pairs (sorted) that holds `c`.
fn table_range(table: &[u32], c: char) -> Option<(u32, u32)> {
    let c = c as u32;
    // The number of ranges starting at or before c.
    let (mut lo, mut hi) = (0, table.len() / 2);
    while lo < hi {
        let mid = (lo + hi) / 2;
        if table[2 * mid] <= c {
            lo = mid + 1;
        } else {
            hi = mid;
        }
    }
    let (start, end) = (table[2 * lo.checked_sub(1)?], table[2 * lo - 1]);
    (c <= end).then_some((start, end))
}

fn in_table(table: &[u32], c: char) -> bool {
    table_range(table, c).is_some()
}

/// Python's whitespace (`str.isspace` of one character, `split()`, `strip()`).
pub(crate) fn is_space(c: char) -> bool {
    matches!(
        c as u32,
        0x09..=0x0d | 0x1c..=0x20 | 0x85 | 0xa0 | 0x1680 | 0x2000..=0x200a | 0x2028 | 0x2029
            | 0x202f | 0x205f | 0x3000
    )
}

/// The value of a Unicode decimal digit (category Nd), as `int()` reads it.
pub(crate) fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii() {
        return c.to_digit(10);
    }
    let (start, _) = table_range(DECIMAL, c)?;
    Some((c as u32 - start) % 10)
}

fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_table(PRINTABLE, c)
}

fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(ALPHA, c)
}

fn is_decimal(c: char) -> bool {
    decimal_value(c).is_some()
}

fn is_digit(c: char) -> bool {
    in_table(DIGIT, c)
}

fn is_numeric(c: char) -> bool {
    in_table(NUMERIC, c)
}

fn all_nonempty(s: &str, pred: impl Fn(char) -> bool) -> bool {
    !s.is_empty() && s.chars().all(pred)
}

/// `s.isdigit()`.
pub fn isdigit(s: &str) -> bool {
    all_nonempty(s, is_digit)
}

/// `s.isdecimal()`.
pub fn isdecimal(s: &str) -> bool {
    all_nonempty(s, is_decimal)
}

/// `s.isnumeric()`.
pub fn isnumeric(s: &str) -> bool {
    all_nonempty(s, is_numeric)
}

/// `s.isalpha()`.
pub fn isalpha(s: &str) -> bool {
    all_nonempty(s, is_alpha)
}

/// `s.isalnum()`.
pub fn isalnum(s: &str) -> bool {
    all_nonempty(s, |c| {
        is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
    })
}

/// `s.isspace()`.
pub fn isspace(s: &str) -> bool {
    all_nonempty(s, is_space)
}

/// `s.isascii()`.
pub fn isascii(s: &str) -> bool {
    s.is_ascii()
}

/// `s.isprintable()` (true for the empty string).
pub fn isprintable(s: &str) -> bool {
    s.chars().all(is_printable)
}

/// `s.isidentifier()`: XID_Start or `_`, then XID_Continue.
pub fn isidentifier(s: &str) -> bool {
    let mut chars = s.chars();
    match chars.next() {
        Some(c) if in_table(XID_START, c) => chars.all(|c| in_table(XID_CONTINUE, c)),
        _ => false,
    }
}

/// `s.isupper()`: some cased character and no lowercase or titlecase one.
pub fn isupper(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_lowercase() || is_titlecase(c) {
            return false;
        }
        cased |= c.is_uppercase();
    }
    cased
}

/// `s.islower()`: some cased character and no uppercase or titlecase one.
pub fn islower(s: &str) -> bool {
    let mut cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            return false;
        }
        cased |= c.is_lowercase();
    }
    cased
}

/// `s.istitle()`: uppercase/titlecase characters only after uncased ones, lowercase
/// only after cased ones, and at least one cased character.
pub fn istitle(s: &str) -> bool {
    let mut cased = false;
    let mut prev_cased = false;
    for c in s.chars() {
        if c.is_uppercase() || is_titlecase(c) {
            if prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev_cased {
                return false;
            }
            prev_cased = true;
            cased = true;
        } else {
            prev_cased = false;
        }
    }
    cased
}

// ---------------------------------------------------------------------------
// Tables, generated from Python 3.11's `unicodedata` (Unicode 14.0.0) by scanning
// every code point with the corresponding `str` predicate or method.
// ---------------------------------------------------------------------------
/// Printable characters (str.isprintable): `[start, end]` pairs.
const PRINTABLE: &[u32] = &[
    0x20, 0x7e, 0xa1, 0xac, 0xae, 0x377, 0x37a, 0x37f, 0x384, 0x38a, 0x38c, 0x38c, 0x38e, 0x3a1,
    0x3a3, 0x52f, 0x531, 0x556, 0x559, 0x58a, 0x58d, 0x58f, 0x591, 0x5c7, 0x5d0, 0x5ea, 0x5ef,
    0x5f4, 0x606, 0x61b, 0x61d, 0x6dc, 0x6de, 0x70d, 0x710, 0x74a, 0x74d, 0x7b1, 0x7c0, 0x7fa,
    0x7fd, 0x82d, 0x830, 0x83e, 0x840, 0x85b, 0x85e, 0x85e, 0x860, 0x86a, 0x870, 0x88e, 0x898,
    0x8e1, 0x8e3, 0x983, 0x985, 0x98c, 0x98f, 0x990, 0x993, 0x9a8, 0x9aa, 0x9b0, 0x9b2, 0x9b2,
    0x9b6, 0x9b9, 0x9bc, 0x9c4, 0x9c7, 0x9c8, 0x9cb, 0x9ce, 0x9d7, 0x9d7, 0x9dc, 0x9dd, 0x9df,
    0x9e3, 0x9e6, 0x9fe, 0xa01, 0xa03, 0xa05, 0xa0a, 0xa0f, 0xa10, 0xa13, 0xa28, 0xa2a, 0xa30,
    0xa32, 0xa33, 0xa35, 0xa36, 0xa38, 0xa39, 0xa3c, 0xa3c, 0xa3e, 0xa42, 0xa47, 0xa48, 0xa4b,
    0xa4d, 0xa51, 0xa51, 0xa59, 0xa5c, 0xa5e, 0xa5e, 0xa66, 0xa76, 0xa81, 0xa83, 0xa85, 0xa8d,
    0xa8f, 0xa91, 0xa93, 0xaa8, 0xaaa, 0xab0, 0xab2, 0xab3, 0xab5, 0xab9, 0xabc, 0xac5, 0xac7,
    0xac9, 0xacb, 0xacd, 0xad0, 0xad0, 0xae0, 0xae3, 0xae6, 0xaf1, 0xaf9, 0xaff, 0xb01, 0xb03,
    0xb05, 0xb0c, 0xb0f, 0xb10, 0xb13, 0xb28, 0xb2a, 0xb30, 0xb32, 0xb33, 0xb35, 0xb39, 0xb3c,
    0xb44, 0xb47, 0xb48, 0xb4b, 0xb4d, 0xb55, 0xb57, 0xb5c, 0xb5d, 0xb5f, 0xb63, 0xb66, 0xb77,
    0xb82, 0xb83, 0xb85, 0xb8a, 0xb8e, 0xb90, 0xb92, 0xb95, 0xb99, 0xb9a, 0xb9c, 0xb9c, 0xb9e,
    0xb9f, 0xba3, 0xba4, 0xba8, 0xbaa, 0xbae, 0xbb9, 0xbbe, 0xbc2, 0xbc6, 0xbc8, 0xbca, 0xbcd,
    0xbd0, 0xbd0, 0xbd7, 0xbd7, 0xbe6, 0xbfa, 0xc00, 0xc0c, 0xc0e, 0xc10, 0xc12, 0xc28, 0xc2a,
    0xc39, 0xc3c, 0xc44, 0xc46, 0xc48, 0xc4a, 0xc4d, 0xc55, 0xc56, 0xc58, 0xc5a, 0xc5d, 0xc5d,
    0xc60, 0xc63, 0xc66, 0xc6f, 0xc77, 0xc8c, 0xc8e, 0xc90, 0xc92, 0xca8, 0xcaa, 0xcb3, 0xcb5,
    0xcb9, 0xcbc, 0xcc4, 0xcc6, 0xcc8, 0xcca, 0xccd, 0xcd5, 0xcd6, 0xcdd, 0xcde, 0xce0, 0xce3,
    0xce6, 0xcef, 0xcf1, 0xcf2, 0xd00, 0xd0c, 0xd0e, 0xd10, 0xd12, 0xd44, 0xd46, 0xd48, 0xd4a,
    0xd4f, 0xd54, 0xd63, 0xd66, 0xd7f, 0xd81, 0xd83, 0xd85, 0xd96, 0xd9a, 0xdb1, 0xdb3, 0xdbb,
    0xdbd, 0xdbd, 0xdc0, 0xdc6, 0xdca, 0xdca, 0xdcf, 0xdd4, 0xdd6, 0xdd6, 0xdd8, 0xddf, 0xde6,
    0xdef, 0xdf2, 0xdf4, 0xe01, 0xe3a, 0xe3f, 0xe5b, 0xe81, 0xe82, 0xe84, 0xe84, 0xe86, 0xe8a,
    0xe8c, 0xea3, 0xea5, 0xea5, 0xea7, 0xebd, 0xec0, 0xec4, 0xec6, 0xec6, 0xec8, 0xecd, 0xed0,
    0xed9, 0xedc, 0xedf, 0xf00, 0xf47, 0xf49, 0xf6c, 0xf71, 0xf97, 0xf99, 0xfbc, 0xfbe, 0xfcc,
    0xfce, 0xfda, 0x1000, 0x10c5, 0x10c7, 0x10c7, 0x10cd, 0x10cd, 0x10d0, 0x1248, 0x124a, 0x124d,
    0x1250, 0x1256, 0x1258, 0x1258, 0x125a, 0x125d, 0x1260, 0x1288, 0x128a, 0x128d, 0x1290, 0x12b0,
    0x12b2, 0x12b5, 0x12b8, 0x12be, 0x12c0, 0x12c0, 0x12c2, 0x12c5, 0x12c8, 0x12d6, 0x12d8, 0x1310,
    0x1312, 0x1315, 0x1318, 0x135a, 0x135d, 0x137c, 0x1380, 0x1399, 0x13a0, 0x13f5, 0x13f8, 0x13fd,
    0x1400, 0x167f, 0x1681, 0x169c, 0x16a0, 0x16f8, 0x1700, 0x1715, 0x171f, 0x1736, 0x1740, 0x1753,
    0x1760, 0x176c, 0x176e, 0x1770, 0x1772, 0x1773, 0x1780, 0x17dd, 0x17e0, 0x17e9, 0x17f0, 0x17f9,
    0x1800, 0x180d, 0x180f, 0x1819, 0x1820, 0x1878, 0x1880, 0x18aa, 0x18b0, 0x18f5, 0x1900, 0x191e,
    0x1920, 0x192b, 0x1930, 0x193b, 0x1940, 0x1940, 0x1944, 0x196d, 0x1970, 0x1974, 0x1980, 0x19ab,
    0x19b0, 0x19c9, 0x19d0, 0x19da, 0x19de, 0x1a1b, 0x1a1e, 0x1a5e, 0x1a60, 0x1a7c, 0x1a7f, 0x1a89,
    0x1a90, 0x1a99, 0x1aa0, 0x1aad, 0x1ab0, 0x1ace, 0x1b00, 0x1b4c, 0x1b50, 0x1b7e, 0x1b80, 0x1bf3,
    0x1bfc, 0x1c37, 0x1c3b, 0x1c49, 0x1c4d, 0x1c88, 0x1c90, 0x1cba, 0x1cbd, 0x1cc7, 0x1cd0, 0x1cfa,
    0x1d00, 0x1f15, 0x1f18, 0x1f1d, 0x1f20, 0x1f45, 0x1f48, 0x1f4d, 0x1f50, 0x1f57, 0x1f59, 0x1f59,
    0x1f5b, 0x1f5b, 0x1f5d, 0x1f5d, 0x1f5f, 0x1f7d, 0x1f80, 0x1fb4, 0x1fb6, 0x1fc4, 0x1fc6, 0x1fd3,
    0x1fd6, 0x1fdb, 0x1fdd, 0x1fef, 0x1ff2, 0x1ff4, 0x1ff6, 0x1ffe, 0x2010, 0x2027, 0x2030, 0x205e,
    0x2070, 0x2071, 0x2074, 0x208e, 0x2090, 0x209c, 0x20a0, 0x20c0, 0x20d0, 0x20f0, 0x2100, 0x218b,
    0x2190, 0x2426, 0x2440, 0x244a, 0x2460, 0x2b73, 0x2b76, 0x2b95, 0x2b97, 0x2cf3, 0x2cf9, 0x2d25,
    0x2d27, 0x2d27, 0x2d2d, 0x2d2d, 0x2d30, 0x2d67, 0x2d6f, 0x2d70, 0x2d7f, 0x2d96, 0x2da0, 0x2da6,
    0x2da8, 0x2dae, 0x2db0, 0x2db6, 0x2db8, 0x2dbe, 0x2dc0, 0x2dc6, 0x2dc8, 0x2dce, 0x2dd0, 0x2dd6,
    0x2dd8, 0x2dde, 0x2de0, 0x2e5d, 0x2e80, 0x2e99, 0x2e9b, 0x2ef3, 0x2f00, 0x2fd5, 0x2ff0, 0x2ffb,
    0x3001, 0x303f, 0x3041, 0x3096, 0x3099, 0x30ff, 0x3105, 0x312f, 0x3131, 0x318e, 0x3190, 0x31e3,
    0x31f0, 0x321e, 0x3220, 0xa48c, 0xa490, 0xa4c6, 0xa4d0, 0xa62b, 0xa640, 0xa6f7, 0xa700, 0xa7ca,
    0xa7d0, 0xa7d1, 0xa7d3, 0xa7d3, 0xa7d5, 0xa7d9, 0xa7f2, 0xa82c, 0xa830, 0xa839, 0xa840, 0xa877,
    0xa880, 0xa8c5, 0xa8ce, 0xa8d9, 0xa8e0, 0xa953, 0xa95f, 0xa97c, 0xa980, 0xa9cd, 0xa9cf, 0xa9d9,
    0xa9de, 0xa9fe, 0xaa00, 0xaa36, 0xaa40, 0xaa4d, 0xaa50, 0xaa59, 0xaa5c, 0xaac2, 0xaadb, 0xaaf6,
    0xab01, 0xab06, 0xab09, 0xab0e, 0xab11, 0xab16, 0xab20, 0xab26, 0xab28, 0xab2e, 0xab30, 0xab6b,
    0xab70, 0xabed, 0xabf0, 0xabf9, 0xac00, 0xd7a3, 0xd7b0, 0xd7c6, 0xd7cb, 0xd7fb, 0xf900, 0xfa6d,
    0xfa70, 0xfad9, 0xfb00, 0xfb06, 0xfb13, 0xfb17, 0xfb1d, 0xfb36, 0xfb38, 0xfb3c, 0xfb3e, 0xfb3e,
    0xfb40, 0xfb41, 0xfb43, 0xfb44, 0xfb46, 0xfbc2, 0xfbd3, 0xfd8f, 0xfd92, 0xfdc7, 0xfdcf, 0xfdcf,
    0xfdf0, 0xfe19, 0xfe20, 0xfe52, 0xfe54, 0xfe66, 0xfe68, 0xfe6b, 0xfe70, 0xfe74, 0xfe76, 0xfefc,
    0xff01, 0xffbe, 0xffc2, 0xffc7, 0xffca, 0xffcf, 0xffd2, 0xffd7, 0xffda, 0xffdc, 0xffe0, 0xffe6,
    0xffe8, 0xffee, 0xfffc, 0xfffd, 0x10000, 0x1000b, 0x1000d, 0x10026, 0x10028, 0x1003a, 0x1003c,
    0x1003d, 0x1003f, 0x1004d, 0x10050, 0x1005d, 0x10080, 0x100fa, 0x10100, 0x10102, 0x10107,
    0x10133, 0x10137, 0x1018e, 0x10190, 0x1019c, 0x101a0, 0x101a0, 0x101d0, 0x101fd, 0x10280,
    0x1029c, 0x102a0, 0x102d0, 0x102e0, 0x102fb, 0x10300, 0x10323, 0x1032d, 0x1034a, 0x10350,
    0x1037a, 0x10380, 0x1039d, 0x1039f, 0x103c3, 0x103c8, 0x103d5, 0x10400, 0x1049d, 0x104a0,
    0x104a9, 0x104b0, 0x104d3, 0x104d8, 0x104fb, 0x10500, 0x10527, 0x10530, 0x10563, 0x1056f,
    0x1057a, 0x1057c, 0x1058a, 0x1058c, 0x10592, 0x10594, 0x10595, 0x10597, 0x105a1, 0x105a3,
    0x105b1, 0x105b3, 0x105b9, 0x105bb, 0x105bc, 0x10600, 0x10736, 0x10740, 0x10755, 0x10760,
    0x10767, 0x10780, 0x10785, 0x10787, 0x107b0, 0x107b2, 0x107ba, 0x10800, 0x10805, 0x10808,
    0x10808, 0x1080a, 0x10835, 0x10837, 0x10838, 0x1083c, 0x1083c, 0x1083f, 0x10855, 0x10857,
    0x1089e, 0x108a7, 0x108af, 0x108e0, 0x108f2, 0x108f4, 0x108f5, 0x108fb, 0x1091b, 0x1091f,
    0x10939, 0x1093f, 0x1093f, 0x10980, 0x109b7, 0x109bc, 0x109cf, 0x109d2, 0x10a03, 0x10a05,
    0x10a06, 0x10a0c, 0x10a13, 0x10a15, 0x10a17, 0x10a19, 0x10a35, 0x10a38, 0x10a3a, 0x10a3f,
    0x10a48, 0x10a50, 0x10a58, 0x10a60, 0x10a9f, 0x10ac0, 0x10ae6, 0x10aeb, 0x10af6, 0x10b00,
    0x10b35, 0x10b39, 0x10b55, 0x10b58, 0x10b72, 0x10b78, 0x10b91, 0x10b99, 0x10b9c, 0x10ba9,
    0x10baf, 0x10c00, 0x10c48, 0x10c80, 0x10cb2, 0x10cc0, 0x10cf2, 0x10cfa, 0x10d27, 0x10d30,
    0x10d39, 0x10e60, 0x10e7e, 0x10e80, 0x10ea9, 0x10eab, 0x10ead, 0x10eb0, 0x10eb1, 0x10f00,
    0x10f27, 0x10f30, 0x10f59, 0x10f70, 0x10f89, 0x10fb0, 0x10fcb, 0x10fe0, 0x10ff6, 0x11000,
    0x1104d, 0x11052, 0x11075, 0x1107f, 0x110bc, 0x110be, 0x110c2, 0x110d0, 0x110e8, 0x110f0,
    0x110f9, 0x11100, 0x11134, 0x11136, 0x11147, 0x11150, 0x11176, 0x11180, 0x111df, 0x111e1,
    0x111f4, 0x11200, 0x11211, 0x11213, 0x1123e, 0x11280, 0x11286, 0x11288, 0x11288, 0x1128a,
    0x1128d, 0x1128f, 0x1129d, 0x1129f, 0x112a9, 0x112b0, 0x112ea, 0x112f0, 0x112f9, 0x11300,
    0x11303, 0x11305, 0x1130c, 0x1130f, 0x11310, 0x11313, 0x11328, 0x1132a, 0x11330, 0x11332,
    0x11333, 0x11335, 0x11339, 0x1133b, 0x11344, 0x11347, 0x11348, 0x1134b, 0x1134d, 0x11350,
    0x11350, 0x11357, 0x11357, 0x1135d, 0x11363, 0x11366, 0x1136c, 0x11370, 0x11374, 0x11400,
    0x1145b, 0x1145d, 0x11461, 0x11480, 0x114c7, 0x114d0, 0x114d9, 0x11580, 0x115b5, 0x115b8,
    0x115dd, 0x11600, 0x11644, 0x11650, 0x11659, 0x11660, 0x1166c, 0x11680, 0x116b9, 0x116c0,
    0x116c9, 0x11700, 0x1171a, 0x1171d, 0x1172b, 0x11730, 0x11746, 0x11800, 0x1183b, 0x118a0,
    0x118f2, 0x118ff, 0x11906, 0x11909, 0x11909, 0x1190c, 0x11913, 0x11915, 0x11916, 0x11918,
    0x11935, 0x11937, 0x11938, 0x1193b, 0x11946, 0x11950, 0x11959, 0x119a0, 0x119a7, 0x119aa,
    0x119d7, 0x119da, 0x119e4, 0x11a00, 0x11a47, 0x11a50, 0x11aa2, 0x11ab0, 0x11af8, 0x11c00,
    0x11c08, 0x11c0a, 0x11c36, 0x11c38, 0x11c45, 0x11c50, 0x11c6c, 0x11c70, 0x11c8f, 0x11c92,
    0x11ca7, 0x11ca9, 0x11cb6, 0x11d00, 0x11d06, 0x11d08, 0x11d09, 0x11d0b, 0x11d36, 0x11d3a,
    0x11d3a, 0x11d3c, 0x11d3d, 0x11d3f, 0x11d47, 0x11d50, 0x11d59, 0x11d60, 0x11d65, 0x11d67,
    0x11d68, 0x11d6a, 0x11d8e, 0x11d90, 0x11d91, 0x11d93, 0x11d98, 0x11da0, 0x11da9, 0x11ee0,
    0x11ef8, 0x11fb0, 0x11fb0, 0x11fc0, 0x11ff1, 0x11fff, 0x12399, 0x12400, 0x1246e, 0x12470,
    0x12474, 0x12480, 0x12543, 0x12f90, 0x12ff2, 0x13000, 0x1342e, 0x14400, 0x14646, 0x16800,
    0x16a38, 0x16a40, 0x16a5e, 0x16a60, 0x16a69, 0x16a6e, 0x16abe, 0x16ac0, 0x16ac9, 0x16ad0,
    0x16aed, 0x16af0, 0x16af5, 0x16b00, 0x16b45, 0x16b50, 0x16b59, 0x16b5b, 0x16b61, 0x16b63,
    0x16b77, 0x16b7d, 0x16b8f, 0x16e40, 0x16e9a, 0x16f00, 0x16f4a, 0x16f4f, 0x16f87, 0x16f8f,
    0x16f9f, 0x16fe0, 0x16fe4, 0x16ff0, 0x16ff1, 0x17000, 0x187f7, 0x18800, 0x18cd5, 0x18d00,
    0x18d08, 0x1aff0, 0x1aff3, 0x1aff5, 0x1affb, 0x1affd, 0x1affe, 0x1b000, 0x1b122, 0x1b150,
    0x1b152, 0x1b164, 0x1b167, 0x1b170, 0x1b2fb, 0x1bc00, 0x1bc6a, 0x1bc70, 0x1bc7c, 0x1bc80,
    0x1bc88, 0x1bc90, 0x1bc99, 0x1bc9c, 0x1bc9f, 0x1cf00, 0x1cf2d, 0x1cf30, 0x1cf46, 0x1cf50,
    0x1cfc3, 0x1d000, 0x1d0f5, 0x1d100, 0x1d126, 0x1d129, 0x1d172, 0x1d17b, 0x1d1ea, 0x1d200,
    0x1d245, 0x1d2e0, 0x1d2f3, 0x1d300, 0x1d356, 0x1d360, 0x1d378, 0x1d400, 0x1d454, 0x1d456,
    0x1d49c, 0x1d49e, 0x1d49f, 0x1d4a2, 0x1d4a2, 0x1d4a5, 0x1d4a6, 0x1d4a9, 0x1d4ac, 0x1d4ae,
    0x1d4b9, 0x1d4bb, 0x1d4bb, 0x1d4bd, 0x1d4c3, 0x1d4c5, 0x1d505, 0x1d507, 0x1d50a, 0x1d50d,
    0x1d514, 0x1d516, 0x1d51c, 0x1d51e, 0x1d539, 0x1d53b, 0x1d53e, 0x1d540, 0x1d544, 0x1d546,
    0x1d546, 0x1d54a, 0x1d550, 0x1d552, 0x1d6a5, 0x1d6a8, 0x1d7cb, 0x1d7ce, 0x1da8b, 0x1da9b,
    0x1da9f, 0x1daa1, 0x1daaf, 0x1df00, 0x1df1e, 0x1e000, 0x1e006, 0x1e008, 0x1e018, 0x1e01b,
    0x1e021, 0x1e023, 0x1e024, 0x1e026, 0x1e02a, 0x1e100, 0x1e12c, 0x1e130, 0x1e13d, 0x1e140,
    0x1e149, 0x1e14e, 0x1e14f, 0x1e290, 0x1e2ae, 0x1e2c0, 0x1e2f9, 0x1e2ff, 0x1e2ff, 0x1e7e0,
    0x1e7e6, 0x1e7e8, 0x1e7eb, 0x1e7ed, 0x1e7ee, 0x1e7f0, 0x1e7fe, 0x1e800, 0x1e8c4, 0x1e8c7,
    0x1e8d6, 0x1e900, 0x1e94b, 0x1e950, 0x1e959, 0x1e95e, 0x1e95f, 0x1ec71, 0x1ecb4, 0x1ed01,
    0x1ed3d, 0x1ee00, 0x1ee03, 0x1ee05, 0x1ee1f, 0x1ee21, 0x1ee22, 0x1ee24, 0x1ee24, 0x1ee27,
    0x1ee27, 0x1ee29, 0x1ee32, 0x1ee34, 0x1ee37, 0x1ee39, 0x1ee39, 0x1ee3b, 0x1ee3b, 0x1ee42,
    0x1ee42, 0x1ee47, 0x1ee47, 0x1ee49, 0x1ee49, 0x1ee4b, 0x1ee4b, 0x1ee4d, 0x1ee4f, 0x1ee51,
    0x1ee52, 0x1ee54, 0x1ee54, 0x1ee57, 0x1ee57, 0x1ee59, 0x1ee59, 0x1ee5b, 0x1ee5b, 0x1ee5d,
    0x1ee5d, 0x1ee5f, 0x1ee5f, 0x1ee61, 0x1ee62, 0x1ee64, 0x1ee64, 0x1ee67, 0x1ee6a, 0x1ee6c,
    0x1ee72, 0x1ee74, 0x1ee77, 0x1ee79, 0x1ee7c, 0x1ee7e, 0x1ee7e, 0x1ee80, 0x1ee89, 0x1ee8b,
    0x1ee9b, 0x1eea1, 0x1eea3, 0x1eea5, 0x1eea9, 0x1eeab, 0x1eebb, 0x1eef0, 0x1eef1, 0x1f000,
    0x1f02b, 0x1f030, 0x1f093, 0x1f0a0, 0x1f0ae, 0x1f0b1, 0x1f0bf, 0x1f0c1, 0x1f0cf, 0x1f0d1,
    0x1f0f5, 0x1f100, 0x1f1ad, 0x1f1e6, 0x1f202, 0x1f210, 0x1f23b, 0x1f240, 0x1f248, 0x1f250,
    0x1f251, 0x1f260, 0x1f265, 0x1f300, 0x1f6d7, 0x1f6dd, 0x1f6ec, 0x1f6f0, 0x1f6fc, 0x1f700,
    0x1f773, 0x1f780, 0x1f7d8, 0x1f7e0, 0x1f7eb, 0x1f7f0, 0x1f7f0, 0x1f800, 0x1f80b, 0x1f810,
    0x1f847, 0x1f850, 0x1f859, 0x1f860, 0x1f887, 0x1f890, 0x1f8ad, 0x1f8b0, 0x1f8b1, 0x1f900,
    0x1fa53, 0x1fa60, 0x1fa6d, 0x1fa70, 0x1fa74, 0x1fa78, 0x1fa7c, 0x1fa80, 0x1fa86, 0x1fa90,
    0x1faac, 0x1fab0, 0x1faba, 0x1fac0, 0x1fac5, 0x1fad0, 0x1fad9, 0x1fae0, 0x1fae7, 0x1faf0,
    0x1faf6, 0x1fb00, 0x1fb92, 0x1fb94, 0x1fbca, 0x1fbf0, 0x1fbf9, 0x20000, 0x2a6df, 0x2a700,
    0x2b738, 0x2b740, 0x2b81d, 0x2b820, 0x2cea1, 0x2ceb0, 0x2ebe0, 0x2f800, 0x2fa1d, 0x30000,
    0x3134a, 0xe0100, 0xe01ef,
];
/// Letters (str.isalpha): `[start, end]` pairs.
const ALPHA: &[u32] = &[
    0x41, 0x5a, 0x61, 0x7a, 0xaa, 0xaa, 0xb5, 0xb5, 0xba, 0xba, 0xc0, 0xd6, 0xd8, 0xf6, 0xf8,
    0x2c1, 0x2c6, 0x2d1, 0x2e0, 0x2e4, 0x2ec, 0x2ec, 0x2ee, 0x2ee, 0x370, 0x374, 0x376, 0x377,
    0x37a, 0x37d, 0x37f, 0x37f, 0x386, 0x386, 0x388, 0x38a, 0x38c, 0x38c, 0x38e, 0x3a1, 0x3a3,
    0x3f5, 0x3f7, 0x481, 0x48a, 0x52f, 0x531, 0x556, 0x559, 0x559, 0x560, 0x588, 0x5d0, 0x5ea,
    0x5ef, 0x5f2, 0x620, 0x64a, 0x66e, 0x66f, 0x671, 0x6d3, 0x6d5, 0x6d5, 0x6e5, 0x6e6, 0x6ee,
    0x6ef, 0x6fa, 0x6fc, 0x6ff, 0x6ff, 0x710, 0x710, 0x712, 0x72f, 0x74d, 0x7a5, 0x7b1, 0x7b1,
    0x7ca, 0x7ea, 0x7f4, 0x7f5, 0x7fa, 0x7fa, 0x800, 0x815, 0x81a, 0x81a, 0x824, 0x824, 0x828,
    0x828, 0x840, 0x858, 0x860, 0x86a, 0x870, 0x887, 0x889, 0x88e, 0x8a0, 0x8c9, 0x904, 0x939,
    0x93d, 0x93d, 0x950, 0x950, 0x958, 0x961, 0x971, 0x980, 0x985, 0x98c, 0x98f, 0x990, 0x993,
    0x9a8, 0x9aa, 0x9b0, 0x9b2, 0x9b2, 0x9b6, 0x9b9, 0x9bd, 0x9bd, 0x9ce, 0x9ce, 0x9dc, 0x9dd,
    0x9df, 0x9e1, 0x9f0, 0x9f1, 0x9fc, 0x9fc, 0xa05, 0xa0a, 0xa0f, 0xa10, 0xa13, 0xa28, 0xa2a,
    0xa30, 0xa32, 0xa33, 0xa35, 0xa36, 0xa38, 0xa39, 0xa59, 0xa5c, 0xa5e, 0xa5e, 0xa72, 0xa74,
    0xa85, 0xa8d, 0xa8f, 0xa91, 0xa93, 0xaa8, 0xaaa, 0xab0, 0xab2, 0xab3, 0xab5, 0xab9, 0xabd,
    0xabd, 0xad0, 0xad0, 0xae0, 0xae1, 0xaf9, 0xaf9, 0xb05, 0xb0c, 0xb0f, 0xb10, 0xb13, 0xb28,
    0xb2a, 0xb30, 0xb32, 0xb33, 0xb35, 0xb39, 0xb3d, 0xb3d, 0xb5c, 0xb5d, 0xb5f, 0xb61, 0xb71,
    0xb71, 0xb83, 0xb83, 0xb85, 0xb8a, 0xb8e, 0xb90, 0xb92, 0xb95, 0xb99, 0xb9a, 0xb9c, 0xb9c,
    0xb9e, 0xb9f, 0xba3, 0xba4, 0xba8, 0xbaa, 0xbae, 0xbb9, 0xbd0, 0xbd0, 0xc05, 0xc0c, 0xc0e,
    0xc10, 0xc12, 0xc28, 0xc2a, 0xc39, 0xc3d, 0xc3d, 0xc58, 0xc5a, 0xc5d, 0xc5d, 0xc60, 0xc61,
    0xc80, 0xc80, 0xc85, 0xc8c, 0xc8e, 0xc90, 0xc92, 0xca8, 0xcaa, 0xcb3, 0xcb5, 0xcb9, 0xcbd,
    0xcbd, 0xcdd, 0xcde, 0xce0, 0xce1, 0xcf1, 0xcf2, 0xd04, 0xd0c, 0xd0e, 0xd10, 0xd12, 0xd3a,
    0xd3d, 0xd3d, 0xd4e, 0xd4e, 0xd54, 0xd56, 0xd5f, 0xd61, 0xd7a, 0xd7f, 0xd85, 0xd96, 0xd9a,
    0xdb1, 0xdb3, 0xdbb, 0xdbd, 0xdbd, 0xdc0, 0xdc6, 0xe01, 0xe30, 0xe32, 0xe33, 0xe40, 0xe46,
    0xe81, 0xe82, 0xe84, 0xe84, 0xe86, 0xe8a, 0xe8c, 0xea3, 0xea5, 0xea5, 0xea7, 0xeb0, 0xeb2,
    0xeb3, 0xebd, 0xebd, 0xec0, 0xec4, 0xec6, 0xec6, 0xedc, 0xedf, 0xf00, 0xf00, 0xf40, 0xf47,
    0xf49, 0xf6c, 0xf88, 0xf8c, 0x1000, 0x102a, 0x103f, 0x103f, 0x1050, 0x1055, 0x105a, 0x105d,
    0x1061, 0x1061, 0x1065, 0x1066, 0x106e, 0x1070, 0x1075, 0x1081, 0x108e, 0x108e, 0x10a0, 0x10c5,
    0x10c7, 0x10c7, 0x10cd, 0x10cd, 0x10d0, 0x10fa, 0x10fc, 0x1248, 0x124a, 0x124d, 0x1250, 0x1256,
    0x1258, 0x1258, 0x125a, 0x125d, 0x1260, 0x1288, 0x128a, 0x128d, 0x1290, 0x12b0, 0x12b2, 0x12b5,
    0x12b8, 0x12be, 0x12c0, 0x12c0, 0x12c2, 0x12c5, 0x12c8, 0x12d6, 0x12d8, 0x1310, 0x1312, 0x1315,
    0x1318, 0x135a, 0x1380, 0x138f, 0x13a0, 0x13f5, 0x13f8, 0x13fd, 0x1401, 0x166c, 0x166f, 0x167f,
    0x1681, 0x169a, 0x16a0, 0x16ea, 0x16f1, 0x16f8, 0x1700, 0x1711, 0x171f, 0x1731, 0x1740, 0x1751,
    0x1760, 0x176c, 0x176e, 0x1770, 0x1780, 0x17b3, 0x17d7, 0x17d7, 0x17dc, 0x17dc, 0x1820, 0x1878,
    0x1880, 0x1884, 0x1887, 0x18a8, 0x18aa, 0x18aa, 0x18b0, 0x18f5, 0x1900, 0x191e, 0x1950, 0x196d,
    0x1970, 0x1974, 0x1980, 0x19ab, 0x19b0, 0x19c9, 0x1a00, 0x1a16, 0x1a20, 0x1a54, 0x1aa7, 0x1aa7,
    0x1b05, 0x1b33, 0x1b45, 0x1b4c, 0x1b83, 0x1ba0, 0x1bae, 0x1baf, 0x1bba, 0x1be5, 0x1c00, 0x1c23,
    0x1c4d, 0x1c4f, 0x1c5a, 0x1c7d, 0x1c80, 0x1c88, 0x1c90, 0x1cba, 0x1cbd, 0x1cbf, 0x1ce9, 0x1cec,
    0x1cee, 0x1cf3, 0x1cf5, 0x1cf6, 0x1cfa, 0x1cfa, 0x1d00, 0x1dbf, 0x1e00, 0x1f15, 0x1f18, 0x1f1d,
    0x1f20, 0x1f45, 0x1f48, 0x1f4d, 0x1f50, 0x1f57, 0x1f59, 0x1f59, 0x1f5b, 0x1f5b, 0x1f5d, 0x1f5d,
    0x1f5f, 0x1f7d, 0x1f80, 0x1fb4, 0x1fb6, 0x1fbc, 0x1fbe, 0x1fbe, 0x1fc2, 0x1fc4, 0x1fc6, 0x1fcc,
    0x1fd0, 0x1fd3, 0x1fd6, 0x1fdb, 0x1fe0, 0x1fec, 0x1ff2, 0x1ff4, 0x1ff6, 0x1ffc, 0x2071, 0x2071,
    0x207f, 0x207f, 0x2090, 0x209c, 0x2102, 0x2102, 0x2107, 0x2107, 0x210a, 0x2113, 0x2115, 0x2115,
    0x2119, 0x211d, 0x2124, 0x2124, 0x2126, 0x2126, 0x2128, 0x2128, 0x212a, 0x212d, 0x212f, 0x2139,
    0x213c, 0x213f, 0x2145, 0x2149, 0x214e, 0x214e, 0x2183, 0x2184, 0x2c00, 0x2ce4, 0x2ceb, 0x2cee,
    0x2cf2, 0x2cf3, 0x2d00, 0x2d25, 0x2d27, 0x2d27, 0x2d2d, 0x2d2d, 0x2d30, 0x2d67, 0x2d6f, 0x2d6f,
    0x2d80, 0x2d96, 0x2da0, 0x2da6, 0x2da8, 0x2dae, 0x2db0, 0x2db6, 0x2db8, 0x2dbe, 0x2dc0, 0x2dc6,
    0x2dc8, 0x2dce, 0x2dd0, 0x2dd6, 0x2dd8, 0x2dde, 0x2e2f, 0x2e2f, 0x3005, 0x3006, 0x3031, 0x3035,
    0x303b, 0x303c, 0x3041, 0x3096, 0x309d, 0x309f, 0x30a1, 0x30fa, 0x30fc, 0x30ff, 0x3105, 0x312f,
    0x3131, 0x318e, 0x31a0, 0x31bf, 0x31f0, 0x31ff, 0x3400, 0x4dbf, 0x4e00, 0xa48c, 0xa4d0, 0xa4fd,
    0xa500, 0xa60c, 0xa610, 0xa61f, 0xa62a, 0xa62b, 0xa640, 0xa66e, 0xa67f, 0xa69d, 0xa6a0, 0xa6e5,
    0xa717, 0xa71f, 0xa722, 0xa788, 0xa78b, 0xa7ca, 0xa7d0, 0xa7d1, 0xa7d3, 0xa7d3, 0xa7d5, 0xa7d9,
    0xa7f2, 0xa801, 0xa803, 0xa805, 0xa807, 0xa80a, 0xa80c, 0xa822, 0xa840, 0xa873, 0xa882, 0xa8b3,
    0xa8f2, 0xa8f7, 0xa8fb, 0xa8fb, 0xa8fd, 0xa8fe, 0xa90a, 0xa925, 0xa930, 0xa946, 0xa960, 0xa97c,
    0xa984, 0xa9b2, 0xa9cf, 0xa9cf, 0xa9e0, 0xa9e4, 0xa9e6, 0xa9ef, 0xa9fa, 0xa9fe, 0xaa00, 0xaa28,
    0xaa40, 0xaa42, 0xaa44, 0xaa4b, 0xaa60, 0xaa76, 0xaa7a, 0xaa7a, 0xaa7e, 0xaaaf, 0xaab1, 0xaab1,
    0xaab5, 0xaab6, 0xaab9, 0xaabd, 0xaac0, 0xaac0, 0xaac2, 0xaac2, 0xaadb, 0xaadd, 0xaae0, 0xaaea,
    0xaaf2, 0xaaf4, 0xab01, 0xab06, 0xab09, 0xab0e, 0xab11, 0xab16, 0xab20, 0xab26, 0xab28, 0xab2e,
    0xab30, 0xab5a, 0xab5c, 0xab69, 0xab70, 0xabe2, 0xac00, 0xd7a3, 0xd7b0, 0xd7c6, 0xd7cb, 0xd7fb,
    0xf900, 0xfa6d, 0xfa70, 0xfad9, 0xfb00, 0xfb06, 0xfb13, 0xfb17, 0xfb1d, 0xfb1d, 0xfb1f, 0xfb28,
    0xfb2a, 0xfb36, 0xfb38, 0xfb3c, 0xfb3e, 0xfb3e, 0xfb40, 0xfb41, 0xfb43, 0xfb44, 0xfb46, 0xfbb1,
    0xfbd3, 0xfd3d, 0xfd50, 0xfd8f, 0xfd92, 0xfdc7, 0xfdf0, 0xfdfb, 0xfe70, 0xfe74, 0xfe76, 0xfefc,
    0xff21, 0xff3a, 0xff41, 0xff5a, 0xff66, 0xffbe, 0xffc2, 0xffc7, 0xffca, 0xffcf, 0xffd2, 0xffd7,
    0xffda, 0xffdc, 0x10000, 0x1000b, 0x1000d, 0x10026, 0x10028, 0x1003a, 0x1003c, 0x1003d,
    0x1003f, 0x1004d, 0x10050, 0x1005d, 0x10080, 0x100fa, 0x10280, 0x1029c, 0x102a0, 0x102d0,
    0x10300, 0x1031f, 0x1032d, 0x10340, 0x10342, 0x10349, 0x10350, 0x10375, 0x10380, 0x1039d,
    0x103a0, 0x103c3, 0x103c8, 0x103cf, 0x10400, 0x1049d, 0x104b0, 0x104d3, 0x104d8, 0x104fb,
    0x10500, 0x10527, 0x10530, 0x10563, 0x10570, 0x1057a, 0x1057c, 0x1058a, 0x1058c, 0x10592,
    0x10594, 0x10595, 0x10597, 0x105a1, 0x105a3, 0x105b1, 0x105b3, 0x105b9, 0x105bb, 0x105bc,
    0x10600, 0x10736, 0x10740, 0x10755, 0x10760, 0x10767, 0x10780, 0x10785, 0x10787, 0x107b0,
    0x107b2, 0x107ba, 0x10800, 0x10805, 0x10808, 0x10808, 0x1080a, 0x10835, 0x10837, 0x10838,
    0x1083c, 0x1083c, 0x1083f, 0x10855, 0x10860, 0x10876, 0x10880, 0x1089e, 0x108e0, 0x108f2,
    0x108f4, 0x108f5, 0x10900, 0x10915, 0x10920, 0x10939, 0x10980, 0x109b7, 0x109be, 0x109bf,
    0x10a00, 0x10a00, 0x10a10, 0x10a13, 0x10a15, 0x10a17, 0x10a19, 0x10a35, 0x10a60, 0x10a7c,
    0x10a80, 0x10a9c, 0x10ac0, 0x10ac7, 0x10ac9, 0x10ae4, 0x10b00, 0x10b35, 0x10b40, 0x10b55,
    0x10b60, 0x10b72, 0x10b80, 0x10b91, 0x10c00, 0x10c48, 0x10c80, 0x10cb2, 0x10cc0, 0x10cf2,
    0x10d00, 0x10d23, 0x10e80, 0x10ea9, 0x10eb0, 0x10eb1, 0x10f00, 0x10f1c, 0x10f27, 0x10f27,
    0x10f30, 0x10f45, 0x10f70, 0x10f81, 0x10fb0, 0x10fc4, 0x10fe0, 0x10ff6, 0x11003, 0x11037,
    0x11071, 0x11072, 0x11075, 0x11075, 0x11083, 0x110af, 0x110d0, 0x110e8, 0x11103, 0x11126,
    0x11144, 0x11144, 0x11147, 0x11147, 0x11150, 0x11172, 0x11176, 0x11176, 0x11183, 0x111b2,
    0x111c1, 0x111c4, 0x111da, 0x111da, 0x111dc, 0x111dc, 0x11200, 0x11211, 0x11213, 0x1122b,
    0x11280, 0x11286, 0x11288, 0x11288, 0x1128a, 0x1128d, 0x1128f, 0x1129d, 0x1129f, 0x112a8,
    0x112b0, 0x112de, 0x11305, 0x1130c, 0x1130f, 0x11310, 0x11313, 0x11328, 0x1132a, 0x11330,
    0x11332, 0x11333, 0x11335, 0x11339, 0x1133d, 0x1133d, 0x11350, 0x11350, 0x1135d, 0x11361,
    0x11400, 0x11434, 0x11447, 0x1144a, 0x1145f, 0x11461, 0x11480, 0x114af, 0x114c4, 0x114c5,
    0x114c7, 0x114c7, 0x11580, 0x115ae, 0x115d8, 0x115db, 0x11600, 0x1162f, 0x11644, 0x11644,
    0x11680, 0x116aa, 0x116b8, 0x116b8, 0x11700, 0x1171a, 0x11740, 0x11746, 0x11800, 0x1182b,
    0x118a0, 0x118df, 0x118ff, 0x11906, 0x11909, 0x11909, 0x1190c, 0x11913, 0x11915, 0x11916,
    0x11918, 0x1192f, 0x1193f, 0x1193f, 0x11941, 0x11941, 0x119a0, 0x119a7, 0x119aa, 0x119d0,
    0x119e1, 0x119e1, 0x119e3, 0x119e3, 0x11a00, 0x11a00, 0x11a0b, 0x11a32, 0x11a3a, 0x11a3a,
    0x11a50, 0x11a50, 0x11a5c, 0x11a89, 0x11a9d, 0x11a9d, 0x11ab0, 0x11af8, 0x11c00, 0x11c08,
    0x11c0a, 0x11c2e, 0x11c40, 0x11c40, 0x11c72, 0x11c8f, 0x11d00, 0x11d06, 0x11d08, 0x11d09,
    0x11d0b, 0x11d30, 0x11d46, 0x11d46, 0x11d60, 0x11d65, 0x11d67, 0x11d68, 0x11d6a, 0x11d89,
    0x11d98, 0x11d98, 0x11ee0, 0x11ef2, 0x11fb0, 0x11fb0, 0x12000, 0x12399, 0x12480, 0x12543,
    0x12f90, 0x12ff0, 0x13000, 0x1342e, 0x14400, 0x14646, 0x16800, 0x16a38, 0x16a40, 0x16a5e,
    0x16a70, 0x16abe, 0x16ad0, 0x16aed, 0x16b00, 0x16b2f, 0x16b40, 0x16b43, 0x16b63, 0x16b77,
    0x16b7d, 0x16b8f, 0x16e40, 0x16e7f, 0x16f00, 0x16f4a, 0x16f50, 0x16f50, 0x16f93, 0x16f9f,
    0x16fe0, 0x16fe1, 0x16fe3, 0x16fe3, 0x17000, 0x187f7, 0x18800, 0x18cd5, 0x18d00, 0x18d08,
    0x1aff0, 0x1aff3, 0x1aff5, 0x1affb, 0x1affd, 0x1affe, 0x1b000, 0x1b122, 0x1b150, 0x1b152,
    0x1b164, 0x1b167, 0x1b170, 0x1b2fb, 0x1bc00, 0x1bc6a, 0x1bc70, 0x1bc7c, 0x1bc80, 0x1bc88,
    0x1bc90, 0x1bc99, 0x1d400, 0x1d454, 0x1d456, 0x1d49c, 0x1d49e, 0x1d49f, 0x1d4a2, 0x1d4a2,
    0x1d4a5, 0x1d4a6, 0x1d4a9, 0x1d4ac, 0x1d4ae, 0x1d4b9, 0x1d4bb, 0x1d4bb, 0x1d4bd, 0x1d4c3,
    0x1d4c5, 0x1d505, 0x1d507, 0x1d50a, 0x1d50d, 0x1d514, 0x1d516, 0x1d51c, 0x1d51e, 0x1d539,
    0x1d53b, 0x1d53e, 0x1d540, 0x1d544, 0x1d546, 0x1d546, 0x1d54a, 0x1d550, 0x1d552, 0x1d6a5,
    0x1d6a8, 0x1d6c0, 0x1d6c2, 0x1d6da, 0x1d6dc, 0x1d6fa, 0x1d6fc, 0x1d714, 0x1d716, 0x1d734,
    0x1d736, 0x1d74e, 0x1d750, 0x1d76e, 0x1d770, 0x1d788, 0x1d78a, 0x1d7a8, 0x1d7aa, 0x1d7c2,
    0x1d7c4, 0x1d7cb, 0x1df00, 0x1df1e, 0x1e100, 0x1e12c, 0x1e137, 0x1e13d, 0x1e14e, 0x1e14e,
    0x1e290, 0x1e2ad, 0x1e2c0, 0x1e2eb, 0x1e7e0, 0x1e7e6, 0x1e7e8, 0x1e7eb, 0x1e7ed, 0x1e7ee,
    0x1e7f0, 0x1e7fe, 0x1e800, 0x1e8c4, 0x1e900, 0x1e943, 0x1e94b, 0x1e94b, 0x1ee00, 0x1ee03,
    0x1ee05, 0x1ee1f, 0x1ee21, 0x1ee22, 0x1ee24, 0x1ee24, 0x1ee27, 0x1ee27, 0x1ee29, 0x1ee32,
    0x1ee34, 0x1ee37, 0x1ee39, 0x1ee39, 0x1ee3b, 0x1ee3b, 0x1ee42, 0x1ee42, 0x1ee47, 0x1ee47,
    0x1ee49, 0x1ee49, 0x1ee4b, 0x1ee4b, 0x1ee4d, 0x1ee4f, 0x1ee51, 0x1ee52, 0x1ee54, 0x1ee54,
    0x1ee57, 0x1ee57, 0x1ee59, 0x1ee59, 0x1ee5b, 0x1ee5b, 0x1ee5d, 0x1ee5d, 0x1ee5f, 0x1ee5f,
    0x1ee61, 0x1ee62, 0x1ee64, 0x1ee64, 0x1ee67, 0x1ee6a, 0x1ee6c, 0x1ee72, 0x1ee74, 0x1ee77,
    0x1ee79, 0x1ee7c, 0x1ee7e, 0x1ee7e, 0x1ee80, 0x1ee89, 0x1ee8b, 0x1ee9b, 0x1eea1, 0x1eea3,
    0x1eea5, 0x1eea9, 0x1eeab, 0x1eebb, 0x20000, 0x2a6df, 0x2a700, 0x2b738, 0x2b740, 0x2b81d,
    0x2b820, 0x2cea1, 0x2ceb0, 0x2ebe0, 0x2f800, 0x2fa1d, 0x30000, 0x3134a,
];
/// Decimal digits (str.isdecimal); every run starts at a zero: `[start, end]` pairs.
const DECIMAL: &[u32] = &[
    0x30, 0x39, 0x660, 0x669, 0x6f0, 0x6f9, 0x7c0, 0x7c9, 0x966, 0x96f, 0x9e6, 0x9ef, 0xa66, 0xa6f,
    0xae6, 0xaef, 0xb66, 0xb6f, 0xbe6, 0xbef, 0xc66, 0xc6f, 0xce6, 0xcef, 0xd66, 0xd6f, 0xde6,
    0xdef, 0xe50, 0xe59, 0xed0, 0xed9, 0xf20, 0xf29, 0x1040, 0x1049, 0x1090, 0x1099, 0x17e0,
    0x17e9, 0x1810, 0x1819, 0x1946, 0x194f, 0x19d0, 0x19d9, 0x1a80, 0x1a89, 0x1a90, 0x1a99, 0x1b50,
    0x1b59, 0x1bb0, 0x1bb9, 0x1c40, 0x1c49, 0x1c50, 0x1c59, 0xa620, 0xa629, 0xa8d0, 0xa8d9, 0xa900,
    0xa909, 0xa9d0, 0xa9d9, 0xa9f0, 0xa9f9, 0xaa50, 0xaa59, 0xabf0, 0xabf9, 0xff10, 0xff19,
    0x104a0, 0x104a9, 0x10d30, 0x10d39, 0x11066, 0x1106f, 0x110f0, 0x110f9, 0x11136, 0x1113f,
    0x111d0, 0x111d9, 0x112f0, 0x112f9, 0x11450, 0x11459, 0x114d0, 0x114d9, 0x11650, 0x11659,
    0x116c0, 0x116c9, 0x11730, 0x11739, 0x118e0, 0x118e9, 0x11950, 0x11959, 0x11c50, 0x11c59,
    0x11d50, 0x11d59, 0x11da0, 0x11da9, 0x16a60, 0x16a69, 0x16ac0, 0x16ac9, 0x16b50, 0x16b59,
    0x1d7ce, 0x1d7ff, 0x1e140, 0x1e149, 0x1e2f0, 0x1e2f9, 0x1e950, 0x1e959, 0x1fbf0, 0x1fbf9,
];
/// Digits (str.isdigit): `[start, end]` pairs.
const DIGIT: &[u32] = &[
    0x30, 0x39, 0xb2, 0xb3, 0xb9, 0xb9, 0x660, 0x669, 0x6f0, 0x6f9, 0x7c0, 0x7c9, 0x966, 0x96f,
    0x9e6, 0x9ef, 0xa66, 0xa6f, 0xae6, 0xaef, 0xb66, 0xb6f, 0xbe6, 0xbef, 0xc66, 0xc6f, 0xce6,
    0xcef, 0xd66, 0xd6f, 0xde6, 0xdef, 0xe50, 0xe59, 0xed0, 0xed9, 0xf20, 0xf29, 0x1040, 0x1049,
    0x1090, 0x1099, 0x1369, 0x1371, 0x17e0, 0x17e9, 0x1810, 0x1819, 0x1946, 0x194f, 0x19d0, 0x19da,
    0x1a80, 0x1a89, 0x1a90, 0x1a99, 0x1b50, 0x1b59, 0x1bb0, 0x1bb9, 0x1c40, 0x1c49, 0x1c50, 0x1c59,
    0x2070, 0x2070, 0x2074, 0x2079, 0x2080, 0x2089, 0x2460, 0x2468, 0x2474, 0x247c, 0x2488, 0x2490,
    0x24ea, 0x24ea, 0x24f5, 0x24fd, 0x24ff, 0x24ff, 0x2776, 0x277e, 0x2780, 0x2788, 0x278a, 0x2792,
    0xa620, 0xa629, 0xa8d0, 0xa8d9, 0xa900, 0xa909, 0xa9d0, 0xa9d9, 0xa9f0, 0xa9f9, 0xaa50, 0xaa59,
    0xabf0, 0xabf9, 0xff10, 0xff19, 0x104a0, 0x104a9, 0x10a40, 0x10a43, 0x10d30, 0x10d39, 0x10e60,
    0x10e68, 0x11052, 0x1105a, 0x11066, 0x1106f, 0x110f0, 0x110f9, 0x11136, 0x1113f, 0x111d0,
    0x111d9, 0x112f0, 0x112f9, 0x11450, 0x11459, 0x114d0, 0x114d9, 0x11650, 0x11659, 0x116c0,
    0x116c9, 0x11730, 0x11739, 0x118e0, 0x118e9, 0x11950, 0x11959, 0x11c50, 0x11c59, 0x11d50,
    0x11d59, 0x11da0, 0x11da9, 0x16a60, 0x16a69, 0x16ac0, 0x16ac9, 0x16b50, 0x16b59, 0x1d7ce,
    0x1d7ff, 0x1e140, 0x1e149, 0x1e2f0, 0x1e2f9, 0x1e950, 0x1e959, 0x1f100, 0x1f10a, 0x1fbf0,
    0x1fbf9,
];
/// Numeric characters (str.isnumeric): `[start, end]` pairs.
const NUMERIC: &[u32] = &[
    0x30, 0x39, 0xb2, 0xb3, 0xb9, 0xb9, 0xbc, 0xbe, 0x660, 0x669, 0x6f0, 0x6f9, 0x7c0, 0x7c9,
    0x966, 0x96f, 0x9e6, 0x9ef, 0x9f4, 0x9f9, 0xa66, 0xa6f, 0xae6, 0xaef, 0xb66, 0xb6f, 0xb72,
    0xb77, 0xbe6, 0xbf2, 0xc66, 0xc6f, 0xc78, 0xc7e, 0xce6, 0xcef, 0xd58, 0xd5e, 0xd66, 0xd78,
    0xde6, 0xdef, 0xe50, 0xe59, 0xed0, 0xed9, 0xf20, 0xf33, 0x1040, 0x1049, 0x1090, 0x1099, 0x1369,
    0x137c, 0x16ee, 0x16f0, 0x17e0, 0x17e9, 0x17f0, 0x17f9, 0x1810, 0x1819, 0x1946, 0x194f, 0x19d0,
    0x19da, 0x1a80, 0x1a89, 0x1a90, 0x1a99, 0x1b50, 0x1b59, 0x1bb0, 0x1bb9, 0x1c40, 0x1c49, 0x1c50,
    0x1c59, 0x2070, 0x2070, 0x2074, 0x2079, 0x2080, 0x2089, 0x2150, 0x2182, 0x2185, 0x2189, 0x2460,
    0x249b, 0x24ea, 0x24ff, 0x2776, 0x2793, 0x2cfd, 0x2cfd, 0x3007, 0x3007, 0x3021, 0x3029, 0x3038,
    0x303a, 0x3192, 0x3195, 0x3220, 0x3229, 0x3248, 0x324f, 0x3251, 0x325f, 0x3280, 0x3289, 0x32b1,
    0x32bf, 0x3405, 0x3405, 0x3483, 0x3483, 0x382a, 0x382a, 0x3b4d, 0x3b4d, 0x4e00, 0x4e00, 0x4e03,
    0x4e03, 0x4e07, 0x4e07, 0x4e09, 0x4e09, 0x4e5d, 0x4e5d, 0x4e8c, 0x4e8c, 0x4e94, 0x4e94, 0x4e96,
    0x4e96, 0x4ebf, 0x4ec0, 0x4edf, 0x4edf, 0x4ee8, 0x4ee8, 0x4f0d, 0x4f0d, 0x4f70, 0x4f70, 0x5104,
    0x5104, 0x5146, 0x5146, 0x5169, 0x5169, 0x516b, 0x516b, 0x516d, 0x516d, 0x5341, 0x5341, 0x5343,
    0x5345, 0x534c, 0x534c, 0x53c1, 0x53c4, 0x56db, 0x56db, 0x58f1, 0x58f1, 0x58f9, 0x58f9, 0x5e7a,
    0x5e7a, 0x5efe, 0x5eff, 0x5f0c, 0x5f0e, 0x5f10, 0x5f10, 0x62fe, 0x62fe, 0x634c, 0x634c, 0x67d2,
    0x67d2, 0x6f06, 0x6f06, 0x7396, 0x7396, 0x767e, 0x767e, 0x8086, 0x8086, 0x842c, 0x842c, 0x8cae,
    0x8cae, 0x8cb3, 0x8cb3, 0x8d30, 0x8d30, 0x9621, 0x9621, 0x9646, 0x9646, 0x964c, 0x964c, 0x9678,
    0x9678, 0x96f6, 0x96f6, 0xa620, 0xa629, 0xa6e6, 0xa6ef, 0xa830, 0xa835, 0xa8d0, 0xa8d9, 0xa900,
    0xa909, 0xa9d0, 0xa9d9, 0xa9f0, 0xa9f9, 0xaa50, 0xaa59, 0xabf0, 0xabf9, 0xf96b, 0xf96b, 0xf973,
    0xf973, 0xf978, 0xf978, 0xf9b2, 0xf9b2, 0xf9d1, 0xf9d1, 0xf9d3, 0xf9d3, 0xf9fd, 0xf9fd, 0xff10,
    0xff19, 0x10107, 0x10133, 0x10140, 0x10178, 0x1018a, 0x1018b, 0x102e1, 0x102fb, 0x10320,
    0x10323, 0x10341, 0x10341, 0x1034a, 0x1034a, 0x103d1, 0x103d5, 0x104a0, 0x104a9, 0x10858,
    0x1085f, 0x10879, 0x1087f, 0x108a7, 0x108af, 0x108fb, 0x108ff, 0x10916, 0x1091b, 0x109bc,
    0x109bd, 0x109c0, 0x109cf, 0x109d2, 0x109ff, 0x10a40, 0x10a48, 0x10a7d, 0x10a7e, 0x10a9d,
    0x10a9f, 0x10aeb, 0x10aef, 0x10b58, 0x10b5f, 0x10b78, 0x10b7f, 0x10ba9, 0x10baf, 0x10cfa,
    0x10cff, 0x10d30, 0x10d39, 0x10e60, 0x10e7e, 0x10f1d, 0x10f26, 0x10f51, 0x10f54, 0x10fc5,
    0x10fcb, 0x11052, 0x1106f, 0x110f0, 0x110f9, 0x11136, 0x1113f, 0x111d0, 0x111d9, 0x111e1,
    0x111f4, 0x112f0, 0x112f9, 0x11450, 0x11459, 0x114d0, 0x114d9, 0x11650, 0x11659, 0x116c0,
    0x116c9, 0x11730, 0x1173b, 0x118e0, 0x118f2, 0x11950, 0x11959, 0x11c50, 0x11c6c, 0x11d50,
    0x11d59, 0x11da0, 0x11da9, 0x11fc0, 0x11fd4, 0x12400, 0x1246e, 0x16a60, 0x16a69, 0x16ac0,
    0x16ac9, 0x16b50, 0x16b59, 0x16b5b, 0x16b61, 0x16e80, 0x16e96, 0x1d2e0, 0x1d2f3, 0x1d360,
    0x1d378, 0x1d7ce, 0x1d7ff, 0x1e140, 0x1e149, 0x1e2f0, 0x1e2f9, 0x1e8c7, 0x1e8cf, 0x1e950,
    0x1e959, 0x1ec71, 0x1ecab, 0x1ecad, 0x1ecaf, 0x1ecb1, 0x1ecb4, 0x1ed01, 0x1ed2d, 0x1ed2f,
    0x1ed3d, 0x1f100, 0x1f10c, 0x1fbf0, 0x1fbf9, 0x20001, 0x20001, 0x20064, 0x20064, 0x200e2,
    0x200e2, 0x20121, 0x20121, 0x2092a, 0x2092a, 0x20983, 0x20983, 0x2098c, 0x2098c, 0x2099c,
    0x2099c, 0x20aea, 0x20aea, 0x20afd, 0x20afd, 0x20b19, 0x20b19, 0x22390, 0x22390, 0x22998,
    0x22998, 0x23b1b, 0x23b1b, 0x2626d, 0x2626d, 0x2f890, 0x2f890,
];
/// Identifier starts (XID_Start plus `_`): `[start, end]` pairs.
const XID_START: &[u32] = &[
    0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a, 0xaa, 0xaa, 0xb5, 0xb5, 0xba, 0xba, 0xc0, 0xd6, 0xd8, 0xf6,
    0xf8, 0x2c1, 0x2c6, 0x2d1, 0x2e0, 0x2e4, 0x2ec, 0x2ec, 0x2ee, 0x2ee, 0x370, 0x374, 0x376,
    0x377, 0x37b, 0x37d, 0x37f, 0x37f, 0x386, 0x386, 0x388, 0x38a, 0x38c, 0x38c, 0x38e, 0x3a1,
    0x3a3, 0x3f5, 0x3f7, 0x481, 0x48a, 0x52f, 0x531, 0x556, 0x559, 0x559, 0x560, 0x588, 0x5d0,
    0x5ea, 0x5ef, 0x5f2, 0x620, 0x64a, 0x66e, 0x66f, 0x671, 0x6d3, 0x6d5, 0x6d5, 0x6e5, 0x6e6,
    0x6ee, 0x6ef, 0x6fa, 0x6fc, 0x6ff, 0x6ff, 0x710, 0x710, 0x712, 0x72f, 0x74d, 0x7a5, 0x7b1,
    0x7b1, 0x7ca, 0x7ea, 0x7f4, 0x7f5, 0x7fa, 0x7fa, 0x800, 0x815, 0x81a, 0x81a, 0x824, 0x824,
    0x828, 0x828, 0x840, 0x858, 0x860, 0x86a, 0x870, 0x887, 0x889, 0x88e, 0x8a0, 0x8c9, 0x904,
    0x939, 0x93d, 0x93d, 0x950, 0x950, 0x958, 0x961, 0x971, 0x980, 0x985, 0x98c, 0x98f, 0x990,
    0x993, 0x9a8, 0x9aa, 0x9b0, 0x9b2, 0x9b2, 0x9b6, 0x9b9, 0x9bd, 0x9bd, 0x9ce, 0x9ce, 0x9dc,
    0x9dd, 0x9df, 0x9e1, 0x9f0, 0x9f1, 0x9fc, 0x9fc, 0xa05, 0xa0a, 0xa0f, 0xa10, 0xa13, 0xa28,
    0xa2a, 0xa30, 0xa32, 0xa33, 0xa35, 0xa36, 0xa38, 0xa39, 0xa59, 0xa5c, 0xa5e, 0xa5e, 0xa72,
    0xa74, 0xa85, 0xa8d, 0xa8f, 0xa91, 0xa93, 0xaa8, 0xaaa, 0xab0, 0xab2, 0xab3, 0xab5, 0xab9,
    0xabd, 0xabd, 0xad0, 0xad0, 0xae0, 0xae1, 0xaf9, 0xaf9, 0xb05, 0xb0c, 0xb0f, 0xb10, 0xb13,
    0xb28, 0xb2a, 0xb30, 0xb32, 0xb33, 0xb35, 0xb39, 0xb3d, 0xb3d, 0xb5c, 0xb5d, 0xb5f, 0xb61,
    0xb71, 0xb71, 0xb83, 0xb83, 0xb85, 0xb8a, 0xb8e, 0xb90, 0xb92, 0xb95, 0xb99, 0xb9a, 0xb9c,
    0xb9c, 0xb9e, 0xb9f, 0xba3, 0xba4, 0xba8, 0xbaa, 0xbae, 0xbb9, 0xbd0, 0xbd0, 0xc05, 0xc0c,
    0xc0e, 0xc10, 0xc12, 0xc28, 0xc2a, 0xc39, 0xc3d, 0xc3d, 0xc58, 0xc5a, 0xc5d, 0xc5d, 0xc60,
    0xc61, 0xc80, 0xc80, 0xc85, 0xc8c, 0xc8e, 0xc90, 0xc92, 0xca8, 0xcaa, 0xcb3, 0xcb5, 0xcb9,
    0xcbd, 0xcbd, 0xcdd, 0xcde, 0xce0, 0xce1, 0xcf1, 0xcf2, 0xd04, 0xd0c, 0xd0e, 0xd10, 0xd12,
    0xd3a, 0xd3d, 0xd3d, 0xd4e, 0xd4e, 0xd54, 0xd56, 0xd5f, 0xd61, 0xd7a, 0xd7f, 0xd85, 0xd96,
    0xd9a, 0xdb1, 0xdb3, 0xdbb, 0xdbd, 0xdbd, 0xdc0, 0xdc6, 0xe01, 0xe30, 0xe32, 0xe32, 0xe40,
    0xe46, 0xe81, 0xe82, 0xe84, 0xe84, 0xe86, 0xe8a, 0xe8c, 0xea3, 0xea5, 0xea5, 0xea7, 0xeb0,
    0xeb2, 0xeb2, 0xebd, 0xebd, 0xec0, 0xec4, 0xec6, 0xec6, 0xedc, 0xedf, 0xf00, 0xf00, 0xf40,
    0xf47, 0xf49, 0xf6c, 0xf88, 0xf8c, 0x1000, 0x102a, 0x103f, 0x103f, 0x1050, 0x1055, 0x105a,
    0x105d, 0x1061, 0x1061, 0x1065, 0x1066, 0x106e, 0x1070, 0x1075, 0x1081, 0x108e, 0x108e, 0x10a0,
    0x10c5, 0x10c7, 0x10c7, 0x10cd, 0x10cd, 0x10d0, 0x10fa, 0x10fc, 0x1248, 0x124a, 0x124d, 0x1250,
    0x1256, 0x1258, 0x1258, 0x125a, 0x125d, 0x1260, 0x1288, 0x128a, 0x128d, 0x1290, 0x12b0, 0x12b2,
    0x12b5, 0x12b8, 0x12be, 0x12c0, 0x12c0, 0x12c2, 0x12c5, 0x12c8, 0x12d6, 0x12d8, 0x1310, 0x1312,
    0x1315, 0x1318, 0x135a, 0x1380, 0x138f, 0x13a0, 0x13f5, 0x13f8, 0x13fd, 0x1401, 0x166c, 0x166f,
    0x167f, 0x1681, 0x169a, 0x16a0, 0x16ea, 0x16ee, 0x16f8, 0x1700, 0x1711, 0x171f, 0x1731, 0x1740,
    0x1751, 0x1760, 0x176c, 0x176e, 0x1770, 0x1780, 0x17b3, 0x17d7, 0x17d7, 0x17dc, 0x17dc, 0x1820,
    0x1878, 0x1880, 0x18a8, 0x18aa, 0x18aa, 0x18b0, 0x18f5, 0x1900, 0x191e, 0x1950, 0x196d, 0x1970,
    0x1974, 0x1980, 0x19ab, 0x19b0, 0x19c9, 0x1a00, 0x1a16, 0x1a20, 0x1a54, 0x1aa7, 0x1aa7, 0x1b05,
    0x1b33, 0x1b45, 0x1b4c, 0x1b83, 0x1ba0, 0x1bae, 0x1baf, 0x1bba, 0x1be5, 0x1c00, 0x1c23, 0x1c4d,
    0x1c4f, 0x1c5a, 0x1c7d, 0x1c80, 0x1c88, 0x1c90, 0x1cba, 0x1cbd, 0x1cbf, 0x1ce9, 0x1cec, 0x1cee,
    0x1cf3, 0x1cf5, 0x1cf6, 0x1cfa, 0x1cfa, 0x1d00, 0x1dbf, 0x1e00, 0x1f15, 0x1f18, 0x1f1d, 0x1f20,
    0x1f45, 0x1f48, 0x1f4d, 0x1f50, 0x1f57, 0x1f59, 0x1f59, 0x1f5b, 0x1f5b, 0x1f5d, 0x1f5d, 0x1f5f,
    0x1f7d, 0x1f80, 0x1fb4, 0x1fb6, 0x1fbc, 0x1fbe, 0x1fbe, 0x1fc2, 0x1fc4, 0x1fc6, 0x1fcc, 0x1fd0,
    0x1fd3, 0x1fd6, 0x1fdb, 0x1fe0, 0x1fec, 0x1ff2, 0x1ff4, 0x1ff6, 0x1ffc, 0x2071, 0x2071, 0x207f,
    0x207f, 0x2090, 0x209c, 0x2102, 0x2102, 0x2107, 0x2107, 0x210a, 0x2113, 0x2115, 0x2115, 0x2118,
    0x211d, 0x2124, 0x2124, 0x2126, 0x2126, 0x2128, 0x2128, 0x212a, 0x2139, 0x213c, 0x213f, 0x2145,
    0x2149, 0x214e, 0x214e, 0x2160, 0x2188, 0x2c00, 0x2ce4, 0x2ceb, 0x2cee, 0x2cf2, 0x2cf3, 0x2d00,
    0x2d25, 0x2d27, 0x2d27, 0x2d2d, 0x2d2d, 0x2d30, 0x2d67, 0x2d6f, 0x2d6f, 0x2d80, 0x2d96, 0x2da0,
    0x2da6, 0x2da8, 0x2dae, 0x2db0, 0x2db6, 0x2db8, 0x2dbe, 0x2dc0, 0x2dc6, 0x2dc8, 0x2dce, 0x2dd0,
    0x2dd6, 0x2dd8, 0x2dde, 0x3005, 0x3007, 0x3021, 0x3029, 0x3031, 0x3035, 0x3038, 0x303c, 0x3041,
    0x3096, 0x309d, 0x309f, 0x30a1, 0x30fa, 0x30fc, 0x30ff, 0x3105, 0x312f, 0x3131, 0x318e, 0x31a0,
    0x31bf, 0x31f0, 0x31ff, 0x3400, 0x4dbf, 0x4e00, 0xa48c, 0xa4d0, 0xa4fd, 0xa500, 0xa60c, 0xa610,
    0xa61f, 0xa62a, 0xa62b, 0xa640, 0xa66e, 0xa67f, 0xa69d, 0xa6a0, 0xa6ef, 0xa717, 0xa71f, 0xa722,
    0xa788, 0xa78b, 0xa7ca, 0xa7d0, 0xa7d1, 0xa7d3, 0xa7d3, 0xa7d5, 0xa7d9, 0xa7f2, 0xa801, 0xa803,
    0xa805, 0xa807, 0xa80a, 0xa80c, 0xa822, 0xa840, 0xa873, 0xa882, 0xa8b3, 0xa8f2, 0xa8f7, 0xa8fb,
    0xa8fb, 0xa8fd, 0xa8fe, 0xa90a, 0xa925, 0xa930, 0xa946, 0xa960, 0xa97c, 0xa984, 0xa9b2, 0xa9cf,
    0xa9cf, 0xa9e0, 0xa9e4, 0xa9e6, 0xa9ef, 0xa9fa, 0xa9fe, 0xaa00, 0xaa28, 0xaa40, 0xaa42, 0xaa44,
    0xaa4b, 0xaa60, 0xaa76, 0xaa7a, 0xaa7a, 0xaa7e, 0xaaaf, 0xaab1, 0xaab1, 0xaab5, 0xaab6, 0xaab9,
    0xaabd, 0xaac0, 0xaac0, 0xaac2, 0xaac2, 0xaadb, 0xaadd, 0xaae0, 0xaaea, 0xaaf2, 0xaaf4, 0xab01,
    0xab06, 0xab09, 0xab0e, 0xab11, 0xab16, 0xab20, 0xab26, 0xab28, 0xab2e, 0xab30, 0xab5a, 0xab5c,
    0xab69, 0xab70, 0xabe2, 0xac00, 0xd7a3, 0xd7b0, 0xd7c6, 0xd7cb, 0xd7fb, 0xf900, 0xfa6d, 0xfa70,
    0xfad9, 0xfb00, 0xfb06, 0xfb13, 0xfb17, 0xfb1d, 0xfb1d, 0xfb1f, 0xfb28, 0xfb2a, 0xfb36, 0xfb38,
    0xfb3c, 0xfb3e, 0xfb3e, 0xfb40, 0xfb41, 0xfb43, 0xfb44, 0xfb46, 0xfbb1, 0xfbd3, 0xfc5d, 0xfc64,
    0xfd3d, 0xfd50, 0xfd8f, 0xfd92, 0xfdc7, 0xfdf0, 0xfdf9, 0xfe71, 0xfe71, 0xfe73, 0xfe73, 0xfe77,
    0xfe77, 0xfe79, 0xfe79, 0xfe7b, 0xfe7b, 0xfe7d, 0xfe7d, 0xfe7f, 0xfefc, 0xff21, 0xff3a, 0xff41,
    0xff5a, 0xff66, 0xff9d, 0xffa0, 0xffbe, 0xffc2, 0xffc7, 0xffca, 0xffcf, 0xffd2, 0xffd7, 0xffda,
    0xffdc, 0x10000, 0x1000b, 0x1000d, 0x10026, 0x10028, 0x1003a, 0x1003c, 0x1003d, 0x1003f,
    0x1004d, 0x10050, 0x1005d, 0x10080, 0x100fa, 0x10140, 0x10174, 0x10280, 0x1029c, 0x102a0,
    0x102d0, 0x10300, 0x1031f, 0x1032d, 0x1034a, 0x10350, 0x10375, 0x10380, 0x1039d, 0x103a0,
    0x103c3, 0x103c8, 0x103cf, 0x103d1, 0x103d5, 0x10400, 0x1049d, 0x104b0, 0x104d3, 0x104d8,
    0x104fb, 0x10500, 0x10527, 0x10530, 0x10563, 0x10570, 0x1057a, 0x1057c, 0x1058a, 0x1058c,
    0x10592, 0x10594, 0x10595, 0x10597, 0x105a1, 0x105a3, 0x105b1, 0x105b3, 0x105b9, 0x105bb,
    0x105bc, 0x10600, 0x10736, 0x10740, 0x10755, 0x10760, 0x10767, 0x10780, 0x10785, 0x10787,
    0x107b0, 0x107b2, 0x107ba, 0x10800, 0x10805, 0x10808, 0x10808, 0x1080a, 0x10835, 0x10837,
    0x10838, 0x1083c, 0x1083c, 0x1083f, 0x10855, 0x10860, 0x10876, 0x10880, 0x1089e, 0x108e0,
    0x108f2, 0x108f4, 0x108f5, 0x10900, 0x10915, 0x10920, 0x10939, 0x10980, 0x109b7, 0x109be,
    0x109bf, 0x10a00, 0x10a00, 0x10a10, 0x10a13, 0x10a15, 0x10a17, 0x10a19, 0x10a35, 0x10a60,
    0x10a7c, 0x10a80, 0x10a9c, 0x10ac0, 0x10ac7, 0x10ac9, 0x10ae4, 0x10b00, 0x10b35, 0x10b40,
    0x10b55, 0x10b60, 0x10b72, 0x10b80, 0x10b91, 0x10c00, 0x10c48, 0x10c80, 0x10cb2, 0x10cc0,
    0x10cf2, 0x10d00, 0x10d23, 0x10e80, 0x10ea9, 0x10eb0, 0x10eb1, 0x10f00, 0x10f1c, 0x10f27,
    0x10f27, 0x10f30, 0x10f45, 0x10f70, 0x10f81, 0x10fb0, 0x10fc4, 0x10fe0, 0x10ff6, 0x11003,
    0x11037, 0x11071, 0x11072, 0x11075, 0x11075, 0x11083, 0x110af, 0x110d0, 0x110e8, 0x11103,
    0x11126, 0x11144, 0x11144, 0x11147, 0x11147, 0x11150, 0x11172, 0x11176, 0x11176, 0x11183,
    0x111b2, 0x111c1, 0x111c4, 0x111da, 0x111da, 0x111dc, 0x111dc, 0x11200, 0x11211, 0x11213,
    0x1122b, 0x11280, 0x11286, 0x11288, 0x11288, 0x1128a, 0x1128d, 0x1128f, 0x1129d, 0x1129f,
    0x112a8, 0x112b0, 0x112de, 0x11305, 0x1130c, 0x1130f, 0x11310, 0x11313, 0x11328, 0x1132a,
    0x11330, 0x11332, 0x11333, 0x11335, 0x11339, 0x1133d, 0x1133d, 0x11350, 0x11350, 0x1135d,
    0x11361, 0x11400, 0x11434, 0x11447, 0x1144a, 0x1145f, 0x11461, 0x11480, 0x114af, 0x114c4,
    0x114c5, 0x114c7, 0x114c7, 0x11580, 0x115ae, 0x115d8, 0x115db, 0x11600, 0x1162f, 0x11644,
    0x11644, 0x11680, 0x116aa, 0x116b8, 0x116b8, 0x11700, 0x1171a, 0x11740, 0x11746, 0x11800,
    0x1182b, 0x118a0, 0x118df, 0x118ff, 0x11906, 0x11909, 0x11909, 0x1190c, 0x11913, 0x11915,
    0x11916, 0x11918, 0x1192f, 0x1193f, 0x1193f, 0x11941, 0x11941, 0x119a0, 0x119a7, 0x119aa,
    0x119d0, 0x119e1, 0x119e1, 0x119e3, 0x119e3, 0x11a00, 0x11a00, 0x11a0b, 0x11a32, 0x11a3a,
    0x11a3a, 0x11a50, 0x11a50, 0x11a5c, 0x11a89, 0x11a9d, 0x11a9d, 0x11ab0, 0x11af8, 0x11c00,
    0x11c08, 0x11c0a, 0x11c2e, 0x11c40, 0x11c40, 0x11c72, 0x11c8f, 0x11d00, 0x11d06, 0x11d08,
    0x11d09, 0x11d0b, 0x11d30, 0x11d46, 0x11d46, 0x11d60, 0x11d65, 0x11d67, 0x11d68, 0x11d6a,
    0x11d89, 0x11d98, 0x11d98, 0x11ee0, 0x11ef2, 0x11fb0, 0x11fb0, 0x12000, 0x12399, 0x12400,
    0x1246e, 0x12480, 0x12543, 0x12f90, 0x12ff0, 0x13000, 0x1342e, 0x14400, 0x14646, 0x16800,
    0x16a38, 0x16a40, 0x16a5e, 0x16a70, 0x16abe, 0x16ad0, 0x16aed, 0x16b00, 0x16b2f, 0x16b40,
    0x16b43, 0x16b63, 0x16b77, 0x16b7d, 0x16b8f, 0x16e40, 0x16e7f, 0x16f00, 0x16f4a, 0x16f50,
    0x16f50, 0x16f93, 0x16f9f, 0x16fe0, 0x16fe1, 0x16fe3, 0x16fe3, 0x17000, 0x187f7, 0x18800,
    0x18cd5, 0x18d00, 0x18d08, 0x1aff0, 0x1aff3, 0x1aff5, 0x1affb, 0x1affd, 0x1affe, 0x1b000,
    0x1b122, 0x1b150, 0x1b152, 0x1b164, 0x1b167, 0x1b170, 0x1b2fb, 0x1bc00, 0x1bc6a, 0x1bc70,
    0x1bc7c, 0x1bc80, 0x1bc88, 0x1bc90, 0x1bc99, 0x1d400, 0x1d454, 0x1d456, 0x1d49c, 0x1d49e,
    0x1d49f, 0x1d4a2, 0x1d4a2, 0x1d4a5, 0x1d4a6, 0x1d4a9, 0x1d4ac, 0x1d4ae, 0x1d4b9, 0x1d4bb,
    0x1d4bb, 0x1d4bd, 0x1d4c3, 0x1d4c5, 0x1d505, 0x1d507, 0x1d50a, 0x1d50d, 0x1d514, 0x1d516,
    0x1d51c, 0x1d51e, 0x1d539, 0x1d53b, 0x1d53e, 0x1d540, 0x1d544, 0x1d546, 0x1d546, 0x1d54a,
    0x1d550, 0x1d552, 0x1d6a5, 0x1d6a8, 0x1d6c0, 0x1d6c2, 0x1d6da, 0x1d6dc, 0x1d6fa, 0x1d6fc,
    0x1d714, 0x1d716, 0x1d734, 0x1d736, 0x1d74e, 0x1d750, 0x1d76e, 0x1d770, 0x1d788, 0x1d78a,
    0x1d7a8, 0x1d7aa, 0x1d7c2, 0x1d7c4, 0x1d7cb, 0x1df00, 0x1df1e, 0x1e100, 0x1e12c, 0x1e137,
    0x1e13d, 0x1e14e, 0x1e14e, 0x1e290, 0x1e2ad, 0x1e2c0, 0x1e2eb, 0x1e7e0, 0x1e7e6, 0x1e7e8,
    0x1e7eb, 0x1e7ed, 0x1e7ee, 0x1e7f0, 0x1e7fe, 0x1e800, 0x1e8c4, 0x1e900, 0x1e943, 0x1e94b,
    0x1e94b, 0x1ee00, 0x1ee03, 0x1ee05, 0x1ee1f, 0x1ee21, 0x1ee22, 0x1ee24, 0x1ee24, 0x1ee27,
    0x1ee27, 0x1ee29, 0x1ee32, 0x1ee34, 0x1ee37, 0x1ee39, 0x1ee39, 0x1ee3b, 0x1ee3b, 0x1ee42,
    0x1ee42, 0x1ee47, 0x1ee47, 0x1ee49, 0x1ee49, 0x1ee4b, 0x1ee4b, 0x1ee4d, 0x1ee4f, 0x1ee51,
    0x1ee52, 0x1ee54, 0x1ee54, 0x1ee57, 0x1ee57, 0x1ee59, 0x1ee59, 0x1ee5b, 0x1ee5b, 0x1ee5d,
    0x1ee5d, 0x1ee5f, 0x1ee5f, 0x1ee61, 0x1ee62, 0x1ee64, 0x1ee64, 0x1ee67, 0x1ee6a, 0x1ee6c,
    0x1ee72, 0x1ee74, 0x1ee77, 0x1ee79, 0x1ee7c, 0x1ee7e, 0x1ee7e, 0x1ee80, 0x1ee89, 0x1ee8b,
    0x1ee9b, 0x1eea1, 0x1eea3, 0x1eea5, 0x1eea9, 0x1eeab, 0x1eebb, 0x20000, 0x2a6df, 0x2a700,
    0x2b738, 0x2b740, 0x2b81d, 0x2b820, 0x2cea1, 0x2ceb0, 0x2ebe0, 0x2f800, 0x2fa1d, 0x30000,
    0x3134a,
];
/// Identifier continuations (XID_Continue): `[start, end]` pairs.
const XID_CONTINUE: &[u32] = &[
    0x30, 0x39, 0x41, 0x5a, 0x5f, 0x5f, 0x61, 0x7a, 0xaa, 0xaa, 0xb5, 0xb5, 0xb7, 0xb7, 0xba, 0xba,
    0xc0, 0xd6, 0xd8, 0xf6, 0xf8, 0x2c1, 0x2c6, 0x2d1, 0x2e0, 0x2e4, 0x2ec, 0x2ec, 0x2ee, 0x2ee,
    0x300, 0x374, 0x376, 0x377, 0x37b, 0x37d, 0x37f, 0x37f, 0x386, 0x38a, 0x38c, 0x38c, 0x38e,
    0x3a1, 0x3a3, 0x3f5, 0x3f7, 0x481, 0x483, 0x487, 0x48a, 0x52f, 0x531, 0x556, 0x559, 0x559,
    0x560, 0x588, 0x591, 0x5bd, 0x5bf, 0x5bf, 0x5c1, 0x5c2, 0x5c4, 0x5c5, 0x5c7, 0x5c7, 0x5d0,
    0x5ea, 0x5ef, 0x5f2, 0x610, 0x61a, 0x620, 0x669, 0x66e, 0x6d3, 0x6d5, 0x6dc, 0x6df, 0x6e8,
    0x6ea, 0x6fc, 0x6ff, 0x6ff, 0x710, 0x74a, 0x74d, 0x7b1, 0x7c0, 0x7f5, 0x7fa, 0x7fa, 0x7fd,
    0x7fd, 0x800, 0x82d, 0x840, 0x85b, 0x860, 0x86a, 0x870, 0x887, 0x889, 0x88e, 0x898, 0x8e1,
    0x8e3, 0x963, 0x966, 0x96f, 0x971, 0x983, 0x985, 0x98c, 0x98f, 0x990, 0x993, 0x9a8, 0x9aa,
    0x9b0, 0x9b2, 0x9b2, 0x9b6, 0x9b9, 0x9bc, 0x9c4, 0x9c7, 0x9c8, 0x9cb, 0x9ce, 0x9d7, 0x9d7,
    0x9dc, 0x9dd, 0x9df, 0x9e3, 0x9e6, 0x9f1, 0x9fc, 0x9fc, 0x9fe, 0x9fe, 0xa01, 0xa03, 0xa05,
    0xa0a, 0xa0f, 0xa10, 0xa13, 0xa28, 0xa2a, 0xa30, 0xa32, 0xa33, 0xa35, 0xa36, 0xa38, 0xa39,
    0xa3c, 0xa3c, 0xa3e, 0xa42, 0xa47, 0xa48, 0xa4b, 0xa4d, 0xa51, 0xa51, 0xa59, 0xa5c, 0xa5e,
    0xa5e, 0xa66, 0xa75, 0xa81, 0xa83, 0xa85, 0xa8d, 0xa8f, 0xa91, 0xa93, 0xaa8, 0xaaa, 0xab0,
    0xab2, 0xab3, 0xab5, 0xab9, 0xabc, 0xac5, 0xac7, 0xac9, 0xacb, 0xacd, 0xad0, 0xad0, 0xae0,
    0xae3, 0xae6, 0xaef, 0xaf9, 0xaff, 0xb01, 0xb03, 0xb05, 0xb0c, 0xb0f, 0xb10, 0xb13, 0xb28,
    0xb2a, 0xb30, 0xb32, 0xb33, 0xb35, 0xb39, 0xb3c, 0xb44, 0xb47, 0xb48, 0xb4b, 0xb4d, 0xb55,
    0xb57, 0xb5c, 0xb5d, 0xb5f, 0xb63, 0xb66, 0xb6f, 0xb71, 0xb71, 0xb82, 0xb83, 0xb85, 0xb8a,
    0xb8e, 0xb90, 0xb92, 0xb95, 0xb99, 0xb9a, 0xb9c, 0xb9c, 0xb9e, 0xb9f, 0xba3, 0xba4, 0xba8,
    0xbaa, 0xbae, 0xbb9, 0xbbe, 0xbc2, 0xbc6, 0xbc8, 0xbca, 0xbcd, 0xbd0, 0xbd0, 0xbd7, 0xbd7,
    0xbe6, 0xbef, 0xc00, 0xc0c, 0xc0e, 0xc10, 0xc12, 0xc28, 0xc2a, 0xc39, 0xc3c, 0xc44, 0xc46,
    0xc48, 0xc4a, 0xc4d, 0xc55, 0xc56, 0xc58, 0xc5a, 0xc5d, 0xc5d, 0xc60, 0xc63, 0xc66, 0xc6f,
    0xc80, 0xc83, 0xc85, 0xc8c, 0xc8e, 0xc90, 0xc92, 0xca8, 0xcaa, 0xcb3, 0xcb5, 0xcb9, 0xcbc,
    0xcc4, 0xcc6, 0xcc8, 0xcca, 0xccd, 0xcd5, 0xcd6, 0xcdd, 0xcde, 0xce0, 0xce3, 0xce6, 0xcef,
    0xcf1, 0xcf2, 0xd00, 0xd0c, 0xd0e, 0xd10, 0xd12, 0xd44, 0xd46, 0xd48, 0xd4a, 0xd4e, 0xd54,
    0xd57, 0xd5f, 0xd63, 0xd66, 0xd6f, 0xd7a, 0xd7f, 0xd81, 0xd83, 0xd85, 0xd96, 0xd9a, 0xdb1,
    0xdb3, 0xdbb, 0xdbd, 0xdbd, 0xdc0, 0xdc6, 0xdca, 0xdca, 0xdcf, 0xdd4, 0xdd6, 0xdd6, 0xdd8,
    0xddf, 0xde6, 0xdef, 0xdf2, 0xdf3, 0xe01, 0xe3a, 0xe40, 0xe4e, 0xe50, 0xe59, 0xe81, 0xe82,
    0xe84, 0xe84, 0xe86, 0xe8a, 0xe8c, 0xea3, 0xea5, 0xea5, 0xea7, 0xebd, 0xec0, 0xec4, 0xec6,
    0xec6, 0xec8, 0xecd, 0xed0, 0xed9, 0xedc, 0xedf, 0xf00, 0xf00, 0xf18, 0xf19, 0xf20, 0xf29,
    0xf35, 0xf35, 0xf37, 0xf37, 0xf39, 0xf39, 0xf3e, 0xf47, 0xf49, 0xf6c, 0xf71, 0xf84, 0xf86,
    0xf97, 0xf99, 0xfbc, 0xfc6, 0xfc6, 0x1000, 0x1049, 0x1050, 0x109d, 0x10a0, 0x10c5, 0x10c7,
    0x10c7, 0x10cd, 0x10cd, 0x10d0, 0x10fa, 0x10fc, 0x1248, 0x124a, 0x124d, 0x1250, 0x1256, 0x1258,
    0x1258, 0x125a, 0x125d, 0x1260, 0x1288, 0x128a, 0x128d, 0x1290, 0x12b0, 0x12b2, 0x12b5, 0x12b8,
    0x12be, 0x12c0, 0x12c0, 0x12c2, 0x12c5, 0x12c8, 0x12d6, 0x12d8, 0x1310, 0x1312, 0x1315, 0x1318,
    0x135a, 0x135d, 0x135f, 0x1369, 0x1371, 0x1380, 0x138f, 0x13a0, 0x13f5, 0x13f8, 0x13fd, 0x1401,
    0x166c, 0x166f, 0x167f, 0x1681, 0x169a, 0x16a0, 0x16ea, 0x16ee, 0x16f8, 0x1700, 0x1715, 0x171f,
    0x1734, 0x1740, 0x1753, 0x1760, 0x176c, 0x176e, 0x1770, 0x1772, 0x1773, 0x1780, 0x17d3, 0x17d7,
    0x17d7, 0x17dc, 0x17dd, 0x17e0, 0x17e9, 0x180b, 0x180d, 0x180f, 0x1819, 0x1820, 0x1878, 0x1880,
    0x18aa, 0x18b0, 0x18f5, 0x1900, 0x191e, 0x1920, 0x192b, 0x1930, 0x193b, 0x1946, 0x196d, 0x1970,
    0x1974, 0x1980, 0x19ab, 0x19b0, 0x19c9, 0x19d0, 0x19da, 0x1a00, 0x1a1b, 0x1a20, 0x1a5e, 0x1a60,
    0x1a7c, 0x1a7f, 0x1a89, 0x1a90, 0x1a99, 0x1aa7, 0x1aa7, 0x1ab0, 0x1abd, 0x1abf, 0x1ace, 0x1b00,
    0x1b4c, 0x1b50, 0x1b59, 0x1b6b, 0x1b73, 0x1b80, 0x1bf3, 0x1c00, 0x1c37, 0x1c40, 0x1c49, 0x1c4d,
    0x1c7d, 0x1c80, 0x1c88, 0x1c90, 0x1cba, 0x1cbd, 0x1cbf, 0x1cd0, 0x1cd2, 0x1cd4, 0x1cfa, 0x1d00,
    0x1f15, 0x1f18, 0x1f1d, 0x1f20, 0x1f45, 0x1f48, 0x1f4d, 0x1f50, 0x1f57, 0x1f59, 0x1f59, 0x1f5b,
    0x1f5b, 0x1f5d, 0x1f5d, 0x1f5f, 0x1f7d, 0x1f80, 0x1fb4, 0x1fb6, 0x1fbc, 0x1fbe, 0x1fbe, 0x1fc2,
    0x1fc4, 0x1fc6, 0x1fcc, 0x1fd0, 0x1fd3, 0x1fd6, 0x1fdb, 0x1fe0, 0x1fec, 0x1ff2, 0x1ff4, 0x1ff6,
    0x1ffc, 0x203f, 0x2040, 0x2054, 0x2054, 0x2071, 0x2071, 0x207f, 0x207f, 0x2090, 0x209c, 0x20d0,
    0x20dc, 0x20e1, 0x20e1, 0x20e5, 0x20f0, 0x2102, 0x2102, 0x2107, 0x2107, 0x210a, 0x2113, 0x2115,
    0x2115, 0x2118, 0x211d, 0x2124, 0x2124, 0x2126, 0x2126, 0x2128, 0x2128, 0x212a, 0x2139, 0x213c,
    0x213f, 0x2145, 0x2149, 0x214e, 0x214e, 0x2160, 0x2188, 0x2c00, 0x2ce4, 0x2ceb, 0x2cf3, 0x2d00,
    0x2d25, 0x2d27, 0x2d27, 0x2d2d, 0x2d2d, 0x2d30, 0x2d67, 0x2d6f, 0x2d6f, 0x2d7f, 0x2d96, 0x2da0,
    0x2da6, 0x2da8, 0x2dae, 0x2db0, 0x2db6, 0x2db8, 0x2dbe, 0x2dc0, 0x2dc6, 0x2dc8, 0x2dce, 0x2dd0,
    0x2dd6, 0x2dd8, 0x2dde, 0x2de0, 0x2dff, 0x3005, 0x3007, 0x3021, 0x302f, 0x3031, 0x3035, 0x3038,
    0x303c, 0x3041, 0x3096, 0x3099, 0x309a, 0x309d, 0x309f, 0x30a1, 0x30fa, 0x30fc, 0x30ff, 0x3105,
    0x312f, 0x3131, 0x318e, 0x31a0, 0x31bf, 0x31f0, 0x31ff, 0x3400, 0x4dbf, 0x4e00, 0xa48c, 0xa4d0,
    0xa4fd, 0xa500, 0xa60c, 0xa610, 0xa62b, 0xa640, 0xa66f, 0xa674, 0xa67d, 0xa67f, 0xa6f1, 0xa717,
    0xa71f, 0xa722, 0xa788, 0xa78b, 0xa7ca, 0xa7d0, 0xa7d1, 0xa7d3, 0xa7d3, 0xa7d5, 0xa7d9, 0xa7f2,
    0xa827, 0xa82c, 0xa82c, 0xa840, 0xa873, 0xa880, 0xa8c5, 0xa8d0, 0xa8d9, 0xa8e0, 0xa8f7, 0xa8fb,
    0xa8fb, 0xa8fd, 0xa92d, 0xa930, 0xa953, 0xa960, 0xa97c, 0xa980, 0xa9c0, 0xa9cf, 0xa9d9, 0xa9e0,
    0xa9fe, 0xaa00, 0xaa36, 0xaa40, 0xaa4d, 0xaa50, 0xaa59, 0xaa60, 0xaa76, 0xaa7a, 0xaac2, 0xaadb,
    0xaadd, 0xaae0, 0xaaef, 0xaaf2, 0xaaf6, 0xab01, 0xab06, 0xab09, 0xab0e, 0xab11, 0xab16, 0xab20,
    0xab26, 0xab28, 0xab2e, 0xab30, 0xab5a, 0xab5c, 0xab69, 0xab70, 0xabea, 0xabec, 0xabed, 0xabf0,
    0xabf9, 0xac00, 0xd7a3, 0xd7b0, 0xd7c6, 0xd7cb, 0xd7fb, 0xf900, 0xfa6d, 0xfa70, 0xfad9, 0xfb00,
    0xfb06, 0xfb13, 0xfb17, 0xfb1d, 0xfb28, 0xfb2a, 0xfb36, 0xfb38, 0xfb3c, 0xfb3e, 0xfb3e, 0xfb40,
    0xfb41, 0xfb43, 0xfb44, 0xfb46, 0xfbb1, 0xfbd3, 0xfc5d, 0xfc64, 0xfd3d, 0xfd50, 0xfd8f, 0xfd92,
    0xfdc7, 0xfdf0, 0xfdf9, 0xfe00, 0xfe0f, 0xfe20, 0xfe2f, 0xfe33, 0xfe34, 0xfe4d, 0xfe4f, 0xfe71,
    0xfe71, 0xfe73, 0xfe73, 0xfe77, 0xfe77, 0xfe79, 0xfe79, 0xfe7b, 0xfe7b, 0xfe7d, 0xfe7d, 0xfe7f,
    0xfefc, 0xff10, 0xff19, 0xff21, 0xff3a, 0xff3f, 0xff3f, 0xff41, 0xff5a, 0xff66, 0xffbe, 0xffc2,
    0xffc7, 0xffca, 0xffcf, 0xffd2, 0xffd7, 0xffda, 0xffdc, 0x10000, 0x1000b, 0x1000d, 0x10026,
    0x10028, 0x1003a, 0x1003c, 0x1003d, 0x1003f, 0x1004d, 0x10050, 0x1005d, 0x10080, 0x100fa,
    0x10140, 0x10174, 0x101fd, 0x101fd, 0x10280, 0x1029c, 0x102a0, 0x102d0, 0x102e0, 0x102e0,
    0x10300, 0x1031f, 0x1032d, 0x1034a, 0x10350, 0x1037a, 0x10380, 0x1039d, 0x103a0, 0x103c3,
    0x103c8, 0x103cf, 0x103d1, 0x103d5, 0x10400, 0x1049d, 0x104a0, 0x104a9, 0x104b0, 0x104d3,
    0x104d8, 0x104fb, 0x10500, 0x10527, 0x10530, 0x10563, 0x10570, 0x1057a, 0x1057c, 0x1058a,
    0x1058c, 0x10592, 0x10594, 0x10595, 0x10597, 0x105a1, 0x105a3, 0x105b1, 0x105b3, 0x105b9,
    0x105bb, 0x105bc, 0x10600, 0x10736, 0x10740, 0x10755, 0x10760, 0x10767, 0x10780, 0x10785,
    0x10787, 0x107b0, 0x107b2, 0x107ba, 0x10800, 0x10805, 0x10808, 0x10808, 0x1080a, 0x10835,
    0x10837, 0x10838, 0x1083c, 0x1083c, 0x1083f, 0x10855, 0x10860, 0x10876, 0x10880, 0x1089e,
    0x108e0, 0x108f2, 0x108f4, 0x108f5, 0x10900, 0x10915, 0x10920, 0x10939, 0x10980, 0x109b7,
    0x109be, 0x109bf, 0x10a00, 0x10a03, 0x10a05, 0x10a06, 0x10a0c, 0x10a13, 0x10a15, 0x10a17,
    0x10a19, 0x10a35, 0x10a38, 0x10a3a, 0x10a3f, 0x10a3f, 0x10a60, 0x10a7c, 0x10a80, 0x10a9c,
    0x10ac0, 0x10ac7, 0x10ac9, 0x10ae6, 0x10b00, 0x10b35, 0x10b40, 0x10b55, 0x10b60, 0x10b72,
    0x10b80, 0x10b91, 0x10c00, 0x10c48, 0x10c80, 0x10cb2, 0x10cc0, 0x10cf2, 0x10d00, 0x10d27,
    0x10d30, 0x10d39, 0x10e80, 0x10ea9, 0x10eab, 0x10eac, 0x10eb0, 0x10eb1, 0x10f00, 0x10f1c,
    0x10f27, 0x10f27, 0x10f30, 0x10f50, 0x10f70, 0x10f85, 0x10fb0, 0x10fc4, 0x10fe0, 0x10ff6,
    0x11000, 0x11046, 0x11066, 0x11075, 0x1107f, 0x110ba, 0x110c2, 0x110c2, 0x110d0, 0x110e8,
    0x110f0, 0x110f9, 0x11100, 0x11134, 0x11136, 0x1113f, 0x11144, 0x11147, 0x11150, 0x11173,
    0x11176, 0x11176, 0x11180, 0x111c4, 0x111c9, 0x111cc, 0x111ce, 0x111da, 0x111dc, 0x111dc,
    0x11200, 0x11211, 0x11213, 0x11237, 0x1123e, 0x1123e, 0x11280, 0x11286, 0x11288, 0x11288,
    0x1128a, 0x1128d, 0x1128f, 0x1129d, 0x1129f, 0x112a8, 0x112b0, 0x112ea, 0x112f0, 0x112f9,
    0x11300, 0x11303, 0x11305, 0x1130c, 0x1130f, 0x11310, 0x11313, 0x11328, 0x1132a, 0x11330,
    0x11332, 0x11333, 0x11335, 0x11339, 0x1133b, 0x11344, 0x11347, 0x11348, 0x1134b, 0x1134d,
    0x11350, 0x11350, 0x11357, 0x11357, 0x1135d, 0x11363, 0x11366, 0x1136c, 0x11370, 0x11374,
    0x11400, 0x1144a, 0x11450, 0x11459, 0x1145e, 0x11461, 0x11480, 0x114c5, 0x114c7, 0x114c7,
    0x114d0, 0x114d9, 0x11580, 0x115b5, 0x115b8, 0x115c0, 0x115d8, 0x115dd, 0x11600, 0x11640,
    0x11644, 0x11644, 0x11650, 0x11659, 0x11680, 0x116b8, 0x116c0, 0x116c9, 0x11700, 0x1171a,
    0x1171d, 0x1172b, 0x11730, 0x11739, 0x11740, 0x11746, 0x11800, 0x1183a, 0x118a0, 0x118e9,
    0x118ff, 0x11906, 0x11909, 0x11909, 0x1190c, 0x11913, 0x11915, 0x11916, 0x11918, 0x11935,
    0x11937, 0x11938, 0x1193b, 0x11943, 0x11950, 0x11959, 0x119a0, 0x119a7, 0x119aa, 0x119d7,
    0x119da, 0x119e1, 0x119e3, 0x119e4, 0x11a00, 0x11a3e, 0x11a47, 0x11a47, 0x11a50, 0x11a99,
    0x11a9d, 0x11a9d, 0x11ab0, 0x11af8, 0x11c00, 0x11c08, 0x11c0a, 0x11c36, 0x11c38, 0x11c40,
    0x11c50, 0x11c59, 0x11c72, 0x11c8f, 0x11c92, 0x11ca7, 0x11ca9, 0x11cb6, 0x11d00, 0x11d06,
    0x11d08, 0x11d09, 0x11d0b, 0x11d36, 0x11d3a, 0x11d3a, 0x11d3c, 0x11d3d, 0x11d3f, 0x11d47,
    0x11d50, 0x11d59, 0x11d60, 0x11d65, 0x11d67, 0x11d68, 0x11d6a, 0x11d8e, 0x11d90, 0x11d91,
    0x11d93, 0x11d98, 0x11da0, 0x11da9, 0x11ee0, 0x11ef6, 0x11fb0, 0x11fb0, 0x12000, 0x12399,
    0x12400, 0x1246e, 0x12480, 0x12543, 0x12f90, 0x12ff0, 0x13000, 0x1342e, 0x14400, 0x14646,
    0x16800, 0x16a38, 0x16a40, 0x16a5e, 0x16a60, 0x16a69, 0x16a70, 0x16abe, 0x16ac0, 0x16ac9,
    0x16ad0, 0x16aed, 0x16af0, 0x16af4, 0x16b00, 0x16b36, 0x16b40, 0x16b43, 0x16b50, 0x16b59,
    0x16b63, 0x16b77, 0x16b7d, 0x16b8f, 0x16e40, 0x16e7f, 0x16f00, 0x16f4a, 0x16f4f, 0x16f87,
    0x16f8f, 0x16f9f, 0x16fe0, 0x16fe1, 0x16fe3, 0x16fe4, 0x16ff0, 0x16ff1, 0x17000, 0x187f7,
    0x18800, 0x18cd5, 0x18d00, 0x18d08, 0x1aff0, 0x1aff3, 0x1aff5, 0x1affb, 0x1affd, 0x1affe,
    0x1b000, 0x1b122, 0x1b150, 0x1b152, 0x1b164, 0x1b167, 0x1b170, 0x1b2fb, 0x1bc00, 0x1bc6a,
    0x1bc70, 0x1bc7c, 0x1bc80, 0x1bc88, 0x1bc90, 0x1bc99, 0x1bc9d, 0x1bc9e, 0x1cf00, 0x1cf2d,
    0x1cf30, 0x1cf46, 0x1d165, 0x1d169, 0x1d16d, 0x1d172, 0x1d17b, 0x1d182, 0x1d185, 0x1d18b,
    0x1d1aa, 0x1d1ad, 0x1d242, 0x1d244, 0x1d400, 0x1d454, 0x1d456, 0x1d49c, 0x1d49e, 0x1d49f,
    0x1d4a2, 0x1d4a2, 0x1d4a5, 0x1d4a6, 0x1d4a9, 0x1d4ac, 0x1d4ae, 0x1d4b9, 0x1d4bb, 0x1d4bb,
    0x1d4bd, 0x1d4c3, 0x1d4c5, 0x1d505, 0x1d507, 0x1d50a, 0x1d50d, 0x1d514, 0x1d516, 0x1d51c,
    0x1d51e, 0x1d539, 0x1d53b, 0x1d53e, 0x1d540, 0x1d544, 0x1d546, 0x1d546, 0x1d54a, 0x1d550,
    0x1d552, 0x1d6a5, 0x1d6a8, 0x1d6c0, 0x1d6c2, 0x1d6da, 0x1d6dc, 0x1d6fa, 0x1d6fc, 0x1d714,
    0x1d716, 0x1d734, 0x1d736, 0x1d74e, 0x1d750, 0x1d76e, 0x1d770, 0x1d788, 0x1d78a, 0x1d7a8,
    0x1d7aa, 0x1d7c2, 0x1d7c4, 0x1d7cb, 0x1d7ce, 0x1d7ff, 0x1da00, 0x1da36, 0x1da3b, 0x1da6c,
    0x1da75, 0x1da75, 0x1da84, 0x1da84, 0x1da9b, 0x1da9f, 0x1daa1, 0x1daaf, 0x1df00, 0x1df1e,
    0x1e000, 0x1e006, 0x1e008, 0x1e018, 0x1e01b, 0x1e021, 0x1e023, 0x1e024, 0x1e026, 0x1e02a,
    0x1e100, 0x1e12c, 0x1e130, 0x1e13d, 0x1e140, 0x1e149, 0x1e14e, 0x1e14e, 0x1e290, 0x1e2ae,
    0x1e2c0, 0x1e2f9, 0x1e7e0, 0x1e7e6, 0x1e7e8, 0x1e7eb, 0x1e7ed, 0x1e7ee, 0x1e7f0, 0x1e7fe,
    0x1e800, 0x1e8c4, 0x1e8d0, 0x1e8d6, 0x1e900, 0x1e94b, 0x1e950, 0x1e959, 0x1ee00, 0x1ee03,
    0x1ee05, 0x1ee1f, 0x1ee21, 0x1ee22, 0x1ee24, 0x1ee24, 0x1ee27, 0x1ee27, 0x1ee29, 0x1ee32,
    0x1ee34, 0x1ee37, 0x1ee39, 0x1ee39, 0x1ee3b, 0x1ee3b, 0x1ee42, 0x1ee42, 0x1ee47, 0x1ee47,
    0x1ee49, 0x1ee49, 0x1ee4b, 0x1ee4b, 0x1ee4d, 0x1ee4f, 0x1ee51, 0x1ee52, 0x1ee54, 0x1ee54,
    0x1ee57, 0x1ee57, 0x1ee59, 0x1ee59, 0x1ee5b, 0x1ee5b, 0x1ee5d, 0x1ee5d, 0x1ee5f, 0x1ee5f,
    0x1ee61, 0x1ee62, 0x1ee64, 0x1ee64, 0x1ee67, 0x1ee6a, 0x1ee6c, 0x1ee72, 0x1ee74, 0x1ee77,
    0x1ee79, 0x1ee7c, 0x1ee7e, 0x1ee7e, 0x1ee80, 0x1ee89, 0x1ee8b, 0x1ee9b, 0x1eea1, 0x1eea3,
    0x1eea5, 0x1eea9, 0x1eeab, 0x1eebb, 0x1fbf0, 0x1fbf9, 0x20000, 0x2a6df, 0x2a700, 0x2b738,
    0x2b740, 0x2b81d, 0x2b820, 0x2cea1, 0x2ceb0, 0x2ebe0, 0x2f800, 0x2fa1d, 0x30000, 0x3134a,
    0xe0100, 0xe01ef,
];
/// Characters whose titlecase differs from their uppercase.
const TITLE_MAP: &[(char, &str)] = &[
    ('\u{df}', "\u{53}\u{73}"),
    ('\u{1c4}', "\u{1c5}"),
    ('\u{1c5}', "\u{1c5}"),
    ('\u{1c6}', "\u{1c5}"),
    ('\u{1c7}', "\u{1c8}"),
    ('\u{1c8}', "\u{1c8}"),
    ('\u{1c9}', "\u{1c8}"),
    ('\u{1ca}', "\u{1cb}"),
    ('\u{1cb}', "\u{1cb}"),
    ('\u{1cc}', "\u{1cb}"),
    ('\u{1f1}', "\u{1f2}"),
    ('\u{1f2}', "\u{1f2}"),
    ('\u{1f3}', "\u{1f2}"),
    ('\u{587}', "\u{535}\u{582}"),
    ('\u{10d0}', "\u{10d0}"),
    ('\u{10d1}', "\u{10d1}"),
    ('\u{10d2}', "\u{10d2}"),
    ('\u{10d3}', "\u{10d3}"),
    ('\u{10d4}', "\u{10d4}"),
    ('\u{10d5}', "\u{10d5}"),
    ('\u{10d6}', "\u{10d6}"),
    ('\u{10d7}', "\u{10d7}"),
    ('\u{10d8}', "\u{10d8}"),
    ('\u{10d9}', "\u{10d9}"),
    ('\u{10da}', "\u{10da}"),
    ('\u{10db}', "\u{10db}"),
    ('\u{10dc}', "\u{10dc}"),
    ('\u{10dd}', "\u{10dd}"),
    ('\u{10de}', "\u{10de}"),
    ('\u{10df}', "\u{10df}"),
    ('\u{10e0}', "\u{10e0}"),
    ('\u{10e1}', "\u{10e1}"),
    ('\u{10e2}', "\u{10e2}"),
    ('\u{10e3}', "\u{10e3}"),
    ('\u{10e4}', "\u{10e4}"),
    ('\u{10e5}', "\u{10e5}"),
    ('\u{10e6}', "\u{10e6}"),
    ('\u{10e7}', "\u{10e7}"),
    ('\u{10e8}', "\u{10e8}"),
    ('\u{10e9}', "\u{10e9}"),
    ('\u{10ea}', "\u{10ea}"),
    ('\u{10eb}', "\u{10eb}"),
    ('\u{10ec}', "\u{10ec}"),
    ('\u{10ed}', "\u{10ed}"),
    ('\u{10ee}', "\u{10ee}"),
    ('\u{10ef}', "\u{10ef}"),
    ('\u{10f0}', "\u{10f0}"),
    ('\u{10f1}', "\u{10f1}"),
    ('\u{10f2}', "\u{10f2}"),
    ('\u{10f3}', "\u{10f3}"),
    ('\u{10f4}', "\u{10f4}"),
    ('\u{10f5}', "\u{10f5}"),
    ('\u{10f6}', "\u{10f6}"),
    ('\u{10f7}', "\u{10f7}"),
    ('\u{10f8}', "\u{10f8}"),
    ('\u{10f9}', "\u{10f9}"),
    ('\u{10fa}', "\u{10fa}"),
    ('\u{10fd}', "\u{10fd}"),
    ('\u{10fe}', "\u{10fe}"),
    ('\u{10ff}', "\u{10ff}"),
    ('\u{1f80}', "\u{1f88}"),
    ('\u{1f81}', "\u{1f89}"),
    ('\u{1f82}', "\u{1f8a}"),
    ('\u{1f83}', "\u{1f8b}"),
    ('\u{1f84}', "\u{1f8c}"),
    ('\u{1f85}', "\u{1f8d}"),
    ('\u{1f86}', "\u{1f8e}"),
    ('\u{1f87}', "\u{1f8f}"),
    ('\u{1f88}', "\u{1f88}"),
    ('\u{1f89}', "\u{1f89}"),
    ('\u{1f8a}', "\u{1f8a}"),
    ('\u{1f8b}', "\u{1f8b}"),
    ('\u{1f8c}', "\u{1f8c}"),
    ('\u{1f8d}', "\u{1f8d}"),
    ('\u{1f8e}', "\u{1f8e}"),
    ('\u{1f8f}', "\u{1f8f}"),
    ('\u{1f90}', "\u{1f98}"),
    ('\u{1f91}', "\u{1f99}"),
    ('\u{1f92}', "\u{1f9a}"),
    ('\u{1f93}', "\u{1f9b}"),
    ('\u{1f94}', "\u{1f9c}"),
    ('\u{1f95}', "\u{1f9d}"),
    ('\u{1f96}', "\u{1f9e}"),
    ('\u{1f97}', "\u{1f9f}"),
    ('\u{1f98}', "\u{1f98}"),
    ('\u{1f99}', "\u{1f99}"),
    ('\u{1f9a}', "\u{1f9a}"),
    ('\u{1f9b}', "\u{1f9b}"),
    ('\u{1f9c}', "\u{1f9c}"),
    ('\u{1f9d}', "\u{1f9d}"),
    ('\u{1f9e}', "\u{1f9e}"),
    ('\u{1f9f}', "\u{1f9f}"),
    ('\u{1fa0}', "\u{1fa8}"),
    ('\u{1fa1}', "\u{1fa9}"),
    ('\u{1fa2}', "\u{1faa}"),
    ('\u{1fa3}', "\u{1fab}"),
    ('\u{1fa4}', "\u{1fac}"),
    ('\u{1fa5}', "\u{1fad}"),
    ('\u{1fa6}', "\u{1fae}"),
    ('\u{1fa7}', "\u{1faf}"),
    ('\u{1fa8}', "\u{1fa8}"),
    ('\u{1fa9}', "\u{1fa9}"),
    ('\u{1faa}', "\u{1faa}"),
    ('\u{1fab}', "\u{1fab}"),
    ('\u{1fac}', "\u{1fac}"),
    ('\u{1fad}', "\u{1fad}"),
    ('\u{1fae}', "\u{1fae}"),
    ('\u{1faf}', "\u{1faf}"),
    ('\u{1fb2}', "\u{1fba}\u{345}"),
    ('\u{1fb3}', "\u{1fbc}"),
    ('\u{1fb4}', "\u{386}\u{345}"),
    ('\u{1fb7}', "\u{391}\u{342}\u{345}"),
    ('\u{1fbc}', "\u{1fbc}"),
    ('\u{1fc2}', "\u{1fca}\u{345}"),
    ('\u{1fc3}', "\u{1fcc}"),
    ('\u{1fc4}', "\u{389}\u{345}"),
    ('\u{1fc7}', "\u{397}\u{342}\u{345}"),
    ('\u{1fcc}', "\u{1fcc}"),
    ('\u{1ff2}', "\u{1ffa}\u{345}"),
    ('\u{1ff3}', "\u{1ffc}"),
    ('\u{1ff4}', "\u{38f}\u{345}"),
    ('\u{1ff7}', "\u{3a9}\u{342}\u{345}"),
    ('\u{1ffc}', "\u{1ffc}"),
    ('\u{fb00}', "\u{46}\u{66}"),
    ('\u{fb01}', "\u{46}\u{69}"),
    ('\u{fb02}', "\u{46}\u{6c}"),
    ('\u{fb03}', "\u{46}\u{66}\u{69}"),
    ('\u{fb04}', "\u{46}\u{66}\u{6c}"),
    ('\u{fb05}', "\u{53}\u{74}"),
    ('\u{fb06}', "\u{53}\u{74}"),
    ('\u{fb13}', "\u{544}\u{576}"),
    ('\u{fb14}', "\u{544}\u{565}"),
    ('\u{fb15}', "\u{544}\u{56b}"),
    ('\u{fb16}', "\u{54e}\u{576}"),
    ('\u{fb17}', "\u{544}\u{56d}"),
];
/// Characters whose case folding differs from their lowercase.
const FOLD_MAP: &[(char, &str)] = &[
    ('\u{b5}', "\u{3bc}"),
    ('\u{df}', "\u{73}\u{73}"),
    ('\u{149}', "\u{2bc}\u{6e}"),
    ('\u{17f}', "\u{73}"),
    ('\u{1f0}', "\u{6a}\u{30c}"),
    ('\u{345}', "\u{3b9}"),
    ('\u{390}', "\u{3b9}\u{308}\u{301}"),
    ('\u{3b0}', "\u{3c5}\u{308}\u{301}"),
    ('\u{3c2}', "\u{3c3}"),
    ('\u{3d0}', "\u{3b2}"),
    ('\u{3d1}', "\u{3b8}"),
    ('\u{3d5}', "\u{3c6}"),
    ('\u{3d6}', "\u{3c0}"),
    ('\u{3f0}', "\u{3ba}"),
    ('\u{3f1}', "\u{3c1}"),
    ('\u{3f5}', "\u{3b5}"),
    ('\u{587}', "\u{565}\u{582}"),
    ('\u{13a0}', "\u{13a0}"),
    ('\u{13a1}', "\u{13a1}"),
    ('\u{13a2}', "\u{13a2}"),
    ('\u{13a3}', "\u{13a3}"),
    ('\u{13a4}', "\u{13a4}"),
    ('\u{13a5}', "\u{13a5}"),
    ('\u{13a6}', "\u{13a6}"),
    ('\u{13a7}', "\u{13a7}"),
    ('\u{13a8}', "\u{13a8}"),
    ('\u{13a9}', "\u{13a9}"),
    ('\u{13aa}', "\u{13aa}"),
    ('\u{13ab}', "\u{13ab}"),
    ('\u{13ac}', "\u{13ac}"),
    ('\u{13ad}', "\u{13ad}"),
    ('\u{13ae}', "\u{13ae}"),
    ('\u{13af}', "\u{13af}"),
    ('\u{13b0}', "\u{13b0}"),
    ('\u{13b1}', "\u{13b1}"),
    ('\u{13b2}', "\u{13b2}"),
    ('\u{13b3}', "\u{13b3}"),
    ('\u{13b4}', "\u{13b4}"),
    ('\u{13b5}', "\u{13b5}"),
    ('\u{13b6}', "\u{13b6}"),
    ('\u{13b7}', "\u{13b7}"),
    ('\u{13b8}', "\u{13b8}"),
    ('\u{13b9}', "\u{13b9}"),
    ('\u{13ba}', "\u{13ba}"),
    ('\u{13bb}', "\u{13bb}"),
    ('\u{13bc}', "\u{13bc}"),
    ('\u{13bd}', "\u{13bd}"),
    ('\u{13be}', "\u{13be}"),
    ('\u{13bf}', "\u{13bf}"),
    ('\u{13c0}', "\u{13c0}"),
    ('\u{13c1}', "\u{13c1}"),
    ('\u{13c2}', "\u{13c2}"),
    ('\u{13c3}', "\u{13c3}"),
    ('\u{13c4}', "\u{13c4}"),
    ('\u{13c5}', "\u{13c5}"),
    ('\u{13c6}', "\u{13c6}"),
    ('\u{13c7}', "\u{13c7}"),
    ('\u{13c8}', "\u{13c8}"),
    ('\u{13c9}', "\u{13c9}"),
    ('\u{13ca}', "\u{13ca}"),
    ('\u{13cb}', "\u{13cb}"),
    ('\u{13cc}', "\u{13cc}"),
    ('\u{13cd}', "\u{13cd}"),
    ('\u{13ce}', "\u{13ce}"),
    ('\u{13cf}', "\u{13cf}"),
    ('\u{13d0}', "\u{13d0}"),
    ('\u{13d1}', "\u{13d1}"),
    ('\u{13d2}', "\u{13d2}"),
    ('\u{13d3}', "\u{13d3}"),
    ('\u{13d4}', "\u{13d4}"),
    ('\u{13d5}', "\u{13d5}"),
    ('\u{13d6}', "\u{13d6}"),
    ('\u{13d7}', "\u{13d7}"),
    ('\u{13d8}', "\u{13d8}"),
    ('\u{13d9}', "\u{13d9}"),
    ('\u{13da}', "\u{13da}"),
    ('\u{13db}', "\u{13db}"),
    ('\u{13dc}', "\u{13dc}"),
    ('\u{13dd}', "\u{13dd}"),
    ('\u{13de}', "\u{13de}"),
    ('\u{13df}', "\u{13df}"),
    ('\u{13e0}', "\u{13e0}"),
    ('\u{13e1}', "\u{13e1}"),
    ('\u{13e2}', "\u{13e2}"),
    ('\u{13e3}', "\u{13e3}"),
    ('\u{13e4}', "\u{13e4}"),
    ('\u{13e5}', "\u{13e5}"),
    ('\u{13e6}', "\u{13e6}"),
    ('\u{13e7}', "\u{13e7}"),
    ('\u{13e8}', "\u{13e8}"),
    ('\u{13e9}', "\u{13e9}"),
    ('\u{13ea}', "\u{13ea}"),
    ('\u{13eb}', "\u{13eb}"),
    ('\u{13ec}', "\u{13ec}"),
    ('\u{13ed}', "\u{13ed}"),
    ('\u{13ee}', "\u{13ee}"),
    ('\u{13ef}', "\u{13ef}"),
    ('\u{13f0}', "\u{13f0}"),
    ('\u{13f1}', "\u{13f1}"),
    ('\u{13f2}', "\u{13f2}"),
    ('\u{13f3}', "\u{13f3}"),
    ('\u{13f4}', "\u{13f4}"),
    ('\u{13f5}', "\u{13f5}"),
    ('\u{13f8}', "\u{13f0}"),
    ('\u{13f9}', "\u{13f1}"),
    ('\u{13fa}', "\u{13f2}"),
    ('\u{13fb}', "\u{13f3}"),
    ('\u{13fc}', "\u{13f4}"),
    ('\u{13fd}', "\u{13f5}"),
    ('\u{1c80}', "\u{432}"),
    ('\u{1c81}', "\u{434}"),
    ('\u{1c82}', "\u{43e}"),
    ('\u{1c83}', "\u{441}"),
    ('\u{1c84}', "\u{442}"),
    ('\u{1c85}', "\u{442}"),
    ('\u{1c86}', "\u{44a}"),
    ('\u{1c87}', "\u{463}"),
    ('\u{1c88}', "\u{a64b}"),
    ('\u{1e96}', "\u{68}\u{331}"),
    ('\u{1e97}', "\u{74}\u{308}"),
    ('\u{1e98}', "\u{77}\u{30a}"),
    ('\u{1e99}', "\u{79}\u{30a}"),
    ('\u{1e9a}', "\u{61}\u{2be}"),
    ('\u{1e9b}', "\u{1e61}"),
    ('\u{1e9e}', "\u{73}\u{73}"),
    ('\u{1f50}', "\u{3c5}\u{313}"),
    ('\u{1f52}', "\u{3c5}\u{313}\u{300}"),
    ('\u{1f54}', "\u{3c5}\u{313}\u{301}"),
    ('\u{1f56}', "\u{3c5}\u{313}\u{342}"),
    ('\u{1f80}', "\u{1f00}\u{3b9}"),
    ('\u{1f81}', "\u{1f01}\u{3b9}"),
    ('\u{1f82}', "\u{1f02}\u{3b9}"),
    ('\u{1f83}', "\u{1f03}\u{3b9}"),
    ('\u{1f84}', "\u{1f04}\u{3b9}"),
    ('\u{1f85}', "\u{1f05}\u{3b9}"),
    ('\u{1f86}', "\u{1f06}\u{3b9}"),
    ('\u{1f87}', "\u{1f07}\u{3b9}"),
    ('\u{1f88}', "\u{1f00}\u{3b9}"),
    ('\u{1f89}', "\u{1f01}\u{3b9}"),
    ('\u{1f8a}', "\u{1f02}\u{3b9}"),
    ('\u{1f8b}', "\u{1f03}\u{3b9}"),
    ('\u{1f8c}', "\u{1f04}\u{3b9}"),
    ('\u{1f8d}', "\u{1f05}\u{3b9}"),
    ('\u{1f8e}', "\u{1f06}\u{3b9}"),
    ('\u{1f8f}', "\u{1f07}\u{3b9}"),
    ('\u{1f90}', "\u{1f20}\u{3b9}"),
    ('\u{1f91}', "\u{1f21}\u{3b9}"),
    ('\u{1f92}', "\u{1f22}\u{3b9}"),
    ('\u{1f93}', "\u{1f23}\u{3b9}"),
    ('\u{1f94}', "\u{1f24}\u{3b9}"),
    ('\u{1f95}', "\u{1f25}\u{3b9}"),
    ('\u{1f96}', "\u{1f26}\u{3b9}"),
    ('\u{1f97}', "\u{1f27}\u{3b9}"),
    ('\u{1f98}', "\u{1f20}\u{3b9}"),
    ('\u{1f99}', "\u{1f21}\u{3b9}"),
    ('\u{1f9a}', "\u{1f22}\u{3b9}"),
    ('\u{1f9b}', "\u{1f23}\u{3b9}"),
    ('\u{1f9c}', "\u{1f24}\u{3b9}"),
    ('\u{1f9d}', "\u{1f25}\u{3b9}"),
    ('\u{1f9e}', "\u{1f26}\u{3b9}"),
    ('\u{1f9f}', "\u{1f27}\u{3b9}"),
    ('\u{1fa0}', "\u{1f60}\u{3b9}"),
    ('\u{1fa1}', "\u{1f61}\u{3b9}"),
    ('\u{1fa2}', "\u{1f62}\u{3b9}"),
    ('\u{1fa3}', "\u{1f63}\u{3b9}"),
    ('\u{1fa4}', "\u{1f64}\u{3b9}"),
    ('\u{1fa5}', "\u{1f65}\u{3b9}"),
    ('\u{1fa6}', "\u{1f66}\u{3b9}"),
    ('\u{1fa7}', "\u{1f67}\u{3b9}"),
    ('\u{1fa8}', "\u{1f60}\u{3b9}"),
    ('\u{1fa9}', "\u{1f61}\u{3b9}"),
    ('\u{1faa}', "\u{1f62}\u{3b9}"),
    ('\u{1fab}', "\u{1f63}\u{3b9}"),
    ('\u{1fac}', "\u{1f64}\u{3b9}"),
    ('\u{1fad}', "\u{1f65}\u{3b9}"),
    ('\u{1fae}', "\u{1f66}\u{3b9}"),
    ('\u{1faf}', "\u{1f67}\u{3b9}"),
    ('\u{1fb2}', "\u{1f70}\u{3b9}"),
    ('\u{1fb3}', "\u{3b1}\u{3b9}"),
    ('\u{1fb4}', "\u{3ac}\u{3b9}"),
    ('\u{1fb6}', "\u{3b1}\u{342}"),
    ('\u{1fb7}', "\u{3b1}\u{342}\u{3b9}"),
    ('\u{1fbc}', "\u{3b1}\u{3b9}"),
    ('\u{1fbe}', "\u{3b9}"),
    ('\u{1fc2}', "\u{1f74}\u{3b9}"),
    ('\u{1fc3}', "\u{3b7}\u{3b9}"),
    ('\u{1fc4}', "\u{3ae}\u{3b9}"),
    ('\u{1fc6}', "\u{3b7}\u{342}"),
    ('\u{1fc7}', "\u{3b7}\u{342}\u{3b9}"),
    ('\u{1fcc}', "\u{3b7}\u{3b9}"),
    ('\u{1fd2}', "\u{3b9}\u{308}\u{300}"),
    ('\u{1fd3}', "\u{3b9}\u{308}\u{301}"),
    ('\u{1fd6}', "\u{3b9}\u{342}"),
    ('\u{1fd7}', "\u{3b9}\u{308}\u{342}"),
    ('\u{1fe2}', "\u{3c5}\u{308}\u{300}"),
    ('\u{1fe3}', "\u{3c5}\u{308}\u{301}"),
    ('\u{1fe4}', "\u{3c1}\u{313}"),
    ('\u{1fe6}', "\u{3c5}\u{342}"),
    ('\u{1fe7}', "\u{3c5}\u{308}\u{342}"),
    ('\u{1ff2}', "\u{1f7c}\u{3b9}"),
    ('\u{1ff3}', "\u{3c9}\u{3b9}"),
    ('\u{1ff4}', "\u{3ce}\u{3b9}"),
    ('\u{1ff6}', "\u{3c9}\u{342}"),
    ('\u{1ff7}', "\u{3c9}\u{342}\u{3b9}"),
    ('\u{1ffc}', "\u{3c9}\u{3b9}"),
    ('\u{ab70}', "\u{13a0}"),
    ('\u{ab71}', "\u{13a1}"),
    ('\u{ab72}', "\u{13a2}"),
    ('\u{ab73}', "\u{13a3}"),
    ('\u{ab74}', "\u{13a4}"),
    ('\u{ab75}', "\u{13a5}"),
    ('\u{ab76}', "\u{13a6}"),
    ('\u{ab77}', "\u{13a7}"),
    ('\u{ab78}', "\u{13a8}"),
    ('\u{ab79}', "\u{13a9}"),
    ('\u{ab7a}', "\u{13aa}"),
    ('\u{ab7b}', "\u{13ab}"),
    ('\u{ab7c}', "\u{13ac}"),
    ('\u{ab7d}', "\u{13ad}"),
    ('\u{ab7e}', "\u{13ae}"),
    ('\u{ab7f}', "\u{13af}"),
    ('\u{ab80}', "\u{13b0}"),
    ('\u{ab81}', "\u{13b1}"),
    ('\u{ab82}', "\u{13b2}"),
    ('\u{ab83}', "\u{13b3}"),
    ('\u{ab84}', "\u{13b4}"),
    ('\u{ab85}', "\u{13b5}"),
    ('\u{ab86}', "\u{13b6}"),
    ('\u{ab87}', "\u{13b7}"),
    ('\u{ab88}', "\u{13b8}"),
    ('\u{ab89}', "\u{13b9}"),
    ('\u{ab8a}', "\u{13ba}"),
    ('\u{ab8b}', "\u{13bb}"),
    ('\u{ab8c}', "\u{13bc}"),
    ('\u{ab8d}', "\u{13bd}"),
    ('\u{ab8e}', "\u{13be}"),
    ('\u{ab8f}', "\u{13bf}"),
    ('\u{ab90}', "\u{13c0}"),
    ('\u{ab91}', "\u{13c1}"),
    ('\u{ab92}', "\u{13c2}"),
    ('\u{ab93}', "\u{13c3}"),
    ('\u{ab94}', "\u{13c4}"),
    ('\u{ab95}', "\u{13c5}"),
    ('\u{ab96}', "\u{13c6}"),
    ('\u{ab97}', "\u{13c7}"),
    ('\u{ab98}', "\u{13c8}"),
    ('\u{ab99}', "\u{13c9}"),
    ('\u{ab9a}', "\u{13ca}"),
    ('\u{ab9b}', "\u{13cb}"),
    ('\u{ab9c}', "\u{13cc}"),
    ('\u{ab9d}', "\u{13cd}"),
    ('\u{ab9e}', "\u{13ce}"),
    ('\u{ab9f}', "\u{13cf}"),
    ('\u{aba0}', "\u{13d0}"),
    ('\u{aba1}', "\u{13d1}"),
    ('\u{aba2}', "\u{13d2}"),
    ('\u{aba3}', "\u{13d3}"),
    ('\u{aba4}', "\u{13d4}"),
    ('\u{aba5}', "\u{13d5}"),
    ('\u{aba6}', "\u{13d6}"),
    ('\u{aba7}', "\u{13d7}"),
    ('\u{aba8}', "\u{13d8}"),
    ('\u{aba9}', "\u{13d9}"),
    ('\u{abaa}', "\u{13da}"),
    ('\u{abab}', "\u{13db}"),
    ('\u{abac}', "\u{13dc}"),
    ('\u{abad}', "\u{13dd}"),
    ('\u{abae}', "\u{13de}"),
    ('\u{abaf}', "\u{13df}"),
    ('\u{abb0}', "\u{13e0}"),
    ('\u{abb1}', "\u{13e1}"),
    ('\u{abb2}', "\u{13e2}"),
    ('\u{abb3}', "\u{13e3}"),
    ('\u{abb4}', "\u{13e4}"),
    ('\u{abb5}', "\u{13e5}"),
    ('\u{abb6}', "\u{13e6}"),
    ('\u{abb7}', "\u{13e7}"),
    ('\u{abb8}', "\u{13e8}"),
    ('\u{abb9}', "\u{13e9}"),
    ('\u{abba}', "\u{13ea}"),
    ('\u{abbb}', "\u{13eb}"),
    ('\u{abbc}', "\u{13ec}"),
    ('\u{abbd}', "\u{13ed}"),
    ('\u{abbe}', "\u{13ee}"),
    ('\u{abbf}', "\u{13ef}"),
    ('\u{fb00}', "\u{66}\u{66}"),
    ('\u{fb01}', "\u{66}\u{69}"),
    ('\u{fb02}', "\u{66}\u{6c}"),
    ('\u{fb03}', "\u{66}\u{66}\u{69}"),
    ('\u{fb04}', "\u{66}\u{66}\u{6c}"),
    ('\u{fb05}', "\u{73}\u{74}"),
    ('\u{fb06}', "\u{73}\u{74}"),
    ('\u{fb13}', "\u{574}\u{576}"),
    ('\u{fb14}', "\u{574}\u{565}"),
    ('\u{fb15}', "\u{574}\u{56b}"),
    ('\u{fb16}', "\u{57e}\u{576}"),
    ('\u{fb17}', "\u{574}\u{56d}"),
];

/// Helpers for the table-driven tests of the `objects` modules: the expected values
/// were produced by running CPython 3.11 on the same inputs.
#[cfg(test)]
pub(crate) mod testutil {
    use crate::objects::format::FmtError;

    /// Undo the escapes of the test data: `\\`, `\t`, `\n`, `\r`, `\u{hex}`.
    fn unescape(s: &str) -> String {
        let mut out = String::with_capacity(s.len());
        let mut it = s.chars();
        while let Some(c) = it.next() {
            if c != '\\' {
                out.push(c);
                continue;
            }
            match it.next() {
                Some('t') => out.push('\t'),
                Some('n') => out.push('\n'),
                Some('r') => out.push('\r'),
                Some('u') => {
                    let hex: String = it.by_ref().skip(1).take_while(|&c| c != '}').collect();
                    let v = u32::from_str_radix(&hex, 16).expect("hex escape");
                    out.push(char::from_u32(v).expect("code point"));
                }
                Some(other) => out.push(other),
                None => out.push('\\'),
            }
        }
        out
    }

    /// The rows of a test table: one per non-empty line, fields separated by tabs.
    pub(crate) fn rows(data: &str) -> Vec<Vec<String>> {
        let rows: Vec<Vec<String>> = data
            .lines()
            .filter(|l| !l.is_empty())
            .map(|l| l.split('\t').map(unescape).collect())
            .collect();
        assert!(rows.len() > 10, "test table too small");
        rows
    }

    /// A result as the tables spell it: the value, or `!Kind: message`.
    pub(crate) fn show<T>(r: Result<T, FmtError>, ok: impl Fn(T) -> String) -> String {
        match r {
            Ok(v) => ok(v),
            Err(e) => format!("!{:?}: {}", e.kind, e.msg),
        }
    }

    /// A float from its IEEE bits in hex.
    pub(crate) fn float_of(hex: &str) -> f64 {
        f64::from_bits(u64::from_str_radix(hex, 16).expect("float bits"))
    }

    /// The IEEE bits of a float in hex, as the tables spell floats.
    pub(crate) fn hex_of(f: f64) -> String {
        format!("{:016x}", f.to_bits())
    }
}

#[cfg(test)]
mod tests {
    use super::testutil::{rows, show};
    use super::*;

    fn opt(s: &str) -> Option<i64> {
        (s != "N").then(|| s.parse().unwrap())
    }

    #[test]
    fn examples() {
        assert_eq!(repr("it's"), "\"it's\"");
        assert_eq!(repr("a\u{7f}\u{85}é\u{200b}"), "'a\\x7f\\x85é\\u200b'");
        assert_eq!(split("  a  b  c  ", None, 1).unwrap(), ["a", "b  c  "]);
        assert_eq!(split("a", Some(""), -1).unwrap_err().msg, "empty separator");
        assert_eq!(find("日本語", "語", None, None), 2);
        assert_eq!(replace("abc", "", "-", -1), "-a-b-c-");
        assert_eq!(center("abc", 6, '*'), "*abc**");
        assert_eq!(zfill("-42", 5), "-0042");
        assert_eq!(title("they're ǆ"), "They'Re ǅ");
        assert_eq!(slice_indices(10, None, None, -1), (9, -1, -1, 10));
        assert_eq!(char_len("héllo"), 5);
    }

    #[test]
    fn split_matches_python() {
        for r in rows(SPLIT) {
            let got = match r[0].as_str() {
                "splitlines" => splitlines(&r[1], r[2] == "1").join("|"),
                op => {
                    let sep = (r[2] != "N").then_some(r[2].as_str());
                    let f = if op == "split" { split } else { rsplit };
                    show(f(&r[1], sep, r[3].parse().unwrap()), |v| v.join("|"))
                }
            };
            assert_eq!(got, r[4], "{:?}.{}({:?}, {})", r[1], r[0], r[2], r[3]);
        }
    }

    #[test]
    fn find_family_matches_python() {
        for r in rows(FIND) {
            let (s, sub, start, end) = (&r[1], &r[2], opt(&r[3]), opt(&r[4]));
            let got = match r[0].as_str() {
                "find" => find(s, sub, start, end).to_string(),
                "rfind" => rfind(s, sub, start, end).to_string(),
                "count" => count(s, sub, start, end).to_string(),
                "startswith" => startswith(s, sub, start, end).to_string(),
                _ => endswith(s, sub, start, end).to_string(),
            };
            assert_eq!(
                got,
                r[5].to_lowercase(),
                "{s:?}.{}({sub:?}, {start:?}, {end:?})",
                r[0]
            );
        }
    }

    #[test]
    fn other_methods_match_python() {
        for r in rows(MISC) {
            let s = r[1].as_str();
            let num = |i: usize| r[i].parse::<i64>().unwrap();
            let fill = || r[3].chars().next().unwrap();
            let got = match r[0].as_str() {
                "replace" => replace(s, &r[2], &r[3], num(4)),
                "strip" | "lstrip" | "rstrip" => {
                    let chars = (r[2] != "N").then_some(r[2].as_str());
                    let f = match r[0].as_str() {
                        "strip" => strip,
                        "lstrip" => lstrip,
                        _ => rstrip,
                    };
                    f(s, chars).to_string()
                }
                "center" => center(s, num(2), fill()),
                "ljust" => ljust(s, num(2), fill()),
                "rjust" => rjust(s, num(2), fill()),
                "zfill" => zfill(s, num(2)),
                "expandtabs" => expandtabs(s, num(2)),
                op => {
                    let f = if op == "partition" {
                        partition
                    } else {
                        rpartition
                    };
                    show(f(s, &r[2]), |(a, b, c)| format!("{a}|{b}|{c}"))
                }
            };
            assert_eq!(
                got, r[5],
                "{:?}.{}({:?}, {:?}, {:?})",
                s, r[0], r[2], r[3], r[4]
            );
        }
    }

    #[test]
    fn case_mapping_matches_python() {
        for r in rows(CASE) {
            let s = r[0].as_str();
            let got = [
                upper(s),
                lower(s),
                title(s),
                capitalize(s),
                swapcase(s),
                casefold(s),
            ];
            assert_eq!(got.as_slice(), &r[1..], "{s:?}");
        }
    }

    #[test]
    fn predicates_match_python() {
        for r in rows(PREDICATES) {
            let s = r[0].as_str();
            let got: String = [
                isdigit(s),
                isalpha(s),
                isalnum(s),
                isspace(s),
                isupper(s),
                islower(s),
                istitle(s),
                isdecimal(s),
                isnumeric(s),
                isidentifier(s),
                isprintable(s),
                isascii(s),
            ]
            .iter()
            .map(|&b| if b { '1' } else { '0' })
            .collect();
            assert_eq!(got, r[1], "{s:?}");
        }
    }

    #[test]
    fn repr_matches_python() {
        for r in rows(REPR) {
            assert_eq!(repr(&r[0]), r[1], "{:?}", r[0]);
            assert_eq!(ascii(&repr(&r[0])), r[2], "{:?}", r[0]);
        }
    }

    #[test]
    fn slice_indices_match_python() {
        for r in rows(SLICE) {
            let (a, b, c, n) = slice_indices(
                r[0].parse().unwrap(),
                opt(&r[1]),
                opt(&r[2]),
                r[3].parse().unwrap(),
            );
            assert_eq!(format!("{a},{b},{c},{n}"), r[4], "{r:?}");
        }
    }

    const SPLIT: &str = r#"
rsplit	\u{2000}é,xx\u{2000}a\t日	 	-1	\u{2000}é,xx\u{2000}a\t日
split	日 \naba	ab	1	日 \n\u{7c}a
rsplit	日日\u{1c}	é	0	日日\u{1c}
split	x\u{1c}\tbéxéaa\t	ab	5	x\u{1c}\tbéxéaa\t
rsplit	baaa\u{2000}aax	 	2	baaa\u{2000}aax
split	bab\nb日	aa	0	bab\nb日
split	a\t\txx		2	!ValueError: empty separator
rsplit	, ééa\u{2028}é,	 	0	, ééa\u{2028}é,
split	\u{2028}\u{2028}aab 	,	0	\u{2028}\u{2028}aab\u{20}
rsplit	\u{1c}\n\n日bb\u{2028}	aa	-1	\u{1c}\n\n日bb\u{2028}
split	\u{1c}ab日ax	ab	0	\u{1c}ab日ax
split	,\u{1c} x\u{2000}	é	1	,\u{1c} x\u{2000}
split	b\u{1c}\r日日\t\u{1c}\n 	,	1	b\u{1c}\r日日\t\u{1c}\n\u{20}
rsplit	\u{1c}aa	aa	0	\u{1c}aa
rsplit	a\taabx,\u{2000}	aa	0	a\taabx,\u{2000}
rsplit	abab\u{2028}\na	N	5	abab\u{7c}a
split		é	1	
split		\n	1	
split	éaa	N	0	éaa
rsplit		aa	0	
rsplit	\u{2000}	\n	1	\u{2000}
rsplit	x\r\n,aa	aa	0	x\r\n,aa
rsplit		\n	1	
rsplit	\t	é	2	\t
rsplit	日\n\u{2028}\r	\n	5	日\u{7c}\u{2028}\r
rsplit	日aab a	a	-1	日\u{7c}\u{7c}b \u{7c}
split		,	2	
split	é日 \naab\u{2028}b	 	1	é日\u{7c}\naab\u{2028}b
rsplit	\r\u{2000},	 	2	\r\u{2000},
rsplit	aa	\n	5	aa
split	\r \r\rx\rab\u{2028}	N	1	x\u{7c}ab\u{2028}
split	日\u{2000}x\u{2000},\n\u{2028}	\n	5	日\u{2000}x\u{2000},\u{7c}\u{2028}
split	xaa\n\t\r,\n	,	-1	xaa\n\t\r\u{7c}\n
split	b\u{2028}	N	2	b
split	\t	,	0	\t
split	\r 日\u{2000}\u{2028}ab	ab	0	\r 日\u{2000}\u{2028}ab
split	\u{1c}	,	1	\u{1c}
split	\u{2000} \n\u{2000},ab	aa	1	\u{2000} \n\u{2000},ab
rsplit	\u{2028}xab		-1	!ValueError: empty separator
split	\t\u{2028}\u{2000},\r\néaa\r\n	a	-1	\t\u{2028}\u{2000},\r\né\u{7c}\u{7c}\r\n
split	\u{2028}日\u{1c}\u{2000} a	N	2	日\u{7c}a
split	a\u{1c}b\u{2000}a\u{1c}	é	-1	a\u{1c}b\u{2000}a\u{1c}
split	a\u{2028}\tb\u{2000}\tb	a	1	\u{7c}\u{2028}\tb\u{2000}\tb
rsplit	\u{2028}éb	é	-1	\u{2028}\u{7c}b
rsplit	\u{1c} ab\r\n\u{1c}	 	-1	\u{1c}\u{7c}ab\r\n\u{1c}
split	\rax日\u{1c} 日	,	-1	\rax日\u{1c} 日
split	,	aa	0	,
rsplit	xab\u{2000}\u{1c}\r	 	-1	xab\u{2000}\u{1c}\r
rsplit		é	2	
rsplit	\u{2000}\r\n\nax\u{1c}\r	ab	0	\u{2000}\r\n\nax\u{1c}\r
split	\u{1c}		5	!ValueError: empty separator
split	\r\nbx,x	N	0	bx,x
rsplit	 \rab\u{2000}日	\n	1	 \rab\u{2000}日
rsplit	日\u{2028}\u{2028}\u{2000}\r\t\t\u{2028}\u{2028}		-1	!ValueError: empty separator
rsplit	,,日\r\n\u{2028}	N	2	,,日
rsplit	\u{2000}\raa	\n	1	\u{2000}\raa
split	\r\n\u{1c}aaab		2	!ValueError: empty separator
rsplit	\r\n,	,	0	\r\n,
rsplit	é,\n\u{1c}b		5	!ValueError: empty separator
split	aaab\u{2000}	N	0	aaab\u{2000}
rsplit	日\ra日   \u{2000}	 	5	日\ra日\u{7c}\u{7c}\u{7c}\u{2000}
split	\u{1c} \t\u{2000}\né,	é	-1	\u{1c} \t\u{2000}\n\u{7c},
split	\n,\r\u{2000}é	,	0	\n,\r\u{2000}é
rsplit	é		-1	!ValueError: empty separator
split	,b \u{2000}a\u{2000},\r日	\n	1	,b \u{2000}a\u{2000},\r日
split	ab	 	5	ab
split		aa	5	
split	abab日abb\u{1c}\u{2000}\n	 	2	abab日abb\u{1c}\u{2000}\n
rsplit		aa	-1	
split	\u{2028}\n \u{1c}a\n\t\u{2028}a	aa	2	\u{2028}\n \u{1c}a\n\t\u{2028}a
split	\u{2000}x	 	-1	\u{2000}x
rsplit	\n,,a\r\n日éaa	,	-1	\n\u{7c}\u{7c}a\r\n日éaa
rsplit	日é\u{2028}b\ta\nx	aa	0	日é\u{2028}b\ta\nx
rsplit	\u{2000}\rab	é	-1	\u{2000}\rab
split	 , \nx\u{2000}日\r\né	 	-1	\u{7c},\u{7c}\nx\u{2000}日\r\né
split	a日a\n\r,\u{2028}aa	a	1	\u{7c}日a\n\r,\u{2028}aa
rsplit	日\raa,	ab	5	日\raa,
rsplit	\u{2028}\u{1c}	aa	1	\u{2028}\u{1c}
rsplit	\u{2000}\nb,\u{2028} é\t	aa	5	\u{2000}\nb,\u{2028} é\t
split		a	0	
rsplit	日x\u{2000}	a	-1	日x\u{2000}
split	xx,,\ra\t\n	 	1	xx,,\ra\t\n
split	abé\ta\tb \u{1c}		5	!ValueError: empty separator
rsplit	\r\nab\u{2000}\u{1c}\r\u{2000}ab	,	0	\r\nab\u{2000}\u{1c}\r\u{2000}ab
rsplit	aa\r\r	 	-1	aa\r\r
split	\u{2028}\u{2000}aabx\u{1c}x	aa	-1	\u{2028}\u{2000}\u{7c}bx\u{1c}x
split		aa	2	
rsplit	a\u{2000}aax	é	0	a\u{2000}aax
rsplit	xx\n\u{2028}aax日é	 	5	xx\n\u{2028}aax日é
rsplit	ba	\n	0	ba
split	\né\u{1c}\u{2028}日x日\u{1c}	a	0	\né\u{1c}\u{2028}日x日\u{1c}
rsplit	b\u{2028} é	é	-1	b\u{2028} \u{7c}
rsplit	 abéé\u{1c}aaba	é	5	 ab\u{7c}\u{7c}\u{1c}aaba
rsplit	\nx\r\r\u{2000}aa\u{2028}\r	é	0	\nx\r\r\u{2000}aa\u{2028}\r
rsplit	\tabb xx\u{2000}é 	aa	2	\tabb xx\u{2000}é\u{20}
rsplit	ab\u{2028}\u{2000}\u{1c}	\n	5	ab\u{2028}\u{2000}\u{1c}
rsplit		N	1	
split		,	2	
split	\u{2028}a\n \u{2028}日	ab	1	\u{2028}a\n \u{2028}日
split	xé\u{2000}aa	 	2	xé\u{2000}aa
rsplit	\u{1c}\r\u{2028}x\r\nabaaaab	ab	2	\u{1c}\r\u{2028}x\r\n\u{7c}aaa\u{7c}
split	a,\u{1c}\nab,日	,	0	a,\u{1c}\nab,日
split	\r\n\u{2028}	ab	5	\r\n\u{2028}
split	\r\nx日baa\u{1c}		1	!ValueError: empty separator
rsplit		N	2	
split	\u{1c}\t \rb\u{2000}ab,	a	5	\u{1c}\t \rb\u{2000}\u{7c}b,
rsplit	\t,\naa,é	é	-1	\t,\naa,\u{7c}
rsplit	a\u{2000}b\r\n	aa	5	a\u{2000}b\r\n
rsplit	ab	,	1	ab
split	\rb,	ab	1	\rb,
rsplit	a\r\naab\n\t\t	aa	5	a\r\n\u{7c}b\n\t\t
rsplit	aa\n\n	\n	-1	aa\u{7c}\u{7c}
split		,	2	
split	\n\t bé\r\n\u{2028}\n	ab	0	\n\t bé\r\n\u{2028}\n
rsplit	b\n ,x	\n	-1	b\u{7c} ,x
split	a日,\taa\n\u{2028}x\u{2000}	N	5	a日,\u{7c}aa\u{7c}x
split		ab	-1	
split	\tab		0	!ValueError: empty separator
split	\u{2028}	\n	5	\u{2028}
rsplit	 \u{2028}a\u{2028}\ré	 	5	\u{7c}\u{2028}a\u{2028}\ré
split	b\n\raa,\r\n\t\r	\n	1	b\u{7c}\raa,\r\n\t\r
split	éb\u{1c}\u{1c}\né\u{2000}	N	2	éb\u{7c}é
rsplit	日\u{2000}\nbxx\n	é	1	日\u{2000}\nbxx\n
split	abab\r\u{1c}\u{2028}	aa	2	abab\r\u{1c}\u{2028}
split	\u{1c}\r\nx\u{2000}日	 	2	\u{1c}\r\nx\u{2000}日
split	,bb\u{2000}a\n	ab	2	,bb\u{2000}a\n
rsplit	ab\u{2028}	 	0	ab\u{2028}
rsplit	\r\n\u{1c}\r\n	é	5	\r\n\u{1c}\r\n
rsplit	\r日x日	\n	0	\r日x日
rsplit	\ta\t\u{1c}	a	1	\t\u{7c}\t\u{1c}
split	日abab\u{2028},\u{2000}	 	0	日abab\u{2028},\u{2000}
split	\r\n\na日日\u{2028}	\n	2	\r\u{7c}\u{7c}a日日\u{2028}
split		a	-1	
rsplit	aa\r\n\u{2000}bxa,		0	!ValueError: empty separator
rsplit	a\naa\u{2000},	\n	2	a\u{7c}aa\u{2000},
split		N	-1	
split	b\u{1c}\u{2028}aaé\u{2028}	\n	-1	b\u{1c}\u{2028}aaé\u{2028}
split	 \r\n,\r\n\r\r\u{2000}日	 	-1	\u{7c}\r\n,\r\n\r\r\u{2000}日
rsplit	baa日\u{2028}\u{2028}x	a	5	b\u{7c}\u{7c}日\u{2028}\u{2028}x
rsplit	aa\r\n\u{1c}\u{2000}	aa	5	\u{7c}\r\n\u{1c}\u{2000}
split	\t\raa\u{1c}ab	é	2	\t\raa\u{1c}ab
rsplit	bé\r 	ab	2	bé\r\u{20}
split	x\r\r	 	0	x\r\r
split	b日日aa日\tab  	ab	1	b日日aa日\t\u{7c}\u{20}\u{20}
split	 	ab	0	\u{20}
split	xa\u{2028}éb \u{2028}日 	ab	5	xa\u{2028}éb \u{2028}日\u{20}
split	\u{2028} a	a	5	\u{2028} \u{7c}
split	aaaax日x x\u{2000}\u{2028}	\n	0	aaaax日x x\u{2000}\u{2028}
split	é\u{2028}	é	1	\u{7c}\u{2028}
split	\u{2028}\né\t\u{2028},	ab	-1	\u{2028}\né\t\u{2028},
splitlines	aa\u{1c}ab日\u{2000},\u{1c}	1		aa\u{1c}\u{7c}ab日\u{2000},\u{1c}
splitlines	,	1		,
splitlines	x\r日aa\n\u{2028}aa	0		x\u{7c}日aa\u{7c}\u{7c}aa
splitlines	 bb\u{1c}ab\u{1c}b\u{1c}a	1		 bb\u{1c}\u{7c}ab\u{1c}\u{7c}b\u{1c}\u{7c}a
splitlines		0		
splitlines	\u{2028}b	1		\u{2028}\u{7c}b
splitlines	日\u{1c}aa\u{2028}\n	1		日\u{1c}\u{7c}aa\u{2028}\u{7c}\n
splitlines		0		
splitlines	,,\u{1c}日	0		,,\u{7c}日
splitlines	xbéaaab\u{2000}abax	0		xbéaaab\u{2000}abax
splitlines	a a	0		a a
splitlines	\r\u{2028}\n日\u{1c}	0		\u{7c}\u{7c}\u{7c}日
splitlines	\r\n\u{2028}\u{1c}\r\n	0		\u{7c}\u{7c}\u{7c}
splitlines		1		
splitlines	,\n	0		,
splitlines	b\n	1		b\n
splitlines	\r\na\r 日a\u{1c}	1		\r\n\u{7c}a\r\u{7c} 日a\u{1c}
splitlines	\u{1c}\t	1		\u{1c}\u{7c}\t
splitlines	\u{2028}aaaa  \u{2000},	1		\u{2028}\u{7c}aaaa  \u{2000},
splitlines	\u{1c},	0		\u{7c},
splitlines	\t\u{2028}\u{2000}日	0		\t\u{7c}\u{2000}日
splitlines	\r\r\r\n日x\n \n	0		\u{7c}\u{7c}\u{7c}日x\u{7c}\u{20}
splitlines	b	0		b
splitlines	\u{2028}\u{2028}日日\u{2000}	1		\u{2028}\u{7c}\u{2028}\u{7c}日日\u{2000}
splitlines	\r\naa\u{1c}\tbx	1		\r\n\u{7c}aa\u{1c}\u{7c}\tbx
splitlines	日a\u{2000}\r\n	0		日a\u{2000}
splitlines	日日aaaé日 \t	1		日日aaaé日 \t
splitlines	\u{2028}\n\té,	1		\u{2028}\u{7c}\n\u{7c}\té,
splitlines	a日	0		a日
splitlines	x \n,aa \u{2000}	1		x \n\u{7c},aa \u{2000}
"#;

    const FIND: &str = r#"
rfind	 \u{2000}\nx	 	0	3	0
rfind	\tab	é	-1	0	-1
endswith	ab\nab\n日\u{1c}\u{2028}ab\t	x	-100	N	False
count	b\u{2028}日\n\t\t\u{1c}\t\u{1c}	ab	-3	-100	0
rfind	\r\u{1c}aax\r\n,\rab	x	N	1	-1
find	é\u{2028}a\r\né\u{2000} 日	a	-100	N	2
find	\r\u{1c}xéab\r\n	é	-1	0	-1
find	\t	é	2	5	-1
count	 \t\u{2000}\u{2000}\u{1c}\u{1c}x\r\u{2028}	b 	0	1	0
endswith	\r\n\tab\r\naa	éa	-1	0	False
startswith	\u{2000}aa\u{1c}aa	ab	-3	-2	False
find	 \nab\t	x	0	100	-1
find	\r\r 	日	5	N	-1
rfind	\r\n	 	100	1	-1
find	aa日\r\n,b	b 	0	-100	-1
count	\n \na\r		2	3	2
find	,aa\r\n	日	-3	5	-1
startswith	\u{2028} \t\nbé\u{2028}	ab	-100	-2	False
count	\u{2028}b\u{2028}	ab	2	1	0
find	é 日	x	-3	5	-1
count	\n	b 	-3	5	0
endswith	,babb	日	2	-100	False
find	a,\u{2028}	日	100	100	-1
count	b \u{2000}éa	 	100	-1	0
rfind	aba	é	1	-2	-1
find	\u{1c}b\rx\r\nabaaa	éa	-3	5	-1
rfind	日\nx\u{1c}	é	5	-1	-1
find	\u{1c}\u{2028}b\t日\t\u{2000}	 	5	3	-1
rfind	\u{2028}		100	-1	-1
count	,ab\ra\r\n 	ab	N	3	1
find	é\u{2028}aa\u{2028}\r,	x	2	3	-1
startswith	 \r\n xb\u{2028}	a	0	5	False
startswith	\taa	b 	0	100	False
rfind	é	 	100	N	-1
endswith	é,日\r\n\r \r	 	5	5	False
count	\n\u{2000}xabx,\r\n\r日	aa	5	-2	0
find		ab	5	-100	-1
count			5	-2	0
startswith	\n 	aa	100	0	False
endswith	x 	x	5	5	False
count	\u{2000}		100	5	0
find	\raaaaa\r\n	x	100	0	-1
rfind	x\r\n\u{1c}\r\u{1c}\r\n\t	é	N	5	-1
startswith	\u{2028}		-3	0	True
endswith	\u{2000}日b\té\t\u{2028}\r\r	éa	-3	0	False
rfind		a	N	5	-1
endswith		éa	2	-2	False
find	aaé, \r	ab	100	-2	-1
endswith	日	aa	1	100	False
find	 \u{2000}a	b 	0	-1	-1
find	日\u{1c}b\t,\u{2028}	éa	0	3	-1
count	\u{1c}x\t\r\nx	a	5	-2	0
endswith	b\tx,aa\n\u{1c} 		2	N	True
rfind	éaa\u{1c}\u{2028}  日\r\n	é	-100	100	0
startswith	\r \n 		N	-1	True
count	é\u{1c}a	x	0	0	0
find	\u{1c}	é	2	0	-1
find	,\u{1c}aba\r\n\r\n\u{2028}	x	N	-100	-1
startswith	日é\u{1c}	ab	N	-1	False
endswith	\t\n日\r\n 	x	5	0	False
endswith			-3	-1	True
count	,aaaaé,\u{2028}\u{2000}xé	ab	1	100	0
count	日\u{1c}éab\né	日	-100	-2	1
startswith		é	N	100	False
find	\n日,\u{1c}b\t	 	2	-1	-1
find	a\r\n\u{2000}\u{2000}aa	a	100	-1	-1
count	日\tabx\nab	éa	100	-2	0
endswith	\naa\n日\u{2000}aa\u{1c}\u{2028}	é	1	N	False
rfind	\nab	b 	-3	3	-1
rfind		éa	N	1	-1
rfind	\u{1c}a	 	2	-2	-1
find	 		5	-100	-1
count		é	-1	100	0
endswith	aa\n \n\u{2028},	aa	-1	-100	False
find	\u{1c}	日	-100	3	-1
rfind	 \naa ,	é	-100	N	-1
rfind	,\tab,aaxb\r\n\u{1c}	é	-3	3	-1
endswith	\n\u{2000}\u{1c},\u{2000}aa	b 	N	0	False
find	日\r\r\n,,	aa	2	N	-1
find	日,ab\t日,\u{2028}é 	ab	-1	-2	-1
count	é日b\u{2000},\n\u{1c}	éa	0	N	0
count	\u{2000}\raaxx	 	-3	1	0
find	bab 日é \t\r\n	日	N	N	4
count	 ,\u{2000}\r\n\n		1	5	5
count	\t日 é\u{2000}	aa	1	5	0
endswith	\na\n\r\r	a	-100	-2	False
count	\naa ,b\r\t\u{2028}b	日	5	-1	0
rfind	\r\n\n ,\r\nabx	日	-3	100	-1
startswith	x\r\n\r\n\r b		100	-100	False
endswith	 baa\n\u{2028}b	日	100	N	False
endswith	\raaa\rb		2	-100	False
endswith	a日a\r\n\té	x	-1	-100	False
startswith	\u{2028}é\r\n, ,	日	-1	-100	False
startswith	b\taa	é	0	100	False
endswith	x,	é	100	5	False
find			0	100	0
rfind	\r\u{2028}\u{2028}	éa	-1	3	-1
rfind	ab\u{2028}		5	N	-1
startswith	 \t	日	-100	5	False
endswith	b\u{1c}\n日\u{2000}é\u{1c}	ab	N	0	False
rfind	aa	 	-1	5	-1
rfind		ab	-1	3	-1
count		é	-1	N	0
endswith	\n	a	-3	N	False
rfind	日b\r\u{1c}ax\u{2000}\u{2028}	ab	100	3	-1
find	x日\u{1c} \t	ab	-1	0	-1
rfind	日ab	é	-3	-2	-1
rfind	x	 	-1	0	-1
rfind	\naa\n		0	-2	2
startswith	日aaa\n	b 	1	100	False
find	\né\u{2028}\u{2000}abaa\r	a	-1	100	-1
endswith		a	2	3	False
count	ab\r\n\u{2028}\rab ,	ab	-3	-2	0
endswith	\u{2000}日a\r\r\u{2028}\t	a	N	5	False
startswith	,\u{1c}日	éa	-1	-2	False
rfind	\u{2028}\u{1c}ab\nabb		2	5	5
find	 \raaaa		100	-2	-1
find	\u{1c}\t\n, \u{2028}ab	x	2	N	-1
find	aaab\n\n	b 	1	N	-1
endswith	\u{2028},\n		2	-2	False
find	aab	aa	5	-2	-1
rfind	a\r\n\u{2028}éaa\n	ab	1	1	-1
find	 aaaa,aa\r\u{2000}	aa	0	-2	1
count	\n aba\u{2000}aax	b 	-3	5	0
startswith	\u{2000}\ré  \tbbb	a	-3	3	False
rfind	,\r\n\n\nb	 	2	5	-1
find	\u{1c}\t 	é	0	N	-1
count			100	5	0
rfind	日x\r	aa	100	N	-1
startswith	\n\u{1c}ab	a	2	3	True
count	,\r\naab\u{2028}日\t\tb	 	5	-100	0
count	b\nababa ab	ab	N	1	0
rfind	\u{2028}a\u{2000}\u{2028}\n\taa\r\n	éa	N	N	-1
endswith	\u{1c}日\t\u{1c}aaab\t\u{2028}b	aa	5	5	False
endswith	ab\u{2028}\tab\r,é	éa	0	-2	False
find	x\n\r\n\raaa\u{2000}xb	aa	2	1	-1
count	\naaéa	a	5	-2	0
startswith	é\u{1c}aa日ab\n\u{1c}\u{2028}\u{2000}	x	2	-100	False
find		b 	N	-1	-1
endswith	\n日	 	2	-100	False
count	x ba	é	2	-1	0
find	\n\r\u{2028}\u{2028}	x	-100	-2	-1
rfind	aa日é	é	-1	1	-1
find		日	0	-1	-1
find	xa	x	2	N	-1
startswith	\u{2028}\txaa\naa 	ab	2	5	False
count	 	日	0	-2	0
endswith		éa	5	0	False
count		b 	5	-2	0
rfind	\u{2000}é\u{1c}\u{2000},\t		5	-100	-1
endswith	日ab\u{1c}a\r\n\u{1c}x	x	-1	5	False
endswith	\u{1c}babéaab\u{1c}	x	-1	-2	False
startswith	 \u{2000}aa,é	aa	100	100	False
rfind	\u{2028}日é	日	1	5	1
rfind	\u{2000}日,b aa	é	0	5	-1
count	 \u{2028} 	é	5	-100	0
count	é\t 	日	-1	-1	0
endswith	\u{1c}	éa	2	-1	False
count	aaaa\r\u{2000},\u{1c}b\t	é	1	5	0
find	babab\u{1c}\n日	é	1	100	-1
startswith	b\r日 \ra		1	-1	True
rfind	\u{2028}\rx	ab	100	-2	-1
endswith	,baax	 	2	-100	False
find	aa\u{1c}日\u{2028}\u{1c}é	ab	5	-1	-1
endswith	\u{2028}\u{2000}\r	x	2	1	False
startswith	,\n日b	aa	-100	-100	False
startswith	a\u{2028}\u{2000}  \r \u{1c}a	ab	-3	100	False
endswith	a\nbaa	x	N	3	False
count		 	0	N	0
find	ab\u{2028}b		-1	0	-1
endswith	\u{2028}x\t	é	-100	100	False
endswith	\t\r	é	N	1	False
endswith	bxaa,b		2	-100	False
rfind	abb\t\r\n	 	1	3	-1
rfind	\r,	 	2	-2	-1
count	aaax\u{2000}\r	é	1	N	0
find	\u{1c}\n 日ab\t	éa	0	1	-1
endswith	\r\n\n	 	100	N	False
endswith	é\u{2000}\né日 \r	aa	1	3	False
find	\rééa\u{2028} \n\n	x	-1	100	-1
count		x	5	100	0
endswith	,\ra日\u{1c}		0	-1	True
rfind	aaé	 	-1	3	-1
endswith	aa\n\n\u{2000}x \u{2028}x	a	1	100	False
find			2	N	-1
rfind	\r\n	a	-1	0	-1
rfind	a\u{2028}	aa	0	1	-1
count	é\ta\t		1	5	4
find	日é	x	5	3	-1
count	aa日é\n,aaaa	x	5	N	0
find	ab	x	5	100	-1
count	éba\u{1c}	a	5	-100	0
startswith	\u{2000}ab\r\n\r	 	2	100	False
startswith	éabb日\t\u{2028}	aa	100	-1	False
startswith	日日\r \n\t	b 	2	-100	False
rfind		ab	-3	-1	-1
count	xa  		1	-100	0
endswith	aab,\n\r\t\t 	aa	N	N	False
find	 \u{1c}\naa\ra日	a	5	100	6
count	aabxé		-100	-2	4
"#;

    const MISC: &str = r#"
replace	\u{2028}\u{2028}\n\n\r\n,ab\r\n	é	é	2	\u{2028}\u{2028}\n\n\r\n,ab\r\n
replace	é日 \t			1	é日 \t
replace		a		2	
replace	abéab\t\u{2000}\u{2000}ab	ab	XY	0	abéab\t\u{2000}\u{2000}ab
replace	abaab	ab	-	0	abaab
replace	,x\t \r\nba日	aa	XY	-1	,x\t \r\nba日
replace	a,ébé	ab		1	a,ébé
replace	é\u{2000}\t\r\u{2000}x\r			3	é\u{2000}\t\r\u{2000}x\r
replace	béaaabéab	a	XY	1	béXYaabéab
replace	日x	a	XY	1	日x
replace	ab\u{2028},\na\rb		-	3	-a-b-\u{2028},\na\rb
replace	abb日,日 	 	-	2	abb日,日-
replace	\r\u{2000}\r\na\t\u{2000}	a	-	0	\r\u{2000}\r\na\t\u{2000}
replace	x\r\nb\u{2000}\n\r	a	-	1	x\r\nb\u{2000}\n\r
replace			-	-1	-
replace	\u{2028},\u{1c}\t\r\n	ab	é	3	\u{2028},\u{1c}\t\r\n
replace		aa		-1	
replace	日\r	ab		3	日\r
replace	\n\u{1c}	é	é	2	\n\u{1c}
replace	b\u{2000}\u{1c}	aa	XY	1	b\u{2000}\u{1c}
replace	 \n\u{2000}\u{1c}	ab		-1	 \n\u{2000}\u{1c}
replace	\taa\tb\n\u{2000}\n			0	\taa\tb\n\u{2000}\n
replace	\u{2028}\n \raa\n\t	é	-	1	\u{2028}\n \raa\n\t
replace	\t\u{2000}a \u{2028}	ab	XY	0	\t\u{2000}a \u{2028}
replace	a	a	é	2	é
replace	\u{1c}aa		-	3	-\u{1c}-a-a
replace	\rx\u{2000}	a		3	\rx\u{2000}
replace	日\n		XY	1	XY日\n
replace	 x	aa	é	2	 x
replace	\tab,	ab	é	3	\té,
replace	aaéé\r\naé	 	XY	-1	aaéé\r\naé
replace	,x		XY	3	XY,XYxXY
replace	\u{2000}	 		-1	\u{2000}
replace	abé\u{2028}		-	-1	-a-b-é-\u{2028}-
replace	\u{2000}\t,é	ab	XY	1	\u{2000}\t,é
replace	\txx\r\na,aaaba		XY	3	XY\tXYxXYx\r\na,aaaba
replace	,xb\r\n	 	-	3	,xb\r\n
replace	\u{2028}\r\n \u{1c}\u{1c}\n\u{2000}	aa	-	0	\u{2028}\r\n \u{1c}\u{1c}\n\u{2000}
replace		ab	-	-1	
replace	xaa\u{1c}\u{1c}		XY	-1	XYxXYaXYaXY\u{1c}XY\u{1c}XY
replace	\u{2000}	ab		1	\u{2000}
replace	a	aa	XY	0	a
replace	\r	 	XY	0	\r
replace	\u{2028}\u{1c}日\u{2028}\t\r x	 	XY	2	\u{2028}\u{1c}日\u{2028}\t\rXYx
replace	é\u{1c} 	 	-	2	é\u{1c}-
replace	\tabax		-	0	\tabax
replace	\u{2000}	ab		2	\u{2000}
replace	\u{2028}\u{2028}é\t			0	\u{2028}\u{2028}é\t
replace	 \u{1c}aaaa\u{2028},xx	é	-	1	 \u{1c}aaaa\u{2028},xx
replace	\u{1c} 	ab	-	0	\u{1c}\u{20}
replace	日 		-	2	-日-\u{20}
replace	ab\u{1c}\r\n\r\n axx日	a	é	2	éb\u{1c}\r\n\r\n éxx日
replace	\u{2000},\u{1c}aa	é	-	1	\u{2000},\u{1c}aa
replace	abé \u{2000},\u{1c}b\n	a	-	-1	-bé \u{2000},\u{1c}b\n
replace	é\r	ab		0	é\r
replace	x ab\u{2028}\u{1c}	é	-	3	x ab\u{2028}\u{1c}
replace	 \u{1c}	ab		3	 \u{1c}
replace	\ra	ab	XY	0	\ra
replace	,aa	ab		2	,aa
replace	b\r\n\t\n\u{1c}\u{2000}ab\t	ab	XY	2	b\r\n\t\n\u{1c}\u{2000}XY\t
replace	\u{2028}aaa\u{1c} 			1	\u{2028}aaa\u{1c}\u{20}
replace	x		é	3	éxé
replace	,\néé	aa		3	,\néé
replace	a\u{2028}x\t\r\n\r\naa	aa	é	1	a\u{2028}x\t\r\n\r\né
replace	xb\u{2000}\t	é	-	3	xb\u{2000}\t
replace	baa日 	 		2	baa日
replace	\u{2028}\u{2028}b\u{2028}\u{1c}	aa		-1	\u{2028}\u{2028}b\u{2028}\u{1c}
replace	aa\u{1c}xé\t日b\r\n	 		3	aa\u{1c}xé\t日b\r\n
replace	\u{1c}xaa\u{1c}xab		-	3	-\u{1c}-x-aa\u{1c}xab
replace	, \n\u{2028}日日		-	2	-,- \n\u{2028}日日
replace	é\r\u{2000}\u{2028}é\n日aa	aa		2	é\r\u{2000}\u{2028}é\n日
replace		ab		3	
replace	 x aa	a		1	 x a
replace			é	1	é
replace		é	-	3	
replace	\tab\t	ab		1	\t\t
replace		aa	é	1	
replace	aabaa\u{1c}éaa\r	a	é	1	éabaa\u{1c}éaa\r
replace	 \r日\r\n\u{2028}aaé\r	é	é	3	 \r日\r\n\u{2028}aaé\r
replace	\u{1c},a\nb\rabb	a	é	-1	\u{1c},é\nb\rébb
lstrip	é \r\r\naa, 	N			é \r\r\naa,\u{20}
lstrip	  				\u{20}\u{20}
lstrip	\u{1c}baab,\u{2028}ax	N			baab,\u{2028}ax
rstrip	\r\n\u{1c}\u{2028}aababaa \n	é\n			\r\n\u{1c}\u{2028}aababaa\u{20}
strip	\taa日,	ab 			\taa日,
lstrip	,\r\nb\t\u{2000}aa\r	N			,\r\nb\t\u{2000}aa\r
strip	\n\u{2000}x\u{2028}aa\u{2000},	é\n			\u{2000}x\u{2028}aa\u{2000},
rstrip					
strip	b日x\u{2000}\réx\u{2028}	ab 			日x\u{2000}\réx\u{2028}
rstrip	aa \u{2028}b				aa \u{2028}b
lstrip	bx 				bx\u{20}
lstrip	\r\n\u{2000}ab\u{2000}	é\n			\r\n\u{2000}ab\u{2000}
lstrip	ab	a			b
lstrip	日\rab\rb\u{2000}\u{1c}x	é\n			日\rab\rb\u{2000}\u{1c}x
lstrip	\u{2000}\t	a			\u{2000}\t
strip	\r \r日\n\t\u{1c}日	ab 			\r \r日\n\t\u{1c}日
strip	é日,aa\u{2028}ba\u{2000}	N			é日,aa\u{2028}ba
rstrip	aaab\u{2000}abx\u{2028},日,	a			aaab\u{2000}abx\u{2028},日,
lstrip	\r\nab	N			ab
rstrip	\r\u{2000}\u{2028}	a			\r\u{2000}\u{2028}
rstrip	\n\u{1c}b\u{1c} x,aab				\n\u{1c}b\u{1c} x,aab
lstrip	 aa\n\u{2028}\u{2028}x	N			aa\n\u{2028}\u{2028}x
lstrip	b\u{2028}b	é\n			b\u{2028}b
rstrip	éb	a			éb
lstrip	aa	N			aa
strip	\r aa日éab				\r aa日éab
lstrip	x\r 	ab 			x\r\u{20}
rstrip	 \r\n\u{2028}axaba 				 \r\n\u{2028}axaba\u{20}
lstrip	b	é\n			b
lstrip	aba,				aba,
strip	ab\u{2000}é\u{2000}\n日,\t 	a			b\u{2000}é\u{2000}\n日,\t\u{20}
lstrip	\u{2028}b\t\té ab\r\n				\u{2028}b\t\té ab\r\n
lstrip	日日\t,\u{2000}\u{2000}\na	N			日日\t,\u{2000}\u{2000}\na
rstrip	\u{1c}a	N			\u{1c}a
strip	\u{1c}ab\u{2028} 	ab 			\u{1c}ab\u{2028}
rstrip	\u{2028}b	a			\u{2028}b
strip	日abéb	a			日abéb
lstrip	日	N			日
lstrip	bab\nabaaa\né				bab\nabaaa\né
strip	abx\u{2000}x,\u{2000}\nb 	ab 			x\u{2000}x,\u{2000}\n
rstrip	xab\n  \r	a			xab\n  \r
lstrip					
strip	,x	N			,x
rstrip	\u{2000}				\u{2000}
rstrip	\u{2000}	N			
ljust	a,,\nb \nab	16	*		a,,\nb \nab*******
zfill	-日\r\n\u{2028}\u{2000}\u{2028}b\n\n\r\n	5			-日\r\n\u{2028}\u{2000}\u{2028}b\n\n\r\n
ljust	,\u{2000} \t	3	 		,\u{2000} \t
ljust	日\r\u{1c}\u{2028}\u{1c},日	9	*		日\r\u{1c}\u{2028}\u{1c},日**
center	\u{2028}a\r\r\n,,aaé	0	 		\u{2028}a\r\r\n,,aaé
zfill	-b日日éx	15			-000000000b日日éx
ljust	b\t\u{2028}	3	 		b\t\u{2028}
center	\u{2000}	13	*		******\u{2000}******
rjust	,\u{2028}\u{2000}éa,\u{1c}é日	3	 		,\u{2028}\u{2000}éa,\u{1c}é日
zfill	\rabb\r\n\n	1			\rabb\r\n\n
rjust	\naa\u{2028}x	15	é		éééééééééé\naa\u{2028}x
center	\r\r\n日\u{2028}日\u{2000}\u{2000}	10	 		 \r\r\n日\u{2028}日\u{2000}\u{2000}\u{20}
center	aaa,aa aa\u{2028}b\u{1c}	5	*		aaa,aa aa\u{2028}b\u{1c}
rjust	aa,ab日\u{2000}	16	 		         aa,ab日\u{2000}
ljust		-2	é		
zfill	-	13			-000000000000
ljust	baa日aa \r	8	é		baa日aa \r
ljust	aax\u{1c}\t日\rx\r\nx	15	 		aax\u{1c}\t日\rx\r\nx\u{20}\u{20}\u{20}\u{20}
ljust		14	*		**************
ljust	aa\u{1c}	4	 		aa\u{1c}\u{20}
zfill	+12	5			+0012
zfill	12	9			000000012
rjust	\r\u{2000}日\nab日	6	*		\r\u{2000}日\nab日
zfill	-0.5	3			-0.5
zfill	-0.5	8			-00000.5
center	 \u{1c}ab	7	é		éé \u{1c}abé
rjust	\n\r	-2	é		\n\r
center	,ab	9	é		ééé,abééé
rjust	\u{1c}\r\n	15	é		éééééééééééé\u{1c}\r\n
center	\rb,b\u{2028}\u{2028}\u{1c}	-1	é		\rb,b\u{2028}\u{2028}\u{1c}
zfill	+\u{2028}\r ,aa日	15			+0000000\u{2028}\r ,aa日
zfill	-0.5	14			-00000000000.5
ljust	\u{1c}\r\u{2000}é\r\n\u{1c}a	3	 		\u{1c}\r\u{2000}é\r\n\u{1c}a
zfill	,\u{2000}abab\t	-2			,\u{2000}abab\t
rjust	,\u{1c}aax	-2	é		,\u{1c}aax
center	abab\u{1c}\r\n x,\taa	13	é		abab\u{1c}\r\n x,\taa
ljust	\r\r\r\n\u{2000}é\t aax	7	 		\r\r\r\n\u{2000}é\t aax
rjust	 日	16	*		************** 日
center		12	 		\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}
zfill	-aaé	9			-00000aaé
center		12	 		\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}
ljust	,\r\n\r\r\n\u{2000}ab\r\naa\n	12	 		,\r\n\r\r\n\u{2000}ab\r\naa\n
zfill	+ba aax	8			+0ba aax
rjust		1	é		é
center	\r\n x\u{2028}\rx日,	-1	*		\r\n x\u{2028}\rx日,
zfill	+12	13			+000000000012
zfill	ab\r\u{1c}\u{1c} \u{2000}aa	-2			ab\r\u{1c}\u{1c} \u{2000}aa
rjust	aabab\n,\u{2000}\u{2028}\raa	11	 		aabab\n,\u{2000}\u{2028}\raa
center	\n	8	 		   \n\u{20}\u{20}\u{20}\u{20}
center	a日aab	12	é		éééa日aabéééé
zfill	ab\r\n\r	0			ab\r\n\r
rjust	\rx	10	 		        \rx
zfill	+12	6			+00012
ljust	\r\n\u{1c}b\u{2000}	-1	é		\r\n\u{1c}b\u{2000}
ljust	\r\n\tabbaab	8	é		\r\n\tabbaab
rjust		0	*		
zfill	-0.5	13			-0000000000.5
center	,\u{1c}ab	-1	 		,\u{1c}ab
rjust	,,日\u{1c}éa\r	12	 		     ,,日\u{1c}éa\r
center	\u{2000}\u{1c}\na	11	*		****\u{2000}\u{1c}\na***
rjust	é\u{2028}	-1	é		é\u{2028}
ljust	\u{2028} bab\tx	16	é		\u{2028} bab\txééééééééé
zfill	+\u{2000}abx 	6			+\u{2000}abx\u{20}
rjust	ab	15	é		éééééééééééééab
ljust	,,	2	 		,,
zfill	+12	14			+0000000000012
rjust	\rb	-1	*		\rb
rjust	\na\r\u{2028}ab	-2	 		\na\r\u{2028}ab
rjust	b日日	0	 		b日日
center	é\u{2000},,	14	*		*****é\u{2000},,*****
center	\t日x\u{2028} \u{2000}\r\naba	12	*		\t日x\u{2028} \u{2000}\r\naba*
rjust	é \u{2000}ab\tx	11	*		****é \u{2000}ab\tx
center	\r	12	*		*****\r******
zfill	+12	6			+00012
rjust	x,ab, x\u{2000}	-1	é		x,ab, x\u{2000}
ljust	aabaaab,bx\u{2028}é	2	é		aabaaab,bx\u{2028}é
zfill	+\u{2028}\u{2000}\u{2000}\t,é\u{1c}\u{2028}	12			+000\u{2028}\u{2000}\u{2000}\t,é\u{1c}\u{2028}
center	x	4	é		éxéé
rjust	x\r\n\n,aa\u{2000} 	13	é		ééééx\r\n\n,aa\u{2000}\u{20}
zfill	+12	-1			+12
expandtabs	\n日\r\n\té aa\r\t\n\t	1			\n日\r\n é aa\r \n\u{20}
expandtabs	éé abc\t	4			éé abc\u{20}\u{20}
expandtabs	\nx日xaa,\ta\tbc	0			\nx日xaa,abc
expandtabs	,\n日\u{1c}abc\t	-1			,\n日\u{1c}abc
expandtabs	x,aa,aaabaax\u{1c}\ta\tbc	4			x,aa,aaabaax\u{1c}   a   bc
expandtabs	\tb\r\n\t日\n\r \ta\tbc	8			        b\r\n        日\n\r        a       bc
expandtabs	,abc\t	8			,abc\u{20}\u{20}\u{20}\u{20}
expandtabs	aa\t\t日\raa\t\n\t	1			aa  日\raa \n\u{20}
expandtabs	ab\ta\tbc	1			ab a bc
expandtabs	,,b\u{2028}\t\n\t	0			,,b\u{2028}\n
expandtabs	aa\u{1c}bé\t\rx\nabc\t	1			aa\u{1c}bé \rx\nabc\u{20}
expandtabs	,\u{1c}bab\u{2028}\n \ta\tbc	-1			,\u{1c}bab\u{2028}\n abc
expandtabs	\t\r\u{2028}x\u{2000}\u{1c}\r\na\nabc\t	1			 \r\u{2028}x\u{2000}\u{1c}\r\na\nabc\u{20}
expandtabs	\u{2000}\ta日x\r\nab\r\né\t\n\t	4			\u{2000}   a日x\r\nab\r\né   \n\u{20}\u{20}\u{20}\u{20}
expandtabs	日,日\u{2000}bb\r\t\t\n\t	8			日,日\u{2000}bb\r                \n\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}\u{20}
expandtabs	日\ré \t\ta\tbc	1			日\ré   a bc
expandtabs	aa\ré,\r\ta\tbc	0			aa\ré,\rabc
expandtabs	\raab\r\na\r,,\ta\tbc	4			\raab\r\na\r,,  a   bc
expandtabs	é\n\u{2000}\ta\tbc	8			é\n\u{2000}       a       bc
expandtabs	é,,\n\tx\ta\tbc	-1			é,,\nxabc
expandtabs	ab\r\n\ta\tbc	4			ab\r\n    a   bc
expandtabs	\txab\t\n\t	0			xab\n
expandtabs	\tababx aabc\t	-1			ababx aabc
expandtabs	\r\n\n\u{1c}\tabc\t	1			\r\n\n\u{1c} abc\u{20}
expandtabs	a\u{2028}b\u{1c}abc\t	0			a\u{2028}b\u{1c}abc
rpartition	x\u{2028}x\t	ab			\u{7c}\u{7c}x\u{2028}x\t
partition		ab			\u{7c}\u{7c}
rpartition	\u{2000}é\r\u{2028}éx日\u{2028} 	é			\u{2000}é\r\u{2028}\u{7c}é\u{7c}x日\u{2028}\u{20}
partition	\u{1c}ba,日	é			\u{1c}ba,日\u{7c}\u{7c}
rpartition	x	é			\u{7c}\u{7c}x
partition	xaaé\u{2000}ab\u{2028}bx\u{1c}	ab			xaaé\u{2000}\u{7c}ab\u{7c}\u{2028}bx\u{1c}
rpartition		 			\u{7c}\u{7c}
partition	\r\n\ra\u{2028}aa\n\u{2028}\r	ab			\r\n\ra\u{2028}aa\n\u{2028}\r\u{7c}\u{7c}
rpartition	\u{2000}\r\n\t ,\u{1c}\r\n	 			\u{2000}\r\n\t\u{7c} \u{7c},\u{1c}\r\n
rpartition	x\tab\r\n\u{1c} \u{2028}x\r	 			x\tab\r\n\u{1c}\u{7c} \u{7c}\u{2028}x\r
partition	\n日xaa\r\téaa\r\n	a			\n日x\u{7c}a\u{7c}a\r\téaa\r\n
partition	\t,ébxaa,\u{2000}a				!ValueError: empty separator
partition	\r\n\u{2028}\nbab\u{1c}\t	é			\r\n\u{2028}\nbab\u{1c}\t\u{7c}\u{7c}
partition		ab			\u{7c}\u{7c}
rpartition	\t	ab			\u{7c}\u{7c}\t
partition	\t, \u{2028}\u{2028}	ab			\t, \u{2028}\u{2028}\u{7c}\u{7c}
partition	é\u{2000}\u{2028} \u{2000}baaa\u{2000}	é			\u{7c}é\u{7c}\u{2000}\u{2028} \u{2000}baaa\u{2000}
rpartition	\u{1c}aaabb	ab			\u{1c}aa\u{7c}ab\u{7c}b
partition	\u{2000}xx,ab\u{2000}\u{2000}	ab			\u{2000}xx,\u{7c}ab\u{7c}\u{2000}\u{2000}
rpartition	\t\u{1c}日aab日	 			\u{7c}\u{7c}\t\u{1c}日aab日
rpartition	\tab	a			\t\u{7c}a\u{7c}b
rpartition	日,é\nb\ta 	é			日,\u{7c}é\u{7c}\nb\ta\u{20}
rpartition	\t 	a			\u{7c}\u{7c}\t\u{20}
partition	\u{2028}\r\n 	a			\u{2028}\r\n \u{7c}\u{7c}
rpartition	aaaa\né	é			aaaa\n\u{7c}é\u{7c}
partition	\u{1c}aaébbx	 			\u{1c}aaébbx\u{7c}\u{7c}
partition	\ta	é			\ta\u{7c}\u{7c}
partition	\r\naa\t\r\n\réax\u{2028}				!ValueError: empty separator
partition	x\u{2000}日aa\r	ab			x\u{2000}日aa\r\u{7c}\u{7c}
partition	\u{2028}ab	a			\u{2028}\u{7c}a\u{7c}b
"#;

    const CASE: &str = r#"
ΣΑΣ	ΣΑΣ	σας	Σας	Σας	σας	σασ
ΑΣ Σ	ΑΣ Σ	ας σ	Ας Σ	Ας σ	ας σ	ασ σ
aΣ.	AΣ.	aς.	Aς.	Aς.	Aς.	aσ.
Σa	ΣA	σa	Σa	Σa	σA	σa
hello world	HELLO WORLD	hello world	Hello World	Hello world	HELLO WORLD	hello world
they're bill's	THEY'RE BILL'S	they're bill's	They'Re Bill'S	They're bill's	THEY'RE BILL'S	they're bill's
ǆemal	ǄEMAL	ǆemal	ǅemal	ǅemal	ǄEMAL	ǆemal
ﬁsh	FISH	ﬁsh	Fish	Fish	FISH	fish
ß	SS	ß	Ss	Ss	SS	ss
İstanbul	İSTANBUL	i̇stanbul	İstanbul	İstanbul	i̇STANBUL	i̇stanbul
ΌΣΟΣ	ΌΣΟΣ	όσος	Όσος	Όσος	όσος	όσοσ
aΣ́b	AΣ́B	aσ́b	Aσ́B	Aσ́b	Aσ́B	aσ́b
aΣ́	AΣ́	aς́	Aς́	Aς́	Aς́	aσ́
AͅΣ	AΙΣ	aͅς	Aͅς	Aͅς	aΙς	aισ
3abc	3ABC	3abc	3Abc	3abc	3ABC	3abc
a1b2	A1B2	a1b2	A1B2	A1b2	A1B2	a1b2
ǅ	Ǆ	ǆ	ǅ	ǅ	ǅ	ǆ
Ǆǆ	ǄǄ	ǆǆ	ǅǆ	ǅǆ	ǆǄ	ǆǆ
ᾳ	ΑΙ	ᾳ	ᾼ	ᾼ	ΑΙ	αι
ΐ	Ϊ́	ΐ	Ϊ́	Ϊ́	Ϊ́	ΐ
ŉ	ʼN	ŉ	ʼN	ʼN	ʼN	ʼn
ﬃ	FFI	ﬃ	Ffi	Ffi	FFI	ffi
Ꭰꭰ	ᎠᎠ	ꭰꭰ	Ꭰꭰ	Ꭰꭰ	ꭰᎠ	ᎠᎠ
ABC def	ABC DEF	abc def	Abc Def	Abc def	abc DEF	abc def
aBc DeF	ABC DEF	abc def	Abc Def	Abc def	AbC dEf	abc def
						
 	 	 	 	 	 	\u{20}
ǈ	Ǉ	ǉ	ǈ	ǈ	ǈ	ǉ
ΣΣ	ΣΣ	σς	Σς	Σς	σς	σσ
xΣ	XΣ	xς	Xς	Xς	Xς	xσ
ΣΣΣ x	ΣΣΣ X	σσς x	Σσς X	Σσς x	σσς X	σσσ x
ʰΣ	ʰΣ	ʰσ	ʰσ	ʰσ	ʰσ	ʰσ
Aʰ Σ	Aʰ Σ	aʰ σ	Aʰ Σ	Aʰ σ	aʰ σ	aʰ σ
"#;

    const PREDICATES: &str = r#"
	000000000011
abc	011001000111
ABC	011010000111
Abc	011000100111
Abc Def	000000100011
abc1	001001000111
123	101000011011
١٢٣	101000011010
²	101000001010
½	001000001010
一	011000001110
Ⅻ	001010101110
 \t\n	000100000001
\u{1c}	000100000001
\u{3000}	000100000000
ǅ	011000100110
ǅa	011000100110
Ǆa	011000100110
a_b	000001000111
_a	000001000111
1a	001001000011
é	011001000110
x́	000001000110
ℌ	011010100110
\u{7f}	000000000001
a b	000001000011
\u{ad}	000000000000
\u{200b}	000000000000
Ab1 C	000000100011
ΣΑ	011010000110
i̇	000001000110
ß	011001000110
ʰ	011001000110
$	000000000011
a$	000001000011
αβγ	011001000110
Αβγ	011000100110
𝟎	101000011010
🎉	000000000010
aB	011000000111
\u{2028}	000100000000
"#;

    const REPR: &str = r#"
	''	''
a'b	\u{22}a'b\u{22}	\u{22}a'b\u{22}
a\u{22}b	'a\u{22}b'	'a\u{22}b'
a'\u{22}b	'a\\'\u{22}b'	'a\\'\u{22}b'
\\	'\\\\'	'\\\\'
\n\t\r	'\\n\\t\\r'	'\\n\\t\\r'
\u{0}\u{1f}\u{7f}	'\\x00\\x1f\\x7f'	'\\x00\\x1f\\x7f'
é	'é'	'\\xe9'
\u{80}\u{9f}\u{a0}\u{ad}	'\\x80\\x9f\\xa0\\xad'	'\\x80\\x9f\\xa0\\xad'
\u{2028}	'\\u2028'	'\\u2028'
日本	'日本'	'\\u65e5\\u672c'
😀	'😀'	'\\U0001f600'
\u{e0001}	'\\U000e0001'	'\\U000e0001'
\u{d7ff}	'\\ud7ff'	'\\ud7ff'
\u{feff}	'\\ufeff'	'\\ufeff'
\u{378}	'\\u0378'	'\\u0378'
\u{10ffff}	'\\U0010ffff'	'\\U0010ffff'
á	'á'	'a\\u0301'
'	\u{22}'\u{22}	\u{22}'\u{22}
\u{22}	'\u{22}'	'\u{22}'
'\u{22}	'\\'\u{22}'	'\\'\u{22}'
 ~	' ~'	' ~'
\u{a0}	'\\xa0'	'\\xa0'
\u{3000}	'\\u3000'	'\\u3000'
𝐀	'𝐀'	'\\U0001d400'
"#;

    const SLICE: &str = r#"
9	-2	N	-3	7,-1,-3,3
1	0	-9223372036854775808	1	0,0,1,0
10	25	N	3	10,10,3,0
1	-1	9223372036854775807	1	0,1,1,1
20	N	-1	9223372036854775807	0,19,9223372036854775807,1
10	-1	9223372036854775807	-3	9,9,-3,0
15	-9223372036854775808	21	-1	-1,14,-1,0
5	-24	-9223372036854775808	5	0,0,5,0
1	N	N	9223372036854775807	0,1,9223372036854775807,1
10	N	12	9223372036854775807	0,10,9223372036854775807,1
5	0	0	-9223372036854775808	0,0,-9223372036854775807,0
0	-1	-1	9223372036854775807	0,0,9223372036854775807,0
6	-1	-10	-9223372036854775808	5,-1,-9223372036854775807,1
1	0	-9223372036854775808	2	0,0,2,0
10	9223372036854775807	-1	5	10,9,5,0
1	0	9223372036854775807	-3	0,0,-3,0
10	-8	0	5	2,0,5,0
0	-1	9223372036854775807	1	0,0,1,0
3	0	22	1	0,3,1,3
10	0	-17	-2	0,-1,-2,1
10	-9223372036854775808	19	-3	-1,9,-3,0
14	-1	-5	5	13,9,5,0
10	-1	N	1	9,10,1,1
1	17	9223372036854775807	-9223372036854775808	0,0,-9223372036854775807,0
10	-9223372036854775808	-24	9223372036854775807	0,0,9223372036854775807,0
1	-9223372036854775808	-9223372036854775808	-1	-1,-1,-1,0
5	-1	N	2	4,5,2,1
1	N	2	-3	0,0,-3,0
10	0	-11	-2	0,-1,-2,1
5	N	9223372036854775807	2	0,5,2,3
1	0	9223372036854775807	3	0,1,3,1
0	0	N	3	0,0,3,0
1	9223372036854775807	-25	-1	0,-1,-1,1
5	-1	-24	5	4,0,5,0
5	-13	0	9223372036854775807	0,0,9223372036854775807,0
1	-14	-1	-3	-1,0,-3,0
1	-1	-9223372036854775808	3	0,0,3,0
0	-22	13	3	0,0,3,0
5	N	19	-1	4,4,-1,0
9	N	9223372036854775807	9223372036854775807	0,9,9223372036854775807,1
3	-1	-9223372036854775808	5	2,0,5,0
0	N	0	-3	-1,-1,-3,0
0	9223372036854775807	9223372036854775807	2	0,0,2,0
10	N	-14	2	0,0,2,0
5	N	-5	5	0,0,5,0
0	9223372036854775807	-1	-3	-1,-1,-3,0
0	9223372036854775807	0	2	0,0,2,0
5	0	-1	-3	0,4,-3,0
0	9223372036854775807	-3	5	0,0,5,0
0	-9223372036854775808	-9223372036854775808	3	0,0,3,0
18	9223372036854775807	0	-9223372036854775808	17,0,-9223372036854775807,1
1	N	-9223372036854775808	5	0,0,5,0
10	9223372036854775807	N	-1	9,-1,-1,10
10	N	4	9223372036854775807	0,4,9223372036854775807,1
9	-1	16	-9223372036854775808	8,8,-9223372036854775807,0
4	-1	0	-2	3,0,-2,2
8	9223372036854775807	-16	-1	7,-1,-1,8
10	0	9223372036854775807	-9223372036854775808	0,9,-9223372036854775807,0
10	-24	-1	9223372036854775807	0,9,9223372036854775807,1
9	N	9223372036854775807	-1	8,8,-1,0
10	-1	9223372036854775807	2	9,10,2,1
10	0	0	2	0,0,2,0
10	9223372036854775807	9223372036854775807	3	10,10,3,0
0	0	-9223372036854775808	-2	-1,-1,-2,0
0	9223372036854775807	0	9223372036854775807	0,0,9223372036854775807,0
0	N	0	-1	-1,-1,-1,0
5	9223372036854775807	9223372036854775807	1	5,5,1,0
1	9223372036854775807	-1	9223372036854775807	1,0,9223372036854775807,0
0	0	0	1	0,0,1,0
10	9223372036854775807	-8	1	10,2,1,0
0	-3	N	-9223372036854775808	-1,-1,-9223372036854775807,0
10	-9223372036854775808	N	-2	-1,-1,-2,0
5	-9223372036854775808	-9223372036854775808	3	0,0,3,0
1	-9223372036854775808	N	2	0,1,2,1
10	0	0	5	0,0,5,0
17	3	9223372036854775807	-9223372036854775808	3,16,-9223372036854775807,0
13	N	-1	1	0,12,1,12
10	-1	N	-1	9,-1,-1,10
1	0	0	9223372036854775807	0,0,9223372036854775807,0
6	-1	N	-9223372036854775808	5,-1,-9223372036854775807,1
10	0	-8	-3	0,2,-3,0
5	9223372036854775807	N	-9223372036854775808	4,-1,-9223372036854775807,1
0	-1	N	9223372036854775807	0,0,9223372036854775807,0
5	-1	N	9223372036854775807	4,5,9223372036854775807,1
5	N	-9223372036854775808	1	0,0,1,0
1	-9223372036854775808	-1	9223372036854775807	0,0,9223372036854775807,0
1	0	9223372036854775807	9223372036854775807	0,1,9223372036854775807,1
10	9223372036854775807	0	3	10,0,3,0
3	-9223372036854775808	-9223372036854775808	-2	-1,-1,-2,0
0	0	-5	3	0,0,3,0
9	-1	-1	-3	8,8,-3,0
16	N	9223372036854775807	-3	15,15,-3,0
10	0	9223372036854775807	3	0,10,3,4
18	0	N	2	0,18,2,9
0	0	-9223372036854775808	9223372036854775807	0,0,9223372036854775807,0
5	-9223372036854775808	-9223372036854775808	3	0,0,3,0
8	-1	-9223372036854775808	-3	7,-1,-3,3
0	9223372036854775807	0	-3	-1,-1,-3,0
4	25	9223372036854775807	9223372036854775807	4,4,9223372036854775807,0
10	-9223372036854775808	-1	2	0,9,2,5
0	-9223372036854775808	-1	2	0,0,2,0
0	-1	16	-2	-1,-1,-2,0
1	N	11	1	0,1,1,1
10	N	9223372036854775807	-3	9,9,-3,0
20	-9223372036854775808	21	-3	-1,19,-3,0
10	20	13	9223372036854775807	10,10,9223372036854775807,0
1	15	-16	2	1,0,2,0
5	9223372036854775807	-1	-3	4,4,-3,0
17	0	9223372036854775807	9223372036854775807	0,17,9223372036854775807,1
1	-14	0	1	0,0,1,0
0	0	9223372036854775807	1	0,0,1,0
1	-9223372036854775808	-18	-3	-1,-1,-3,0
0	N	0	-9223372036854775808	-1,-1,-9223372036854775807,0
1	9223372036854775807	0	-3	0,0,-3,0
6	0	-1	3	0,5,3,2
20	-3	0	-1	17,0,-1,17
10	13	-14	2	10,0,2,0
0	-9223372036854775808	6	-9223372036854775808	-1,-1,-9223372036854775807,0
2	N	N	-2	1,-1,-2,1
5	-1	N	-9223372036854775808	4,-1,-9223372036854775807,1
"#;
}
