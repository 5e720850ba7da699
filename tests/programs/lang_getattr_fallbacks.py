# AttributeError paths: property raising, __getattribute__ raising, __getattr__ with its own message
class A:
    @property
    def p(self):
        raise AttributeError("from property")
    def __getattr__(self, n):
        return f"fallback {n}"
class B:
    @property
    def p(self):
        raise AttributeError("from property B")
class C:
    def __getattribute__(self, n):
        raise AttributeError(f"custom {n}")
class D(C):
    def __getattr__(self, n):
        if n == "boom":
            raise AttributeError("boom message")
        return 42
print(A().p, hasattr(B(), "p"), getattr(B(), "p", "dflt"), D().x)
for obj, n in [(B(), "p"), (C(), "q"), (D(), "boom"), (A(), "__len__")]:
    try:
        getattr(obj, n)
        print("got", n)
    except AttributeError as e:
        print("AttributeError:", e)
