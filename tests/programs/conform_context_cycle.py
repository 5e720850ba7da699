# __context__ chains with a cycle already in them end the chaining walk (issue 25782)
class A(Exception): pass
class B(Exception): pass
class C(Exception): pass

try:
    try:
        raise A()
    except A as _a:
        a = _a
        try:
            raise B()
        except B as _b:
            b = _b
            try:
                raise C()
            except C as _c:
                c = _c
                a.__context__ = c
                raise c
except C as e:
    print(e is c, c.__context__ is b, b.__context__ is a, a.__context__ is c)

# a longer cycle behind the head, then a fresh exception raised over it
try:
    try:
        raise A()
    except A as _a:
        a = _a
        try:
            raise B()
        except B as _b:
            b = _b
            a.__context__ = b
            try:
                raise C()
            except C:
                raise ValueError("new")
except ValueError as e:
    ctx = e.__context__
    print(type(ctx).__name__, type(ctx.__context__).__name__, ctx.__context__.__context__ is a)

# raising the exception that is its own context's context breaks the cycle
try:
    try:
        raise A()
    except A as x:
        try:
            raise B()
        except B as y:
            x.__context__ = y
            raise x
except A as e:
    print(type(e.__context__).__name__, e.__context__.__context__)
