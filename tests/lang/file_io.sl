# open() for text files: write, append, read, readline(s), iterate lines, with, errors
path = "file_io_scratch.txt"
with open(path, "w") as f:
    n = f.write("alpha\nbeta\n")
    print("wrote", n)
with open(path, "a") as f:
    f.write("gamma\n")
f = open(path)
print(repr(f.readline()), f.readlines())
f.close()
with open(path) as f:
    for i, line in enumerate(f):
        print(i, line.rstrip("\n"))
with open(path) as f:
    text = f.read()
print(len(text), text.count("\n"), text.splitlines())
with open(path, "w") as f:
    print("via print", 42, file=f)
print(open(path).read(), end="")
try:
    open("no/such/dir/file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError", e.args[0] if e.args else "")
except OSError as e:
    print("OSError", type(e).__name__)
