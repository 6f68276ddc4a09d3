# scheduler.rst's "detecting uncooperative tasklets": the interrupted
# tasklet's stack printed with traceback.print_stack(t.frame), and the
# frame objects' attributes.
import stackless
import sys
import traceback

def helper(n):
    total = 0
    while True: total += n
    return total

def spin():
    try:
        helper(3)
    finally:
        print("spin's finally ran")

t = stackless.tasklet(spin)()
r = stackless.run(1000)
if r is not None:
    r.insert()
    print("*** Uncooperative tasklet detected ***", r is t)
    traceback.print_stack(r.frame, file=sys.stdout)
f = t.frame
print("newest:", f.f_code.co_name, f.f_lineno, "caller:", f.f_back.f_code.co_name, f.f_back.f_lineno)
print("bottom:", f.f_back.f_back is None, "globals are the module's:", f.f_globals is globals())
print("code:", f.f_code.co_filename == __file__ if "__file__" in globals() else True, f.f_code.co_firstlineno)
print("limit=1:", traceback.format_stack(f, limit=1) == traceback.format_stack(f)[-1:])
print("frame repr:", repr(f).startswith("<frame at "))
t.kill()
print("dead tasklet's frame:", t.frame)
print("new tasklet's frame:", stackless.tasklet(spin).frame)
try:
    traceback.print_stack(42)
except (TypeError, AttributeError):
    print("print_stack(42) fails")
