# Text processing with unicodedata: accent stripping, slugs, character classes of a
# multilingual text, column alignment by east asian width, normalization forms.
import unicodedata
from collections import Counter

TEXT = [
    "Crème brûlée à la française",
    "Ærøskøbing — Ørsted, Ålborg",
    "Straße in Köln: 25 °C, naïve café",
    "Ελληνικά: Αθήνα, Θεσσαλονίκη",
    "Русский: Ёлка и ёжик",
    "日本語のテキスト、カタカナとﾊﾝｶｸ",
    "한국어 텍스트: 안녕하세요",
    "العربية: مرحبا ١٢٣",
    "हिन्दी: नमस्ते ४२",
    "ﬁnancial ﬂow, ½ + ¼ = ¾, x² + y³, №7, ℌ𝔢𝔩𝔩𝔬",
    "Emoji 👍🏽 and flags 🇫🇷, keycap 3️⃣",
]


def strip_accents(s):
    decomposed = unicodedata.normalize("NFKD", s)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def slugify(s):
    out = []
    for c in strip_accents(s).lower():
        cat = unicodedata.category(c)
        if cat[0] in "LN":
            out.append(c)
        elif out and out[-1] != "-":
            out.append("-")
    return "".join(out).strip("-")


print("== accents stripped / slugs")
for line in TEXT:
    print(repr(strip_accents(line)))
    print("   ", slugify(line))

print("== categories per line")
for line in TEXT:
    cats = Counter(unicodedata.category(c) for c in line)
    print(line[:12].ljust(12), sorted(cats.items()))

print("== major classes over the whole text")
majors = Counter(unicodedata.category(c)[0] for c in "".join(TEXT))
for k in sorted(majors):
    print(k, majors[k])

print("== bidirectional classes of mixed text")
for c in "aא١1 .٫€\u200f\u202e":
    print("U+%04X %-4s %s" % (ord(c), unicodedata.bidirectional(c), unicodedata.mirrored(c)))
print([unicodedata.mirrored(c) for c in "()[]{}<>«»∑"])


def width(s):
    w = 0
    for c in s:
        if unicodedata.combining(c):
            continue
        w += 2 if unicodedata.east_asian_width(c) in "WF" else 1
    return w


def pad(s, n):
    return s + " " * (n - width(s))


print("== column alignment by east asian width")
rows = [("名前", "値"), ("apple", "りんご"), ("ﾊﾟｿｺﾝ", "パソコン"), ("Ｆｕｌｌ", "full"), ("e\u0301te\u0301", "été"), ("한국", "Korea")]
col = max(width(a) for a, _ in rows)
for a, b in rows:
    print("|" + pad(a, col) + "|" + pad(b, 10) + "|", width(a), width(b))
print(Counter(unicodedata.east_asian_width(c) for c in "".join(TEXT)).most_common())

print("== normalization forms")
samples = [
    "e\u0301",
    "\u00e9",
    "\u1e9b\u0323",
    "\u212b",
    "\uff76\uff9e",
    "\u1100\u1161\u11a8",
    "\uac01",
    "\u0041\u0328\u0301\u0323",
    "\u2460\u00bd\ufb01",
    "\u0958",
    "\U0001d15e",
    "\u0f73\u0f75",
    "q\u0307\u0323",
    "\u1e0b\u0323",
]
for s in samples:
    forms = {f: unicodedata.normalize(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")}
    print(
        " ".join("%04X" % ord(c) for c in s).ljust(22),
        " | ".join("%s=%s" % (f, " ".join("%04X" % ord(c) for c in r)) for f, r in forms.items()),
    )
    print("   ", [unicodedata.is_normalized(f, s) for f in ("NFC", "NFD", "NFKC", "NFKD")])

print("== comparing strings as users mean them")
a, b = "Zoë Saldaña", "Zoe\u0308 Saldan\u0303a"
print(a == b, unicodedata.normalize("NFC", a) == unicodedata.normalize("NFC", b))
print(len(a), len(b), len(unicodedata.normalize("NFD", a)))
print(sorted(["\u00e9clair", "eclair", "e\u0301clair", "Eclair"], key=lambda s: strip_accents(s).casefold()))
words = ["ﬁle", "file", "ＦＩＬＥ", "fíle"]
print({w: strip_accents(unicodedata.normalize("NFKC", w)).casefold() for w in words})

print("== str subclasses come back as they are when already normalized")


class Text(str):
    pass


for s in ["plain", "caf\u00e9", "cafe\u0301", "\uac00", "\u1100\u1161", "\ufb01", "\u0385", "a\u0323\u0307", "a\u0307\u0323"]:
    print(repr(s), [type(unicodedata.normalize(f, Text(s))).__name__ for f in ("NFC", "NFD", "NFKC", "NFKD")])

print("== decompositions")
for c in "é½ﬁ①Åℌ가ｶ㍻ǆ\u0344":
    print("U+%04X" % ord(c), repr(unicodedata.decomposition(c)))

print("== errors")
for f, args in [
    (unicodedata.normalize, ("NFX", "abc")),
    (unicodedata.normalize, (b"NFC", "abc")),
    (unicodedata.normalize, ("NFC", b"abc")),
    (unicodedata.is_normalized, ("nfc", "abc")),
    (unicodedata.combining, ("ab",)),
    (unicodedata.east_asian_width, (65,)),
    (unicodedata.category, ()),
]:
    try:
        print(f(*args))
    except (TypeError, ValueError) as e:
        print(type(e).__name__ + ":", e)
print(repr(unicodedata.normalize("NFX", "")), unicodedata.is_normalized("bogus", ""))
