# pickle.dump / pickle.load with binary files: several pickles in one file
# are read back one at a time; text files and short files are errors
import pickle

path = "file_dump_load_scratch.bin"
with open(path, "wb") as f:
    pickle.dump({"first": [1, 2]}, f)
    pickle.dump(("second", b"\x00"), f, protocol=2)
    pickle.dump(None, f)
with open(path, "rb") as f:
    print(pickle.load(f))
    print(pickle.load(f))
    print(pickle.load(f))
    try:
        pickle.load(f)
    except EOFError as e:
        print("EOFError:", e)
data = open(path, "rb").read()
with open(path, "wb") as f:
    f.write(data[:10])
with open(path, "rb") as f:
    try:
        pickle.load(f)
    except pickle.UnpicklingError as e:
        print("UnpicklingError:", e)
with open(path, "w") as f:
    f.write("text")
with open(path) as f:
    try:
        pickle.load(f)
    except TypeError as e:
        print("TypeError:", e)
