# textwrap: wrap, fill, shorten, dedent, indent.
import textwrap

para = ("The quick brown fox jumps over the lazy dog. Pack my box with five dozen "
        "liquor jugs. How vexingly quick daft zebras jump!")
print(textwrap.wrap(para, 30))
print(textwrap.fill(para, 40))
print(textwrap.fill(para, 35, initial_indent="* ", subsequent_indent="  "))
print(textwrap.shorten(para, 50))
print(textwrap.shorten("short text", 50))
code = """
    def f():
        return 1
    """
print(repr(textwrap.dedent(code)))
print(textwrap.indent("a\nb\n\nc", "> "))
print(textwrap.indent("a\n\nb", "+ ", lambda line: True))
w = textwrap.TextWrapper(width=20, break_long_words=True)
print(w.wrap("supercalifragilisticexpialidocious is long"))
