# Classes, generators and a standard module together: a tiny geometry report.
import math


class Shape:
    """A named shape; subclasses give the area and perimeter."""

    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        raise NotImplementedError

    def perimeter(self):
        raise NotImplementedError

    def __lt__(self, other):
        return self.area() < other.area()

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, self.name)


class Circle(Shape):
    def __init__(self, name, r):
        super().__init__(name)
        self.r = r

    def area(self):
        return math.pi * self.r ** 2

    def perimeter(self):
        return 2 * math.pi * self.r


class Rect(Shape):
    def __init__(self, name, w, h):
        super().__init__(name)
        self.w, self.h = w, h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)

    @property
    def is_square(self):
        return self.w == self.h


class Square(Rect):
    def __init__(self, name, side):
        super().__init__(name, side, side)


def shapes_from(spec):
    """Yields shapes from lines like 'circle c1 2.0'."""
    for line in spec.strip().splitlines():
        kind, name, *dims = line.split()
        dims = [float(d) for d in dims]
        if kind == "circle":
            yield Circle(name, *dims)
        elif kind == "rect":
            yield Rect(name, *dims)
        elif kind == "square":
            yield Square(name, *dims)
        else:
            raise ValueError("unknown shape kind: " + kind)


SPEC = """
circle wheel 1.5
rect door 0.9 2.1
square tile 0.3
rect board 4 4
circle coin 0.012
"""

shapes = list(shapes_from(SPEC))
print("made", Shape.count, "shapes")
for s in sorted(shapes):
    print(f"{s!r:>14} area={s.area():9.4f} perimeter={s.perimeter():8.3f}")
print("largest:", max(shapes), "smallest:", min(shapes))
print("squares:", [s.name for s in shapes if isinstance(s, Rect) and s.is_square])
total = sum(s.area() for s in shapes)
print("total area %.3f, mean %.3f" % (total, total / len(shapes)))
try:
    list(shapes_from("hexagon h 1"))
except ValueError as e:
    print("error:", e)
