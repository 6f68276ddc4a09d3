# an uncaught NameError raised three calls deep ends the program with status 1
def parse(line):
    key, _, value = line.partition("=")
    return key.strip(), value.strip()

def load(lines):
    config = {}
    for line in lines:
        key, value = parse(line)
        config[key] = convert(value)
    return config

def convert(text):
    if text.isdigit():
        return int(text)
    return undefined_helper(text)

print(load(["a = 1", "b = 22"]))
print("loading a line that needs the missing helper")
print(load(["c = 3", "d = four"]))
print("never printed")
