# bytes: literals, len, indexing, slicing, +, *, comparisons, repr, hashing,
# iteration, the constructor, encode/decode and the common methods
b = b'ab\x00c\'"\n'
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], b[5:1], b[:])
print(b + b'zz', b'x' * 3, 2 * b'yo', b'' * 5)
print(b'abc' == b'abc', b'abc' != b'abd', b'abc' < b'abd', b'b' > b'abc', b'' <= b'')
print(b'a' in b'cab', b'ab' in b'cab', 97 in b'a', 98 in b'a')
print(hash(b'x') == hash(b'x'), {b'k': 1}[b'k'], sorted({b'b', b'a'}))
print(list(b'hi'), [c for c in b'\x01\x02'], bytes([104, 105]), bytes(3), bytes(), bytes(b'same'))
print('h\u00e9llo'.encode(), 'abc'.encode('ascii'), b'h\xc3\xa9'.decode(), b'abc'.decode('latin-1'))
print(repr(b"it's"), repr(b'both \' and "'), str(b'q'), b''.hex(), b'\x01\xff'.hex())
print(type(b), isinstance(b, bytes), bool(b''), bool(b'0'))
print(b'-'.join([b'a', b'b']), b'abcabc'.count(b'bc'), b'abc'.find(b'c'), b'abc'.find(b'z'))
print(b'abc'.startswith(b'ab'), b'abc'.endswith(b'bc'), b'\t\r\x7f\x80')
print(b'adjacent' b' literals', rb'raw\n', f"{b'fmt'!r}", "%r" % b'pct')
for bad in [lambda: b'a' + 'b', lambda: b'a'[5], lambda: 'a' in b'a', lambda: bytes('x'),
            lambda: bytes([300]), lambda: b'\xff'.decode(), lambda: 'é'.encode('ascii')]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
