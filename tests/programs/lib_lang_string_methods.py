# str methods in text-processing code.
s = "  The Quick Brown Fox  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), s.strip().lower(), s.upper())
t = s.strip()
print(t.split(), t.split(" ", 1), t.rsplit(" ", 1), t.partition(" "), t.rpartition(" "))
print(t.replace("o", "0"), t.replace("o", "0", 1), t.count("o"), t.find("Q"), t.rfind("o"), t.find("z"))
print(t.startswith(("A", "T")), t.endswith("Fox"), t.title(), t.swapcase(), t.casefold())
print("-".join(["a", "b", "c"]), "x".center(7, "*"), "7".zfill(3), "-7".zfill(4), "ab".ljust(4, ".") + "|")
print("a\tb\tc".expandtabs(4), "l1\nl2\r\nl3".splitlines(), "l1\nl2\n".splitlines(keepends=True))
print("abc".isalpha(), "123".isdigit(), "x1".isalnum(), "  ".isspace(), "Title Case".istitle(), "abc".islower())
print("hello world".capitalize(), "straße".upper(), "ǅ".lower(), "İ".lower() == "i̇")
print("prefix_name".removeprefix("prefix_"), "file.txt".removesuffix(".txt"), "aaa".removeprefix("b"))
print("a,b,,c".split(","), ",".join("abc"), "abc"[::-1], "abcdef"[1:5:2], "x" * 3)
print(ord("A"), chr(0x263A), "é".encode(), len("日本語"), "日本語"[1], "%s" % "日本")
print("{} {}".format(*"ab"), str(3.0), str([1, "a"]), repr("it's"), repr('say "hi"'))
print(sorted("banana"), "ban" in "banana", "banana".index("n"), min("hello"), max("hello"))
try:
    "abc".index("z")
except ValueError as e:
    print("ValueError:", e)
table = str.maketrans({"a": "4", "e": "3", "o": None})
print("hello amazing world".translate(table))
print("CamelCaseString".encode().decode(), "".join(c if c.islower() else " " + c for c in "CamelCaseString").strip())
