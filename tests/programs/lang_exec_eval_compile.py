# exec, eval and compile of source strings: globals/locals dicts, compile modes, code reuse,
# SyntaxError details from bad source, and a tiny expression calculator built on eval
g = {}
exec("def f(x):\n    return x * 2\ny = f(21)", g)
print(g["y"], eval("y + 1", g), eval(compile("3 ** 2", "<s>", "eval")))
for bad in ["1 +", "def f(:\n  pass", "x = (1,", "  indented = 1", "return 5"]:
    try:
        exec(bad)
    except SyntaxError as e:
        print(type(e).__name__, repr(e.msg), e.lineno, e.filename)
loc = {}
exec("a = 5\nb = a * a", {}, loc)
print(sorted(loc.items()))
code = compile("total = sum(range(n))", "<calc>", "exec")
for n in (5, 10, 100):
    ns = {"n": n}
    exec(code, ns)
    print(n, ns["total"])
print(code.co_filename, code.co_name, type(code).__name__)
single = compile("1 + 1", "<single>", "single")
exec(single)
env = {"__builtins__": {"abs": abs, "min": min}}
for expr in ["abs(-7) + min(3, 9)", "2 ** 10 - 24", "[x * x for x in (1, 2, 3)]"]:
    print(expr, "=", eval(expr, env))
try:
    eval("open('x')", env)
except NameError as e:
    print("NameError:", e)
def counter():
    count = 0
    def bump():
        nonlocal count
        count += 1
        return count
    return bump
b = counter()
print(eval("b() + b() + b()"), eval("b()", {"b": b}))
print(eval("lambda q: q + 1")(41), exec("pass"), eval("  (1, 2)  "))
try:
    compile("x", "<m>", "badmode")
except ValueError as e:
    print("ValueError:", e)
