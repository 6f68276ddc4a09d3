# Importing a module that does not compile raises SyntaxError with Python's
# attributes: the file, the line, the offending source line.
import sys

try:
    import broken_syntax
except SyntaxError as e:
    print(type(e).__name__, e.lineno, repr(e.text))
    print(e.filename.endswith("broken_syntax.sl"), isinstance(e.offset, int))
print("broken_syntax" in sys.modules)
