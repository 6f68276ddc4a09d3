# open() in binary mode: write bytes, read them back whole, in pieces and by line
path = "file_binary_scratch.bin"
with open(path, "wb") as f:
    print(f.write(b"ab\ncd\xff"), f.write(b""))
with open(path, "ab") as f:
    f.write(bytes(range(3)))
f = open(path, "rb")
print(f.read(2), f.readline(), f.read(1), f.read())
print(f.read(), f.readable(), f.writable())
f.close()
with open(path, "rb") as f:
    print(list(f))
with open(path, "rb") as f:
    data = f.read()
print(type(data).__name__, len(data), data[-3:], data.decode("latin-1").encode("latin-1") == data)
for mode, value in [("wb", "text"), ("w", b"bytes")]:
    try:
        with open(path, mode) as f:
            f.write(value)
    except TypeError as e:
        print(mode, e)
