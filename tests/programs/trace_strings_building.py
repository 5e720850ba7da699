# string work in hot loops: building, slicing, methods, formatting, joins, counting
words = "the quick brown fox jumps over the lazy dog".split()
out = []
for i in range(2000):
    w = words[i % len(words)]
    if i % 3 == 0:
        w = w.upper()
    elif i % 3 == 1:
        w = w[::-1]
    else:
        w = w.capitalize()
    out.append(f"{i:04d}:{w:<6}|")
s = "".join(out)
print(len(s), s[:60], s[-30:])
print(s.count("EHT"), s.find("Dog"), s.rfind("0001"))
freq = {}
for ch in s:
    if ch.isalpha():
        freq[ch.lower()] = freq.get(ch.lower(), 0) + 1
print(sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:8])
acc = ""
for i in range(500):
    acc += chr(97 + i % 26)
    if len(acc) > 40:
        acc = acc[10:]
print(acc)
lines = [("%-5s %5.2f %x" % (w, len(w) / 3, i)) for i, w in enumerate(words * 3)]
print(lines[:4], lines[-1])
print("-".join(str(n) for n in range(20)).replace("-1", "~"))
table = str.maketrans("abc", "xyz", "o")
print("a bad cobra".translate(table), "tab\tsep".expandtabs(4), "x".center(9, "*"))
print(" ".join(w.title().swapcase() for w in words), "Straße".casefold(), "ǅ".lower())
