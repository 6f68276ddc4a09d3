# import forms, module caching, attribute errors, errors raised inside an imported module
import registry
import geometry
import geometry as g
from geometry import area, Point as P
from registry import *
import sys

print(g is geometry, geometry.__name__, registry.names)
print(round(area(2), 3), P(1, 2), names is registry.names)
print("geometry" in sys.modules, type(geometry).__name__)
try:
    geometry.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    from geometry import nothing
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0])
try:
    import no_such_module_here
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e)
try:
    geometry.broken()
except NameError as e:
    print("NameError:", e)
import traceback
try:
    geometry.broken()
except NameError:
    lines = traceback.format_exc().splitlines()
    print(len(lines), lines[0], lines[-1])
    print([l.strip() for l in lines if not l.strip().startswith("File")])
