# args: alpha 42 --flag "two words"
# The sys module: argv, recursion limit, stdout/stderr, exit via SystemExit caught.
import sys

print("argc", len(sys.argv))
print("args", sys.argv[1:])
print("script", sys.argv[0].endswith("sys_module.py"))

def parse(argv):
    opts = {"flags": [], "words": [], "numbers": []}
    for a in argv:
        if a.startswith("--"):
            opts["flags"].append(a[2:])
        elif a.isdigit():
            opts["numbers"].append(int(a))
        else:
            opts["words"].append(a)
    return opts

print(parse(sys.argv[1:]))

limit = sys.getrecursionlimit()
print("default limit", limit)
sys.setrecursionlimit(2000)
print("new limit", sys.getrecursionlimit())

def depth(n):
    return n if n == 0 else depth(n - 1) + 1

print("depth 1500 ok", depth(1500))
sys.setrecursionlimit(limit)
print("restored", sys.getrecursionlimit() == limit)

print(sys.version_info[0], sys.version_info[:2] >= (3, 11), sys.version_info.major)
print(type(sys.maxsize).__name__, sys.maxsize > 2 ** 31, sys.maxsize == 2 ** 63 - 1)
print(isinstance(sys.path, list), isinstance(sys.modules, dict), "sys" in sys.modules, "__main__" in sys.modules)
print(sys.byteorder in ("little", "big"), type(sys.platform).__name__)

try:
    sys.exit(5)
except SystemExit as e:
    print("caught SystemExit", e.code, repr(e), isinstance(e, Exception))
try:
    sys.exit("bye")
except SystemExit as e:
    print("caught SystemExit", repr(e.code))
try:
    sys.exit()
except SystemExit as e:
    print("caught SystemExit", e.code)
try:
    raise SystemExit(0)
except BaseException as e:
    print("caught", type(e).__name__, e.code)

sys.stdout.write("stdout write\n")
sys.stderr.write("diagnostic on stderr\n")
main_mod = sys.modules["__main__"]
print(main_mod.__name__, hasattr(main_mod, "parse"))
try:
    sys.setrecursionlimit(0)
except ValueError as e:
    print("ValueError:", e)
print("done")
