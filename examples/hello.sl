# hello.sl -- a first Slate program: print, a function, a loop, an f-string.
# Run it with:  cargo run --release -- examples/hello.sl
print("Hello from Slate!")


def greet(name, punctuation="!"):
    return "Hello, " + name + punctuation


for who in ["tasklets", "channels", "world"]:
    print(greet(who))

squares = [n * n for n in range(1, 6)]
print(f"squares: {squares}, total {sum(squares)}")
