# CPython 3.11's int/str conversion limit (CVE-2020-10735): str, repr, f-strings, format, %,
# int() parsing, powers of two bases exempt, and sys.set_int_max_str_digits
import sys

big = 7 ** 6000
print(sys.get_int_max_str_digits(), sys.int_info.default_max_str_digits, sys.flags.int_max_str_digits)
for name, conv in [("str", str), ("repr", repr), ("fstring", lambda v: f"{v}"), ("format", lambda v: format(v, ",")),
                   ("percent", lambda v: "%d" % v), ("int", lambda v: int("9" * 5000))]:
    try:
        conv(big)
        print(name, "converted")
    except ValueError as e:
        print(name, "ValueError:", e)
print("hex digits:", len(hex(big)), "bin digits:", len(bin(big)))
print("int from hex:", int("f" * 5000, 16) % 1000)
print("just under:", len(str(10 ** 4299)))
for bad in (1, 639, -5):
    try:
        sys.set_int_max_str_digits(bad)
    except ValueError as e:
        print(bad, "->", e)
sys.set_int_max_str_digits(6000)
print("now:", len(str(big)), str(big)[:20], str(big)[-20:])
sys.set_int_max_str_digits(0)
print("unlimited:", len(str(10 ** 9000)), int("1" * 7000) % 97)
sys.set_int_max_str_digits(1000)
print(str(-10 ** 999)[:5], len(str(10 ** 999)))
print(str(-10 ** 1000))
