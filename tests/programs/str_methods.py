# Common string methods.

s = "  Hello, World!  "
print("[" + s.strip() + "]", "[" + s.lstrip() + "]", "[" + s.rstrip() + "]")
print(s.strip().lower(), s.strip().upper(), s.strip().swapcase(), s.strip().title())
print("xxhixx".strip("x"), "abcba".strip("ab"), "  \t\n z \n".strip())
t = "the quick brown fox jumps over the lazy dog"
print(t.split(), t.split(" ", 2), t.rsplit(" ", 2), t.split("o"))
print("a,b,,c".split(","), "a  b".split(" "), "".split(), "".split(","))
print("line1\nline2\r\nline3".splitlines(), "x\ny\n".splitlines())
print(t.count("o"), t.count("the"), t.find("fox"), t.find("cat"), t.rfind("o"), t.index("dog"))
try:
    t.index("cat")
except ValueError as e:
    print("ValueError:", e)
print(t.replace("the", "a"), t.replace("o", "0", 2))
print(t.startswith("the"), t.startswith(("a", "t")), t.endswith("dog"), t.endswith("cat"))
print(t.capitalize(), "hello world".title(), "HeLLo".casefold())
print("-".join(["a", "b", "c"]), "".join(reversed("stressed")), ", ".join(str(i) for i in range(5)))
print("abc".isalpha(), "abc1".isalnum(), "123".isdigit(), "  ".isspace(), "Abc".istitle(), "abc".islower(), "ABC".isupper())
print("42".zfill(5), "-42".zfill(5), "abc".center(9, "*"), "abc".ljust(6, "."), "abc".rjust(6))
print("a-b-c".partition("-"), "a-b-c".rpartition("-"), "abc".partition("x"))
print("tab\tsep".expandtabs(4), "%", "100%")
print("Hello"[1:4], "Hello"[-3:], "Hello"[::-1], "Hello"[::2], "Hello"[10:], "Hello"[-10:2])
print("ab" * 3, 3 * "-", "a" + "b" + "c", "abc" < "abd", "Z" < "a", "abc" == "abc")
print("pre_name".removeprefix("pre_"), "file.txt".removesuffix(".txt"), "x".removeprefix("y"))
print(str.upper("abc"), "abc".__len__(), "b" in "abc", "ac" in "abc", "" in "abc")
print("{} + {} = {}".format(1, 2, 3), "{1}{0}".format("a", "b"), "{name}!".format(name="hi"))
print(ord("A"), chr(97), "A".lower() + "b".upper(), "x".join("123"))
words = t.split()
print(sorted(words), sorted(words, key=len), max(words, key=len), min(words))
print([w.capitalize() for w in words if len(w) > 3])
print("Mississippi".replace("ss", "SS").lower().count("ss"), "banana".find("an", 2), "banana".rindex("an"))
print("a\tb".split("\t"), "1 2  3".split(" "), " x y ".split(None, 1))
try:
    "abc".join([1, 2])
except TypeError as e:
    print("TypeError:", e)
try:
    "x" + 1
except TypeError as e:
    print("TypeError:", e)
s2 = "immutable"
try:
    s2[0] = "I"
except TypeError as e:
    print("TypeError:", e)
print(str(123) + str(4.5) + str(None) + str([1, "a"]) + str((1,)))
print("%".join(["50", "75"]), "ABC".lower().islower())
