"""wordfreq: dict- and str-heavy text processing. Generates a pseudo-random
text (own linear congruential generator, no imports) from syllables, then
splits it into lines and words, normalises case and punctuation, counts word
and bigram frequencies in dicts, and prints the most common words."""
import sys

SYLLABLES = ["ka", "lo", "mi", "ren", "to", "sa", "vel", "qui", "do", "ra",
             "en", "thu", "bo", "nix", "pe", "zar", "li", "mo", "an", "es"]
PUNCT = [",", ".", ";", "!", "?", ""]


class Lcg:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) & 0x7FFFFFFF
        return (self.state >> 8) % n


def make_text(words, seed):
    rng = Lcg(seed)
    vocab = []
    for _ in range(600):
        parts = []
        for _ in range(1 + rng.next(3)):
            parts.append(SYLLABLES[rng.next(len(SYLLABLES))])
        vocab.append("".join(parts))
    lines = []
    line = []
    for i in range(words):
        # skewed choice: small indices are much more common
        a = rng.next(len(vocab))
        b = rng.next(len(vocab))
        w = vocab[a if a < b else b]
        r = rng.next(10)
        if r == 0:
            w = w.capitalize()
        elif r == 1:
            w = w.upper()
        w = w + PUNCT[rng.next(len(PUNCT) * 4) // 4] if rng.next(5) == 0 else w
        line.append(w)
        if len(line) >= 8 + rng.next(6):
            lines.append(" ".join(line))
            line = []
    if line:
        lines.append(" ".join(line))
    return "\n".join(lines)


def normalise(word):
    word = word.lower()
    return word.strip(",.;!?")


def count_words(text):
    counts = {}
    bigrams = {}
    prev = None
    for line in text.split("\n"):
        for raw in line.split():
            w = normalise(raw)
            if not w:
                continue
            counts[w] = counts.get(w, 0) + 1
            if prev is not None:
                key = prev + " " + w
                if key in bigrams:
                    bigrams[key] += 1
                else:
                    bigrams[key] = 1
            prev = w
    return counts, bigrams


def top(counts, n):
    items = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return items[:n]


def main():
    words = int(sys.argv[1]) if len(sys.argv) > 1 else 400000
    text = make_text(words, 2024)
    counts, bigrams = count_words(text)
    print("words: %d distinct: %d bigrams: %d" % (sum(counts.values()), len(counts), len(bigrams)))
    for word, c in top(counts, 8):
        print("%-12s %6d" % (word, c))
    for pair, c in top(bigrams, 3):
        print("%-24s %6d" % (pair, c))
    longest = max(counts, key=lambda w: (len(w), w))
    letters = {}
    for w, c in counts.items():
        for ch in w:
            letters[ch] = letters.get(ch, 0) + c
    print("longest:", longest)
    print("letters:", "".join(ch for ch, _ in top(letters, 10)))


main()
