# heavy: the longest job (importing sympy alone runs ~6 million bytecodes); queued first
# sympy (+ mpmath): simplify, factor, solve, integrate, differentiate, series, limits, matrices,
# exact arithmetic, and mpmath at high precision.
import mod_libs
mod_libs.need(("sympy", "python3-sympy"), ("mpmath", "python3-mpmath"))
from sympy import (symbols, simplify, factor, expand, solve, integrate, diff, series, limit, sin, cos, exp, log,
                   sqrt, Rational, pi, oo, Matrix, Symbol, trigsimp, apart, nsimplify, Eq, summation, factorint, isprime)
import mpmath

x, y, n = symbols("x y n")
print(simplify((x**2 - 1) / (x - 1)), factor(x**3 - x**2 - x + 1), expand((x + y)**4))
print(solve(x**2 - 5*x + 6, x), solve([x + y - 3, x - y - 1], [x, y]), solve(Eq(exp(x), 2), x))
print(integrate(x * exp(x), x), integrate(sin(x)**2, (x, 0, pi)), integrate(1 / (1 + x**2), (x, -oo, oo)))
print(diff(sin(x) * exp(x), x), diff(log(x**2 + 1), x, 2))
print(series(cos(x), x, 0, 8), series(exp(sin(x)), x, 0, 5))
print(limit(sin(x) / x, x, 0), limit((1 + 1/n)**n, n, oo))
M = Matrix([[2, 1], [1, 3]])
print(M.det(), M.inv(), M.eigenvals(), M * M.T)
print(trigsimp(sin(x)**2 + cos(x)**2), apart(1 / (x**2 - 1)), nsimplify(0.125), Rational(3, 4) + Rational(5, 6))
print(summation(n**2, (n, 1, 10)), factorint(2**10 * 3**4 * 1001), isprime(2**61 - 1), sqrt(8))
mpmath.mp.dps = 40
print(mpmath.pi, mpmath.sqrt(2), mpmath.quad(lambda t: mpmath.exp(-t**2), [-mpmath.inf, mpmath.inf]))
print(mpmath.findroot(lambda t: mpmath.cos(t) - t, 0.7), pi.evalf(30), (sqrt(2) + 1).evalf(25))
