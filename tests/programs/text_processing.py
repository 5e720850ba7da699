# String processing: word frequencies, wrapping, palindromes, anagrams, run-length encoding.

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""

def words(text):
    cleaned = "".join(c.lower() if c.isalpha() else " " for c in text)
    return cleaned.split()

ws = words(TEXT)
print("words:", len(ws), "distinct:", len(set(ws)))
freq = {}
for w in ws:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
print("top:", top)
print("longest:", max(ws, key=len), "shortest:", min(ws, key=len))
print("avg length: %.3f" % (sum(map(len, ws)) / len(ws)))

def wrap(text, width):
    lines, current = [], ""
    for w in text.split():
        if current and len(current) + 1 + len(w) > width:
            lines.append(current)
            current = w
        else:
            current = current + " " + w if current else w
    if current:
        lines.append(current)
    return lines

for line in wrap(TEXT, 36):
    print("|" + line.ljust(36) + "|")

def is_palindrome(s):
    letters = [c.lower() for c in s if c.isalnum()]
    return letters == letters[::-1]

for s in ["A man, a plan, a canal: Panama", "racecar", "hello", "Was it a car or a cat I saw?", ""]:
    print(repr(s), is_palindrome(s))

def anagram_groups(items):
    groups = {}
    for w in items:
        groups.setdefault("".join(sorted(w)), []).append(w)
    return [g for g in groups.values() if len(g) > 1]

print(anagram_groups(["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog"]))

def rle_encode(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)

def rle_decode(s):
    out, num = [], ""
    for c in s:
        if c.isdigit():
            num += c
        else:
            out.append(c * int(num))
            num = ""
    return "".join(out)

for s in ["aaabccddddd", "abc", "", "zzzzzzzzzzzz"]:
    enc = rle_encode(s)
    print(repr(s), "->", enc, "->", rle_decode(enc) == s)

def title_case(s, minor=("of", "the", "a", "and", "in")):
    parts = s.lower().split()
    return " ".join(p if i and p in minor else p.capitalize() for i, p in enumerate(parts))

print(title_case("the lord of the rings"), "|", title_case("a tale OF two cities"))
vowels = sum(1 for c in TEXT.lower() if c in "aeiou")
print("vowels:", vowels, "lines:", TEXT.count("\n") + 1, "commas:", TEXT.count(","))
acronym = "".join(w[0].upper() for w in "portable network graphics".split())
print(acronym, "snake_case_name".split("_"), "-".join(w.lower() for w in "CamelCase Words Here".split()))
print(" ".join(w[::-1] for w in "reverse each word".split()), "x".join("abc").center(11, "*"))
