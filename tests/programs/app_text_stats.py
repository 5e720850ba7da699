# text statistics: word frequencies with re and Counter, sentence splitting, textwrap output
import re
import textwrap
from collections import Counter

TEXT = """It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope, it was
the winter of despair. We had everything before us, we had nothing before us; we were all
going direct to Heaven, we were all going direct the other way."""

words = re.findall(r"[a-z']+", TEXT.lower())
freq = Counter(words)
print(len(words), len(freq))
print(freq.most_common(6))
print(sorted(w for w, n in freq.items() if n == 1)[:10])
sentences = [s.strip() for s in re.split(r"(?<=[.;])\s+", TEXT) if s.strip()]
print(len(sentences), [len(s.split()) for s in sentences])
pairs = Counter(zip(words, words[1:]))
print(pairs.most_common(3))
print(textwrap.fill(" ".join(sentences[-1].split()), width=40))
print(textwrap.shorten(TEXT, width=60, placeholder=" [...]"))
print(textwrap.indent("a\nb\n\nc", "> "))
caps = re.sub(r"\b(\w)(\w*)", lambda m: m.group(1).upper() + m.group(2), "the age of wisdom")
print(caps, re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world foo bar"))
print(re.findall(r"\b(\w+) of (\w+)", TEXT)[:4])
