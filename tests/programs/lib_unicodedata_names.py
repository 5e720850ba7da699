# Character names and numeric values with unicodedata: name/lookup round trips over whole
# blocks, Hangul syllables and CJK ideographs (algorithmic names), aliases and named
# sequences, numeric/decimal/digit values, the Unicode 3.2.0 database, and the errors.
import unicodedata

print(unicodedata.unidata_version, unicodedata.ucd_3_2_0.unidata_version)
print(type(unicodedata.ucd_3_2_0).__name__, type(unicodedata.ucd_3_2_0) is unicodedata.UCD)



def try_lookup(name):
    try:
        return unicodedata.lookup(name)
    except KeyError:
        return None


print("== round trips over blocks")
blocks = {
    "Latin-1": (0x00A0, 0x0100),
    "Greek": (0x0370, 0x0400),
    "Hebrew": (0x0590, 0x0600),
    "Devanagari": (0x0900, 0x0980),
    "Hangul syllables": (0xAC00, 0xD7A4),
    "CJK Ext A": (0x3400, 0x4DC0),
    "CJK": (0x4E00, 0xA000),
    "CJK compatibility": (0xF900, 0xFB00),
    "Arabic presentation": (0xFB50, 0xFE00),
    "Math alphanumerics": (0x1D400, 0x1D800),
    "Emoji": (0x1F300, 0x1FA00),
    "CJK Ext B": (0x20000, 0x2A6E0),
    "Tangut": (0x17000, 0x18800),
}
# names made by a formula (Hangul syllables, CJK unified ideographs) are checked at every 13th
# code point and the block's last: the same formula at 82 000 code points costs seconds per
# pipeline and finds nothing more
FORMULA = {"Hangul syllables", "CJK Ext A", "CJK", "CJK Ext B"}
for label, (lo, hi) in blocks.items():
    named = ok = lower_ok = 0
    unnamed = []
    for cp in (sorted(set(range(lo, hi, 13)) | {hi - 1}) if label in FORMULA else range(lo, hi)):
        c = chr(cp)
        n = unicodedata.name(c, None)
        if n is None:
            unnamed.append(cp)
            continue
        named += 1
        if unicodedata.lookup(n) == c:
            ok += 1
        if try_lookup(n.lower()) == c:
            lower_ok += 1
    first = unicodedata.name(chr(lo), "-")
    print("%-20s named=%5d roundtrip=%5d lower=%5d unnamed=%5d first=%s" % (label, named, ok, lower_ok, len(unnamed), first))

print("== Hangul and CJK names")
for cp in (0xAC00, 0xAC01, 0xAE4C, 0xB137, 0xD7A3, 0x4E00, 0x9FFF, 0x3400, 0x20000, 0x2A6DF, 0x2B738, 0x30000, 0x3134A):
    print("U+%05X %s" % (cp, unicodedata.name(chr(cp))))
for n in ["HANGUL SYLLABLE GAGG", "HANGUL SYLLABLE PWILH", "HANGUL SYLLABLE A", "CJK UNIFIED IDEOGRAPH-4E2D", "CJK UNIFIED IDEOGRAPH-2A700", "CJK UNIFIED IDEOGRAPH-04E00"]:
    print(n, "->", "U+%04X" % ord(unicodedata.lookup(n)))
for n in ["HANGUL SYLLABLE ", "HANGUL SYLLABLE GAX", "hangul syllable ga", "CJK UNIFIED IDEOGRAPH-4e2d", "CJK UNIFIED IDEOGRAPH-A000", "CJK UNIFIED IDEOGRAPH-123456"]:
    try:
        unicodedata.lookup(n)
    except KeyError as e:
        print("KeyError", e)

print("== aliases and named sequences")
for n in ["BEL", "NBSP", "ZWJ", "BYTE ORDER MARK", "LATIN CAPITAL LETTER GHA", "VS16", "line feed", "PRESENTATION FORM FOR VERTICAL RIGHT WHITE LENTICULAR BRAKCET"]:
    c = unicodedata.lookup(n)
    print("%-30s U+%04X %s" % (n, ord(c), unicodedata.name(c, "<no name>")))
