# Generates the Unicode 14.0 tables of runtime/modules/sre.ts from CPython 3.11's own data:
#   python3.11 tests/tools/gen-sre-tables.py
# CASE_LOWER / CASE_UPPER: CPython's _PyUnicode_ToLowercase/_PyUnicode_ToUppercase (what _sre's
# sre_lower_unicode/sre_upper_unicode use; for characters with a multi-character full mapping
# they return its first character). ALNUM: str.isalnum() per code point.
import ctypes, sys

def fn(name):
    f = getattr(ctypes.pythonapi, name)
    f.restype = ctypes.c_uint32
    f.argtypes = [ctypes.c_uint32]
    return f

def b36(n):
    d = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n < 0:
        return "-" + b36(-n)
    s = ""
    while True:
        s = d[n % 36] + s
        n //= 36
        if n == 0:
            return s

def runs(f):
    # (start, count, stride, delta): f(start + k*stride) = start + k*stride + delta
    pts = [(c, f(c) - c) for c in range(0x110000) if f(c) != c]
    out = []
    i = 0
    while i < len(pts):
        c, d = pts[i]
        best = (1, 1)
        for stride in (1, 2):
            n = 1
            while i + n < len(pts) and pts[i + n][0] == c + n * stride and pts[i + n][1] == d:
                n += 1
            if n > best[0]:
                best = (n, stride)
        n, stride = best
        out.append((c, n, stride, d))
        i += n
    # encode: gap from previous run start, count-1, stride, delta
    parts = []
    prev = 0
    for c, n, stride, d in out:
        parts += [b36(c - prev), b36(n - 1), str(stride), b36(d)]
        prev = c
    return ",".join(parts)

def ranges(pred):
    out = []
    start = None
    for c in range(0x110001):
        ok = c < 0x110000 and pred(c)
        if ok and start is None:
            start = c
        elif not ok and start is not None:
            out.append((start, c - 1))
            start = None
    parts = []
    prev = 0
    for s, e in out:
        parts += [b36(s - prev), b36(e - s)]
        prev = e
    return ",".join(parts)

def wrap(name, s):
    lines = [s[i:i + 100] for i in range(0, len(s), 100)]
    return "const %s =\n  %s;\n" % (name, " +\n  ".join('"%s"' % l for l in lines))

print(wrap("CASE_LOWER", runs(fn("_PyUnicode_ToLowercase"))))
print(wrap("CASE_UPPER", runs(fn("_PyUnicode_ToUppercase"))))
print(wrap("ALNUM", ranges(lambda c: chr(c).isalnum())))
