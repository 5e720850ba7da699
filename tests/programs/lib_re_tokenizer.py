# A regex-driven tokenizer for arithmetic expressions.
import re

TOKEN = re.compile(r"""
    (?P<NUM>\d+(?:\.\d+)?)
  | (?P<NAME>[A-Za-z_]\w*)
  | (?P<OP>[-+*/()^=])
  | (?P<WS>\s+)
  | (?P<ERR>.)
""", re.VERBOSE)

def tokenize(src):
    for m in TOKEN.finditer(src):
        kind = m.lastgroup
        if kind == "WS":
            continue
        yield kind, m.group()

def parse(tokens):
    toks = list(tokens)
    pos = 0
    def peek():
        return toks[pos][1] if pos < len(toks) else None
    def take():
        nonlocal pos
        pos += 1
        return toks[pos - 1]
    def expr():
        v = term()
        while peek() in ("+", "-"):
            op = take()[1]
            v = v + term() if op == "+" else v - term()
        return v
    def term():
        v = factor()
        while peek() in ("*", "/"):
            op = take()[1]
            v = v * factor() if op == "*" else v / factor()
        return v
    def factor():
        kind, val = take()
        if val == "(":
            v = expr()
            take()
            return v
        if val == "-":
            return -factor()
        return float(val) if "." in val else int(val)
    return expr()

for src in ["1 + 2 * 3", "(1 + 2) * 3", "10 / 4 - 1.5", "-(2 + 3) * 4", "x = 7 ^ 2 $"]:
    toks = list(tokenize(src))
    print(toks)
    if all(k in ("NUM", "OP") for k, _ in toks):
        print(" =", parse(toks))
print(re.sub(r"(?P<word>\b\w{4,}\b)", lambda m: m["word"][::-1], "this sentence reverses longer words"))
print(re.compile(r"a+", re.I).findall("aAa baa"), re.I | re.M == re.M | re.I)
