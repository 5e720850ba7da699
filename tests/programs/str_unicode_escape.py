# The unicode_escape and escape codecs (string-literal escapes over bytes), as template engines
# decode their string literals.
import codecs
print(repr(b"a\\tb\\n\\x41\\u00e9\\U0001F600\\N{BULLET}\\101\\\\ \xe9".decode("unicode_escape")))
print(repr("x\\'y\\\"".encode().decode("unicode-escape")), codecs.escape_decode(b"\\x41\\n\\177z"), codecs.unicode_escape_decode("\\t\\u263a"))
for bad in [b"\\x4", b"\\u12", b"abc\\", b"\\N{NOPE}"]:
    try: bad.decode("unicode_escape")
    except UnicodeDecodeError as e: print(e)
print("é\n".encode("unicode_escape"), "a\\b".encode("ascii", "backslashreplace").decode("unicode-escape"))
