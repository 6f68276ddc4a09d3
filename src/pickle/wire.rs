//! The byte level of the pickle format: varints, zigzag ints, length-prefixed strings, and a bounds-checked reader.

/// A malformed pickle: the message of the `UnpicklingError`.
#[derive(Debug)]
pub struct Bad(pub String);

impl Bad {
    pub fn new(msg: impl Into<String>) -> Bad {
        Bad(msg.into())
    }
}

pub type Got<T> = Result<T, Bad>;

/// Appends encoded items to a byte vector.
#[derive(Default)]
pub struct Out {
    pub buf: Vec<u8>,
}

impl Out {
    pub fn u8(&mut self, b: u8) {
        self.buf.push(b);
    }

    /// LEB128: seven bits a byte, low first.
    pub fn varint(&mut self, mut v: u64) {
        while v >= 0x80 {
            self.buf.push((v as u8) | 0x80);
            v >>= 7;
        }
        self.buf.push(v as u8);
    }

    /// A signed int as a varint, small magnitudes short (zigzag).
    pub fn zigzag(&mut self, v: i64) {
        self.varint(((v << 1) ^ (v >> 63)) as u64);
    }

    pub fn f64(&mut self, f: f64) {
        self.buf.extend_from_slice(&f.to_le_bytes());
    }

    /// Length, then the bytes.
    pub fn bytes(&mut self, b: &[u8]) {
        self.varint(b.len() as u64);
        self.buf.extend_from_slice(b);
    }

    pub fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes());
    }
}

/// Reads encoded items; every read checks the remaining length, so a
/// truncated input is an error and no length read from the input makes
/// it allocate more than the input holds.
pub struct In<'a> {
    data: &'a [u8],
    pos: usize,
}

impl<'a> In<'a> {
    pub fn new(data: &'a [u8]) -> In<'a> {
        In { data, pos: 0 }
    }

    pub fn at_end(&self) -> bool {
        self.pos == self.data.len()
    }

    pub fn remaining(&self) -> usize {
        self.data.len() - self.pos
    }

    fn truncated() -> Bad {
        Bad::new("pickle data was truncated")
    }

    pub fn u8(&mut self) -> Got<u8> {
        let b = *self.data.get(self.pos).ok_or_else(Self::truncated)?;
        self.pos += 1;
        Ok(b)
    }

    pub fn take(&mut self, n: usize) -> Got<&'a [u8]> {
        if n > self.remaining() {
            return Err(Self::truncated());
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }

    pub fn varint(&mut self) -> Got<u64> {
        let mut v: u64 = 0;
        for shift in (0..64).step_by(7) {
            let b = self.u8()?;
            let bits = (b & 0x7f) as u64;
            if shift == 63 && bits > 1 {
                return Err(Bad::new("integer too large in pickle data"));
            }
            v |= bits << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
        }
        Err(Bad::new("integer too large in pickle data"))
    }

    pub fn zigzag(&mut self) -> Got<i64> {
        let v = self.varint()?;
        Ok(((v >> 1) as i64) ^ -((v & 1) as i64))
    }

    /// A varint that must fit a `u32`.
    pub fn u32(&mut self) -> Got<u32> {
        u32::try_from(self.varint()?).map_err(|_| Bad::new("integer too large in pickle data"))
    }

    /// A count of items that each take at least one more byte of input.
    pub fn count(&mut self) -> Got<usize> {
        let n = self.varint()?;
        if n > self.remaining() as u64 {
            return Err(Self::truncated());
        }
        Ok(n as usize)
    }

    /// A count of values already on the unpickler's stack (not bounded by the input left).
    pub fn small(&mut self) -> Got<usize> {
        usize::try_from(self.varint()?).map_err(|_| Bad::new("integer too large in pickle data"))
    }

    pub fn i32(&mut self) -> Got<i32> {
        i32::try_from(self.zigzag()?).map_err(|_| Bad::new("integer too large in pickle data"))
    }

    pub fn f64(&mut self) -> Got<f64> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(f64::from_le_bytes(a))
    }

    pub fn bytes(&mut self) -> Got<&'a [u8]> {
        let n = self.count()?;
        self.take(n)
    }

    pub fn str(&mut self) -> Got<&'a str> {
        std::str::from_utf8(self.bytes()?).map_err(|_| Bad::new("invalid UTF-8 in pickle data"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips() {
        let mut o = Out::default();
        let ints = [0i64, 1, -1, 63, -64, 64, i64::MAX, i64::MIN, 300, -300];
        for i in ints {
            o.zigzag(i);
        }
        o.varint(u64::MAX);
        o.str("héllo");
        o.f64(-0.5);
        let mut r = In::new(&o.buf);
        for i in ints {
            assert_eq!(r.zigzag().unwrap(), i);
        }
        assert_eq!(r.varint().unwrap(), u64::MAX);
        assert_eq!(r.str().unwrap(), "héllo");
        assert_eq!(r.f64().unwrap(), -0.5);
        assert!(r.at_end());
        assert!(r.u8().is_err());
    }

    #[test]
    fn rejects_overlong_and_huge() {
        assert!(In::new(&[0xff; 11]).varint().is_err());
        assert!(In::new(&[0x80, 0x80, 0x80]).varint().is_err());
        // A length far beyond the input is an error, not an allocation.
        let mut o = Out::default();
        o.varint(1 << 40);
        assert!(In::new(&o.buf).bytes().is_err());
        assert!(In::new(&o.buf).count().is_err());
    }
}
