# wordfreq.sl -- count words with a dict, then rank them with sorted tuples.
text = """
The quick brown fox jumps over the lazy dog. The dog sleeps;
the fox runs. A fox, a dog and a cat walk into the story --
the cat, being a cat, ignores the fox and the dog alike.
"""

# Normalise: lower case, punctuation turned into spaces.
clean = []
for ch in text.lower():
    if ch.isalpha() or ch == " ":
        clean.append(ch)
    else:
        clean.append(" ")
words = "".join(clean).split()

counts = {}
for word in words:
    counts[word] = counts.get(word, 0) + 1

print(len(words), "words,", len(counts), "different")

# Rank by count (highest first), then alphabetically: sort (-count, word) pairs.
ranked = sorted([(-n, word) for word, n in counts.items()])
print("top 5:")
for neg, word in ranked[:5]:
    print("  " + word.ljust(8) + str(-neg).rjust(3) + "  " + "#" * -neg)

once = sorted([word for word in counts if counts[word] == 1])
print("seen once:", ", ".join(once))

by_length = {}
for word in counts:
    by_length.setdefault(len(word), []).append(word)
for size in sorted(by_length):
    print(size, sorted(by_length[size]))