for n in ["LATIN CAPITAL LETTER A WITH MACRON AND GRAVE", "KEYCAP DIGIT ONE", "TAMIL SYLLABLE KSSA", "GEORGIAN LETTER U-BRJGU"]:
    s = unicodedata.lookup(n)
    print(n, len(s), " ".join("%04X" % ord(c) for c in s))
print("\N{BEL}" == "\x07", "\N{LATIN SMALL LETTER SHARP S}", "\N{EM DASH}")

print("== numeric values")
digits = "7٧۷७৭௭๗໗༧၇៧᠗７𝟕🄈"
for c in digits:
    print(
        "U+%05X" % ord(c),
        unicodedata.decimal(c, None),
        unicodedata.digit(c, None),
        unicodedata.numeric(c, None),
        unicodedata.category(c),
        unicodedata.name(c),
    )
for c in "½⅓¾⅞↉⑳⓿Ⅻⅿ万億兆〇𐄳𒐀௰²₉𝍠":
    print("U+%05X %-6s %-6s %r" % (ord(c), unicodedata.decimal(c, "-"), unicodedata.digit(c, "-"), unicodedata.numeric(c, "-")))
total = sum(unicodedata.numeric(c) for c in "½¼¾⅕")
print("sum of fractions", total)
print(int("".join(str(unicodedata.decimal(c)) for c in "١٢٣٤٥")) + 1)

print("== Unicode 3.2.0 (as IDNA's stringprep sees it)")
old = unicodedata.ucd_3_2_0
for c in ["\u0221", "\u20b9", "\u0e33", "\U0001f600", "\u00e9", "\u9fa6", "\u05d0", "\u2f868"[0], "\U0002f868"]:
    print(
        "U+%05X" % ord(c),
        old.category(c),
        unicodedata.category(c),
        repr(old.bidirectional(c)),
        old.east_asian_width(c),
        old.name(c, None),
        " ".join("%04X" % ord(x) for x in old.normalize("NFKC", c)),
        " ".join("%04X" % ord(x) for x in unicodedata.normalize("NFKC", c)),
    )
print(old.numeric("\u2189", None), unicodedata.numeric("\u2189", None), old.decimal("\u1946", None), unicodedata.decimal("\u1946", None))
for n in ["BEL", "LATIN SMALL LETTER A", "INDIAN RUPEE SIGN", "CJK UNIFIED IDEOGRAPH-9FFF"]:
    try:
        print(n, repr(old.lookup(n)))
    except KeyError as e:
        print("KeyError", e)

print("== errors")
cases = [
    (unicodedata.name, ("\x00",)),
    (unicodedata.name, ("ab",)),
    (unicodedata.name, ()),
    (unicodedata.decimal, ("x",)),
    (unicodedata.digit, ("½",)),
    (unicodedata.numeric, ("x",)),
    (unicodedata.decimal, ("1", 2, 3)),
    (unicodedata.lookup, ("NO SUCH CHARACTER",)),
    (unicodedata.lookup, ("A" * 300,)),
    (unicodedata.lookup, (42,)),
    (unicodedata.lookup, (bytearray(b"BEL"),)),
    (unicodedata.category, (b"a",)),
    (unicodedata.UCD, ()),
    (old.category, ()),
    (old.name, ("\U0001f600",)),
]
for f, args in cases:
    try:
        print(repr(f(*args)))
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__ + ":", e)
print(unicodedata.lookup(b"SNOWMAN"), unicodedata.name("\u2603", 0), unicodedata.decimal("x", "n/a"))
try:
    unicodedata.decimal("7", default=0)
except TypeError as e:
    print("TypeError:", e)
try:
    old.unidata_version = "15.0.0"
except AttributeError as e:
    print("AttributeError:", e)
