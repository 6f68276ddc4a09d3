# a module imported by import_modules.sl
print("geometry loading as", __name__)
import registry
registry.register(__name__)
PI = 3.14159

def area(r):
    return PI * r * r

def broken():
    return undefined_name

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y

    def __repr__(self):
        return "Point(%r, %r)" % (self.x, self.y)
