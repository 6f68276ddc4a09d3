//! `str` objects: immutable UTF-8 text with its hash and character count cached.

use std::hash::{Hash, Hasher};

pub struct StrObj {
    pub s: Box<str>,
    pub hash: u64,
    /// Number of characters (code points); equals the byte length for ASCII text.
    pub chars: usize,
}

impl StrObj {
    pub fn new(s: &str) -> StrObj {
        StrObj {
            s: s.into(),
            hash: hash_str(s),
            chars: s.chars().count(),
        }
    }

    pub fn is_ascii(&self) -> bool {
        self.chars == self.s.len()
    }

    /// The `i`-th character (0-based, in range).
    pub fn char_at(&self, i: usize) -> char {
        if self.is_ascii() {
            self.s.as_bytes()[i] as char
        } else {
            self.s.chars().nth(i).unwrap_or('\0')
        }
    }
}

pub fn hash_str(s: &str) -> u64 {
    let mut h = std::hash::DefaultHasher::new();
    s.hash(&mut h);
    h.finish()
}

pub const METHODS: &[crate::objects::types::Method] = &[];
