# Non-BMP and non-ASCII text: length, indexing, slicing, reversal, ord/chr.

s = "a𝄞b😀c"
print(s, len(s), s[1], s[3], s[-1], s[-2])
print(s[1:4], s[::-1], s[::2], s[1::2], s[-3:])
print([ch for ch in s])
print([ord(ch) for ch in s])
print(chr(0x1D11E), chr(128512), chr(233), chr(0x4E2D))
print(chr(0x1F600) == "😀", "\U0001F600" == "😀", "\u00e9" == "é")

text = "Grüße, 世界! 𝄞😀 café"
print(len(text), text.upper(), text.lower())
print(text.find("世"), text.find("😀"), text.index("c"), text.count("é"))
print(text.split(" "), text.replace("😀", ":)"))
print(text[::-1])
print("😀" in text, "🙂" in text, text.startswith("Grü"), text.endswith("é"))

emoji = "😀😁😂🤣😃"
print(len(emoji), emoji[2], emoji[1:3], emoji[::-1], emoji[-1:-4:-1])
for i, e in enumerate(emoji):
    print(i, e, hex(ord(e)))

def reverse_words(line):
    return " ".join(w[::-1] for w in line.split())

print(reverse_words("héllo wörld 𝄞music😀"))
print(repr("𝄞"), repr("é"), repr("\x00\x7f"), repr("\u200b"), ascii("é😀"))
print("ß".upper(), "ÉCOLE".lower(), "ñ".upper(), "ω".upper())
print("Ωmega".isalpha(), "é1".isalnum(), "😀".isalpha(), "𝄞".isprintable())
print(sorted("b😀aé𝄞"), max("abc😀"), min("zé😀"))
print("😀" < "𝄞", "é" > "z", "a" < "B")

chars = list("𝄞x😀")
chars.reverse()
print("".join(chars), "-".join("日本語"), "😀" * 3)
print(f"{'😀':*^7}|{'𝄞':>3}|{'é':<3}|")
print("😀abc".center(9, "."), "é".ljust(3, "_"), "x".rjust(4, "😀"))
print(str(len("\U0010FFFF")), "\N{GREEK SMALL LETTER ALPHA}", "\t|\\|\"")
word = "naïve 😀"
print(len(word), word.title(), word.split("ï"), word.index("😀"))
