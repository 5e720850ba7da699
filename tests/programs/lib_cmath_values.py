# cmath: every function over ordinary values, signed zeros, infinities and nans; errors.
import cmath
import math

inf = float("inf")
nan = float("nan")
ordinary = [0.5 + 0.25j, -1.5 + 2j, 3 - 4j, -0.75 - 0.125j, 1e-3 + 1e3j, 2.0, -2.0, 1j, -1j,
            0.9 + 0.1j, 1.2 - 0.3j, 1e-310 + 1e-310j, 1e300 + 1e300j, 1e308 - 1e308j, 700 + 1j, -720 + 2j]
specials = []
parts = [-inf, -2.5, -0.0, 0.0, 2.5, inf, nan]
for re in parts:
    for im in parts:
        specials.append(complex(re, im))

names = ["acos", "acosh", "asin", "asinh", "atan", "atanh", "cos", "cosh", "exp", "log",
         "log10", "sin", "sinh", "sqrt", "tan", "tanh"]


def show(name, z):
    f = getattr(cmath, name)
    try:
        r = f(z)
    except (ValueError, OverflowError) as e:
        return "%s(%r) -> %s: %s" % (name, z, type(e).__name__, e)
    return "%s(%r) = %r" % (name, z, r)


for name in names:
    for z in ordinary:
        print(show(name, z))
for name in names:
    for z in specials:
        print(show(name, z))

for z in ordinary + specials[:20]:
    print("phase", repr(z), repr(cmath.phase(z)))
    try:
        print("polar", repr(z), cmath.polar(z))
    except OverflowError as e:
        print("polar", repr(z), "OverflowError", e)
    print("is", cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))

for r in [0.0, -0.0, 1.5, -2.0, inf, -inf, nan]:
    for phi in [0.0, -0.0, 0.5, -2.0, math.pi, inf, nan]:
        try:
            print("rect", r, phi, repr(cmath.rect(r, phi)))
        except ValueError as e:
            print("rect", r, phi, "ValueError", e)

for args in [(8, 2), (100, 10), (1 + 1j, 2 - 1j), (0, 2), (2, 1), (0, 0), (1, 0), (-8, -2), (1e300j, 3)]:
    try:
        print("log", args, repr(cmath.log(*args)))
    except ValueError as e:
        print("log", args, "ValueError", e)

print(cmath.isclose(1 + 1j, 1 + 1.0000000001j), cmath.isclose(1j, 1.1j), cmath.isclose(1j, 1.1j, rel_tol=0.2))
print(cmath.isclose(complex(inf, 0), complex(inf, 0)), cmath.isclose(complex(inf, 0), 1e308), cmath.isclose(0, 1e-12, abs_tol=1e-9))
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)


class HasComplex:
    def __complex__(self):
        return 3 + 4j


class HasFloat:
    def __float__(self):
        return 0.25


class HasIndex:
    def __index__(self):
        return 9


print(cmath.sqrt(HasComplex()), cmath.exp(HasFloat()), cmath.sqrt(HasIndex()), cmath.sqrt(True), cmath.sqrt(-4))
for bad in [lambda: cmath.sqrt("x"), lambda: cmath.sqrt(), lambda: cmath.sqrt(1, 2), lambda: cmath.log(),
            lambda: cmath.log(1, 2, 3), lambda: cmath.rect(1), lambda: cmath.isclose(1, 2, rel_tol=-1),
            lambda: cmath.sqrt(z=1), lambda: cmath.exp(1000), lambda: cmath.cosh(1e6j + 1000)]:
    try:
        print(bad())
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
